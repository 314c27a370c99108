package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One captured picture and where it came from. {@code target} names what was captured so that "what changed" can
 * compare a frame with the previous one of the same thing, e.g. {@code "screen 0,0 1920x1080"} or
 * {@code "window 0x3a00007"}; it never holds a window title (titles can be private).
 */
public record Frame(RgbImage image, CaptureMode mode, String target, Supplier<List<Region>> windows) {

    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(windows, "windows");
    }

    /** A frame whose windows are unknown (a file, the clipboard, a camera, a single window). */
    public Frame(RgbImage image, CaptureMode mode, String target) {
        this(image, mode, target, List::of);
    }

    /** The windows in the picture as {x, y, width, height} in its pixels, front first; asked when needed. */
    public Supplier<List<int[]>> windowBoxes() {
        return () -> windows.get().stream().map(r -> new int[] {r.x(), r.y(), r.width(), r.height()}).toList();
    }
}
