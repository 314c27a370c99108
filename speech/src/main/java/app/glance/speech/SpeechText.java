package app.glance.speech;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Screen text as a person would read it aloud, and in chunks a speech engine can start on quickly.
 * English only. {@code normalise} keeps line breaks so {@link #chunks} can split OCR lines.
 */
public final class SpeechText {
    /** Longest chunk handed to an engine; shorter chunks start sooner and stop cleaner. */
    public static final int MAX_CHUNK_CHARS = 160;

    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|vs)\\.)\\s+|\\n+");
    private static final Pattern LONG_TOKEN = Pattern.compile("\\S{200,}");
    private static final Pattern DOT_LEADER = Pattern.compile("(?:\\s?[.·…_-]){4,}\\s?");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private SpeechText() {
    }

    /** Rewrites screen text for the ear: "letter.txt" → "letter dot t x t", "Ctrl+S" → "control S", "45%" → ... */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String safe = LONG_TOKEN.matcher(text).replaceAll(m -> breakUp(m.group()));
        try {
            return rewrite(safe);
        } catch (RuntimeException | StackOverflowError e) {
            // a pathological string must never break speech (or the caller's thread): read it as it stands
            return SPACES.matcher(safe).replaceAll(" ").strip();
        }
    }

    /** Very long tokens (OCR noise, dot leaders) are cut so no pattern recurses deeply; URLs are left whole. */
    private static String breakUp(String token) {
        if (token.regionMatches(true, 0, "http", 0, 4) || token.regionMatches(true, 0, "www.", 0, 4)) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length() + token.length() / 64);
        for (int i = 0; i < token.length(); i += 64) {
            out.append(token, i, Math.min(token.length(), i + 64)).append(' ');
        }
        return out.toString();
    }

    private static String rewrite(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ')
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace("\u2026", "...").replace("\r\n", "\n");
        s = DOT_LEADER.matcher(s).replaceAll(" ... ");
        s = Symbols.abbreviations(s);
        s = ScreenPatterns.apply(s);
        s = NumberPatterns.apply(s);
        s = Symbols.symbols(s);
        s = SPACES.matcher(s).replaceAll(" ");
        s = s.replaceAll(" ?\\n ?", "\n").replaceAll(" ([,.;:!?)])", "$1").replace("( ", "(").replaceAll(",(\\s*,)+", ",");
        return s.strip();
    }

    /** Splits already normalised text into sentence-sized chunks of at most {@link #MAX_CHUNK_CHARS}. */
    public static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            String t = sentence.strip();
            while (t.length() > MAX_CHUNK_CHARS) {
                int cut = cutPoint(t);
                out.add(t.substring(0, cut).strip());
                t = t.substring(cut).strip();
            }
            if (!t.isEmpty() && t.chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code chunks(normalise(text))}. */
    public static List<String> forSpeech(String text) {
        return chunks(normalise(text));
    }

    private static int cutPoint(String t) {
        int comma = Math.max(t.lastIndexOf(", ", MAX_CHUNK_CHARS), t.lastIndexOf("; ", MAX_CHUNK_CHARS));
        if (comma > MAX_CHUNK_CHARS / 3) {
            return comma + 1;
        }
        int space = t.lastIndexOf(' ', MAX_CHUNK_CHARS);
        return space > 0 ? space : MAX_CHUNK_CHARS;
    }
}
