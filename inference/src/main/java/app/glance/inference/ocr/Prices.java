package app.glance.inference.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as PP-OCR reads them, mended. Its dictionary has no pound sign (nor a euro sign): "£38.97" is read as
 * "f38.97" or "E38.97", or loses its sign, and in tight text the amount runs into the words around it
 * ("Total12.50Delivery4.99"). A basket's total said as "f38.97" tells a user nothing (stop 47, rendered prices).
 */
public final class Prices {

    /**
     * An "f" or an "E" read for a pound sign: alone before an amount with pence ("f38.97", "E1,299.00") or with
     * thousands ("f4,082", a table of sales), not inside a word or a code ("E110", "f2.8" have neither).
     */
    private static final Pattern POUND = Pattern.compile("(?<![\\p{L}\\d.,])[fE](?=\\d{1,3}(?:(?:,\\d{3})*\\.\\d{2}"
            + "|(?:,\\d{3})+)(?![\\d.,]*\\d))");
    /**
     * A word of letters, then an amount with pence, then no letter or a word: "Total12.50", "Delivery4.99" (not
     * "Win11.00x").
     */
    private static final Pattern WORD_THEN_AMOUNT = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}{3,})([£$\u00a5]?\\d{1,3}"
            + "(?:,\\d{3})*\\.\\d{2})(?=$|[^\\p{L}\\d]|\\p{L}{3})");
    /** An amount with pence, then a word of letters: "4.99Price", "7.50each". */
    private static final Pattern AMOUNT_THEN_WORD = Pattern.compile("(\\d\\.\\d{2})(\\p{L}{3,})(?!\\p{L})");

    private Prices() {
    }

    /**
     * {@code line} with a pound sign where OCR read one as "f" or "E" before an amount, and a space between an amount
     * and a word of {@code words} run into it ("Total £12.50 Delivery 4.99"); everything else as it is.
     */
    public static String mended(String line, WordSplitter words) {
        String l = POUND.matcher(line).replaceAll("£");
        l = spaced(AMOUNT_THEN_WORD.matcher(l), words, 2); // first: then the word after an amount stands alone
        return spaced(WORD_THEN_AMOUNT.matcher(l), words, 1);
    }

    /** The matches of {@code m} with a space between their two groups, where group {@code word} is a known word. */
    private static String spaced(Matcher m, WordSplitter words, int word) {
        return m.replaceAll(r -> words.isKnown(r.group(word)) ? "$1 $2" : "$0");
    }
}
