package app.glance.inference;

/**
 * Where a picture came from, as far as describing it is concerned: a capture of the screen is a screen whatever it
 * shows, a camera frame is a photo, and a file or the clipboard may be either.
 */
public enum ImageOrigin {
    /** The screen, a window or a region of it: always captioned. */
    SCREEN,
    /** A camera frame: captioned only by a model that describes photos. */
    CAMERA,
    /** An image file or the clipboard: captioned unless it looks like a photo and the model does not describe them. */
    UNKNOWN
}
