package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An open menu, read from its items' shortcuts, each to the right of its item. */
class OpenMenuTest {

    /** Mousepad with its File menu open over its root-account warning bar, as PP-OCR read it (stop 39, by hand). */
    private static final List<TextLine> MOUSEPAD = List.of(
            line("/tmp/tmporsws7tb/shopping.txt -Mousepad", 658, 201, 285, 16),
            line("File  Edit", 486, 225, 72, 17),
            line("Search", 555, 227, 62, 15),
            line("View", 621, 227, 44, 14),
            line("Document Help", 674, 227, 117, 15),
            line("New", 505, 251, 35, 17),
            line("Ctrl+N account. You may harm your system.", 730, 249, 295, 20),
            line("New Window", 508, 277, 86, 15),
            line("Shift+Ctrl+N", 690, 276, 86, 15),
            line("New From Template", 506, 301, 135, 17),
            line("Open...", 507, 327, 49, 17),
            line("Ctrl+0", 731, 328, 46, 14),
            line("Open Recent", 506, 351, 89, 19),
            line("save", 506, 378, 36, 17),
            line("Ctrl+S", 732, 378, 47, 16),
            line("Save As...", 506, 403, 67, 17),
            line("Shift+Ctrl+S", 692, 403, 85, 15),
            line("Save All", 506, 426, 59, 19),
            line("Reload", 506, 452, 51, 19),
            line("Print...", 507, 480, 45, 16),
            line("Ctrl+P", 732, 479, 46, 16),
            line("Detach Tab", 506, 504, 77, 18),
            line("Ctrl+D", 730, 505, 47, 16),
            line("Close Tab", 507, 531, 65, 17),
            line("Ctrl+W", 726, 528, 52, 21),
            line("Close Window", 506, 556, 96, 17),
            line("Shift+Ctrl+W", 687, 556, 89, 15),
            line("Quit", 507, 580, 32, 18),
            line("Ctrl+Q", 729, 579, 49, 20));

    @Test
    void aMenusItemsAreSaidFromTheFirstThatHasAShortcut() {
        assertThat(OpenMenu.items(MOUSEPAD)).containsExactly("New", "New Window", "New From Template", "Open...",
                "Open Recent", "save", "Save As...", "Save All", "Reload", "Print...", "Detach Tab", "Close Tab",
                "Close Window", "Quit");
        assertThat(OpenMenu.sentence(MOUSEPAD, "A text editor: its title is \"shopping.txt - Mousepad\".")).hasValue(
                "A menu is open: New, New Window, New From Template, Open..., Open Recent, save, Save As..., "
                        + "Save All, and 6 more.");
    }

    @Test
    void aToolbarOrASidebarReadBetweenTheItemsIsNotOneOfThem() {
        // Gnumeric's Edit menu over its toolbar and row numbers; Geany's Build menu beside its sidebar and document,
        // whose last item has no shortcut (stop 39, by hand)
        assertThat(OpenMenu.items(fixture("gnumeric-edit.tsv"))).containsExactly("Undo", "Redo", "Cut", "Copy",
                "Paste", "Paste Special...", "Clear", "Delete", "Modify", "Search...", "Search & Replace...", "Sheet",
                "Select", "Recalculate", "Preferences...");
        assertThat(OpenMenu.items(fixture("geany-build.tsv"))).containsExactly("Make", "Make Custom Target...",
                "Make Qbject", "Next Error", "Previous Error", "Execute", "Set Build Commands");
    }

    @Test
    void ofAMenuAndItsSubmenuTheColumnWithMoreShortcutsIsSaid() {
        // LibreOffice Writer's Format menu with its Text submenu open beside it (stop 39, by hand)
        List<String> items = OpenMenu.items(fixture("writer-format-text.tsv"));
        assertThat(items).startsWith("Bold", "Italic", "Single Under line", "Double Under line", "Strikethrough")
                .endsWith("Small capitals").doesNotContain("Text", "Spacing", "Clear Direct Formatting", "Dear");
        assertThat(items).hasSize(19);
    }

    @Test
    void aShortcutOnItsItemsLineCountsAndAShortMenuIsSaidWhole() {
        List<TextLine> menu = List.of(line("Cut Ctrl+X", 10, 10, 120, 16), line("Copy Ctrl+C", 10, 30, 120, 16),
                line("Paste Ctrl+V", 10, 50, 120, 16), line("Select All", 10, 70, 80, 16));
        assertThat(OpenMenu.sentence(menu, "A text editor.")).hasValue("A menu is open: Cut, Copy, Paste, Select All.");
        // galculator's Edit menu (stop 39, by hand): its last item's dots end the sentence
        List<TextLine> galculator = List.of(line("Cut Display Value", 10, 10, 140, 16), line("Ctrl+x", 200, 10, 40, 16),
                line("Copy Display Value", 10, 30, 140, 16), line("Ctrl+C", 200, 30, 40, 16),
                line("Preferences...", 10, 50, 110, 16), line("Ctrl+P", 200, 50, 40, 16));
        assertThat(OpenMenu.sentence(galculator, "A calculator."))
                .hasValue("A menu is open: Cut Display Value, Copy Display Value, Preferences...");
    }

    @Test
    void shortcutsBeforeWhatTheyDoOrOnOtherRowsAreNoMenu() {
        // a window that lists shortcuts, each to the left of what it does
        List<TextLine> help = List.of(line("Ctrl+N", 10, 10, 50, 16), line("New window", 100, 10, 90, 16),
                line("Ctrl+O", 10, 30, 50, 16), line("Open a file", 100, 30, 90, 16),
                line("Ctrl+S", 10, 50, 50, 16), line("Save the file", 100, 50, 90, 16),
                line("Ctrl+Q", 10, 70, 50, 16), line("Quit", 100, 70, 40, 16));
        assertThat(OpenMenu.items(help)).isEmpty();
        // a text that names shortcuts on lines of their own, below what they do
        List<TextLine> text = List.of(line("To save, press", 10, 10, 120, 16), line("Ctrl+S", 10, 30, 50, 16),
                line("To print, press", 10, 50, 120, 16), line("Ctrl+P", 10, 70, 50, 16),
                line("To quit, press", 10, 90, 120, 16), line("Ctrl+Q", 10, 110, 50, 16));
        assertThat(OpenMenu.items(text)).isEmpty();
        // two shortcuts are not enough
        assertThat(OpenMenu.items(MOUSEPAD.subList(0, 9))).isEmpty();
    }

    @Test
    void aMenuAlreadySaidIsNotSaidAgain() {
        assertThat(OpenMenu.sentence(MOUSEPAD, "A text editor. A menu is open: New.")).isEmpty();
    }

    /** PP-OCR's lines of a committed screen, one per row: x, y, width, height and text, apart by tabs. */
    private static List<TextLine> fixture(String name) {
        try (InputStream in = OpenMenuTest.class.getResourceAsStream("/menus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t", 5))
                    .map(f -> line(f[4], Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextLine line(String text, int x, int y, int width, int height) {
        return new TextLine(text, 0.9f, x, y, width, height);
    }
}
