package app.glance.inference.image;

import app.glance.inference.RgbImage;

/**
 * Letterboxes an image into the model's square input exactly as training/preprocess.py does: scale by
 * s = size / max(w, h) with exact area averaging (fractional edges weighted), centre, pad with the normalisation
 * mean (0 after normalising), and normalise each channel with the manifest's mean and std. Output is NCHW float32.
 */
public final class Preprocessor {

    private final int size;
    private final double[] mean;
    private final double[] std;

    public Preprocessor(int size, float[] mean, float[] std) {
        if (size <= 0 || mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("image size and 3-channel mean/std are required");
        }
        this.size = size;
        this.mean = new double[] {mean[0], mean[1], mean[2]};
        this.std = new double[] {std[0], std[1], std[2]};
    }

    public int size() {
        return size;
    }

    /** Width and height of the image content inside the square (the rest is padding). */
    public int[] contentSize(int w, int h) {
        double s = (double) size / Math.max(w, h);
        int cw = Math.max(1, Math.min(size, (int) Math.floor(w * s + 0.5)));
        int ch = Math.max(1, Math.min(size, (int) Math.floor(h * s + 0.5)));
        return new int[] {cw, ch};
    }

    /** Returns {@code 3 * size * size} floats, channel-major. */
    public float[] apply(RgbImage image) {
        int w = image.width();
        int h = image.height();
        int[] c = contentSize(w, h);
        int cw = c[0];
        int ch = c[1];
        Weights wx = Weights.area(w, cw);
        Weights wy = Weights.area(h, ch);
        int[] px = image.rgb();
        // vertical pass first (as numpy's wy @ img @ wx.T): rows[o][x][channel]
        double[] rows = new double[ch * w * 3];
        for (int o = 0; o < ch; o++) {
            int base = o * w * 3;
            for (int k = 0; k < wy.count[o]; k++) {
                int y = wy.start[o] + k;
                double wt = wy.weight[o][k];
                int src = y * w;
                for (int x = 0; x < w; x++) {
                    int p = px[src + x];
                    int d = base + x * 3;
                    rows[d] += wt * (((p >> 16) & 0xFF) / 255.0);
                    rows[d + 1] += wt * (((p >> 8) & 0xFF) / 255.0);
                    rows[d + 2] += wt * ((p & 0xFF) / 255.0);
                }
            }
        }
        float[] out = new float[3 * size * size];
        int x0 = (size - cw) / 2;
        int y0 = (size - ch) / 2;
        int plane = size * size;
        for (int oy = 0; oy < ch; oy++) {
            for (int ox = 0; ox < cw; ox++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int k = 0; k < wx.count[ox]; k++) {
                    int s = (oy * w + wx.start[ox] + k) * 3;
                    double wt = wx.weight[ox][k];
                    r += wt * rows[s];
                    g += wt * rows[s + 1];
                    b += wt * rows[s + 2];
                }
                int d = (oy + y0) * size + ox + x0;
                out[d] = (float) ((r - mean[0]) / std[0]);
                out[plane + d] = (float) ((g - mean[1]) / std[1]);
                out[2 * plane + d] = (float) ((b - mean[2]) / std[2]);
            }
        }
        return out;
    }

    /** Sparse area-resampling weights along one axis: output o covers source [start[o], start[o] + count[o]). */
    private static final class Weights {
        final int[] start;
        final int[] count;
        final double[][] weight;

        private Weights(int n) {
            start = new int[n];
            count = new int[n];
            weight = new double[n][];
        }

        static Weights area(int nIn, int nOut) {
            Weights w = new Weights(nOut);
            double scale = (double) nIn / nOut;
            for (int o = 0; o < nOut; o++) {
                double lo = o * scale;
                double hi = (o + 1) * scale;
                int first = (int) Math.floor(lo);
                int n = 0;
                double[] tmp = new double[(int) Math.ceil(scale) + 2];
                double sum = 0;
                for (int i = first; i < nIn && i < hi; i++) {
                    double v = Math.min(hi, i + 1) - Math.max(lo, i);
                    tmp[n++] = v;
                    sum += v;
                }
                w.start[o] = first;
                w.count[o] = n;
                w.weight[o] = new double[n];
                for (int k = 0; k < n; k++) {
                    w.weight[o][k] = tmp[k] / sum;
                }
            }
            return w;
        }
    }
}
