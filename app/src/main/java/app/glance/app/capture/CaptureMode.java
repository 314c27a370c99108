package app.glance.app.capture;

import app.glance.inference.ImageOrigin;

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

    /** What the describer may assume about a frame taken this way: a screen capture is a screen whatever it shows. */
    public ImageOrigin origin() {
        return switch (this) {
            case SCREEN, WINDOW, REGION -> ImageOrigin.SCREEN;
            case WEBCAM -> ImageOrigin.CAMERA;
            case FILE, CLIPBOARD -> ImageOrigin.UNKNOWN;
        };
    }
}
