package app.glance.speech.freetts;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS audio player that only collects bytes. FreeTTS's own players open the sound device and hang when
 * there is none; this one never touches javax.sound lines, so synthesis works anywhere.
 */
final class BufferAudioPlayer implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
    private float volume = 1.0f;
    private volatile boolean cancelled;

    /** Returns what was written since the last call and empties the buffer. */
    synchronized byte[] take() {
        byte[] out = bytes.toByteArray();
        bytes.reset();
        cancelled = false;
        return out;
    }

    @Override
    public synchronized void setAudioFormat(AudioFormat audioFormat) {
        this.format = audioFormat;
    }

    @Override
    public synchronized AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public synchronized void reset() {
        cancelled = false;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return !cancelled;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void close() {
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public synchronized boolean write(byte[] audioData, int offset, int size) {
        if (cancelled) {
            return false;
        }
        bytes.write(audioData, offset, size);
        return true;
    }

    @Override
    public void showMetrics() {
    }
}
