package app.glance.inference.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Honesty before fluency: a caption may only quote text that is really on screen. Every quoted phrase is looked up in
 * the OCR lines (ignoring case, punctuation and small OCR slips); a phrase that is not found is removed together with
 * the verb that introduces it ("titled", "says", ...), so the caption never names a title or a message that is not
 * there. Names work the same way without quotes: a capitalised name inside a sentence ("a music player in Clementine",
 * "a Firefox window", "KCalc") must be on screen too, or it goes with the preposition that introduces it. So do
 * readings: a number that is a value read off the screen (a time "paused at 2:50", "page 7 of 24", "21 percent",
 * "showing 8.3632") must be on screen, or the phrase that states it goes; a count of things ("listing 12 items", "with
 * 7 rows") is the model's own reading of the layout and stays, unless it is more rows than the lines of text on the
 * whole screen (a dialog's: than its lines below the first). With no OCR lines, every quote, name and reading goes.
 * Some details of the content ("and a traceback", "with a file listing") are said only where the screen's text shows
 * their marks ({@link #withoutUnfoundedDetails}).
 */
public final class Grounding {

    private static final Pattern QUOTE = Pattern.compile(
            "(,?\\s*(?:which says|that says|that reads|which reads|titled|called|named|labelled|labeled|saying|says|"
                    + "reads|reading|shows|showing|displays|displaying|announcing|asks|asking|"
                    + "with the (?:title|message|text|heading|label)|"
                    + "whose title is|whose heading is)?\\s*)"
                    + "[\"\u201c]([^\"\u201d]{0,200})[\"\u201d]");

    /**
     * One capitalised word, also with a second capital ("KCalc"); inner dots are part of it ("Node.js"), a final one
     * ends the sentence.
     */
    private static final String WORD = "\\p{Lu}\\p{Lu}?\\p{Ll}[\\p{L}\\p{N}+-]*(?:\\.[\\p{L}\\p{N}]+)*";
    /**
     * A name: capitalised words (a capital then a lower-case letter, so "PDF" or "OK" are kinds, not names), with the
     * preposition that may introduce it.
     */
    private static final Pattern NAME = Pattern.compile(
            "(\\s(?:in|from|of|by|using|called|named|on|for)\\s)?(\\b" + WORD + "(?:\\s" + WORD + ")*)");

    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?i)\\b(says|saying|reads|reading|titled|called|"
            + "named|labelled|labeled|asks|asking|announcing)\\s*'([^'\"\u201c\u201d\\n]{1,200})'");

    /** A number as written in a caption: digits with inner separators ("2:50", "8.3632", "1,024", "7/24"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:\\s?[:.,/]\\s?\\d+)*");
    /**
     * A number, or a word where the model should have written one: before "percent" ("a progress bar at places
     * percent") or as what a calculator's display shows ("the display showing themed"; "the display showing the
     * calculation 12 × 7" and a quoted display are not such words); or, where a chat page's contact belongs, a word
     * that is not on screen ("a conversation with top it messages", "with Orders by messages"; a quote is checked as
     * one).
     */
    private static final Pattern READING = Pattern.compile(NUMBER.pattern()
            + "|(?i)(?<![\\p{L}\\p{N}])\\p{L}+(?=\\s+percent\\b)"
            + "|(?i)(?<=\\bdisplay showing\\s)(?!(?:the calculation\\s+)?[\"\u201c\\d])\\p{L}+"
            + "|(?i)(?<=\\bconversation with\\s)(?<contact>(?![\"\u201c])\\p{L}+)");
    /** What a calculator's display shows, its number next: "the display showing ". */
    private static final Pattern DISPLAY_READING = Pattern.compile("(?i)\\bdisplay showing\\s+$");
    /**
     * After a number, a word that makes it a measurement, a position or a setting rather than a count of things ("3
     * copies" is what a print dialog's field shows; the bundled model says it of print dialogs from habit).
     */
    private static final Pattern UNIT = Pattern.compile("(?i)(?:percent|per|of|copies|copy|am|pm|mg|ml|g|kg|kb|mb|gb|"
            + "tb|px|pt|"
            + "hz|khz|mhz|ghz|fps|bpm|degrees?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|x|by|"
            + "january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    /** Units that a screen shows as its field's label ("Copies: 3"): a number of them needs the label too. */
    private static final Pattern LABELLED_UNIT = Pattern.compile("(?i)cop(?:y|ies)\\b");
    /**
     * Words that introduce a reading ("showing 42", "paused at 2:50", "on page 7"); the phrase to drop starts at
     * one. A label ("page", "version") introduces one only right before its number.
     */
    private static final Pattern INTRODUCER = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:and|with|showing|displaying|"
            + "reading|at|on|paused|playing|set to|using|costing)(?![\\p{L}])|(?:page|slide|version|track|chapter|"
            + "step|line|row|column)(?=\\s+\\d))");

    /** "from the ls command", "using the grep command", "an apt command": a command, named. */
    private static final Pattern COMMAND = Pattern.compile("(?i)(?:\\s(?:from|of|by|using|running|with|after)\\s)?"
            + "\\b(?:the|an?)\\s(?!(?:same|previous|last|next|following|first|second|current|new|whole|full|"
            + "shell|terminal|entire|other|main|single|long|short|simple)\\s)"
            + "(?<command>\\p{L}[\\p{L}\\p{N}_.-]{0,20})\\s(?:command|program)\\b");

    /** The verbs that quote a window's title. */
    private static final Pattern TITLE_VERB = Pattern.compile("(?i)\\btitled\\b|\\btitle\\b");
    /** A title checked as a title ({@link #isTitleOnScreen}) has at most this many words. */
    static final int TITLE_WORDS = 3;
    /** What separates a title's parts: " - ", " : ", " | ". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-\u2013\u2014:|]\\s+");
    /** A title bar's icon, read as one letter before the title. */
    private static final Pattern ICON_LETTER = Pattern.compile("^\\p{L} (?=\\p{L}\\p{L})");
    /** A line that a title begins or ends has at most this many words. */
    static final int TITLE_LINE_WORDS = 8;
    /** A quote may differ from the screen's text by one character in this many (OCR's and the model's slips). */
    static final int SLIP_EVERY = 6;
    /** A quote this long or longer, found with slips, may be said as the line it begins ({@link #lineBegunBy}). */
    static final int LINE_QUOTE_CHARS = 12;
    /** A later sentence of fewer words than this says nothing ("It.", "It has."). */
    static final int SENTENCE_WORDS = 3;
    /** A line said in place of the model's quote of it has at most this many words. */
    static final int WHOLE_LINE_WORDS = 16;

    private Grounding() {
    }

    /**
     * The caption with every quote and reading that is not found in {@code lines} removed, tidied into a sentence.
     * In the first clause only the quote and its verb go ("A dialog titled "X"" -> "A dialog"), or the phrase that
     * states the reading; a later clause that rests on an unfound quote or reading goes whole (", which says "Y""),
     * and so does a later sentence of a detailed description ("The clock in the panel shows 10:40."), and one that
     * says nothing once tidied ("It has.", the bundled model's on xterm's screens, stops 30 and 45).
     */
    public static String apply(String caption, List<String> lines) {
        String screen = normalise(String.join(" \n ", lines));
        List<String> sentences = sentences(closeDanglingQuote(singleQuotesAsDouble(caption)));
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            if (s == 0) {
                out.append(firstSentence(sentence, screen, lines));
            } else if (!restsOnUnfound(sentence, screen) && KindCheck.wordCount(tidy(sentence)) >= SENTENCE_WORDS) {
                out.append(' ').append(sentence);
            }
        }
        return tidy(withoutUnfoundCommands(withoutUnfoundNames(out.toString(), screen), screen));
    }

    /**
     * A command the caption names ("a file listing from the ls command") is a reading of the screen like a name: it
     * must be on screen as a word, or the phrase goes with the preposition that introduces it. The bundled model said
     * "the ls command" of a shell that had run "cat" (stop 25).
     */
    static String withoutUnfoundCommands(String caption, String screen) {
        Matcher m = COMMAND.matcher(caption);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean found = isOnScreenAsWords(m.group("command"), screen);
            m.appendReplacement(out, Matcher.quoteReplacement(found ? m.group() : ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstSentence(String sentence, String screen, List<String> lines) {
        StringBuilder out = new StringBuilder();
        List<String> clauses = clauses(sentence);
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            Matcher m = QUOTE.matcher(clause);
            StringBuilder kept = new StringBuilder();
            boolean lost = false;
            while (m.find()) {
                boolean found = isQuoteOnScreen(m.group(2), screen)
                        && (!TITLE_VERB.matcher(m.group(1)).find() || isTitleOnScreen(m.group(2), lines));
                lost |= !found;
                // a quote found with slips that begins a line is said in the screen's own words
                String said = !found ? "" : screen.contains(normalise(m.group(2))) ? m.group()
                        : lineBegunBy(m.group(2), lines).map(l -> m.group(1) + "\"" + l.replace('"', '\u201d') + "\"")
                        .orElse(m.group());
                m.appendReplacement(kept, Matcher.quoteReplacement(said));
            }
            m.appendTail(kept);
            if (lost && i > 0) {
                continue;
            }
            out.append(i > 0 && out.length() > 0 ? "," : "").append(kept);
        }
        return withoutUnfoundReadings(out.toString(), screen);
    }

    /**
     * The one line of {@code lines}, of at most {@value #WHOLE_LINE_WORDS} words, whose beginning {@code quoted}
     * matches with at most one slip per {@value #SLIP_EVERY} characters: a quote of {@value #LINE_QUOTE_CHARS}
     * characters or more where the model began a line and lost its way (Writer's "Save changes to document
     * "minutes.txt" before closing?" was quoted "Save changes to document't", stop 38, by hand).
     */
    static Optional<String> lineBegunBy(String quoted, List<String> lines) {
        String p = normalise(quoted);
        if (p.length() < LINE_QUOTE_CHARS) {
            return Optional.empty();
        }
        List<String> begun = lines.stream().map(String::strip)
                .filter(l -> l.split("\\s+").length <= WHOLE_LINE_WORDS)
                .filter(l -> withinEdits(normalise(l), p, p.length() / SLIP_EVERY, false)).distinct().toList();
        return begun.size() == 1 ? Optional.of(begun.get(0)) : Optional.empty();
    }

    /**
     * Whether a short title, {@code quoted} (at most {@value #TITLE_WORDS} words), begins or ends a line of at most
     * {@value #TITLE_LINE_WORDS} words (with slips; a title bar's icon read as a letter before it passed over), as a
     * title does ("Open", "X todo.md (/tmp) - VIM", "letter.txt - Mousepad"), or a part of one between a title's
     * separators ("cap : bash - Konsole"); not a word inside a sentence: FileZilla's welcome, "You can always open
     * this dialog again through the help menu.", was "Probably a file manager with the title "Open"." (stop 48,
     * captured; mended at stop 49). A longer quote stands as found.
     */
    static boolean isTitleOnScreen(String quoted, List<String> lines) {
        String p = normalise(quoted);
        if (p.split(" ").length > TITLE_WORDS) {
            return true;
        }
        int slips = p.length() / SLIP_EVERY;
        return lines.stream().flatMap(l -> Stream.concat(Stream.of(l), TITLE_PARTS.splitAsStream(l)))
                .map(Grounding::normalise).map(l -> ICON_LETTER.matcher(l).replaceFirst(""))
                .filter(l -> l.split(" ").length <= TITLE_LINE_WORDS)
                .anyMatch(l -> l.equals(p) || l.startsWith(p + " ") || l.endsWith(" " + p)
                        || slips > 0 && (withinEdits(l, p, slips, false)
                        || withinEdits(reversed(l), reversed(p), slips, false)));
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /** An empty quote ("" or "...") quotes nothing on screen: it goes like any unfound one. */
    private static boolean isQuoteOnScreen(String quoted, String screen) {
        return !normalise(quoted).isEmpty() && isOnScreen(quoted, screen);
    }

    /** Whether {@code sentence} quotes text or states a reading that is not on screen. */
    private static boolean restsOnUnfound(String sentence, String screen) {
        Matcher q = QUOTE.matcher(sentence);
        while (q.find()) {
            if (!isQuoteOnScreen(q.group(2), screen)) {
                return true;
            }
        }
        return !withoutUnfoundReadings(sentence, screen).equals(sentence);
    }

    /** Splits after each '.', '!' or '?' outside quotes ("8.3632" is one number); each sentence keeps its stop. */
    static List<String> sentences(String caption) {
        List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < caption.length(); i++) {
            if (isStop(caption, i) && !insideQuotes(caption, i)) {
                out.add(caption.substring(from, i + 1).strip());
                from = i + 1;
            }
        }
        if (!caption.substring(from).isBlank()) {
            out.add(caption.substring(from).strip());
        }
        return out;
    }

    /**
     * Drops each reading of one sentence that is not on screen with the phrase that states it: a later clause whole,
     * in the first clause from the first introducing word ("with", "showing", "at", ...) after the last quote before
     * it to the clause's end. Numbers inside quotes were checked with their quote; counts of things stay.
     */
    static String withoutUnfoundReadings(String caption, String screen) {
        String c = caption;
        Matcher m = READING.matcher(c);
        int from = 0;
        while (m.find(from)) {
            int start = m.start();
            boolean number = Character.isDigit(m.group().charAt(0)); // a word in a number's place is never one
            boolean contactOnScreen = m.group("contact") != null && isOnScreen(m.group(), screen);
            // a calculator's display of one digit is borne out by nothing: its keys show every digit (GNOME
            // Calculator at rest, "0", was "a calculator, with the display showing 2", stop 36, by hand)
            boolean keyOnly = number && m.group().length() == 1 && DISPLAY_READING.matcher(c).region(0, start).find();
            if (insideQuotes(c, start) || contactOnScreen || number && !keyOnly && (!isReading(c, m.end())
                    || isOnScreenAsWords(m.group(), screen) && labelOnScreen(c, m.end(), screen))) {
                from = m.end();
                continue;
            }
            int clauseStart = clauseStart(c, start);
            int cut;
            if (clauseStart > 0) {
                cut = clauseStart - 1; // a later clause rests on the reading: it goes whole, with its comma
            } else {
                int lastQuote = Math.max(c.lastIndexOf('"', start), Math.max(c.lastIndexOf('\u201d', start),
                        c.lastIndexOf('\u201c', start)));
                Matcher intro = INTRODUCER.matcher(c).region(lastQuote + 1, start);
                cut = intro.find() ? intro.start() : start;
            }
            int end = clauseEnd(c, m.end());
            c = c.substring(0, cut) + c.substring(end);
            from = cut;
            m = READING.matcher(c);
        }
        return c;
    }

    /**
     * Whether the label of the setting that a number names is on screen too, where the screen would show one: "3
     * copies" is read off a print dialog's "Copies" field, and a 3 elsewhere (a list's row numbers, a printer's name,
     * real_check at stop 34: "Brother HL-2270 3") does not bear it out. Any other reading needs no label.
     */
    private static boolean labelOnScreen(String caption, int end, String screen) {
        Matcher unit = LABELLED_UNIT.matcher(caption.substring(end).stripLeading());
        return !unit.lookingAt() || isOnScreenAsWords("copies", screen) || isOnScreenAsWords("copy", screen);
    }

    /** A number followed by a unit, a separator or nothing is a reading; one followed by another word counts it. */
    private static boolean isReading(String caption, int end) {
        String rest = caption.substring(end);
        if (rest.startsWith("%") || rest.startsWith("\u00b0")) {
            return true;
        }
        String next = rest.stripLeading();
        if (next.isEmpty() || !Character.isLetter(next.charAt(0))) {
            return true;
        }
        return UNIT.matcher(next).lookingAt();
    }

    /**
     * Whether {@code text} appears on screen as whole words, in order: a number's digits ("2:50" matches "2:50" and
     * "2.50"), a command ("ls" is not in "tools").
     */
    private static boolean isOnScreenAsWords(String text, String screen) {
        String n = normalise(text);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(screen)
                .find();
    }

    /** Where the clause holding {@code at} starts: after a comma or semicolon outside quotes (0: the first). */
    private static int clauseStart(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char ch = s.charAt(i);
            if ((ch == ',' || ch == ';') && !insideQuotes(s, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the clause that goes on at {@code at} ends (at its comma, semicolon or full stop). */
    private static int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch == ',' || ch == ';' || isStop(s, i)) && !insideQuotes(s, i)) {
                return i;
            }
        }
        return s.length();
    }

    /** A sentence end: '.', '!' or '?' at the end or before a space ("8.3632" and "letter.txt" go on). */
    private static boolean isStop(String s, int i) {
        char ch = s.charAt(i);
        return (ch == '.' || ch == '!' || ch == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    /** Drops capitalised names that are not on screen; not the first word of a sentence, not inside quotes. */
    static String withoutUnfoundNames(String caption, String screen) {
        Matcher m = NAME.matcher(caption);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int start = m.start(2);
            boolean keep = insideQuotes(caption, start) || startsSentence(caption, start)
                    || isOnScreen(m.group(2), screen);
            m.appendReplacement(out, Matcher.quoteReplacement(keep ? m.group()
                    : m.group(1) == null ? "" : " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean insideQuotes(String s, int at) {
        long quotes = s.substring(0, at).chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
        return quotes % 2 == 1;
    }

    private static boolean startsSentence(String s, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * A phrase in single quotes right after a verb of saying ("it says'Review: '", as the model sometimes writes
     * nested quotes) is a quote like any other, so it is checked too; other apostrophes ("Don't") stay as they are.
     */
    static String singleQuotesAsDouble(String caption) {
        return SINGLE_QUOTED.matcher(caption).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " \"" + m.group(2)
                + "\""));
    }

    /**
     * A caption cut off inside a quote ('titled "Select a file') gets its quote closed before the final stop, so the
     * quoted words are checked like any other quote instead of slipping through.
     */
    static String closeDanglingQuote(String caption) {
        long quotes = caption.chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
        if (quotes % 2 == 0) {
            return caption;
        }
        String body = caption.replaceAll("[.!?\\s]+$", "");
        return body + "\"" + caption.substring(body.length());
    }

    /** Splits at commas and semicolons that are outside quotes; the separators are dropped. */
    static List<String> clauses(String caption) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < caption.length(); i++) {
            char c = caption.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                quoted = !quoted;
            }
            if (!quoted && (c == ',' || c == ';')) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Whether {@code phrase} appears in the (normalised) screen text, allowing one slip per six characters; a phrase
     * shorter than that, which has no slip to spare, as whole words: "Print" is not on a screen whose list is of
     * "Printer"s (zenity's list of printers was "Probably a print dialog with the title "Print" ...", stop 33).
     */
    static boolean isOnScreen(String phrase, String screen) {
        String p = normalise(phrase);
        if (p.isEmpty()) {
            return true;
        }
        if (screen.contains(p)) {
            return p.length() >= SLIP_EVERY || (" " + screen + " ").contains(" " + p + " ");
        }
        int budget = p.length() / SLIP_EVERY;
        if (budget == 0 || p.length() > screen.length() + budget) {
            return false;
        }
        return withinEdits(screen, p, budget, true);
    }

    /**
     * Whether {@code p} is within {@code k} edits of some substring of {@code s} ({@code anywhere}, Sellers'
     * algorithm) or of some beginning of {@code s}.
     */
    private static boolean withinEdits(String s, String p, int k, boolean anywhere) {
        int[] prev = new int[p.length() + 1];
        int[] cur = new int[p.length() + 1];
        for (int j = 0; j <= p.length(); j++) {
            prev[j] = j;
        }
        if (prev[p.length()] <= k) {
            return true;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = anywhere ? 0 : i;
            for (int j = 1; j <= p.length(); j++) {
                int cost = s.charAt(i - 1) == p.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            if (cur[p.length()] <= k) {
                return true;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return false;
    }

    /**
     * Without the brackets a removal left unpaired, outside quotes: each ")" that no "(" opened and each "(" never
     * closed ("A text editor (LibreOffice Writer, ..." with all after the bracket gone).
     */
    private static String withBalancedBrackets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>(); // where each unclosed "(" is in out
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch == '(' || ch == ')') && !insideQuotes(s, i)) {
                if (ch == '(') {
                    open.push(out.length());
                } else if (open.isEmpty()) {
                    continue;
                } else {
                    open.pop();
                }
            }
            out.append(ch);
        }
        while (!open.isEmpty()) {
            out.deleteCharAt(open.pop()); // innermost first, so the earlier positions stay right
        }
        return out.toString();
    }

    static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.trim().replaceAll("\\s+", " ");
    }

    /** One to three words said twice in a row, outside quotes: "a text editor text editor". */
    private static final Pattern REPEATED = Pattern.compile("(?i)\\b(\\p{L}+(?:\\s+\\p{L}+){0,2})\\s+\\1\\b");

    /**
     * {@code s} with words said twice in a row said once, outside quotes: a removal can leave them ("A text editor in
     * LibreOffice text editor" without its unfound name, stop 24).
     */
    static String withoutRepeats(String s) {
        String[] parts = s.split("\"", -1);
        for (int i = 0; i < parts.length; i += 2) { // the even parts lie outside quotes
            parts[i] = REPEATED.matcher(parts[i]).replaceAll("$1");
        }
        return String.join("\"", parts);
    }

    /**
     * A detail of the screen's content that a caption may state only where its marks are in the screen's text:
     * "a traceback" needs a traceback, an error or an exception ("Probably a terminal, and a traceback." on an empty
     * shell, real_check; "Probably a terminal with a traceback." on xfce4-terminal's empty window, stop 32, by hand);
     * "a file listing" needs `ls` after a prompt, a file's permissions, ls's "total", or two lines with files' names
     * ("Probably a terminal, with a file listing from the ls command." on ls's manual page, stop 32, and on `cat` of
     * one file, real_check).
     */
    private record Detail(Pattern said, Predicate<List<String>> marks) {
    }

    /** `ls` after a prompt, or ls's "total" above a long listing. */
    private static final Pattern LS_MARK = Pattern.compile("[$#>]\\s*ls\\b|^\\s*total\\s+\\d+");
    private static final Pattern TRACEBACK_MARK = Pattern.compile("(?i)traceback|error|exception");
    /**
     * A file's name in a listing: two characters or more with a letter among them before the dot, and an extension of
     * two or more ("report.py", "budget_2024.csv"); not top's figures as OCR reads a zero, "o.ous", "50.o" (a shell
     * "with a file listing" on Konsole's top, stop 47, captured).
     */
    private static final Pattern LISTED_FILE = Pattern.compile("(?<![\\w.])(?=[\\w-]*\\p{L})[\\w-]{2,}\\.\\p{L}"
            + "[\\p{L}\\d]{1,7}\\b");
    /** less's status line on a manual page: "Manual page ls(1) line 1 (press h for help or q to quit)". */
    private static final Pattern MAN_MARK = Pattern.compile("(?i)manual\\s*page");
    /** What ping prints: "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64", "--- 10.0.0.1 ping statistics ---". */
    private static final Pattern PING_MARK = Pattern.compile("(?i)bytes from|icmp_seq|ping statistics");
    private static final List<Detail> DETAILS = List.of(
            new Detail(detail("(?:python\\s+)?traceback"), lines -> lines.stream()
                    .anyMatch(l -> TRACEBACK_MARK.matcher(l).find())),
            // "a shell with ping replies from grep" on xterm's manual page of ls (stop 45, `real_check`'s shots); its
            // host as the model spells it, "bluth. example.com", taken whole (xfce4-terminal's prompt had been "a
            // terminal example.com", stop 48, captured)
            new Detail(Pattern.compile("(?i)(?:,?\\s+(?:and|with|showing|displaying))?\\s+(?:the\\s+)?ping\\s+"
                    + "(?:replies|output|results)(?:\\s+from\\s+[\\w-]+(?:\\.\\s?[\\w-]+)*)?"), lines -> lines.stream()
                    .anyMatch(l -> PING_MARK.matcher(l).find())),
            // "A terminal with the title "bash", with the manual page for "find"" on Konsole's prompt below its
            // toolbar's Find (stop 47, captured)
            new Detail(Pattern.compile("(?i)(?:,?\\s+(?:and|with|showing|displaying))?\\s+(?:the|an?)\\s+"
                    + "man(?:ual)?\\s+page(?:\\s+(?:for|of)\\s+(?:\"[^\"]*\"|[\\w.-]+))?"), lines -> lines.stream()
                    .anyMatch(l -> KindCheck.manualPageLine(l) || MAN_MARK.matcher(l).find())),
            new Detail(detail("(?:file\\s+listing|listing\\s+of\\s+files)(?:\\s+from\\s+the\\s+ls\\s+command)?"),
                    lines -> lines.stream().anyMatch(l -> KindCheck.permissions(l)
                            || LS_MARK.matcher(l).find())
                            || lines.stream().filter(l -> LISTED_FILE.matcher(l).find()).count() >= 2));

    /** A count of rows as a caption states it, with the words that introduce it: ", containing 6 rows". */
    private static final Pattern ROWS = Pattern.compile("(?i),?\\s+(?:with|containing|listing|showing)\\s+"
            + "(\\d{1,4})\\s+rows\\b");

    /** A detail as a caption states it, with the words that introduce it: ", and a traceback", " with a ...". */
    private static Pattern detail(String what) {
        return Pattern.compile("(?i)(?:,?\\s+(?:and|with|showing|displaying))?\\s+an?\\s+" + what + "\\b");
    }

    /**
     * {@code caption} without the details of {@link #DETAILS} whose marks are not in the screen's text, asked of
     * {@code allText} only when the caption states one.
     */
    public static String withoutUnfoundedDetails(String caption, Supplier<List<String>> allText) {
        String c = caption;
        for (Detail d : DETAILS) {
            if (d.said().matcher(c).find() && !d.marks().test(allText.get())) {
                c = tidy(d.said().matcher(c).replaceAll(""));
            }
        }
        // more rows than lines of text on the whole screen: no layout holds them ("Probably a file dialog, containing
        // 6 rows." on zenity's question of three lines, stop 44, captured); a dialog's rows stand below its title or
        // question, so they are fewer than its lines ("listing 6 rows" on GNOME Sudoku's five levels below "Select
        // Difficulty", stop 52, captured)
        Matcher rows = ROWS.matcher(c);
        if (rows.find() && Integer.parseInt(rows.group(1)) > allText.get().size()
                - (KindCheck.namesDialog(c.substring(0, rows.start())) ? 1 : 0)) {
            c = tidy(rows.replaceAll(""));
        }
        return c;
    }

    /** The count of rows that {@code caption} states ("containing 6 rows"), if it states one. */
    static OptionalInt rowCount(String caption) {
        Matcher rows = ROWS.matcher(caption);
        return rows.find() ? OptionalInt.of(Integer.parseInt(rows.group(1))) : OptionalInt.empty();
    }

    /** {@code caption} without the count of rows it states, tidied. */
    static String withoutRowCount(String caption) {
        return tidy(ROWS.matcher(caption).replaceAll(""));
    }

    static String tidy(String s) {
        String t = withoutRepeats(withBalancedBrackets(s).replaceAll("\\(\\s*\\)", " ")) // a pair a removal emptied
                .replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll("([,;:])\\s*([,;:.])", "$2")
                .replaceAll("\\s{2,}", " ")
                .trim();
        if (!t.isEmpty() && !t.endsWith(".") && !t.endsWith("?") && !t.endsWith("!")) {
            t = t.replaceAll("[,;:]$", "") + ".";
        }
        String before;
        do { // words left dangling before a stop by what was removed ("in the." -> ".")
            before = t;
            // nouns whose quote went ("with the album." of a music player, stop 36, by hand) go too
            t = t.replaceAll("(?i)\\s\\b(with|and|of|the|a|an|for|from|to|in|on|at|by|heading|title|labelled|called"
                    + "|named|titled|whose title is|whose heading is|is|album|song|track|artist|message|address"
                    // a verb whose quote went ("the panel clock shows." where the time read was not on screen)
                    + "|shows|showing|says|saying|reads|reading|displays|displaying|that|which"
                    + "|has|have|contains|containing|includes|including)"
                    + "\\s*([.;,])", "$2");
        } while (!t.equals(before));
        t = t.replaceAll("^[,;:\\s]+", "");
        // a later sentence left with nothing to say ("It." of "It has a file listing." whose listing is not on screen;
        // the model's "The main content." before what the content is, stop 45, `real_check`'s shots in detail)
        t = t.replaceAll("(?<=[.!?])\\s+(?:It|This|There|They|The main (?:content|area|window))\\.(?=\\s|$)", "");
        if (t.isEmpty() || t.equals(".")) {
            return "";
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
