package app.glance.app.capture;

import java.util.function.Supplier;

/**
 * A re-usable region of the desktop saved in the settings (e.g. a chat pane or a status area the user checks
 * often). Read at every capture, so a region saved meanwhile is used at once.
 */
public final class RegionSource implements FrameSource {

    static final String NONE_SAVED = "No region is saved yet. Save one in the settings as x, y, width and height.";

    private final Supplier<Region> saved;
    private final ScreenPixels pixels;
    private final PrivacyCover.ExcludedWindows excluded;
    private final OwnWindowCover own;

    /** {@code saved} returns the current saved region, or null when there is none. */
    public RegionSource(Supplier<Region> saved, ScreenPixels pixels) {
        this(saved, pixels, PrivacyCover.ExcludedWindows.NONE, OwnWindowCover.NONE);
    }

    /** Blacks out the windows {@code excluded} finds (see {@link PrivacyCover}) and leaves Glance's own out. */
    public RegionSource(Supplier<Region> saved, ScreenPixels pixels, PrivacyCover.ExcludedWindows excluded,
                        OwnWindowCover own) {
        this.saved = saved;
        this.pixels = pixels;
        this.excluded = excluded;
        this.own = own;
    }

    @Override
    public Frame capture() throws CaptureException {
        Region r = saved.get();
        if (r == null) {
            throw new CaptureException(CaptureException.Reason.NOTHING, NONE_SAVED);
        }
        Region visible = ActiveWindowSource.visiblePart(r, pixels.screens());
        if (visible == null) {
            throw new CaptureException(CaptureException.Reason.NOTHING, "The saved region is not on any screen.");
        }
        return new Frame(own.apply(PrivacyCover.apply(pixels.grab(visible), visible, excluded.find()), visible),
                CaptureMode.REGION, "region " + r);
    }
}
