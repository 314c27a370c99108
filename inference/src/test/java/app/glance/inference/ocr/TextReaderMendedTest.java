package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mends of a line as the recogniser read it, all together ({@link TextReader#mended}). */
class TextReaderMendedTest {

    private final WordSplitter words = WordSplitter.english();

    @Test
    void mendsDigitsSpacesDatesAndLetters() {
        assertThat(TextReader.mended("  The iibrary opens at 6:oo PM on 1December2026  ", words))
                .isEqualTo("The library opens at 6:00 PM on 1 December 2026");
    }

    /** The steps follow the characters once the blanks around the line are cut off. */
    @Test
    void readsTheGapsOfTheLineWithoutItsBlanks() {
        String read = "  Inkscape and Rhythmbox";
        int[] even = new int[read.length()];
        for (int i = 0; i < even.length; i++) {
            even[i] = 3 * i;
        }
        assertThat(TextReader.mended(read, even, words)).isEqualTo("Inkscape and Rhythmbox");
        assertThat(TextReader.mended(read, words)).isEqualTo("Inks cape and Rhythm box");
        int[] gap = even.clone();
        for (int i = read.indexOf("box"); i < gap.length; i++) {
            gap[i] += 3;
        }
        assertThat(TextReader.mended(read, gap, words)).isEqualTo("Inkscape and Rhythm box");
    }
}
