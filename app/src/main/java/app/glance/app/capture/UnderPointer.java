package app.glance.app.capture;

import app.glance.inference.TextLine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Read the text under the mouse": a band of the screen around the pointer (wide, since lines are wide; short,
 * since only one line is wanted), and the OCR line the pointer is on, else the nearest line on the same row.
 */
public final class UnderPointer {

    static final int BAND_WIDTH = 900;
    static final int BAND_HEIGHT = 120;
    /** How far above or below a line the pointer may be and still mean it. */
    static final int ROW_SLACK = 12;

    /** The band that was grabbed and where the pointer is inside it. */
    public record Band(Frame frame, int pointerX, int pointerY) {
    }

    private UnderPointer() {
    }

    /** Grabs the band around the pointer, clipped to the monitor it is on. */
    public static Band grab(ScreenPixels pixels, PrivacyCover.ExcludedWindows excluded) throws CaptureException {
        int[] p = pixels.pointer().orElseThrow(() -> new CaptureException(CaptureException.Reason.UNAVAILABLE,
                "Glance cannot tell where the mouse pointer is here."));
        Region screen = ScreenSource.area(pixels.screens(), Optional.of(p), ScreenSource.Monitors.UNDER_MOUSE);
        Region wanted = new Region(p[0] - BAND_WIDTH / 2, p[1] - BAND_HEIGHT / 2, BAND_WIDTH, BAND_HEIGHT);
        Region band = wanted.intersect(screen);
        if (band == null) {
            throw new CaptureException(CaptureException.Reason.NOTHING, "The mouse pointer is not on a screen.");
        }
        Frame f = new Frame(PrivacyCover.apply(pixels.grab(band), band, excluded.find()), CaptureMode.SCREEN,
                "under the pointer " + band);
        return new Band(f, p[0] - band.x(), p[1] - band.y());
    }

    /** The line whose box holds the pointer; else the closest one on the pointer's row; else empty. */
    public static Optional<TextLine> pick(List<TextLine> lines, int x, int y) {
        Optional<TextLine> inside = lines.stream()
                .filter(l -> x >= l.x() && x < l.x() + l.width() && y >= l.y() && y < l.y() + l.height())
                .findFirst();
        if (inside.isPresent()) {
            return inside;
        }
        return lines.stream()
                .filter(l -> y >= l.y() - ROW_SLACK && y < l.y() + l.height() + ROW_SLACK)
                .min(Comparator.comparingInt(l -> Math.max(0, Math.max(l.x() - x, x - (l.x() + l.width())))));
    }
}
