package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.Objects;

/**
 * One captured picture and where it came from. {@code target} names what was captured so that "what changed" can
 * compare a frame with the previous one of the same thing, e.g. {@code "screen 0,0 1920x1080"} or
 * {@code "window 0x3a00007"}; it never holds a window title (titles can be private).
 */
public record Frame(RgbImage image, CaptureMode mode, String target) {

    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
    }
}
