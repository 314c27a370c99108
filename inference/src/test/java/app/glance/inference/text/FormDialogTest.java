package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Dialogs known by their forms' labels: a file's properties, Format Cells, Go to Line, a settings dialog's tabs. */
class FormDialogTest {

    /** Thunar's file properties without its title bar, as PP-OCR read them (stop 40, by hand). */
    private static final List<String> THUNAR = List.of("General", "Emblems", "Highlight", "Permissions", "Name:",
            "annual-report.pdf", "Kind: PDF document", "Open With:", "@MuPDF", "Location:",
            "/tmp/tmp48srdrxr/reports", "Created:", "Today", "Modified:", "Today", "Accessed:", "Today",
            "Size: 2.0 KiB (2048 bytes)", "Cap a city: 252.0 GiB", "Help", "Close");
    /** LibreOffice Writer's, which names its file in a field without a label (stop 40, by hand). */
    private static final List<String> WRITER = List.of("General", "Description", "Custom Properties", "Security",
            "Font", "Statistics", "letter.txt", "Change Password", "Type: Text file", "Location:", "/tmp/tmp48srdrxr",
            "Size: 81 Bytes", "Created:00/00/0000,00:00:00", "Modified:", "Template:", "Digitally signed:",
            "Digital Signatures...", "Last printed:", "Total editing time: 00:00:00", "Revision number: 0",
            "Apply user data", "Reset Properties", "Help", "Reset", "Cancel", "OK");
    /** Gnumeric's Format Cells (stop 40, by hand). */
    private static final List<String> GNUMERIC = List.of("Number", "Alignment", "Font", "Border", "Background",
            "Protection", "Categories:", "Select an appropriate format automatically.", "General", "Number",
            "Currency", "Accounting", "Date", "Time", "Per cent age", "Fraction", "Scientific", "Text", "Custom",
            "Help", "Apply", "Cancel", "OK");
    /** Mousepad's Go To (stop 40, by hand). */
    private static final List<String> MOUSEPAD = List.of("Line number:", "Column number:", "0", "Cancel", "Jump to");

    private static final Supplier<List<String>> NOT_ASKED = () -> {
        throw new AssertionError("all of the text was asked for");
    };

    @Test
    void aFilesPropertiesAreSaidWithItsName() {
        assertThat(FormDialog.window(THUNAR, () -> THUNAR).map(FormDialog::sentence))
                .hasValue("A properties dialog for \"annual-report.pdf\".");
        assertThat(FormDialog.window(WRITER, () -> WRITER).map(FormDialog::sentence))
                .hasValue("A properties dialog for \"letter.txt\".");
        // Windows' properties of a folder: no file's name to say
        List<String> windows = List.of("General", "Sharing", "Security", "Previous Versions", "Customise", "Reports",
                "Type: File folder", "Location: C:\\Users\\Ana", "Size: 1.20 MB (1,262,342 bytes)",
                "Size on disk: 1.23 MB", "Contains: 14 Files, 2 Folders", "Created: 3 March 2024", "Attributes:",
                "Read-only", "Hidden", "Advanced...", "OK", "Cancel", "Apply");
        assertThat(FormDialog.window(windows, () -> windows).map(FormDialog::sentence))
                .hasValue("A properties dialog.");
        // only the first lines read: the rest of its labels and its buttons among all of the text
        assertThat(FormDialog.window(THUNAR.subList(0, 8), () -> THUNAR).map(FormDialog::sentence))
                .hasValue("A properties dialog for \"annual-report.pdf\".");
    }

    @Test
    void aDocumentsPropertiesUnderTheirTitleNeedNoButton() {
        // Evince's, as PP-OCR read them (stop 41, by hand): no button but the title bar's close; the file's name at
        // the end of its location
        List<String> evince = List.of("Properties", "General", "Fonts", "Location:",
                "file://usr/share/doc/libtasn1-doc/libtasn1.pdf", "Producer:", "pdfTeX-1.40.24", "Creator:", "TeX",
                "Created:", "Sat Feb 8 12:23:13 2025", "Modified:", "Sat Feb 8 12:23:13 2025", "Format:", "PDF-1.5",
                "Number of Pages:", "36", "Paper Size:", "US Letter, Portrait", "Size:", "263.0 kB");
        assertThat(FormDialog.window(evince, NOT_ASKED).map(FormDialog::sentence))
                .hasValue("A properties dialog for \"libtasn1.pdf\".");
        List<String> screen = new ArrayList<>(List.of("T-1", "(1 of 36)", "libtasn!....", "71.4%"));
        screen.addAll(evince);
        assertThat(FormDialog.anywhere(screen).map(FormDialog::onScreen))
                .hasValue("A properties dialog for \"libtasn1.pdf\" is open.");
        // without their title, or with another above them, they need a dialog's answer
        assertThat(FormDialog.anywhere(evince.subList(1, evince.size()))).isEmpty();
        List<String> retitled = new ArrayList<>(evince);
        retitled.set(0, "Library catalogue");
        assertThat(FormDialog.anywhere(retitled)).isEmpty();
    }

    @Test
    void fewPropertiesOrNoDialogsAnswerAreNone() {
        // a file manager's details of a file, no dialog's buttons: its window, not a dialog
        List<String> details = THUNAR.subList(0, THUNAR.size() - 2);
        assertThat(FormDialog.window(details, () -> details)).isEmpty();
        assertThat(FormDialog.anywhere(details)).isEmpty();
        // three labels are a form of another kind (an account's "Name:", "Location:", "Created:")
        List<String> account = List.of("Name: Ana", "Location: Lisbon", "Created: today", "Bio:", "Save", "Cancel");
        assertThat(FormDialog.window(account, () -> account)).isEmpty();
        assertThat(FormDialog.anywhere(account)).isEmpty();
        // the labels without colons are a list's columns
        List<String> columns = List.of("Name", "Type", "Size", "Modified", "Location", "letter.txt", "OK");
        assertThat(FormDialog.anywhere(columns)).isEmpty();
        // a first label further down than the first lines is no window's
        List<String> later = new ArrayList<>();
        for (int i = 0; i < FormDialog.PROPERTIES_FIRST; i++) {
            later.add("Line " + i + " of the page");
        }
        later.addAll(WRITER.subList(8, WRITER.size()));
        assertThat(FormDialog.window(later, NOT_ASKED)).isEmpty();
    }

    @Test
    void formatCellsIsKnownByItsTabs() {
        assertThat(FormDialog.window(GNUMERIC, () -> GNUMERIC).map(FormDialog::sentence))
                .hasValue("A Format Cells dialog.");
        // LibreOffice Calc's, several tabs to a line, below its title
        List<String> calc = List.of("Format Cells", "Numbers Font Font Effects", "Alignment", "Asian Typography",
                "Borders Background", "Cell Protection", "Category", "Format", "All", "User-defined", "Help", "Reset",
                "OK", "Cancel");
        assertThat(FormDialog.window(calc, () -> calc).map(FormDialog::sentence)).hasValue("A Format Cells dialog.");
        // Calc's window cut off above its buttons: five tabs or more say it alone (stop 39, by hand: "Probably a
        // dialog. The text on it begins "Borders".")
        List<String> cut = List.of("Alignment", "Borders", "Background", "Cell Protection", "Numbers", "Font",
                "Font Effects", "Category", "Format", "All", "General", "X");
        assertThat(FormDialog.window(cut, () -> cut).map(FormDialog::sentence)).hasValue("A Format Cells dialog.");
        assertThat(FormDialog.window(GNUMERIC.subList(1, 5), () -> GNUMERIC.subList(1, 5))).isEmpty();
        // a spreadsheet's ribbon groups: three of them, then another word
        List<String> ribbon = List.of("Clipboard", "Font", "Alignment", "Number", "Styles", "Cells", "Editing", "OK");
        assertThat(FormDialog.anywhere(ribbon)).isEmpty();
        assertThat(FormDialog.window(ribbon.subList(1, ribbon.size()), () -> ribbon)).isEmpty();
        // a paragraph's dialog: two of them
        List<String> paragraph = List.of("Indents & Spacing", "Alignment", "Text Flow", "Borders", "Area", "OK");
        assertThat(FormDialog.anywhere(paragraph)).isEmpty();
    }

    @Test
    void aSettingsDialogIsKnownByItsTabs() {
        // Geany's and PCManFM's preferences without their title bars, as PP-OCR read them (stops 39 and 37, by hand:
        // "Probably a dialog. The text on it begins "General"."); PCManFM's tabs down its side, its page between
        List<String> geany = List.of("General", "Interface", "Editor", "Files", "Tools", "Templates", "Keybindings",
                "Printing", "Startup", "Load files from the last session", "Save window size", "X");
        assertThat(FormDialog.window(geany, NOT_ASKED).map(FormDialog::sentence))
                .hasValue("A settings dialog. Its tabs: General, Interface, Editor, Files, Tools, and 4 more.");
        List<String> pcmanfm = List.of("Preferences", "General", "Behavior", "Display", "Qpen files with single click",
                "Layout", "Delay of auto-selection in single click mode (o to disable)", "Volume Management", "0.60",
                "Advanced", "Confirm before deleting files", "Modules", "X close");
        assertThat(FormDialog.window(pcmanfm, NOT_ASKED).map(FormDialog::sentence))
                .hasValue("A settings dialog titled \"Preferences\". Its tabs: General, Behavior, Display, Layout, "
                        + "Volume Management, and 2 more.");
        // in front of a window, with its button to close it
        List<String> screen = new ArrayList<>(List.of("notes.txt - Mousepad", "File Edit Search View Document Help"));
        screen.addAll(pcmanfm);
        assertThat(FormDialog.anywhere(screen).map(FormDialog::onScreen)).hasValue("A settings dialog is open.");
        // a menu bar read one name to a line is no list of tabs, nor are a window's first lines that are no tab
        assertThat(FormDialog.window(List.of("File", "Edit", "View", "Window", "Tools", "Help", "Files"), NOT_ASKED))
                .isEmpty();
        assertThat(FormDialog.window(List.of("Shopping", "General", "Display", "Advanced", "Editor"), NOT_ASKED))
                .isEmpty();
        assertThat(FormDialog.window(List.of("General", "Display", "Advanced", "Milk"), NOT_ASKED)).isEmpty();
        assertThat(KindCheck.corrects("A settings dialog. Its tabs: General, Display.")).isTrue();
        assertThat(KindCheck.corrects("A settings dialog titled \"Preferences\".")).isTrue();
    }

    @Test
    void aWordProcessorsDialogIsKnownByItsTabsBelowItsTitle() {
        // LibreOffice's Paragraph and PDF Options, as written down (stop 42: "A dialog. The text on it begins
        // "Paragraph".", "A settings window: its title is "PDF Options".")
        List<String> paragraph = List.of("Paragraph", "Indents & Spacing", "Alignment", "Text Flow", "Outline & List",
                "Tabs", "Drop Caps", "Borders", "Area", "Help", "Reset", "OK", "Cancel");
        assertThat(FormDialog.window(paragraph, () -> paragraph).map(FormDialog::sentence)).hasValue("A dialog "
                + "titled \"Paragraph\". Its tabs: Indents & Spacing, Alignment, Text Flow, Outline & List, Tabs, and "
                + "3 more.");
        assertThat(KindCheck.corrects(FormDialog.window(paragraph, () -> paragraph).orElseThrow().sentence()))
                .isTrue();
        // the model's own "A dialog titled ..." is no correction
        assertThat(FormDialog.says("A dialog titled \"Printer\".")).isFalse();
        List<String> pdf = List.of("PDF Options", "General", "Initial View", "User Interface", "Links", "Security",
                "Help", "Export", "Cancel");
        assertThat(FormDialog.window(pdf, NOT_ASKED).map(FormDialog::sentence)).hasValue("A dialog titled \"PDF "
                + "Options\". Its tabs: General, Initial View, User Interface, Links, Security.");
        // no dialog's answer, a long first line, or too few tabs: none
        assertThat(FormDialog.window(paragraph.subList(0, 9), () -> paragraph.subList(0, 9))).isEmpty();
        List<String> howTo = List.of("How to format a paragraph in Writer", "Alignment", "Tabs", "Borders", "Area",
                "OK");
        assertThat(FormDialog.window(howTo, () -> howTo)).isEmpty();
        List<String> letter = List.of("Letter", "Header", "Footer", "Dear Ann,", "OK");
        assertThat(FormDialog.window(letter, () -> letter)).isEmpty();
    }

    @Test
    void goToLineIsItsLabelAboveItsButton() {
        assertThat(FormDialog.window(MOUSEPAD, NOT_ASKED).map(FormDialog::sentence)).hasValue("A Go to Line dialog.");
        // Notepad's, below its title
        List<String> notepad = List.of("Go To Line", "Line number:", "12", "Go To", "Cancel");
        assertThat(FormDialog.window(notepad, NOT_ASKED).map(FormDialog::sentence)).hasValue("A Go to Line dialog.");
        // a setting to show line numbers; a label with no button to jump
        assertThat(FormDialog.window(List.of("Line numbers", "Show", "OK"), NOT_ASKED)).isEmpty();
        assertThat(FormDialog.anywhere(List.of("Line number: 12", "Column: 4", "Words: 180", "Close"))).isEmpty();
    }

    @Test
    void inFrontOfAWindowItIsFoundAnywhere() {
        // Mousepad's screen with its Go To dialog (stop 40, by hand)
        List<String> screen = List.of("/tmp/tmpsxmevkbg/shopping.txt-Mousepad", "File Edit Search View Document Help",
                "Milk", "Bread", "Eggs", "Apples", "Go To", "Line number:", "Column number:", "0", "Cancel",
                "Jump to");
        Optional<FormDialog> goTo = FormDialog.anywhere(screen);
        assertThat(goTo.map(FormDialog::onScreen)).hasValue("A Go to Line dialog is open.");
        assertThat(goTo.get().named("A Go To dialog.")).isTrue();
        assertThat(goTo.get().named("A text editor: its title is \"shopping.txt\".")).isFalse();
        // Writer's properties in front of its letter: the file named
        List<String> writer = new ArrayList<>(List.of("letter.txt-Libreoffice Writer", "File Edit View", "Insert",
                "Properties of\"letter\""));
        writer.addAll(WRITER);
        writer.addAll(List.of("Page 1 of 1", "15 words,77 characters"));
        assertThat(FormDialog.anywhere(writer).map(FormDialog::onScreen))
                .hasValue("A properties dialog for \"letter.txt\" is open.");
        // Gnumeric's Format Cells: its tabs beside the sheet's row numbers
        List<String> gnumeric = List.of("Bookl.gnumeric-Gnumeric", "File", "Edit", "Fomat Cells", "Sans", "10",
                "Number", "Alignment", "Font", "Border", "Background", "Protection", "Categories:", "A1", "General",
                "1", "Currency", "Help", "Apply", "Cancel", "OK");
        assertThat(FormDialog.anywhere(gnumeric).map(FormDialog::onScreen))
                .hasValue("A Format Cells dialog is open.");
        // the window alone, its first lines its own: no dialog of its own
        assertThat(FormDialog.window(gnumeric, () -> gnumeric)).isEmpty();
        // what it says in its own window corrects the first sentence; what it adds after a window does not
        assertThat(KindCheck.corrects("A Go to Line dialog.")).isTrue();
        assertThat(KindCheck.corrects("A properties dialog for \"letter.txt\".")).isTrue();
        assertThat(KindCheck.corrects("A Format Cells dialog is open.")).isFalse();
    }
}
