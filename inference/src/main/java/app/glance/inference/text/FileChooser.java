package app.glance.inference.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A dialog for opening or saving a file, read from the screen's text: its title among the first lines ("Open File",
 * "Save As", "Open Document", "Export"), a list of files with its columns ("Name", with "Size", "Type" or "Modified")
 * or a file-name field ("File name:", Windows' and Qt's), and the buttons that end it ("Cancel" and "Open", "Save",
 * "Select"...). What Glance says follows the training corpus's words for it: "A file chooser titled "Open File"." or
 * "A save dialog titled "Save As"." The bundled model called GTK's file chooser over Mousepad and Evince "a list
 * dialog" and "a calculator" (stop 28, by hand), and the kind check could only say "cannot tell": a folder's list of
 * files holds every kind's marks (dates, sizes, names).
 * <p>
 * Only a title or a list's columns among the first lines let the rest of the text be looked at (the buttons come after
 * the list of files), so that other screens do not wait for all of their text (a file manager's list does).
 */
public final class FileChooser {

    /** What a file dialog's title says it opens, saves or chooses. */
    private static final String OBJECT = "(?:as|a\\s+copy|files?|documents?|images?|pictures?|folders?|directory"
            + "|a\\s+file|a\\s+folder|attachments?)";
    /**
     * Up to two words that say which files, before what a file dialog's title says it opens: "Open Media Files"
     * (Parole's, stop 54, captured: "Glance cannot tell ..."), "Choose a database file".
     */
    private static final String KIND = "(?:(?:a|an|the|\\p{L}{2,})\\s+){0,2}";
    /** The title is one of this many first lines with three letters or more. */
    static final int TITLE_LINES = 3;
    /** At most this many words of the title are quoted. */
    private static final int QUOTED_WORDS = 10;

    /**
     * A file dialog's own title, perhaps after a title bar's icon read as a character or two, and perhaps with its
     * application's name after a separator ("Save As - LibreOffice"); "Select", "Choose" and "Add" only with what they
     * choose ("Select an item" is a list's title, stop 28; "Add files" is xarchiver's, stop 29); "Create a new
     * archive", xarchiver's save dialog (stop 56, captured: "Probably a dialog. The text on it begins ...").
     */
    private static final Pattern TITLE = Pattern.compile("(?i)^(?:\\S{1,2}\\s+)?(?:(?:open|save|export|import|attach"
            + "|insert|upload)(?:\\s+" + KIND + OBJECT + ")?|(?:select|choose|add)\\s+" + KIND + OBJECT
            + "|extract(?:\\s+to)?|create\\s+(?:an?\\s+)?(?:new\\s+)?(?:archive|file|document))"
            + "(?:\\s*[-\u2013\u2014|:]\\s*\\S.{0,40})?$");
    /** A list of files' first column. */
    private static final Pattern NAME_COLUMN = Pattern.compile("(?i)^name$");
    /** Its other columns, "Modified" perhaps cut short by a narrow column ("Modifie", Parole's, stop 54, captured). */
    private static final Pattern OTHER_COLUMN = Pattern.compile("(?i)^(?:size|type|modifi?e?d?(?:\\.{2,3}|\u2026)?"
            + "|date modified|last modified|kind)$");
    /** A file-name field's label (Windows, Qt, GTK's save dialog). */
    private static final Pattern NAME_FIELD = Pattern.compile("(?i)^file\\s*name:?$|^save\\s+as\\s+type:?$"
            + "|^files\\s+of\\s+type:?$");
    /**
     * "Cancel", perhaps after its icon read as a character ("X Cancel", Qt's), or run into it ("OCancel", KDE's in
     * Okular's Open Document, stop 55, captured: "Probably a word processor").
     */
    private static final Pattern CANCEL = Pattern.compile("(?i)^(?:\\S\\s)?cancel$|^" + KindCheck.GLUED_ICON_MARK
            + "Cancel$");
    /**
     * The action button is at most this many lines before or after "Cancel": Windows' dialogs stack them at the right
     * of the file-name and type fields, read in between ("File name:", "*.txt", "Save", "Files of type:", "Text files
     * (*.txt)", "Cancel": Wine's Notepad's Save As, stop 53, captured).
     */
    private static final int BESIDE = 3;
    /** Zenity's file selection's action button, which a list's or a form's has too. */
    private static final Pattern OK = Pattern.compile("(?i)^ok$");
    /** The button that does what the dialog is for. */
    private static final Pattern ACTION = Pattern.compile("(?i)^(?:open|save|select|choose|export|import|attach"
            + "|insert|upload|add|extract|create)$");
    /** The verbs of a dialog that saves a file. */
    private static final Pattern SAVES = Pattern.compile("(?i)save|export|create");
    /**
     * A folder chooser's title: it names a folder, or extracts an archive into one (Engrampa's "Extract", GTK's chooser
     * of a folder, had been "A dialog. The text on it begins "Extract". Its rows: O All files, ...", stop 52,
     * captured).
     */
    private static final Pattern FOLDER = Pattern.compile("(?i)folder|directory|^extract\\b");
    /** The model's own words for a file dialog, among a caption's first {@value #NAMED_WITHIN} characters. */
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:file chooser|save dialog|open dialog"
            + "|file dialog)\\b");
    private static final int NAMED_WITHIN = 40;
    /** A save dialog, as Glance says it (and the model). */
    private static final Pattern SAVE_DIALOG_SAID = Pattern.compile("(?i)(?:probably )?a save dialog\\b");
    /** A file-name field's label: GTK's "Name:", Windows' "File name:". */
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)(?:file\\s*)?name:");
    /** What {@link #over} says. */
    private static final Pattern SAYS = Pattern.compile(
            "A (?:save dialog|folder chooser|file chooser)(?: titled \".*\")?\\.");
    /** A title bar's icon read as one character before the title. */
    private static final Pattern ICON = Pattern.compile("^(?![AI] )\\S{1,2} (?=\\p{L})");

    private FileChooser() {
    }

    /**
     * What Glance says of a file dialog whose title, or its list's columns, are among the first lines of {@code seen}
     * and whose list of files (or file-name field) and buttons are among all of the screen's text ({@code all}, asked
     * for only then): "A file chooser titled "Open File".", "A save dialog titled "Save As".", "A folder chooser titled
     * "Select Folder"."; without a title (a window's capture, whose title bar the window manager draws), the dialog
     * its action button names: "A file chooser.", "A save dialog."; or nothing. A dialog in front of its window, its
     * title further down above its title bar's buttons, counts too (Qt's "Save file - ReText" over ReText's document
     * had been "A dialog, "Save file - ReText", says "Files of type: ..."", stop 54, captured).
     */
    public static Optional<String> over(List<String> seen, Supplier<List<String>> all) {
        List<String> lines = KindCheck.stripped(seen);
        Optional<String> title = AppTitles.firstLettered(seen, TITLE_LINES).stream()
                .filter(l -> TITLE.matcher(l).matches()).findFirst().or(() -> IntStream.range(0, lines.size() - 1)
                        .filter(i -> TITLE.matcher(lines.get(i)).matches() && KindCheck.titledAt(lines, i))
                        .mapToObj(lines::get).findFirst());
        if (title.isEmpty() && !columns(seen)) {
            return Optional.empty();
        }
        List<String> everything = KindCheck.stripped(all.get());
        boolean field = everything.stream().anyMatch(l -> NAME_FIELD.matcher(l).matches());
        Optional<String> action = action(everything, title.isPresent());
        // under a file dialog's title, its file-name and type fields and "Cancel" are enough: Qt's action button may
        // stand far from "Cancel" in the lines' order, the window behind read between, or go unread, greyed until a
        // file is chosen ("Open - Kdenlive", "Open File - KDevelop" in front of their windows, stop 56, captured:
        // "Probably a music player, showing 7 rows.")
        boolean fields = title.isPresent() && everything.stream().filter(l -> NAME_FIELD.matcher(l).matches())
                .count() >= 2 && everything.stream().anyMatch(l -> CANCEL.matcher(l).matches());
        if (!(columns(everything) || field) || action.isEmpty() && !fields) {
            return Optional.empty();
        }
        if (title.isEmpty()) {
            return Optional.of((SAVES.matcher(action.get()).matches() ? "A save dialog"
                    : FOLDER.matcher(action.get()).find() ? "A folder chooser" : "A file chooser") + ".");
        }
        String t = ICON.matcher(title.get()).replaceFirst("");
        String kind = SAVES.matcher(t.split("\\s+")[0]).matches() ? "A save dialog"
                : FOLDER.matcher(t).find() ? "A folder chooser" : "A file chooser";
        return Optional.of(kind + " titled \"" + KindCheck.quote(t, QUOTED_WORDS) + "\".");
    }

    /**
     * The button that does what the dialog is for, within {@value #BESIDE} lines of "Cancel": the two are a row (at
     * the foot, or in GTK's header bar on either side of the title). A list's title "Select", far above its "Cancel"
     * and "OK", is none (zenity's list, real_check at stop 28); "OK" counts only under a file dialog's title
     * ({@code okToo}: zenity's file selection has "Cancel" and "OK").
     */
    private static Optional<String> action(List<String> lines, boolean okToo) {
        for (int i = 0; i < lines.size(); i++) {
            if (CANCEL.matcher(lines.get(i)).matches()) {
                for (int j = Math.max(0, i - BESIDE); j <= Math.min(lines.size() - 1, i + BESIDE); j++) {
                    String l = lines.get(j);
                    if (ACTION.matcher(l).matches() || okToo && OK.matcher(l).matches()) {
                        return Optional.of(l);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code lines} hold a list of files' columns, each alone on a line: "Name", and "Size" or "Modified". */
    private static boolean columns(List<String> lines) {
        return lines.stream().anyMatch(l -> NAME_COLUMN.matcher(l.strip()).matches())
                && lines.stream().anyMatch(l -> OTHER_COLUMN.matcher(l.strip()).matches());
    }

    /**
     * What Glance adds after a save dialog, {@code said}, where its file-name field is read among all of the screen's
     * text: "Its file name is "letter.txt"." (GTK's "Name:" with the name below it, Windows' "File name:"; Pluma's
     * Save As was "A save dialog." alone, stop 49, captured).
     */
    public static Optional<String> fileNameOnScreen(List<String> allText, String said) {
        if (!SAVE_DIALOG_SAID.matcher(said).lookingAt() || said.contains("file name")) {
            return Optional.empty();
        }
        List<String> lines = KindCheck.stripped(allText);
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (NAME_LABEL.matcher(lines.get(i)).matches()) {
                List<String> name = KindCheck.fileNames(List.of(lines.get(i + 1)));
                if (!name.isEmpty()) {
                    return Optional.of("Its file name is \"" + KindCheck.quote(name.get(0), QUOTED_WORDS) + "\".");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A file dialog in front of the window {@code said} names, its title and buttons read among all of the screen's
     * text, further down than the first lines: "A file chooser on screen, titled "Open - Kdenlive"." (Kdenlive's and
     * KDevelop's Open in front of their windows went unsaid, stop 56, captured).
     */
    public static Optional<String> onScreen(List<String> allText, String said) {
        if (named(said) || says(said)) {
            return Optional.empty();
        }
        // not where its title was said already ("A dialog, "Save file - ReText", says ...", stop 54's capture)
        return over(allText, () -> allText).filter(s -> s.contains(" titled ")
                && !said.contains(s.substring(s.indexOf('"'), s.length() - 1)))
                .map(s -> s.replaceFirst(" titled ", " on screen, titled "));
    }

    /** Whether {@code caption} is what {@link #over} says. */
    static boolean says(String caption) {
        return SAYS.matcher(caption).matches();
    }

    /** Whether {@code caption} names a file dialog near its start, as the model was trained to. */
    public static boolean named(String caption) {
        return NAMED.matcher(caption.substring(0, Math.min(caption.length(), NAMED_WITHIN))).find();
    }
}
