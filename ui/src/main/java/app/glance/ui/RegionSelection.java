package app.glance.ui;

/**
 * The rectangle being chosen on the region overlay, without the toolkit. Everything works from the keyboard: arrow
 * keys move it, Shift+arrows resize it (right/down grow, left/up shrink), Ctrl makes either step fine (1 pixel
 * instead of {@link #STEP}); the mouse can drag a new one. It always stays inside the screen and at least
 * {@link #MIN_SIDE} pixels on each side. {@link #spoken()} is what the self-voicing overlay says after each change.
 */
public final class RegionSelection {

    /** A chosen rectangle in screen pixels. */
    public record Box(int x, int y, int width, int height) {
    }

    public static final int STEP = 20;
    public static final int MIN_SIDE = 16;

    private final int screenWidth;
    private final int screenHeight;
    private int x;
    private int y;
    private int width;
    private int height;

    /** Starts from {@code start} (e.g. the saved region) or, when null, the middle quarter of the screen. */
    public RegionSelection(int screenWidth, int screenHeight, Box start) {
        if (screenWidth < MIN_SIDE || screenHeight < MIN_SIDE) {
            throw new IllegalArgumentException("the screen is too small to choose a region: " + screenWidth + "x"
                    + screenHeight);
        }
        this.screenWidth = screenWidth;
        this.screenHeight = screenHeight;
        Box b = start != null ? start : new Box(screenWidth / 4, screenHeight / 4, screenWidth / 2, screenHeight / 2);
        set(b.x(), b.y(), b.width(), b.height());
    }

    public Box box() {
        return new Box(x, y, width, height);
    }

    /** Moves by (dx, dy) steps; {@code fine} moves by pixels. */
    public void move(int dx, int dy, boolean fine) {
        int s = fine ? 1 : STEP;
        set(x + dx * s, y + dy * s, width, height);
    }

    /** Grows (positive) or shrinks (negative) the right and bottom edges by steps; {@code fine} by pixels. */
    public void resize(int dw, int dh, boolean fine) {
        int s = fine ? 1 : STEP;
        int w = Math.max(MIN_SIDE, Math.min(screenWidth - x, width + dw * s));
        int h = Math.max(MIN_SIDE, Math.min(screenHeight - y, height + dh * s));
        set(x, y, w, h);
    }

    /** A rectangle dragged with the mouse from one corner to the opposite one. */
    public void drag(double x1, double y1, double x2, double y2) {
        int left = (int) Math.round(Math.min(x1, x2));
        int top = (int) Math.round(Math.min(y1, y2));
        int w = (int) Math.round(Math.abs(x2 - x1));
        int h = (int) Math.round(Math.abs(y2 - y1));
        set(left, top, Math.max(MIN_SIDE, w), Math.max(MIN_SIDE, h));
    }

    /** The whole screen. */
    public void selectAll() {
        set(0, 0, screenWidth, screenHeight);
    }

    /** "Region 640 by 480 pixels, 100 from the left, 80 from the top." */
    public String spoken() {
        return "Region " + width + " by " + height + " pixels, " + x + " from the left, " + y + " from the top.";
    }

    private void set(int nx, int ny, int nw, int nh) {
        width = Math.max(MIN_SIDE, Math.min(screenWidth, nw));
        height = Math.max(MIN_SIDE, Math.min(screenHeight, nh));
        x = Math.max(0, Math.min(screenWidth - width, nx));
        y = Math.max(0, Math.min(screenHeight - height, ny));
    }
}
