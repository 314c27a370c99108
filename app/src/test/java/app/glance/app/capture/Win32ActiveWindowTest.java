package app.glance.app.capture;

import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Win32 path with a scripted user32 (the real one exists only on Windows). */
class Win32ActiveWindowTest {

    static Win32ActiveWindow.User32 scripted(Pointer window, int l, int t, int r, int b, String title, String cls) {
        return new Win32ActiveWindow.User32() {
            @Override
            public Pointer GetForegroundWindow() {
                return window;
            }

            @Override
            public boolean GetWindowRect(Pointer w, Win32ActiveWindow.Rect rect) {
                rect.left = l;
                rect.top = t;
                rect.right = r;
                rect.bottom = b;
                return true;
            }

            @Override
            public int GetWindowTextW(Pointer w, char[] text, int max) {
                title.getChars(0, title.length(), text, 0);
                return title.length();
            }

            @Override
            public int GetClassNameW(Pointer w, char[] name, int max) {
                cls.getChars(0, cls.length(), name, 0);
                return cls.length();
            }
        };
    }

    @Test
    void theForegroundWindowsRectTitleAndClassAreRead() throws CaptureException {
        WindowInfo w = new Win32ActiveWindow(scripted(new Pointer(0x1234), 100, 50, 900, 650,
                "Passwords - KeePassXC", "Qt5QWindowIcon")).find().orElseThrow();
        assertThat(w.id()).isEqualTo("0x1234");
        assertThat(w.bounds()).isEqualTo(new Region(100, 50, 800, 600));
        assertThat(w.title()).isEqualTo("Passwords - KeePassXC");
        assertThat(Exclusions.defaults().match(w)).isPresent();
    }

    @Test
    void noForegroundWindowOrAnEmptyRectIsNoWindow() throws CaptureException {
        assertThat(new Win32ActiveWindow(scripted(null, 0, 0, 1, 1, "", "")).find()).isEmpty();
        assertThat(new Win32ActiveWindow(scripted(new Pointer(1), 10, 10, 10, 40, "x", "y")).find()).isEmpty();
    }
}
