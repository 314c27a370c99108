package app.glance.app.capture;

import java.util.Optional;

/**
 * Finds the window that has the keyboard focus.
 *
 * <p>X11 ({@link X11ActiveWindow}, reading {@code _NET_ACTIVE_WINDOW} through {@code xprop}/{@code xwininfo} or
 * {@code xdotool}); Windows ({@link Win32ActiveWindow}: user32 through JNA, compiled but not run on Windows). Not
 * done: macOS ({@code CGWindowListCopyWindowInfo}, which also needs the
 * Screen Recording permission); on those systems {@link #system()} says so and Glance offers the whole screen.
 * Wayland sessions do not let applications see other windows; there too the whole screen is the fallback.
 */
public interface ActiveWindow {

    /** The focused window, or empty when there is none (e.g. a bare X server without a window manager). */
    Optional<WindowInfo> find() throws CaptureException;

    /**
     * The viewable window just below {@code window} in the stacking order: with Glance's own window focused, the one
     * the user worked in before (window managers raise the window they focus). Empty where the order is unknown.
     */
    default Optional<WindowInfo> below(WindowInfo window) throws CaptureException {
        return Optional.empty();
    }

    /** The implementation for this system. */
    static ActiveWindow system() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("linux") || os.contains("bsd")) {
            if (System.getenv("WAYLAND_DISPLAY") != null && System.getenv("DISPLAY") == null) {
                return unsupported("On Wayland Glance cannot see the active window; describe the screen instead.");
            }
            return new X11ActiveWindow(X11ActiveWindow.Commands.system());
        }
        if (os.contains("win")) {
            try {
                return Win32ActiveWindow.load();
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return unsupported("Glance cannot see the active window here; describe the screen instead.");
            }
        }
        return unsupported("Describing the active window is not available on this system yet; "
                + "describe the screen instead.");
    }

    private static ActiveWindow unsupported(String sentence) {
        return () -> {
            throw new CaptureException(CaptureException.Reason.UNAVAILABLE, sentence);
        };
    }
}
