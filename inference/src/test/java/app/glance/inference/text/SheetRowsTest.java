package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SheetRowsTest {

    private static final String CALC = "A spreadsheet: its title is \"budget.csv-Libreoffice Calc\".";

    private static TextLine l(String text, int x, int y, int w, int h) {
        return new TextLine(text, 0.9f, x, y, w, h);
    }

    /** LibreOffice Calc with a budget, as PP-OCR read it (stop 47, captured): its letters, rows and sidebar icons. */
    private static List<TextLine> calc() {
        return new ArrayList<>(List.of(l("Al", 9, 133, 24, 16), l("Month", 262, 132, 49, 18), l("A", 64, 167, 15, 13),
                l("B", 117, 165, 12, 15), l("c", 169, 165, 12, 16), l("D", 235, 165, 14, 16),
                l("E", 295, 165, 12, 15), l("F", 342, 165, 12, 15), l("G", 401, 165, 13, 15),
                l("K", 730, 168, 11, 10), l("M", 893, 166, 15, 13), l("N", 974, 166, 14, 13),
                l("0", 1058, 166, 11, 13), l("P", 1141, 167, 9, 10), l("Q", 1222, 166, 13, 14),
                l("1", 14, 184, 13, 13), l("Month", 41, 183, 41, 16), l("Rent", 102, 182, 34, 18),
                l("Groceries", 140, 184, 62, 14), l("Transport", 207, 183, 63, 17), l("Utilities", 270, 182, 51, 18),
                l("Total", 327, 182, 35, 18), l("\u56fd", 1325, 174, 28, 25), l("2", 16, 203, 10, 13),
                l("January", 39, 199, 52, 19), l("950", 115, 198, 27, 19), l("310", 182, 198, 27, 19),
                l("85", 254, 198, 20, 20), l("120", 302, 199, 26, 17), l("1465", 333, 198, 34, 18),
                l("3", 14, 218, 13, 14), l("February", 39, 216, 57, 19), l("950", 116, 214, 26, 20),
                l("4", 14, 234, 14, 16), l("March", 40, 234, 41, 16), l("5", 14, 251, 14, 16),
                l("April", 39, 249, 33, 20),
                l("6", 15, 269, 12, 14), l("May", 37, 265, 34, 23), l("7", 17, 287, 10, 12), l("June", 40, 284, 34, 19),
                l("8", 15, 303, 12, 15), l("0", 1326, 301, 25, 23), l("9", 14, 319, 15, 16),
                l("10", 10, 336, 22, 17)));
    }

    @Test
    void aScreenScaledByTwoIsReadTheSame() {
        // Gnumeric at 2732x1536 with GTK scaled by two, as PP-OCR read it (stop 48, captured): its formula bar's "X"
        // stands within three rows above the grid, a little above its letters; a cell's border read as "ll"
        List<TextLine> gnumeric = List.of(l("A1", 22, 305, 43, 34), l("X", 367, 302, 38, 39),
                l("Month", 656, 305, 91, 34), l("A", 179, 366, 27, 29), l("B", 343, 365, 25, 31),
                l("D", 665, 366, 27, 29), l("E", 827, 365, 28, 32), l("F", 990, 367, 22, 27),
                l("1", 45, 406, 25, 29), l("Month", 115, 407, 89, 29), l("llRent", 269, 403, 76, 34),
                l("Groceries", 440, 406, 130, 29), l("2", 43, 442, 24, 31), l("January", 113, 441, 106, 36),
                l("950", 380, 441, 57, 32), l("3", 45, 477, 23, 32), l("February", 114, 475, 120, 37),
                l("4", 45, 513, 23, 31), l("5", 45, 550, 22, 33));
        assertThat(SheetRows.onScreen(gnumeric, "A spreadsheet: its title is \"budget.csv-Gnumeric\"."))
                .hasValue("Row 1 reads: Month, Rent, Groceries. 3 rows are filled.");
    }

    @Test
    void aSpreadsheetsFirstFilledRowIsReadWithHowManyRowsAreFilled() {
        assertThat(SheetRows.onScreen(calc(), CALC)).hasValue("Row 1 reads: Month, Rent, Groceries, Transport, "
                + "Utilities, Total. 7 rows are filled.");
        assertThat(SheetRows.rows(calc()).get(1)).containsExactly("January", "950", "310", "85", "120", "1465");
        // the sidebar's icons beside the grid are no cells
        assertThat(SheetRows.rows(calc()).get(7)).isEmpty();
        // data that begins further down
        List<TextLine> lower = calc().stream().filter(t -> t.y() > 210 || t.y() < 180 || t.text().equals("1")
                || t.text().equals("2")).toList();
        assertThat(SheetRows.onScreen(lower, CALC)).hasValue("Row 3 reads: February, 950. 5 rows are filled.");
    }

    @Test
    void aPagesGridUnderItsColumnsLettersIsASpreadsheet() {
        String page = "A web browser showing \"Decorating costs - Google\", from the file sheet.html.";
        assertThat(SheetRows.onScreen(calc(), page)).hasValue("It shows a spreadsheet. Row 1 reads: Month, Rent, "
                + "Groceries, Transport, Utilities, Total. 7 rows are filled.");
        // past Z, AA and AB: letters in order still
        List<TextLine> wide = new ArrayList<>(calc());
        wide.addAll(List.of(l("Z", 1290, 166, 12, 13), l("AA", 1320, 166, 20, 13)));
        assertThat(SheetRows.onScreen(wide, page)).isPresent();
        // numbered lines without the letters above them are no spreadsheet's, on a page or not
        List<TextLine> numbered = calc().stream().filter(t -> t.y() > 170).toList();
        assertThat(SheetRows.onScreen(numbered, page)).isEmpty();
        assertThat(SheetRows.onScreen(numbered, CALC)).isEmpty();
    }

    @Test
    void rowNumbersOcrMissedAreTakenFromThoseAroundThem() {
        // Google Sheets-like page in 16 colours (stop 47, captured): "1" and "5" unread, "A." with a speck, no "C"
        List<TextLine> sheet = List.of(l("A.", 176, 162, 18, 16), l("B", 294, 161, 18, 17), l("D", 535, 164, 12, 12),
                l("Item", 126, 182, 32, 18), l("Qty", 245, 182, 25, 20), l("Unit price", 364, 181, 62, 21),
                l("Cost", 484, 182, 33, 18), l("2", 57, 203, 16, 17), l("Paint (litres)", 126, 202, 76, 21),
                l("4", 245, 203, 14, 18), l("3", 57, 224, 16, 18), l("Brushes", 127, 224, 53, 17),
                l("4", 58, 246, 14, 15), l("Masking tape", 127, 245, 81, 20), l("Dust sheets", 127, 266, 73, 18),
                l("6", 57, 288, 17, 16), l("Total", 127, 287, 32, 17), l("84.78", 482, 287, 40, 18));
        String page = "A web browser showing \"Decorating costs -Google\", from the file sheet.html.";
        assertThat(SheetRows.onScreen(sheet, page)).hasValue("It shows a spreadsheet. Row 1 reads: Item, Qty, Unit "
                + "price, Cost. 6 rows are filled.");
        assertThat(SheetRows.rows(sheet).get(4)).containsExactly("Dust sheets");
    }

    @Test
    void theDetailedLevelReadsTheNextFilledRows() {
        String said = CALC + " Row 1 reads: Month, Rent, Groceries, Transport, Utilities, Total. 7 rows are filled.";
        assertThat(SheetRows.more(calc(), said)).hasValue("Row 2: January, 950, 310, 85, 120, 1465. Row 3: February, "
                + "950. Row 4: March.");
        assertThat(SheetRows.more(calc(), CALC)).as("no first row said").isEmpty();
    }

    @Test
    void onlyAfterASpreadsheetAndOnlyWithARunOfRowNumbers() {
        assertThat(SheetRows.onScreen(calc(), "A file manager: its title is \"budget\".")).isEmpty();
        assertThat(SheetRows.onScreen(calc(), CALC + " Row 1 reads: Month.")).isEmpty();
        // two numbers are no grid's rows
        List<TextLine> two = List.of(l("1", 14, 184, 13, 13), l("Month", 41, 183, 41, 16), l("2", 16, 203, 10, 13),
                l("January", 39, 199, 52, 19));
        assertThat(SheetRows.onScreen(two, CALC)).isEmpty();
        // numbers out of their column are none
        List<TextLine> scattered = List.of(l("1", 14, 184, 13, 13), l("Month", 41, 183, 41, 16),
                l("2", 400, 203, 10, 13), l("3", 14, 218, 13, 14), l("March", 40, 218, 41, 16));
        assertThat(SheetRows.onScreen(scattered, CALC)).isEmpty();
    }
}
