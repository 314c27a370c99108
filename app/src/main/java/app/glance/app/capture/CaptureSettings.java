package app.glance.app.capture;

import java.util.Objects;

/**
 * What capture needs from the settings: which monitor "the screen" is, the saved region (null when none) and the
 * privacy exclusion list.
 */
public record CaptureSettings(ScreenSource.Monitors monitors, Region region, Exclusions exclusions) {

    public CaptureSettings {
        Objects.requireNonNull(monitors, "monitors");
        Objects.requireNonNull(exclusions, "exclusions");
    }

    public static CaptureSettings defaults() {
        return new CaptureSettings(ScreenSource.Monitors.UNDER_MOUSE, null, Exclusions.defaults());
    }

    public CaptureSettings withRegion(Region newRegion) {
        return new CaptureSettings(monitors, newRegion, exclusions);
    }
}
