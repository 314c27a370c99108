package app.glance.app.hotkeys;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the hotkeys that another program on the X server has already taken. JNativeHook only listens, so a chord
 * that a window manager or a launcher grabbed still reaches Glance, and both react to it; the user should know.
 *
 * <p>X11 lets one client grab a key combination: a second {@code XGrabKey} for it fails with {@code BadAccess}. So
 * each chord is grabbed on the root window through a private connection, with and without Caps Lock and Num Lock
 * (programs grab those variants too), and released again at once; a {@code BadAccess} means the chord is taken.
 * Xlib reports errors through one process-wide handler, so a handler is set only for the moment of the check and
 * passes errors of other connections on to the handler it replaced.
 */
public final class X11KeyGrabs {

    private static final Logger LOG = LoggerFactory.getLogger(X11KeyGrabs.class);

    private static final int SHIFT_MASK = 1;
    private static final int LOCK_MASK = 1 << 1;
    private static final int CONTROL_MASK = 1 << 2;
    private static final int MOD1_MASK = 1 << 3; // Alt
    private static final int MOD2_MASK = 1 << 4; // Num Lock
    private static final int MOD4_MASK = 1 << 6; // Super
    private static final int[] LOCK_VARIANTS = {0, LOCK_MASK, MOD2_MASK, LOCK_MASK | MOD2_MASK};
    private static final int BAD_ACCESS = 10;
    private static final int GRAB_MODE_ASYNC = 1;

    /** Key names of {@link Keys} whose X keysym name is spelled differently. */
    private static final Map<String, String> KEYSYMS = Map.ofEntries(Map.entry("Space", "space"),
            Map.entry("Enter", "Return"), Map.entry("Backspace", "BackSpace"), Map.entry("PageUp", "Prior"),
            Map.entry("PageDown", "Next"), Map.entry("PrintScreen", "Print"), Map.entry("Comma", "comma"),
            Map.entry("Period", "period"), Map.entry("Slash", "slash"), Map.entry("Minus", "minus"),
            Map.entry("Equals", "equal"));

    /** The few Xlib calls needed; {@code Display *} and the handler are plain pointers. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        NativeLong XStringToKeysym(String name);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);

        int XGrabKey(Pointer display, int keycode, int modifiers, NativeLong window, int ownerEvents,
                int pointerMode, int keyboardMode);

        int XUngrabKey(Pointer display, int keycode, int modifiers, NativeLong window);

        int XSync(Pointer display, int discard);

        Pointer XSetErrorHandler(Pointer handler);
    }

    /** Xlib's {@code int (*XErrorHandler)(Display *, XErrorEvent *)}. */
    public interface ErrorHandler extends Callback {
        int invoke(Pointer display, Pointer event);
    }

    private X11KeyGrabs() {
    }

    /**
     * The chords of {@code bindings} that another client of the X server {@code displayName} (null: {@code $DISPLAY})
     * has grabbed, in binding order. Empty when none is, and when the check cannot be made (no X server, no libX11,
     * not Linux): then nothing is known, and nothing is claimed.
     */
    public static List<Chord> taken(Map<HotkeyAction, Chord> bindings, String displayName) {
        Xlib x;
        try {
            x = Native.load("X11", Xlib.class);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("cannot check for hotkeys taken by other programs: {}", e.toString());
            return List.of();
        }
        Pointer display = x.XOpenDisplay(displayName);
        if (display == null) {
            return List.of();
        }
        try {
            return taken(x, display, bindings);
        } finally {
            x.XCloseDisplay(display);
        }
    }

    private static synchronized List<Chord> taken(Xlib x, Pointer display, Map<HotkeyAction, Chord> bindings) {
        NativeLong root = x.XDefaultRootWindow(display);
        boolean[] denied = {false};
        Pointer[] previous = {null};
        // XErrorEvent: int type (padded to a pointer), Display *display, XID resourceid, unsigned long serial, error_code
        int errorCodeOffset = 2 * Native.POINTER_SIZE + 2 * NativeLong.SIZE;
        ErrorHandler handler = (d, event) -> {
            if (display.equals(d)) {
                denied[0] |= (event.getByte(errorCodeOffset) & 0xff) == BAD_ACCESS;
                return 0;
            }
            return previous[0] == null ? 0 : Function.getFunction(previous[0]).invokeInt(new Object[] {d, event});
        };
        List<Chord> taken = new ArrayList<>();
        x.XSync(display, 0);
        previous[0] = x.XSetErrorHandler(CallbackReference.getFunctionPointer(handler));
        try {
            for (Chord chord : bindings.values()) {
                int keycode = keycode(x, display, chord);
                if (keycode == 0) {
                    continue;
                }
                int modifiers = modifiers(chord);
                boolean chordTaken = false;
                for (int lock : LOCK_VARIANTS) {
                    denied[0] = false;
                    x.XGrabKey(display, keycode, modifiers | lock, root, 0, GRAB_MODE_ASYNC, GRAB_MODE_ASYNC);
                    x.XSync(display, 0);
                    if (denied[0]) {
                        chordTaken = true;
                    } else {
                        x.XUngrabKey(display, keycode, modifiers | lock, root);
                    }
                }
                x.XSync(display, 0);
                if (chordTaken) {
                    taken.add(chord);
                }
            }
        } finally {
            x.XSetErrorHandler(previous[0]);
            Reference.reachabilityFence(handler); // JNA frees a callback once it is unreachable
        }
        return taken;
    }

    private static int keycode(Xlib x, Pointer display, Chord chord) {
        String name = Keys.name(chord.key());
        NativeLong keysym = x.XStringToKeysym(KEYSYMS.getOrDefault(name, name));
        return keysym.longValue() == 0 ? 0 : x.XKeysymToKeycode(display, keysym) & 0xff;
    }

    private static int modifiers(Chord chord) {
        int m = 0;
        m |= (chord.modifiers() & Chord.CTRL) != 0 ? CONTROL_MASK : 0;
        m |= (chord.modifiers() & Chord.ALT) != 0 ? MOD1_MASK : 0;
        m |= (chord.modifiers() & Chord.SHIFT) != 0 ? SHIFT_MASK : 0;
        m |= (chord.modifiers() & Chord.META) != 0 ? MOD4_MASK : 0;
        return m;
    }
}
