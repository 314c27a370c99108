package app.glance.tests;

import app.glance.inference.CaptionException;
import app.glance.inference.DetailLevel;
import app.glance.inference.ModelPackage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled model's confidence levels, as its manifest sets them (measured on real windows, see the README). */
class BundledModelCalibrationTest {

    @Test
    void anUnsurePrintDialogIsNoGuessWorthSaying() throws CaptionException {
        ModelPackage pkg = ModelPackage.open(GlanceCli.ROOT.resolve("assets/models/glance-mmser-s2"));
        assertThat(pkg.probablyBelow()).isEqualTo(0.65);
        assertThat(pkg.guessBelow()).isEqualTo(0.55);
        assertThat(pkg.guessBelow("A calculator.")).isEqualTo(0.55);
        // an unsure "terminal" below 0.63 named 2 terminals right of 19 windows (stop 39)
        assertThat(pkg.guessBelow("A terminal called \"bash\".")).isEqualTo(0.63);
        // the kind is found in any caption that names it, whatever its case
        assertThat(pkg.guessBelow("A Print Dialog with 3 copies.")).isEqualTo(0.65);
    }

    @Test
    void aDetailedDescriptionsFirstSentenceIsSaidOnlyWhereTheModelWasSurerStill() throws CaptionException {
        ModelPackage pkg = ModelPackage.open(GlanceCli.ROOT.resolve("assets/models/glance-mmser-s2"));
        assertThat(pkg.firstPassProbablyBelow(DetailLevel.DETAILED)).isEqualTo(0.75);
        assertThat(pkg.guessBelow("This screenshot shows a terminal.", DetailLevel.DETAILED)).isEqualTo(0.65);
        assertThat(pkg.firstPassProbablyBelow(DetailLevel.BRIEF)).isEqualTo(0.65);
        assertThat(pkg.guessBelow("A calculator.", DetailLevel.BRIEF)).isEqualTo(0.55);
        assertThat(pkg.guessBelow("A print dialog.", DetailLevel.BRIEF)).isEqualTo(0.65);
    }
}
