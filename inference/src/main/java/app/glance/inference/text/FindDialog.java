package app.glance.inference.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Find dialog, or a Find and Replace dialog: a field's label for what is looked for ("Find:", "Search for:", "Find
 * what:") with a search button below it ("Find Next", "Previous", "Find All"), and for the second a label for what
 * replaces it ("Replace with:") or a "Replace All" button. Glance says which it is and what it looks for: "A Find
 * dialog, looking for "import"." LibreOffice Writer's Find and Replace window had been "Glance cannot tell what kind
 * of window this is.", Geany's Find window "A dialog. The text on it begins "Search for: import"." and Writer's screen
 * with that dialog in front of its document said nothing of it (stop 40, by hand).
 */
public final class FindDialog {

    /** The label is the first line with letters, or the next such line below the dialog's own title ... */
    static final int TITLE_LINES = 1;
    /** ... or, followed by a label for what replaces it, one of this many first lines with letters (after tabs). */
    static final int PAIRED_WITHIN = 5;
    /** A search button stands within this many lines below the label (its options come between) ... */
    static final int BUTTON_WITHIN = 14;
    /** ... and a label for what replaces it within this many with letters. */
    static final int REPLACE_WITHIN = 3;
    private static final int QUOTED_WORDS = 8;

    /**
     * What is looked for: "Find:", "Find what:", "Search for: import" (what was typed follows on its line); without
     * the colon ("Find", gedit's; "Search for", Gnumeric's) only above a label for what replaces it.
     */
    private static final Pattern FIND_LABEL = Pattern.compile("(?i)^(?:find(?:\\s*what)?|search\\s*for)\\s*"
            + "(?::\\s*(.*))?$");
    /** What replaces it: "Replace:", "Replace with:", "Replace with", "Replace by". */
    private static final Pattern REPLACE_LABEL = Pattern.compile("(?i)^replace\\s*(?:(?:with|by)\\b\\s*:?|:).*$");
    /** The "Replace All" button. */
    private static final Pattern REPLACE_ALL = Pattern.compile("(?i)^replace\\s*all$");
    /** A search button: "Find", "Find Next", "Find Previous", "Find All", "Next", "Previous". */
    private static final Pattern SEARCH_BUTTON = Pattern.compile("(?i)^(?:find|search)(?:\\s*(?:next|previous|all))?$"
            + "|^(?:next|previous)$");
    /** The dialog's own title above its label: "Find", "Find and Replace", "Search and Replace", "Replace". */
    private static final Pattern TITLE = Pattern.compile("(?i)^(?:(?:find|search)(?:\\s*(?:and|&)\\s*replace)?"
            + "|replace)$");

    private final boolean replaces;
    private final String lookingFor;

    private FindDialog(boolean replaces, String lookingFor) {
        this.replaces = replaces;
        this.lookingFor = lookingFor;
    }

    /**
     * The dialog that {@code lines} begin with, as in its own window: its label first, or right after its title, and
     * a search button below it among {@code lines}, or else among {@code allText}, all of the screen's text, which is
     * asked for only where the label is there; or a label paired with one for what replaces it among the first
     * {@value #PAIRED_WITHIN} lines with letters (Gnumeric's below its tabs).
     */
    public static Optional<FindDialog> window(List<String> lines, Supplier<List<String>> allText) {
        List<String> l = KindCheck.stripped(lines);
        List<Integer> lettered = KindCheck.letteredAt(l, PAIRED_WITHIN);
        for (int i : lettered) {
            if (FIND_LABEL.matcher(l.get(i)).matches() && paired(l, i)) {
                return at(l, i);
            }
        }
        if (lettered.isEmpty()) {
            return Optional.empty();
        }
        int label = TITLE.matcher(l.get(lettered.get(0))).matches() && lettered.size() > TITLE_LINES
                ? lettered.get(TITLE_LINES) : lettered.get(0);
        if (!FIND_LABEL.matcher(l.get(label)).matches()) {
            return Optional.empty();
        }
        return at(l, label).or(() -> at(KindCheck.stripped(allText.get()), label));
    }

    /** The dialog among {@code lines}, anywhere on the screen: its label and a search button below it. */
    public static Optional<FindDialog> anywhere(List<String> lines) {
        List<String> l = KindCheck.stripped(lines);
        for (int i = 0; i < l.size(); i++) {
            Optional<FindDialog> found = at(l, i);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The dialog whose label is line {@code label} of {@code l}: a label for what replaces it right below, or a label
     * with its colon and a search button below it.
     */
    private static Optional<FindDialog> at(List<String> l, int label) {
        Matcher m = label < l.size() ? FIND_LABEL.matcher(l.get(label)) : null;
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        if (paired(l, label)) {
            return Optional.of(new FindDialog(true, typed(m)));
        }
        List<String> below = l.subList(label + 1, Math.min(l.size(), label + 1 + BUTTON_WITHIN));
        if (m.group(1) == null || below.stream().noneMatch(b -> SEARCH_BUTTON.matcher(b).matches()
                || REPLACE_ALL.matcher(b).matches())) {
            return Optional.empty();
        }
        boolean replaces = below.stream().anyMatch(b -> REPLACE_ALL.matcher(b).matches()
                || REPLACE_LABEL.matcher(b).matches());
        return Optional.of(new FindDialog(replaces, typed(m)));
    }

    /**
     * Whether a label for what replaces it stands within {@value #REPLACE_WITHIN} lines with letters below line {@code
     * label}: a spreadsheet's row numbers beside a dialog in front of it come between (Gnumeric's Search & Replace
     * in front of its sheet went unsaid, stop 40, by hand).
     */
    private static boolean paired(List<String> l, int label) {
        return l.subList(label + 1, l.size()).stream().filter(KindCheck::lettered).limit(REPLACE_WITHIN)
                .anyMatch(b -> REPLACE_LABEL.matcher(b).matches());
    }

    /** What was typed after the label's colon, where it is legible or one short word; else nothing. */
    private static String typed(Matcher label) {
        String typed = label.group(1) == null ? "" : label.group(1).strip();
        return KindCheck.legible(typed) || typed.matches("\\S{1,24}") ? typed : "";
    }

    private String name() {
        return replaces ? "A Find and Replace dialog" : "A Find dialog";
    }

    private String lookingFor() {
        return lookingFor.isEmpty() ? "" : ", looking for \"" + KindCheck.quote(lookingFor, QUOTED_WORDS) + "\"";
    }

    /** What Glance says of the dialog in its own window: "A Find dialog, looking for "import"." */
    public String sentence() {
        return name() + lookingFor() + ".";
    }

    /** What Glance adds where the dialog is in front of a window: "A Find and Replace dialog is open." */
    public String onScreen() {
        return name() + " is open" + lookingFor() + ".";
    }

    /** Whether {@code caption} is what {@link #sentence} says. */
    static boolean says(String caption) {
        return caption.matches("A Find (?:and Replace )?dialog(?:\\.|, looking for \".*)");
    }

    /** Whether {@code said} names a Find dialog already (its own sentence, or its title quoted). */
    public static boolean named(String said) {
        return said.matches("(?is).*\\b(?:find|search)(?: and replace)?(?: dialog|\").*");
    }
}
