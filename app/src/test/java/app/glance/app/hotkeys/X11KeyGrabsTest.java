package app.glance.app.hotkeys;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real X server (Xvfb) and a second X client that grabs a chord, as a window manager or launcher does: Glance's
 * check names that chord, no other, leaves no grab of its own behind, and says nothing when no server is there.
 */
class X11KeyGrabsTest {

    private static final int CONTROL_MASK = 1 << 2;
    private static final int MOD1_MASK = 1 << 3;
    private static Process xvfb;
    private static String display;

    @BeforeAll
    static void startXvfb() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "needs Xvfb");
        display = ":" + (40 + (int) (ProcessHandle.current().pid() % 20));
        xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "640x480x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        X11KeyGrabs.Xlib x = Native.load("X11", X11KeyGrabs.Xlib.class);
        for (int i = 0; i < 100; i++) {
            Pointer d = x.XOpenDisplay(display);
            if (d != null) {
                x.XCloseDisplay(d);
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Xvfb did not start on " + display);
    }

    @AfterAll
    static void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aChordGrabbedByAnotherProgramIsNamedAndNoOther() {
        X11KeyGrabs.Xlib x = Native.load("X11", X11KeyGrabs.Xlib.class);
        Pointer other = x.XOpenDisplay(display);
        try {
            NativeLong root = x.XDefaultRootWindow(other);
            int d = x.XKeysymToKeycode(other, x.XStringToKeysym("d")) & 0xff;
            x.XGrabKey(other, d, CONTROL_MASK | MOD1_MASK, root, 0, 1, 1);
            x.XSync(other, 0);

            Hotkeys keys = Hotkeys.defaults();
            List<Chord> taken = X11KeyGrabs.taken(keys.bindings(), display);
            assertThat(taken).containsExactly(Chord.parse("Ctrl+Alt+D"));
            assertThat(GlobalHotkeys.clashSentence(keys, taken)).contains("Control Alt D (describe the screen) is "
                    + "also used by another program, which will react to it too; you can choose other keys in the "
                    + "settings.");

            // the check released every grab it made: the other program can now grab Ctrl+Alt+W
            int w = x.XKeysymToKeycode(other, x.XStringToKeysym("w")) & 0xff;
            assertThat(X11KeyGrabs.taken(Map.of(HotkeyAction.DESCRIBE_WINDOW, Chord.parse("Ctrl+Alt+W")), display))
                    .isEmpty();
            x.XGrabKey(other, w, CONTROL_MASK | MOD1_MASK, root, 0, 1, 1);
            x.XSync(other, 0);
            assertThat(X11KeyGrabs.taken(Map.of(HotkeyAction.DESCRIBE_WINDOW, Chord.parse("Ctrl+Alt+W")), display))
                    .containsExactly(Chord.parse("Ctrl+Alt+W"));
        } finally {
            x.XCloseDisplay(other);
        }
        // the other program has gone, and its grabs with it
        assertThat(X11KeyGrabs.taken(Hotkeys.defaults().bindings(), display)).isEmpty();
    }

    @Test
    void noXServerMeansNothingIsClaimed() {
        assertThat(X11KeyGrabs.taken(Hotkeys.defaults().bindings(), ":999")).isEmpty();
    }

    @Test
    void severalTakenChordsAreNamedInOneSentence() {
        Hotkeys keys = Hotkeys.defaults();
        assertThat(GlobalHotkeys.clashSentence(keys, List.of(Chord.parse("Ctrl+Alt+D"), Chord.parse("Ctrl+Alt+S"))))
                .contains("Control Alt D (describe the screen), Control Alt S (stop speaking) are also used by "
                        + "another program, which will react to them too; you can choose other keys in the settings.");
        assertThat(GlobalHotkeys.clashSentence(keys, List.of())).isEmpty();
    }
}
