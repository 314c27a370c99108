package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.List;
import java.util.Optional;

/**
 * The desktop as capture code sees it: the monitors' bounds, the mouse position and a way to grab pixels. The real
 * one uses AWT's {@code Robot}; tests pass a painted fake.
 */
public interface ScreenPixels {

    /** Each monitor's bounds in desktop coordinates, the primary first. Empty when there is no display. */
    List<Region> screens();

    /** Where the mouse pointer is, when that can be known. */
    Optional<int[]> pointer();

    /** The pixels inside {@code area} (desktop coordinates). */
    RgbImage grab(Region area) throws CaptureException;

    /** The real desktop through AWT. */
    static ScreenPixels system() {
        return new RobotScreenPixels();
    }
}
