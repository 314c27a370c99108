package app.glance.inference.ort;

import app.glance.inference.CaptionException;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import app.glance.inference.TextLine;
import app.glance.inference.ocr.PpOcrModels;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OCR engine's memory handling: giving the working memory back changes nothing that is read. */
class OrtTextReaderTest {

    private static RgbImage dialog() throws Exception {
        BufferedImage img = ImageIO.read(OrtTextReaderTest.class.getResource("/ocr/dialog.png"));
        return new RgbImage(img.getWidth(), img.getHeight(),
                img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
    }

    @Test
    void readsTheSameAfterGivingItsWorkingMemoryBack() throws Exception {
        RgbImage screen = dialog();
        try (OrtTextReader reader = OrtTextReader.open(2, PpOcrModels.V3, PpOcrModels.MAX_SIDE)) {
            List<TextLine> before = reader.read(screen);
            reader.shrink();
            assertThat(reader.read(screen)).isEqualTo(before).isNotEmpty();
        }
    }

    /** The captioner's provider chain: the Maven ORT jar has no DirectML, CUDA or CoreML, so OCR ends on the CPU. */
    @Test
    void theProviderChainFallsBackToTheCpu() throws Exception {
        try (OrtTextReader reader = OrtTextReader.open(2, PpOcrModels.V3, PpOcrModels.MAX_SIDE,
                RuntimeOptions.DEFAULT_PROVIDERS)) {
            assertThat(reader.provider()).isEqualTo("CPU");
            assertThat(reader.read(dialog())).extracting(TextLine::text).contains("Unsaved changes");
        }
    }

    @Test
    void aChainWithoutAWorkingProviderIsOneClearError() {
        assertThatThrownBy(() -> OrtTextReader.open(1, PpOcrModels.V3, PpOcrModels.MAX_SIDE, List.of("CUDA")))
                .isInstanceOf(CaptionException.class)
                .hasMessageStartingWith("the PP-OCR models cannot be loaded by ONNX Runtime on CUDA: ");
    }

    @Test
    void theIdleTimerGivesTheMemoryBackAndACloseDuringItIsHarmless() throws Exception {
        RgbImage screen = dialog();
        OrtTextReader reader = OrtTextReader.open(1, PpOcrModels.V3, PpOcrModels.MAX_SIDE);
        reader.read(screen);
        Thread.sleep(OrtTextReader.IDLE_MS + 500); // the timer's tiny runs happen meanwhile
        assertThat(reader.read(screen)).isNotEmpty();
        reader.close();
        reader.shrink(); // after close: nothing happens, nothing fails
    }
}
