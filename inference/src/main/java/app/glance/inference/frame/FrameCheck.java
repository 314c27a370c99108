package app.glance.inference.frame;

import app.glance.inference.ImageOrigin;
import app.glance.inference.RgbImage;

import java.util.Arrays;
import java.util.Optional;

/**
 * Honesty before fluency: finds frames with nothing to describe (black, blank white, one solid or almost uniform
 * colour, or too small) and says so in a plain sentence, so that they never reach the captioner, which would
 * otherwise invent content.
 *
 * <p>Fast by sampling: a 16x16 grid estimates the dominant colour, then about 360 evenly spaced full rows are scanned
 * for sharp edges between neighbouring pixels (text, icons, borders), stopping at the first few. Smooth noise and
 * gentle gradients make no edges; a single short line of text makes dozens.
 */
public final class FrameCheck {

    /** Images smaller than this on either side are not described. */
    static final int MIN_SIDE = 16;
    /** A jump of more than this (largest channel difference) between neighbouring pixels is an edge. */
    private static final int EDGE_STEP = 48;
    /** More sampled edges than this mean there is content (a 12 px "OK" gives about 24). */
    private static final int EDGE_LIMIT = 12;
    /** A sample this close to the dominant colour (largest channel difference) counts as the same colour. */
    private static final int SOLID_TOLERANCE = 12;
    private static final int NEAR_TOLERANCE = 40;
    private static final double SOLID_SHARE = 0.995;
    private static final double NEAR_SHARE = 0.98;
    private static final int ROWS_SAMPLED = 360;

    private FrameCheck() {
    }

    /**
     * A sentence for a frame that has nothing to describe, for example "The screen is black.", or empty when the
     * frame may show something and should be captioned.
     */
    public static Optional<String> describeTrivial(RgbImage image) {
        return describeTrivial(image, ImageOrigin.SCREEN);
    }

    /**
     * As {@link #describeTrivial(RgbImage)}, saying what the picture is by where it came from: "The screen is
     * black.", "The camera picture is black." (a covered lens), "The picture is black." (a file, the clipboard).
     */
    public static Optional<String> describeTrivial(RgbImage image, ImageOrigin origin) {
        String subject = subject(origin);
        if (image.width() < MIN_SIDE || image.height() < MIN_SIDE) {
            return Optional.of("The image is too small to describe.");
        }
        int dominant = dominantColour(image);
        int[] rgb = image.rgb();
        int w = image.width();
        int rowStep = Math.max(1, image.height() / ROWS_SAMPLED);
        int edges = 0;
        long samples = 0, solid = 0, near = 0;
        for (int y = 0; y < image.height(); y += rowStep) {
            int row = y * w;
            int prev = rgb[row];
            for (int x = 1; x < w; x++) {
                int p = rgb[row + x];
                if (p != prev && distance(p, prev) > EDGE_STEP && ++edges > EDGE_LIMIT) {
                    return Optional.empty();
                }
                prev = p;
            }
            for (int x = 0; x < w; x += 4) {
                int d = distance(rgb[row + x], dominant);
                samples++;
                if (d <= SOLID_TOLERANCE) {
                    solid++;
                }
                if (d <= NEAR_TOLERANCE) {
                    near++;
                }
            }
        }
        if (solid >= SOLID_SHARE * samples) {
            return Optional.of(solidSentence(subject, dominant));
        }
        if (near >= NEAR_SHARE * samples) {
            return Optional.of(subject + " is almost entirely " + ColourNames.name(dominant) + ".");
        }
        return Optional.empty(); // large smooth areas of different colours: a blurred photo, say
    }

    /** What a picture from {@code origin} is called at the start of a sentence: "The screen", "The picture". */
    public static String subject(ImageOrigin origin) {
        return switch (origin) {
            case SCREEN -> "The screen";
            case CAMERA -> "The camera picture";
            case UNKNOWN -> "The picture";
        };
    }

    private static String solidSentence(String subject, int colour) {
        String name = ColourNames.name(colour);
        return switch (name) {
            case "black" -> subject + " is black.";
            case "white" -> subject + " is blank white.";
            default -> subject + " is a solid " + name + " colour.";
        };
    }

    /** Per-channel median of a 16x16 grid of samples. */
    private static int dominantColour(RgbImage image) {
        int n = 16;
        int[] r = new int[n * n], g = new int[n * n], b = new int[n * n];
        int i = 0;
        for (int gy = 0; gy < n; gy++) {
            int y = (int) ((gy + 0.5) * image.height() / n);
            for (int gx = 0; gx < n; gx++) {
                int p = image.at((int) ((gx + 0.5) * image.width() / n), y);
                r[i] = p >> 16 & 0xFF;
                g[i] = p >> 8 & 0xFF;
                b[i++] = p & 0xFF;
            }
        }
        return median(r) << 16 | median(g) << 8 | median(b);
    }

    private static int median(int[] v) {
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Largest difference of one colour channel. */
    static int distance(int a, int b) {
        int dr = Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF));
        int dg = Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF));
        int db = Math.abs((a & 0xFF) - (b & 0xFF));
        return Math.max(dr, Math.max(dg, db));
    }
}
