package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionSelectionTest {

    @Test
    void startsInTheMiddleQuarterWithoutASavedRegion() {
        assertThat(new RegionSelection(1000, 800, null).box()).isEqualTo(new RegionSelection.Box(250, 200, 500, 400));
    }

    @Test
    void staysOnScreenAndNeverShrinksBelowTheMinimum() {
        RegionSelection s = new RegionSelection(1000, 800, new RegionSelection.Box(900, 700, 100, 100));
        s.move(5, 5, false);
        assertThat(s.box()).isEqualTo(new RegionSelection.Box(900, 700, 100, 100));
        s.resize(-50, -50, false);
        assertThat(s.box().width()).isEqualTo(RegionSelection.MIN_SIDE);
        s.move(-100, -100, false);
        assertThat(s.box().x()).isZero();
        s.resize(100, 100, false);
        assertThat(s.box()).isEqualTo(new RegionSelection.Box(0, 0, 1000, 800));
    }

    @Test
    void aSavedRegionLargerThanTheScreenIsClipped() {
        assertThat(new RegionSelection(640, 480, new RegionSelection.Box(-10, 50, 2000, 100)).box())
                .isEqualTo(new RegionSelection.Box(0, 50, 640, 100));
    }

    @Test
    void dragWorksInAnyDirection() {
        RegionSelection s = new RegionSelection(640, 480, null);
        s.drag(300, 200, 100, 50);
        assertThat(s.box()).isEqualTo(new RegionSelection.Box(100, 50, 200, 150));
        assertThat(s.spoken()).isEqualTo("Region 200 by 150 pixels, 100 from the left, 50 from the top.");
    }

    @Test
    void aTinyScreenIsRefused() {
        assertThatThrownBy(() -> new RegionSelection(10, 10, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
