package app.glance.app;

import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Cancellation;
import app.glance.inference.Captioner;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import app.glance.inference.ocr.TextReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The describe pipeline with a scripted captioner and OCR: honesty rules and what reaches the model. */
class DescriberTest {

    /** A captioner that says what it is told and records what it was given. */
    static final class ScriptedCaptioner implements Captioner {
        final String initial;
        final String refined;
        final double confidence;
        final List<List<String>> pass2Text = new ArrayList<>();
        int calls;

        ScriptedCaptioner(String initial, String refined, double confidence) {
            this.initial = initial;
            this.refined = refined;
            this.confidence = confidence;
        }

        @Override
        public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                     DetailLevel level, Cancellation cancel, CaptionListener listener) {
            calls++;
            listener.onInitial(initial, confidence);
            this.pass2Text.add(pass2Text.get());
            listener.onRefined(refined, confidence);
            return new CaptionResult(initial, refined, new int[0], new int[0], confidence, confidence,
                    new Timings(1, 1, 1, 1, 0, 4), false);
        }

        @Override
        public String modelId() {
            return "scripted";
        }

        @Override
        public double probablyBelow() {
            return 0.35;
        }

        @Override
        public String provider() {
            return "CPU";
        }

        @Override
        public void close() {
        }
    }

    static TextReader reading(String... lines) {
        return new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return Arrays.stream(lines).map(l -> new TextLine(l, 0.9f, 0, 0, 10, 10)).toList();
            }

            @Override
            public void close() {
            }
        };
    }

    static RgbImage noisyScreen() {
        int[] px = new int[64 * 48];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i * 2654435761L % 7 == 0) ? 0x202020 : 0xF0F0F0 - (i % 13) * 0x030303;
        }
        return new RgbImage(64, 48, px);
    }

    @Test
    void blankScreensNeverReachTheCaptioner() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A cat on a sofa.", "A cat on a sofa.", 0.9);
        int[] black = new int[320 * 200];
        try (Describer d = new Describer(model, reading())) {
            Description desc = d.describe(new RgbImage(320, 200, black), DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(desc.best()).isEqualTo("The screen is black.");
        }
        assertThat(model.calls).isZero();
    }

    @Test
    void pass2ReadsTheOcrLinesAndInventedQuotesAreDropped() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("An error dialog titled \"Scanner\".",
                "An error dialog titled \"Printer\" says \"Paper jam\".", 0.9);
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading("Printer", "Out of paper", "OK"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() {
                        @Override
                        public void onInitial(String caption, double confidence) {
                            heard.add(caption);
                        }

                        @Override
                        public void onRefined(String caption, double confidence) {
                            heard.add(caption);
                        }
                    });
            assertThat(model.pass2Text).containsExactly(List.of("Printer", "Out of paper", "OK"));
            assertThat(heard).containsExactly("An error dialog.", "An error dialog titled \"Printer\".");
            assertThat(desc.refined()).isEqualTo("An error dialog titled \"Printer\".");
            assertThat(desc.text()).extracting(TextLine::text).containsExactly("Printer", "Out of paper", "OK");
        }
    }

    @Test
    void aCaptionReducedToAFragmentIsNotSaid() {
        assertThat(Describer.honest("A \"Backup complete\".", List.of("Copied 1,204 files"), 0.9, 0.35))
                .isEqualTo("Glance cannot tell what this shows.");
    }

    @Test
    void unsureCaptionsAreMarkedProbably() {
        assertThat(Describer.honest("A terminal with a long listing.", List.of(), 0.2, 0.35))
                .isEqualTo("Probably a terminal with a long listing.");
        assertThat(Describer.honest("A terminal with a long listing.", List.of(), 0.8, 0.35))
                .isEqualTo("A terminal with a long listing.");
    }

    @Test
    void withoutAModelTheTextIsStillRead() throws CaptionException {
        try (Describer d = new Describer(null, reading("Invoice 2026-114", "Total: 52.30 EUR"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(desc.best()).contains("No description model");
            assertThat(desc.text()).hasSize(2);
        }
    }
}
