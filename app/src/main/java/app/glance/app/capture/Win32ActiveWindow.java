package app.glance.app.capture;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.util.Optional;

/**
 * The active window on Windows: {@code GetForegroundWindow}, {@code GetWindowRect}, {@code GetWindowTextW} and
 * {@code GetClassNameW} from user32 through JNA. Written against the Win32 documentation and compiled here; it has
 * not been run on Windows (there is none in this project's machines). The rectangle is in the coordinates of the
 * JVM's DPI awareness (Java is per-monitor DPI aware), the same ones AWT's Robot grabs in.
 */
final class Win32ActiveWindow implements ActiveWindow {

    /** The four user32 functions Glance needs. */
    interface User32 extends Library {
        Pointer GetForegroundWindow();

        boolean GetWindowRect(Pointer window, Rect rect);

        int GetWindowTextW(Pointer window, char[] text, int max);

        int GetClassNameW(Pointer window, char[] name, int max);
    }

    /** Win32 RECT. */
    @Structure.FieldOrder({"left", "top", "right", "bottom"})
    public static final class Rect extends Structure {
        public int left;
        public int top;
        public int right;
        public int bottom;
    }

    private final User32 user32;

    Win32ActiveWindow(User32 user32) {
        this.user32 = user32;
    }

    static Win32ActiveWindow load() {
        return new Win32ActiveWindow(Native.load("user32", User32.class));
    }

    @Override
    public Optional<WindowInfo> find() throws CaptureException {
        Pointer w = user32.GetForegroundWindow();
        if (w == null) {
            return Optional.empty();
        }
        Rect r = new Rect();
        if (!user32.GetWindowRect(w, r) || r.right <= r.left || r.bottom <= r.top) {
            return Optional.empty();
        }
        char[] title = new char[512];
        int n = user32.GetWindowTextW(w, title, title.length);
        char[] cls = new char[256];
        int c = user32.GetClassNameW(w, cls, cls.length);
        return Optional.of(new WindowInfo("0x" + Long.toHexString(Pointer.nativeValue(w)),
                new String(title, 0, Math.max(0, n)), new String(cls, 0, Math.max(0, c)),
                new Region(r.left, r.top, r.right - r.left, r.bottom - r.top)));
    }
}
