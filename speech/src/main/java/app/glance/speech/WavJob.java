package app.glance.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** One {@link Speaker#writeWav} request: run on the speech thread, awaited by the caller. */
final class WavJob implements Runnable {
    private static final int GAP_MILLIS = 150;
    private final SpeechEngine engine;
    private final String text;
    private final Path wav;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    WavJob(SpeechEngine engine, String text, Path wav) {
        this.engine = engine;
        this.text = text;
        this.wav = wav;
    }

    @Override
    public void run() {
        try {
            Wav.write(synthesiseAll(engine, text), wav);
            done.complete(null);
        } catch (SpeechException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    void cancel() {
        done.completeExceptionally(new SpeechException(SpeechException.Reason.CLOSED, "the speaker was closed"));
    }

    /** Blocks until the file is written or the job failed. */
    void await() throws SpeechException {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException(SpeechException.Reason.INTERRUPTED, "interrupted while writing " + wav, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SpeechException se) {
                throw se;
            }
            throw new SpeechException(SpeechException.Reason.WRITE_FAILED, "could not write " + wav, e.getCause());
        }
    }

    /** All of {@code text}, chunk by chunk, with a short pause between chunks. */
    static PcmAudio synthesiseAll(SpeechEngine engine, String text) throws SpeechException {
        List<PcmAudio> parts = new ArrayList<>();
        for (String chunk : SpeechText.forSpeech(text)) {
            if (!parts.isEmpty()) {
                parts.add(PcmAudio.silence(engine.sampleRate(), GAP_MILLIS));
            }
            parts.add(engine.synthesise(chunk));
        }
        PcmAudio all = PcmAudio.concat(engine.sampleRate(), parts);
        if (all.isEmpty()) {
            throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, "nothing to say");
        }
        return all;
    }
}
