package app.glance.inference.ocr;

import java.util.Arrays;

/**
 * An icon at the start of a text line that the recogniser read as a character. The text detector often puts an icon
 * in the same box as the label beside it: an application's icon before a window's title, a file's icon before its
 * name. PP-OCR's recogniser then reads the icon as a letter, a digit or a Chinese character: Mousepad's notepad became
 * the "7" of "7/tmp/notes.md - Mousepad", vim's icon the "X" of "Xtodo.md", a file manager's folder the "旨" of
 * "旨hotel.ods". Two kinds are recognised:
 * <ul>
 *   <li>a Chinese, Japanese or Korean character before a line of Latin text (Glance reads English screens, and the
 *       Chinese recogniser reads a grey icon as a character of its own script);</li>
 *   <li>a coloured icon: a first character about a line's height before the next, whose part of the line has far more
 *       pixels of other colours than the rest of it. Other colours are those that are neither the background's, nor
 *       the text's, nor a blend of the two (the anti-aliased edges of letters); an icon is a filled shape of such
 *       colours, while a letter of another colour (a grey line number) is a few thin strokes. A first character close
 *       to the next (the coloured first letter of a logo) is kept, and so is one before text of many colours
 *       (highlighted code, a coloured warning bar), which has as many other colours everywhere.</li>
 * </ul>
 */
public final class LeadingIcon {

    /** The first character stands at least this many time steps before the next (8 pixels each at 48 high). */
    static final int MIN_GAP_STEPS = 5;
    /** A pixel this far (0-255 channels) from every blend of the background and the text colour has another colour. */
    static final double OTHER_COLOUR = 64;
    /**
     * The share of pixels of other colours in the icon's part of the line exceeds their share in the rest by this
     * much. Measured on 344 screens (real applications under Xvfb and the OCR benchmark's): icons 0.20-0.73 above the
     * rest, a title bar's buttons read as "000" at most 0.13, the digit of "5 items" 0.
     */
    static final double MIN_EXCESS = 0.15;
    /** The text's colour: the mean of this share of the rest's pixels, those farthest from the background. */
    private static final double TEXT_SHARE = 0.02;

    private LeadingIcon() {
    }

    /**
     * How many characters at the start of {@code line} an icon stands for: 0, or the icon's and a space read after
     * it. {@code bgr} is the line as the recogniser saw it: three planes (blue, green, red) of {@code height} rows of
     * {@code width} values in [-1, 1].
     */
    public static int chars(float[] bgr, int width, int height, CtcText.Decoded line) {
        String text = line.text();
        if (text.length() < 3 || Character.isWhitespace(text.charAt(0))) {
            return 0;
        }
        int after = Character.charCount(text.codePointAt(0));
        int next = after < text.length() && text.charAt(after) == ' ' ? after + 1 : after;
        if (next >= text.length() || Character.isWhitespace(text.charAt(next))) {
            return 0;
        }
        if (eastAsian(text.codePointAt(0))) {
            String rest = text.substring(next);
            boolean latin = rest.chars().filter(c -> c < 128 && Character.isLetter(c)).count() >= 2;
            return latin && rest.codePoints().noneMatch(LeadingIcon::eastAsian) ? next : 0;
        }
        int[] steps = line.steps();
        if (steps[next] - steps[0] < MIN_GAP_STEPS || line.length() <= 0) {
            return 0;
        }
        double perStep = width / (double) line.length();
        int cut = (int) Math.round((steps[0] + steps[next] + 1) / 2.0 * perStep); // halfway between the two
        if (cut < 2 || cut > width - 2) {
            return 0;
        }
        float[] background = background(bgr, width, height);
        float[] ink = textColour(bgr, width, height, cut, background);
        if (ink == null) {
            return 0;
        }
        double icon = otherShare(bgr, width, height, 0, cut, background, ink);
        double rest = otherShare(bgr, width, height, cut, width, background, ink);
        return icon - rest >= MIN_EXCESS ? next : 0;
    }

    /** Whether {@code cp} is a Chinese, Japanese or Korean character or sign. */
    public static boolean eastAsian(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
    }

    /**
     * The line's most common colour (to 5 bits a channel), the mean of its pixels of it: a text's background covers
     * more of its box than the letters do, even where the box reaches past a title bar into what lies around it.
     */
    private static float[] background(float[] bgr, int width, int height) {
        int plane = width * height;
        int[] count = new int[1 << 15];
        int best = 0;
        for (int p = 0; p < plane; p++) {
            int bin = bin(bgr, plane, p);
            if (++count[bin] > count[best]) {
                best = bin;
            }
        }
        double[] sum = new double[3];
        for (int p = 0; p < plane; p++) {
            if (bin(bgr, plane, p) == best) {
                for (int c = 0; c < 3; c++) {
                    sum[c] += bgr[c * plane + p];
                }
            }
        }
        int n = count[best];
        return new float[] {(float) (sum[0] / n), (float) (sum[1] / n), (float) (sum[2] / n)};
    }

    private static int bin(float[] bgr, int plane, int p) {
        int bin = 0;
        for (int c = 0; c < 3; c++) {
            int level = (int) ((bgr[c * plane + p] + 1f) * 16f); // [-1, 1] to 0..32
            bin = (bin << 5) | Math.max(0, Math.min(31, level));
        }
        return bin;
    }

    /** The colour of the letters after {@code from}; null when they hardly differ from the background. */
    private static float[] textColour(float[] bgr, int width, int height, int from, float[] background) {
        int plane = width * height;
        int n = (width - from) * height;
        float[] distance = new float[n];
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = from; x < width; x++) {
                distance[i++] = squared(bgr, plane, y * width + x, background);
            }
        }
        float[] sorted = distance.clone();
        Arrays.sort(sorted);
        float threshold = sorted[Math.min(n - 1, (int) (n * (1 - TEXT_SHARE)))];
        if (Math.sqrt(threshold) * 127.5 < OTHER_COLOUR) {
            return null;
        }
        double[] sum = new double[3];
        int count = 0;
        i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = from; x < width; x++) {
                if (distance[i++] >= threshold) {
                    for (int c = 0; c < 3; c++) {
                        sum[c] += bgr[c * plane + y * width + x];
                    }
                    count++;
                }
            }
        }
        return new float[] {(float) (sum[0] / count), (float) (sum[1] / count), (float) (sum[2] / count)};
    }

    /** The share of the pixels in columns [from, to) that are no blend of {@code background} and {@code ink}. */
    private static double otherShare(float[] bgr, int width, int height, int from, int to, float[] background,
                                     float[] ink) {
        int plane = width * height;
        double limit = OTHER_COLOUR / 127.5;
        limit *= limit;
        int other = 0;
        for (int y = 0; y < height; y++) {
            for (int x = from; x < to; x++) {
                int p = y * width + x;
                if (offBlend(bgr, plane, p, background, ink) > limit) {
                    other++;
                }
            }
        }
        return other / (double) Math.max(1, (to - from) * height);
    }

    /** The squared distance of pixel {@code p} from the nearest blend of colours {@code a} and {@code b}. */
    private static double offBlend(float[] bgr, int plane, int p, float[] a, float[] b) {
        double dot = 0;
        double length = 0;
        for (int c = 0; c < 3; c++) {
            double along = b[c] - a[c];
            dot += (bgr[c * plane + p] - a[c]) * along;
            length += along * along;
        }
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, dot / length));
        double off = 0;
        for (int c = 0; c < 3; c++) {
            double d = bgr[c * plane + p] - (a[c] + t * (b[c] - a[c]));
            off += d * d;
        }
        return off;
    }

    private static float squared(float[] bgr, int plane, int p, float[] colour) {
        float sum = 0;
        for (int c = 0; c < 3; c++) {
            float d = bgr[c * plane + p] - colour[c];
            sum += d * d;
        }
        return sum;
    }
}
