package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.List;

/**
 * Blacks out the windows on the privacy exclusion list wherever they show in a capture of the screen or of a region,
 * before anything else sees the pixels (cache, OCR, model). The window's whole rectangle goes, including the parts of
 * other windows that may lie above it: when in doubt, Glance hides.
 */
public final class PrivacyCover {

    /** Finds the excluded windows on screen now (their bounds in desktop coordinates). */
    @FunctionalInterface
    public interface ExcludedWindows {
        List<Region> find() throws CaptureException;

        ExcludedWindows NONE = List::of;

        /** X11 (xprop/xwininfo) and Windows (user32's EnumWindows); none elsewhere yet (macOS, Wayland). */
        static ExcludedWindows system(java.util.function.Supplier<Exclusions> exclusions) {
            String os = System.getProperty("os.name", "").toLowerCase();
            if (os.contains("win")) {
                try {
                    Win32ActiveWindow windows = Win32ActiveWindow.load();
                    return () -> windows.excludedOnScreen(exclusions.get()).stream().map(WindowInfo::bounds).toList();
                } catch (UnsatisfiedLinkError | RuntimeException e) {
                    return NONE;
                }
            }
            if (!(os.contains("linux") || os.contains("bsd")) || System.getenv("DISPLAY") == null) {
                return NONE;
            }
            X11ActiveWindow x11 = new X11ActiveWindow(X11ActiveWindow.Commands.system());
            return () -> x11.excludedOnScreen(exclusions.get()).stream().map(WindowInfo::bounds).toList();
        }
    }

    private PrivacyCover() {
    }

    /** {@code image} shows the desktop {@code area}; returns it with every excluded rectangle filled black. */
    public static RgbImage apply(RgbImage image, Region area, List<Region> excluded) {
        if (excluded.isEmpty()) {
            return image;
        }
        int[] px = image.rgb().clone();
        boolean changed = false;
        for (Region w : excluded) {
            int x0 = Math.max(0, w.x() - area.x());
            int y0 = Math.max(0, w.y() - area.y());
            int x1 = Math.min(image.width(), w.right() - area.x());
            int y1 = Math.min(image.height(), w.bottom() - area.y());
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    px[y * image.width() + x] = 0x000000;
                    changed = true;
                }
            }
        }
        return changed ? new RgbImage(image.width(), image.height(), px) : image;
    }
}
