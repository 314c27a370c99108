package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines read from window buttons and lone icons, as PP-OCR read them on real screens, are not shown as text. */
class ReadableTextTest {

    private static List<String> readable(String... lines) {
        List<TextLine> in = Arrays.stream(lines).map(t -> new TextLine(t, 0.9f, 10, 20, 100, 12)).toList();
        return ReadableText.of(in).stream().map(TextLine::text).toList();
    }

    @Test
    void aTitleBarsButtonsAndAFileManagersArrowAreDropped() {
        assertThat(readable("\u53e3\u00d7", "\u53e3x", "\u53e3 X", "\u53e3", "\u25a1\u00d7", "1\u25a1\u00d7",
                "\u4e2a", "\u9996\u9996", "Home Folder")).containsExactly("Home Folder");
    }

    @Test
    void buttonsAtTheEndOfATitlesLineAreCutOffAndTheBoxKept() {
        TextLine title = new TextLine("Register f... the event \u53e3 \u00d7", 0.8f, 5, 6, 300, 14);
        assertThat(ReadableText.of(List.of(title)))
                .containsExactly(new TextLine("Register f... the event", 0.8f, 5, 6, 300, 14));
    }

    @Test
    void textAndLongerLinesInChineseAreKept() {
        assertThat(readable("x", "\u00d7", "000", "1", "OK", "\u6587\u4ef6\u7f16\u8f91", "\u53e3\u53e3\u53e3\u53e3",
                "5 \u00d7 3", "Box \u53e3 here")).containsExactly("x", "\u00d7", "000", "1", "OK",
                "\u6587\u4ef6\u7f16\u8f91", "\u53e3\u53e3\u53e3\u53e3", "5 \u00d7 3", "Box \u53e3 here");
    }

    @Test
    void menuNamesReadWithTheirUnderlinedFirstLetterOrADigitAreWrittenRight() {
        // PCManFM's menus as PP-OCR read them (real_check, stop 35), one to a line and on lines of their own
        assertThat(readable("Eile", "Edit", "View", "Bookmarks", "G0", "Tools", "Help"))
                .containsExactly("File", "Edit", "View", "Bookmarks", "Go", "Tools", "Help");
        assertThat(readable("Eile Edit View Bookmarks", "Edit Yiew")).containsExactly("File Edit View Bookmarks",
                "Edit View");
    }

    @Test
    void wordsOutsideAMenuBarAreLeftAsRead() {
        assertThat(readable("Eile", "Dear Mrs. Patel,", "Thank you")).containsExactly("Eile", "Dear Mrs. Patel,",
                "Thank you");
        assertThat(readable("File Edit", "Eile is my name", "Yiew from the hill"))
                .containsExactly("File Edit", "Eile is my name", "Yiew from the hill");
        assertThat(ReadableText.menuName("Eagle")).isEqualTo("Eagle");
        assertThat(ReadableText.menuName("E")).isEqualTo("E");
    }
}
