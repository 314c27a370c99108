package app.glance.app.hotkeys;

/** The hotkey settings cannot be used as they are; the message is one sentence for the user. */
public final class HotkeyException extends Exception {

    public HotkeyException(String sentence) {
        super(sentence);
    }
}
