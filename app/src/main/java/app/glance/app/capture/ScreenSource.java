package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.List;
import java.util.Optional;

/**
 * The whole screen. With several monitors: the one under the mouse pointer (the default, since that is where a
 * low-vision user is looking), or all of them as one picture.
 */
public final class ScreenSource implements FrameSource {

    /** Which monitor(s) "the screen" means. */
    public enum Monitors { UNDER_MOUSE, ALL }

    private final ScreenPixels pixels;
    private final Monitors monitors;
    private final PrivacyCover.ExcludedWindows excluded;
    private final WindowLayout layout;
    private final OwnWindowCover own;

    public ScreenSource(ScreenPixels pixels, Monitors monitors) {
        this(pixels, monitors, PrivacyCover.ExcludedWindows.NONE, WindowLayout.NONE, OwnWindowCover.NONE);
    }

    /**
     * Blacks out the windows {@code excluded} finds (see {@link PrivacyCover}), and hands on where the windows are
     * ({@code layout}, asked only when the text is read) so the text can be read window by window, and leaves
     * Glance's own window out ({@code own}).
     */
    public ScreenSource(ScreenPixels pixels, Monitors monitors, PrivacyCover.ExcludedWindows excluded,
                        WindowLayout layout, OwnWindowCover own) {
        this.pixels = pixels;
        this.monitors = monitors;
        this.excluded = excluded;
        this.layout = layout;
        this.own = own;
    }

    @Override
    public Frame capture() throws CaptureException {
        Region area = area(pixels.screens(), pixels.pointer(), monitors);
        List<Region> hidden = excluded.find();
        WindowLayout windows = WindowLayout.remembered(layout); // asked once for both uses
        RgbImage shown = own.apply(PrivacyCover.apply(pixels.grab(area), area, hidden), area, windows);
        return new Frame(shown, CaptureMode.SCREEN, "screen " + area,
                () -> WindowLayout.within(windows, area));
    }

    /** The desktop area to grab: the monitor under the pointer (else the primary), or the union of all. */
    static Region area(List<Region> screens, Optional<int[]> pointer, Monitors monitors) throws CaptureException {
        if (screens.isEmpty()) {
            throw new CaptureException(CaptureException.Reason.UNAVAILABLE, "There is no screen to capture here.");
        }
        if (monitors == Monitors.ALL) {
            int l = Integer.MAX_VALUE;
            int t = Integer.MAX_VALUE;
            int r = Integer.MIN_VALUE;
            int b = Integer.MIN_VALUE;
            for (Region s : screens) {
                l = Math.min(l, s.x());
                t = Math.min(t, s.y());
                r = Math.max(r, s.right());
                b = Math.max(b, s.bottom());
            }
            return new Region(l, t, r - l, b - t);
        }
        if (pointer.isPresent()) {
            int[] p = pointer.get();
            for (Region s : screens) {
                if (s.contains(p[0], p[1])) {
                    return s;
                }
            }
        }
        return screens.get(0);
    }
}
