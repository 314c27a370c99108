package app.glance.inference.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application's About dialog: its name and version as a heading ("Mousepad" above "0.5.10", "Geany 1.38"), or a
 * title "About Mousepad", with a copyright line below. Glance says which application and version it is about, and the
 * sentence that describes it: "An About dialog for Mousepad 0.5.10: "Mousepad is a simple text editor for the Xfce
 * desktop environment"." Mousepad's About window, titled with the application's name alone, had been "A text editor:
 * its title is "Mousepad"." (stop 39, by hand).
 */
public final class AboutDialog {

    /** What both of its sentences name. */
    public static final String ABOUT_DIALOG = "An About dialog";
    /** The heading is among this many first lines with three letters or more, where the dialog is the window. */
    static final int HEADING_LINES = 2;
    /** The sentence that describes the application has at least this many words. */
    static final int DESCRIPTION_WORDS = 5;
    private static final int QUOTED_WORDS = 14;

    /** A copyright line: the word, the sign (read "@" or "(c)" by OCR) before a year. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\\bcopyright\\b|(?:\u00a9|@|\\(c\\))\\s*\\d{4}");
    /** A version alone on its line: "0.5.10", "Version 1.38", "v2.1.0-beta". */
    private static final Pattern VERSION = Pattern.compile("(?i)^(?:version\\s*)?v?(\\d+(?:\\.\\d+){1,3}[\\w.+-]*)$");
    /** A name with its version: "Geany 1.38", "GNU Image Manipulation Program version 2.10.34". */
    private static final Pattern NAME_VERSION = Pattern.compile("(?i)^(\\p{L}[\\p{L}\\d .+'-]{0,40}?)\\s+"
            + "(?:version\\s*)?v?(\\d+(?:\\.\\d+){1,3}[\\w.+-]*)$");
    /** A name alone: one word to four, the first a letter (small in "gedit"). */
    private static final Pattern NAME = Pattern.compile("^\\p{L}[\\p{L}\\d.+'-]*(?:\\s+[\\p{L}\\d.+'-]+){0,3}$");
    /** Three letters in a row: a line that may be a heading. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{3}");
    /** An About dialog's title: "About Mousepad". */
    private static final Pattern ABOUT = Pattern.compile("(?i)^about\\s+(\\p{L}.{0,40})$");
    /** A line that is no description: the licence's, the warranty's, a link. */
    private static final Pattern NOT_DESCRIPTION = Pattern.compile("(?i)\\b(?:warranty|licen[cs]e|copyright|https?:"
            + "|www\\.)");

    private final String name;
    private final String description;

    private AboutDialog(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /**
     * The About dialog that {@code lines} begin with (its heading among their first {@value #HEADING_LINES} lettered
     * lines, as in its own window), with its copyright line among {@code allText}, all of the screen's text, which
     * is asked for only where the heading is there.
     */
    public static Optional<AboutDialog> window(List<String> lines, Supplier<List<String>> allText) {
        List<String> l = lines.stream().map(String::strip).toList();
        int lettered = 0;
        for (int i = 0; i < l.size() && lettered < HEADING_LINES; i++) {
            if (!LETTERS.matcher(l.get(i)).find()) {
                continue;
            }
            lettered++;
            boolean nameAboveVersion = NAME.matcher(l.get(i)).matches() && i + 1 < l.size()
                    && VERSION.matcher(l.get(i + 1)).matches();
            if (nameAboveVersion || NAME_VERSION.matcher(l.get(i)).matches() || ABOUT.matcher(l.get(i)).matches()) {
                return anywhere(allText.get());
            }
        }
        return Optional.empty();
    }

    /** The About dialog among {@code lines} (in front of a window, anywhere on the screen), if they hold one. */
    public static Optional<AboutDialog> anywhere(List<String> lines) {
        List<String> l = lines.stream().map(String::strip).toList();
        int copyright = -1;
        for (int i = 0; i < l.size() && copyright < 0; i++) {
            if (COPYRIGHT.matcher(l.get(i)).find()) {
                copyright = i;
            }
        }
        String name = null;
        int at = -1;
        String titled = null;
        for (int i = 0; i < copyright && name == null; i++) {
            Matcher nameVersion = NAME_VERSION.matcher(l.get(i));
            Matcher version = i + 1 < copyright ? VERSION.matcher(l.get(i + 1)) : null;
            Matcher about = ABOUT.matcher(l.get(i));
            if (nameVersion.matches()) {
                name = nameVersion.group(1).strip() + " " + nameVersion.group(2);
                at = i;
            } else if (version != null && NAME.matcher(l.get(i)).matches() && version.matches()) {
                name = l.get(i) + " " + version.group(1);
                at = i + 1;
            } else if (about.matches() && titled == null) {
                titled = about.group(1).strip();
            }
        }
        if (name == null && titled == null) {
            return Optional.empty();
        }
        String description = "";
        for (int i = at + 1; at >= 0 && i < copyright && description.isEmpty(); i++) {
            String d = l.get(i);
            if (d.split("\\s+").length >= DESCRIPTION_WORDS && KindCheck.legible(d)
                    && !NOT_DESCRIPTION.matcher(d).find()) {
                description = d;
            }
        }
        return Optional.of(new AboutDialog(name != null ? name : titled, description));
    }

    /** What Glance says: "An About dialog for Mousepad 0.5.10: "Mousepad is a simple text editor ..."." */
    public String sentence() {
        return ABOUT_DIALOG + " for " + KindCheck.quote(name, 8)
                + (description.isEmpty() ? "." : ": \"" + KindCheck.quote(description, QUOTED_WORDS) + "\".");
    }

    /** What Glance adds where the dialog is in front of a window: "An About dialog on screen, for Mousepad 0.5.10." */
    public String onScreen() {
        return ABOUT_DIALOG + " on screen, for " + KindCheck.quote(name, 8) + ".";
    }
}
