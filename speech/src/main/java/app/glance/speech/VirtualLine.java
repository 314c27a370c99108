package app.glance.speech;

import java.io.ByteArrayOutputStream;
import java.util.function.LongSupplier;

/**
 * A simulated sound card line: it keeps everything written, and (when {@code realTime}) drains its buffer at the
 * audio's own rate so writes block as on a real line. Used by tests and by the benchmark when there is no device.
 */
final class VirtualLine implements AudioOutput {
    private final int bufferMillis;
    private final boolean realTime;
    private final LongSupplier nanoTime;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private long bufferedBytes;
    private long lastDrainNanos;
    private long firstWriteNanos = -1;
    private long lastWriteEndNanos = -1;
    private int flushes;
    private boolean running = true;
    private boolean writing;
    private int flushGeneration;

    VirtualLine(int bufferMillis, boolean realTime, LongSupplier nanoTime) {
        this.bufferMillis = bufferMillis;
        this.realTime = realTime;
        this.nanoTime = nanoTime;
        this.lastDrainNanos = nanoTime.getAsLong();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void write(int sampleRate, byte[] pcm, int offset, int length) {
        long capacity = (long) sampleRate * 2 * bufferMillis / 1000;
        synchronized (this) {
            int generation = flushGeneration;
            writing = true;
            if (firstWriteNanos < 0) {
                firstWriteNanos = nanoTime.getAsLong();
            }
            try {
                int done = 0;
                while (done < length && generation == flushGeneration) {
                    drain(sampleRate);
                    long space = realTime ? capacity - bufferedBytes : length - done;
                    if (space > 0 && running) {
                        int n = (int) Math.min(space, length - done);
                        written.write(pcm, offset + done, n);
                        bufferedBytes += n;
                        done += n;
                    } else {
                        wait(5);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                writing = false;
                lastWriteEndNanos = nanoTime.getAsLong();
            }
        }
    }

    private void drain(int sampleRate) {
        long now = nanoTime.getAsLong();
        if (running && realTime) {
            long played = (now - lastDrainNanos) * sampleRate * 2 / 1_000_000_000L;
            bufferedBytes = Math.max(0, bufferedBytes - (played & ~1L));
        }
        lastDrainNanos = now;
    }

    @Override
    public synchronized void flush() {
        bufferedBytes = 0;
        flushes++;
        flushGeneration++;
        notifyAll();
    }

    @Override
    public synchronized void pause() {
        running = false;
    }

    @Override
    public synchronized void resume() {
        lastDrainNanos = nanoTime.getAsLong();
        running = true;
        notifyAll();
    }

    @Override
    public void close() {
    }

    synchronized byte[] written() {
        return written.toByteArray();
    }

    synchronized int bytesWritten() {
        return written.size();
    }

    synchronized boolean writing() {
        return writing;
    }

    synchronized int flushes() {
        return flushes;
    }

    /** Nanos of the first write since construction or {@link #resetTimes()}; -1 if none. */
    synchronized long firstWriteNanos() {
        return firstWriteNanos;
    }

    synchronized long lastWriteEndNanos() {
        return lastWriteEndNanos;
    }

    synchronized void resetTimes() {
        firstWriteNanos = -1;
        lastWriteEndNanos = -1;
    }
}
