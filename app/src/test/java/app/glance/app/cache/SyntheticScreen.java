package app.glance.app.cache;

import app.glance.app.capture.Region;
import app.glance.inference.RgbImage;

import java.util.Arrays;

/** A painted 1920 x 1080 desktop: a panel with a clock, an editor window full of "text", a cursor, maybe a dialog. */
public final class SyntheticScreen {

    public static final int W = 1920;
    public static final int H = 1080;
    public static final Region DIALOG = new Region(760, 440, 400, 200);

    /** The desktop without extras, painted once. */
    private static final int[] BASE = new SyntheticScreen(new int[W * H]).paint();

    private final int[] px;

    public SyntheticScreen() {
        this(BASE.clone());
    }

    private SyntheticScreen(int[] px) {
        this.px = px;
    }

    private int[] paint() {
        Arrays.fill(px, 0x2E3440); // desktop
        fill(new Region(0, 0, W, 32), 0x1B1E24); // top panel
        fill(new Region(120, 80, 1500, 900), 0xF4F4F4); // editor window
        fill(new Region(120, 80, 1500, 36), 0xDADADA); // its title bar
        for (int line = 0; line < 30; line++) { // lines of "words"
            int y = 140 + line * 26;
            for (int x = 150, word = 0; x < 1500; word++) {
                int len = 30 + (word * 37 + line * 11) % 90;
                fill(new Region(x, y, len, 12), 0x303030);
                x += len + 12;
            }
        }
        return px;
    }

    public SyntheticScreen fill(Region r, int rgb) {
        for (int y = r.y(); y < r.bottom(); y++) {
            Arrays.fill(px, y * W + r.x(), y * W + r.right(), rgb);
        }
        return this;
    }

    /** A text cursor, 2 x 18 px, after the third line. */
    public SyntheticScreen cursor() {
        return fill(new Region(700, 191, 2, 18), 0x000000);
    }

    /** The panel clock, "12:34" or "12:35": five 8 x 14 glyph boxes with a minute digit that differs. */
    public SyntheticScreen clock(int minute) {
        for (int i = 0; i < 5; i++) {
            fill(new Region(1820 + i * 12, 9, 8, 14), 0xE0E0E0);
        }
        fill(new Region(1868 + 2, 12 + (minute % 2) * 6, 4, 3), 0x1B1E24); // the changing segment
        return this;
    }

    /** A dialog box: blue title bar, white body, a line of text and a button. */
    public SyntheticScreen dialog() {
        fill(DIALOG, 0xFFFFFF);
        fill(new Region(DIALOG.x(), DIALOG.y(), DIALOG.width(), 30), 0x3050A0);
        fill(new Region(DIALOG.x() + 30, DIALOG.y() + 70, 300, 14), 0x202020);
        return fill(new Region(DIALOG.x() + 280, DIALOG.y() + 150, 90, 30), 0x3050A0);
    }

    /** A full-width notification bar across the top of the editor. */
    public SyntheticScreen banner() {
        return fill(new Region(0, 300, W, 60), 0xFFD700);
    }

    /** The pixels as they are now, shared: later painting shows through (cheap, for loops). */
    public RgbImage view() {
        return new RgbImage(W, H, px);
    }

    public RgbImage image() {
        return new RgbImage(W, H, px.clone());
    }
}
