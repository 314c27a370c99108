package app.glance.app.capture;

/** What a frame was taken from; part of the cache key, so a region and the whole screen never share an entry. */
public enum CaptureMode {
    SCREEN("the screen"),
    WINDOW("the active window"),
    REGION("the saved region"),
    FILE("an image file"),
    CLIPBOARD("the clipboard image"),
    WEBCAM("the camera picture");

    private final String spoken;

    CaptureMode(String spoken) {
        this.spoken = spoken;
    }

    /** How Glance says it, e.g. "Describing the active window". */
    public String spoken() {
        return spoken;
    }
}
