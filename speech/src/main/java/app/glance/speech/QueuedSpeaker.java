package app.glance.speech;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Speaker}: one speech thread owns every engine call and every write to the output. Callers only touch
 * the queues under a short lock, so nothing here blocks them (except {@link #writeWav}, which is meant to).
 * Stop and interrupt bump a generation number and flush the output; the speech thread checks the generation before
 * every audio block (about 20 ms) and drops stale audio. (A little over 300 lines: the thread's state and every
 * method that touches it stay together so the locking can be read in one place; the queue is {@link SpeechQueue}.)
 */
final class QueuedSpeaker implements Speaker {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedSpeaker.class);
    /**
     * Every request to speak, at DEBUG only (what was on screen never reaches INFO and above): turn on with
     * {@code -Dorg.slf4j.simpleLogger.log.app.glance.speech.said=debug} to see what Glance said, e.g. without
     * speakers or in the end-to-end test.
     */
    private static final Logger SAID = LoggerFactory.getLogger("app.glance.speech.said");
    private static final int BLOCK_MILLIS = 20;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final SpeechEngine engine;
    private final AudioOutput output;
    private final SpeechSettings settings;
    private final Map<Earcon, PcmAudio> earcons = new EnumMap<>(Earcon.class);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final SpeechQueue queue = new SpeechQueue();
    private final Deque<WavJob> tasks = new ArrayDeque<>();
    /** Jobs whose callers still wait, including the one running: close() fails them so no caller hangs. */
    private final List<WavJob> pending = new ArrayList<>();
    private final Thread thread;
    /** Written under the lock; read without it after each block. */
    private volatile long generation;
    private String lastSpoken;
    private boolean paused;
    private boolean closed;
    private boolean working;

    QueuedSpeaker(SpeechEngine engine, AudioOutput output, SpeechSettings settings, ThreadFactory threads) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.output = Objects.requireNonNull(output, "output");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Earcon e : Earcon.values()) {
            earcons.put(e, Earcons.of(e, engine.sampleRate()).withGain(settings.volume()));
        }
        this.thread = threads.newThread(this::run);
        thread.start();
    }

    static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "glance-speech");
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void speak(String text, Priority priority) {
        Objects.requireNonNull(priority, "priority");
        if (text == null || text.isBlank()) {
            return;
        }
        SAID.debug("{}: {}", priority, text);
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (priority == Priority.NOW) {
                queue.clear();
                interruptLocked();
            }
            queue.add(priority, text);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void replaceQueued(String text) {
        SAID.debug("REPLACE: {}", text);
        lock.lock();
        try {
            if (closed) {
                return;
            }
            queue.replaceLast(text == null ? "" : text);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void stop() {
        lock.lock();
        try {
            queue.clear();
            interruptLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is playing; the speech thread sees the new generation before its next block. */
    private void interruptLocked() {
        generation++;
        output.flush();
        if (paused) {
            paused = false;
            output.resume();
        }
        changed.signalAll();
    }

    @Override
    public void pause() {
        lock.lock();
        try {
            if (!paused && !closed) {
                paused = true;
                output.pause();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void resume() {
        lock.lock();
        try {
            if (paused) {
                paused = false;
                output.resume();
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void repeatLast() {
        String text;
        lock.lock();
        try {
            text = lastSpoken;
        } finally {
            lock.unlock();
        }
        if (text != null) {
            speak(text, Priority.NOW);
        }
    }

    @Override
    public void play(Earcon earcon) {
        if (!settings.earcons()) {
            return;
        }
        lock.lock();
        try {
            if (!closed) {
                queue.addEarcon(earcons.get(earcon));
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean audioAvailable() {
        return output.available();
    }

    @Override
    public String engineName() {
        return engine.name();
    }

    @Override
    public void writeWav(String text, Path wav) throws SpeechException {
        Objects.requireNonNull(wav, "wav");
        WavJob job = new WavJob(engine, text, wav);
        lock.lock();
        try {
            if (closed) {
                throw new SpeechException(SpeechException.Reason.CLOSED, "the speaker is closed");
            }
            pending.add(job);
            tasks.add(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            job.await();
        } finally {
            lock.lock();
            try {
                pending.remove(job);
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            tasks.clear();
            generation++;
            output.flush();
            pending.forEach(WavJob::cancel);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("speech thread did not end within {} ms; leaving it (daemon)", CLOSE_WAIT.toMillis());
            thread.interrupt();
        } else {
            engine.close();
        }
        output.close();
    }

    private void run() {
        while (true) {
            WavJob task;
            SpeechQueue.Chunk chunk = null;
            long gen;
            lock.lock();
            try {
                while (!closed && tasks.isEmpty() && (paused || queue.isEmpty())) {
                    changed.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                working = true;
                task = tasks.poll();
                if (task == null) {
                    chunk = queue.poll();
                    if (chunk.raw()) {
                        lastSpoken = chunk.text();
                    }
                }
                gen = generation;
            } finally {
                lock.unlock();
            }
            try {
                if (task != null) {
                    task.run();
                } else if (chunk.raw()) {
                    expand(chunk, gen);
                } else {
                    play(chunk, gen);
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("speech thread recovered from a failure: {}", e.toString()); // keep serving the queue
            } finally {
                lock.lock();
                try {
                    working = false;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!closed && (working || !tasks.isEmpty() || (!paused && !queue.isEmpty()))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
        output.drain();
        return true;
    }

    /** Normalises a spoken text here, off the caller's thread, and queues its chunks in its place. */
    private void expand(SpeechQueue.Chunk raw, long gen) {
        if (!output.available() || engine instanceof SilentEngine) {
            return; // text-only mode: nothing will be heard
        }
        List<String> chunks = SpeechText.forSpeech(raw.text());
        lock.lock();
        try {
            if (gen == generation && !closed) {
                queue.expand(raw, chunks);
            }
        } finally {
            lock.unlock();
        }
    }

    private void play(SpeechQueue.Chunk chunk, long gen) {
        if (!output.available() || (chunk.audio() == null && engine instanceof SilentEngine)) {
            return; // text-only mode: nothing would be heard, so do not synthesise
        }
        PcmAudio audio = chunk.audio();
        if (audio == null) {
            try {
                audio = engine.synthesise(chunk.text()).withGain(settings.volume());
            } catch (SpeechException | RuntimeException e) {
                LOG.warn("speech engine {} failed on a chunk: {}", engine.name(), e.toString());
                LOG.debug("failed chunk: {}", chunk.text());
                return;
            }
        }
        byte[] pcm = audio.samples();
        int block = Math.max(2, audio.sampleRate() * BLOCK_MILLIS / 1000 * 2);
        for (int off = 0; off < pcm.length; off += block) {
            lock.lock();
            try {
                while (paused && gen == generation && !closed) {
                    changed.awaitUninterruptibly();
                }
                if (gen != generation || closed) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            output.write(audio.sampleRate(), pcm, off, Math.min(block, pcm.length - off));
            if (gen != generation) {
                output.flush(); // a stop raced the check above: drop the block that slipped through
                return;
            }
        }
    }
}
