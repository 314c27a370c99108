package app.glance.inference.text;

import app.glance.inference.ocr.WordSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web browser's own frame, read from the first lines of a screen's text: its address bar, and the page's title on
 * its tab above it. A window or a screen that shows one is a browser whatever page it shows, and what Glance says is
 * read, not guessed: "A web browser showing "Barn owl - Wikipedia", from en.wikipedia.org." The bundled model never
 * saw a browser's frame (its web pages were rendered without one) and called real Chromium windows "a text editor", "a
 * dialog", "a chat page" and "a calendar page" (stop 27, by hand).
 * <p>
 * The address bar is one of the first {@value #FRAME_LINES} lines with three letters or more, as PP-OCR reads
 * Chromium's: a web address or a local page's path alone ("en.wikipedia.org/wiki/Barn_owl", "/tmp/page.html"), or
 * after the site's chip ("Not secure https://www.example.com/login", "@ File/tmp/page.html", the chip's icon read as
 * a character or two), the chip and the address also on two lines of their own; or the empty bar's own words ("Search
 * Google or type a URL"). The tab's title is the lettered line before it (where there are several, the window's
 * title where it names a browser, or the one that shares a word with the site, or none).
 */
public final class BrowserFrame {

    /** What every sentence of this class begins with ({@link KindCheck#corrects}). */
    static final String BROWSER = "A web browser";

    /**
     * The address bar is looked for among this many first lines with three letters or more: a window's title, a
     * desktop's panel, and the tabs' titles, each read as a line of its own, may come before it.
     */
    static final int FRAME_LINES = 6;
    /** At most this many words of the tab's title are quoted. */
    private static final int QUOTED_WORDS = 10;

    /** The chip before the address: the site's safety, a local file, or the browser's own page ("Chromium"). */
    private static final String CHIP = "not\\s*secure|secure|file|dangerous|chromium|chrome|edge|firefox";
    /** The scheme of a browser's own pages ("chrome://settings", "about:blank"). */
    private static final String INTERNAL = "(?:(?:chrome|edge|brave|opera|vivaldi|chrome-extension)://?|about:)";
    /**
     * An icon before the chip or the address, read as a sign or a letter of another script, glued or apart ("@",
     * "\u25b3", "\u53e3"), or as a Latin letter or two apart ("A Not secure") or glued to the chip ("ANot secure");
     * never the first letters of the address itself.
     */
    private static final String ICON = "(?:[^\\s\\p{IsLatin}\\p{N}/]{1,2}\\s*|[\\p{L}\\p{N}]{1,2}\\s+"
            + "|\\p{L}(?=not\\s*secure))?";
    /**
     * A web address (the scheme also with one slash, as OCR reads it), a host with a port, or a local page; not a
     * search result's address with its path as a trail ("https://www.logitech.com > mice", "\u203a": a page's line,
     * stop 42, by hand: "A web browser at www.logitech.com>mice." on a region of a page of results).
     */
    private static final String ADDRESS = "(?:https?|file):/{1,3}[^\\s>\u203a]+|" + INTERNAL + "\\S+"
            + "|(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|dev|gov|edu|info|app|co|uk|de|fr|es|it|nl"
            + "|ca|au|jp|in|eu|us|me|tv|ai|ch|se|no|dk|fi|pl|be|at|ie|nz|br|mx|ru|cn|xyz|site|online|blog|news)"
            + "(?::\\d+)?(?:[/?#]\\S*)?"
            + "|localhost(?::\\d+)?(?:[/?#]\\S*)?|\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?(?:[/?#]\\S*)?"
            + "|(?:[a-z]:)?/\\S+\\.(?:html?|php|pdf|svg|xml)";
    private static final Pattern BAR = Pattern.compile("(?i)^" + ICON + "(?<chip>" + CHIP + ")?\\s*(?<address>"
            + ADDRESS + ")$");
    /** A local folder's path as the address bar shows it after the "File" chip: "/tmp/cap2/files/", "C:/Users/". */
    private static final Pattern LOCAL_FOLDER = Pattern.compile("(?i)(?:[a-z]:)?/(?:[^\\s/]+/)*");
    private static final Pattern ADDRESS_ALONE = Pattern.compile("(?i)(?:" + ADDRESS + ")");
    /** A form's label for the field beside or below it: "Location:", "URL:". */
    private static final Pattern FIELD_LABEL = Pattern.compile("\\p{L}[\\p{L} ]{0,30}:");
    private static final Pattern CHIP_ALONE = Pattern.compile("(?i)^" + ICON + "(?<chip>" + CHIP + ")$");
    /** The words of an empty address bar (a new tab): Chromium's, Firefox's ("Search or enter address") and Edge's. */
    private static final Pattern EMPTY_BAR = Pattern.compile("(?i)^" + ICON + "(?:search(?: google| with \\w+"
            + "| the web| \\w+)? or (?:type|enter) (?:a url|(?:an? )?(?:web )?address))$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");
    /**
     * A tab's icon read before its title as a sign ("?New Tab", "? New Tab": Chromium's new tab, stop 38, by hand):
     * not quoted.
     */
    private static final Pattern TAB_ICON = Pattern.compile("^[?@\u00a9\u00ae\u2022\u00b7\u25cb\u25cf\u25a1\u25a0]"
            + "\\s*(?=\\p{L})");
    /**
     * The rest of a web address's path, alone on the next line: "licenses/" under "http://www.apache.org/" in the
     * licence a zenity text dialog showed (stop 29, "A web browser showing "Apache License"").
     */
    private static final Pattern WRAPPED_PATH = Pattern.compile("[a-z\\d][\\w.~%-]*/(?:[\\w.~%-]+/?)*");
    /**
     * A tab's title of this many characters and {@value #CUT_TITLE_WORDS} words or more may have been cut: Chromium's
     * tab holds about 25 characters.
     */
    static final int CUT_TITLE = 20;
    static final int CUT_TITLE_WORDS = 3;
    /**
     * A tab's title shorter than this is not taken for one its tab cut, where that would mean waiting for all of the
     * screen's text (a tab shows about 20 characters and more; "Why hedgehogs hiber", Chromium's, stop 37).
     */
    static final int CUT_TAB = 15;
    /** A title run together is spaced as the page's line where it has this many letters and digits at least. */
    private static final int RESPACED = 10;
    /** A title's word that the page shows names it where it has this many letters at least ({@link #namedOnPage}). */
    private static final int PAGE_NAME = 6;
    /** A title's last two words, the last of letters only, at its end. */
    private static final Pattern LAST_TWO_WORDS = Pattern.compile("([\\p{L}\\p{N}]+)\\s+(\\p{L}{2,})$");
    /**
     * A tab's close button, read after its title ("Barn owl - Wikipedia x"); not a site's name after a separator ("Home
     * / X", stop 42, written down: had been quoted as "Home /").
     */
    private static final Pattern CLOSE = Pattern.compile("(?<![-\u2013\u2014/|:])\\s+[xX\u00d7]$");
    /** The browser's own lines below its address bar: its account button, its bars of warning. */
    private static final Pattern BROWSER_LINE = Pattern.compile("(?i)^\\W{0,2}\\s*(?:sign in to (?:chromium|chrome)\\??"
            + "|sign in|relaunch to update|update|new chrome available|you are using an unsupported command-line"
            + " flag.*|chrome is being controlled by automated test software.*)$");
    /**
     * A title's bar between the page's name and the site's, read as a capital I glued to a word: "Your
     * basketIBasketful", "Weekly sync IMeetly" (stop 46, captured); no word has a capital I between a small letter and
     * a capital, nor begins with an I, a capital and two small letters.
     */
    private static final Pattern BAR_READ_AS_I = Pattern.compile("(?<=\\p{Ll})I(?=\\p{Lu}\\p{Ll})"
            + "|(?<=\\p{Ll}) I(?=\\p{Lu}\\p{Ll}{2})");
    private static final Pattern SCHEME = Pattern.compile("(?i)^(?:https?|file):/{1,3}");
    private static final Pattern INTERNAL_PAGE = Pattern.compile("(?i)^" + INTERNAL);

    private final String title;
    private final String site;
    private final boolean notSecure;
    /** " The text on it begins ..." for a page with no title, else "". */
    private final String page;

    private BrowserFrame(String title, String site, boolean notSecure, String page) {
        this.title = title;
        this.site = site;
        this.notSecure = notSecure;
        this.page = page;
    }

    /**
     * The frame among the first lines of {@code screenText}, where they show one and no window's title there names an
     * application of another kind (a text editor whose first line is a web address), and {@code caption} is not a
     * dialog's whose buttons the text shows (a browser's print dialog, captured with the browser behind it).
     */
    public static Optional<BrowserFrame> over(String caption, List<String> screenText) {
        return over(caption, screenText, AppTitles.find(screenText));
    }

    /** As {@link #over(String, List)}, with the title {@link AppTitles#find} found in {@code screenText}. */
    public static Optional<BrowserFrame> over(String caption, List<String> screenText,
                                              Optional<AppTitles.Title> title) {
        return over(caption, screenText, title, List::of);
    }

    /**
     * As {@link #over(String, List, Optional)}; a tab's title cut in its last word that {@code screenText} does not
     * complete is completed from {@code allText}, all of the screen's text, which is asked for only then, or where a
     * browser's title shows and its address bar is not among {@code screenText}.
     */
    public static Optional<BrowserFrame> over(String caption, List<String> screenText, Optional<AppTitles.Title> title,
                                              Supplier<List<String>> allText) {
        if (title.filter(t -> !t.showsPages()).isPresent() || KindCheck.dialogWithButtonRow(caption, screenText)) {
            return Optional.empty();
        }
        Optional<BrowserFrame> frame = find(screenText, allText);
        if (frame.isEmpty() && title.isPresent()) {
            // a browser's title above its tab, the address bar below the first lines read (Firefox's title bar, tab
            // and toolbar: "Probably a video page." on a folder's listing, stop 48, captured): all of the text
            List<String> all = allText.get();
            frame = all.size() > screenText.size() ? find(all, allText) : Optional.empty();
        }
        return frame;
    }

    /**
     * Whether {@code line} is an address bar as a browser shows it: a web address or a local page's path, perhaps
     * after the site's chip ("Firefox about:preferences", "Not secure http://example.com").
     */
    static boolean isBar(String line) {
        return BAR.matcher(line.strip()).matches();
    }

    /** Whether {@code line} is a web address or a local page's path alone ("github.com/ann/notes"). */
    static boolean isAddress(String line) {
        return ADDRESS_ALONE.matcher(line.strip()).matches();
    }

    /** The frame among the first lines of {@code screenText}, if they show one. */
    public static Optional<BrowserFrame> find(List<String> screenText) {
        return find(screenText, List::of);
    }

    /**
     * As {@link #find(List)}; a tab's title cut in its last word that the page's lines in {@code screenText} do not
     * complete is completed from {@code allText} (Chromium's "Why hedgehogs hiber" over a heading below the first
     * lines that pass 2 reads, stop 37, by hand).
     */
    static Optional<BrowserFrame> find(List<String> screenText, Supplier<List<String>> allText) {
        List<String> lettered = new ArrayList<>(FRAME_LINES);
        for (int i = 0; i < screenText.size() && lettered.size() < FRAME_LINES; i++) {
            String line = screenText.get(i).strip().replaceAll("\\s+", " ");
            if (!LETTERS.matcher(line).find()) {
                continue;
            }
            if (EMPTY_BAR.matcher(line).matches()) {
                return Optional.of(new BrowserFrame(tabTitle(lettered, "", List.of()), "", false, ""));
            }
            Matcher bar = BAR.matcher(line);
            String chip = bar.matches() ? bar.group("chip") : null;
            String address = bar.matches() ? bar.group("address") : null;
            Matcher alone = CHIP_ALONE.matcher(line);
            if (address == null && alone.matches() && i + 1 < screenText.size()) {
                // the chip and the address read as two lines: "@ File" above "/tmp/page.html"
                Matcher next = BAR.matcher(screenText.get(i + 1).strip());
                if (next.matches() && next.group("chip") == null) {
                    chip = alone.group("chip");
                    address = next.group("address");
                } else if (alone.group("chip").equalsIgnoreCase("file")
                        && LOCAL_FOLDER.matcher(screenText.get(i + 1).strip()).matches()) {
                    // a folder's listing: "@ File" above "/tmp/cap2/files/" (was "Probably a file manager.", stop 48)
                    chip = alone.group("chip");
                    address = screenText.get(i + 1).strip();
                }
            }
            if (address != null && address.endsWith("/") && (i + 1 == screenText.size()
                    || WRAPPED_PATH.matcher(screenText.get(i + 1).strip()).matches())) {
                // a web address in a text, wrapped onto the next line: an address bar never wraps; and where it is
                // the last line read so far (the first sentence's top lines), the next may be its rest (zenity's
                // licence was "A web browser showing "Apache License"" first, stop 31)
                address = null;
            }
            if (address != null && !lettered.isEmpty() && FIELD_LABEL.matcher(lettered.get(lettered.size() - 1))
                    .matches()) {
                // a field's value below its label ("Location:" above "file:///usr/share/doc/a.pdf", Evince's document
                // properties were "A web browser at the file a.pdf.", stop 41, by hand): no address bar has a label
                address = null;
            }
            if (address != null) {
                String site = site(address, chip);
                List<String> below = screenText.subList(i + 1, screenText.size());
                String tab = tabTitle(lettered, site, below);
                if (tab.isEmpty() && lettered.stream().anyMatch(l -> !KindCheck.legible(l)
                        && alphanumeric(l).length() >= RESPACED)) {
                    // a title run together, whose page's line may stand below the first lines (respaced); the
                    // frame's own lines are not the page's
                    tab = tabTitle(lettered, site, allText.get().stream()
                            .filter(l -> !lettered.contains(l.strip().replaceAll("\\s+", " "))).toList());
                }
                String title = completed(tab, below);
                if (title.equals(tab) && title.length() >= CUT_TAB && cutInLastWord(title)) {
                    title = lastWord(title, allText.get());
                }
                // a page with no title of its own (an error page): where its text begins instead
                String page = title.isEmpty() ? KindCheck.textBegins(pageLines(below, line, allText)) : "";
                return Optional.of(new BrowserFrame(title, site,
                        chip != null && chip.toLowerCase(Locale.ROOT).startsWith("not"), page));
            }
            lettered.add(line);
        }
        return Optional.empty();
    }

    /**
     * What Glance says: "A web browser showing "Barn owl - Wikipedia", from en.wikipedia.org.", with ", which the
     * browser marks "Not secure"" where its chip says so, "from the file page.html" for a local page, and "A web
     * browser at github.com. The text on it begins "This site can't be reached"." where no title was read (a page
     * with no title of its own, whose tab shows its address).
     */
    public String sentence() {
        StringBuilder s = new StringBuilder(BROWSER);
        // not "showing "a.pdf", from the file a.pdf"
        boolean from = !site.isEmpty() && !site.equals("the file " + title);
        if (!title.isEmpty()) {
            String shown = BAR_READ_AS_I.matcher(TAB_ICON.matcher(title).replaceFirst("")).replaceAll(" | ");
            s.append(" showing \"").append(KindCheck.quote(shown, QUOTED_WORDS))
                    .append('"').append(from ? "," : "");
        }
        if (from) {
            s.append(title.isEmpty() ? " at " : " from ").append(site);
        }
        if (notSecure) {
            s.append(", which the browser marks \"Not secure\"");
        }
        return s.append('.').append(page).toString();
    }

    /**
     * The page's lines in {@code below}, the lines below the address bar {@code bar}; where those are the browser's
     * own lines only, the page's lines below the bar in {@code allText}, all of the screen's text (Chromium's "This
     * site can't be reached" under its bar of warning, which the first lines that pass 2 reads did not reach, stop 39,
     * by hand: "A web browser at www.bbc.co.uk.").
     */
    private static List<String> pageLines(List<String> below, String bar, Supplier<List<String>> allText) {
        List<String> page = below.stream().filter(BrowserFrame::pageLine).toList();
        if (!page.isEmpty()) {
            return page;
        }
        List<String> all = allText.get();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).strip().replaceAll("\\s+", " ").equals(bar)) {
                return all.subList(i + 1, all.size()).stream().filter(BrowserFrame::pageLine).toList();
            }
        }
        return List.of();
    }

    /**
     * Whether a line below the address bar may be the page's: not the bar itself (a page with no title has its
     * address on its tab too), nor the browser's own lines.
     */
    private static boolean pageLine(String line) {
        String l = line.strip();
        return !BAR.matcher(l).matches() && !ownLine(l);
    }

    /** Whether {@code line} is the browser's own, below its address bar: its account button, a bar of warning. */
    static boolean ownLine(String line) {
        return BROWSER_LINE.matcher(line.strip()).matches();
    }

    /**
     * The site of an address: its host ("en.wikipedia.org"), "the file page.html" for a local page ("the folder
     * /tmp/files/" for a local folder's listing), or none for the browser's own pages ("chrome://new-tab-page"), which
     * their title names.
     */
    private static String site(String address, String chip) {
        if (INTERNAL_PAGE.matcher(address).find()) {
            return "";
        }
        String a = SCHEME.matcher(address).replaceFirst("");
        boolean file = address.toLowerCase(Locale.ROOT).startsWith("file:") || address.startsWith("/")
                || a.matches("(?i)^[a-z]:/.*") || chip != null && chip.equalsIgnoreCase("file");
        if (file) {
            // a folder's path whole, its first slash too where OCR read the scheme's as one ("file:/tmp/files/")
            return a.endsWith("/") ? "the folder " + (a.startsWith("/") || a.matches("(?i)^[a-z]:/.*") ? a : "/" + a)
                    : "the file " + a.substring(a.lastIndexOf('/') + 1);
        }
        int end = a.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = a.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return a.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The page's title above the address bar: the window's title where it names a browser, without the browser's
     * name; else, among the lettered lines that hold an English word or share one with the site (not "ed- Seeant", a
     * small page's title as OCR garbled it), the only one, or the one that shares a word with the site, or the only
     * one that the page's text completes ({@link #completed}); else none, since which of several tabs is shown
     * cannot be read. The tab's close button is not quoted.
     */
    private static String tabTitle(List<String> above, String site, List<String> page) {
        List<String> lines = above.stream().filter(l -> !CHIP_ALONE.matcher(l).matches())
                .map(l -> CLOSE.matcher(l).replaceFirst("")).map(l -> respaced(l, page)).toList();
        // the window's title, the page's title before the browser's name ("Barn owl - Wikipedia - Mozilla Firefox")
        Optional<String> named = lines.stream().filter(l -> AppTitles.find(List.of(l))
                .filter(AppTitles.Title::showsPages).isPresent()).findFirst().map(AppTitles::withoutBrowser);
        if (named.isPresent() && !named.get().isEmpty()) {
            return named.get();
        }
        // a title of names (a repository's "harbourlabs/tideline: Lighi", stop 46, captured) where the page shows one
        List<String> titles = lines.stream().filter(l -> !AppTitles.withoutBrowser(l).isEmpty()) // not "Firefox" alone
                .filter(l -> KindCheck.legible(l) || shares(l, site) || namedOnPage(l, page)).toList();
        if (titles.size() <= 1) {
            return titles.isEmpty() ? "" : titles.get(0);
        }
        Optional<String> sharing = titles.stream().filter(t -> shares(t, site)).findFirst();
        if (sharing.isPresent()) {
            return sharing.get();
        }
        // the shown tab's title, cut short, is the one that the page's text completes (Firefox's window with a second
        // tab, stop 36, by hand)
        List<String> completedByPage = titles.stream().filter(t -> !completed(t, page).equals(t)).toList();
        return completedByPage.size() == 1 ? completedByPage.get(0) : "";
    }

    /**
     * A tab's title cut short, completed from the page's text: a long title that a line of the page begins with and
     * goes on from after a space is that line ("Flood warnings issued for" is "Flood warnings issued for the Severn");
     * a title cut in the middle of its last word, where a line holds its last two words, the last one longer, goes on
     * as that word does ("City Library - Opening hou" with "Opening hours" on the page is "City Library - Opening
     * hours"; Chromium's tabs, stop 36, by hand), and then perhaps on as a line ("Flood warnings issued for th").
     * A last word that is an English word is left as it is there, and so is a title that no line completes.
     */
    static String completed(String title, List<String> page) {
        return wholeLine(lastWord(title, page), page);
    }

    /**
     * A long title that a line of the page begins with and goes on from, at a space, is that line: the tab cut it
     * after a word ("Flood warnings issued for" over the heading "Flood warnings issued for the Severn").
     */
    private static String wholeLine(String title, List<String> page) {
        String spaced = title.strip().replaceAll("\\s+", " ");
        if (spaced.length() >= CUT_TITLE && spaced.split(" ").length >= CUT_TITLE_WORDS) {
            for (String line : page) {
                String l = line.strip().replaceAll("\\s+", " ");
                if (l.length() > spaced.length() + 1 && l.startsWith(spaced + " ")) {
                    return l;
                }
            }
        }
        return title;
    }

    /** Whether {@code title} may be cut in its last word: a word of letters that is no English word ends it. */
    private static boolean cutInLastWord(String title) {
        Matcher last = LAST_TWO_WORDS.matcher(title);
        return last.find() && !WordSplitter.english().isKnown(last.group(2));
    }

    /** A title cut in the middle of its last word, that word's end from a line that holds its last two words. */
    private static String lastWord(String title, List<String> page) {
        Matcher last = LAST_TWO_WORDS.matcher(title);
        if (!cutInLastWord(title) || !last.find()) {
            return title;
        }
        Pattern whole = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(last.group(1)) + "\\s+"
                + Pattern.quote(last.group(2)) + "(\\p{L}+)");
        for (String line : page) {
            Matcher m = whole.matcher(line);
            if (m.find()) {
                return title + m.group(1);
            }
        }
        return title;
    }

    /**
     * {@code title} with the spaces of the page's line that begins with its letters and digits, where OCR ran its
     * words together and so read no English word ("I RebuiltMyHomeOffice" over the video's "I Rebuilt My Home Office
     * for Under $500 - ...", stop 46, captured): the page's words up to the title's end; else {@code title} as read.
     */
    private static String respaced(String title, List<String> page) {
        String letters = alphanumeric(title);
        if (letters.length() < RESPACED || KindCheck.legible(title)) {
            return title;
        }
        for (String line : page) {
            if (line.strip().equals(title.strip()) || !alphanumeric(line).startsWith(letters)) {
                continue; // not the title itself, among all of the text
            }
            StringBuilder words = new StringBuilder();
            for (String w : line.strip().split("\\s+")) {
                words.append(words.isEmpty() ? "" : " ").append(w);
                if (alphanumeric(words.toString()).length() >= letters.length()) {
                    return words.toString();
                }
            }
        }
        return title;
    }

    /** {@code line}'s letters and digits alone, in lower case. */
    private static String alphanumeric(String line) {
        return line.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a word of {@code title}, of {@value #PAGE_NAME} letters or more, stands on a line of {@code page} as a
     * word of its own: a name that the page shows.
     */
    private static boolean namedOnPage(String title, List<String> page) {
        Matcher words = LETTERS.matcher(title);
        while (words.find()) {
            String w = words.group();
            Pattern own = Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})");
            if (w.length() >= PAGE_NAME && page.stream().anyMatch(l -> own.matcher(l).find())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code title} has a word of four letters or more that the site's name holds ("Wikipedia"). */
    private static boolean shares(String title, String site) {
        String host = site.toLowerCase(Locale.ROOT);
        Matcher words = LETTERS.matcher(title.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (words.group().length() >= 4 && host.contains(words.group())) {
                return true;
            }
        }
        return false;
    }
}
