package app.glance.inference.ort;

import app.glance.inference.CaptionException;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import app.glance.inference.TextLine;
import app.glance.inference.ocr.PpOcrModels;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OCR engine: its detector's input, and its memory handling (giving the working memory back changes nothing). */
class OrtTextReaderTest {

    private static RgbImage dialog() throws Exception {
        BufferedImage img = ImageIO.read(OrtTextReaderTest.class.getResource("/ocr/dialog.png"));
        return new RgbImage(img.getWidth(), img.getHeight(),
                img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
    }

    /** The detector's input, scaled up and down: exactly what bilinear sampling with white outside gives. */
    @Test
    void theDetectorsInputIsTheBilinearSampleOfTheFramedScreen() {
        java.util.Random random = new java.util.Random(3);
        int[] px = new int[37 * 23];
        for (int i = 0; i < px.length; i++) {
            px[i] = random.nextInt(0x1000000);
        }
        RgbImage image = new RgbImage(37, 23, px);
        for (int[] size : new int[][] {{160, 128}, {96, 64}, {32, 32}}) {
            int w = size[0];
            int h = size[1];
            float[] fast = new float[3 * w * h];
            OrtTextReader.scaledRows(image, w, h, new int[] {0, h, 0, w}, FloatBuffer.wrap(fast));
            int pw = image.width() + 2 * OrtTextReader.PADDING;
            int ph = image.height() + 2 * OrtTextReader.PADDING;
            float[] rgb = new float[3];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    OrtTextReader.sample(image, (x + 0.5) * pw / w - 0.5 - OrtTextReader.PADDING,
                            (y + 0.5) * ph / h - 0.5 - OrtTextReader.PADDING, true, rgb);
                    int i = y * w + x;
                    assertThat(new float[] {fast[i], fast[w * h + i], fast[2 * w * h + i]})
                            .as("%dx%d at %d,%d", w, h, x, y)
                            .containsExactly(OrtTextReader.normalised(rgb[2], 0), OrtTextReader.normalised(rgb[1], 1),
                                    OrtTextReader.normalised(rgb[0], 2));
                }
            }
        }
    }

    /**
     * The detector's runs down maps of every height it can be given: the kept rows follow one another from the top to
     * the bottom, each run sees {@link OrtTextReader#MARGIN} rows beyond what it keeps (but at the edges), no run is
     * taller than the first (the arena's size), and the first keeps {@link OrtTextReader#STRIP} rows (the rows whose
     * boxes are read early).
     */
    @Test
    void theDetectorsRunsCoverTheMapWithMarginsAndNoneIsTallerThanTheFirst() {
        int strip = OrtTextReader.STRIP;
        int margin = OrtTextReader.MARGIN;
        assertThat(OrtTextReader.runRows(1152)).containsExactly(new int[] {0, 544, 0, 448},
                new int[] {352, 896, 448, 800}, new int[] {704, 1152, 800, 1152});
        for (int h = 32; h <= 4096; h += 32) {
            List<int[]> runs = OrtTextReader.runRows(h);
            int[] first = runs.get(0);
            assertThat(first[2]).as("h=%d", h).isZero();
            assertThat(first[3]).as("h=%d", h).isEqualTo(runs.size() == 1 ? h : strip);
            int keep = 0;
            for (int[] r : runs) {
                String at = "h=" + h + " run " + java.util.Arrays.toString(r);
                assertThat(r[2]).as(at).isEqualTo(keep);
                assertThat(r[3]).as(at).isGreaterThan(r[2]);
                assertThat(r[0]).as(at).isEqualTo(Math.max(0, r[2] - margin));
                assertThat(r[1]).as(at).isEqualTo(Math.min(h, r[3] + margin));
                assertThat(r[1] - r[0]).as(at).isLessThanOrEqualTo(first[1] - first[0]);
                assertThat(r[0] % 32 + r[1] % 32).as(at).isZero(); // the detector takes multiples of 32
                keep = r[3];
            }
            assertThat(keep).as("h=%d", h).isEqualTo(h);
        }
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

    /** After a while with no screen the memory is given back, then the idle action runs, once per idle time. */
    @Test
    void theIdleTimerGivesTheMemoryBackAndACloseDuringItIsHarmless() throws Exception {
        RgbImage screen = dialog();
        OrtTextReader reader = OrtTextReader.open(1, PpOcrModels.V3, PpOcrModels.MAX_SIDE);
        java.util.concurrent.atomic.AtomicInteger idle = new java.util.concurrent.atomic.AtomicInteger();
        reader.whenIdle(idle::incrementAndGet);
        reader.read(screen);
        reader.read(screen);
        assertThat(idle).hasValue(0);
        Thread.sleep(OrtTextReader.IDLE_MS + 500); // the timer's tiny runs happen meanwhile
        assertThat(idle).hasValue(1);
        assertThat(reader.read(screen)).isNotEmpty();
        reader.whenIdle(() -> {
            throw new IllegalStateException("fails");
        });
        reader.shrink(); // a failing action is logged, not thrown
        reader.close();
        reader.shrink(); // after close: nothing happens, nothing fails
        assertThat(idle).hasValue(1);
    }
}
