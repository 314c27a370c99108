package app.glance.inference.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What {@link Ells} and {@link Ens} share: a word whose letters of one kind may each have been read for another. */
final class MisreadLetters {

    private MisreadLetters() {
    }

    /**
     * The one word that {@code word} makes where some of its letters {@code read} (at most {@code most} of them) are
     * {@code meant} instead, and that {@code wanted} accepts; null where none does, where two or more do (which one
     * is not for OCR to guess), or where {@code word} has more such letters than {@code most}.
     */
    static String oneMeant(String word, char read, char meant, int most, Predicate<String> wanted) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == read) {
                at.add(i);
            }
        }
        if (at.size() > most) {
            return null;
        }
        String found = null;
        for (int mask = 1; mask < 1 << at.size(); mask++) {
            char[] c = word.toCharArray();
            for (int k = 0; k < at.size(); k++) {
                if ((mask >> k & 1) == 1) {
                    c[at.get(k)] = meant;
                }
            }
            String candidate = new String(c);
            if (wanted.test(candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }
}
