package app.glance.inference.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words with an "l" that PP-OCR read as an "i", mended: in some fonts (Mousepad's, xterm's) it reads "wiil", "stiil",
 * "iibrary", "detaii", "iines", "Aibum" (the real windows of {@code training.real_check}, stop 51). A word that is in
 * no word list ({@link WordSplitter#isWord}) becomes the one word that its small "i"s, some of them read as "l", make;
 * where none or several do, it stays as it is, as do capitals ("URI") and words the lists know.
 */
public final class Ells {

    /** A word of letters with a small "i", and no capital after its first letter. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d'\u2019_-])(\\p{L}\\p{Ll}*i\\p{Ll}*)"
            + "(?![\\p{L}\\d'\u2019_-])");
    /** A word with more small "i"s than this is left as it is (each is tried as an "i" and as an "l"). */
    private static final int MAX_EYES = 4;

    private Ells() {
    }

    /** {@code line} with each unknown word that becomes one known word once some of its "i"s are "l"s mended. */
    public static String mended(String line, WordSplitter words) {
        return WORD.matcher(line).replaceAll(m -> Matcher.quoteReplacement(mendedWord(m.group(1), words)));
    }

    private static String mendedWord(String word, WordSplitter words) {
        if (words.isWord(word)) {
            return word;
        }
        String meant = MisreadLetters.oneMeant(word, 'i', 'l', MAX_EYES, words::isWord);
        return meant == null ? word : meant;
    }
}
