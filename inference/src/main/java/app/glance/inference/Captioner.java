package app.glance.inference;

import java.util.List;

/** Turns an image (and the text lines OCR found on it) into an initial and a refined caption. */
public interface Captioner extends AutoCloseable {

    /**
     * Runs pass 1 and pass 2 on the calling thread. {@code textLines} are the on-screen text lines in reading order
     * (ignored by models that do not read text). Returns early, with {@code cancelled} set, once {@code cancel} is set.
     */
    CaptionResult caption(RgbImage image, List<String> textLines, DetailLevel level, Cancellation cancel,
                          CaptionListener listener) throws CaptionException;

    String modelId();

    /** The execution provider in use, e.g. "CPU". */
    String provider();

    @Override
    void close();
}
