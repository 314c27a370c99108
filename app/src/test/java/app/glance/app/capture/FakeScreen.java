package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A desktop for tests: given monitors and pointer; each grab returns a grey picture of the asked size. */
final class FakeScreen implements ScreenPixels {

    final List<Region> screens;
    final int[] pointer;
    final List<Region> grabbed = new ArrayList<>();

    FakeScreen(int[] pointer, Region... screens) {
        this.screens = List.of(screens);
        this.pointer = pointer;
    }

    @Override
    public List<Region> screens() {
        return screens;
    }

    @Override
    public Optional<int[]> pointer() {
        return Optional.ofNullable(pointer);
    }

    @Override
    public RgbImage grab(Region area) {
        grabbed.add(area);
        int[] px = new int[area.width() * area.height()];
        java.util.Arrays.fill(px, 0x808080);
        return new RgbImage(area.width(), area.height(), px);
    }
}
