package app.glance.inference.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dialog known by the labels of its form, with a dialog's answer among its buttons ("OK", "Cancel", "Close") or
 * its own title: a file's properties ("Type:", "Location:", "Size:", "Modified:"), a spreadsheet's Format Cells (its
 * tabs "Number", "Alignment", "Font", "Border", "Protection") or a text editor's Go to Line ("Line number:" above
 * "Jump to"), a settings dialog by its tabs ("General", "Interface", "Editor", "Keybindings"), or a word processor's
 * dialog by its tabs below its own title ("Paragraph" above "Indents & Spacing", "Alignment", "Text Flow"). Their
 * windows without a title bar had been "A dialog. The text on it begins "General"." (Thunar's and Writer's file
 * properties; Geany's and PCManFM's preferences "Probably a dialog. ..."), "A dialog. The text on it begins
 * "Number"." (Gnumeric's Format Cells) and "Glance cannot tell what kind of window this is. The text on it begins
 * "Line number:"." (Mousepad's Go To), and the same dialogs in front of their documents went unsaid (stops 37-40's
 * pictures, by hand); LibreOffice's Paragraph, as written down at stop 42, "A dialog. The text on it begins
 * "Paragraph".".
 */
public final class FormDialog {

    /** A form's first label or tab is one of this many first lines with letters (a title may come before it). */
    static final int FIRST_LINES = 3;
    /** A properties dialog's first label is one of this many first lines with letters (below its tabs and name) ... */
    static final int PROPERTIES_FIRST = 10;
    /** ... and this many of its labels, each another, stand among this many lines from the first. */
    static final int PROPERTY_LABELS = 4;
    static final int PROPERTY_LINES = 16;
    /** Format Cells' tabs: this many, each another, in a run of lines that hold nothing else ... */
    static final int TABS = 4;
    /** ... or this many with no dialog's answer read (a window cut off above its buttons: Calc's, stop 39). */
    static final int TABS_ALONE = 5;
    /** A settings dialog's tabs: this many in a run of lines, this many of them no menu's name ... */
    static final int SETTINGS_TABS = 4;
    static final int NOT_MENUS = 2;
    /** ... among this many lines with letters, of which this many are said. */
    static final int TAB_LINES = 10;
    static final int TABS_SAID = 5;
    /** Go to Line's button stands within this many lines below its label. */
    static final int BUTTON_WITHIN = 5;
    private static final int QUOTED_WORDS = 8;

    /**
     * A file's property, as its label begins a line: Thunar's and Windows' "Type:", "Kind:", "Location:", "Size:",
     * "Created:", "Modified:", "Accessed:", "Opens with:", macOS's "Where:", a document's "Producer:", "Author:",
     * "Number of Pages:" (Evince's). Each is counted once ("Size on disk:" is "Size:" again).
     */
    private static final Pattern PROPERTY = Pattern.compile("(?i)^(name|type|kind|location|where|size|created"
            + "|modified|accessed|opens?\\s*with|contains|attributes|producer|creator|author|subject|keywords"
            + "|number\\s*of\\s*pages|paper\\s*size)(?:\\s*(?:of\\s*file|on\\s*disk))?\\s*:.*$");
    /** A properties dialog's own title: "Properties", "Properties of "letter"", "report.pdf Properties". */
    private static final Pattern PROPERTIES_TITLE = Pattern.compile("(?i)^(?:\\S.{0,60}?\\s)?properties"
            + "(?:\\s*of\\b.*)?$");
    /** A file's name, with its ending: "annual-report.pdf", "letter.txt". */
    private static final Pattern FILE_NAME = Pattern.compile("^[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .()'-]{0,60}"
            + "\\.[\\p{L}\\p{N}]{1,6}$");
    private static final int FILE_NAME_WORDS = 6;
    /**
     * A line of Format Cells' tabs alone, one or more to a line: Gnumeric's and Excel's "Number", "Alignment", "Font",
     * "Border", "Fill" or "Background", "Protection"; Calc's "Numbers", "Font Effects", "Borders", "Cell Protection".
     */
    private static final Pattern TAB_LINE = Pattern.compile("(?i)^(?:(?:numbers?|alignment|font(?:\\s*effects)?"
            + "|borders?|fill|background|(?:cell\\s*)?protection|asian\\s*typography)\\b\\s*)+$");
    /** The tabs that count, each once (a word's plural and its qualifier are the same tab). */
    private static final Pattern TAB = Pattern.compile("(?i)(number|alignment|font|border|fill|background"
            + "|protection)");
    /**
     * A settings dialog's tab, a line of its own: Geany's "General", "Interface", "Editor", "Keybindings"; PCManFM's
     * "Behavior", "Display", "Layout", "Advanced"; Mousepad's "View", "Editor", "Window", "Plugins".
     */
    private static final Pattern SETTINGS_TAB = Pattern.compile("(?i)general|interface|editor|files?|tools|templates"
            + "|key\\s*bindings|shortcuts|printing|behaviou?r|display|layout|advanced|modules|plugins|appearance|view"
            + "|window|privacy|security|notifications|sounds?|fonts?|colou?rs|themes?|network|updates|accounts|startup"
            + "|paths|miscellaneous|extensions|languages?|keyboard|mouse|volume\\s*management|downloads|proxy|editing"
            + "|saving|spelling");
    /**
     * A word processor's dialog's tab, a line of its own: LibreOffice's Paragraph ("Indents & Spacing", "Text Flow",
     * "Drop Caps"), Character ("Font Effects", "Position", "Highlighting"), Page Style ("Organizer", "Header",
     * "Footer"), PDF Options ("Initial View", "Digital Signatures"), AutoCorrect ("Exceptions", "Word Completion"),
     * Word's Options ("Proofing", "Customize Ribbon").
     */
    private static final Pattern DIALOG_TAB = Pattern.compile("(?i)indents\\s*&\\s*spacing|alignment|text\\s*flow"
            + "|outline\\s*&\\s*list|tabs|drop\\s*caps|borders|area|transparency|organizer|page|header|footer|columns"
            + "|footnote|fonts?|font\\s*effects|position|hyperlink|highlighting|proofing|save|language|accessibility"
            + "|customize\\s*ribbon|initial\\s*view|user\\s*interface|links|security|digital\\s*signatures|options"
            + "|localized\\s*options|exceptions|replace|word\\s*completion|general|display|advanced|sort\\s*criteria");
    /** A dialog's own title above its tabs has at most this many words. */
    static final int TITLE_WORDS = 4;
    /** A settings dialog's own title above its tabs: "Preferences", "Mousepad Preferences", "Settings". */
    private static final Pattern SETTINGS_TITLE = Pattern.compile("(?i)(?:.*\\s)?(?:preferences|settings|options"
            + "|configuration)");
    /** Format Cells' own title above its tabs (OCR's slips: "Fomat Cells"). */
    private static final Pattern FORMAT_TITLE = Pattern.compile("(?i)^fo\\p{L}{0,2}mat\\s*cells?$");
    /**
     * Go to Line's label: "Line number:" (Mousepad's, Notepad's), "Go to line:", Geany's "Enter the line you want to
     * go to:".
     */
    private static final Pattern LINE_LABEL = Pattern.compile("(?i)^(?:line\\s*number\\s*:|go\\s*to\\s*line\\s*:"
            + "|enter\\s*the\\s*line\\s*you\\s*want\\s*to\\s*go\\s*to\\b).*$");
    /** Go to Line's own title above its label: "Go To", "Go to Line". */
    private static final Pattern LINE_TITLE = Pattern.compile("(?i)^go\\s*to(?:\\s*line)?$");
    /** Go to Line's button: Mousepad's "Jump to", Notepad's "Go To", "Go", "OK". */
    private static final Pattern JUMP_BUTTON = Pattern.compile("(?i)^(?:jump\\s*to|go\\s*to|go|ok)$");

    /** The dialogs this knows: what Glance calls each, and what of a sentence says it already. */
    enum Form {
        PROPERTIES("A properties dialog", "(?i).*\\bpropert(?:y|ies)\\b.*"),
        FORMAT_CELLS("A Format Cells dialog", "(?i).*\\bformat\\s*cells\\b.*"),
        GO_TO_LINE("A Go to Line dialog", "(?i).*\\bgo\\s*to\\b.*"),
        SETTINGS("A settings dialog", "(?i).*\\b(?:settings|preferences|options)\\b.*"),
        TABBED("A dialog", "(?i).*\\bits tabs\\b.*");

        private final String name;
        private final Pattern said;

        Form(String name, String said) {
            this.name = name;
            this.said = Pattern.compile(said, Pattern.DOTALL);
        }
    }

    private final Form form;
    /** The file whose properties these are, or the dialog's own title ({@code titled}), or "". */
    private final String subject;
    private final boolean titled;
    /** A settings dialog's tabs, as read. */
    private final List<String> tabs;

    private FormDialog(Form form, String file) {
        this(form, file, List.of(), false);
    }

    private FormDialog(Form form, String subject, List<String> tabs, boolean titled) {
        this.form = form;
        this.subject = subject;
        this.tabs = tabs;
        this.titled = titled;
    }

    /**
     * The dialog that {@code lines} begin with, as in its own window: Go to Line's label or Format Cells' tabs among
     * the first {@value #FIRST_LINES} lines with letters (below the dialog's title), or a property's label among the
     * first {@value #PROPERTIES_FIRST} with {@value #PROPERTY_LABELS} properties in all; its labels among {@code
     * allText}, all of the window's text, where {@code lines} stop short of them, and a dialog's answer among its
     * buttons (or, for a file's properties, their own title above them). {@code allText} is asked for only where the
     * form begins {@code lines}.
     */
    public static Optional<FormDialog> window(List<String> lines, Supplier<List<String>> allText) {
        List<String> l = KindCheck.stripped(lines);
        List<Integer> lettered = KindCheck.letteredAt(l, PROPERTIES_FIRST);
        if (lettered.isEmpty()) {
            return Optional.empty();
        }
        Supplier<List<String>> all = KindCheck.once(() -> KindCheck.stripped(allText.get()));
        for (int k = 0; k < Math.min(FIRST_LINES, lettered.size()); k++) {
            int i = lettered.get(k);
            if (k == 0 && (FORMAT_TITLE.matcher(l.get(i)).matches() || LINE_TITLE.matcher(l.get(i)).matches())) {
                continue;
            }
            if (LINE_LABEL.matcher(l.get(i)).matches()) {
                return goToLine(l, i).or(() -> goToLine(all.get(), all.get().indexOf(l.get(i))));
            }
            if (TAB_LINE.matcher(l.get(i)).matches()) {
                Optional<FormDialog> cells = formatCells(l, i)
                        .or(() -> formatCells(all.get(), all.get().indexOf(l.get(i))));
                if (cells.isPresent()) {
                    return cells.filter(f -> formatTabs(l, i) >= TABS_ALONE || answers(all.get()));
                }
            }
        }
        // a settings dialog's tabs from its first line, or below its own title, said with them ("Mousepad
        // Preferences" had been said as the title of a settings window, without its tabs)
        boolean titled = SETTINGS_TITLE.matcher(l.get(lettered.get(0))).matches() && lettered.size() > 1;
        Optional<FormDialog> settings = settings(l, titled ? lettered.get(1) : lettered.get(0))
                .map(f -> titled ? new FormDialog(f.form, l.get(lettered.get(0)), f.tabs, true) : f);
        if (settings.isPresent()) {
            return settings;
        }
        // a word processor's dialog below its own title, with a dialog's answer ("Paragraph" above "Indents &
        // Spacing", "Alignment", "Text Flow", ...: "A dialog. The text on it begins "Paragraph"." until stop 42,
        // written down)
        String title = l.get(lettered.get(0));
        if (lettered.size() > 1 && title.split("\\s+").length <= TITLE_WORDS
                && !DIALOG_TAB.matcher(title).matches()) {
            Optional<FormDialog> tabbed = tabbed(l, lettered.get(1)).filter(f -> answers(l) || answers(all.get()));
            if (tabbed.isPresent()) {
                return tabbed.map(f -> new FormDialog(f.form, title, f.tabs, true));
            }
        }
        for (int i : lettered) {
            if (PROPERTY.matcher(l.get(i)).matches()) {
                return properties(l, i).or(() -> properties(all.get(), all.get().indexOf(l.get(i))))
                        .filter(f -> titled(l, i) || answers(all.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The dialog among {@code lines}, anywhere on the screen, with a dialog's answer among its buttons, or for a
     * file's properties their own title above them.
     */
    public static Optional<FormDialog> anywhere(List<String> lines) {
        List<String> l = KindCheck.stripped(lines);
        boolean answered = answers(l);
        for (int i = 0; i < l.size(); i++) {
            int at = i;
            Optional<FormDialog> found = answered ? goToLine(l, at).or(() -> formatCells(l, at))
                    .or(() -> settings(l, at)) : Optional.empty();
            found = found.or(() -> properties(l, at).filter(f -> answered || titled(l, at)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the dialog's own title, "Properties" ("Properties of "letter"", "report.pdf Properties"), is one of the
     * {@value #FIRST_LINES} lines with letters above line {@code first} of {@code l}: Evince's document properties
     * have no button but the title bar's close (stop 41, by hand).
     */
    private static boolean titled(List<String> l, int first) {
        return above(l, first).stream().anyMatch(t -> PROPERTIES_TITLE.matcher(t).matches());
    }

    /** The {@value #FIRST_LINES} lines with letters right above line {@code first} of {@code l}, the nearest first. */
    private static List<String> above(List<String> l, int first) {
        List<String> found = new ArrayList<>();
        for (int i = first - 1; i >= 0 && found.size() < FIRST_LINES; i--) {
            if (KindCheck.lettered(l.get(i))) {
                found.add(l.get(i));
            }
        }
        return found;
    }

    /** Go to Line whose label is line {@code label} of {@code l}, with its button below it. */
    private static Optional<FormDialog> goToLine(List<String> l, int label) {
        if (label < 0 || !LINE_LABEL.matcher(l.get(label)).matches()) {
            return Optional.empty();
        }
        return l.subList(label + 1, Math.min(l.size(), label + 1 + BUTTON_WITHIN)).stream()
                .anyMatch(b -> JUMP_BUTTON.matcher(b).matches())
                ? Optional.of(new FormDialog(Form.GO_TO_LINE, "")) : Optional.empty();
    }

    /** Format Cells whose tabs begin at line {@code first} of {@code l}: {@value #TABS} of them, each another. */
    private static Optional<FormDialog> formatCells(List<String> l, int first) {
        return formatTabs(l, first) >= TABS ? Optional.of(new FormDialog(Form.FORMAT_CELLS, "")) : Optional.empty();
    }

    /** How many of Format Cells' tabs, each another, stand in the run of lines of tabs from line {@code first}. */
    private static int formatTabs(List<String> l, int first) {
        Set<String> tabs = new HashSet<>();
        for (int i = Math.max(first, 0); first >= 0 && i < l.size() && TAB_LINE.matcher(l.get(i)).matches(); i++) {
            Matcher m = TAB.matcher(l.get(i));
            while (m.find()) {
                tabs.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tabs.size();
    }

    /**
     * A settings dialog whose tabs begin at line {@code first} of {@code l}: {@value #SETTINGS_TABS} or more of the
     * {@value #TAB_LINES} lines with letters from it, each another tab's name, {@value #NOT_MENUS} of them no menu's
     * ("General", "Editor"; a menu bar read one name to a line is "File", "Edit", "View"). A list of tabs down the
     * dialog's side is read with the page's lines beside them in between (PCManFM's "General", "Behavior", "Display",
     * "Open files with single click", "Layout").
     */
    private static Optional<FormDialog> settings(List<String> l, int first) {
        if (first < 0 || first >= l.size() || !SETTINGS_TAB.matcher(l.get(first)).matches()) {
            return Optional.empty();
        }
        List<String> tabs = tabsFrom(l, first, SETTINGS_TAB);
        long notMenus = tabs.stream().filter(t -> !KindCheck.menuName(t)).count();
        return tabs.size() >= SETTINGS_TABS && notMenus >= NOT_MENUS
                ? Optional.of(new FormDialog(Form.SETTINGS, "", tabs, false)) : Optional.empty();
    }

    /**
     * A dialog whose tabs begin at line {@code first} of {@code l}: {@value #SETTINGS_TABS} or more of the {@value
     * #TAB_LINES} lines with letters from it, each another tab's name ({@link #DIALOG_TAB}).
     */
    private static Optional<FormDialog> tabbed(List<String> l, int first) {
        if (!DIALOG_TAB.matcher(l.get(first)).matches()) {
            return Optional.empty();
        }
        List<String> tabs = tabsFrom(l, first, DIALOG_TAB);
        return tabs.size() >= SETTINGS_TABS ? Optional.of(new FormDialog(Form.TABBED, "", tabs, false))
                : Optional.empty();
    }

    /** The tabs ({@code tab}), each once, among the {@value #TAB_LINES} lines with letters from line {@code first}. */
    private static List<String> tabsFrom(List<String> l, int first, Pattern tab) {
        return KindCheck.letteredAt(l.subList(first, l.size()), TAB_LINES).stream()
                .map(i -> l.get(first + i)).filter(t -> tab.matcher(t).matches()).distinct().toList();
    }

    /**
     * A properties dialog whose first label is line {@code first} of {@code l}: {@value #PROPERTY_LABELS} properties,
     * each another, among {@value #PROPERTY_LINES} lines from it; the file it is for, where its name is read.
     */
    private static Optional<FormDialog> properties(List<String> l, int first) {
        if (first < 0 || !PROPERTY.matcher(l.get(first)).matches()) {
            return Optional.empty();
        }
        Set<String> labels = new HashSet<>();
        for (String line : l.subList(first, Math.min(l.size(), first + PROPERTY_LINES))) {
            Matcher m = PROPERTY.matcher(line);
            if (m.matches()) {
                labels.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+|s(?=\\s*with)", ""));
            }
        }
        return labels.size() >= PROPERTY_LABELS ? Optional.of(new FormDialog(Form.PROPERTIES, fileName(l, first)))
                : Optional.empty();
    }

    /**
     * The name of the file whose properties begin at line {@code first} of {@code l}: what follows "Name:" on its
     * line, or else a file's name right beside that label (its field, read as a line of its own), or among the lines
     * with letters just above the first label (Writer's, which has no label for it), or at the end of its location
     * (a document's whole path); else nothing.
     */
    private static String fileName(List<String> l, int first) {
        for (int i = first; i < Math.min(l.size(), first + PROPERTY_LINES); i++) {
            Matcher m = PROPERTY.matcher(l.get(i));
            if (m.matches() && m.group(1).equalsIgnoreCase("name")) {
                String named = l.get(i).substring(l.get(i).indexOf(':') + 1).strip();
                if (fileNamed(named)) {
                    return named;
                }
                for (int j : new int[] {i + 1, i - 1}) {
                    if (j >= 0 && j < l.size() && fileNamed(l.get(j))) {
                        return l.get(j);
                    }
                }
                return "";
            }
        }
        Optional<String> named = above(l, first).stream().filter(FormDialog::fileNamed).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        // a document's whole path as its location ("file:///usr/share/doc/guide.pdf", Evince's)
        for (int i = first; i + 1 < Math.min(l.size(), first + PROPERTY_LINES); i++) {
            if (l.get(i).matches("(?i)location\\s*:")) {
                String last = l.get(i + 1).substring(l.get(i + 1).lastIndexOf('/') + 1);
                return l.get(i + 1).contains("/") && fileNamed(last) ? last : "";
            }
        }
        return "";
    }

    private static boolean fileNamed(String line) {
        return FILE_NAME.matcher(line).matches() && line.split("\\s+").length <= FILE_NAME_WORDS;
    }

    /** Whether a dialog's answer ("OK", "Cancel", "Close") is among {@code lines}. */
    private static boolean answers(List<String> lines) {
        return lines.stream().anyMatch(KindCheck::buttons);
    }

    private String name() {
        return form.name + (subject.isEmpty() ? "" : (titled ? " titled \"" : " for \"")
                + KindCheck.quote(subject, QUOTED_WORDS) + "\"");
    }

    /**
     * What Glance says of the dialog in its own window: "A properties dialog for "letter.txt".", "A settings dialog
     * titled "Mousepad Preferences". Its tabs: View, Editor, Window, File, Plugins."
     */
    public String sentence() {
        if (tabs.isEmpty()) {
            return name() + ".";
        }
        return name() + ". Its tabs: " + KindCheck.listed(tabs, TABS_SAID);
    }

    /** What Glance adds where the dialog is in front of a window: "A Format Cells dialog is open." */
    public String onScreen() {
        return name() + " is open.";
    }

    /** Whether {@code caption} is what {@link #sentence} says of a dialog of any of these forms. */
    static boolean says(String caption) {
        for (Form f : Form.values()) {
            if (f == Form.TABBED) {
                // "A dialog titled ..." is the model's own caption too: only with the tabs read is it this one
                if (caption.startsWith(f.name + " titled \"") && caption.contains("\". Its tabs: ")) {
                    return true;
                }
            } else if (caption.startsWith(f.name + ".") || caption.startsWith(f.name + " for \"")
                    || caption.startsWith(f.name + " titled \"")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code said} names this dialog already (its own sentence, or its title quoted). */
    public boolean named(String said) {
        return form.said.matcher(said).matches();
    }
}
