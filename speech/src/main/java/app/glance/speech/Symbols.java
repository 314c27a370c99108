package app.glance.speech;

import static app.glance.speech.ScreenPatterns.replace;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** UI abbreviations, symbols and emoji as words. */
final class Symbols {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("OK", "okay"),
            Map.entry("Ok", "okay"), Map.entry("e.g.", "for example"), Map.entry("i.e.", "that is"),
            Map.entry("etc.", "et cetera"), Map.entry("vs.", "versus"), Map.entry("vs", "versus"),
            Map.entry("approx.", "approximately"), Map.entry("w/o", "without"), Map.entry("w/", "with"),
            Map.entry("Q&A", "Q and A"), Map.entry("FAQ", "F A Q"), Map.entry("Wi-Fi", "wi-fi"),
            Map.entry("Esc", "escape"), Map.entry("PgUp", "page up"), Map.entry("PgDn", "page down"),
            Map.entry("Fig.", "figure"), Map.entry("No.", "number"), Map.entry("Prefs", "preferences"),
            Map.entry("Msg", "message"), Map.entry("incl.", "including"), Map.entry("excl.", "excluding"),
            Map.entry("and/or", "and or"), Map.entry("#", "number"));
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\w.])(e\\.g\\.|i\\.e\\.|etc\\.|vs\\.?|approx\\.|w/o|w/|Q&A|FAQ|Wi-Fi|OK|Ok|Esc|PgUp|PgDn|Fig\\.|No\\.(?=\\s?\\d)"
            + "|Prefs|Msg|incl\\.|excl\\.|and/or|#(?=[A-Z]{0,2}-?\\d))(?![\\w&&[^\\dA-Z]])");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\\bcopyright\\s*©|©\\s*copyright\\b");
    private static final Map<Integer, String> SYMBOLS = Map.ofEntries(sym('&', "and"), sym('@', "at"),
            sym('+', "plus"), sym('=', "equals"), sym('<', "less than"), sym('>', "greater than"),
            sym('→', "right arrow"), sym('←', "left arrow"), sym('↑', "up arrow"), sym('↓', "down arrow"),
            sym('✓', "check mark"), sym('✔', "check mark"), sym('✗', "cross"), sym('✘', "cross"),
            sym('÷', "divided by"), sym('©', "copyright"), sym('®', "registered"), sym('™', "trademark"),
            sym('°', "degrees"), sym('§', "section"), sym('¶', "paragraph"), sym('✕', "close"), sym('☰', "menu"),
            sym('⋮', "more options"), sym('⋯', "more"), sym('⌘', "command"), sym('⇧', "shift"),
            sym('⌥', "option"), sym('⌃', "control"), sym('⏎', "enter"), sym('↵', "enter"), sym('⌫', "backspace"),
            sym('\\', "backslash"), sym('/', "slash"), sym('^', "caret"), sym('~', "tilde"), sym('€', "euros"),
            sym('£', "pounds"), sym('$', "dollars"), sym('¥', "yen"), sym('%', "percent"), sym('★', "star"),
            sym('☆', "star"), sym('♥', "heart"), sym('⚠', "warning"), sym('⚙', "settings"), sym('ℹ', "information"),
            sym('✉', "envelope"), sym('☑', "checked box"), sym('☐', "empty box"), sym('⏸', "pause"),
            sym('⏵', "play"), sym('▶', "play"), sym('▼', "down arrow"), sym('▾', "down arrow"),
            sym('▲', "up arrow"), sym('▴', "up arrow"), sym('►', "right arrow"), sym('▸', "right arrow"),
            sym('◄', "left arrow"), sym('◂', "left arrow"), sym('_', " "), sym('⏹', "stop"), sym('⏭', "next"), sym('⏮', "previous"));
    private static final Map<Integer, String> EMOJI = Map.ofEntries(sym(0x1F44D, "thumbs up"),
            sym(0x1F44E, "thumbs down"), sym(0x2764, "red heart"), sym(0x2705, "check mark"),
            sym(0x274C, "cross mark"), sym(0x1F512, "locked"), sym(0x1F513, "unlocked"), sym(0x1F50D, "search"),
            sym(0x1F50E, "search"), sym(0x2B50, "star"), sym(0x1F4C1, "folder"), sym(0x1F4C2, "open folder"),
            sym(0x1F4C4, "document"), sym(0x1F5D1, "wastebasket"), sym(0x1F514, "bell"), sym(0x1F4E7, "e-mail"),
            sym(0x1F602, "face with tears of joy"), sym(0x1F642, "slightly smiling face"), sym(0x1F60A, "smiling face"),
            sym(0x1F389, "party popper"), sym(0x1F525, "fire"), sym(0x1F680, "rocket"), sym(0x1F4CE, "paper clip"));
    private static final Pattern HIDDEN = Pattern.compile("[•●∙*]{3,}");
    private static final Pattern STARS = Pattern.compile("[★☆]{2,}");
    private static final Pattern TIMES = Pattern.compile("(?<=\\w)\\s?×\\s?(?=\\w)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|•·–—]\\s|[|•·]|\\s[-–—]{1,2}\\s");
    private static final Pattern LONE_STAR = Pattern.compile("(?<=\\w)\\s?\\*(?!\\w)");

    private Symbols() {
    }

    static String abbreviations(String text) {
        String s = replace(text, COPYRIGHT, m -> "copyright");
        return replace(s, ABBREVIATION, m -> ABBREVIATIONS.get(m.group()));
    }

    static String symbols(String text) {
        String s = replace(text, HIDDEN, m -> "hidden text");
        s = replace(s, TIMES, m -> "times");
        s = replace(s, STARS, m -> NumberWords.cardinal(m.group().chars().filter(c -> c == '★').count()) + " of "
                + NumberWords.cardinal(m.group().length())
                + " stars");
        s = replace(s, LONE_STAR, m -> ", required");
        s = SEPARATOR.matcher(s).replaceAll(", ");
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isIgnorable(cp)) {
                continue;
            }
            String said = SYMBOLS.getOrDefault(cp, EMOJI.get(cp));
            if (said == null && isEmoji(cp)) {
                said = regionalIndicator(cp) ? "" : emojiName(cp);
                if (regionalIndicator(cp) && i < s.length() && regionalIndicator(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                    said = "flag";
                }
            }
            if (said == null) {
                out.appendCodePoint(Character.isISOControl(cp) && cp != '\n' ? ' ' : cp);
            } else {
                out.append(' ').append(said).append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isIgnorable(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFE0E || cp == 0xFE0F || cp == 0x20E3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x2060 || cp == 0xFEFF;
    }

    private static boolean regionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isEmoji(int cp) {
        int type = Character.getType(cp);
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || type == Character.OTHER_SYMBOL && cp > 0x2000;
    }

    private static String emojiName(int cp) {
        String name = Character.getName(cp);
        return name == null ? "symbol" : name.toLowerCase(Locale.ROOT);
    }

    private static Map.Entry<Integer, String> sym(int codePoint, String said) {
        return Map.entry(codePoint, said);
    }
}
