package app.glance.inference.ocr;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Boxes as PP-OCR found them on real windows (x, y, width, height from `real_check` shots, stop 24). */
class LineJoinerTest {

    private static TextLine box(String text, int x, int y, int w, int h) {
        return new TextLine(text, 0.9f, x, y, w, h);
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Test
    void vimsWidelySpacedWordsAreOneLineAgain() {
        List<TextLine> found = List.of(
                box("Agenda", 2, 4, 71, 31),
                box("We are happy", 3, 54, 136, 22), box("to", 141, 57, 29, 16), box("welcome", 170, 55, 89, 18),
                box("Karen", 266, 57, 59, 15), box("to", 333, 58, 25, 13), box("the", 365, 56, 37, 16),
                box("team", 405, 57, 51, 17),
                box("Thank", 23, 78, 60, 17), box("you", 86, 77, 46, 21));
        List<TextLine> lines = LineJoiner.joinAll(found);
        // a capital may begin a name, a menu's or a link's: the line is cut there
        assertThat(texts(lines)).containsExactly("Agenda", "We are happy to welcome", "Karen to the team",
                "Thank you");
        TextLine joined = lines.get(1);
        assertThat(new int[] {joined.x(), joined.y(), joined.width(), joined.height()})
                .containsExactly(3, 54, 256, 22);
    }

    @Test
    void vimsFileLineGoesOnAfterItsComma() {
        List<TextLine> found = List.of(box("notes.txt\"", 10, 670, 100, 20), box("16", 111, 671, 20, 18),
                box("lines,", 131, 670, 60, 20), box("600", 200, 671, 30, 18), box("bytes", 237, 670, 56, 20));
        assertThat(texts(LineJoiner.joinAll(found))).containsExactly("notes.txt\"", "16 lines, 600 bytes");
    }

    @Test
    void aBoxThatOverlapsTheOneBeforeALittleContinuesIt() {
        // "request partial export" ends 9 pixels after "text hard" starts (the detector's margins)
        TextLine before = box("request partial export", 404, 122, 254, 18);
        assertThat(LineJoiner.join(before, box("text hard", 649, 122, 114, 18)))
                .map(TextLine::text).contains("request partial export text hard");
    }

    @Test
    void buttonsKeysAndColumnsStayApart() {
        assertThat(LineJoiner.join(box("Cancel", 107, 284, 61, 18), box("OK", 228, 283, 32, 20))).isEmpty();
        assertThat(LineJoiner.join(box("MR", 100, 300, 22, 21), box("M+", 145, 300, 22, 22))).isEmpty();
        assertThat(LineJoiner.join(box("album.zip", 175, 142, 73, 20), box("January.txt", 266, 142, 80, 21)))
                .isEmpty();
    }

    @Test
    void iconsNamesCloseTogetherStayApart() {
        // a file's name, and a name cut by a hyphen, end an icon's label: the next box is the next icon's
        assertThat(LineJoiner.join(box("musics.mkv", 545, 127, 90, 16), box("notice_2019post_2019.t-", 640, 127, 180,
                16))).isEmpty();
        assertThat(LineJoiner.join(box("member.og-", 167, 233, 80, 18), box("engine.svg", 254, 234, 92, 18)))
                .isEmpty();
        // an icon read as one character
        assertThat(LineJoiner.join(box("\u56fd", 100, 300, 16, 18), box("simple-manual.mp4", 118, 300, 130, 18)))
                .isEmpty();
    }

    @Test
    void menuNamesAndANameWithItsTimeStayApart() {
        assertThat(LineJoiner.join(box("File", 70, 6, 28, 13), box("Edit", 99, 7, 36, 12))).isEmpty();
        assertThat(LineJoiner.join(box("Christine Bianchi", 40, 300, 150, 18), box("9:55 PM", 195, 300, 60, 18)))
                .isEmpty();
    }

    @Test
    void linesOfDifferentRowsStayApart() {
        assertThat(LineJoiner.join(box("We are happy", 3, 54, 136, 22), box("Thank", 140, 78, 60, 17))).isEmpty();
        // half a line lower: less than 60 % of the lower box's height shared
        assertThat(LineJoiner.join(box("one", 0, 0, 40, 20), box("two", 42, 10, 40, 20))).isEmpty();
    }

    @Test
    void theJoinedConfidenceIsWeightedByTheTextsLengths() {
        TextLine a = new TextLine("abc", 1.0f, 0, 0, 30, 20);
        TextLine b = new TextLine("d", 0.6f, 31, 0, 10, 20);
        assertThat(LineJoiner.join(a, b).orElseThrow().confidence()).isCloseTo(0.9f, within(1e-6f));
    }
}
