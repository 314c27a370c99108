package app.glance.app.capture;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Every place the desktop app captures from, built once from the settings. */
public record FrameSources(FrameSource screen, FrameSource activeWindow, FrameSource region, FrameSource clipboard,
                           FrameSource webcam, ScreenPixels pixels, PrivacyCover.ExcludedWindows excluded) {

    /** The real desktop: AWT for pixels and the clipboard, X11 tools for the active window. */
    public static FrameSources system(Supplier<CaptureSettings> settings) {
        return system(settings, PrivacyCover.ExcludedWindows.NONE);
    }

    /** As {@link #system(Supplier)}, also covering what {@code alsoCovered} finds (e.g. Glance's own window). */
    public static FrameSources system(Supplier<CaptureSettings> settings, PrivacyCover.ExcludedWindows alsoCovered) {
        ScreenPixels pixels = ScreenPixels.system();
        PrivacyCover.ExcludedWindows listed = PrivacyCover.ExcludedWindows.system(() -> settings.get().exclusions());
        WindowLayout layout = WindowLayout.system();
        PrivacyCover.ExcludedWindows excluded = () -> {
            java.util.List<Region> all = new java.util.ArrayList<>(listed.find());
            all.addAll(alsoCovered.find());
            return all;
        };
        return new FrameSources(
                () -> new ScreenSource(pixels, settings.get().monitors(), excluded, layout).capture(),
                () -> new ActiveWindowSource(ActiveWindow.system(), pixels, settings.get().exclusions()).capture(),
                new RegionSource(() -> settings.get().region(), pixels, excluded),
                new ClipboardSource(),
                () -> settings.get().camera().capture(), // WindowCommand adds the live preview
                pixels, excluded);
    }

    /** An image file. */
    public static FrameSource file(Path file) {
        return new ImageFileSource(file);
    }
}
