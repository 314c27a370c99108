package app.glance.speech;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.LongSupplier;

/**
 * Measures the two speech targets of issue 7: time from {@code speak()} to the first audio block written to the line
 * (goal ≤ 200 ms for a 10-word sentence) and from {@code stop()} to silence (goal ≤ 50 ms). Uses a simulated real-time
 * line, so it gives the same numbers with or without a sound card and makes no sound.
 */
public final class SpeechBenchmark {
    /** Ten words, about three seconds of speech. */
    public static final String SENTENCE = "The quick brown fox jumps over the lazy dog near here.";
    private static final long WAIT_LIMIT_NANOS = 20_000_000_000L;

    /**
     * @param engine           the engine measured, e.g. {@code "freetts:kevin16"}
     * @param warmupMillis     first synthesis of the session (includes the engine's one-time warm-up)
     * @param firstAudioMillis speak() to first audio block written, warm, for {@link #SENTENCE}
     * @param stopToSilenceMillis stop() to the line flushed and no block being written
     * @param audioDevice      whether this machine has a sound card (the measurement does not use it)
     */
    public record Result(String engine, double warmupMillis, double firstAudioMillis, double stopToSilenceMillis,
            boolean audioDevice) {
        public boolean meetsTargets() {
            return firstAudioMillis <= 200 && stopToSilenceMillis <= 50;
        }
    }

    private SpeechBenchmark() {
    }

    /** Measures the engine that {@link Speakers#create(SpeechSettings)} would pick for {@code settings}. */
    public static Result measure(SpeechSettings settings) {
        SpeechEngine engine = Speakers.engine(settings);
        try {
            return measure(engine, settings);
        } finally {
            engine.close();
        }
    }

    /** Measures a given engine (left open: the caller owns it). */
    public static Result measure(SpeechEngine engine, SpeechSettings settings) {
        boolean device = LineOutput.present(engine.sampleRate(), Speakers.AUDIO_PROBE_TIMEOUT);
        return measure(engine, settings, device, System::nanoTime);
    }

    static Result measure(SpeechEngine engine, SpeechSettings settings, boolean device, LongSupplier ticker) {
        Objects.requireNonNull(engine, "engine");
        if (engine instanceof SilentEngine) {
            return new Result(engine.name(), Double.NaN, Double.NaN, Double.NaN, device);
        }
        VirtualLine line = new VirtualLine(700, true, ticker);
        ThreadFactory threads = QueuedSpeaker.daemonThreads();
        // closing the speaker would close the caller's engine: wrap it so close() does not reach it
        SpeechEngine borrowed = new SpeechEngine() {
            @Override
            public String name() {
                return engine.name();
            }

            @Override
            public PcmAudio synthesise(String text) throws SpeechException {
                return engine.synthesise(text);
            }

            @Override
            public int sampleRate() {
                return engine.sampleRate();
            }
        };
        try (QueuedSpeaker speaker = new QueuedSpeaker(borrowed, line, settings.withEarcons(false), threads)) {
            double warmup = firstAudio(speaker, line, ticker);
            speaker.stop();
            awaitSilence(line, ticker);
            double first = firstAudio(speaker, line, ticker);
            sleep(300);
            long stopAt = ticker.getAsLong();
            speaker.stop();
            awaitSilence(line, ticker);
            double silence = (ticker.getAsLong() - stopAt) / 1e6;
            return new Result(engine.name(), warmup, first, silence, device);
        }
    }

    private static double firstAudio(Speaker speaker, VirtualLine line, LongSupplier ticker) {
        line.resetTimes();
        long start = ticker.getAsLong();
        speaker.speak(SENTENCE, Priority.NOW);
        while (line.firstWriteNanos() < 0) {
            if (ticker.getAsLong() - start > WAIT_LIMIT_NANOS) {
                return Double.NaN;
            }
            sleep(1);
        }
        return (line.firstWriteNanos() - start) / 1e6;
    }

    private static void awaitSilence(VirtualLine line, LongSupplier ticker) {
        long start = ticker.getAsLong();
        while (line.writing() && ticker.getAsLong() - start < WAIT_LIMIT_NANOS) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
