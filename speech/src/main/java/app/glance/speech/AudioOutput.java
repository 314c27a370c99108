package app.glance.speech;

/**
 * Where PCM goes: a sound card line, a simulated line, or nowhere. Written to only from the speech thread;
 * {@link #flush()}, {@link #pause()} and {@link #resume()} may be called from any thread and must return at once.
 */
interface AudioOutput extends AutoCloseable {

    /** Whether audio written here can be heard (or, for test outputs, recorded). */
    boolean available();

    /**
     * Writes 16-bit mono little-endian PCM at {@code sampleRate}, blocking like {@code SourceDataLine.write} while the
     * buffer is full. Returns early after {@link #flush()}.
     */
    void write(int sampleRate, byte[] pcm, int offset, int length);

    /** Discards everything buffered and not yet heard: the silence that makes stop instant. */
    void flush();

    void pause();

    void resume();

    /** Blocks until what was written has been played out (a no-op for outputs that are not heard). */
    default void drain() {
    }

    @Override
    void close();

    /** The output used when there is no sound device: discards everything, never blocks. */
    static AudioOutput none() {
        return NoOutput.INSTANCE;
    }

    /** Output that discards. */
    enum NoOutput implements AudioOutput {
        INSTANCE;

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void write(int sampleRate, byte[] pcm, int offset, int length) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void close() {
        }
    }
}
