package app.glance.inference.ocr;

import app.glance.inference.RgbImage;

/** Encodes an {@link RgbImage} as an uncompressed 24-bit BMP: the cheapest format for handing pixels to OpenCV. */
final class BmpWriter {

    private static final int HEADER = 54;

    private BmpWriter() {
    }

    static byte[] encode(RgbImage image) {
        int w = image.width();
        int h = image.height();
        int stride = (w * 3 + 3) & ~3;
        int size = HEADER + stride * h;
        byte[] out = new byte[size];
        out[0] = 'B';
        out[1] = 'M';
        putInt(out, 2, size);
        putInt(out, 10, HEADER);
        putInt(out, 14, 40);
        putInt(out, 18, w);
        putInt(out, 22, -h); // negative height: rows stored top-down
        out[26] = 1;
        out[28] = 24;
        putInt(out, 34, stride * h);
        putInt(out, 38, 2835); // 72 dpi
        putInt(out, 42, 2835);
        int[] rgb = image.rgb();
        for (int y = 0; y < h; y++) {
            int o = HEADER + y * stride;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = rgb[row + x];
                out[o++] = (byte) p;          // blue
                out[o++] = (byte) (p >> 8);   // green
                out[o++] = (byte) (p >> 16);  // red
            }
        }
        return out;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
