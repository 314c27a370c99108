package app.glance.inference.frame;

import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PictureRegionTest {

    /** A flat grey window of {@code w} x {@code h}. */
    private static int[] window(int w, int h) {
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, 0xF0F0F0);
        return rgb;
    }

    /** A photo's texture in the box: neighbours a few levels apart, as a camera's noise and soft shapes are. */
    private static void photo(int[] rgb, int w, int x0, int y0, int pw, int ph, long seed) {
        Random r = new Random(seed);
        for (int y = y0; y < y0 + ph; y++) {
            int v = 90 + r.nextInt(40);
            for (int x = x0; x < x0 + pw; x++) {
                v = Math.max(20, Math.min(230, v + r.nextInt(17) - 8));
                rgb[y * w + x] = (v << 16) | ((v * 3 / 4) << 8) | (v / 2);
            }
        }
    }

    @Test
    void aPhotoInAFlatWindowIsFoundWithItsBox() {
        int w = 640;
        int h = 480;
        int[] rgb = window(w, h);
        photo(rgb, w, 160, 96, 320, 240, 7);
        assertThat(PictureRegion.photoIn(new RgbImage(w, h, rgb))).hasValueSatisfying(box -> {
            assertThat(box.x()).isBetween(150, 176);
            assertThat(box.y()).isBetween(90, 112);
            assertThat(box.width()).isBetween(300, 336);
            assertThat(box.height()).isBetween(220, 256);
        });
        RgbImage crop = PictureRegion.crop(new RgbImage(w, h, rgb), new PictureRegion.Box(160, 96, 320, 240));
        assertThat(crop.width()).isEqualTo(320);
        assertThat(crop.at(0, 0)).isEqualTo(rgb[96 * w + 160]);
    }

    @Test
    void noPhotoInAFlatWindowNorInText() {
        int w = 640;
        int h = 480;
        assertThat(PictureRegion.photoIn(new RgbImage(w, h, window(w, h)))).isEmpty();
        // black strokes on white, as text is: hard edges, no photo
        int[] text = window(w, h);
        for (int y = 100; y < 380; y++) {
            for (int x = 100; x < 540; x++) {
                if ((x / 3 + y / 5) % 3 == 0) {
                    text[y * w + x] = 0x101010;
                }
            }
        }
        assertThat(PictureRegion.photoIn(new RgbImage(w, h, text))).isEmpty();
        // a photo too small to be the window's picture
        int[] small = window(w, h);
        photo(small, w, 16, 16, 64, 64, 3);
        assertThat(PictureRegion.photoIn(new RgbImage(w, h, small))).isEmpty();
    }

    @Test
    void aPhotoDrawnTwoByTwoOnAScreenScaledByTwoIsFoundAsAtItsOwnSize() {
        // a 1366x768 screen with a photo, then the same screen scaled by two: each pixel drawn two by two, as a viewer
        // at GTK's scale 2 draws a photo's (Eye of GNOME's at 2732x1536 went unsaid, stop 48)
        int w = 1366;
        int h = 768;
        int[] rgb = window(w, h);
        photo(rgb, w, 400, 200, 480, 320, 11);
        int[] twice = new int[4 * w * h];
        for (int y = 0; y < 2 * h; y++) {
            for (int x = 0; x < 2 * w; x++) {
                twice[y * 2 * w + x] = rgb[(y / 2) * w + x / 2];
            }
        }
        assertThat(PictureRegion.photoIn(new RgbImage(w, h, rgb))).isPresent();
        assertThat(PictureRegion.photoIn(new RgbImage(2 * w, 2 * h, twice))).hasValueSatisfying(box -> {
            assertThat(box.x()).isBetween(780, 830);
            assertThat(box.width()).isBetween(900, 1000);
        });
        // every second pixel of the scaled screen is the screen at its own size
        assertThat(PictureRegion.subsampled(new RgbImage(2 * w, 2 * h, twice), 2).rgb()).isEqualTo(rgb);
    }
}
