package app.glance.inference.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words with an "n" that PP-OCR read as an "r", mended: "Carcel" (a dialog's Cancel), "Settirgs" (a menu's Settings),
 * "oper" ("free and open"), as it read them in real windows (stops 51 and 53). A word of
 * {@value #MIN_LETTERS} letters or more that is in no word list ({@link WordSplitter#isWord}) becomes the one common
 * word ({@link WordSplitter#isKnown}) that its small "r"s, some of them read for "n"s, make; where none or several do,
 * it stays as it is, as do words the lists know, names that make no common word ("Marta", "Liferea") and a word cut
 * at a window's edge or in an address ("users.nore..", which would have made "none").
 */
public final class Ens {

    /**
     * A word of letters with a small "r", and no capital after its first letter; not in an address or a path (a dot,
     * "@" or "/" before it) nor cut short (two dots or an ellipsis after it).
     */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d'\u2019_@./-])(\\p{L}\\p{Ll}*r\\p{Ll}*)"
            + "(?![\\p{L}\\d'\u2019_@/-]|\\.{2}|\u2026)");
    /** A shorter word is left as it is: too many short names and codes make a common word. */
    private static final int MIN_LETTERS = 4;
    /** A word with more small "r"s than this is left as it is (each is tried as an "r" and as an "n"). */
    private static final int MAX_ARS = 3;

    private Ens() {
    }

    /** {@code line} with each unknown word that becomes one common word once some of its "r"s are "n"s mended. */
    public static String mended(String line, WordSplitter words) {
        return WORD.matcher(line).replaceAll(m -> Matcher.quoteReplacement(mendedWord(m.group(1), words)));
    }

    private static String mendedWord(String word, WordSplitter words) {
        if (word.length() < MIN_LETTERS || words.isWord(word)) {
            return word;
        }
        String meant = MisreadLetters.oneMeant(word, 'r', 'n', MAX_ARS, words::isKnown);
        return meant == null ? word : meant;
    }
}
