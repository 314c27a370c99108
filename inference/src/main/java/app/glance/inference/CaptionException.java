package app.glance.inference;

/** The one checked exception of the inference module; {@link #reason()} says what kind of failure it was. */
public final class CaptionException extends Exception {

    public enum Reason { MODEL_MISSING, MODEL_INCOMPATIBLE, IMAGE_INVALID, RUNTIME_FAILURE }

    private final Reason reason;

    public CaptionException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CaptionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
