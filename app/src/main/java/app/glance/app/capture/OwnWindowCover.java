package app.glance.app.capture;

import app.glance.inference.RgbImage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Leaves Glance's own window out of captures (the screen, a region, the window below Glance): its large
 * yellow-on-black print would otherwise be described ("a terminal") and read aloud with the text of the screen. What
 * shows of the window is painted in the colour of the desktop around it, so the picture looks like the desktop
 * without Glance rather than like a black window. Windows stacked above Glance (the one the user works in, when it
 * overlaps) are left as they are: only the parts of Glance's window that are really visible go. Where the stacking
 * order is unknown (not X11), Glance's window is left out only while it has the focus, and so lies on top. Privacy
 * exclusions are a different matter and stay black ({@link PrivacyCover}).
 */
public final class OwnWindowCover {

    /** No own window (the command line). */
    public static final OwnWindowCover NONE = new OwnWindowCover(Optional::empty, () -> false, WindowLayout.NONE);

    /** How much a desktop window must overlap Glance's bounds to be taken for Glance's window (frames differ). */
    private static final double SAME_WINDOW = 0.7;
    /** Width of the band around the window whose colour fills it. */
    private static final int RING = 3;

    private final Supplier<Optional<Region>> own;
    private final BooleanSupplier focused;
    private final WindowLayout layout;

    /**
     * {@code own}: where Glance's window is on the desktop while it shows; {@code focused}: whether it has the focus;
     * {@code layout}: the stacking order.
     */
    public OwnWindowCover(Supplier<Optional<Region>> own, BooleanSupplier focused, WindowLayout layout) {
        this.own = own;
        this.focused = focused;
        this.layout = layout;
    }

    /** Whether a window with these bounds is Glance's own (its frame may differ a little from Glance's idea). */
    public boolean isOwn(Region bounds) {
        return own.get().map(w -> overlap(w, bounds) >= SAME_WINDOW).orElse(false);
    }

    /** {@code image} shows the desktop {@code area}; returns it without Glance's window. */
    public RgbImage apply(RgbImage image, Region area) {
        return apply(image, area, layout);
    }

    /** As {@link #apply(RgbImage, Region)}, with the stacking order of this capture ({@code windows}). */
    public RgbImage apply(RgbImage image, Region area, WindowLayout windows) {
        Optional<Region> window = own.get();
        if (window.isEmpty() || window.get().intersect(area) == null) {
            return image;
        }
        if (focused.getAsBoolean()) {
            // on top: all of it shows, so the stacking order (a few X11 tool runs per window) need not be asked
            return paint(image, area, window.get(), List.of(), true);
        }
        List<Region> stacked;
        try {
            stacked = windows.frontToBack();
        } catch (CaptureException e) {
            stacked = List.of();
        }
        return paint(image, area, window.get(), stacked, false);
    }

    /**
     * Paints the visible parts of {@code window} (desktop coordinates) in the colour of the band around it; when
     * {@code frontToBack} does not hold it, all of it if it is {@code onTop}, else nothing.
     */
    static RgbImage paint(RgbImage image, Region area, Region window, List<Region> frontToBack, boolean onTop) {
        Region self = null;
        List<Region> above = List.of();
        for (int i = 0; i < frontToBack.size(); i++) {
            Region w = frontToBack.get(i);
            if (overlap(w, window) >= SAME_WINDOW) {
                self = w; // the desktop's idea of the window includes its frame and title bar
                above = frontToBack.subList(0, i);
                break;
            }
        }
        if (self == null) {
            if (!onTop) {
                return image; // what lies above it is unknown: painting could hide the window the user works in
            }
            self = window;
        }
        List<Region> visible = visibleParts(self, above);
        if (visible.isEmpty()) {
            return image;
        }
        int[] px = image.rgb().clone();
        int fill = ringColour(image, area, self);
        for (Region part : visible) {
            Region r = part.intersect(area);
            if (r == null) {
                continue;
            }
            for (int y = r.y() - area.y(); y < r.bottom() - area.y(); y++) {
                Arrays.fill(px, y * image.width() + r.x() - area.x(), y * image.width() + r.right() - area.x(), fill);
            }
        }
        return new RgbImage(image.width(), image.height(), px);
    }

    /** {@code window} less every rectangle in {@code above}, as disjoint rectangles. */
    static List<Region> visibleParts(Region window, List<Region> above) {
        List<Region> parts = new ArrayList<>(List.of(window));
        for (Region cut : above) {
            List<Region> next = new ArrayList<>();
            for (Region p : parts) {
                next.addAll(subtract(p, cut));
            }
            parts = next;
        }
        return parts;
    }

    /** Up to four rectangles covering {@code r} less {@code cut}: the bands above and below, then left and right. */
    private static List<Region> subtract(Region r, Region cut) {
        Region c = r.intersect(cut);
        if (c == null) {
            return List.of(r);
        }
        List<Region> out = new ArrayList<>(4);
        if (c.y() > r.y()) {
            out.add(new Region(r.x(), r.y(), r.width(), c.y() - r.y()));
        }
        if (c.bottom() < r.bottom()) {
            out.add(new Region(r.x(), c.bottom(), r.width(), r.bottom() - c.bottom()));
        }
        if (c.x() > r.x()) {
            out.add(new Region(r.x(), c.y(), c.x() - r.x(), c.height()));
        }
        if (c.right() < r.right()) {
            out.add(new Region(c.right(), c.y(), r.right() - c.right(), c.height()));
        }
        return out;
    }

    /** Intersection over union. */
    private static double overlap(Region a, Region b) {
        Region c = a.intersect(b);
        if (c == null) {
            return 0;
        }
        double inter = (double) c.width() * c.height();
        return inter / ((double) a.width() * a.height() + (double) b.width() * b.height() - inter);
    }

    /** The per-channel median of the band just outside {@code window}, in the image; black if none shows. */
    private static int ringColour(RgbImage image, Region area, Region window) {
        int w = image.width();
        int h = image.height();
        int x0 = window.x() - area.x();
        int y0 = window.y() - area.y();
        int x1 = window.right() - area.x();
        int y1 = window.bottom() - area.y();
        int[] r = new int[256];
        int[] g = new int[256];
        int[] b = new int[256];
        int n = 0;
        for (int y = Math.max(0, y0 - RING); y < Math.min(h, y1 + RING); y++) {
            for (int x = Math.max(0, x0 - RING); x < Math.min(w, x1 + RING); x++) {
                if (x >= x0 && x < x1 && y >= y0 && y < y1) {
                    x = x1 - 1; // skip the inside of the row
                    continue;
                }
                int p = image.rgb()[y * w + x];
                r[(p >> 16) & 0xff]++;
                g[(p >> 8) & 0xff]++;
                b[p & 0xff]++;
                n++;
            }
        }
        if (n == 0) {
            return 0x000000;
        }
        return median(r, n) << 16 | median(g, n) << 8 | median(b, n);
    }

    private static int median(int[] histogram, int n) {
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen * 2 >= n) {
                return v;
            }
        }
        return 255;
    }
}
