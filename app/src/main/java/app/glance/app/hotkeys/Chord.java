package app.glance.app.hotkeys;

import com.github.kwhat.jnativehook.NativeInputEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A key with modifiers, e.g. Ctrl+Alt+D. {@code key} is a JNativeHook virtual key code ({@code NativeKeyEvent.VC_*});
 * {@code modifiers} is a set of this class's {@code CTRL}, {@code ALT}, {@code SHIFT} and {@code META} bits (left
 * and right keys are the same).
 */
public record Chord(int modifiers, int key) {

    public static final int CTRL = 1;
    public static final int ALT = 2;
    public static final int SHIFT = 4;
    public static final int META = 8;
    private static final int ALL = CTRL | ALT | SHIFT | META;

    public Chord {
        if ((modifiers & ~ALL) != 0) {
            throw new IllegalArgumentException("unknown modifier bits " + modifiers);
        }
        if (isModifierKey(key)) {
            throw new IllegalArgumentException("a hotkey needs a key besides Ctrl, Alt, Shift and Meta");
        }
    }

    /**
     * Reads a chord such as {@code "Ctrl+Alt+D"}, {@code "ctrl+shift+f5"} or {@code "Meta+Space"}: modifiers
     * (Ctrl/Control, Alt, Shift, Meta/Super/Win/Cmd) and exactly one key, joined by '+'.
     */
    public static Chord parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty hotkey");
        }
        int mods = 0;
        Integer key = null;
        for (String part : text.split("\\+", -1)) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            int mod = switch (p) {
                case "ctrl", "control" -> CTRL;
                case "alt", "option" -> ALT;
                case "shift" -> SHIFT;
                case "meta", "super", "win", "windows", "cmd", "command" -> META;
                default -> 0;
            };
            if (mod != 0) {
                mods |= mod;
                continue;
            }
            Integer code = Keys.code(p);
            if (code == null) {
                throw new IllegalArgumentException("'" + part.strip() + "' in '" + text + "' is not a key Glance knows");
            }
            if (key != null) {
                throw new IllegalArgumentException("'" + text + "' names two keys; a hotkey has one key and modifiers");
            }
            key = code;
        }
        if (key == null) {
            throw new IllegalArgumentException("'" + text + "' has no key besides the modifiers");
        }
        return new Chord(mods, key);
    }

    /** This class's modifier bits from JNativeHook's event modifiers (mouse buttons and lock keys are ignored). */
    public static int fromNative(int nativeModifiers) {
        int m = 0;
        m |= (nativeModifiers & NativeInputEvent.CTRL_MASK) != 0 ? CTRL : 0;
        m |= (nativeModifiers & NativeInputEvent.ALT_MASK) != 0 ? ALT : 0;
        m |= (nativeModifiers & NativeInputEvent.SHIFT_MASK) != 0 ? SHIFT : 0;
        m |= (nativeModifiers & NativeInputEvent.META_MASK) != 0 ? META : 0;
        return m;
    }

    /** Whether this key code is Ctrl, Alt, Shift or Meta itself. */
    public static boolean isModifierKey(int key) {
        return key == NativeKeyEvent.VC_CONTROL || key == NativeKeyEvent.VC_ALT || key == NativeKeyEvent.VC_SHIFT
                || key == NativeKeyEvent.VC_META;
    }

    /** The chord as people write it, e.g. "Ctrl+Alt+D"; {@link #parse} reads it back. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if ((modifiers & CTRL) != 0) {
            parts.add("Ctrl");
        }
        if ((modifiers & ALT) != 0) {
            parts.add("Alt");
        }
        if ((modifiers & SHIFT) != 0) {
            parts.add("Shift");
        }
        if ((modifiers & META) != 0) {
            parts.add("Meta");
        }
        parts.add(Keys.name(key));
        return String.join("+", parts);
    }

    /** How a speech synthesiser should say it: "Control Alt D". */
    public String spoken() {
        return toString().replace("Ctrl", "Control").replace('+', ' ');
    }
}
