package app.glance.app.capture;

import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OwnWindowCoverTest {

    private static final int DESKTOP = 0x3465a4;
    private static final int GLANCE = 0xffff00;
    private static final int OTHER = 0xeeeeee;

    /** A 400 x 300 desktop in one colour with rectangles painted on it, back first. */
    private static RgbImage desktop(Object... rectsAndColours) {
        int[] px = new int[400 * 300];
        Arrays.fill(px, DESKTOP);
        for (int i = 0; i < rectsAndColours.length; i += 2) {
            Region r = (Region) rectsAndColours[i];
            for (int y = r.y(); y < r.bottom(); y++) {
                Arrays.fill(px, y * 400 + r.x(), y * 400 + r.right(), (int) rectsAndColours[i + 1]);
            }
        }
        return new RgbImage(400, 300, px);
    }

    private static int at(RgbImage img, int x, int y) {
        return img.rgb()[y * 400 + x];
    }

    @Test
    void glancesWindowTakesTheDesktopColourAroundIt() {
        Region glance = new Region(200, 20, 180, 260);
        RgbImage img = desktop(glance, GLANCE);
        RgbImage out = new OwnWindowCover(() -> Optional.of(glance), () -> true, WindowLayout.NONE).apply(img,
                new Region(0, 0, 400, 300));
        assertThat(at(out, 250, 100)).isEqualTo(DESKTOP);
        assertThat(at(out, 379, 279)).isEqualTo(DESKTOP);
        assertThat(Arrays.stream(out.rgb()).allMatch(p -> p == DESKTOP)).isTrue();
        assertThat(at(img, 250, 100)).as("the grabbed picture itself is not changed").isEqualTo(GLANCE);
    }

    @Test
    void aWindowAboveGlanceStaysAsItIs() {
        // Glance (with its title bar, as the window manager frames it) behind a dialog that overlaps its left edge
        Region glanceClient = new Region(200, 40, 180, 240);
        Region glanceFrame = new Region(200, 20, 180, 260);
        Region dialog = new Region(40, 100, 220, 120);
        RgbImage img = desktop(glanceFrame, GLANCE, dialog, OTHER);
        WindowLayout layout = () -> List.of(dialog, glanceFrame);
        RgbImage out = new OwnWindowCover(() -> Optional.of(glanceClient), () -> false, layout).apply(img,
                new Region(0, 0, 400, 300));
        assertThat(at(out, 230, 150)).as("the dialog's part over Glance").isEqualTo(OTHER);
        assertThat(at(out, 100, 150)).as("the rest of the dialog").isEqualTo(OTHER);
        assertThat(at(out, 300, 150)).as("Glance beside the dialog").isEqualTo(DESKTOP);
        assertThat(at(out, 300, 25)).as("Glance's title bar").isEqualTo(DESKTOP);
        assertThat(at(out, 230, 250)).as("Glance below the dialog").isEqualTo(DESKTOP);
        assertThat(Arrays.stream(out.rgb()).noneMatch(p -> p == GLANCE)).isTrue();
    }

    @Test
    void aSmallWindowInsideGlancesBoundsIsNotTakenForGlance() {
        Region glance = new Region(100, 50, 200, 200);
        Region popup = new Region(150, 100, 60, 40); // e.g. a tooltip of another application, on top
        RgbImage img = desktop(glance, GLANCE, popup, OTHER);
        OwnWindowCover cover = new OwnWindowCover(() -> Optional.of(glance), () -> false, () -> List.of(popup, glance));
        RgbImage out = cover.apply(img, new Region(0, 0, 400, 300));
        assertThat(at(out, 160, 110)).isEqualTo(OTHER);
        assertThat(at(out, 120, 60)).isEqualTo(DESKTOP);
    }

    @Test
    void withoutTheStackingOrderGlanceIsLeftOutOnlyWhileFocused() {
        // e.g. Windows: a window the user works in may lie over Glance, and painting Glance's rectangle would hide it
        Region glance = new Region(200, 20, 180, 260);
        RgbImage img = desktop(glance, GLANCE);
        Region all = new Region(0, 0, 400, 300);
        assertThat(new OwnWindowCover(() -> Optional.of(glance), () -> false, WindowLayout.NONE).apply(img, all))
                .isSameAs(img);
        assertThat(at(new OwnWindowCover(() -> Optional.of(glance), () -> true, WindowLayout.NONE).apply(img, all),
                250, 100)).isEqualTo(DESKTOP);
    }

    @Test
    void whileFocusedTheStackingOrderIsNotAsked() {
        Region glance = new Region(200, 20, 180, 260);
        RgbImage out = new OwnWindowCover(() -> Optional.of(glance), () -> true, () -> {
            throw new AssertionError("asked");
        }).apply(desktop(glance, GLANCE), new Region(0, 0, 400, 300));
        assertThat(at(out, 250, 100)).isEqualTo(DESKTOP);
    }

    @Test
    void oneScreenCaptureAsksTheStackingOrderOnceForGlanceAndForTheReadingOrder() throws CaptureException {
        int[] asked = {0};
        WindowLayout layout = () -> {
            asked[0]++;
            return List.of(new Region(0, 0, 100, 100), new Region(200, 20, 180, 260));
        };
        OwnWindowCover own = new OwnWindowCover(() -> Optional.of(new Region(200, 20, 180, 260)), () -> false, layout);
        Frame f = new ScreenSource(new FakeScreen(new int[] {10, 10}, new Region(0, 0, 400, 300)),
                ScreenSource.Monitors.UNDER_MOUSE, PrivacyCover.ExcludedWindows.NONE, layout, own).capture();
        assertThat(f.windowBoxes().get()).hasSize(2);
        assertThat(asked[0]).isEqualTo(1);
    }

    @Test
    void visiblePartsAreGlanceLessEveryWindowAbove() {
        Region w = new Region(0, 0, 100, 100);
        List<Region> parts = OwnWindowCover.visibleParts(w, List.of(new Region(20, 20, 10, 10),
                new Region(90, -10, 50, 50)));
        long area = parts.stream().mapToLong(r -> (long) r.width() * r.height()).sum();
        assertThat(area).isEqualTo(100 * 100 - 10 * 10 - 10 * 40);
        assertThat(OwnWindowCover.visibleParts(w, List.of(new Region(-5, -5, 200, 200)))).isEmpty();
    }

    @Test
    void withNoWindowOrAWindowElsewhereThePictureIsUntouched() {
        RgbImage img = desktop();
        assertThat(OwnWindowCover.NONE.apply(img, new Region(0, 0, 400, 300))).isSameAs(img);
        assertThat(new OwnWindowCover(() -> Optional.of(new Region(2000, 0, 100, 100)), () -> true, WindowLayout.NONE)
                .apply(img, new Region(0, 0, 400, 300))).isSameAs(img);
    }

    @Test
    void theScreenSourceLeavesGlanceOutOfTheCaptureInDesktopCoordinates() throws CaptureException {
        Region glance = new Region(450, 10, 100, 100); // on the second monitor, the one under the pointer
        ScreenPixels screen = new ScreenPixels() {
            @Override
            public List<Region> screens() {
                return List.of(new Region(0, 0, 400, 300), new Region(400, 0, 400, 300));
            }

            @Override
            public Optional<int[]> pointer() {
                return Optional.of(new int[] {500, 200});
            }

            @Override
            public RgbImage grab(Region area) {
                int[] px = new int[area.width() * area.height()];
                for (int y = 0; y < area.height(); y++) {
                    for (int x = 0; x < area.width(); x++) {
                        px[y * area.width() + x] = glance.contains(area.x() + x, area.y() + y) ? GLANCE : DESKTOP;
                    }
                }
                return new RgbImage(area.width(), area.height(), px);
            }
        };
        OwnWindowCover own = new OwnWindowCover(() -> Optional.of(glance), () -> true, WindowLayout.NONE);
        Frame plain = new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE).capture();
        assertThat(plain.image().rgb()[50 * 400 + 60]).isEqualTo(GLANCE);
        Frame f = new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE, PrivacyCover.ExcludedWindows.NONE,
                WindowLayout.NONE, own).capture();
        assertThat(Arrays.stream(f.image().rgb()).allMatch(p -> p == DESKTOP)).isTrue();
    }
}
