package app.glance.inference.ocr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the spaces PP-OCR drops in bold or tightly set text ("Savechangesbeforeclosing?" becomes
 * "Save changes before closing?").
 *
 * <p>Only long tokens made of letters (and apostrophes) that are not words themselves are touched; they are split by
 * dynamic programming into the cheapest sequence of known words, where a word's cost grows with the logarithm of its
 * frequency rank (Zipf): the words of a list of common and interface words first, then those of a medium spelling
 * dictionary ({@link SpellingWords}). A token that cannot be split entirely into known words is left as it was, so
 * names, file names, numbers and codes pass through unchanged; where the recogniser's time steps are given, a space
 * goes back only where they show a gap ({@link #split(String, int[])}). A space is also put back after sentence
 * punctuation glued to a capitalised word ("baskets.We"). Simple inflections (-s, -es, -ed, -ing, -ly) of known words
 * count as known, at a small extra cost.
 */
public final class WordSplitter {

    /** Tokens shorter than this are left alone, unless they show a lower-to-upper case change ("SignIn"). */
    private static final int MIN_LENGTH = 8;
    private static final int MIN_CAMEL_LENGTH = 4;
    /** A token of at most this many letters may be a compound word the list lacks ({@link #split}). */
    private static final int COMPOUND_MAX = 10;
    /** A line with this many known words or more was spaced well by PP-OCR ({@link #split}). */
    private static final int SPACED_WORDS = 4;
    private static final int MAX_WORD = 24;
    private static final double INFLECTION_COST = 0.7;
    /** Added to every piece, so that fewer, longer words win ("into", not "in to"). */
    private static final double WORD_COST = 2;
    /** Three-letter stems inflect only when rarer than this rank (cats, apps; not "thes", "ands"). */
    private static final int SHORT_STEM_MIN_RANK = 200;
    /** Tokens at least this long may keep one unknown piece, at this cost. */
    private static final int UNKNOWN_MIN_TOKEN = 12;
    private static final double UNKNOWN_BASE = 10;
    private static final double UNKNOWN_PER_CHAR = 2;
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Articles, prepositions, conjunctions and pronouns, which a name hardly ends or begins with. */
    private static final Set<String> SMALL_WORDS = Set.of("the", "of", "and", "to", "in", "is", "for", "on", "with",
            "at", "by", "from", "or", "as", "be", "it", "an", "are", "was", "this", "that", "your", "you", "my", "our",
            "not");
    /** "baskets.We": sentence punctuation glued to the next capitalised word. */
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}\\p{Ll})([.,;:!?])(?=\\p{Lu}\\p{Ll})");
    /** A port after a host's name: ":9", ":8080". */
    private static final Pattern PORT = Pattern.compile(":\\d");
    /** A program's name for an error ("KeyError", "ModuleNotFoundError"): written as one word on screen. */
    private static final Pattern ERROR_NAME = Pattern.compile("\\p{Ll}(Error|Exception|Warning)$");
    private static final Pattern CORE = Pattern.compile("^(\\P{L}*)([\\p{L}'\u2019]+?)(['\u2019]?\\P{L}*)$");

    private static volatile WordSplitter english;

    private final Map<String, Double> costs;
    private final double shortStemMinCost;
    /** A spelling dictionary's words, ranked after the listed ones; null for a splitter on its list alone. */
    private final SpellingWords spelling;
    private final int listed;
    private final double logN;

    private WordSplitter(Map<String, Double> costs, int listed, SpellingWords spelling) {
        this.costs = costs;
        this.listed = listed;
        this.logN = Math.log(Math.max(2, listed));
        this.shortStemMinCost = Math.log(SHORT_STEM_MIN_RANK * logN);
        this.spelling = spelling;
    }

    /**
     * A splitter for English screen text, on the embedded list of common and interface words, and on a medium
     * spelling dictionary ({@link SpellingWords}) for the words the list lacks.
     */
    public static WordSplitter english() {
        WordSplitter s = english;
        if (s == null) {
            s = of(EnglishWords.byFrequency(), SpellingWords.bundled());
            english = s;
        }
        return s;
    }

    /** A splitter on the given words, most frequent first. */
    public static WordSplitter of(List<String> wordsByFrequency) {
        return of(wordsByFrequency, null);
    }

    static WordSplitter of(List<String> wordsByFrequency, SpellingWords spelling) {
        Map<String, Double> costs = new HashMap<>(wordsByFrequency.size() * 2);
        double logN = Math.log(Math.max(2, wordsByFrequency.size()));
        int rank = 0;
        for (String word : wordsByFrequency) {
            rank++;
            costs.putIfAbsent(normalise(word), WORD_COST + Math.log(rank * logN));
        }
        return new WordSplitter(costs, wordsByFrequency.size(), spelling);
    }

    /**
     * The text with merged words split apart; everything else, spacing included, unchanged. A short token
     * ({@value #COMPOUND_MAX} letters at most) that would become two words is left whole on a line whose spaces were
     * found between {@value #SPACED_WORDS} known words or more: PP-OCR drops the spaces of tight text, not one gap of
     * a line it spaced well, and such a token is mostly a word that the list lacks ("suitcase", "checklist" had been
     * read as "suit case", "check list", stop 25). A case change inside it ("SignIn") is a merge, whatever the line.
     */
    public String split(String text) {
        return split(text, null);
    }

    /**
     * As {@link #split(String)}, where {@code steps} (null when unknown) give, for each character of {@code text}, the
     * time step the recogniser read it at. A split then goes only where the letters on both sides of it stand further
     * apart than two letters of a word on the line usually do ({@link Gaps}): a dropped space leaves its gap ("the
     * working" 10 steps apart where letters stand 4 apart), a word or name the lists lack has none ("Inkscape" is not
     * "Inks cape", nor "Rhythmbox" "Rhythm box", nor a line cut in a word, "maintenan", "main ten an"). Beside a small
     * word ("for", "the") a split needs no gap: PP-OCR drops that narrow space without one ("Registerfor the event").
     */
    public String split(String text, int[] steps) {
        String glued = GLUED_SENTENCE.matcher(text).replaceAll("$1 ");
        Gaps gaps = steps == null ? null : Gaps.of(text, glued, steps);
        boolean spaced = knownWords(glued) >= SPACED_WORDS;
        Matcher m = TOKEN.matcher(glued);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (m.find()) {
            String token = m.group();
            int at = m.start();
            String split = splitToken(token, gaps == null ? k -> true : k -> gaps.wide(at + k));
            if (spaced && split.split(" ").length == 2 && letters(token) <= COMPOUND_MAX && !hasCaseChange(token)) {
                split = token;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(split));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** How many tokens of {@code text} are known words, punctuation around them aside. */
    private int knownWords(String text) {
        int known = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Matcher core = CORE.matcher(m.group());
            if (core.matches() && core.group(2).length() > 1 && isKnown(core.group(2))) {
                known++;
            }
        }
        return known;
    }

    private static int letters(String token) {
        return (int) token.codePoints().filter(Character::isLetter).count();
    }

    /**
     * True when the word (any case) is in the list of common words or is a simple inflection of a listed word. The
     * spelling dictionary is not asked: rules that look for English on a screen count the words of that list only.
     */
    public boolean isKnown(String word) {
        return cost(normalise(word)) < Double.POSITIVE_INFINITY;
    }

    /** True when the word (any case) is known ({@link #isKnown}) or in the spelling dictionary. */
    public boolean isWord(String word) {
        return pieceCost(normalise(word)) < Double.POSITIVE_INFINITY;
    }

    /** {@code token} split; {@code wide} says whether a space may go before the token's character at an index. */
    private String splitToken(String token, IntPredicate wide) {
        Matcher m = CORE.matcher(token);
        if (!m.matches()) {
            return token;
        }
        String core = m.group(2);
        if (PORT.matcher(m.group(3)).lookingAt()) {
            return token; // a host and its port ("localhost:9", Chromium's address bar, stop 36): a name, not words
        }
        boolean camel = hasCaseChange(core);
        if (core.length() < (camel ? MIN_CAMEL_LENGTH : MIN_LENGTH) || isWord(core)
                || camel && ERROR_NAME.matcher(core).find()) {
            return token;
        }
        int coreAt = m.group(1).length();
        String split = segment(core, k -> wide.test(coreAt + k));
        return split == null ? token : m.group(1) + split + m.group(3);
    }

    /**
     * The cheapest split of {@code core} into known words, or null when there is none. A long token may keep one
     * unknown piece (a name such as "vscode" in "Opentheprojectinvscodenow") if known words cover at least three
     * quarters of it.
     */
    private String segment(String core, IntPredicate wide) {
        String lower = normalise(core);
        int n = lower.length();
        if (n != core.length()) {
            return null; // lower-casing changed the length (rare scripts): positions would not line up
        }
        int layers = n >= UNKNOWN_MIN_TOKEN ? 2 : 1;
        double[][] best = new double[layers][n + 1];
        int[][] from = new int[layers][n + 1];
        int[][] fromLayer = new int[layers][n + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - MAX_WORD); start < end; start++) {
                boolean gap = start == 0 || wide.test(start);
                String piece = lower.substring(start, end);
                // a lone lower-case "i" is no word: it is the letter of a word the lists lack ("verif i cat i on")
                double known = end - start == 1 && core.charAt(start) == 'i' || !wordCase(core, start, end)
                        ? Double.POSITIVE_INFINITY : pieceCost(piece);
                for (int layer = 0; layer < layers; layer++) {
                    if (best[layer][start] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (!gap && !SMALL_WORDS.contains(piece)
                            && !SMALL_WORDS.contains(lower.substring(from[layer][start], start))) {
                        continue; // no gap where the piece would begin, nor a small word beside: no space dropped
                    }
                    relax(best, from, fromLayer, layer, start, end, best[layer][start] + known, layer);
                    if (layer == 0 && layers == 2 && piece.length() >= 4 && piece.length() * 4 <= n) {
                        double unknown = best[0][start] + UNKNOWN_BASE + UNKNOWN_PER_CHAR * piece.length();
                        relax(best, from, fromLayer, 1, start, end, unknown, 0);
                    }
                }
            }
        }
        if (layers == 2 && best[1][n] < best[0][n]) {
            String withUnknown = trace(core, from, fromLayer, 1);
            if (withUnknown != null) {
                return withUnknown;
            }
        }
        return best[0][n] == Double.POSITIVE_INFINITY ? null : trace(core, from, fromLayer, 0);
    }

    private static String trace(String core, int[][] from, int[][] fromLayer, int layer) {
        int n = core.length();
        StringBuilder sb = new StringBuilder(core);
        int pieces = 0;
        for (int end = n; end > 0; ) {
            int start = from[layer][end];
            int previousLayer = fromLayer[layer][end];
            if (layer == 1 && previousLayer == 0 && (end - start) * 4 > n) {
                return null; // the unknown piece is too large a share of the token: probably one rare word
            }
            if (start > 0) {
                sb.insert(start, ' ');
            }
            pieces++;
            end = start;
            layer = previousLayer;
        }
        return pieces > 1 ? sb.toString() : null;
    }

    private static void relax(double[][] best, int[][] from, int[][] fromLayer, int layer, int start, int end,
                              double cost, int previousLayer) {
        if (cost < best[layer][end]) {
            best[layer][end] = cost;
            from[layer][end] = start;
            fromLayer[layer][end] = previousLayer;
        }
    }

    /** The cost of {@code word} as a piece of a split: its cost in the list, or else in the spelling dictionary. */
    private double pieceCost(String word) {
        double listedCost = cost(word);
        if (listedCost < Double.POSITIVE_INFINITY || spelling == null) {
            return listedCost;
        }
        return WORD_COST + Math.log((listed + spelling.rank(word)) * logN);
    }

    private double cost(String word) {
        Double direct = costs.get(word);
        if (direct != null) {
            return direct;
        }
        if (word.length() < 4) {
            return Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (String stem : stems(word)) {
            Double c = costs.get(stem);
            if (c != null && stem.length() < 4 && c < shortStemMinCost) {
                continue; // "thes" is not a plural of "the": very common short words do not inflect
            }
            if (c != null) {
                best = Math.min(best, c + INFLECTION_COST);
            }
        }
        return best;
    }

    /** Candidate stems of an inflected word: changes→change, boxes→box, files→file, copied→copy, closing→close. */
    private static List<String> stems(String w) {
        int n = w.length();
        if (w.endsWith("ies") || w.endsWith("ied")) {
            return List.of(w.substring(0, n - 3) + "y", w.substring(0, n - 1), w.substring(0, n - 2));
        }
        if (w.endsWith("es")) {
            return List.of(w.substring(0, n - 1), w.substring(0, n - 2));
        }
        if (w.endsWith("ing")) {
            String s = w.substring(0, n - 3);
            return List.of(s, s + "e", undouble(s));
        }
        if (w.endsWith("ed")) {
            String s = w.substring(0, n - 2);
            return List.of(s, s + "e", undouble(s));
        }
        if (w.endsWith("ly")) {
            return List.of(w.substring(0, n - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return List.of(w.substring(0, n - 1));
        }
        return List.of();
    }

    private static String undouble(String s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == s.charAt(n - 2) ? s.substring(0, n - 1) : s;
    }

    /**
     * Whether {@code core}'s letters from {@code start} to {@code end} are written as a word is: capitals at most
     * first, or all of them ("JArchive" is no "JAr" and "chive").
     */
    private static boolean wordCase(String core, int start, int end) {
        boolean lower = false;
        boolean laterUpper = false;
        for (int i = start; i < end; i++) {
            char c = core.charAt(i);
            lower |= Character.isLowerCase(c);
            laterUpper |= i > start && Character.isUpperCase(c);
        }
        return !(lower && laterUpper);
    }

    private static boolean hasCaseChange(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * How far apart a line's letters were read: the time steps between each two characters, and the usual distance
     * between two letters of a word on the line (the median). Where the line has too few letters side by side for a
     * median, every gap counts as wide.
     */
    static final class Gaps {

        /** Letters side by side on the line needed for their usual distance to be known. */
        static final int MIN_PAIRS = 4;

        /**
         * Steps beyond the usual distance that make a gap: one where the case changes ("DarkWord"), where the capital
         * is a sign of two words already, two elsewhere ("Rhythmbox" has its "m" and "b" one step further apart than
         * its other letters).
         */
        static final int BEYOND = 2;
        static final int BEYOND_AT_CAPITAL = 1;

        /** The text as split, and for each of its characters its index in the text as read (-1 for a space put in). */
        private final String glued;
        private final int[] read;
        private final int[] steps;
        private final int usual;

        private Gaps(String glued, int[] read, int[] steps, int usual) {
            this.glued = glued;
            this.read = read;
            this.steps = steps;
            this.usual = usual;
        }

        /** The gaps of {@code text}, read at {@code steps}, for the characters of {@code glued} (spaces put in). */
        static Gaps of(String text, String glued, int[] steps) {
            if (steps.length != text.length()) {
                throw new IllegalArgumentException(steps.length + " steps for " + text.length() + " characters");
            }
            int[] read = new int[glued.length()];
            for (int i = 0, j = 0; i < glued.length(); i++) {
                boolean same = j < text.length() && glued.charAt(i) == text.charAt(j);
                read[i] = same ? j++ : -1;
            }
            int[] pairs = new int[text.length()];
            int n = 0;
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i - 1))) {
                    pairs[n++] = steps[i] - steps[i - 1];
                }
            }
            if (n < MIN_PAIRS) {
                return new Gaps(glued, read, steps, -1);
            }
            int[] sorted = Arrays.copyOf(pairs, n);
            Arrays.sort(sorted);
            return new Gaps(glued, read, steps, sorted[n / 2]);
        }

        /**
         * Whether the character at {@code index} of the split text stands far enough from the one before for a space
         * to have been dropped between them ({@link #BEYOND}).
         */
        boolean wide(int index) {
            if (usual < 0 || index <= 0 || read[index] <= 0 || read[index - 1] < 0) {
                return true;
            }
            boolean capital = Character.isLowerCase(glued.charAt(index - 1))
                    && Character.isUpperCase(glued.charAt(index));
            return steps[read[index]] - steps[read[index - 1]] >= usual + (capital ? BEYOND_AT_CAPITAL : BEYOND);
        }
    }
}
