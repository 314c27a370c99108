package app.glance.inference;

/** Receives the captions of one request as soon as each is ready. Called on the inference thread. */
public interface CaptionListener {

    CaptionListener NONE = new CaptionListener() { };

    default void onInitial(String caption) {
    }

    default void onRefined(String caption) {
    }
}
