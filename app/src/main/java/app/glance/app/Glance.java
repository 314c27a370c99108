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

    /** {@code speech} null: no speaker. */
    static Glance open(Path model, boolean ocr, SpeechSettings speech, RuntimeOptions runtime, PrintStream err) {
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
        TextReader reader = null;
        if (ocr) {
            try {
                reader = TextReader.ppOcr(THREADS, runtime.providers());
                reader.whenIdle(NativeHeap::trim);
            } catch (CaptionException e) {
                err.println("glance: text reading is unavailable: " + e.getMessage());
            }
        }
        Speaker speaker = speech != null ? Speakers.create(speech) : null;
        return new Glance(new Describer(captioner, reader), speaker);
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
