package app.glance.ui;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts: the one place that says which keys do what, so that the buttons, the key
 * handler and the help text can never disagree. Ctrl is the platform shortcut key (Cmd on macOS).
 */
enum Shortcut {
    DESCRIBE_SCREEN("F5", "Describe screen", "Describe the whole screen", key(KeyCode.F5)),
    DESCRIBE_WINDOW("F6", "Active window", "Describe the active window", key(KeyCode.F6)),
    DESCRIBE_REGION("F7", "Region", "Choose a region with the mouse or the arrow keys, then describe it", key(KeyCode.F7)),
    DESCRIBE_CAMERA("F3", "Camera", "Describe what the camera sees; hold the page still for a moment",
            key(KeyCode.F3)),
    OPEN_IMAGE("Ctrl+O", "Open image", "Describe an image file (you can also drop a file on the window)",
            key(KeyCode.O, SHORTCUT_DOWN)),
    MORE_DETAIL("F8", "More detail", "A detailed description of the last capture", key(KeyCode.F8)),
    READ_TEXT("F9", "Read text", "Read aloud all the text found in the last capture", key(KeyCode.F9)),
    REPEAT("F4", "Repeat", "Say the last description again", key(KeyCode.F4)),
    STOP("Escape", "Stop", "Stop speaking", key(KeyCode.ESCAPE)),
    COPY("Ctrl+Shift+C", "Copy", "Copy the description and its text to the clipboard",
            key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN)),
    SAVE("Ctrl+S", "Save", "Save the shown description and its text to a file (choose one in History first to save "
            + "an older one)", key(KeyCode.S, SHORTCUT_DOWN)),
    BIGGER("Ctrl+Plus", "Bigger", "Make the text bigger",
            key(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY), key(KeyCode.PLUS, SHORTCUT_DOWN, SHIFT_ANY),
            key(KeyCode.ADD, SHORTCUT_DOWN)),
    SMALLER("Ctrl+Minus", "Smaller", "Make the text smaller",
            key(KeyCode.MINUS, SHORTCUT_DOWN, SHIFT_ANY), key(KeyCode.SUBTRACT, SHORTCUT_DOWN)),
    RESET_SIZE("Ctrl+0", "Normal text size", "Set the text back to its normal size",
            key(KeyCode.DIGIT0, SHORTCUT_DOWN), key(KeyCode.NUMPAD0, SHORTCUT_DOWN)),
    THEME("Ctrl+T", "Colours", "Switch colours: yellow on black, white on black, black on white",
            key(KeyCode.T, SHORTCUT_DOWN)),
    SHOW_DESCRIPTION("Ctrl+1", "Description", "Go to the description", key(KeyCode.DIGIT1, SHORTCUT_DOWN)),
    SHOW_TEXT("Ctrl+2", "Text", "Go to the text found on screen", key(KeyCode.DIGIT2, SHORTCUT_DOWN)),
    SHOW_HISTORY("Ctrl+3", "History", "Go to past descriptions; Enter shows and reads the chosen one",
            key(KeyCode.DIGIT3, SHORTCUT_DOWN)),
    BUTTONS("Ctrl+B", "Buttons", "Hide or show the buttons, to give the text more room",
            key(KeyCode.B, SHORTCUT_DOWN)),
    SETTINGS("Ctrl+Comma", "Settings", "Voice, rate, hotkeys, camera, privacy list and more",
            key(KeyCode.COMMA, SHORTCUT_DOWN)),
    HELP("F1", "Keys", "List these keys", key(KeyCode.F1)),
    QUIT("Ctrl+Q", "Quit", "Close Glance", key(KeyCode.Q, SHORTCUT_DOWN));

    private final String keys;
    private final String label;
    private final String help;
    private final List<KeyCombination> combinations;

    Shortcut(String keys, String label, String help, KeyCombination... combinations) {
        this.keys = keys;
        this.label = label;
        this.help = help;
        this.combinations = List.of(combinations);
    }

    /** How the keys are written for people, e.g. "Ctrl+O". */
    String keys() {
        return keys;
    }

    /** A short button label, e.g. "Describe screen". */
    String label() {
        return label;
    }

    /** One sentence saying what it does. */
    String help() {
        return help;
    }

    boolean matches(KeyEvent event) {
        for (KeyCombination c : combinations) {
            if (c.match(event)) {
                return true;
            }
        }
        return false;
    }

    /** The shortcut a key press stands for, if any. */
    static Optional<Shortcut> of(KeyEvent event) {
        for (Shortcut s : values()) {
            if (s.matches(event)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The help text: one line per shortcut, "F5: Describe the whole screen." */
    static String helpText() {
        StringBuilder out = new StringBuilder("Keys in the Glance window\n\n");
        for (Shortcut s : values()) {
            out.append(s.keys).append(": ").append(s.help).append(".\n");
        }
        out.append("\nTab and Shift+Tab move between controls; Space or Enter presses a button.");
        return out.toString();
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
