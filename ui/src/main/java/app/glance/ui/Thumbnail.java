package app.glance.ui;

import app.glance.inference.RgbImage;

/** A small copy of a captured picture for the history list (box-averaged, so text areas stay legible as texture). */
public final class Thumbnail {

    private Thumbnail() {
    }

    /** {@code image} scaled so its longer side is at most {@code maxSide} (never enlarged). */
    public static RgbImage of(RgbImage image, int maxSide) {
        int w = image.width();
        int h = image.height();
        double scale = Math.min(1.0, maxSide / (double) Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        if (tw == w && th == h) {
            return image;
        }
        int[] src = image.rgb();
        int[] out = new int[tw * th];
        for (int ty = 0; ty < th; ty++) {
            int y0 = ty * h / th;
            int y1 = Math.max(y0 + 1, (ty + 1) * h / th);
            for (int tx = 0; tx < tw; tx++) {
                int x0 = tx * w / tw;
                int x1 = Math.max(x0 + 1, (tx + 1) * w / tw);
                long r = 0, g = 0, b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int p = src[y * w + x];
                        r += p >> 16 & 0xFF;
                        g += p >> 8 & 0xFF;
                        b += p & 0xFF;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                out[ty * tw + tx] = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
            }
        }
        return new RgbImage(tw, th, out);
    }
}
