package app.glance.ui;

/** The large-print text sizes that Ctrl+Plus and Ctrl+Minus step through, in pixels (18 px to 96 px, i.e. 72 pt). */
final class FontSizes {

    static final int DEFAULT = 32;
    private static final int[] SIZES = {18, 20, 24, 28, 32, 36, 40, 48, 56, 64, 72, 84, 96};

    private FontSizes() {
    }

    static int clamp(int size) {
        return Math.max(SIZES[0], Math.min(SIZES[SIZES.length - 1], size));
    }

    /** The next size up ({@code direction > 0}) or down from {@code now}; {@code now} itself at either end. */
    static int step(int now, int direction) {
        if (direction > 0) {
            for (int size : SIZES) {
                if (size > now) {
                    return size;
                }
            }
        } else {
            for (int i = SIZES.length - 1; i >= 0; i--) {
                if (SIZES[i] < now) {
                    return SIZES[i];
                }
            }
        }
        return now;
    }
}
