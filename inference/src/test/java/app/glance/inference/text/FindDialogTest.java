package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A Find dialog, or a Find and Replace dialog: its label for what is looked for and a search button below. */
class FindDialogTest {

    /** LibreOffice Writer's Find and Replace window without its title bar, as PP-OCR read it (stop 40, by hand). */
    private static final List<String> WRITER = List.of("Find:", "Match case", "Whole words only", "Replace:",
            "Find All", "Find Previous", "Find Next", "Replace", "Replace All", "vother options",
            "Current selection only", "Replace backwards", "Comments", "Paragraph Styles", "Regular expressions",
            "Similarity search", "Similar i ties...", "Diacritic-sensitive", "Attributes...", "Format...",
            "No Format", "Help", "Close");

    private static final Supplier<List<String>> NOT_ASKED = () -> {
        throw new AssertionError("all of the text was asked for");
    };

    @Test
    void itsOwnWindowSaysWhichDialogAndWhatItLooksFor() {
        assertThat(FindDialog.window(WRITER, NOT_ASKED).map(FindDialog::sentence))
                .hasValue("A Find and Replace dialog.");
        // Geany's Find window: what was typed follows its label
        List<String> geany = List.of("Search for: import", "JUse regular expressions", "Case sensitive",
                "J Use multi-line matching", "Match only a whole word", "J Use escape sequences",
                "Match from start of word", "Find All", "Close", "Previous", "Next");
        assertThat(FindDialog.window(geany, NOT_ASKED).map(FindDialog::sentence))
                .hasValue("A Find dialog, looking for \"import\".");
        // under its own title; its buttons among all of the text where the first lines do not reach them
        List<String> mousepad = List.of("Find and Replace", "Search for:", "Replace with:", "Search direct i on:",
                "Down", "Wrap around", "Match case", "Match whole word", "Regular expression", "Replace all in:",
                "Document", "Find", "Replace", "Close");
        assertThat(FindDialog.window(mousepad.subList(0, 4), () -> mousepad).map(FindDialog::sentence))
                .hasValue("A Find and Replace dialog.");
    }

    @Test
    void labelsWithoutColonsAreTheDialogsWhereOneForWhatReplacesItFollows() {
        // gedit's and Gnumeric's windows, as PP-OCR read them (stop 40, by hand); Gnumeric's labels below its tabs
        List<String> gedit = List.of("Find", "Replace with", "Nothing", "Match case", "Search backwards",
                "Match entire word only", "Wrap around", "Regular expression", "Close", "Replace All", "Replace",
                "Find");
        assertThat(FindDialog.window(gedit, NOT_ASKED).map(FindDialog::sentence))
                .hasValue("A Find and Replace dialog.");
        List<String> gnumeric = List.of("Normal", "Advanced", "Error Behaviour", "Search", "Search for", "Replace by",
                "Ignore case", "Scope", "Entire workbook", "Help", "Cancel", "Apply", "OK");
        assertThat(FindDialog.window(gnumeric, NOT_ASKED).map(FindDialog::sentence))
                .hasValue("A Find and Replace dialog.");
        // without a colon and without that label, a word is a button or a heading
        assertThat(FindDialog.window(List.of("Find", "Match case", "Next", "Close"), NOT_ASKED)).isEmpty();
        assertThat(FindDialog.anywhere(List.of("Search", "Search for", "Books", "Next"))).isEmpty();
        // further down than the first lines, only with a colon and a button in front of its own window
        assertThat(FindDialog.window(List.of("Normal", "Advanced", "Error Behaviour", "Search", "Options",
                "Search for", "Replace by", "OK"), NOT_ASKED)).isEmpty();
    }

    @Test
    void aLabelWithoutASearchButtonIsNone() {
        // a web page's search form, a text that begins with the words, a label further down
        assertThat(FindDialog.window(List.of("Search for:", "Books", "Music", "Films", "Submit"),
                () -> List.of("Search for:", "Books", "Music", "Films", "Submit"))).isEmpty();
        assertThat(FindDialog.window(List.of("Find your nearest library", "Next"), NOT_ASKED)).isEmpty();
        assertThat(FindDialog.window(List.of("Notes", "Find:", "Find Next"), NOT_ASKED)).isEmpty();
        // a search button too far below the label is another window's
        List<String> far = new ArrayList<>(List.of("Find what:"));
        for (int i = 0; i < FindDialog.BUTTON_WITHIN; i++) {
            far.add("Line " + i + " of the letter");
        }
        far.add("Next");
        assertThat(FindDialog.anywhere(far)).isEmpty();
        assertThat(FindDialog.anywhere(far.subList(0, 2))).isEmpty();
    }

    @Test
    void inFrontOfItsApplicationItIsFoundAnywhere() {
        // Writer's screen with that dialog in front of its document, as PP-OCR read it (stop 40, by hand)
        List<String> screen = List.of("minutes.txt-LibreOffice Writer", "FileEd it", "View", "Insert", "Format",
                "Styles", "Table", "Form", "Tools", "Window", "Help", "A", "Preformatted Text", "Liberation Mono",
                "10 pt", "Release Notes", "Find and Replace", "Find:", "Match case", "Whole words only", "Ne",
                "Replace:", "Find All", "Find Previous", "Find Next", "Replace", "Replace All", "Help", "Close",
                "Page 1 of 1", "13 words, 70 characters");
        assertThat(FindDialog.window(screen, NOT_ASKED)).isEmpty();
        assertThat(FindDialog.anywhere(screen).map(FindDialog::onScreen))
                .hasValue("A Find and Replace dialog is open.");
        // Notepad's, what was typed on its line
        assertThat(FindDialog.anywhere(List.of("Untitled - Notepad", "Find", "Find what: invoice", "Find Next",
                "Cancel")).map(FindDialog::onScreen)).hasValue("A Find dialog is open, looking for \"invoice\".");
        // Gnumeric's Search & Replace in front of its sheet: the sheet's row numbers between its labels (stop 40, by
        // hand); a label for what replaces it further down is another's
        List<String> gnumeric = List.of("Book1.gnumeric - Gnumeric", "File", "Edit", "Search & Replace", "Normal",
                "Advanced", "Error Behaviour", "A1", "Search", "1", "Search for", "2", "3", "4", "Replace by", "5",
                "ignore case", "Help", "Cancel", "Apply", "OK", "Sum = 0");
        assertThat(FindDialog.anywhere(gnumeric).map(FindDialog::onScreen))
                .hasValue("A Find and Replace dialog is open.");
        assertThat(FindDialog.anywhere(List.of("Search for", "2", "Results", "Filters", "Sort", "Replace by", "OK")))
                .isEmpty();
    }

    @Test
    void whatNamesTheDialogAlready() {
        assertThat(FindDialog.named("A Find and Replace dialog.")).isTrue();
        assertThat(FindDialog.named("A text editor. A dialog on screen, \"Find\". Its buttons: Next, Close."))
                .isTrue();
        assertThat(FindDialog.named("A text editor: its title is \"Find your way.txt\".")).isFalse();
        // what it says in its own window corrects the first sentence; what it adds after a window does not
        assertThat(FindDialog.says("A Find dialog, looking for \"import\".")).isTrue();
        assertThat(FindDialog.says("A Find and Replace dialog.")).isTrue();
        assertThat(FindDialog.says("A Find and Replace dialog is open.")).isFalse();
    }
}
