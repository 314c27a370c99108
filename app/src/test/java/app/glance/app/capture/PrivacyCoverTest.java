package app.glance.app.capture;

import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Excluded windows are blacked out of screen and region captures. */
class PrivacyCoverTest {

    static String xwininfo(int x, int y, int w, int h, boolean viewable) {
        return "  Absolute upper-left X:  " + x + "\n  Absolute upper-left Y:  " + y + "\n  Width: " + w
                + "\n  Height: " + h + "\n  Map State: " + (viewable ? "IsViewable" : "IsUnMapped") + "\n";
    }

    /** Three windows: an editor, KeePassXC (viewable), a hidden Bitwarden. */
    static X11ActiveWindow.Commands desktop(List<List<String>> ran) {
        Map<String, String> props = Map.of(
                "0x100", "_NET_WM_NAME = \"notes.txt - Mousepad\"\nWM_CLASS = \"mousepad\", \"Mousepad\"\n",
                "0x200", "_NET_WM_NAME = \"Passwords.kdbx - KeePassXC\"\nWM_CLASS = \"keepassxc\", \"KeePassXC\"\n",
                "0x300", "_NET_WM_NAME = \"Bitwarden\"\nWM_CLASS = \"bitwarden\", \"Bitwarden\"\n");
        Map<String, String> geometry = Map.of("0x200", xwininfo(100, 50, 200, 100, true),
                "0x300", xwininfo(0, 0, 50, 50, false));
        return command -> {
            ran.add(command);
            String out;
            if (command.equals(List.of("xprop", "-root", "-notype", "_NET_CLIENT_LIST_STACKING"))) {
                out = "_NET_CLIENT_LIST_STACKING(WINDOW): window id # 0x100, 0x200, 0x300\n";
            } else if (command.get(0).equals("xprop")) {
                // the frame alone (the layout of the screen), or with the title and class (a window's)
                String frame = command.contains("_NET_FRAME_EXTENTS") ? "_NET_FRAME_EXTENTS = 1, 1, 22, 1\n" : "";
                out = command.contains("WM_CLASS") ? props.get(command.get(2)) + frame : frame;
            } else {
                out = geometry.get(command.get(command.size() - 1));
            }
            return Optional.of(out == null ? new X11ActiveWindow.Commands.Result(1, "")
                    : new X11ActiveWindow.Commands.Result(0, out));
        };
    }

    @Test
    void onlyViewableWindowsOnTheListAreFoundAndOnlyTheyAreMeasured() throws CaptureException {
        List<List<String>> ran = new ArrayList<>();
        List<WindowInfo> found = new X11ActiveWindow(desktop(ran)).excludedOnScreen(Exclusions.defaults());
        assertThat(found).extracting(WindowInfo::id).containsExactly("0x200");
        // with its frame: the title bar, which names the private window, is blacked out too
        assertThat(found.get(0).bounds()).isEqualTo(new Region(99, 28, 202, 123));
        assertThat(ran).noneMatch(c -> c.get(0).equals("xwininfo") && c.get(2).equals("0x100"));
    }

    @Test
    void theWindowBelowIsTheNextViewableOneDownTheStack() throws CaptureException {
        X11ActiveWindow x11 = new X11ActiveWindow(desktop(new ArrayList<>()));
        WindowInfo below = x11.below(new WindowInfo("0x300", "Bitwarden", "", new Region(0, 0, 50, 50))).orElseThrow();
        assertThat(below.id()).isEqualTo("0x200");
        assertThat(below.title()).isEqualTo("Passwords.kdbx - KeePassXC"); // so the exclusion list still applies
        assertThat(below.bounds()).isEqualTo(new Region(99, 28, 202, 123)); // with its title bar
        // xdotool's decimal ids are the same windows; 0x100 has no geometry, so nothing lies below 0x200
        assertThat(x11.below(new WindowInfo(String.valueOf(0x300), "", "", below.bounds()))).contains(below);
        assertThat(x11.below(below)).isEmpty();
    }

    @Test
    void anEmptyExclusionListAsksNothing() throws CaptureException {
        List<List<String>> ran = new ArrayList<>();
        assertThat(new X11ActiveWindow(desktop(ran)).excludedOnScreen(new Exclusions(List.of()))).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void theScreenCaptureHasTheExcludedWindowBlackedOut() throws CaptureException {
        FakeScreen screen = new FakeScreen(new int[] {10, 10}, new Region(0, 0, 400, 300));
        Frame f = new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE,
                () -> List.of(new Region(100, 50, 200, 100)), WindowLayout.NONE, OwnWindowCover.NONE).capture();
        RgbImage img = f.image();
        assertThat(img.rgb()[60 * 400 + 150]).isEqualTo(0x000000);     // inside the window
        assertThat(img.rgb()[149 * 400 + 299]).isEqualTo(0x000000);    // its last pixel
        assertThat(img.rgb()[150 * 400 + 150]).isEqualTo(0x808080);    // below it
        assertThat(img.rgb()[60 * 400 + 300]).isEqualTo(0x808080);     // right of it
    }

    @Test
    void aRegionCaptureUsesDesktopCoordinates() throws CaptureException {
        FakeScreen screen = new FakeScreen(new int[] {10, 10}, new Region(0, 0, 400, 300));
        Frame f = new RegionSource(() -> new Region(200, 100, 100, 100), screen,
                () -> List.of(new Region(100, 50, 150, 100)), OwnWindowCover.NONE).capture();
        RgbImage img = f.image(); // the window covers desktop x 100..249, y 50..149: region pixels x 0..49, y 0..49
        assertThat(img.rgb()[49 * 100 + 49]).isEqualTo(0x000000);
        assertThat(img.rgb()[49 * 100 + 50]).isEqualTo(0x808080);
        assertThat(img.rgb()[50 * 100 + 10]).isEqualTo(0x808080);
    }

    @Test
    void withNothingExcludedThePictureIsUntouched() {
        RgbImage img = new RgbImage(2, 2, new int[] {1, 2, 3, 4});
        assertThat(PrivacyCover.apply(img, new Region(0, 0, 2, 2), List.of())).isSameAs(img);
        assertThat(PrivacyCover.apply(img, new Region(0, 0, 2, 2), List.of(new Region(5, 5, 3, 3)))).isSameAs(img);
    }

    @Test
    void windowsComeFrontFirstAndOnlyViewableOnes() throws CaptureException {
        List<List<String>> ran = new ArrayList<>();
        List<Region> windows = new X11ActiveWindow(desktop(ran)).windowsFrontToBack();
        // the stacking list is 0x100, 0x200, 0x300 bottom to top; 0x300 is unmapped, 0x100 has no geometry here;
        // the frame (1, 1, 22, 1) is added around the client area
        assertThat(windows).containsExactly(new Region(99, 28, 202, 123));
    }

    @Test
    void theScreenFrameCarriesItsWindowsInItsOwnPixels() throws CaptureException {
        FakeScreen screen = new FakeScreen(new int[] {1930, 10}, new Region(0, 0, 1920, 1080),
                new Region(1920, 0, 1280, 1024));
        WindowLayout layout = () -> List.of(new Region(1900, 100, 400, 300), new Region(0, 0, 800, 600));
        Frame f = new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE, PrivacyCover.ExcludedWindows.NONE,
                layout, OwnWindowCover.NONE).capture();
        // only the part of the first window on the second monitor, moved to that monitor's pixels
        assertThat(f.windowBoxes().get()).hasSize(1);
        assertThat(f.windowBoxes().get().get(0)).containsExactly(0, 100, 380, 300);
    }
}
