package app.glance.inference.text;

import java.util.List;
import java.util.Locale;
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
    /** The heading stands within this many lines with three letters or more below the dialog's title. */
    static final int HEADING_LINES = 3;
    /** The sentence that describes the application has at least this many words. */
    static final int DESCRIPTION_WORDS = 5;
    private static final int QUOTED_WORDS = 14;

    /** A copyright line: the word, the sign (read "@" or "(c)" by OCR) before a year, "All rights reserved". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\\bcopyright\\b|(?:\u00a9|@|\\(c\\))\\s*\\d{4}"
            + "|\\ball rights reserved\\b");
    /**
     * A version alone on its line: "0.5.10", "Version 1.38", "v2.1.0-beta", and Windows' own, "Version 22H2 (OS Build
     * 22621.2134)".
     */
    private static final Pattern VERSION = Pattern.compile("(?i)^(?:version\\s*)?v?(\\d+(?:\\.\\d+){1,3}[\\w.+-]*"
            + "|\\d{2}H\\d(?:\\s*\\(OS\\s*Build\\s*[\\d.]+\\))?)$");
    /**
     * Windows' name, the heading of the About dialog of each application it comes with (Notepad's "About Notepad" in
     * front of its window, written down at stop 53, was "A text editor." alone).
     */
    private static final Pattern WINDOWS = Pattern.compile("(?i)(?:microsoft\\s+)?windows(?:\\s+\\d+)?");
    /** A name with its version: "Geany 1.38", "GNU Image Manipulation Program version 2.10.34". */
    private static final Pattern NAME_VERSION = Pattern.compile("(?i)^(\\p{L}[\\p{L}\\d .+'-]{0,40}?)\\s+"
            + "(?:version\\s*)?v?(\\d+(?:\\.\\d+){1,3}[\\w.+-]*)$");
    /** A separator between spaces, as between a document's name and its application's in a window's title. */
    private static final Pattern SEPARATED_TITLE = Pattern.compile("\\s[-\u2013\u2014|]\\s");
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
     * The About dialog that {@code lines} begin with, as in its own window: its name and version first ("Mousepad",
     * "0.5.10"), or right after its title ("About Mousepad"), and a copyright line below them among {@code allText},
     * all of the screen's text, which is asked for only where the heading is there.
     */
    public static Optional<AboutDialog> window(List<String> lines, Supplier<List<String>> allText) {
        if (top(KindCheck.stripped(lines)) < 0) {
            return Optional.empty();
        }
        List<String> all = KindCheck.stripped(allText.get());
        return of(all, top(all));
    }

    /**
     * The About dialog among {@code lines}, in front of a window anywhere on the screen: its title ("About gedit")
     * above its name and version ("gedit", "44.2"; within {@value #HEADING_LINES} lines with three letters or more,
     * since the document behind it is read between them), and a copyright line below; a name and a version alone on a
     * page ("Python 3.12.1" above the site's copyright) are none.
     */
    public static Optional<AboutDialog> anywhere(List<String> lines) {
        List<String> l = KindCheck.stripped(lines);
        for (int i = 0; i + 1 < l.size(); i++) {
            int at = titled(l, i);
            if (at >= 0) {
                return of(l, at);
            }
            Optional<AboutDialog> byTitle = byTitle(l, i);
            if (byTitle.isPresent()) {
                return byTitle;
            }
        }
        return Optional.empty();
    }

    /** The lines below an About dialog's title where its name and version are looked for. */
    static final int NAMED_WITHIN = 4;

    /**
     * The About dialog whose title is line {@code i} of {@code lines}, with its title bar's buttons right below it
     * (or, as the heading right below a title bar, above it), where no heading gives its name and version: the
     * application's name again below (Wine's "About Notepad" above "Notepad" and "Wine Notepad") or, with a copyright
     * line further down, named with its version in a sentence (Qt's heading "About Qt" above "This program uses Qt
     * version 5.15.8."). Both had gone unsaid in front of their windows (stop 53, captured).
     */
    private static Optional<AboutDialog> byTitle(List<String> lines, int i) {
        Matcher about = ABOUT.matcher(lines.get(i));
        boolean barBelow = KindCheck.titledAt(lines, i);
        if (!about.matches() || !barBelow && (i == 0 || !KindCheck.titleBarButtons(lines.get(i - 1)))) {
            return Optional.empty();
        }
        String application = about.group(1).strip();
        Pattern versioned = Pattern.compile("(?i)\\b" + Pattern.quote(application)
                + "\\s+(?:version\\s*)?v?(\\d+(?:\\.\\d+){1,3})\\b");
        int from = Math.min(lines.size(), i + (barBelow ? 2 : 1));
        List<String> below = lines.subList(from, Math.min(lines.size(), from + NAMED_WITHIN));
        boolean namedAgain = below.stream().anyMatch(b -> b.equalsIgnoreCase(application));
        Optional<String> version = below.stream().map(versioned::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
        boolean copyright = lines.stream().skip(from).anyMatch(b -> COPYRIGHT.matcher(b).find());
        if (!namedAgain && !(version.isPresent() && copyright)) {
            return Optional.empty();
        }
        return Optional.of(new AboutDialog(application + version.map(v -> " " + v).orElse(""), ""));
    }

    /** Where the heading stands that begins {@code lines}: the first lettered line, or the next after the title. */
    private static int top(List<String> lines) {
        int first = 0;
        while (first < lines.size() && !LETTERS.matcher(lines.get(first)).find()) {
            first++;
        }
        int at = heading(lines.subList(first, lines.size()), 1);
        return at >= 0 ? first + at : titled(lines, first);
    }

    /**
     * Where the heading stands that line {@code i} of {@code lines}, an About dialog's title, names ("About gedit"
     * above "gedit"), within {@value #HEADING_LINES} lettered lines below it; -1 where it is none.
     */
    private static int titled(List<String> lines, int i) {
        Matcher about = i < lines.size() ? ABOUT.matcher(lines.get(i)) : null;
        if (about == null || !about.matches()) {
            return -1;
        }
        int at = heading(lines.subList(i + 1, lines.size()), HEADING_LINES);
        String named = at < 0 ? "" : lines.get(i + 1 + at).split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (at >= 0 && (about.group(1).toLowerCase(Locale.ROOT).startsWith(named)
                || WINDOWS.matcher(lines.get(i + 1 + at)).matches())) {
            return i + 1 + at;
        }
        // the title's name above its version further down, the window behind read between (KWrite's "About KWrite",
        // then "File Edit", "Selectil", "New", "ope" of its menus, then "KWrite", "Version 22.12.3": stop 56,
        // captured, "Glance cannot tell ...")
        for (int j = i + 1; j + 1 < lines.size() && j <= i + FAR_HEADING; j++) {
            if (lines.get(j).equalsIgnoreCase(about.group(1).strip()) && VERSION.matcher(lines.get(j + 1)).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** The title's name stands at most this many lines below it, above its version. */
    static final int FAR_HEADING = 10;

    /**
     * Where a name with its version ("Geany 1.38"), or a name above its version ("Mousepad", "0.5.10"), stands among
     * the first {@code within} lines of {@code lines} with three letters or more; -1 where none does.
     */
    private static int heading(List<String> lines, int within) {
        int lettered = 0;
        for (int i = 0; i < lines.size() && lettered < within; i++) {
            if (!LETTERS.matcher(lines.get(i)).find()) {
                continue;
            }
            lettered++;
            if (KindCheck.titledAt(lines, i)) {
                // a window's title above its title bar's buttons, not a heading below them: Pingus' "Pingus 0.7.6" over
                // its menu, its copyright at the foot (stop 54, captured: "An About dialog for Pingus 0.7.6.")
                continue;
            }
            boolean nameAboveVersion = NAME.matcher(lines.get(i)).matches() && i + 1 < lines.size()
                    && VERSION.matcher(lines.get(i + 1)).matches();
            // not a window's title, a document's name and its application's with a version ("Untitled 0 - Bluefish
            // 2.2.12" above Bluefish's About dialog had been its heading, stop 54, captured)
            boolean title = SEPARATED_TITLE.matcher(lines.get(i)).find();
            if (!title && (nameAboveVersion || NAME_VERSION.matcher(lines.get(i)).matches())) {
                return i;
            }
        }
        return -1;
    }

    /** The dialog whose heading is line {@code at}, where a copyright line stands below it. */
    private static Optional<AboutDialog> of(List<String> l, int at) {
        if (at < 0) {
            return Optional.empty();
        }
        Matcher nameVersion = NAME_VERSION.matcher(l.get(at));
        String name;
        int last = at; // the heading's last line
        if (nameVersion.matches()) {
            name = nameVersion.group(1).strip() + " " + nameVersion.group(2);
        } else {
            Matcher version = VERSION.matcher(l.get(at + 1));
            name = l.get(at) + " " + (version.matches() ? version.group(1) : l.get(at + 1));
            last = at + 1;
        }
        int copyright = -1;
        for (int i = last + 1; i < l.size() && copyright < 0; i++) {
            if (COPYRIGHT.matcher(l.get(i)).find()) {
                copyright = i;
            }
        }
        if (copyright < 0) {
            return Optional.empty();
        }
        // Windows' heading names Windows: the application is the title's ("Notepad on Microsoft Windows 22H2 ...")
        if (WINDOWS.matcher(l.get(at)).matches()) {
            for (int t = at - 1; t >= Math.max(0, at - HEADING_LINES - 1); t--) {
                Matcher about = ABOUT.matcher(l.get(t));
                if (about.matches()) {
                    // not Windows' own ("About Windows", winver's title)
                    String application = about.group(1).strip();
                    name = name.toLowerCase(Locale.ROOT).contains(application.toLowerCase(Locale.ROOT)) ? name
                            : application + " on " + name;
                    break;
                }
            }
        }
        String description = "";
        for (int i = last + 1; i < copyright && description.isEmpty(); i++) {
            String d = l.get(i);
            if (d.split("\\s+").length >= DESCRIPTION_WORDS && KindCheck.legible(d)
                    && !NOT_DESCRIPTION.matcher(d).find()) {
                description = d;
            }
        }
        return Optional.of(new AboutDialog(name, description));
    }

    /** Whether {@code caption} is what {@link #sentence} says. */
    static boolean says(String caption) {
        return caption.startsWith(ABOUT_DIALOG + " for ");
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
