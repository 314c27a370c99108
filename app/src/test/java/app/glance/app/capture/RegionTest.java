package app.glance.app.capture;

import app.glance.inference.RgbImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTest {

    @Test
    void parsesAndPrintsXYWidthHeight() {
        Region r = Region.parse(" 100, 80,640 ,480");
        assertThat(r).isEqualTo(new Region(100, 80, 640, 480));
        assertThat(Region.parse(r.toString())).isEqualTo(r);
        assertThatThrownBy(() -> Region.parse("1,2,3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Region.parse("1,2,0,4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cropsAndClipsToTheImage() {
        int[] px = new int[4 * 3];
        for (int i = 0; i < px.length; i++) {
            px[i] = i;
        }
        RgbImage img = new RgbImage(4, 3, px);
        RgbImage c = new Region(2, 1, 5, 5).crop(img);
        assertThat(c.width()).isEqualTo(2);
        assertThat(c.height()).isEqualTo(2);
        assertThat(c.rgb()).containsExactly(6, 7, 10, 11);
        assertThat(new Region(10, 10, 2, 2).intersect(new Region(0, 0, 4, 3))).isNull();
    }

    @Test
    void aSavedRegionIsCapturedAndNoneSavedIsASentence() throws CaptureException {
        FakeScreen screen = new FakeScreen(null, new Region(0, 0, 1920, 1080));
        Frame f = new RegionSource(() -> new Region(10, 20, 300, 200), screen).capture();
        assertThat(f.mode()).isEqualTo(CaptureMode.REGION);
        assertThat(f.target()).isEqualTo("region 10,20,300,200");
        assertThat(screen.grabbed).containsExactly(new Region(10, 20, 300, 200));
        assertThatThrownBy(() -> new RegionSource(() -> null, screen).capture())
                .hasMessage(RegionSource.NONE_SAVED);
    }
}
