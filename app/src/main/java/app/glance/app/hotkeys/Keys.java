package app.glance.app.hotkeys;

import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Key names for hotkeys (A-Z, 0-9, F1-F12, and a few named keys) and their JNativeHook virtual key codes. */
final class Keys {

    private static final Map<String, Integer> CODES = new LinkedHashMap<>();
    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

    static {
        int[] letters = {NativeKeyEvent.VC_A, NativeKeyEvent.VC_B, NativeKeyEvent.VC_C, NativeKeyEvent.VC_D,
            NativeKeyEvent.VC_E, NativeKeyEvent.VC_F, NativeKeyEvent.VC_G, NativeKeyEvent.VC_H, NativeKeyEvent.VC_I,
            NativeKeyEvent.VC_J, NativeKeyEvent.VC_K, NativeKeyEvent.VC_L, NativeKeyEvent.VC_M, NativeKeyEvent.VC_N,
            NativeKeyEvent.VC_O, NativeKeyEvent.VC_P, NativeKeyEvent.VC_Q, NativeKeyEvent.VC_R, NativeKeyEvent.VC_S,
            NativeKeyEvent.VC_T, NativeKeyEvent.VC_U, NativeKeyEvent.VC_V, NativeKeyEvent.VC_W, NativeKeyEvent.VC_X,
            NativeKeyEvent.VC_Y, NativeKeyEvent.VC_Z};
        for (int i = 0; i < letters.length; i++) {
            put(String.valueOf((char) ('A' + i)), letters[i]);
        }
        int[] digits = {NativeKeyEvent.VC_0, NativeKeyEvent.VC_1, NativeKeyEvent.VC_2, NativeKeyEvent.VC_3,
            NativeKeyEvent.VC_4, NativeKeyEvent.VC_5, NativeKeyEvent.VC_6, NativeKeyEvent.VC_7, NativeKeyEvent.VC_8,
            NativeKeyEvent.VC_9};
        for (int i = 0; i < digits.length; i++) {
            put(String.valueOf(i), digits[i]);
        }
        int[] functions = {NativeKeyEvent.VC_F1, NativeKeyEvent.VC_F2, NativeKeyEvent.VC_F3, NativeKeyEvent.VC_F4,
            NativeKeyEvent.VC_F5, NativeKeyEvent.VC_F6, NativeKeyEvent.VC_F7, NativeKeyEvent.VC_F8,
            NativeKeyEvent.VC_F9, NativeKeyEvent.VC_F10, NativeKeyEvent.VC_F11, NativeKeyEvent.VC_F12};
        for (int i = 0; i < functions.length; i++) {
            put("F" + (i + 1), functions[i]);
        }
        put("Space", NativeKeyEvent.VC_SPACE);
        put("Enter", NativeKeyEvent.VC_ENTER);
        put("Escape", NativeKeyEvent.VC_ESCAPE);
        put("Tab", NativeKeyEvent.VC_TAB);
        put("Backspace", NativeKeyEvent.VC_BACKSPACE);
        put("Insert", NativeKeyEvent.VC_INSERT);
        put("Delete", NativeKeyEvent.VC_DELETE);
        put("Home", NativeKeyEvent.VC_HOME);
        put("End", NativeKeyEvent.VC_END);
        put("PageUp", NativeKeyEvent.VC_PAGE_UP);
        put("PageDown", NativeKeyEvent.VC_PAGE_DOWN);
        put("Up", NativeKeyEvent.VC_UP);
        put("Down", NativeKeyEvent.VC_DOWN);
        put("Left", NativeKeyEvent.VC_LEFT);
        put("Right", NativeKeyEvent.VC_RIGHT);
        put("PrintScreen", NativeKeyEvent.VC_PRINTSCREEN);
        put("Pause", NativeKeyEvent.VC_PAUSE);
        put("Comma", NativeKeyEvent.VC_COMMA);
        put("Period", NativeKeyEvent.VC_PERIOD);
        put("Slash", NativeKeyEvent.VC_SLASH);
        put("Minus", NativeKeyEvent.VC_MINUS);
        put("Equals", NativeKeyEvent.VC_EQUALS);
        CODES.put("esc", NativeKeyEvent.VC_ESCAPE);
        CODES.put("return", NativeKeyEvent.VC_ENTER);
        CODES.put("del", NativeKeyEvent.VC_DELETE);
    }

    private Keys() {
    }

    private static void put(String name, int code) {
        CODES.put(name.toLowerCase(Locale.ROOT), code);
        NAMES.put(code, name);
    }

    /** The code for a key name (any case), or null when Glance does not know it. */
    static Integer code(String name) {
        return CODES.get(name.toLowerCase(Locale.ROOT));
    }

    /** The name of a key code, e.g. "D" or "F5"; unknown codes are written as "key 3639". */
    static String name(int code) {
        String n = NAMES.get(code);
        return n != null ? n : "key " + code;
    }
}
