package app.glance.app.cache;

import java.util.Arrays;

/**
 * A 256-bit perceptual hash of a frame plus the 16 x 16 thumbnail it came from.
 *
 * <p>The hash is a difference hash with a dead band: on a 16 x 16 grid of mean brightness, bit (row, col) is set
 * when the cell is brighter than its right-hand neighbour (wrapping to the row's first cell) by more than
 * {@value #DEAD_BAND} levels. Screens are mostly flat colour, where a plain difference hash flips bits on any
 * speck; the dead band keeps a blinking cursor or a ticking clock from flipping any. The thumbnail catches what a
 * horizontal difference hash cannot see: a change that is the same across a whole row (a full-width banner).
 */
public final class FrameHash {

    public static final int GRID = 16;
    static final float DEAD_BAND = 3f;
    /** Frames whose hashes differ in at most this many bits... */
    public static final int NEAR_BITS = 4;
    /** ...and whose thumbnails differ by at most this many levels in every cell are the same picture. */
    public static final float NEAR_LEVELS = 8f;

    private final long[] bits;
    private final float[] thumb;
    private final int width;
    private final int height;

    private FrameHash(long[] bits, float[] thumb, int width, int height) {
        this.bits = bits;
        this.thumb = thumb;
        this.width = width;
        this.height = height;
    }

    public static FrameHash of(LumaGrid grid) {
        int f = LumaGrid.SIZE / GRID;
        float[] thumb = new float[GRID * GRID];
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                float s = 0;
                for (int dy = 0; dy < f; dy++) {
                    for (int dx = 0; dx < f; dx++) {
                        s += grid.cell(c * f + dx, r * f + dy);
                    }
                }
                thumb[r * GRID + c] = s / (f * f);
            }
        }
        long[] bits = new long[GRID * GRID / 64];
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                float left = thumb[r * GRID + c];
                float right = thumb[r * GRID + (c + 1) % GRID];
                if (left > right + DEAD_BAND) {
                    int i = r * GRID + c;
                    bits[i >>> 6] |= 1L << (i & 63);
                }
            }
        }
        return new FrameHash(bits, thumb, grid.width(), grid.height());
    }

    /** How many of the 256 bits differ. */
    public int distance(FrameHash other) {
        int d = 0;
        for (int i = 0; i < bits.length; i++) {
            d += Long.bitCount(bits[i] ^ other.bits[i]);
        }
        return d;
    }

    /** The largest difference between two thumbnail cells, in brightness levels. */
    public float maxCellDifference(FrameHash other) {
        float m = 0;
        for (int i = 0; i < thumb.length; i++) {
            m = Math.max(m, Math.abs(thumb[i] - other.thumb[i]));
        }
        return m;
    }

    /** Whether the two frames show the same thing to a person: same size, close hashes, close thumbnails. */
    public boolean isNear(FrameHash other) {
        return width == other.width && height == other.height && distance(other) <= NEAR_BITS
                && maxCellDifference(other) <= NEAR_LEVELS;
    }

    /** Equal only for the same picture (bits and thumbnail); {@link #isNear} is the test that tolerates noise. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FrameHash h && width == h.width && height == h.height && Arrays.equals(bits, h.bits)
                && Arrays.equals(thumb, h.thumb);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits) * 31 + width * 17 + height;
    }

    /** The bits in hex; never the thumbnail (it is a tiny picture of the screen). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (long b : bits) {
            s.append(String.format("%016x", b));
        }
        return s.toString();
    }
}
