package app.glance.inference.frame;

import app.glance.inference.RgbImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard for issue 6, item 3: a blank, black or solid frame is reported as such and never handed to the
 * captioner, which would otherwise invent a description of content that is not there.
 */
class BlankScreenIsNotDescribedAsContentTest {

    @ParameterizedTest
    @ValueSource(ints = {0x000000, 0xFFFFFF, 0x2E4A62, 0x008080, 0x7F7F7F})
    void blankFramesAreReportedAndNotCaptioned(int colour) {
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}, {640, 480}}) {
            RgbImage frame = FrameCheckTest.solid(size[0], size[1], colour);
            Optional<String> sentence = FrameCheck.describeTrivial(frame);
            assertThat(sentence).as("%dx%d #%06X", size[0], size[1], colour).isPresent();
            assertThat(sentence.get()).startsWith("The screen is ").endsWith(".");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x000000, 0xFFFFFF, 0x2E4A62})
    void framesWithTextStillGoToTheCaptioner(int background) {
        RgbImage frame = FrameCheckTest.solid(1366, 768, background);
        FrameCheckTest.strokes(frame, 600, 380, 80, 12, background == 0xFFFFFF ? 0x000000 : 0xFFFFFF);
        assertThat(FrameCheck.describeTrivial(frame)).isEmpty();
    }
}
