package app.glance.app.capture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The X11 tools' output, scripted: what real xprop, xwininfo and xdotool print. */
class X11ActiveWindowTest {

    private static final String XWININFO = """

            xwininfo: Window id: 0x1e00007 "Untitled - Notes"

              Absolute upper-left X:  120
              Absolute upper-left Y:  64
              Relative upper-left X:  0
              Relative upper-left Y:  0
              Width: 800
              Height: 600
              Depth: 24
            """;

    /** Answers commands by their program and first argument; programs not in the map are "not installed". */
    private static final class Script implements X11ActiveWindow.Commands {
        final Map<String, String> answers;
        final List<List<String>> ran = new ArrayList<>();

        Script(Map<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public Optional<Result> run(List<String> command) {
            ran.add(command);
            if (answers.keySet().stream().noneMatch(k -> k.startsWith(command.get(0)))) {
                return Optional.empty();
            }
            String out = answers.get(command.get(0) + " " + command.get(1));
            return Optional.of(out == null ? new Result(1, "") : new Result(0, out));
        }
    }

    /** The active window 0x1e00007 at {@link #XWININFO}'s place, with what {@code xprop -id} says of it. */
    private static WindowInfo activeWindow(String xpropOfWindow) throws CaptureException {
        Script s = new Script(Map.of(
                "xprop -root", "_NET_ACTIVE_WINDOW: window id # 0x1e00007\n",
                "xwininfo -id", XWININFO,
                "xprop -id", xpropOfWindow));
        return new X11ActiveWindow(s).find().orElseThrow();
    }

    @Test
    void xpropAndXwininfoGiveIdBoundsTitleAndClass() throws CaptureException {
        WindowInfo w = activeWindow("_NET_WM_NAME = \"Passwords \\\"work\\\" - KeePassXC\"\nWM_NAME = \"old\"\n"
                + "WM_CLASS = \"keepassxc\", \"KeePassXC\"\n");
        assertThat(w.id()).isEqualTo("0x1e00007");
        assertThat(w.bounds()).isEqualTo(new Region(120, 64, 800, 600));
        assertThat(w.title()).isEqualTo("Passwords \"work\" - KeePassXC");
        assertThat(w.windowClass()).isEqualTo("keepassxc KeePassXC");
    }

    @Test
    void theWindowIsTakenWithItsTitleBarAsTheWindowManagerFramesIt() throws CaptureException {
        // openbox: one pixel of border left, right and below, and a title bar of 22 above the client area
        WindowInfo w = activeWindow("_NET_WM_NAME = \"Sum = 1, 2, 3, 4\"\nWM_CLASS = \"mousepad\", \"Mousepad\"\n"
                + "_NET_FRAME_EXTENTS = 1, 1, 22, 1\n");
        assertThat(w.bounds()).isEqualTo(new Region(119, 42, 802, 623));
        assertThat(w.title()).isEqualTo("Sum = 1, 2, 3, 4");
        // a title's figures are no frame
        assertThat(X11ActiveWindow.frameExtents("_NET_WM_NAME = \"Sum = 1, 2, 3, 4\"\n")).containsExactly(0, 0, 0, 0);
    }

    @Test
    void noWindowManagerMeansNoActiveWindow() throws CaptureException {
        assertThat(new X11ActiveWindow(new Script(Map.of("xprop -root", "_NET_ACTIVE_WINDOW:  not found.\n"))).find())
                .isEmpty();
        assertThat(new X11ActiveWindow(new Script(Map.of("xprop -root", "_NET_ACTIVE_WINDOW: window id # 0x0\n")))
                .find()).isEmpty();
    }

    @Test
    void xdotoolIsTheFallback() throws CaptureException {
        Script s = new Script(Map.of(
                "xdotool getactivewindow", "31457287\n",
                "xdotool getwindowgeometry", "WINDOW=31457287\nX=10\nY=20\nWIDTH=640\nHEIGHT=480\nSCREEN=0\n",
                "xdotool getwindowname", "Terminal\n"));
        WindowInfo w = new X11ActiveWindow(s).find().orElseThrow();
        assertThat(w.id()).isEqualTo("0x1e00007");
        assertThat(w.bounds()).isEqualTo(new Region(10, 20, 640, 480));
        assertThat(w.title()).isEqualTo("Terminal");
        assertThat(w.windowClass()).isEmpty();
    }

    @Test
    void withoutToolsItSaysWhatToInstall() {
        assertThatThrownBy(() -> new X11ActiveWindow(new Script(Map.of())).find())
                .isInstanceOf(CaptureException.class).hasMessage(X11ActiveWindow.NO_TOOLS)
                .hasMessageContaining("x11-utils").hasMessageContaining("xdotool");
    }

    @Test
    void legacyTitleIsUsedWhenThereIsNoNetWmName() {
        assertThat(X11ActiveWindow.title("WM_NAME = \"xterm\"\n")).isEqualTo("xterm");
        assertThat(X11ActiveWindow.title("_NET_WM_NAME:  not found.\n")).isEmpty();
    }
}
