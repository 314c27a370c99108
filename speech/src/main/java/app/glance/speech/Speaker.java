package app.glance.speech;

import java.nio.file.Path;

/**
 * Speaks text on one speech thread, NVDA style. Every method except {@link #writeWav} and {@link #close} returns
 * at once; none throws when there is no audio device (speech then simply is not heard, see
 * {@link #audioAvailable()}). Text is normalised for the ear ({@link SpeechText#normalise}) on the speech thread and
 * spoken sentence by sentence, so {@link #stop()} and {@link Priority#NOW} take effect within one audio block.
 * Create with {@link Speakers#create(SpeechSettings)}.
 */
public interface Speaker extends AutoCloseable {

    /** Queues {@code text} by {@code priority}; never blocks. Blank text is ignored. */
    void speak(String text, Priority priority);

    /**
     * Replaces whatever is still queued of the most recently spoken text (a refined description replacing the rest
     * of an initial one); the sentence now playing finishes. If nothing of it is left, {@code text} is queued
     * as {@link Priority#NORMAL}.
     */
    void replaceQueued(String text);

    /** Silences speech at once and clears the queue. Also ends a pause. */
    void stop();

    /** Pauses playback where it is; queued speech waits. */
    void pause();

    /** Continues after {@link #pause()}. */
    void resume();

    /** Speaks the last text again, interrupting ({@link Priority#NOW}). Does nothing if nothing was spoken. */
    void repeatLast();

    /** Plays an earcon before queued normal speech, unless earcons are turned off in the settings. */
    void play(Earcon earcon);

    /** Whether an audio output line was found; false means speech is not heard (text-only mode). */
    boolean audioAvailable();

    /** The engine in use after fallback, e.g. {@code "freetts:kevin16"}, {@code "espeak-ng:en"} or {@code "silent"}. */
    String engineName();

    /**
     * Synthesises all of {@code text} (normalised, at full volume) to a 16-bit mono PCM WAV file; blocks until
     * written. Works without an audio device. Runs on the speech thread ahead of queued speech, without
     * interrupting it.
     *
     * @throws SpeechException {@code VOICE_MISSING} on the silent engine, {@code SYNTHESIS_FAILED} for nothing to
     *                         say or an engine error, {@code WRITE_FAILED}, {@code CLOSED}, {@code INTERRUPTED}
     */
    void writeWav(String text, Path wav) throws SpeechException;

    /**
     * Blocks until everything queued has been spoken (and the audio line has played out), or the timeout passed;
     * true when idle. For command-line use: a window never waits on speech.
     */
    boolean awaitIdle(java.time.Duration timeout);

    /** Stops speech, ends the speech thread (waiting a bounded time) and releases the engine and audio line. */
    @Override
    void close();
}
