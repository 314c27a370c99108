package app.glance.inference.ort;

import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Cancellation;
import app.glance.inference.DetailLevel;
import app.glance.inference.ModelPackage;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pass 2 checks guesses from pass 1's caption in one run of the decoder (its logit_positions input): on real model
 * packages, the refined caption is token for token the one that decoding token by token gives.
 */
class DraftGuessTest {

    static final List<List<String>> TEXTS = List.of(List.of(),
            List.of("letter.txt - Mousepad", "File Edit Search View Document Help", "Save changes to letter.txt before "
                    + "closing?", "Don't Save", "Cancel", "Save"),
            List.of("Terminal", "user@host:~$ ls -l", "drwxr-xr-x 2 user user 4096 Nov 28 06:31 Documents"));

    static List<RgbImage> images() throws IOException {
        List<RgbImage> out = new ArrayList<>();
        for (String f : new String[] {"demo.png", "bench/screen-1366x768.png", "bench/screen-1920x1080.png",
                "bench/webcam-640x480.jpg"}) {
            out.add(rgb(ImageIO.read(Path.of("../assets/samples", f).toFile())));
        }
        Random r = new Random(5);
        for (int k = 0; k < 4; k++) { // screens of coloured panels
            BufferedImage b = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
            var g = b.createGraphics();
            for (int i = 0; i < 12; i++) {
                g.setColor(new java.awt.Color(r.nextInt(0x1000000)));
                g.fillRect(r.nextInt(300), r.nextInt(180), 20 + r.nextInt(200), 10 + r.nextInt(100));
            }
            g.dispose();
            out.add(rgb(b));
        }
        return out;
    }

    static RgbImage rgb(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        int[] px = b.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xFFFFFF;
        }
        return new RgbImage(w, h, px);
    }

    /** The bundled model's refined captions often repeat its drafts; the tiny random one's rarely do. */
    @ParameterizedTest
    @CsvSource({"../assets/models/glance-mmser-s2, true", "src/test/resources/tiny/model, false"})
    void theRefinedCaptionIsTheOneTokenByTokenDecodingGives(String dir, boolean repeatsDrafts) throws Exception {
        ModelPackage pkg = ModelPackage.open(Path.of(dir));
        RuntimeOptions options = RuntimeOptions.defaults(2).withProviders(List.of("CPU")).withDecoding("greedy");
        try (OrtCaptioner guessing = OrtCaptioner.open(pkg, options, true);
             OrtCaptioner stepping = OrtCaptioner.open(pkg, options, false)) {
            assertTrue(guessing.readsAhead(), "the package's decoder has the logit_positions input");
            int compared = 0;
            int repeated = 0;
            for (RgbImage image : images()) {
                for (List<String> text : TEXTS) {
                    for (DetailLevel level : DetailLevel.values()) {
                        CaptionResult a = caption(guessing, image, text, level);
                        CaptionResult b = caption(stepping, image, text, level);
                        String what = dir + ", " + level + ", text " + text.size() + " lines";
                        assertArrayEquals(b.initialIds(), a.initialIds(), what);
                        assertArrayEquals(b.refinedIds(), a.refinedIds(), what);
                        assertEquals(b.refinedConfidence(), a.refinedConfidence(), 1e-4, what);
                        compared++;
                        repeated += common(a.initialIds(), a.refinedIds()) >= 4 ? 1 : 0;
                    }
                }
            }
            assertEquals(images().size() * TEXTS.size() * DetailLevel.values().length, compared);
            if (repeatsDrafts) {
                assertTrue(repeated > 0, "some refined captions repeat part of the draft, so guesses were taken");
            }
        }
    }

    /** The length of the longest run of tokens that both captions hold. */
    static int common(int[] a, int[] b) {
        int best = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                int k = 0;
                while (i + k < a.length && j + k < b.length && a[i + k] == b[j + k]) {
                    k++;
                }
                best = Math.max(best, k);
            }
        }
        return best;
    }

    static CaptionResult caption(OrtCaptioner c, RgbImage image, List<String> text, DetailLevel level)
            throws Exception {
        return c.caption(image, List.of(), () -> text, level, new Cancellation(), new CaptionListener() { });
    }
}
