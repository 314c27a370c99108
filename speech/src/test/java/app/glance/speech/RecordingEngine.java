package app.glance.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A test engine: records each chunk it is asked to say and returns a tone whose length grows with the text. */
final class RecordingEngine implements SpeechEngine {
    static final int RATE = 16000;
    private final List<String> said = new ArrayList<>();
    private final int millisPerChar;
    private volatile CountDownLatch gate;
    private boolean closed;

    RecordingEngine(int millisPerChar) {
        this.millisPerChar = millisPerChar;
    }

    /** Makes the next synthesis wait until {@link #open()}: lets a test queue things while the thread is busy. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void open() {
        CountDownLatch g = gate;
        if (g != null) {
            g.countDown();
        }
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public int sampleRate() {
        return RATE;
    }

    @Override
    public PcmAudio synthesise(String text) {
        synchronized (this) {
            said.add(text);
            notifyAll();
        }
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            gate = null;
        }
        int frames = RATE * Math.max(1, text.length() * millisPerChar) / 1000;
        byte[] b = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short v = (short) (Math.sin(2 * Math.PI * 300 * i / RATE) * 12000);
            b[2 * i] = (byte) v;
            b[2 * i + 1] = (byte) (v >> 8);
        }
        return new PcmAudio(RATE, b);
    }

    synchronized List<String> said() {
        return List.copyOf(said);
    }

    /** Waits until at least {@code n} chunks were synthesised. */
    synchronized List<String> awaitSaid(int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 5000;
        while (said.size() < n && System.currentTimeMillis() < end) {
            wait(50);
        }
        return List.copyOf(said);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    synchronized boolean closed() {
        return closed;
    }
}
