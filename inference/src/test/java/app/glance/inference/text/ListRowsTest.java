package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListRowsTest {

    private static TextLine line(String text, int x, int y, int width, int height) {
        return new TextLine(text, 0.95f, x, y, width, height);
    }

    /** zenity's list window as PP-OCR read it (stop 45, captured): its last row's two cells read as one line. */
    private static final List<TextLine> PRINTERS = List.of(
            line("Select items from the list below.", 11, 10, 213, 20),
            line("Printer", 15, 38, 59, 19), line("Status", 132, 38, 55, 19),
            line("Office laser", 15, 62, 81, 21), line("Ready", 130, 64, 47, 19),
            line("Canon MG3600", 15, 87, 106, 17), line("Offline", 131, 87, 48, 17),
            line("HP Deskjet 2700 Out of paper", 14, 110, 203, 18),
            line("Cancel", 137, 163, 47, 17), line("OK", 238, 164, 25, 16));

    @Test
    void aDialogsListIsSaidRowByRowUnderItsHeadings() {
        assertThat(ListRows.onScreen(PRINTERS, "A dialog says \"Select items from the list below.\".")).hasValue(
                "Its rows: Office laser, Ready; Canon MG3600, Offline; HP Deskjet 2700, Out of paper.");
    }

    @Test
    void manyRowsAreCountedAfterTheFirstSix() {
        List<TextLine> lines = new ArrayList<>(List.of(line("Name", 10, 10, 40, 16), line("Size", 200, 10, 30, 16)));
        for (int i = 0; i < 9; i++) {
            lines.add(line("file" + i + ".txt", 10, 34 + 22 * i, 70, 16));
            lines.add(line(i + 1 + " KB", 200, 34 + 22 * i, 40, 16));
        }
        assertThat(ListRows.onScreen(lines, "A list dialog.")).hasValue("Its rows: file0.txt, 1 KB; file1.txt, 2 KB; "
                + "file2.txt, 3 KB; file3.txt, 4 KB; file4.txt, 5 KB; file5.txt, 6 KB; and 3 more.");
    }

    @Test
    void noListWithoutADialogHeadingsSideBySideOrTwoRows() {
        // said of another window; a single column; headings with one row below them
        assertThat(ListRows.onScreen(PRINTERS, "A text editor: its title is \"printers.txt\".")).isEmpty();
        assertThat(ListRows.onScreen(List.of(line("Printer", 15, 38, 59, 19), line("Office laser", 15, 62, 81, 21),
                line("Canon MG3600", 15, 87, 106, 17)), "A list dialog.")).isEmpty();
        assertThat(ListRows.onScreen(PRINTERS.subList(0, 5), "A list dialog.")).isEmpty();
        // a dialog's message and buttons under a title bar: no headings
        assertThat(ListRows.onScreen(List.of(line("Delete the file?", 20, 20, 120, 18), line("Cancel", 60, 80, 50, 18),
                line("Delete", 130, 80, 50, 18)), "A dialog asks \"Delete the file?\".")).isEmpty();
    }

    @Test
    void theModelsCountOfRowsGoesWhereTheListShowsAnother() {
        // real_check's zenity list of five, "containing 2 rows" (stop 45)
        assertThat(ListRows.withoutWrongCount("A list dialog titled \"Select an item\", containing 2 rows.",
                () -> PRINTERS)).isEqualTo("A list dialog titled \"Select an item\".");
        assertThat(ListRows.withoutWrongCount("A list dialog, containing 3 rows.", () -> PRINTERS))
                .isEqualTo("A list dialog, containing 3 rows.");
        // no list read: the count is left to the other checks; no count said: the lines are not asked for
        assertThat(ListRows.withoutWrongCount("A list dialog, containing 2 rows.", () -> PRINTERS.subList(0, 3)))
                .isEqualTo("A list dialog, containing 2 rows.");
        assertThat(ListRows.withoutWrongCount("A list dialog.", () -> {
            throw new AssertionError("asked for the lines");
        })).isEqualTo("A list dialog.");
    }
}
