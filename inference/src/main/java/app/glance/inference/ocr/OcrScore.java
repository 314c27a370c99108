package app.glance.inference.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well OCR output matches the known text of a screen: word recall (bag of words), line recall (a known line
 * found as one OCR line, ignoring case, spacing and punctuation), readable lines (at least 80 % of a known line's
 * words occur in the OCR output: the line is there even if OCR split or merged it) and reading order (known lines
 * appear in order).
 * Shared by the screen tests and {@link OcrBenchmark}.
 */
record OcrScore(int words, int wordsFound, int lines, int linesFound, int linesReadable, int linesInOrder) {

    static OcrScore of(List<String> truth, List<String> ocr) {
        Map<String, Integer> available = new HashMap<>();
        for (String line : ocr) {
            for (String w : words(line)) {
                available.merge(w, 1, Integer::sum);
            }
        }
        int words = 0, wordsFound = 0;
        for (String line : truth) {
            for (String w : words(line)) {
                words++;
                if (available.getOrDefault(w, 0) > 0) {
                    available.merge(w, -1, Integer::sum);
                    wordsFound++;
                }
            }
        }
        Map<String, Integer> all = new HashMap<>();
        ocr.forEach(line -> words(line).forEach(w -> all.merge(w, 1, Integer::sum)));
        int readable = 0;
        for (String line : truth) {
            List<String> ws = words(line);
            long found = ws.stream().filter(all::containsKey).count();
            if (ws.isEmpty() || found >= 0.8 * ws.size()) {
                readable++;
            }
        }
        List<String> ocrKeys = ocr.stream().map(OcrScore::key).toList();
        int linesFound = 0, inOrder = 0, lastIndex = -1;
        for (String line : truth) {
            int index = ocrKeys.indexOf(key(line));
            if (index < 0) {
                index = bestOverlap(line, ocr);
            } else {
                linesFound++;
            }
            if (index >= lastIndex && index >= 0) {
                inOrder++;
                lastIndex = index;
            }
        }
        return new OcrScore(words, wordsFound, truth.size(), linesFound, readable, inOrder);
    }

    double wordRecall() {
        return words == 0 ? 1 : wordsFound / (double) words;
    }

    double lineRecall() {
        return lines == 0 ? 1 : linesFound / (double) lines;
    }

    double readableLines() {
        return lines == 0 ? 1 : linesReadable / (double) lines;
    }

    /** Share of known lines that come no earlier than the line before them in the OCR output. */
    double orderScore() {
        return lines == 0 ? 1 : linesInOrder / (double) lines;
    }

    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String key(String line) {
        return String.join("", words(line));
    }

    /** The OCR line sharing most words with {@code line}, or -1 when none shares any. */
    private static int bestOverlap(String line, List<String> ocr) {
        List<String> wanted = words(line);
        int best = -1, bestCount = 0;
        for (int i = 0; i < ocr.size(); i++) {
            List<String> got = words(ocr.get(i));
            int count = (int) wanted.stream().filter(got::contains).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }
}
