package app.glance.inference;

/**
 * The one checked exception of the inference module; {@link #reason()} says what kind of failure it was. The message
 * is always one line (line breaks in a wrapped library message, such as ONNX Runtime's shape errors, become spaces),
 * because the CLI prints it as one "glance: ..." line.
 */
public final class CaptionException extends Exception {

    public enum Reason { MODEL_MISSING, MODEL_INCOMPATIBLE, IMAGE_INVALID, RUNTIME_FAILURE }

    private final Reason reason;

    public CaptionException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CaptionException(Reason reason, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.reason = reason;
    }

    private static String oneLine(String message) {
        return message == null ? null : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    public Reason reason() {
        return reason;
    }
}
