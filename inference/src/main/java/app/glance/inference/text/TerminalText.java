package app.glance.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a terminal shows, said after a caption that names a terminal and nothing of it. Of the 320 real
 * applications' shots of `real_check` (stops 33-34), 19 captions were "A terminal." alone and 14 "Probably a
 * terminal.": most of them man pages and Python tracebacks. Such a caption now goes on with the manual page that the
 * terminal pages ("It shows the manual page for "find"."), else the error that a traceback ends in ("A program on
 * it stopped with "NameError: name 'total' is not defined"."; not "an error", which would sound like an error
 * dialog), else where its text begins, as a terminal that the text alone shows is said ({@link KindCheck#terminal}).
 * A terminal said by its title is followed by its traceback's error the same way ({@link #terminalError}).
 */
public final class TerminalText {

    /**
     * A caption that names a terminal and says nothing else of it but its colours: "A terminal.", "Probably a
     * terminal, and light text on a dark background.", "A text editor in a terminal." ("A terminal, with a list of
     * files." has said something: it is left as it is).
     */
    private static final Pattern BARE_TERMINAL = Pattern.compile("(?i)(?:probably )?an? (?:text editor in a )?"
            + "(?:terminal|console)(?:,? (?:and|showing|with|in) [^.,\"]*\\b(?:dark|light)\\b[^.,\"]*)?\\.");
    /** A prompt for a password: sudo's, ssh's, su's, a key's passphrase. */
    private static final Pattern PASSWORD_PROMPT = Pattern.compile("(?i)(?:\\[sudo]\\s*)?password(?:\\s*for\\s*\\S+)?\\s*:"
            + "|\\S+['\u2019]s\\s*password\\s*:|enter\\s*pass\\s*phrase\\b.*:");
    /** Python's first line of a traceback, as OCR reads it. */
    private static final Pattern TRACEBACK = Pattern.compile("(?i)^traceback\\W?\\s*\\(most recent call");
    /** The line a traceback ends in: "NameError: name ...", "Key Error:" (OCR split the name), "ValueError". */
    private static final Pattern ERROR = Pattern.compile("^(?:[A-Z][a-z]+ ?)*(?:Error|Exception|Interrupt)"
            + "(?:\\b|[tl;](?=\\s))\\s*:?.*");
    /** An error's colon that OCR read as a letter: "IndexErrort list index out of range" (xterm, stop 44, captured). */
    private static final Pattern MISREAD_COLON = Pattern.compile("^(\\S*(?:Error|Exception|Interrupt))[tl;](?=\\s)");
    /** The rest of an error's line that OCR read as a line of its own: "'total' is not defined". */
    private static final Pattern ERROR_REST = Pattern.compile("^['\u2018\u201c\"(a-z].*");
    /**
     * A shell's prompt, the line after a traceback that ended the program ("root@vm:/tmp#", "ann@laptop:~/src$", as
     * OCR reads it: "root.@vm+/tmp/calc#"; bash's own without a configuration, "bash-5.2#", which an xterm captured
     * under Xvfb showed after the error, stop 51): not the rest of the error's line.
     */
    private static final Pattern PROMPT = Pattern.compile("^[\\w.-]+@[\\w.-]+.*[#$%>]$"
            + "|^(?:ba|z|da|k)?sh-\\d+(?:\\.\\d+)*[#$]$");

    /** A sentence that names a terminal first (Glance's from its title: "A terminal: its title is "xterm"."). */
    private static final Pattern NAMES_TERMINAL = Pattern.compile("(?i)^(?:probably )?an? (?:terminal|console)\\b");
    private static final String STOPPED_WITH = "A program on it stopped with \"";

    /** A caption that names a code editor (Glance's sentence from its title, or the model's). */
    private static final Pattern CODE_EDITOR = Pattern.compile("(?i)\\b(?:code editor|IDE)\\b");
    /**
     * A compiler's or an interpreter's error in a code editor's messages: "SyntaxError: '(' was never closed" (its
     * first letter small as OCR read it), "main.c:5:3: error: expected ';'", "error[E0425]: cannot find value".
     */
    private static final Pattern CODE_ERROR = Pattern.compile("(?i)(?:^|[\\s:])(?:(?:[a-z]+ ?)?(?:error|exception)"
            + "|error\\[\\w+])\\s*:\\s*\\S.*");

    private TerminalText() {
    }

    /**
     * What Glance adds where {@code said} names a code editor and its messages among {@code lines} (all of the
     * screen's text) hold an error: "It shows the error "SyntaxError: '(' was never closed"." (Geany's window after a
     * failed build had been "A code editor: its title is ...", the error unsaid, stop 40, by hand); the first such
     * line.
     */
    public static Optional<String> codeError(String said, List<String> lines) {
        if (!CODE_EDITOR.matcher(said).find()) {
            return Optional.empty();
        }
        return KindCheck.stripped(lines).stream().filter(TerminalText::codeErrorLine).findFirst()
                .map(l -> "It shows the error \"" + KindCheck.quote(l, KindCheck.QUOTED_WORDS) + "\".");
    }

    /**
     * What Glance adds where {@code said} names a terminal, by its title, and said nothing of what it shows, and a
     * traceback among {@code lines} (all of the screen's text) ends in an error: "A program on it stopped with
     * "IndexError: list index out of range"." (xterm's screen with a traceback had been "A terminal: its title is
     * "xterm".", the error unsaid: real_check, stop 43).
     */
    public static Optional<String> terminalError(String said, List<String> lines) {
        if (!NAMES_TERMINAL.matcher(said).find() || said.contains(STOPPED_WITH)) {
            return Optional.empty();
        }
        List<String> stripped = KindCheck.stripped(lines);
        return stripped.stream().anyMatch(l -> TRACEBACK.matcher(l).lookingAt())
                ? error(stripped).map(e -> STOPPED_WITH + KindCheck.quote(e, KindCheck.QUOTED_WORDS) + "\".")
                : Optional.empty();
    }

    /** An error's line: the error first, or after a file's name and line number ("main.c:5:3: error: ..."). */
    private static boolean codeErrorLine(String line) {
        return CODE_ERROR.matcher(line).lookingAt() || line.matches("^\\S+:\\d+.*") && CODE_ERROR.matcher(line).find();
    }

    /**
     * {@code caption}, where it names a terminal and says nothing else of it, with what the terminal shows.
     * {@code screenText} is the text read so far (the screen's top); {@code allText} all of it, asked for only where a
     * traceback begins in the top, since its error is at its end.
     */
    public static String withWhatItShows(String caption, List<String> screenText, Supplier<List<String>> allText) {
        if (!BARE_TERMINAL.matcher(caption).matches()) {
            return caption;
        }
        List<String> top = KindCheck.stripped(screenText);
        Optional<String> shows = manualPage(top).map(c -> " It shows the manual page for \"" + c + "\".");
        // a prompt for a password, the last line read: what is typed there does not show (sudo's, written down at stop
        // 44: "A terminal. The text on it begins "ann@laptop: ~".")
        if (shows.isEmpty() && !top.isEmpty() && PASSWORD_PROMPT.matcher(top.get(top.size() - 1)).matches()) {
            shows = Optional.of(" It is waiting for a password: \"" + KindCheck.quote(top.get(top.size() - 1),
                    KindCheck.QUOTED_WORDS) + "\".");
        }
        if (shows.isEmpty()) {
            shows = processes(top);
        }
        if (shows.isEmpty() && top.stream().anyMatch(l -> TRACEBACK.matcher(l).lookingAt())) {
            shows = error(KindCheck.stripped(allText.get())).map(e -> " " + STOPPED_WITH
                    + KindCheck.quote(e, KindCheck.QUOTED_WORDS) + "\".");
        }
        return caption + shows.orElseGet(() -> KindCheck.textBegins(screenText));
    }

    /** The first line of top's header: "top - 16:20:51 up 12:00, 0 users, load average: 1.95, 1.11, 1.22". */
    private static final Pattern TOP_HEADER = Pattern.compile("(?i)^top\\s*-\\s*\\d{1,2}:\\d{2}:\\d{2}\\s+up\\b.*");
    /** The load average in it, its first figure (of the last minute). */
    private static final Pattern LOAD = Pattern.compile("(?i)load\\s*average:\\s*(\\d+[.,]\\d+)");
    /** top's count of tasks: "Tasks: 196 total,". */
    private static final Pattern TASKS = Pattern.compile("(?i)^tasks:\\s*(\\d+)\\s*total");

    /**
     * What a terminal running top shows, by its header among the first lines: " It shows top, the running processes:
     * 196 tasks, load average 1.95." (sakura running top was "Probably a terminal. The text on it begins "sakura".",
     * stop 54, captured).
     */
    static Optional<String> processes(List<String> lines) {
        Optional<String> header = lines.stream().filter(l -> TOP_HEADER.matcher(l).matches()).findFirst();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<String> facts = new ArrayList<>();
        lines.stream().map(TASKS::matcher).filter(Matcher::find).findFirst()
                .ifPresent(m -> facts.add(m.group(1) + " tasks"));
        Matcher load = LOAD.matcher(header.get());
        if (load.find()) {
            facts.add("load average " + load.group(1).replace(',', '.'));
        }
        return Optional.of(" It shows top, the running processes" + (facts.isEmpty() ? "." : ": "
                + String.join(", ", facts) + "."));
    }

    /** The command whose manual page shows ("find" for "FIND(1)" above "SYNOPSIS"). */
    static Optional<String> manualPage(List<String> lines) {
        return KindCheck.manualPageHeader(lines).map(h -> h.substring(0, h.indexOf('(')).toLowerCase(Locale.ROOT));
    }

    /** The error that the last traceback on screen ends in, with the rest of its line where OCR split it. */
    static Optional<String> error(List<String> lines) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (TRACEBACK.matcher(lines.get(i)).lookingAt()) {
                from = i;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        for (int i = lines.size() - 1; i > from; i--) {
            String l = lines.get(i);
            if (ERROR.matcher(l).matches()) {
                l = MISREAD_COLON.matcher(l).replaceFirst("$1:");
                boolean split = i + 1 < lines.size() && ERROR_REST.matcher(lines.get(i + 1)).matches()
                        && !PROMPT.matcher(lines.get(i + 1)).matches();
                return Optional.of(split ? l + " " + lines.get(i + 1) : l);
            }
        }
        return Optional.empty();
    }
}
