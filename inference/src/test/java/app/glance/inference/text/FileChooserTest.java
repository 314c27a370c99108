package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class FileChooserTest {

    /** GTK's file chooser over Mousepad (Ctrl+O), as PP-OCR read the 1600x900 screen (stop 28). */
    static final List<String> GTK_OPEN = List.of("Open File", "000", "O Recent", "\u56de", "tmp", "hand27",
            "\u4e2a Home", "Name", "Size", "Type", "Modified", "err", "18:50", "Desktop", "ffprof", "19:55",
            "\u767d hand27", "groceries.csv", "92 bytes", "Text", "18:58", "letter.txt", "280 bytes.", "Text", "18:58",
            "+ Other Locations", "page.html", "802 bytes", "Text", "18:47", "Encoding:", "Default (UTF-8)",
            "Text Files v", "Cancel", "Open");
    /** Its save dialog (Ctrl+Shift+S): the file's name misread. */
    static final List<String> GTK_SAVE = List.of("Save As", "000", "Name:", "lettentxt", "\u4e2a Home", "\u56de",
            "tmp", "hand27", "\u767d Desktop", "Name", "Size", "Type", "Modified", "err", "18:50", "groceries.csv",
            "92 bytes", "Text", "18:58", "Encoding:", "Default (UTF-8)", "Text Files v", "Cancel", "Save");
    /** Evince's (Ctrl+O). */
    static final List<String> EVINCE_OPEN = List.of("Open Document", "000", "O Recent", "\u03b1 root", "Home",
            "Name", "Size", "Type", "Modified", "Desktop", "19:40", "Desktop", "Downloads", "19:55", "Trash",
            "thunderbird", "19:22", "+ Other Locations", "All Documents", "Cancel", "Open");

    private static Supplier<List<String>> whole(List<String> lines) {
        return () -> lines;
    }

    @Test
    void aFileDialogIsToldByItsTitleItsListAndItsButtons() {
        assertThat(FileChooser.over(GTK_OPEN.subList(0, 12), whole(GTK_OPEN)))
                .hasValue("A file chooser titled \"Open File\".");
        assertThat(FileChooser.over(GTK_SAVE.subList(0, 12), whole(GTK_SAVE)))
                .hasValue("A save dialog titled \"Save As\".");
        assertThat(FileChooser.over(EVINCE_OPEN, whole(EVINCE_OPEN)))
                .hasValue("A file chooser titled \"Open Document\".");
        // Windows' dialog: a file-name field instead of columns; an application's name after the title
        List<String> windows = List.of("Save As - Notepad", "Desktop", "Documents", "File name:", "notes.txt",
                "Save as type:", "Text Documents (*.txt)", "Save", "Cancel");
        assertThat(FileChooser.over(windows, whole(windows)))
                .hasValue("A save dialog titled \"Save As - Notepad\".");
        // zenity's file selection (real_check): "Cancel" and "OK" under its title
        List<String> zenity = List.of("Open File", "O Recent", "Name", "Size", "Modified", "hotel.ods", "0 bytes",
                "Cancel", "OK");
        assertThat(FileChooser.over(zenity, whole(zenity))).hasValue("A file chooser titled \"Open File\".");
        List<String> folder = List.of("T Select Folder", "Name", "Modified", "Music", "Photos", "Cancel", "Select");
        assertThat(FileChooser.over(folder, whole(folder))).hasValue("A folder chooser titled \"Select Folder\".");
        // xarchiver's "Create a new archive", a save dialog whose button creates it (stop 56, captured)
        List<String> create = List.of("Create a new archive", "000", "Name:", "Home", "tmp", "Name", "Size", "Type",
                "Modified", "act.sh", "504 bytes", "Archive type:", "Cancel", "Create");
        assertThat(FileChooser.over(create, whole(create))).hasValue("A save dialog titled \"Create a new archive\".");
        // Qt's Open in front of its window, the window's lines read between its fields and "Cancel", its "Open" far
        // away (Kdenlive's) or unread (KDevelop's), said after the window (stop 56, captured)
        List<String> kdevelop = List.of("default:", "KDevelop", "Session", "Project", "File Edit", "View", "Help",
                "Open File - KDevelop", "000", "Look in:", "/root", "Name", "size", "Type", "Date Modified", "root",
                "Folder", "Desktop", "File name:", "projects", "Need H", "Files of type:", "All Files (*)", "OCancel",
                "Learn about KDevelop");
        assertThat(FileChooser.over(kdevelop.subList(0, 7), whole(kdevelop))).isEmpty();
        assertThat(FileChooser.onScreen(kdevelop, "A code editor: its title is \"KDevelop\"."))
                .hasValue("A file chooser on screen, titled \"Open File - KDevelop\".");
        assertThat(FileChooser.onScreen(kdevelop, "A file chooser.")).isEmpty();
        assertThat(FileChooser.onScreen(kdevelop, "A dialog, \"Open File - KDevelop\", says \"Files of type: All "
                + "Files\".")).isEmpty();
        // fields with no "Cancel" are a form's, not a file dialog's
        assertThat(FileChooser.onScreen(kdevelop.subList(0, 23), "A code editor.")).isEmpty();
        // xarchiver's "Add files", as PP-OCR read it (stop 29)
        List<String> add = List.of("Add files", "000", "Selection", "Options", "O Recent", "Name", "Location", "Size",
                "Type", "backup.zip", "letter.txt", "Cancel", "Add");
        assertThat(FileChooser.over(add, whole(add))).hasValue("A file chooser titled \"Add files\".");
        // Engrampa's "Extract", GTK's chooser of the folder to extract into, as PP-OCR read it (stop 52, captured)
        List<String> extract = List.of("Extract", "000", "O Recent", "root", "Home", "Name", "Size", "lype", "Modifie",
                "Desktop", "Trash", "cap52", "+ Other Locations", "Extract", "Actions", "O All files",
                "Re-create folders", "O Selected files", "overwrite existing files", "O Files:",
                "Do not extract older files", "Help", "Cancel", "Extract");
        assertThat(FileChooser.over(extract.subList(0, 12), whole(extract)))
                .hasValue("A folder chooser titled \"Extract\".");
        List<String> extractWindow = extract.subList(2, extract.size());
        assertThat(FileChooser.over(extractWindow.subList(0, 8), whole(extractWindow)))
                .hasValue("A folder chooser.");
        // a window's capture: no title bar (the window manager draws it); the action button says which dialog
        List<String> window = GTK_OPEN.subList(GTK_OPEN.indexOf("\u4e2a Home"), GTK_OPEN.size());
        assertThat(FileChooser.over(window.subList(0, 8), whole(window))).hasValue("A file chooser.");
        List<String> saveWindow = GTK_SAVE.subList(GTK_SAVE.indexOf("Name:"), GTK_SAVE.size());
        assertThat(FileChooser.over(saveWindow.subList(0, 12), whole(saveWindow))).hasValue("A save dialog.");
        assertThat(FileChooser.says("A file chooser.")).isTrue();
        assertThat(FileChooser.says(FileChooser.over(GTK_OPEN, whole(GTK_OPEN)).orElseThrow())).isTrue();
        assertThat(KindCheck.corrects("A save dialog titled \"Save As\".")).isTrue();
        // Windows' layout, its buttons stacked at the right of the fields (Wine's Notepad, stop 53, captured)
        List<String> wine = List.of("Untitled - Notepad", "Save As", "000", "Save jn:", "cap53", "catfish.txt",
                "Desktop", "mines.txt", "Documents", "My Computer", "File name:", "*txt", "Save", "Files of type:",
                "Text files (*.txt)", "Cancel", "En coding:", "ANSI Latin 1", "Ln 1, Col 48");
        assertThat(FileChooser.over(wine, whole(wine))).hasValue("A save dialog titled \"Save As\".");
        // a title that says which files, a column's heading cut short (Parole's, stop 54, captured)
        List<String> parole = List.of("Cancel", "Open Media Files", "Open", "Media", "O Recent", "tmp", "cap54",
                "Home", "Name", "Modifie", "Desktop", "+ Other Locations", "All supported files");
        assertThat(FileChooser.over(parole, whole(parole))).hasValue("A file chooser titled \"Open Media Files\".");
        assertThat(FileChooser.over(List.of("Open the door", "Name", "Modifie", "Cancel", "Open"), List::of))
                .isEmpty();
        // Qt's save dialog in front of ReText's document, its title above its title bar's buttons further down, its
        // "Cancel" after an icon read as a letter (stop 54, captured)
        List<String> retext = List.of("R", "New document*", "ReText", "File", "Edit", "Help", "hello", "Preview",
                "Save file - ReText", "00x", "Look in:", "/tmp/cap54", "Name", "size", "Type", "Date Modified", "root",
                "File name:", "Save", "Files of type: Markdown files (*.md *.markdown)", "X Cancel", "1 : 5");
        assertThat(FileChooser.over(retext, whole(retext))).hasValue("A save dialog titled \"Save file - ReText\".");
        // further down, only above a title bar's buttons
        List<String> heading = List.of("Notes", "File", "Edit", "Help", "Save file - ReText", "How to save a file",
                "File name:", "Save", "Cancel");
        assertThat(FileChooser.over(heading, whole(heading))).isEmpty();
    }

    @Test
    void aTitleAloneOrAListAloneIsNoFileDialog() {
        // a file manager's list and its folder's title
        List<String> manager = List.of("Downloads", "File", "Edit", "Name", "Size", "Modified", "a.zip", "12 items");
        assertThat(FileChooser.over(manager, whole(manager))).isEmpty();
        // the title, with no list and no buttons: a menu's item, a heading
        List<String> menu = List.of("Open", "Recent", "Save", "Quit");
        assertThat(FileChooser.over(menu, whole(menu))).isEmpty();
        // the title further down than the first lines: a heading of a page (with a field and buttons drawn on it)
        List<String> page = List.of("Help - Docs", "Files", "Getting started", "Open File", "File name:",
                "Cancel", "Open");
        assertThat(FileChooser.over(page, whole(page))).isEmpty();
        // a list's title and a form's buttons (zenity's list, real_check at stop 28)
        List<String> select = List.of("Select an item", "Select", "Name", "Size", "report.pdf", "2 MB", "Cancel", "OK");
        assertThat(FileChooser.over(select, whole(select))).isEmpty();
        // no title: "OK" is no file dialog's button
        List<String> list = List.of("Name", "Size", "report.pdf", "2 MB", "Cancel", "OK");
        assertThat(FileChooser.over(list, whole(list))).isEmpty();
        // the list and a title, but no buttons that end the dialog
        List<String> noButtons = GTK_OPEN.subList(0, GTK_OPEN.size() - 2);
        assertThat(FileChooser.over(noButtons, whole(noButtons))).isEmpty();
    }

    @Test
    void allTheTextIsAskedForOnlyWhenTheTitleOrTheColumnsAreThere() {
        int[] asked = {0};
        Supplier<List<String>> counted = () -> {
            asked[0]++;
            return GTK_OPEN;
        };
        assertThat(FileChooser.over(List.of("letter.txt - Mousepad", "File", "Dear Mrs. Patel,"), counted)).isEmpty();
        assertThat(asked[0]).isZero();
        assertThat(FileChooser.over(GTK_OPEN.subList(0, 3), counted)).isPresent();
        assertThat(asked[0]).isEqualTo(1);
    }

    /** Okular's Open Document in front of its window, as PP-OCR read it (stop 55, captured: "Probably a word ..."). */
    @Test
    void aCancelButtonReadWithItsIconRunIntoItCounts() {
        List<String> okular = List.of("Okular", "File", "View", "Edit", "Open Document - Okular", "000", "Browse",
                "Look in:", "/tmp/cap55", "Name", "size", "Type", "Date Modified", "docs", "Folder", "File name:",
                "Open", "Files of type:", "All supported files", "OCancel");
        assertThat(FileChooser.over(okular, () -> okular))
                .hasValue("A file chooser titled \"Open Document - Okular\".");
        // not a word that ends in it
        List<String> other = List.of("Open Document - Okular", "000", "Name", "Size", "Open", "Files", "Uncancel");
        assertThat(FileChooser.over(other, () -> other)).isEmpty();
    }

    @Test
    void theModelsOwnWordsForAFileDialogAreKept() {
        assertThat(FileChooser.named("A file chooser titled \"Open\", including \"Music\".")).isTrue();
        assertThat(FileChooser.named("Probably a save dialog named \"Save As\".")).isTrue();
        assertThat(FileChooser.named("A save changes dialog titled \"Unsaved Changes\".")).isFalse();
        assertThat(FileChooser.named("A calculator called \"Calculator\".")).isFalse();
    }

    @Test
    void aSaveDialogIsFollowedByItsFileName() {
        // Pluma's Save As (stop 49, captured): GTK's "Name:" above the name
        List<String> pluma = List.of("Save As...", "00", "Name:", "letter.txt", "Home", "tmp", "cap2", "fles",
                "Desktop", "Name", "Size", "Type", "Modified", "budget.csv", "203 bytes", "Cancel", "Save");
        assertThat(FileChooser.fileNameOnScreen(pluma, "A save dialog.")).hasValue("Its file name is \"letter.txt\".");
        assertThat(FileChooser.fileNameOnScreen(List.of("File name:", "Document1.docx", "Save as type:", "Word"),
                "Probably a save dialog titled \"Save As\".")).hasValue("Its file name is \"Document1.docx\".");
        // not after another kind, not a label without a file's name below it
        assertThat(FileChooser.fileNameOnScreen(pluma, "A file chooser.")).isEmpty();
        assertThat(FileChooser.fileNameOnScreen(List.of("Name:", "Ann Lee"), "A save dialog.")).isEmpty();
    }
}
