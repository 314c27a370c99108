package app.glance.inference.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The words of a medium spelling dictionary, for {@link WordSplitter}: SCOWL's English words and names of sizes 10 to
 * 50 (71,735, of four letters or more, lower-cased), each with its size, which grows as a word gets rarer. They let
 * the splitter keep a word its own list of common words lacks ("afternoon", "worksheet", "Singapore") and find it
 * inside a merged token ("Yourverificationcode"). Made by {@code training/word_list.py}; SCOWL's notice is beside the
 * list.
 *
 * <p>Kept as one string of the words, sorted, and where each starts: a lookup is a binary search, and the list costs
 * about a megabyte of memory, several less than a hash set of strings.
 */
final class SpellingWords {

    static final String RESOURCE = "scowl-words.txt.gz";

    private final String words;
    private final int[] starts;
    private final byte[] sizes;
    private final double[] rankOfSize = new double[Byte.MAX_VALUE + 1];

    private SpellingWords(String words, int[] starts, byte[] sizes) {
        this.words = words;
        this.starts = starts;
        this.sizes = sizes;
        int[] perSize = new int[Byte.MAX_VALUE + 1];
        for (byte s : sizes) {
            perSize[s]++;
        }
        int smaller = 0;
        for (int s = 0; s < perSize.length; s++) {
            rankOfSize[s] = smaller + perSize[s] / 2.0;
            smaller += perSize[s];
        }
    }

    /** The list bundled with Glance. */
    static SpellingWords bundled() {
        try (InputStream in = SpellingWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + RESOURCE + " is missing from Glance's classes");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the word list " + RESOURCE + " cannot be read", e);
        }
    }

    /**
     * Reads a list of lower-case words, one per line, in groups that each start with a line "#size"; the words may
     * come in any order, and a word listed twice keeps its smallest size.
     */
    static SpellingWords read(InputStream in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int size = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (w.startsWith("#")) {
                    size = parsedSize(w.substring(1));
                } else if (!w.isEmpty()) {
                    if (size == 0) {
                        throw new IOException("the word list does not start with a size line (#10)");
                    }
                    entries.add(new Entry(w, size));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::word).thenComparingInt(Entry::size));
        StringBuilder all = new StringBuilder();
        int[] starts = new int[entries.size() + 1];
        byte[] sizes = new byte[entries.size()];
        int n = 0;
        for (Entry e : entries) {
            if (n > 0 && e.word().contentEquals(all.subSequence(starts[n - 1], all.length()))) {
                continue;
            }
            starts[n] = all.length();
            sizes[n] = (byte) e.size();
            all.append(e.word());
            n++;
        }
        starts[n] = all.length();
        return new SpellingWords(all.toString(), Arrays.copyOf(starts, n + 1), Arrays.copyOf(sizes, n));
    }

    private record Entry(String word, int size) {
    }

    private static int parsedSize(String text) throws IOException {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= Byte.MAX_VALUE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IOException("a word list's size must be a number from 1 to " + Byte.MAX_VALUE + ", not " + text);
    }

    /** How many words the list holds. */
    int count() {
        return sizes.length;
    }

    /**
     * A word's rank by frequency among the list's words, estimated from its size: the words of the smaller sizes
     * come before it, and it stands in the middle of its own size's words; infinite when it is not listed.
     */
    double rank(String word) {
        int size = size(word);
        return size == 0 ? Double.POSITIVE_INFINITY : rankOfSize[size];
    }

    /** The size {@code word} (lower case) is listed at, or 0 when it is not listed. */
    int size(String word) {
        int lo = 0;
        int hi = sizes.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return sizes[mid];
            }
        }
        return 0;
    }

    /** The listed word at {@code index} compared with {@code word}, as {@link String#compareTo}. */
    private int compare(int index, String word) {
        int start = starts[index];
        int length = starts[index + 1] - start;
        int n = Math.min(length, word.length());
        for (int i = 0; i < n; i++) {
            int d = words.charAt(start + i) - word.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return length - word.length();
    }
}
