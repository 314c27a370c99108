package app.glance.inference;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A manifest without levels of its own for a detailed description's first sentence: the brief caption's apply. */
class ModelPackageLevelsTest {

    @Test
    void withoutFirstPassDetailedLevelsTheBriefOnesApply() throws CaptionException {
        ModelPackage tiny = ModelPackage.open(Path.of("src/test/resources/tiny/model"));
        assertThat(tiny.probablyBelow()).isEqualTo(0.65);
        assertThat(tiny.firstPassProbablyBelow(DetailLevel.DETAILED)).isEqualTo(0.65);
        assertThat(tiny.firstPassProbablyBelow(DetailLevel.BRIEF)).isEqualTo(0.65);
        assertThat(tiny.guessBelow("A terminal.", DetailLevel.DETAILED)).isZero();
    }
}
