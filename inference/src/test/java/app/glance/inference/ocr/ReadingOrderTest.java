package app.glance.inference.ocr;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingOrderTest {

    private static TextLine line(String text, int x, int y, int width) {
        return new TextLine(text, 0.99f, x, y, width, 20);
    }

    private static List<String> sortedTexts(List<TextLine> lines) {
        List<TextLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(42));
        return ReadingOrder.sort(shuffled).stream().map(TextLine::text).toList();
    }

    @Test
    void readsTwoProseColumnsOneAfterTheOtherEvenWhenBaselinesAlign() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(new TextLine("Title", 0.99f, 120, 60, 380, 36));
        for (int i = 0; i < 5; i++) {
            lines.add(line("L" + i, 120, 150 + 30 * i, 330 + (i % 2) * 20));
            lines.add(line("R" + i, 720, 150 + 30 * i, 340 - (i % 2) * 20));
        }
        assertThat(sortedTexts(lines))
                .containsExactly("Title", "L0", "L1", "L2", "L3", "L4", "R0", "R1", "R2", "R3", "R4");
    }

    @Test
    void readsAWindowsTitleCentredOverItsSidebarAndPageFirst() {
        // Openbox's configuration window (stop 28): the title over a sidebar of sections and a page beside it; the
        // sidebar and the page are read one after the other, but after the title
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("Openbox Configuration Manager", 700, 128, 200));
        lines.add(line("X", 1480, 128, 12));
        String[] sections = {"Theme", "Appearance", "Windows", "Mouse"};
        for (int i = 0; i < sections.length; i++) {
            lines.add(line(sections[i], 120, 180 + 49 * i, 90));
        }
        lines.add(line("Clearlooks", 260, 265, 70));
        lines.add(line("Clearlooks-Olive", 260, 540, 100));
        lines.add(line("Install a new theme...", 280, 650, 130));
        assertThat(sortedTexts(lines)).containsExactly("Openbox Configuration Manager", "X", "Theme", "Appearance",
                "Windows", "Mouse", "Clearlooks", "Clearlooks-Olive", "Install a new theme...");
    }

    @Test
    void readsAHeaderBarsTitleAndButtonsBeforeTheDocumentBelow() {
        // GNOME Text Editor's header bar above its letter, the screen's first strip as PP-OCR found it (stop 40, by
        // hand): "Open" a little lower than the title had been read at the head of the letter's column, the title
        // after the letter; the title is not centred on the strip's text (the window's own buttons at its right end
        // hold none), but stands between the header bar's buttons
        List<TextLine> lines = List.of(new TextLine("Open", 0.99f, 216, 40, 49, 20),
                new TextLine("1 Dear Ann,", 0.99f, 201, 73, 106, 23),
                new TextLine("2 Thank you for the seeds.", 0.99f, 202, 93, 255, 21),
                new TextLine("3 The tomatoes are doing well.", 0.99f, 200, 112, 298, 25),
                new TextLine("4 Best wishes, Raj", 0.99f, 201, 135, 178, 20),
                new TextLine("letter.txt", 0.99f, 597, 30, 87, 19),
                new TextLine("/tmp/tmp48srdrxr", 0.99f, 575, 50, 130, 18),
                new TextLine("Save", 0.99f, 851, 39, 46, 20));
        assertThat(sortedTexts(lines)).containsExactly("letter.txt", "Save", "Open", "/tmp/tmp48srdrxr", "1 Dear Ann,",
                "2 Thank you for the seeds.", "3 The tomatoes are doing well.", "4 Best wishes, Raj");
    }

    @Test
    void aHeaderRowThatIsNotCentredStaysWithItsColumns() {
        // a site's name at the left and its links at the right, above a sidebar and a page: not a window's title
        List<TextLine> lines = List.of(line("Fabrikam", 20, 10, 80), line("Latest Categories Login", 700, 10, 200),
                line("Home", 20, 80, 60), line("Topics", 20, 110, 60), line("Help", 20, 140, 50),
                line("Problem with call", 300, 70, 300), line("rav97", 300, 120, 60),
                line("This document describes the agenda", 300, 150, 400));
        assertThat(sortedTexts(lines)).containsExactly("Fabrikam", "Home", "Topics", "Help",
                "Latest Categories Login", "Problem with call", "rav97", "This document describes the agenda");
    }

    @Test
    void readsColumnsWhoseTopsAreStaggeredOneAfterTheOther() {
        // the right column starts a line higher, its first line beside nothing: still read after the left one
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(line("L" + i, 120, 180 + 30 * i, 330 + (i % 2) * 20));
            lines.add(line("R" + i, 720, 150 + 30 * i, 340 - (i % 2) * 20));
        }
        assertThat(sortedTexts(lines)).containsExactly("L0", "L1", "L2", "L3", "L4", "R0", "R1", "R2", "R3", "R4");
        // the same with their tops on one row
        List<TextLine> level = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            level.add(line("L" + i, 120, 150 + 30 * i, 330 + (i % 2) * 20));
            level.add(line("R" + i, 720, 150 + 30 * i, 340 - (i % 2) * 20));
        }
        assertThat(sortedTexts(level)).containsExactly("L0", "L1", "L2", "L3", "L4", "R0", "R1", "R2", "R3", "R4");
    }

    @Test
    void readsTableRowByRowLeftToRight() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("Downloads", 100, 60, 150));
        String[][] rows = {
            {"Name", "Size", "Modified"}, {"a.zip", "248 MB", "12 March"}, {"b.pdf", "96 KB", "3 April"}};
        for (int r = 0; r < rows.length; r++) {
            lines.add(line(rows[r][0], 100, 130 + 44 * r, 150));
            lines.add(line(rows[r][1], 520, 131 + 44 * r, 60));
            lines.add(line(rows[r][2], 760, 129 + 44 * r, 110));
        }
        assertThat(sortedTexts(lines)).containsExactly("Downloads", "Name", "Size", "Modified",
                "a.zip", "248 MB", "12 March", "b.pdf", "96 KB", "3 April");
    }

    @Test
    void readsDialogTitleMessageThenButtonsLeftToRight() {
        List<TextLine> lines = List.of(
                line("Unsaved changes", 444, 267, 160),
                line("Save changes before closing?", 457, 329, 288),
                line("Your changes will be lost.", 460, 368, 335),
                line("Don't Save", 473, 452, 80),
                line("Cancel", 716, 451, 54),
                line("Save", 841, 453, 43));
        assertThat(sortedTexts(lines)).containsExactly("Unsaved changes", "Save changes before closing?",
                "Your changes will be lost.", "Don't Save", "Cancel", "Save");
    }

    @Test
    void readsSidebarBeforeContentWhenTheirLinesDoNotAlign() {
        List<TextLine> lines = List.of(
                line("Inbox", 10, 100, 60), line("Sent", 10, 140, 50), line("Drafts", 10, 180, 60),
                line("Meeting moved to Friday afternoon at three", 300, 110, 420),
                line("Please bring the quarterly figures with you", 300, 160, 430));
        assertThat(sortedTexts(lines)).containsExactly("Inbox", "Sent", "Drafts",
                "Meeting moved to Friday afternoon at three", "Please bring the quarterly figures with you");
    }

    @Test
    void groupsSlightlyOverlappingBoxesOnOneBaselineIntoARow() {
        List<TextLine> lines = List.of(
                new TextLine("File", 0.9f, 10, 10, 40, 22), new TextLine("Edit", 0.9f, 70, 12, 40, 20),
                new TextLine("View", 0.9f, 130, 9, 44, 24));
        assertThat(sortedTexts(lines)).containsExactly("File", "Edit", "View");
    }

    @Test
    void windowControlsBesideTheTitleStayWithTheTitle() {
        // boxes PP-OCR found on assets/samples/bench/screen-1366x768.png (Mousepad): the window buttons read as "d"
        List<TextLine> lines = List.of(
                new TextLine("/tmp/shots/letter.txt - Mousepad", 0.95f, 587, 132, 189, 16),
                new TextLine("d", 0.6f, 947, 130, 54, 18),
                new TextLine("File", 0.98f, 369, 158, 28, 16),
                new TextLine("Edit", 0.90f, 392, 157, 45, 18),
                new TextLine("Search View Document Help", 0.92f, 440, 158, 220, 18),
                new TextLine("Warning: you are using the root account.", 0.92f, 469, 185, 423, 16),
                new TextLine("Dear Mrs. Patel,", 0.95f, 363, 207, 145, 19),
                new TextLine("Thank you for your letter of 12 March about the garden project.", 0.91f,
                        364, 242, 568, 21),
                new TextLine("Please bring gloves and a water bottle.", 0.94f, 363, 278, 354, 21));
        assertThat(sortedTexts(lines)).containsExactly("/tmp/shots/letter.txt - Mousepad", "d", "File", "Edit",
                "Search View Document Help", "Warning: you are using the root account.", "Dear Mrs. Patel,",
                "Thank you for your letter of 12 March about the garden project.",
                "Please bring gloves and a water bottle.");
    }

    @Test
    void keepsEmptyAndSingleLineInputs() {
        assertThat(ReadingOrder.sort(List.of())).isEmpty();
        assertThat(ReadingOrder.sort(List.of(line("Only", 5, 5, 40))))
                .extracting(TextLine::text).containsExactly("Only");
    }

    @Test
    void twoWindowsSideBySideAreReadOneAfterTheOtherFrontFirst() {
        // a dialog on the left and an editor on the right whose rows line up: by geometry alone they interleave
        TextLine dialogTitle = new TextLine("Backup", 0.9f, 40, 200, 80, 14);
        TextLine dialogText = new TextLine("Backup finished", 0.9f, 60, 240, 200, 14);
        TextLine editorTitle = new TextLine("notes.txt - Mousepad", 0.9f, 640, 200, 220, 14);
        TextLine editorText = new TextLine("Dear Tom,", 0.9f, 660, 240, 100, 14);
        TextLine clock = new TextLine("10:15", 0.9f, 1200, 4, 40, 12);
        List<TextLine> lines = List.of(clock, editorText, dialogText, editorTitle, dialogTitle);
        List<int[]> windows = List.of(new int[] {620, 180, 600, 500}, new int[] {20, 180, 420, 200});
        assertThat(ReadingOrder.byWindow(lines, windows)).extracting(TextLine::text)
                .containsExactly("notes.txt - Mousepad", "Dear Tom,", "Backup", "Backup finished", "10:15");
        assertThat(ReadingOrder.byWindow(lines, List.of())).isEqualTo(ReadingOrder.sort(lines));
    }
}
