package app.glance.speech;

import java.util.Objects;

/** The one checked exception of the speech module. Messages are technical; {@code ui}/{@code app} make them speakable. */
public final class SpeechException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why speech failed. */
    public enum Reason {
        /** The requested voice or engine is not installed or could not be loaded. */
        VOICE_MISSING,
        /** No usable audio output device. */
        AUDIO_UNAVAILABLE,
        /** The engine failed while synthesising. */
        SYNTHESIS_FAILED,
        /** A WAV file could not be written. */
        WRITE_FAILED,
        /** The speaker was already closed. */
        CLOSED,
        /** The caller was interrupted while waiting. */
        INTERRUPTED
    }

    private final Reason reason;

    public SpeechException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SpeechException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
