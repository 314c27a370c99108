package app.glance.app.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the desktop's windows are, front first, so that the text of a screen capture can be read window by window
 * instead of row by row across windows side by side. X11 ({@link X11ActiveWindow#windowsFrontToBack}) and Windows
 * ({@link Win32ActiveWindow#windowsFrontToBack}); elsewhere none are known and the text is read by geometry alone.
 */
@FunctionalInterface
public interface WindowLayout {

    /** The mapped top-level windows in desktop coordinates, front first. */
    List<Region> frontToBack() throws CaptureException;

    WindowLayout NONE = List::of;

    /** The windows inside {@code area}, clipped to it and moved to its pixels (0,0 = its top left); none on error. */
    static List<Region> within(WindowLayout layout, Region area) {
        List<Region> out = new ArrayList<>();
        try {
            for (Region w : layout.frontToBack()) {
                Region r = w.intersect(area);
                if (r != null) {
                    out.add(new Region(r.x() - area.x(), r.y() - area.y(), r.width(), r.height()));
                }
            }
        } catch (CaptureException e) {
            return List.of();
        }
        return out;
    }

    /**
     * {@code layout} asked at most once: the first answer (or failure) is kept, so that one capture's uses (leaving
     * Glance out, reading the text window by window) share the X11 tool runs and see the same windows. Any thread.
     */
    static WindowLayout remembered(WindowLayout layout) {
        return new WindowLayout() {
            private List<Region> windows;
            private CaptureException failure;

            @Override
            public synchronized List<Region> frontToBack() throws CaptureException {
                if (windows == null && failure == null) {
                    try {
                        windows = List.copyOf(layout.frontToBack());
                    } catch (CaptureException e) {
                        failure = e;
                    }
                }
                if (failure != null) {
                    throw failure;
                }
                return windows;
            }
        };
    }

    /** X11 (xprop/xwininfo) when there is a display, Windows (user32's EnumWindows); none elsewhere. */
    static WindowLayout system() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win")) {
            try {
                return Win32ActiveWindow.load()::windowsFrontToBack;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return NONE;
            }
        }
        if (!(os.contains("linux") || os.contains("bsd")) || System.getenv("DISPLAY") == null) {
            return NONE;
        }
        X11ActiveWindow x11 = new X11ActiveWindow(X11ActiveWindow.Commands.system());
        return x11::windowsFrontToBack;
    }
}
