package app.glance.app.capture;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Every place the desktop app captures from, built once from the settings. */
public record FrameSources(FrameSource screen, FrameSource activeWindow, FrameSource region, FrameSource clipboard,
                           FrameSource webcam, ScreenPixels pixels, PrivacyCover.ExcludedWindows excluded) {

    /** The real desktop: AWT for pixels and the clipboard, X11 tools for the active window. */
    public static FrameSources system(Supplier<CaptureSettings> settings) {
        return system(settings, Optional::empty, () -> false);
    }

    /**
     * As {@link #system(Supplier)}, leaving Glance's own window out ({@code ownWindow}: where it shows;
     * {@code ownFocused}: whether it has the focus).
     */
    public static FrameSources system(Supplier<CaptureSettings> settings, Supplier<Optional<Region>> ownWindow,
                                      BooleanSupplier ownFocused) {
        ScreenPixels pixels = ScreenPixels.system();
        PrivacyCover.ExcludedWindows excluded = PrivacyCover.ExcludedWindows.system(() -> settings.get().exclusions());
        WindowLayout layout = WindowLayout.system();
        OwnWindowCover own = new OwnWindowCover(ownWindow, ownFocused, layout);
        return new FrameSources(
                () -> new ScreenSource(pixels, settings.get().monitors(), excluded, layout, own).capture(),
                () -> new ActiveWindowSource(ActiveWindow.system(), pixels, settings.get().exclusions(), own)
                        .capture(),
                new RegionSource(() -> settings.get().region(), pixels, excluded, own),
                new ClipboardSource(),
                () -> settings.get().camera().capture(), // WindowCommand adds the live preview
                pixels, excluded);
    }

    /** An image file. */
    public static FrameSource file(Path file) {
        return new ImageFileSource(file);
    }
}
