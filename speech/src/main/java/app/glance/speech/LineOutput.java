package app.glance.speech;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SourceDataLine} we own: opened once, written in small blocks by the speech thread, flushed for an
 * instant stop. {@link #probe} finds out, within a time limit, whether the machine has a usable line at all.
 */
final class LineOutput implements AudioOutput {
    private static final Logger LOG = LoggerFactory.getLogger(LineOutput.class);
    /** Enough to cover synthesising the next sentence; stop does not wait for it (flush). */
    private static final int BUFFER_MILLIS = 700;

    private final Object lineLock = new Object();
    private SourceDataLine line;
    private int sampleRate;

    LineOutput(SourceDataLine line, int sampleRate) {
        this.line = line;
        this.sampleRate = sampleRate;
    }

    /**
     * Opens an output line for {@code sampleRate} on a daemon thread, waiting at most {@code timeout}. Returns
     * {@link AudioOutput#none()} when there is no device, it fails, or it takes too long (a line that opens late is
     * closed again).
     */
    static AudioOutput probe(int sampleRate, Duration timeout) {
        CompletableFuture<SourceDataLine> opening = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                SourceDataLine opened = open(sampleRate);
                if (!opening.complete(opened)) {
                    opened.close();
                }
            } catch (Exception | LinkageError e) {
                opening.completeExceptionally(e);
            }
        }, "glance-speech-probe");
        t.setDaemon(true);
        t.start();
        try {
            SourceDataLine line = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("audio output: {}", line.getFormat());
            return new LineOutput(line, sampleRate);
        } catch (TimeoutException e) {
            opening.cancel(false);
            LOG.info("no audio output: the sound system did not answer within {} ms", timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(false);
        } catch (Exception e) {
            LOG.info("no audio output: {}", e.getCause() == null ? e.toString() : e.getCause().toString());
        }
        return AudioOutput.none();
    }

    /** Whether a line can be opened (it is closed again at once). */
    static boolean present(int sampleRate, Duration timeout) {
        AudioOutput output = probe(sampleRate, timeout);
        output.close();
        return output.available();
    }

    private static SourceDataLine open(int sampleRate) throws Exception {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        DataLine.Info info = new DataLine.Info(SourceDataLine.class, format);
        if (!AudioSystem.isLineSupported(info)) {
            throw new IllegalStateException("no line supports " + format);
        }
        SourceDataLine line = (SourceDataLine) AudioSystem.getLine(info);
        line.open(format, sampleRate * 2 * BUFFER_MILLIS / 1000);
        line.start();
        return line;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void write(int rate, byte[] pcm, int offset, int length) {
        SourceDataLine target;
        synchronized (lineLock) {
            if (line == null) {
                return;
            }
            if (rate != sampleRate) {
                reopen(rate);
            }
            target = line;
        }
        if (target != null) {
            target.write(pcm, offset, length);
        }
    }

    private void reopen(int rate) {
        line.close();
        line = null;
        try {
            line = open(rate);
            sampleRate = rate;
        } catch (Exception e) {
            LOG.warn("could not reopen the audio line at {} Hz: {}", rate, e.toString());
        }
    }

    @Override
    public void flush() {
        synchronized (lineLock) {
            if (line != null) {
                line.flush();
            }
        }
    }

    @Override
    public void drain() {
        SourceDataLine l;
        synchronized (lineLock) {
            l = line;
        }
        if (l != null) {
            l.drain(); // outside the lock, so a stop() can still flush and end the drain at once
        }
    }

    @Override
    public void pause() {
        synchronized (lineLock) {
            if (line != null) {
                line.stop();
            }
        }
    }

    @Override
    public void resume() {
        synchronized (lineLock) {
            if (line != null) {
                line.start();
            }
        }
    }

    @Override
    public void close() {
        synchronized (lineLock) {
            if (line != null) {
                line.flush();
                line.close();
                line = null;
            }
        }
    }
}
