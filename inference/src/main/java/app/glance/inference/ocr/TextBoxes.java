package app.glance.inference.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The post-processing of a DB (differentiable binarization) text detector such as PP-OCR's: the probability map is
 * thresholded and widened by one pixel, each connected region becomes its smallest enclosing rectangle (which may be
 * rotated), a rectangle whose mean probability is low is dropped, and the rest are grown by the "unclip" distance
 * {@code area * ratio / perimeter}, because DB is trained to mark only the shrunk core of each text line.
 * No native code: the regions are found with a flood fill and the rectangles with rotating calipers over a hull.
 */
public final class TextBoxes {

    /** A rectangle: centre, unit axis {@code (ux, uy)} along the text (never pointing left), half extents. */
    public record Box(double cx, double cy, double ux, double uy, double halfWidth, double halfHeight, float score) {

        /** The four corners: top-left, top-right, bottom-right, bottom-left (in reading direction). */
        public double[][] corners() {
            double vx = -uy;
            double vy = ux;
            return new double[][] {
                {cx - ux * halfWidth - vx * halfHeight, cy - uy * halfWidth - vy * halfHeight},
                {cx + ux * halfWidth - vx * halfHeight, cy + uy * halfWidth - vy * halfHeight},
                {cx + ux * halfWidth + vx * halfHeight, cy + uy * halfWidth + vy * halfHeight},
                {cx - ux * halfWidth + vx * halfHeight, cy - uy * halfWidth + vy * halfHeight}};
        }

        public Box scaled(double sx, double sy, double dx, double dy) {
            // an anisotropic scale (the detector's input is rounded to multiples of 32) is small; the axis is kept
            return new Box(cx * sx + dx, cy * sy + dy, ux, uy, halfWidth * Math.hypot(ux * sx, uy * sy),
                    halfHeight * Math.hypot(uy * sx, ux * sy), score);
        }
    }

    private final float binaryThreshold;
    private final float minScore;
    private final double unclipRatio;
    private final int maxBoxes;
    /** Rectangles thinner than this (in map pixels) are noise, before and (plus 2) after unclipping. */
    private static final double MIN_SIDE = 3;

    public TextBoxes(float binaryThreshold, float minScore, double unclipRatio, int maxBoxes) {
        this.binaryThreshold = binaryThreshold;
        this.minScore = minScore;
        this.unclipRatio = unclipRatio;
        this.maxBoxes = maxBoxes;
    }

    /**
     * Text boxes in the probability map's own pixels, in the order their regions were first met (row by row). The map
     * is the first {@code width * height} values of {@code prob}: the upper rows of a larger map can be searched
     * without a copy.
     */
    public List<Box> find(float[] prob, int width, int height) {
        if (width < 1 || height < 1 || prob.length < width * height) {
            throw new IllegalArgumentException("map of " + prob.length + " values is smaller than " + width + "x"
                    + height);
        }
        // a pixel of a region is taken off the mask once it is met, so the mask also says which are left to visit;
        // the fill's stack grows only as far as the largest region needs
        boolean[] mask = dilatedMask(prob, width, height);
        int[] stack = new int[1024];
        // per region: for each row, the leftmost and rightmost pixel (enough for the convex hull); the rows a region
        // used are reset after it, so the arrays serve every region
        int[] rowMin = new int[height];
        int[] rowMax = new int[height];
        Arrays.fill(rowMin, Integer.MAX_VALUE);
        Arrays.fill(rowMax, Integer.MIN_VALUE);
        List<Box> boxes = new ArrayList<>();
        int regions = 0;
        for (int start = 0; start < mask.length && regions < maxBoxes; start++) {
            if (!mask[start]) {
                continue;
            }
            regions++;
            int top = start / width;
            int bottom = top;
            int sp = 0;
            stack[sp++] = start;
            mask[start] = false;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % width;
                int y = p / width;
                rowMin[y] = Math.min(rowMin[y], x);
                rowMax[y] = Math.max(rowMax[y], x);
                bottom = Math.max(bottom, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) {
                            continue;
                        }
                        int q = ny * width + nx;
                        if (mask[q]) {
                            mask[q] = false;
                            if (sp == stack.length) {
                                stack = Arrays.copyOf(stack, sp * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            Box box = box(rowMin, rowMax, top, bottom, prob, width, height);
            if (box != null) {
                boxes.add(box);
            }
            Arrays.fill(rowMin, top, bottom + 1, Integer.MAX_VALUE);
            Arrays.fill(rowMax, top, bottom + 1, Integer.MIN_VALUE);
        }
        return boxes;
    }

    private Box box(int[] rowMin, int[] rowMax, int top, int bottom, float[] prob, int width, int height) {
        List<double[]> points = new ArrayList<>();
        for (int y = top; y <= bottom; y++) {
            if (rowMin[y] != Integer.MAX_VALUE) {
                points.add(new double[] {rowMin[y], y});
                if (rowMax[y] != rowMin[y]) {
                    points.add(new double[] {rowMax[y], y});
                }
            }
        }
        Box rect = minAreaRect(hull(points));
        if (Math.min(rect.halfWidth(), rect.halfHeight()) * 2 < MIN_SIDE) {
            return null;
        }
        float score = meanInside(rect, prob, width, height);
        if (score < minScore) {
            return null;
        }
        double w = rect.halfWidth() * 2;
        double h = rect.halfHeight() * 2;
        double distance = w * h * unclipRatio / (2 * (w + h));
        Box grown = new Box(rect.cx(), rect.cy(), rect.ux(), rect.uy(), rect.halfWidth() + distance,
                rect.halfHeight() + distance, score);
        if (Math.min(grown.halfWidth(), grown.halfHeight()) * 2 < MIN_SIDE + 2) {
            return null;
        }
        return grown;
    }

    /**
     * The map thresholded and widened by 2 x 2 (each pixel also takes its left, upper and upper-left neighbours), as
     * PP-OCR's runtimes do, in one array.
     */
    boolean[] dilatedMask(float[] prob, int width, int height) {
        boolean[] out = new boolean[width * height];
        float t = binaryThreshold;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                out[i] = prob[i] > t || x > 0 && prob[i - 1] > t
                        || y > 0 && (prob[i - width] > t || x > 0 && prob[i - width - 1] > t);
            }
        }
        return out;
    }

    /** The mean of {@code prob} over the pixels whose centres lie in {@code r}. */
    static float meanInside(Box r, float[] prob, int width, int height) {
        double[][] c = r.corners();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : c) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        int x0 = Math.max(0, (int) Math.floor(minX));
        int y0 = Math.max(0, (int) Math.floor(minY));
        int x1 = Math.min(width - 1, (int) Math.ceil(maxX));
        int y1 = Math.min(height - 1, (int) Math.ceil(maxY));
        double sum = 0;
        int n = 0;
        double eps = 1e-6;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x - r.cx();
                double dy = y - r.cy();
                double u = dx * r.ux() + dy * r.uy();
                double v = -dx * r.uy() + dy * r.ux();
                if (Math.abs(u) <= r.halfWidth() + eps && Math.abs(v) <= r.halfHeight() + eps) {
                    sum += prob[y * width + x];
                    n++;
                }
            }
        }
        return n == 0 ? 0f : (float) (sum / n);
    }

    /** Convex hull (Andrew's monotone chain), counter-clockwise in image coordinates; at least one point. */
    static List<double[]> hull(List<double[]> points) {
        double[][] p = points.toArray(new double[0][]);
        Arrays.sort(p, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        if (p.length < 3) {
            return Arrays.asList(p);
        }
        double[][] h = new double[2 * p.length][];
        int k = 0;
        for (double[] q : p) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], q) <= 0) {
                k--;
            }
            h[k++] = q;
        }
        for (int i = p.length - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        return Arrays.asList(Arrays.copyOf(h, Math.max(1, k - 1)));
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /**
     * The smallest-area rectangle around a convex polygon: one of its sides lies along a hull edge (rotating
     * calipers). Its axis {@code u} is the side nearer to horizontal, so a text line's width runs along it.
     */
    static Box minAreaRect(List<double[]> hull) {
        if (hull.size() == 1) {
            return new Box(hull.get(0)[0], hull.get(0)[1], 1, 0, 0, 0, 0f);
        }
        Box best = null;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < hull.size(); i++) {
            double[] a = hull.get(i);
            double[] b = hull.get((i + 1) % hull.size());
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (len == 0) {
                continue;
            }
            double ux = (b[0] - a[0]) / len;
            double uy = (b[1] - a[1]) / len;
            double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
            for (double[] p : hull) {
                double u = p[0] * ux + p[1] * uy;
                double v = -p[0] * uy + p[1] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea - 1e-9) {
                bestArea = area;
                double cu = (minU + maxU) / 2;
                double cv = (minV + maxV) / 2;
                best = oriented(cu * ux - cv * uy, cu * uy + cv * ux, ux, uy, (maxU - minU) / 2, (maxV - minV) / 2);
            }
        }
        return best;
    }

    /** The same rectangle described with its axis nearer to horizontal and pointing right. */
    private static Box oriented(double cx, double cy, double ux, double uy, double hu, double hv) {
        if (Math.abs(uy) > Math.abs(ux)) { // the other side is nearer to horizontal: swap the axes
            double t = ux;
            ux = -uy;
            uy = t;
            double h = hu;
            hu = hv;
            hv = h;
        }
        if (ux < 0 || ux == 0 && uy < 0) {
            ux = -ux;
            uy = -uy;
        }
        return new Box(cx, cy, ux, uy, hu, hv, 0f);
    }
}
