package app.glance.app.capture;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Every place the desktop app captures from, built once from the settings. */
public record FrameSources(FrameSource screen, FrameSource activeWindow, FrameSource region, FrameSource clipboard,
                           FrameSource webcam) {

    /** The real desktop: AWT for pixels and the clipboard, X11 tools for the active window. */
    public static FrameSources system(Supplier<CaptureSettings> settings) {
        ScreenPixels pixels = ScreenPixels.system();
        PrivacyCover.ExcludedWindows excluded = PrivacyCover.ExcludedWindows.system(() -> settings.get().exclusions());
        return new FrameSources(
                () -> new ScreenSource(pixels, settings.get().monitors(), excluded).capture(),
                () -> new ActiveWindowSource(ActiveWindow.system(), pixels, settings.get().exclusions()).capture(),
                new RegionSource(() -> settings.get().region(), pixels, excluded),
                new ClipboardSource(),
                () -> settings.get().camera().capture());
    }

    /** An image file. */
    public static FrameSource file(Path file) {
        return new ImageFileSource(file);
    }
}
