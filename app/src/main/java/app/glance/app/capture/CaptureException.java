package app.glance.app.capture;

import java.util.Objects;

/**
 * Why no frame could be taken. The message is one short sentence that Glance may show and speak as it is; it never
 * contains screen content.
 */
public final class CaptureException extends Exception {

    /** The kind of failure, so callers can tell "not here" from "not allowed" without parsing the message. */
    public enum Reason {
        /** This desktop cannot do it: no display, a missing tool, an unsupported system. */
        UNAVAILABLE,
        /** The target is on the privacy exclusion list and was not captured. */
        EXCLUDED,
        /** There is nothing to capture: no active window, no saved region, no image on the clipboard. */
        NOTHING,
        /** Capturing was attempted and failed. */
        FAILED
    }

    private final Reason reason;

    public CaptureException(Reason reason, String sentence) {
        super(sentence);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public CaptureException(Reason reason, String sentence, Throwable cause) {
        super(sentence, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
