package app.glance.app.capture;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The active window on Windows: {@code GetForegroundWindow}, {@code GetWindowTextW} and {@code GetClassNameW} from
 * user32, and its bounds from dwmapi's {@code DwmGetWindowAttribute(DWMWA_EXTENDED_FRAME_BOUNDS)}, through JNA; and,
 * from {@code EnumWindows}, the windows on the exclusion list that are on screen ({@link #excludedOnScreen}), the
 * windows' stacking order ({@link #windowsFrontToBack}) and the window below Glance's own ({@link #below}).
 * {@code GetWindowRect} (used where DWM does not answer) includes the invisible resize borders of Windows 10 and 11,
 * about 7 pixels of whatever lies beside and below the window; DWM's bounds are what is drawn. Written against the
 * Win32 documentation and compiled here; it has not been run on Windows (there is none in this project's machines).
 *
 * <p>Both give physical pixels (java.exe declares per-monitor DPI awareness since JDK 9), but AWT, whose
 * {@code Robot} grabs the pixels, works in its own user space: on a monitor scaled by s its bounds are its physical
 * origin and its physical size divided by s, and a point in it is the origin plus the physical offset divided by s
 * (JDK 17's {@code SunGraphicsEnvironment.toDeviceSpaceAbs}, which {@code Robot} uses on Windows, inverted). The
 * window's bounds are turned into that space with the scale of the monitor its centre is on: at 150 % a window in
 * physical pixels would otherwise be grabbed half as large again, and from the wrong place.
 */
final class Win32ActiveWindow implements ActiveWindow {

    /** {@code DWMWA_EXTENDED_FRAME_BOUNDS} (dwmapi.h). */
    static final int EXTENDED_FRAME_BOUNDS = 9;
    /** {@code DWMWA_CLOAKED}: non-zero for a window that is "visible" but not drawn (a suspended store app's). */
    static final int CLOAKED = 14;
    /** The window classes of the taskbar, on the main monitor and on the others. */
    static final Set<String> TASKBAR = Set.of("Shell_TrayWnd", "Shell_SecondaryTrayWnd");

    /** The user32 functions Glance needs. */
    interface User32 extends Library {
        Pointer GetForegroundWindow();

        boolean GetWindowRect(Pointer window, Rect rect);

        int GetWindowTextW(Pointer window, char[] text, int max);

        int GetClassNameW(Pointer window, char[] name, int max);

        /** Calls {@code visitor} for each top-level window, front to back, while it returns true. */
        boolean EnumWindows(WindowVisitor visitor, Pointer data);

        boolean IsWindowVisible(Pointer window);

        /** Whether the window is minimised. */
        boolean IsIconic(Pointer window);
    }

    /** {@code WNDENUMPROC}. */
    interface WindowVisitor extends StdCallLibrary.StdCallCallback {
        boolean callback(Pointer window, Pointer data);
    }

    /** The dwmapi function that gives a window's visible bounds, or whether it is cloaked; an HRESULT (0: S_OK). */
    interface Dwmapi extends Library {
        int DwmGetWindowAttribute(Pointer window, int attribute, Rect value, int size);

        int DwmGetWindowAttribute(Pointer window, int attribute, IntByReference value, int size);
    }

    /** Win32 RECT. */
    @Structure.FieldOrder({"left", "top", "right", "bottom"})
    public static final class Rect extends Structure {
        public int left;
        public int top;
        public int right;
        public int bottom;
    }

    /** A monitor as AWT has it: its bounds in user space and its scale (device pixels per user unit). */
    record Monitor(Region bounds, double scaleX, double scaleY) {

        /** Its bounds in physical pixels: the same origin, the size times the scale. */
        Region physical() {
            return new Region(bounds.x(), bounds.y(), (int) Math.round(bounds.width() * scaleX),
                    (int) Math.round(bounds.height() * scaleY));
        }
    }

    private final User32 user32;
    private final Dwmapi dwmapi;
    private final Supplier<List<Monitor>> monitors;

    Win32ActiveWindow(User32 user32, Dwmapi dwmapi, Supplier<List<Monitor>> monitors) {
        this.user32 = user32;
        this.dwmapi = dwmapi;
        this.monitors = monitors;
    }

    static Win32ActiveWindow load() {
        Dwmapi dwm;
        try {
            dwm = Native.load("dwmapi", Dwmapi.class);
        } catch (UnsatisfiedLinkError e) {
            dwm = null; // GetWindowRect alone
        }
        return new Win32ActiveWindow(Native.load("user32", User32.class), dwm, Win32ActiveWindow::awtMonitors);
    }

    @Override
    public Optional<WindowInfo> find() throws CaptureException {
        Pointer w = user32.GetForegroundWindow();
        if (w == null) {
            return Optional.empty();
        }
        // AWT first: where the launcher's manifest has not, starting it declares the process DPI aware, so that
        // user32 answers in physical pixels
        List<Monitor> screens = monitors.get();
        Rect r = bounds(w);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(named(w, toUserSpace(region(r), screens)));
    }

    /**
     * The visible, not minimised top-level windows on the exclusion list, with their bounds in AWT's user space (for
     * {@link PrivacyCover}: blacked out in a capture of the screen or of a region). A window hidden behind others is
     * listed too: its rectangle goes, whatever lies above it.
     */
    List<WindowInfo> excludedOnScreen(Exclusions exclusions) {
        if (exclusions.patterns().isEmpty()) {
            return List.of();
        }
        List<Monitor> screens = monitors.get();
        List<WindowInfo> out = new ArrayList<>();
        for (Pointer w : topLevel()) {
            if (!user32.IsWindowVisible(w) || user32.IsIconic(w)) {
                continue;
            }
            WindowInfo named = named(w, new Region(0, 0, 1, 1));
            if (exclusions.match(named).isEmpty()) {
                continue;
            }
            Rect r = bounds(w);
            if (r != null) {
                Region bounds = toUserSpace(region(r), screens);
                out.add(new WindowInfo(named.id(), named.title(), named.windowClass(), bounds));
            }
        }
        return out;
    }

    /**
     * The top-level windows that are drawn (visible, not minimised, not cloaked), front first as {@code EnumWindows}
     * gives them (in Z order), in AWT's user space: a capture's text is read window by window ({@link WindowLayout}),
     * and what shows of Glance's own window is known where it has not the focus ({@link OwnWindowCover}).
     */
    List<Region> windowsFrontToBack() {
        return drawn().stream().map(WindowInfo::bounds).toList();
    }

    /**
     * The drawn window just below {@code window} in the Z order: with Glance's own window focused, the one the user
     * worked in before.
     */
    @Override
    public Optional<WindowInfo> below(WindowInfo window) {
        List<WindowInfo> windows = drawn();
        for (int i = 0; i + 1 < windows.size(); i++) {
            if (windows.get(i).id().equals(window.id())) {
                return windows.subList(i + 1, windows.size()).stream()
                        .filter(w -> !TASKBAR.contains(w.windowClass())).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * The top-level windows that are drawn, front first, in AWT's user space; the taskbars last, though they lie in
     * front: their clock and buttons are read after the windows, as the X11 panels' are.
     */
    private List<WindowInfo> drawn() {
        List<Monitor> screens = monitors.get();
        List<WindowInfo> out = new ArrayList<>();
        List<WindowInfo> taskbars = new ArrayList<>();
        for (Pointer w : topLevel()) {
            if (user32.IsWindowVisible(w) && !user32.IsIconic(w) && !cloaked(w)) {
                Rect r = bounds(w);
                if (r != null) {
                    WindowInfo named = named(w, toUserSpace(region(r), screens));
                    (TASKBAR.contains(named.windowClass()) ? taskbars : out).add(named);
                }
            }
        }
        out.addAll(taskbars);
        return out;
    }

    /** Every top-level window, front first. */
    private List<Pointer> topLevel() {
        List<Pointer> windows = new ArrayList<>();
        user32.EnumWindows((window, data) -> windows.add(window), null);
        return windows;
    }

    /** Whether DWM hides the window though it counts as visible; not where DWM cannot say. */
    private boolean cloaked(Pointer window) {
        if (dwmapi == null) {
            return false;
        }
        IntByReference value = new IntByReference();
        try {
            return dwmapi.DwmGetWindowAttribute(window, CLOAKED, value, Integer.BYTES) == 0 && value.getValue() != 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }

    /** The window with its title and class read, at {@code bounds}. */
    private WindowInfo named(Pointer w, Region bounds) {
        char[] title = new char[512];
        int n = user32.GetWindowTextW(w, title, title.length);
        char[] cls = new char[256];
        int c = user32.GetClassNameW(w, cls, cls.length);
        return new WindowInfo("0x" + Long.toHexString(Pointer.nativeValue(w)), new String(title, 0, Math.max(0, n)),
                new String(cls, 0, Math.max(0, c)), bounds);
    }

    private static Region region(Rect r) {
        return new Region(r.left, r.top, r.right - r.left, r.bottom - r.top);
    }

    /** The window's visible bounds from DWM, else its rectangle from user32; null when neither is a rectangle. */
    private Rect bounds(Pointer window) {
        if (dwmapi != null) {
            Rect r = new Rect();
            try {
                if (dwmapi.DwmGetWindowAttribute(window, EXTENDED_FRAME_BOUNDS, r, r.size()) == 0 && isArea(r)) {
                    return r;
                }
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                // no desktop composition to ask (Windows before 8 with it off): user32's rectangle is the answer
            }
        }
        Rect r = new Rect();
        return user32.GetWindowRect(window, r) && isArea(r) ? r : null;
    }

    private static boolean isArea(Rect r) {
        return r.right > r.left && r.bottom > r.top;
    }

    /**
     * {@code physical} (pixels) in AWT's user space, with the scale of the monitor that holds its centre (else the one
     * it overlaps most, else the first); as it is where no monitor is scaled.
     */
    static Region toUserSpace(Region physical, List<Monitor> monitors) {
        Monitor on = null;
        long most = 0;
        int cx = physical.x() + physical.width() / 2;
        int cy = physical.y() + physical.height() / 2;
        for (Monitor m : monitors) {
            Region p = m.physical();
            if (p.contains(cx, cy)) {
                on = m;
                break;
            }
            Region part = p.intersect(physical);
            if (part != null && (long) part.width() * part.height() > most) {
                most = (long) part.width() * part.height();
                on = m;
            }
        }
        if (on == null) {
            on = monitors.isEmpty() ? null : monitors.get(0);
        }
        if (on == null || on.scaleX() == 1 && on.scaleY() == 1) {
            return physical;
        }
        Region b = on.bounds();
        int x = b.x() + (int) Math.floor((physical.x() - b.x()) / on.scaleX());
        int y = b.y() + (int) Math.floor((physical.y() - b.y()) / on.scaleY());
        int right = b.x() + (int) Math.ceil((physical.right() - b.x()) / on.scaleX());
        int bottom = b.y() + (int) Math.ceil((physical.bottom() - b.y()) / on.scaleY());
        return new Region(x, y, Math.max(1, right - x), Math.max(1, bottom - y));
    }

    /** The monitors as AWT sees them now (none when it is headless). */
    private static List<Monitor> awtMonitors() {
        List<Monitor> out = new ArrayList<>();
        if (GraphicsEnvironment.isHeadless()) {
            return out;
        }
        for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration gc = d.getDefaultConfiguration();
            Rectangle r = gc.getBounds();
            AffineTransform tx = gc.getDefaultTransform();
            out.add(new Monitor(new Region(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height)), tx.getScaleX(),
                    tx.getScaleY()));
        }
        return out;
    }
}
