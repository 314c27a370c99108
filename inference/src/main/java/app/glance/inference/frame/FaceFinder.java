package app.glance.inference.frame;

import app.glance.inference.RgbImage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds people's faces, seen from the front, in a photo or a camera picture: what Glance can say of a photo that its
 * screen model cannot describe ("One face, in the middle, close up."), so that a blind user can tell whether they are
 * in the picture of their webcam. Two of OpenCV's cascades of Haar-like features (the frontal face detectors "alt2",
 * by Rainer Lienhart, and "default"; Intel's licence for the Open Source Computer Vision Library, kept in each file)
 * search the picture at every scale as OpenCV's {@code detectMultiScale} does (scale step 1.1, more than 3 neighbouring
 * detections), at most 480 pixels on its long side, for faces from a twelfth of its short side; a face counts where
 * both cascades find it (the second searches only around the first one's faces), and not where it lies inside a larger
 * face or on a flat area (text and panels: a screen's, not a face's).
 *
 * <p>Measured (2026-11-30, these 2 cores): 17 of the 23 faces in 7 photos (six group photos from the face-api
 * package's demo, and scikit-image's astronaut), with one false face (a round badge on a uniform); none in 20 photos
 * and pictures without people (scikit-image's samples: a cat, coffee, coins, a horse, a rocket, a page, the moon...);
 * none on 1,027 screenshots of real applications, where OpenCV's own "alt2" alone (at 640 pixels, faces from a
 * sixteenth) found faces on 35 (text and icons). 100-190 ms a picture; reading the cascades takes 0.3-0.45 s, once.
 * Faces turned to the side or looking down are often missed: Glance says how many it found, never that there are no
 * others.
 */
public final class FaceFinder {

    /** A face: its box in the picture's pixels. */
    public record Face(int x, int y, int width, int height) {
        double centreX() {
            return x + width / 2.0;
        }

        double centreY() {
            return y + height / 2.0;
        }
    }

    /** The picture is searched at most this large (long side), which also bounds the time a search takes. */
    static final int SEARCHED_SIDE = 480;
    /** The smallest face searched for, as a share of the searched picture's short side ... */
    static final int MIN_FACE_DIVISOR = 12;
    /** ... and in pixels. */
    static final int MIN_FACE = 24;
    private static final double SCALE_STEP = 1.1;
    /** A face needs more than this many overlapping detections (OpenCV's minNeighbors). */
    private static final int MIN_NEIGHBOURS = 3;
    /** How near two detections must be to be one (OpenCV's grouping). */
    private static final double GROUP_EPS = 0.2;
    /** Two cascades' boxes are the same face when they overlap by this much (intersection over union). */
    static final double SAME_FACE = 0.3;
    /** A box where this share of neighbouring pixels or more are flat (within 1) is text or a panel, not a face. */
    static final double FLAT_AT = 0.45;

    private static final class Bundled {
        static final FaceFinder INSTANCE = load();

        private static FaceFinder load() {
            try {
                return new FaceFinder(cascade("haarcascade_frontalface_alt2.xml.gz"),
                        cascade("haarcascade_frontalface_default.xml.gz"));
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled face cascades cannot be read: " + e.getMessage(), e);
            }
        }

        private static HaarCascade cascade(String name) throws IOException {
            InputStream in = FaceFinder.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            try (InputStream xml = new GZIPInputStream(in)) {
                return HaarCascade.read(xml);
            }
        }
    }

    private final HaarCascade first;
    private final HaarCascade second;

    FaceFinder(HaarCascade first, HaarCascade second) {
        this.first = first;
        this.second = second;
    }

    /** The finder with Glance's bundled cascades, read once (0.3-0.45 s on two cores) on first use. */
    public static FaceFinder bundled() {
        return Bundled.INSTANCE;
    }

    /** The faces in {@code image}, largest first. */
    public List<Face> find(RgbImage image) {
        // blocks of k x k pixels averaged, then scaled (bilinear) to the searched size
        int longSide = Math.max(image.width(), image.height());
        int k = Math.max(1, longSide / SEARCHED_SIDE);
        double scale = Math.min(1, (double) SEARCHED_SIDE * k / longSide) / k; // searched pixels per image pixel
        int bw = image.width() / k;
        int bh = image.height() / k;
        int w = (int) Math.round(image.width() * scale);
        int h = (int) Math.round(image.height() * scale);
        if (w <= first.width() || h <= first.height()) {
            return List.of();
        }
        int[] grey = resized(grey(image, k, bw, bh), bw, bh, w, h);
        int minFace = Math.max(MIN_FACE, Math.min(w, h) / MIN_FACE_DIVISOR);
        List<Face> a = detect(first, grey, w, h, minFace);
        if (a.isEmpty()) {
            return List.of();
        }
        List<Face> faces = new ArrayList<>();
        for (Face f : a.stream().sorted(Comparator.comparingInt(Face::width).reversed()).toList()) {
            boolean confirmed = confirmed(f, grey, w, h);
            boolean inside = faces.stream().anyMatch(g -> overlap(f, g) > 0.2 || within(f, g));
            if (confirmed && !inside && flatShare(grey, w, h, f) < FLAT_AT) {
                faces.add(f);
            }
        }
        List<Face> inImage = new ArrayList<>();
        for (Face f : faces) {
            inImage.add(new Face((int) Math.round(f.x() / scale), (int) Math.round(f.y() / scale),
                    (int) Math.round(f.width() / scale), (int) Math.round(f.height() / scale)));
        }
        return inImage;
    }

    /**
     * Whether the second cascade finds {@code face} too: it searches only around it (half the face's size on each
     * side), for faces from 0.7 to 1.4 times its size, which takes a few milliseconds instead of a whole search.
     */
    private boolean confirmed(Face face, int[] grey, int w, int h) {
        int x0 = Math.max(0, face.x() - face.width() / 2);
        int y0 = Math.max(0, face.y() - face.height() / 2);
        int x1 = Math.min(w, face.x() + face.width() * 3 / 2);
        int y1 = Math.min(h, face.y() + face.height() * 3 / 2);
        int cw = x1 - x0;
        int ch = y1 - y0;
        int[] crop = new int[cw * ch];
        for (int y = 0; y < ch; y++) {
            System.arraycopy(grey, (y0 + y) * w + x0, crop, y * cw, cw);
        }
        Face near = new Face(face.x() - x0, face.y() - y0, face.width(), face.height());
        for (Face g : detect(second, crop, cw, ch, (int) (face.width() * 0.7), face.width() * 1.4)) {
            if (overlap(near, g) > SAME_FACE) {
                return true;
            }
        }
        return false;
    }

    /** The picture in grey (OpenCV's weights), each k x k block averaged into one pixel of the w x h result. */
    private static int[] grey(RgbImage image, int k, int w, int h) {
        int[] grey = new int[w * h];
        int[] rgb = image.rgb();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long total = 0;
                for (int dy = 0; dy < k; dy++) {
                    int row = (y * k + dy) * image.width() + x * k;
                    for (int dx = 0; dx < k; dx++) {
                        int p = rgb[row + dx];
                        total += 299L * ((p >> 16) & 0xff) + 587L * ((p >> 8) & 0xff) + 114L * (p & 0xff);
                    }
                }
                grey[y * w + x] = (int) ((total + 500L * k * k) / (1000L * k * k));
            }
        }
        return grey;
    }

    /**
     * Every window that {@code cascade} accepts, at every scale from {@code minFace} up, grouped as OpenCV groups
     * them: the picture is scaled down by 1.1 at each step (bilinear), the window moves by 2 pixels (1 once the
     * picture is less than half its size), and detections that nearly coincide are averaged into one.
     */
    static List<Face> detect(HaarCascade cascade, int[] grey, int w, int h, int minFace) {
        return detect(cascade, grey, w, h, minFace, Double.MAX_VALUE);
    }

    /** As {@link #detect(HaarCascade, int[], int, int, int)}, for faces up to {@code maxFace} pixels wide. */
    static List<Face> detect(HaarCascade cascade, int[] grey, int w, int h, int minFace, double maxFace) {
        List<Face> found = new ArrayList<>();
        for (double factor = 1; ; factor *= SCALE_STEP) {
            int sw = (int) Math.round(w / factor);
            int sh = (int) Math.round(h / factor);
            if (sw <= cascade.width() || sh <= cascade.height() || cascade.width() * factor > maxFace) {
                break;
            }
            int ww = (int) Math.round(cascade.width() * factor);
            int wh = (int) Math.round(cascade.height() * factor);
            if (ww < minFace || wh < minFace) {
                continue;
            }
            HaarCascade.Integral ii = new HaarCascade.Integral(resized(grey, w, h, sw, sh), sw, sh);
            int[] offsets = cascade.offsets(ii.stride());
            int step = factor > 2 ? 1 : 2;
            for (int y = 0; y < sh - cascade.height(); y += step) {
                for (int x = 0; x < sw - cascade.width(); x += step) {
                    if (cascade.accepts(ii, offsets, x, y)) {
                        found.add(new Face((int) Math.round(x * factor), (int) Math.round(y * factor), ww, wh));
                    }
                }
            }
        }
        return group(found);
    }

    /** {@code grey} (w x h) scaled to sw x sh, bilinear, pixel centres aligned (as OpenCV's INTER_LINEAR). */
    private static int[] resized(int[] grey, int w, int h, int sw, int sh) {
        if (sw == w && sh == h) {
            return grey;
        }
        int[] out = new int[sw * sh];
        double fx = (double) w / sw;
        double fy = (double) h / sh;
        for (int y = 0; y < sh; y++) {
            double sy = Math.max(0, Math.min(h - 1, (y + 0.5) * fy - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            double ty = sy - y0;
            for (int x = 0; x < sw; x++) {
                double sx = Math.max(0, Math.min(w - 1, (x + 0.5) * fx - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(w - 1, x0 + 1);
                double tx = sx - x0;
                double top = grey[y0 * w + x0] * (1 - tx) + grey[y0 * w + x1] * tx;
                double bottom = grey[y1 * w + x0] * (1 - tx) + grey[y1 * w + x1] * tx;
                out[y * sw + x] = (int) Math.round(top * (1 - ty) + bottom * ty);
            }
        }
        return out;
    }

    /**
     * OpenCV's grouping: detections that nearly coincide are one group, averaged; a group of at most
     * {@value #MIN_NEIGHBOURS} is dropped, and so is one that lies inside a larger group with more detections.
     */
    static List<Face> group(List<Face> found) {
        int n = found.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            for (int j = 0; j < i; j++) {
                if (similar(found.get(i), found.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<Integer> roots = new ArrayList<>();
        List<long[]> sums = new ArrayList<>(); // x, y, width, height, count
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            int at = roots.indexOf(r);
            if (at < 0) {
                roots.add(r);
                sums.add(new long[5]);
                at = roots.size() - 1;
            }
            Face f = found.get(i);
            long[] s = sums.get(at);
            s[0] += f.x();
            s[1] += f.y();
            s[2] += f.width();
            s[3] += f.height();
            s[4]++;
        }
        List<Face> averaged = new ArrayList<>();
        for (long[] s : sums) {
            averaged.add(new Face((int) Math.round((double) s[0] / s[4]), (int) Math.round((double) s[1] / s[4]),
                    (int) Math.round((double) s[2] / s[4]), (int) Math.round((double) s[3] / s[4])));
        }
        List<Face> grouped = new ArrayList<>();
        for (int i = 0; i < averaged.size(); i++) {
            long n1 = sums.get(i)[4];
            if (n1 <= MIN_NEIGHBOURS) {
                continue;
            }
            Face r1 = averaged.get(i);
            boolean inner = false;
            for (int j = 0; j < averaged.size() && !inner; j++) {
                long n2 = sums.get(j)[4];
                if (j == i || n2 <= MIN_NEIGHBOURS) {
                    continue;
                }
                Face r2 = averaged.get(j);
                int dx = (int) Math.round(r2.width() * GROUP_EPS);
                int dy = (int) Math.round(r2.height() * GROUP_EPS);
                inner = r1.x() >= r2.x() - dx && r1.y() >= r2.y() - dy
                        && r1.x() + r1.width() <= r2.x() + r2.width() + dx
                        && r1.y() + r1.height() <= r2.y() + r2.height() + dy
                        && (n2 > Math.max(3, n1) || n1 < 3);
            }
            if (!inner) {
                grouped.add(r1);
            }
        }
        return grouped;
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    private static boolean similar(Face a, Face b) {
        double delta = GROUP_EPS * (Math.min(a.width(), b.width()) + Math.min(a.height(), b.height())) * 0.5;
        return Math.abs(a.x() - b.x()) <= delta && Math.abs(a.y() - b.y()) <= delta
                && Math.abs(a.x() + a.width() - b.x() - b.width()) <= delta
                && Math.abs(a.y() + a.height() - b.y() - b.height()) <= delta;
    }

    /** Intersection over union of two boxes. */
    static double overlap(Face a, Face b) {
        int w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        int h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double both = (double) w * h;
        return both / ((double) a.width() * a.height() + (double) b.width() * b.height() - both);
    }

    /** Whether {@code a} lies inside {@code b}, give or take a fifth of its own size. */
    private static boolean within(Face a, Face b) {
        double mx = a.width() * 0.2;
        double my = a.height() * 0.2;
        return a.x() >= b.x() - mx && a.y() >= b.y() - my && a.x() + a.width() <= b.x() + b.width() + mx
                && a.y() + a.height() <= b.y() + b.height() + my;
    }

    /** The share of horizontally neighbouring pixels in {@code f} whose grey values differ by at most 1. */
    private static double flatShare(int[] grey, int w, int h, Face f) {
        long pairs = 0;
        long flat = 0;
        for (int y = Math.max(0, f.y()); y < Math.min(h, f.y() + f.height()); y++) {
            for (int x = Math.max(0, f.x()); x + 1 < Math.min(w, f.x() + f.width()); x++) {
                pairs++;
                if (Math.abs(grey[y * w + x] - grey[y * w + x + 1]) <= 1) {
                    flat++;
                }
            }
        }
        return pairs == 0 ? 1 : (double) flat / pairs;
    }
}
