package app.glance.app.cache;

import app.glance.app.capture.Region;
import app.glance.inference.RgbImage;

/**
 * The mean brightness (0-255) of each cell of a {@value #SIZE} x {@value #SIZE} grid laid over an image, computed in
 * one pass over the pixels. It is what Glance compares instead of pixels: small enough to keep per capture, coarse
 * enough that a blinking cursor barely moves a cell, fine enough to find where a dialog appeared.
 */
public final class LumaGrid {

    public static final int SIZE = 32;

    private final int width;
    private final int height;
    private final float[] cells;

    private LumaGrid(int width, int height, float[] cells) {
        this.width = width;
        this.height = height;
        this.cells = cells;
    }

    public static LumaGrid of(RgbImage image) {
        int w = image.width();
        int h = image.height();
        int[] px = image.rgb();
        int[] colStart = new int[SIZE + 1]; // cell c covers columns [colStart[c], colStart[c + 1])
        for (int c = 0; c <= SIZE; c++) {
            colStart[c] = (int) (((long) c * w + SIZE - 1) / SIZE);
        }
        long[] sum = new long[SIZE * SIZE];
        int[] rowCount = new int[SIZE];
        for (int y = 0; y < h; y++) {
            int cellRow = (int) ((long) y * SIZE / h);
            rowCount[cellRow]++;
            int base = cellRow * SIZE;
            int i = y * w;
            for (int c = 0; c < SIZE; c++) {
                int s = 0;
                for (int x = i + colStart[c], end = i + colStart[c + 1]; x < end; x++) {
                    int p = px[x];
                    // integer Rec. 601 luma: (77 R + 150 G + 29 B) / 256
                    s += (77 * ((p >> 16) & 0xFF) + 150 * ((p >> 8) & 0xFF) + 29 * (p & 0xFF)) >> 8;
                }
                sum[base + c] += s;
            }
        }
        int[] count = new int[SIZE * SIZE];
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                count[r * SIZE + c] = (colStart[c + 1] - colStart[c]) * rowCount[r];
            }
        }
        float[] cells = new float[SIZE * SIZE];
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                int k = r * SIZE + c;
                if (count[k] > 0) {
                    cells[k] = (float) sum[k] / count[k];
                } else { // an image narrower or shorter than the grid: sample the pixel under the cell
                    int p = image.at((int) ((long) c * w / SIZE), (int) ((long) r * h / SIZE));
                    cells[k] = (77 * ((p >> 16) & 0xFF) + 150 * ((p >> 8) & 0xFF) + 29 * (p & 0xFF)) >> 8;
                }
            }
        }
        return new LumaGrid(w, h, cells);
    }

    /** The mean brightness of cell (col, row). */
    public float cell(int col, int row) {
        return cells[row * SIZE + col];
    }

    /** The width of the image this grid was made from. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The image pixels covered by cells {@code [c0, c1) x [r0, r1)}. */
    public Region pixels(int c0, int r0, int c1, int r1) {
        int x0 = (int) Math.ceil((double) c0 * width / SIZE);
        int y0 = (int) Math.ceil((double) r0 * height / SIZE);
        int x1 = (int) Math.ceil((double) c1 * width / SIZE);
        int y1 = (int) Math.ceil((double) r1 * height / SIZE);
        return new Region(x0, y0, Math.max(1, Math.min(width, x1) - x0), Math.max(1, Math.min(height, y1) - y0));
    }
}
