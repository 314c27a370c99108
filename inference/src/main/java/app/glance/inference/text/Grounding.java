package app.glance.inference.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Honesty before fluency: a caption may only quote text that is really on screen. Every quoted phrase is looked up
 * in the OCR lines (ignoring case, punctuation and small OCR slips); a phrase that is not found is removed together
 * with the verb that introduces it ("titled", "says", ...), so the caption never names a title or a message that
 * is not there. With no OCR lines, every quote goes.
 */
public final class Grounding {

    private static final Pattern QUOTE = Pattern.compile(
            "(,?\\s*(?:which says|that says|that reads|which reads|titled|called|named|labelled|labeled|saying|says|"
                    + "reads|reading|showing|announcing|asks|asking|with the title|with the message)?\\s*)"
                    + "[\"\u201c]([^\"\u201d]{1,200})[\"\u201d]");

    private Grounding() {
    }

    /** The caption with every quote that is not found in {@code lines} removed, tidied into a sentence. */
    public static String apply(String caption, List<String> lines) {
        String screen = normalise(String.join(" \n ", lines));
        Matcher m = QUOTE.matcher(caption);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean found = isOnScreen(m.group(2), screen);
            m.appendReplacement(out, Matcher.quoteReplacement(found ? m.group() : ""));
        }
        m.appendTail(out);
        return tidy(out.toString());
    }

    /** Whether {@code phrase} appears in the (normalised) screen text, allowing one slip per six characters. */
    static boolean isOnScreen(String phrase, String screen) {
        String p = normalise(phrase);
        if (p.isEmpty()) {
            return true;
        }
        if (screen.contains(p)) {
            return true;
        }
        int budget = p.length() / 6;
        if (budget == 0 || p.length() > screen.length() + budget) {
            return false;
        }
        return fuzzyContains(screen, p, budget);
    }

    /** Approximate substring search (Sellers' algorithm): edit distance of p to some substring of s <= k. */
    private static boolean fuzzyContains(String s, String p, int k) {
        int[] prev = new int[p.length() + 1];
        int[] cur = new int[p.length() + 1];
        for (int j = 0; j <= p.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = 0;
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

    static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.trim().replaceAll("\\s+", " ");
    }

    private static String tidy(String s) {
        String t = s.replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll("([,;:])\\s*([,;:.])", "$2")
                .replaceAll("\\s{2,}", " ")
                .replaceAll("(?i)\\b(with|and|of|the|a|an)\\s*([.;])", "$2")
                .trim();
        t = t.replaceAll("^[,;:\\s]+", "");
        if (t.isEmpty()) {
            return t;
        }
        if (!t.endsWith(".") && !t.endsWith("?") && !t.endsWith("!")) {
            t = t.replaceAll("[,;:]$", "") + ".";
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
