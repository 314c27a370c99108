package app.glance.app.cache;

import app.glance.app.capture.Region;
import app.glance.inference.RgbImage;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LumaGridTest {

    @Test
    void cellsAreMeanBrightness() {
        int[] px = new int[64 * 64];
        Arrays.fill(px, 0xFFFFFF);
        for (int y = 0; y < 2; y++) { // top-left 2x2 block black: one cell of a 32x32 grid over 64x64
            px[y * 64] = 0;
            px[y * 64 + 1] = 0;
        }
        LumaGrid g = LumaGrid.of(new RgbImage(64, 64, px));
        assertThat(g.cell(0, 0)).isEqualTo(0f);
        assertThat(g.cell(1, 0)).isEqualTo(255f);
        assertThat(g.cell(31, 31)).isEqualTo(255f);
    }

    @Test
    void imagesSmallerThanTheGridWork() {
        int[] px = new int[5 * 3];
        Arrays.fill(px, 0x808080);
        LumaGrid g = LumaGrid.of(new RgbImage(5, 3, px));
        assertThat(g.cell(31, 31)).isBetween(127f, 129f);
        assertThat(g.pixels(0, 0, 32, 32)).isEqualTo(new Region(0, 0, 5, 3));
    }

    @Test
    void cellsMapBackToPixels() {
        int[] px = new int[1920 * 1080];
        LumaGrid g = LumaGrid.of(new RgbImage(1920, 1080, px));
        assertThat(g.pixels(0, 0, 1, 1)).isEqualTo(new Region(0, 0, 60, 34));
        assertThat(g.pixels(31, 31, 32, 32)).isEqualTo(new Region(1860, 1047, 60, 33));
    }
}
