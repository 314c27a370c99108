package app.glance.inference.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A window's own line about the state of what it shows, said after the window whatever the model named: that it is
 * empty or found nothing ("This folder is empty.", "No results found for ...", "No Scanners Detected"), or that the
 * document is open only to read ("PROTECTED VIEW Be careful ...", "Read-Only", with its button to edit). A sure
 * caption ("A file manager.", "A search page.", "A spreadsheet.") had been the whole description of each (written
 * down at stop 44), where a user looking for a file or about to type needs to hear it.
 */
public final class StateLines {

    /** An empty view or a search that found nothing, the whole of a line of at most 12 words. */
    private static final Pattern EMPTY = Pattern.compile("(?i)(?=(?:\\S+\\s+){0,11}\\S+$)"
            + "(?:this\\s*folder\\s*is\\s*empty"
            + "|(?:(?:this|the|your)\\s+(?:\\p{L}+\\s+)?)?(?:folder|list|inbox|trash|bin|basket|cart|bag|page)\\s*is"
            + "\\s*empty"
            + "|you['\u2019]?re\\s*all\\s*caught\\s*up"
            + "|no\\s*(?:results?|matches|items|files|messages|documents)\\s*(?:found|to\\s*show|match\\b.*|here)?\\b.*"
            + "|no\\s*(?:scanners?|printers?|devices?|cameras?|networks?)"
            + "\\s*(?:found|detected|available|connected)\\b.*"
            + "|nothing\\s*(?:here|found|to\\s*show)\\b.*|your\\s*search\\s*did\\s*not\\s*match\\s*any\\b.*"
            + "|we\\s*couldn['\u2019]?t\\s*find\\s*any(?:thing)?\\b.*)[.!]?");
    /** A document open only to read: Office's bars, a title's mark. */
    private static final Pattern READ_ONLY = Pattern.compile("(?i)(?:protected\\s*view|read-?\\s*only(?:\\s*mode)?"
            + "|compatibility\\s*mode)\\b.*");
    /** Its button to edit all the same, a line of its own. */
    private static final Pattern EDIT = Pattern.compile("(?i)enable\\s*editing|edit\\s*anyway|edit\\s*document");
    /** At most this many words of a line are quoted. */
    private static final int QUOTED_WORDS = 12;

    private StateLines() {
    }

    /** A bar's line is said already where its first this many words are. */
    private static final int BAR_WORDS_SAID = 4;

    /**
     * What Glance adds after {@code said} where the screen's text ({@code lines}) holds a line of an empty view or of a
     * search that found nothing ("It says "This folder is empty"."), or of a document open only to read, with its
     * button to edit ("It says "PROTECTED VIEW Be careful—files from the Internet can contain viruses…". Its button:
     * Enable Editing."); nothing where {@code said} quotes it already.
     */
    public static Optional<String> onScreen(List<String> lines, String said) {
        List<String> stripped = KindCheck.stripped(lines);
        String saidLower = said.toLowerCase(Locale.ROOT);
        Optional<String> empty = stripped.stream().filter(l -> EMPTY.matcher(l).matches()).findFirst();
        if (empty.isPresent()) {
            String quoted = KindCheck.quote(empty.get().replaceFirst("[.!]$", ""), QUOTED_WORDS);
            return saidLower.contains(quoted.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("It says \"" + quoted + "\".");
        }
        // a bar's line, not a title's mark: a title ends in the application's name, the bar's line goes on
        Optional<String> bar = stripped.stream().filter(l -> READ_ONLY.matcher(l).matches()
                && KindCheck.wordCount(l) > 2).findFirst();
        Optional<String> edit = stripped.stream().filter(l -> EDIT.matcher(l).matches()).findFirst();
        // a title's "[Protected View]" does not say the bar's button: only the bar's own words quoted do
        if (bar.isEmpty() || edit.isEmpty() || saidLower.contains(firstWords(bar.get(), BAR_WORDS_SAID))) {
            return Optional.empty();
        }
        return Optional.of("It says \"" + KindCheck.quote(bar.get(), QUOTED_WORDS) + "\". Its button: "
                + edit.get().strip() + ".");
    }

    /** The first {@code n} words of {@code line}, in lower case, one space apart. */
    private static String firstWords(String line, int n) {
        List<String> words = List.of(line.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return String.join(" ", words.subList(0, Math.min(n, words.size())));
    }
}
