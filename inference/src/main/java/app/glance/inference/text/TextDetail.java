package app.glance.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * More of what a screen's text shows, for the detailed level ("more detail"), once all of it is read: the window's
 * menus, where the text inside it begins, and how many lines Glance read. Grounded in the text alone: the bundled
 * model's detailed description of a real window is mostly replaced by its title's sentence (stop 29: "A text
 * editor: its title is "letter.txt"." at both levels), so a request for more detail had said nothing more.
 * <pre>
 * Its menus: File, Edit, View, Insert, Format, Tools, Table, RDF, Documents, Help. The text in it begins "Dear
 * Mrs. Patel,". Glance read 34 lines of text.
 * </pre>
 * The count is of every line in the text that Glance shows and can read out.
 */
public final class TextDetail {

    /** The menu bar is among this many first lettered lines. */
    static final int MENU_WITHIN = 12;
    /** At most this many menus are named. */
    static final int MAX_MENUS = 12;
    /** A menu read alone on its line is one word of at most this many letters ("Documents"). */
    static final int MENU_LETTERS = 12;
    /** The text inside the window begins with a legible line of at least this many words. */
    static final int CONTENT_WORDS = 3;
    /** Words quoted of that line. */
    static final int QUOTED_WORDS = 12;

    /** A line that begins with an icon read as a sign ("@ Sign in to Chromium?": a button, not the text). */
    private static final Pattern ICON_FIRST = Pattern.compile("^[^\\p{L}\\p{N}\"'(\u201c]+\\s.*");
    /**
     * A search field's placeholder, its magnifier read as a letter or not: "Q Search mail", "Search for a town or
     * postcode" (a page's box, not its text).
     */
    private static final Pattern SEARCH_FIELD = Pattern.compile("(?i)(?:\\p{L}\\s+)?search\\b(?:\\s+\\S+){0,5}"
            + "(?<![.!?])");
    /** A toolbar's font or style read after the menus ("Sans", "Bold"). */
    private static final Pattern FONT = Pattern.compile("(?i)sans|serif|mono|monospace|bold|italic|regular|normal");
    private static final Pattern HELP = Pattern.compile("(?i)help");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}\\p{L}{1," + (MENU_LETTERS - 1) + "}");

    private TextDetail() {
    }

    /** The sentences for {@code lines} (the screen's text in reading order), leaving out what {@code said} says. */
    public static Optional<String> of(List<String> lines, String said) {
        List<String> lettered = AppTitles.firstLettered(lines, Integer.MAX_VALUE);
        if (lettered.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        int[] end = {-1};
        List<String> menus = menus(lettered, end);
        if (menus.size() >= 2 && !said.contains("Its menus")) {
            out.add("Its menus: " + String.join(", ", menus) + ".");
        }
        String begins = content(lettered, end[0] + 1);
        if (!begins.isEmpty() && !said.contains(begins)) {
            // after "The text on it begins "Pick a date"." (the dialog's title): what follows it
            out.add((said.contains("The text on it begins") ? "Further on, it reads \"" : "The text in it begins \"")
                    + begins + "\".");
        }
        if (lines.size() > 1) {
            out.add("Glance read " + lines.size() + " lines of text.");
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", out));
    }

    /**
     * The menus of the first menu bar among the first {@value #MENU_WITHIN} lines: on one line ("File Edit View"),
     * run together ("FileEd it Search View"), or one to a line from two known names in a row, with the one-word lines
     * around them ("Database", "Entries", "Groups" before KeePassXC's "Tools", "View"; "Table", "RDF" after
     * AbiWord's "File", "Edit"), the first lettered line (the title) aside, up to "Help" (Transmission's toolbar
     * follows with "Open", "Properties"), a font's name ("Sans") or a name said already. {@code end[0]} is set to
     * the bar's last line.
     */
    static List<String> menus(List<String> lettered, int[] end) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(MENU_WITHIN, lettered.size()) && names.isEmpty(); i++) {
            String l = lettered.get(i).strip();
            if (KindCheck.menuBar(l)) {
                // the bar, also on lines in a row ("File Edit", "Search View Document Help")
                int j = i;
                while (j < lettered.size() && (j == i || KindCheck.menuLine(lettered.get(j)))) {
                    String line = lettered.get(j).strip();
                    List<String> words = List.of(KindCheck.lettersOnly(line).split("\\s+"));
                    names.addAll(words.stream().allMatch(KindCheck::menuName) ? words : KindCheck.menuNames(line));
                    j++;
                }
                end[0] = j - 1;
            } else if (KindCheck.menuName(l) && i + 1 < lettered.size() && KindCheck.menuName(lettered.get(i + 1))) {
                int first = i; // menus of the application's own before the known ones ("Database", "Entries")
                while (first > 1 && ONE_WORD.matcher(lettered.get(first - 1).strip()).matches()) {
                    first--;
                }
                lettered.subList(first, i).forEach(m -> names.add(m.strip()));
                int j = i;
                while (j < lettered.size() && oneMoreMenu(lettered.get(j).strip(), names)) {
                    names.add(lettered.get(j).strip());
                    j++;
                    if (HELP.matcher(names.get(names.size() - 1)).matches()) {
                        break; // the last menu: a toolbar's buttons may follow ("Open", "Properties")
                    }
                }
                end[0] = j - 1;
            }
        }
        return names.size() > MAX_MENUS ? names.subList(0, MAX_MENUS) : names;
    }

    private static boolean oneMoreMenu(String word, List<String> names) {
        return ONE_WORD.matcher(word).matches() && !FONT.matcher(word).matches() && !names.contains(word);
    }

    /**
     * The first legible line of {@value #CONTENT_WORDS} words or more from {@code from} on (the title, a menu bar, a
     * toolbar's font, a web address, a button with its icon, a search field and a browser's own lines aside:
     * Chromium's "Sign in to Chromium?" had been where every page's text began, stop 46, captured), quoted; or "".
     */
    private static String content(List<String> lettered, int from) {
        for (int i = Math.max(from, 1); i < lettered.size(); i++) {
            String l = lettered.get(i).strip();
            boolean ui = KindCheck.menuBar(l) || KindCheck.format(l) || l.contains("://") || BrowserFrame.isAddress(l)
                    || ICON_FIRST.matcher(l).matches() || BrowserFrame.ownLine(l)
                    || SEARCH_FIELD.matcher(l).matches();
            if (!ui && KindCheck.legible(l) && l.split("\\s+").length >= CONTENT_WORDS) {
                return KindCheck.quote(l, QUOTED_WORDS);
            }
        }
        return "";
    }
}
