package app.glance.app.capture;

import java.util.Objects;

/**
 * What capture needs from the settings: which monitor "the screen" is, the saved region (null when none), the
 * privacy exclusion list and the camera.
 */
public record CaptureSettings(ScreenSource.Monitors monitors, Region region, Exclusions exclusions,
                              WebcamSource camera) {

    public CaptureSettings {
        Objects.requireNonNull(monitors, "monitors");
        Objects.requireNonNull(exclusions, "exclusions");
        Objects.requireNonNull(camera, "camera");
    }

    public static CaptureSettings defaults() {
        return new CaptureSettings(ScreenSource.Monitors.UNDER_MOUSE, null, Exclusions.defaults(),
                WebcamSource.systemDefault());
    }

    public CaptureSettings withRegion(Region newRegion) {
        return new CaptureSettings(monitors, newRegion, exclusions, camera);
    }
}
