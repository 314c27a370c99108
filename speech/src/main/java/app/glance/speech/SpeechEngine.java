package app.glance.speech;

/**
 * One text-to-speech engine. Called only from the speech thread (one call at a time), so implementations need
 * not be thread-safe. Text given here is already normalised and is one chunk (about a sentence).
 */
public interface SpeechEngine extends AutoCloseable {

    /** A short name for logs and settings, e.g. {@code "freetts:kevin16"}. */
    String name();

    /** Synthesises one chunk of text; never returns null (empty audio for nothing to say). */
    PcmAudio synthesise(String text) throws SpeechException;

    /** Sample rate this engine produces, known before the first call (used to generate earcons). */
    int sampleRate();

    @Override
    default void close() {
    }
}
