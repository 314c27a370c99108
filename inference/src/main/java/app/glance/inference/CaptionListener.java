package app.glance.inference;

import java.util.List;

/** Receives the captions of one request as soon as each is ready. Called on the inference thread. */
public interface CaptionListener {

    CaptionListener NONE = new CaptionListener() { };

    /** The initial caption and its confidence (geometric mean of the chosen tokens' probabilities, 0..1). */
    default void onInitial(String caption, double confidence) {
    }

    /** The refined caption and its confidence. */
    default void onRefined(String caption, double confidence) {
    }

    /**
     * Sentences that only the whole of the screen's text shows and the refined caption did not say, once OCR has
     * finished: a dialog's question in front of the window it named, with its buttons; at the detailed level, also
     * the window's menus, where its text begins and how many lines were read. Said after the refined caption.
     */
    default void onAddition(String sentence) {
    }

    /**
     * The text on screen in reading order, once OCR has finished: before the refined caption, or after it when pass 2
     * could start on the first lines alone.
     */
    default void onText(List<TextLine> lines) {
    }
}
