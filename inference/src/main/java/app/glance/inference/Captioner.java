package app.glance.inference;

import java.util.List;
import java.util.function.Supplier;

/** Turns an image (and the text lines OCR found on it) into an initial and a refined caption. */
public interface Captioner extends AutoCloseable {

    /**
     * Runs pass 1 and pass 2 on the calling thread. The text arguments are on-screen text lines in reading order
     * (ignored by models that do not read text): pass 1 gets what is known at once (often nothing, so the first
     * sentence is fast), pass 2 gets {@code pass2Text}, which may block until OCR has finished. Returns early, with
     * {@code cancelled} set, once {@code cancel} is set.
     */
    CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text, DetailLevel level,
                          Cancellation cancel, CaptionListener listener) throws CaptionException;

    /**
     * Whether these first text lines (in reading order) are all the text pass 2 can take in, so that it may start
     * before OCR has read the rest: the result is then the same as with every line. False when unknown.
     */
    default boolean hasEnoughText(List<String> firstLines) {
        return false;
    }

    String modelId();

    /** Captions whose confidence is below this are marked as uncertain ("Probably ..."); from the manifest. */
    double probablyBelow();

    /**
     * A first-pass caption whose confidence is below this names no kind of window: that guess is wrong more often
     * than right (see {@link Describer#first}); from the manifest, 0 when it does not say.
     */
    default double guessBelow() {
        return 0;
    }

    /**
     * As {@link #guessBelow()}, for a first-pass caption that names {@code caption}'s kind: a kind the model guesses
     * wrong more often than the others may have a level of its own (the manifest's {@code guess_below_by_kind}), never
     * below {@link #guessBelow()}.
     */
    default double guessBelow(String caption) {
        return guessBelow();
    }

    /**
     * As {@link #probablyBelow()}, for the first-pass caption of {@code level}: a detailed description's first
     * sentence may have a level of its own (the manifest's {@code first_pass_detailed}).
     */
    default double firstPassProbablyBelow(DetailLevel level) {
        return probablyBelow();
    }

    /** As {@link #guessBelow(String)}, for the first-pass caption of {@code level}. */
    default double guessBelow(String caption, DetailLevel level) {
        return guessBelow(caption);
    }

    /**
     * Whether the model was trained to describe photos and camera pictures; when not, Glance says what kind of picture
     * it is instead of captioning it ({@link app.glance.inference.frame.PhotoCheck}). From the manifest.
     */
    default boolean describesPhotos() {
        return false;
    }

    /** The execution provider in use, e.g. "CPU". */
    String provider();

    @Override
    void close();
}
