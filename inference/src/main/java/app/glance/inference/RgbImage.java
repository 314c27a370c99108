package app.glance.inference;

import java.util.Objects;

/**
 * An immutable RGB picture handed from capture to the captioner: packed {@code 0xRRGGBB} pixels, row by row.
 * Alpha is ignored. Capture code (AWT, JavaFX, JavaCV) converts into this so that {@code inference} needs no toolkit.
 */
public record RgbImage(int width, int height, int[] rgb) {

    public RgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image has no pixels (" + width + "x" + height + ")");
        }
        Objects.requireNonNull(rgb, "rgb");
        if ((long) width * height != rgb.length) {
            throw new IllegalArgumentException("pixel count " + rgb.length + " does not match " + width + "x" + height);
        }
    }

    /** The pixel at (x, y) as {@code 0xRRGGBB}. */
    public int at(int x, int y) {
        return rgb[y * width + x] & 0xFFFFFF;
    }

    /** The pixels inside the box at ({@code x}, {@code y}), {@code w} by {@code h}, which lies within this image. */
    public RgbImage crop(int x, int y, int w, int h) {
        int[] out = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(rgb, (y + row) * width + x, out, row * w, w);
        }
        return new RgbImage(w, h, out);
    }
}
