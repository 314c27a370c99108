package app.glance.app;

import app.glance.inference.CaptionException;
import app.glance.inference.Captioner;
import app.glance.inference.Captioners;
import app.glance.inference.Describer;
import app.glance.inference.RuntimeOptions;
import app.glance.inference.ocr.TextReader;
import app.glance.speech.Speaker;
import app.glance.speech.Speakers;
import app.glance.speech.SpeechSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The composition root: builds the captioner, the OCR reader and the speaker, wires them, and closes them in
 * reverse order. Degrades rather than dies: no model means text only; no OCR means captions only; no audio means
 * silent speech (WAV output still works).
 */
final class Glance implements AutoCloseable {

    static final int THREADS = 2;

    private final Describer describer;
    private final Speaker speaker;

    private Glance(Describer describer, Speaker speaker) {
        this.describer = describer;
        this.speaker = speaker;
    }

    static Glance open(Path model, boolean ocr, boolean speech, PrintStream err) {
        return open(model, ocr, speech, RuntimeOptions.defaults(THREADS), err);
    }

    static Glance open(Path model, boolean ocr, boolean speech, RuntimeOptions runtime, PrintStream err) {
        return open(model, ocr, speech ? SpeechSettings.defaults() : null, runtime, err);
    }

    /**
     * {@code speech} null: no speaker. The text reader is loaded on a thread of its own while the captioner loads
     * (each spends much of its load in one thread, building its sessions' graphs).
     */
    static Glance open(Path model, boolean ocr, SpeechSettings speech, RuntimeOptions runtime, PrintStream err) {
        CompletableFuture<TextReader> reading = ocr ? CompletableFuture.supplyAsync(() -> textReader(runtime, err),
                task -> {
                    Thread t = new Thread(task, "glance-load-ocr");
                    t.setDaemon(true);
                    t.start();
                }) : CompletableFuture.completedFuture(null);
        Captioner captioner = null;
        Optional<Path> dir = ModelLocator.find(model);
        if (dir.isEmpty()) {
            err.println("glance: no description model found in " + ModelLocator.home().resolve("assets/models")
                    + "; Glance will read text only.");
        } else {
            try {
                captioner = Captioners.open(dir.get(), runtime);
            } catch (CaptionException e) {
                err.println("glance: " + e.getMessage());
            }
        }
        TextReader reader;
        try {
            reader = reading.join();
        } catch (CompletionException e) { // what the loading thread threw, as loading on this one would have
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        // loading freed the networks' files and ONNX Runtime's graph optimisation's memory, which the C library keeps:
        // given back, every later peak is 30-45 MB lower (stop 37: 60-90 ms more to load)
        NativeHeap.trim();
        Speaker speaker = speech != null ? Speakers.create(speech) : null;
        return new Glance(new Describer(captioner, reader), speaker);
    }

    /** PP-OCR on {@code runtime}'s providers, or null (said on {@code err}) where it cannot be loaded. */
    private static TextReader textReader(RuntimeOptions runtime, PrintStream err) {
        try {
            TextReader reader = TextReader.ppOcr(THREADS, runtime.providers());
            reader.whenIdle(NativeHeap::trim);
            return reader;
        } catch (CaptionException e) {
            err.println("glance: text reading is unavailable: " + e.getMessage());
            return null;
        }
    }

    Describer describer() {
        return describer;
    }

    Speaker speaker() {
        return speaker;
    }

    @Override
    public void close() {
        if (speaker != null) {
            speaker.close();
        }
        describer.close();
    }
}
