package app.glance.app.hotkeys;

/** What a global hotkey can ask Glance to do. The names are what the settings file and the Keys list show. */
public enum HotkeyAction {
    DESCRIBE_SCREEN("describe the screen"),
    DESCRIBE_WINDOW("describe the active window"),
    DESCRIBE_REGION("choose a region of the screen and describe it"),
    DESCRIBE_CLIPBOARD("describe the image on the clipboard"),
    DESCRIBE_WEBCAM("describe what the camera sees"),
    MORE_DETAIL("more detail about the last capture"),
    READ_TEXT("read all the text of the last capture"),
    READ_UNDER_MOUSE("read the line of text under the mouse pointer"),
    WHAT_CHANGED("say what changed since the last capture"),
    REPEAT_LAST("repeat the last description"),
    STOP_SPEECH("stop speaking"),
    SHOW_HIDE("show or hide the Glance window");

    private final String spoken;

    HotkeyAction(String spoken) {
        this.spoken = spoken;
    }

    /** A lower-case phrase for messages and the Keys list, e.g. "describe the active window". */
    public String spoken() {
        return spoken;
    }
}
