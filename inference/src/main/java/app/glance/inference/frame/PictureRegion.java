package app.glance.inference.frame;

import app.glance.inference.RgbImage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The photo inside a window: an image viewer's or an image editor's picture, found by its texture. The screen is cut
 * into blocks; a block is a photo's where most of its neighbouring pixels differ (a camera's noise and a photo's
 * textures) and few of those differences are hard edges (text and borders are). The largest connected run of such
 * blocks, filling most of the box around it and at least {@value #MIN_SHARE} of the screen, is cropped, and kept
 * where the crop itself looks like a photo ({@link PhotoCheck}). Eye of GNOME with a photo open was "An image viewer:
 * its title is "photo.jpg"." and nothing of the picture (stop 47, captured).
 */
public final class PictureRegion {

    /** Blocks of this many pixels a side. */
    static final int BLOCK = 16;
    /** A photo's block has at least this share of neighbouring pairs that are not flat ... */
    static final double ROUGH = 0.5;
    /** ... and fewer hard edges than this among them. */
    static final double HARD = 0.2;
    /** The photo covers at least this share of the screen ... */
    static final double MIN_SHARE = 0.08;
    /** ... and its blocks fill at least this share of the box around them. */
    static final double FILLED = 0.6;
    /** A screen about this wide is looked at pixel by pixel; one twice as wide, every second pixel. */
    static final int WORKING_WIDTH = 1400;

    private PictureRegion() {
    }

    /** Where a picture stands in a screenshot, in its pixels. */
    public record Box(int x, int y, int width, int height) {
    }

    /**
     * The photo's box in {@code image}, if one is found. A screen far wider than {@value #WORKING_WIDTH} pixels (one
     * scaled by two, whose viewer draws a photo's pixels two by two) is looked at every second or third pixel, so that
     * a photo's texture is the same as at its own size (Eye of GNOME's at 2732 by 1536 went unsaid, stop 48).
     */
    public static Optional<Box> photoIn(RgbImage image) {
        int step = Math.max(1, (int) Math.round(image.width() / (double) WORKING_WIDTH));
        return (step == 1 ? photoAt(image) : photoAt(subsampled(image, step))).map(b -> new Box(b.x() * step,
                b.y() * step, b.width() * step, b.height() * step));
    }

    /** Every {@code step}-th pixel of every {@code step}-th row of {@code image}. */
    static RgbImage subsampled(RgbImage image, int step) {
        int w = image.width() / step;
        int h = image.height() / step;
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                rgb[y * w + x] = image.rgb()[y * step * image.width() + x * step];
            }
        }
        return new RgbImage(w, h, rgb);
    }

    /** As {@link #photoIn}, at {@code image}'s own size. */
    private static Optional<Box> photoAt(RgbImage image) {
        int cols = image.width() / BLOCK;
        int rows = image.height() / BLOCK;
        if (cols < 4 || rows < 4) {
            return Optional.empty();
        }
        boolean[][] photo = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                photo[r][c] = photoBlock(image, c * BLOCK, r * BLOCK);
            }
        }
        Box best = null;
        int bestBlocks = 0;
        boolean[][] seen = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!photo[r][c] || seen[r][c]) {
                    continue;
                }
                // one connected run of photo blocks, and the box around it
                int top = r, bottom = r, left = c, right = c, blocks = 0;
                Deque<int[]> todo = new ArrayDeque<>();
                todo.add(new int[] {r, c});
                seen[r][c] = true;
                while (!todo.isEmpty()) {
                    int[] at = todo.poll();
                    blocks++;
                    top = Math.min(top, at[0]);
                    bottom = Math.max(bottom, at[0]);
                    left = Math.min(left, at[1]);
                    right = Math.max(right, at[1]);
                    for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                        int nr = at[0] + d[0];
                        int nc = at[1] + d[1];
                        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && photo[nr][nc] && !seen[nr][nc]) {
                            seen[nr][nc] = true;
                            todo.add(new int[] {nr, nc});
                        }
                    }
                }
                int boxBlocks = (bottom - top + 1) * (right - left + 1);
                if (blocks > bestBlocks && blocks >= FILLED * boxBlocks) {
                    bestBlocks = blocks;
                    best = new Box(left * BLOCK, top * BLOCK, (right - left + 1) * BLOCK, (bottom - top + 1) * BLOCK);
                }
            }
        }
        if (best == null || bestBlocks < MIN_SHARE * rows * cols) {
            return Optional.empty();
        }
        RgbImage crop = crop(image, best);
        return PhotoCheck.texture(crop).photo() ? Optional.of(best) : Optional.empty();
    }

    /** The part of {@code image} inside {@code box}. */
    public static RgbImage crop(RgbImage image, Box box) {
        return image.crop(box.x(), box.y(), box.width(), box.height());
    }

    /** Whether the block at ({@code x0}, {@code y0}) has a photo's texture (see the class). */
    private static boolean photoBlock(RgbImage image, int x0, int y0) {
        int pairs = 0;
        int rough = 0;
        int hard = 0;
        for (int y = y0; y < y0 + BLOCK; y += 2) {
            int row = y * image.width();
            for (int x = x0 + 1; x < x0 + BLOCK; x++) {
                int d = FrameCheck.distance(image.rgb()[row + x], image.rgb()[row + x - 1]);
                pairs++;
                if (d > PhotoCheck.FLAT_STEP) {
                    rough++;
                    if (d > PhotoCheck.HARD_STEP) {
                        hard++;
                    }
                }
            }
        }
        return rough >= ROUGH * pairs && hard < HARD * rough;
    }
}
