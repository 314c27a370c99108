package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line as the recogniser sees it, drawn by hand: 48 rows, 8 pixels per time step, white "letters" (blocks 16 pixels
 * wide, one every 3 steps from step 7 on) on an orange title bar, and something at steps 1-3 read as a character.
 */
class LeadingIconTest {

    private static final int HEIGHT = 48;
    private static final int STEPS = 40;
    private static final int WIDTH = 8 * STEPS;
    private static final int[] ORANGE = {200, 90, 20};
    private static final int[] WHITE = {255, 255, 255};

    /** A bar with a letter block at each of {@code letterSteps}, in {@code ink}. */
    private static int[][] bar(int[] ink, int... letterSteps) {
        int[][] rgb = new int[HEIGHT * WIDTH][];
        Arrays.fill(rgb, ORANGE);
        for (int s : letterSteps) {
            fill(rgb, 8 * s - 4, 12, 16, 24, ink);
        }
        return rgb;
    }

    private static void fill(int[][] rgb, int x, int y, int w, int h, int[] colour) {
        for (int r = y; r < y + h; r++) {
            for (int c = x; c < x + w; c++) {
                rgb[r * WIDTH + c] = colour;
            }
        }
    }

    /** A notepad icon: white paper, a blue band and a dark outline, with a yellow pencil across it. */
    private static void icon(int[][] rgb) {
        fill(rgb, 6, 8, 30, 32, new int[] {40, 40, 40});
        fill(rgb, 8, 10, 26, 28, WHITE);
        fill(rgb, 8, 10, 26, 6, new int[] {30, 110, 220});
        fill(rgb, 16, 20, 18, 6, new int[] {250, 220, 40});
    }

    /** The recogniser's input: blue, green and red planes in [-1, 1]. */
    private static float[] planes(int[][] rgb) {
        float[] out = new float[3 * HEIGHT * WIDTH];
        for (int p = 0; p < rgb.length; p++) {
            for (int c = 0; c < 3; c++) {
                out[c * HEIGHT * WIDTH + p] = rgb[p][2 - c] / 127.5f - 1f;
            }
        }
        return out;
    }

    private static CtcText.Decoded read(String text, int... steps) {
        return new CtcText.Decoded(text, 0.9f, steps, STEPS);
    }

    @Test
    void aColouredIconApartFromTheTextIsNoCharacter() {
        int[][] rgb = bar(WHITE, 8, 11, 14, 17);
        icon(rgb);
        CtcText.Decoded line = read("7tmpa", 2, 8, 11, 14, 17);
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, line)).isEqualTo(1);
        assertThat(line.withoutFirst(1).text()).isEqualTo("tmpa");
        assertThat(line.withoutFirst(1).steps()).containsExactly(8, 11, 14, 17);
    }

    @Test
    void aSpaceReadAfterTheIconGoesWithIt() {
        int[][] rgb = bar(WHITE, 9, 12);
        icon(rgb);
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, read("X ab", 2, 5, 9, 12))).isEqualTo(2);
    }

    @Test
    void aFirstCharacterInTheTextsColourIsKeptHoweverFarApart() {
        int[][] rgb = bar(WHITE, 2, 8, 11, 14); // "1" of a numbered item, then its text
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, read("1abc", 2, 8, 11, 14))).isZero();
    }

    @Test
    void aColouredFirstLetterCloseToTheNextIsKept() {
        int[][] rgb = bar(WHITE, 5, 8, 11);
        icon(rgb); // a logo's coloured first letter, right before the rest
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, read("Gabc", 2, 5, 8, 11))).isZero();
    }

    @Test
    void aGreyNumberApartFromWhiteTextIsKept() {
        int[][] rgb = bar(WHITE, 8, 11, 14);
        // a "5" of 4-pixel strokes, 16 x 28: another colour, but a few thin strokes, not a filled shape
        int[] grey = {150, 150, 150};
        fill(rgb, 12, 10, 16, 4, grey);
        fill(rgb, 12, 10, 4, 12, grey);
        fill(rgb, 12, 22, 16, 4, grey);
        fill(rgb, 24, 22, 4, 12, grey);
        fill(rgb, 12, 34, 16, 4, grey);
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, read("5abc", 2, 8, 11, 14))).isZero();
    }

    @Test
    void aChineseCharacterBeforeLatinTextIsAnIcon() {
        float[] plain = planes(bar(WHITE, 4, 7, 10));
        CtcText.Decoded file = read("\u65e8hotel.ods", 1, 4, 7, 10, 12, 14, 16, 18, 20, 22);
        assertThat(LeadingIcon.chars(plain, WIDTH, HEIGHT, file)).isEqualTo(1);
        assertThat(LeadingIcon.chars(plain, WIDTH, HEIGHT, read("\u4e2a Home", 1, 3, 5, 7, 9, 11))).isEqualTo(2);
        // Chinese text, or no Latin words after the character: kept
        assertThat(LeadingIcon.chars(plain, WIDTH, HEIGHT, read("\u5b66\u5b66\u5b66", 1, 4, 7))).isZero();
        assertThat(LeadingIcon.chars(plain, WIDTH, HEIGHT, read("\u4e2d\u6587 ab", 1, 4, 6, 8, 10))).isZero();
        assertThat(LeadingIcon.chars(plain, WIDTH, HEIGHT, read("\u53e3 \u00d7", 1, 3, 5))).isZero();
    }

    @Test
    void aFirstLetterWithTheColouredFringesOfEveryLetterIsKept() {
        int[][] rgb = bar(WHITE, 2, 8, 11, 14, 17);
        for (int s : new int[] {2, 8, 11, 14, 17}) { // sub-pixel rendering: a red and a blue edge on every letter
            fill(rgb, 8 * s - 8, 12, 4, 24, new int[] {255, 40, 40});
            fill(rgb, 8 * s + 12, 12, 4, 24, new int[] {40, 40, 255});
        }
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, read("Iabcd", 2, 8, 11, 14, 17))).isZero();
    }

    @Test
    void anIconBeforeTextOfManyColoursIsKept() {
        int[][] rgb = bar(WHITE);
        icon(rgb);
        int[][] colours = {WHITE, {40, 200, 40}, {250, 220, 40}, {30, 110, 220}};
        for (int k = 0; k < 11; k++) { // highlighted code: as many other colours everywhere as in the icon
            fill(rgb, 8 * (8 + 3 * k) - 4, 12, 16, 24, colours[k % 4]);
        }
        assertThat(LeadingIcon.chars(planes(rgb), WIDTH, HEIGHT, read("7abcd", 2, 8, 11, 14, 17))).isZero();
    }

    @Test
    void shortLinesAndLinesStartingWithASpaceAreLeftAlone() {
        int[][] rgb = bar(WHITE, 8);
        icon(rgb);
        float[] in = planes(rgb);
        assertThat(LeadingIcon.chars(in, WIDTH, HEIGHT, read("7a", 2, 8))).isZero();
        assertThat(LeadingIcon.chars(in, WIDTH, HEIGHT, read(" 7a", 1, 2, 8))).isZero();
        assertThat(LeadingIcon.chars(in, WIDTH, HEIGHT, read("7  a", 2, 4, 6, 8))).isZero();
    }
}
