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
 * is not there. Names work the same way without quotes: a capitalised name inside a sentence ("a music player in
 * Clementine", "a Firefox window") must be on screen too, or it goes with the preposition that introduces it. With
 * no OCR lines, every quote and every name goes.
 */
public final class Grounding {

    private static final Pattern QUOTE = Pattern.compile(
            "(,?\\s*(?:which says|that says|that reads|which reads|titled|called|named|labelled|labeled|saying|says|"
                    + "reads|reading|showing|announcing|asks|asking|with the title|with the message)?\\s*)"
                    + "[\"\u201c]([^\"\u201d]{0,200})[\"\u201d]");

    /** One capitalised word; inner dots are part of it ("Node.js"), a final one ends the sentence. */
    private static final String WORD = "\\p{Lu}\\p{Ll}[\\p{L}\\p{N}+-]*(?:\\.[\\p{L}\\p{N}]+)*";
    /**
     * A name: capitalised words (a capital then a lower-case letter, so "PDF" or "OK" are kinds, not names), with the
     * preposition that may introduce it.
     */
    private static final Pattern NAME = Pattern.compile(
            "(\\s(?:in|from|of|by|using|called|named|on|for)\\s)?(\\b" + WORD + "(?:\\s" + WORD + ")*)");

    private Grounding() {
    }

    /**
     * The caption with every quote that is not found in {@code lines} removed, tidied into a sentence. In the first
     * clause only the quote and its verb go ("A dialog titled "X"" -> "A dialog"); a later clause that rests on an
     * unfound quote goes whole (", which says "Y"").
     */
    public static String apply(String caption, List<String> lines) {
        String screen = normalise(String.join(" \n ", lines));
        StringBuilder out = new StringBuilder();
        List<String> clauses = clauses(closeDanglingQuote(caption));
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            Matcher m = QUOTE.matcher(clause);
            StringBuilder kept = new StringBuilder();
            boolean lost = false;
            while (m.find()) {
                // an empty quote ("" or "...") quotes nothing on screen: it goes like any unfound one
                boolean found = !normalise(m.group(2)).isEmpty() && isOnScreen(m.group(2), screen);
                lost |= !found;
                m.appendReplacement(kept, Matcher.quoteReplacement(found ? m.group() : ""));
            }
            m.appendTail(kept);
            if (lost && i > 0) {
                continue;
            }
            out.append(i > 0 && out.length() > 0 ? "," : "").append(kept);
        }
        return tidy(withoutUnfoundNames(out.toString(), screen));
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

    static String tidy(String s) {
        String t = s.replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll("([,;:])\\s*([,;:.])", "$2")
                .replaceAll("\\s{2,}", " ")
                .replaceAll("(?i)\\s\\b(with|and|of|the|a|an|for|from|to|in|on|heading|title|labelled|called|named"
                        + "|titled)\\s*([.;,])", "$2")
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
