package app.glance.app.capture;

import java.util.List;
import java.util.Optional;

/**
 * The focused window, clipped to the monitors. A window on the exclusion list is never grabbed: its pixels are not
 * read at all, and the user hears one sentence instead. When the focused window is Glance's own (the user pressed
 * its "Active window" button), the window below it is meant, the one the user worked in before; what of Glance
 * lies over it is left out.
 */
public final class ActiveWindowSource implements FrameSource {

    static final String EXCLUDED = "The active window is on Glance's privacy list, so it was not captured.";

    private final ActiveWindow windows;
    private final ScreenPixels pixels;
    private final Exclusions exclusions;
    private final OwnWindowCover own;

    public ActiveWindowSource(ActiveWindow windows, ScreenPixels pixels, Exclusions exclusions) {
        this(windows, pixels, exclusions, OwnWindowCover.NONE);
    }

    public ActiveWindowSource(ActiveWindow windows, ScreenPixels pixels, Exclusions exclusions, OwnWindowCover own) {
        this.windows = windows;
        this.pixels = pixels;
        this.exclusions = exclusions;
        this.own = own;
    }

    @Override
    public Frame capture() throws CaptureException {
        Optional<WindowInfo> found = windows.find();
        if (found.isEmpty()) {
            throw new CaptureException(CaptureException.Reason.NOTHING, "No active window was found.");
        }
        WindowInfo w = found.get();
        if (own.isOwn(w.bounds())) {
            w = windows.below(w).orElseThrow(() -> new CaptureException(CaptureException.Reason.NOTHING,
                    "Glance's own window is the active one; switch to the window to describe and press the "
                    + "active-window key there."));
        }
        if (exclusions.match(w).isPresent()) {
            throw new CaptureException(CaptureException.Reason.EXCLUDED, EXCLUDED);
        }
        Region visible = visiblePart(w.bounds(), pixels.screens());
        if (visible == null) {
            throw new CaptureException(CaptureException.Reason.NOTHING, "The active window is not on any screen.");
        }
        return new Frame(own.apply(pixels.grab(visible), visible), CaptureMode.WINDOW, "window " + w.id());
    }

    /** The largest part of the window that lies on one monitor (grabbing across monitors can fail on some X servers). */
    static Region visiblePart(Region window, List<Region> screens) {
        Region best = null;
        for (Region s : screens) {
            Region part = window.intersect(s);
            if (part != null && (best == null || (long) part.width() * part.height() > (long) best.width() * best.height())) {
                best = part;
            }
        }
        return best;
    }
}
