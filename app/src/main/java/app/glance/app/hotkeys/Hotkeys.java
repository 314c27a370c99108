package app.glance.app.hotkeys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which chord triggers which action, validated: every chord parses, and no chord is given to two actions.
 *
 * <p>The defaults, all Ctrl+Alt plus a letter so they rarely clash with applications:
 * <pre>
 *   Ctrl+Alt+D   describe the screen (the monitor under the mouse)
 *   Ctrl+Alt+W   describe the active window
 *   Ctrl+Alt+R   choose a region (overlay, keyboard or mouse) and describe it
 *   Ctrl+Alt+V   describe the image on the clipboard
 *   Ctrl+Alt+K   describe what the camera sees (it waits up to 2 s for the picture to hold still)
 *   Ctrl+Alt+M   more detail about the last capture
 *   Ctrl+Alt+U   read the line of text under the mouse pointer
 *   Ctrl+Alt+X   read all the text of the last capture   (not Ctrl+Alt+T: that opens a terminal on GNOME and KDE)
 *   Ctrl+Alt+C   say what changed since the last capture
 *   Ctrl+Alt+A   repeat the last description ("again"; not Ctrl+Alt+L: that locks the screen on most desktops)
 *   Ctrl+Alt+S   stop speaking
 *   Ctrl+Alt+G   show or hide the Glance window
 * </pre>
 * Global hooks cannot swallow a key on Linux, so the application under the focus also sees the chord; the window's
 * own keys (F5, F6, F7, F8, F9, F4, Escape) work whenever the window has the focus, hook or not.
 */
public final class Hotkeys {

    private static final Map<HotkeyAction, String> DEFAULTS = defaultChords();

    private final Map<HotkeyAction, Chord> byAction;
    private final Map<Chord, HotkeyAction> byChord;

    private Hotkeys(Map<HotkeyAction, Chord> byAction, Map<Chord, HotkeyAction> byChord) {
        this.byAction = Collections.unmodifiableMap(byAction);
        this.byChord = Collections.unmodifiableMap(byChord);
    }

    private static Map<HotkeyAction, String> defaultChords() {
        Map<HotkeyAction, String> m = new EnumMap<>(HotkeyAction.class);
        m.put(HotkeyAction.DESCRIBE_SCREEN, "Ctrl+Alt+D");
        m.put(HotkeyAction.DESCRIBE_WINDOW, "Ctrl+Alt+W");
        m.put(HotkeyAction.DESCRIBE_REGION, "Ctrl+Alt+R");
        m.put(HotkeyAction.DESCRIBE_CLIPBOARD, "Ctrl+Alt+V");
        m.put(HotkeyAction.DESCRIBE_WEBCAM, "Ctrl+Alt+K");
        m.put(HotkeyAction.MORE_DETAIL, "Ctrl+Alt+M");
        m.put(HotkeyAction.READ_TEXT, "Ctrl+Alt+X");
        m.put(HotkeyAction.READ_UNDER_MOUSE, "Ctrl+Alt+U");
        m.put(HotkeyAction.WHAT_CHANGED, "Ctrl+Alt+C");
        m.put(HotkeyAction.REPEAT_LAST, "Ctrl+Alt+A");
        m.put(HotkeyAction.STOP_SPEECH, "Ctrl+Alt+S");
        m.put(HotkeyAction.SHOW_HIDE, "Ctrl+Alt+G");
        return Collections.unmodifiableMap(m);
    }

    /** The default chords, as text, one per action. */
    public static Map<HotkeyAction, String> defaultChordText() {
        return DEFAULTS;
    }

    public static Hotkeys defaults() {
        try {
            return of(DEFAULTS);
        } catch (HotkeyException e) {
            throw new IllegalStateException("the default hotkeys are invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The defaults with {@code overrides} applied; an override that is blank turns that action's hotkey off.
     * Fails with one sentence naming the first bad chord or the first two actions that share a chord.
     */
    public static Hotkeys of(Map<HotkeyAction, String> overrides) throws HotkeyException {
        Map<HotkeyAction, String> text = new EnumMap<>(HotkeyAction.class);
        text.putAll(DEFAULTS);
        text.putAll(overrides);
        Map<HotkeyAction, Chord> byAction = new EnumMap<>(HotkeyAction.class);
        Map<Chord, HotkeyAction> byChord = new HashMap<>();
        for (Map.Entry<HotkeyAction, String> e : text.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            Chord chord;
            try {
                chord = Chord.parse(e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new HotkeyException("The hotkey for '" + e.getKey().spoken() + "' cannot be used: "
                        + bad.getMessage() + ".");
            }
            HotkeyAction other = byChord.putIfAbsent(chord, e.getKey());
            if (other != null) {
                throw new HotkeyException(chord + " is set for both '" + other.spoken() + "' and '"
                        + e.getKey().spoken() + "'; give one of them another key.");
            }
            byAction.put(e.getKey(), chord);
        }
        return new Hotkeys(byAction, byChord);
    }

    public Optional<HotkeyAction> actionFor(Chord chord) {
        return Optional.ofNullable(byChord.get(chord));
    }

    public Optional<Chord> chordFor(HotkeyAction action) {
        return Optional.ofNullable(byAction.get(action));
    }

    /** Every binding, in action order. */
    public Map<HotkeyAction, Chord> bindings() {
        return byAction;
    }
}
