package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** LibreOffice's Start Center, its documents right of its column (stop 48, captured). */
class StartCenterTest {

    private static final String TITLED = "An office suite: its title is \"LibreOffice\".";

    private static TextLine at(String text, int x, int y, int w, int h) {
        return new TextLine(text, 0.9f, x, y, w, h);
    }

    /** The Start Center's column, as PP-OCR read it at 1366x768. */
    private static List<TextLine> column() {
        return List.of(at("LibreOffice", 649, 3, 71, 15), at("File", 8, 24, 28, 17), at("Tools Help", 37, 20, 94, 24),
                at("Open File", 49, 65, 76, 19), at("Remote Files", 49, 110, 105, 20),
                at("Recent Documents", 49, 158, 154, 20), at("Templates", 47, 200, 87, 24),
                at("Create:", 11, 238, 63, 22), at("Writer Document", 49, 279, 142, 22),
                at("Calc Spreadsheet", 50, 326, 143, 20), at("Impress Present at i on", 50, 372, 170, 17),
                at("LibreOffice", 64, 681, 178, 32), at("Community", 65, 709, 81, 23));
    }

    private static List<TextLine> with(TextLine... shown) {
        List<TextLine> lines = new ArrayList<>(column());
        lines.addAll(List.of(shown));
        return lines;
    }

    @Test
    void theDocumentsItShowsAreSaidRowByRowLeftToRight() {
        List<TextLine> three = with(at("letter", 571, 261, 40, 19), at("budget", 346, 260, 52, 21),
                at("notes", 790, 263, 40, 16));
        assertThat(StartCenter.onScreen(three, TITLED))
                .hasValue("It is LibreOffice's Start Center, showing budget, letter and notes.");
        // a second row below the first; more than six said as a count
        List<TextLine> eight = with(at("alpha", 346, 260, 52, 21), at("bravo", 571, 261, 40, 19),
                at("charlie", 790, 263, 40, 16), at("delta", 1000, 262, 40, 16), at("echo", 346, 470, 40, 16),
                at("foxtrot", 571, 471, 40, 16),
                at("golf", 790, 470, 40, 16), at("hotel", 1000, 472, 40, 16));
        assertThat(StartCenter.onScreen(eight, TITLED))
                .hasValue("It is LibreOffice's Start Center, showing alpha, bravo, charlie, delta, echo, foxtrot and 2 "
                        + "more.");
        // a picture's own small text is no document's name
        assertThat(StartCenter.onScreen(with(at("budget", 346, 260, 52, 21),
                at("Month Rent Groceries", 300, 70, 60, 6)), TITLED))
                .hasValue("It is LibreOffice's Start Center, showing budget.");
    }

    @Test
    void noDocumentsYetIsSaidSo() {
        assertThat(StartCenter.onScreen(with(at("Welcome to LibreOffice.", 600, 300, 300, 30),
                at("Drop a document here or pick an app from the left side to create one.", 400, 360, 600, 20)),
                TITLED)).hasValue("It is LibreOffice's Start Center, with no documents shown yet.");
    }

    @Test
    void onlyWhereItsColumnShows() {
        assertThat(StartCenter.onScreen(List.of(at("Recent Documents", 49, 158, 154, 20), at("budget", 346, 260, 52,
                21)), TITLED)).as("no heading of what it creates").isEmpty();
        assertThat(StartCenter.onScreen(with(at("budget", 346, 260, 52, 21)), "A web browser showing \"Docs\"."))
                .isEmpty();
    }
}
