package app.glance.inference.ocr;

import java.util.regex.Pattern;

/**
 * A shell's prompt as PP-OCR reads it in a terminal's font, mended: the "$" that ends it read as an "s" before the
 * command ("ann@laptop:~/projectss ls -l") and its home's "~" read as a "-" ("ann@laptop: -/projects"; a page made
 * like GNOME Terminal, stop 51). A prompt with its user, host and path always ends with "$" or "#", so an "s" there,
 * with a command after it, is the "$"; a title ("ann@laptop: ~/projects - Terminal") is left as it is.
 */
public final class Prompts {

    /** User, host and path, then an "s" or "S" for the "$", then a command. */
    private static final Pattern DOLLAR = Pattern.compile("^([\\w.-]+@[\\w.-]+:\\s?[~-]?/[^\\s$#]*)[sS]"
            + "(?=\\s+[\\w./])");
    /**
     * The same "s" with the spaces around it lost too, before a common command and its flag or argument:
     * "ann@laptop:/tmp/q4sls-l" (an xterm captured under Xvfb, stop 51) is "ann@laptop:/tmp/q4$ ls -l".
     */
    private static final Pattern DOLLAR_RUN_TOGETHER = Pattern.compile("^([\\w.-]+@[\\w.-]+:\\s?[~-]?/[^\\s$#]*)"
            + "[sS](ls|cd|cat|less|git|python3?|vim?|nano|sudo|grep|man|make|cp|mv|rm|mkdir|echo)(?:\\s+|(?=-\\p{L}))");
    /** User and host, then a "-" for the home's "~" before the path. */
    private static final Pattern HOME = Pattern.compile("^([\\w.-]+@[\\w.-]+:\\s?)-/");

    private Prompts() {
    }

    /** {@code line} with its prompt's "$" and "~" where OCR read them as letters. */
    public static String mended(String line) {
        String l = HOME.matcher(line).replaceFirst("$1~/");
        l = DOLLAR_RUN_TOGETHER.matcher(l).replaceFirst("$1\\$ $2 ");
        return DOLLAR.matcher(l).replaceFirst("$1\\$");
    }
}
