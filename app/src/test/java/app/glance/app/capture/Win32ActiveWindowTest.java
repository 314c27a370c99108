package app.glance.app.capture;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Win32 path with a scripted user32 and dwmapi (the real ones exist only on Windows). */
class Win32ActiveWindowTest {

    private static final List<Win32ActiveWindow.Monitor> UNSCALED =
            List.of(new Win32ActiveWindow.Monitor(new Region(0, 0, 1920, 1080), 1, 1));
    /** A 2880x1620 laptop screen at 150 %: AWT's bounds are 0,0,1920,1080. */
    private static final List<Win32ActiveWindow.Monitor> LAPTOP =
            List.of(new Win32ActiveWindow.Monitor(new Region(0, 0, 1920, 1080), 1.5, 1.5));

    /** One window, in front: the foreground window (none where {@code window} is null). */
    static Win32ActiveWindow.User32 scripted(Pointer window, int l, int t, int r, int b, String title, String cls) {
        Map<Long, Object[]> windows = new LinkedHashMap<>();
        if (window != null) {
            windows.put(Pointer.nativeValue(window), new Object[] {title, cls, true, false, l, t, r, b});
        }
        return desktop(window, windows);
    }

    /** Windows numbered 1, 2, ... front to back: {title, class, visible, minimised, l, t, r, b}; the first in front. */
    static Win32ActiveWindow.User32 desktop(List<Object[]> windows) {
        Map<Long, Object[]> numbered = new LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            numbered.put(i + 1L, windows.get(i));
        }
        return desktop(new Pointer(1), numbered);
    }

    /** A desktop of top-level windows by handle, front to back, and its foreground window. */
    static Win32ActiveWindow.User32 desktop(Pointer foreground, Map<Long, Object[]> windows) {
        return new Win32ActiveWindow.User32() {
            private Object[] of(Pointer w) {
                return windows.get(Pointer.nativeValue(w));
            }

            @Override
            public Pointer GetForegroundWindow() {
                return foreground;
            }

            @Override
            public boolean GetWindowRect(Pointer w, Win32ActiveWindow.Rect rect) {
                Object[] o = of(w);
                rect.left = (int) o[4];
                rect.top = (int) o[5];
                rect.right = (int) o[6];
                rect.bottom = (int) o[7];
                return true;
            }

            @Override
            public int GetWindowTextW(Pointer w, char[] text, int max) {
                String t = (String) of(w)[0];
                t.getChars(0, t.length(), text, 0);
                return t.length();
            }

            @Override
            public int GetClassNameW(Pointer w, char[] name, int max) {
                String c = (String) of(w)[1];
                c.getChars(0, c.length(), name, 0);
                return c.length();
            }

            @Override
            public boolean EnumWindows(Win32ActiveWindow.WindowVisitor visitor, Pointer data) {
                for (long handle : windows.keySet()) {
                    if (!visitor.callback(new Pointer(handle), data)) {
                        break;
                    }
                }
                return true;
            }

            @Override
            public boolean IsWindowVisible(Pointer w) {
                return (boolean) of(w)[2];
            }

            @Override
            public boolean IsIconic(Pointer w) {
                return (boolean) of(w)[3];
            }
        };
    }

    /** DWM answering {@code result} for the extended frame bounds, with these bounds when it succeeds. */
    static Win32ActiveWindow.Dwmapi dwm(int result, int l, int t, int r, int b) {
        return new Win32ActiveWindow.Dwmapi() {
            @Override
            public int DwmGetWindowAttribute(Pointer w, int attribute, Win32ActiveWindow.Rect rect, int size) {
                assertThat(attribute).isEqualTo(Win32ActiveWindow.EXTENDED_FRAME_BOUNDS);
                assertThat(size).isEqualTo(16);
                if (result == 0) {
                    rect.left = l;
                    rect.top = t;
                    rect.right = r;
                    rect.bottom = b;
                }
                return result;
            }

            @Override
            public int DwmGetWindowAttribute(Pointer w, int attribute, IntByReference value, int size) {
                return 1; // S_FALSE: nothing said of cloaking
            }
        };
    }

    /** DWM that gives no bounds and says the windows numbered {@code cloaked} are cloaked. */
    static Win32ActiveWindow.Dwmapi cloaking(int... cloaked) {
        return new Win32ActiveWindow.Dwmapi() {
            @Override
            public int DwmGetWindowAttribute(Pointer w, int attribute, Win32ActiveWindow.Rect rect, int size) {
                return 0x80070057; // E_INVALIDARG: user32's rectangle is taken
            }

            @Override
            public int DwmGetWindowAttribute(Pointer w, int attribute, IntByReference value, int size) {
                assertThat(attribute).isEqualTo(Win32ActiveWindow.CLOAKED);
                assertThat(size).isEqualTo(4);
                value.setValue(Arrays.stream(cloaked).anyMatch(c -> c == Pointer.nativeValue(w)) ? 2 : 0);
                return 0;
            }
        };
    }

    @Test
    void theForegroundWindowsRectTitleAndClassAreRead() throws CaptureException {
        WindowInfo w = new Win32ActiveWindow(scripted(new Pointer(0x1234), 100, 50, 900, 650,
                "Passwords - KeePassXC", "Qt5QWindowIcon"), null, () -> UNSCALED).find().orElseThrow();
        assertThat(w.id()).isEqualTo("0x1234");
        assertThat(w.bounds()).isEqualTo(new Region(100, 50, 800, 600));
        assertThat(w.title()).isEqualTo("Passwords - KeePassXC");
        assertThat(Exclusions.defaults().match(w)).isPresent();
    }

    @Test
    void dwmsVisibleBoundsLeaveOutTheInvisibleResizeBorders() throws CaptureException {
        // Windows 10/11: GetWindowRect is 7 px wider on the left, right and bottom than what is drawn
        Win32ActiveWindow.User32 user32 = scripted(new Pointer(7), 93, 50, 907, 657, "Untitled - Notepad", "Notepad");
        WindowInfo w = new Win32ActiveWindow(user32, dwm(0, 100, 50, 900, 650), () -> UNSCALED).find().orElseThrow();
        assertThat(w.bounds()).isEqualTo(new Region(100, 50, 800, 600));
    }

    @Test
    void whereDwmFailsOrIsMissingUser32sRectIsTaken() throws CaptureException {
        Win32ActiveWindow.User32 user32 = scripted(new Pointer(7), 93, 50, 907, 657, "Untitled - Notepad", "Notepad");
        int notComposited = 0x80263001; // DWM_E_COMPOSITIONDISABLED
        assertThat(new Win32ActiveWindow(user32, dwm(notComposited, 0, 0, 0, 0), () -> UNSCALED).find()
                .orElseThrow().bounds()).isEqualTo(new Region(93, 50, 814, 607));
        assertThat(new Win32ActiveWindow(user32, dwm(0, 5, 5, 5, 5), () -> UNSCALED).find().orElseThrow().bounds())
                .isEqualTo(new Region(93, 50, 814, 607));
        assertThat(new Win32ActiveWindow(user32, null, () -> UNSCALED).find().orElseThrow().bounds())
                .isEqualTo(new Region(93, 50, 814, 607));
    }

    @Test
    void noForegroundWindowOrAnEmptyRectIsNoWindow() throws CaptureException {
        assertThat(new Win32ActiveWindow(scripted(null, 0, 0, 1, 1, "", ""), null, () -> UNSCALED).find()).isEmpty();
        assertThat(new Win32ActiveWindow(scripted(new Pointer(1), 10, 10, 10, 40, "x", "y"), null, () -> UNSCALED)
                .find()).isEmpty();
    }

    @Test
    void onAMonitorScaledBy150PercentThePhysicalBoundsBecomeAwtsUserSpace() throws CaptureException {
        WindowInfo w = new Win32ActiveWindow(scripted(new Pointer(7), 0, 0, 1, 1, "Calculator", "CalcFrame"),
                dwm(0, 600, 300, 1800, 1200), () -> LAPTOP).find().orElseThrow();
        assertThat(w.bounds()).isEqualTo(new Region(400, 200, 800, 600));
    }

    @Test
    void theExcludedWindowsOnScreenAreTheVisibleOnesOnTheList() {
        List<Object[]> windows = List.of(
                new Object[] {"Untitled - Notepad", "Notepad", true, false, 0, 0, 900, 600},
                new Object[] {"Passwords.kdbx - KeePassXC", "Qt5QWindowIcon", true, false, 300, 150, 1500, 1050},
                new Object[] {"Bitwarden", "Chrome_WidgetWin_1", true, true, -32000, -32000, -31840, -31972},
                new Object[] {"1Password", "1Password", false, false, 0, 0, 800, 600},
                new Object[] {"Program Manager", "Progman", true, false, 0, 0, 2880, 1620});
        Win32ActiveWindow win = new Win32ActiveWindow(desktop(windows), null, () -> LAPTOP);
        // the minimised and the hidden password managers are not on screen; the visible one is, in user space
        assertThat(win.excludedOnScreen(Exclusions.defaults())).extracting(WindowInfo::title, WindowInfo::bounds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Passwords.kdbx - KeePassXC",
                        new Region(200, 100, 800, 600)));
        assertThat(win.excludedOnScreen(new Exclusions(List.of()))).isEmpty();
        assertThat(win.excludedOnScreen(new Exclusions(List.of("notepad")))).extracting(WindowInfo::bounds)
                .containsExactly(new Region(0, 0, 600, 400));
    }

    @Test
    void theWindowsFrontToBackAreTheDrawnOnesInUserSpace() {
        // a suspended store app's window counts as visible but is cloaked: it is not drawn
        List<Object[]> windows = List.of(
                new Object[] {"Untitled - Notepad", "Notepad", true, false, 150, 150, 1050, 750},
                new Object[] {"Calculator", "ApplicationFrameWindow", true, false, 0, 0, 600, 900},
                new Object[] {"Downloads", "CabinetWClass", true, true, -32000, -32000, -31840, -31972},
                new Object[] {"Program Manager", "Progman", true, false, 0, 0, 2880, 1620});
        assertThat(new Win32ActiveWindow(desktop(windows), cloaking(2), () -> LAPTOP).windowsFrontToBack())
                .containsExactly(new Region(100, 100, 600, 400), new Region(0, 0, 1920, 1080));
        assertThat(new Win32ActiveWindow(desktop(windows), null, () -> LAPTOP).windowsFrontToBack())
                .containsExactly(new Region(100, 100, 600, 400), new Region(0, 0, 400, 600),
                        new Region(0, 0, 1920, 1080));
    }

    @Test
    void belowGlancesOwnWindowIsTheNextDrawnWindowAndTheTaskbarIsReadLast() throws CaptureException {
        List<Object[]> windows = List.of(
                new Object[] {"", "Shell_TrayWnd", true, false, 0, 1032, 1920, 1080},
                new Object[] {"Glance", "GlassWndClass-GlassWindowClass-2", true, false, 1200, 100, 1900, 900},
                new Object[] {"Downloads", "CabinetWClass", true, true, -32000, -32000, -31840, -31972},
                new Object[] {"Untitled - Notepad", "Notepad", true, false, 100, 100, 1000, 700},
                new Object[] {"Program Manager", "Progman", true, false, 0, 0, 1920, 1080});
        Win32ActiveWindow win = new Win32ActiveWindow(desktop(windows), null, () -> UNSCALED);
        WindowInfo glance = new WindowInfo("0x2", "Glance", "GlassWndClass-GlassWindowClass-2",
                new Region(1200, 100, 700, 800));
        assertThat(win.below(glance)).map(WindowInfo::title).hasValue("Untitled - Notepad");
        assertThat(win.below(new WindowInfo("0x5", "Program Manager", "Progman", new Region(0, 0, 1920, 1080))))
                .isEmpty();
        assertThat(win.windowsFrontToBack()).containsExactly(new Region(1200, 100, 700, 800),
                new Region(100, 100, 900, 600), new Region(0, 0, 1920, 1080), new Region(0, 1032, 1920, 48));
    }

    @Test
    void aWindowOnAScaledSecondMonitorIsScaledAboutThatMonitorsOrigin() {
        // primary 1920x1080 unscaled; right of it a 3840x2160 monitor at 200 %, whose AWT bounds keep the
        // physical origin: 1920,0,1920,1080
        List<Win32ActiveWindow.Monitor> two = List.of(
                new Win32ActiveWindow.Monitor(new Region(0, 0, 1920, 1080), 1, 1),
                new Win32ActiveWindow.Monitor(new Region(1920, 0, 1920, 1080), 2, 2));
        assertThat(Win32ActiveWindow.toUserSpace(new Region(2920, 400, 1600, 1000), two))
                .isEqualTo(new Region(2420, 200, 800, 500));
        assertThat(Win32ActiveWindow.toUserSpace(new Region(100, 100, 800, 600), two))
                .isEqualTo(new Region(100, 100, 800, 600));
        // centred off every monitor: the one it overlaps most
        assertThat(Win32ActiveWindow.toUserSpace(new Region(3000, 2000, 400, 400), two))
                .isEqualTo(new Region(2460, 1000, 200, 200));
        assertThat(Win32ActiveWindow.toUserSpace(new Region(100, 100, 800, 600), List.of()))
                .isEqualTo(new Region(100, 100, 800, 600));
    }
}
