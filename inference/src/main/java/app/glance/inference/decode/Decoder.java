package app.glance.inference.decode;

import app.glance.inference.Cancellation;

/** Turns a step model into a caption's token ids; greedy or beam search, chosen by the model package. */
public interface Decoder {

    /** Decodes at most {@code maxNew} tokens; checks {@code cancel} before every step. */
    <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel) throws Exception;

    /**
     * As {@link #decode(StepModel, int, Cancellation)}, where the caption is likely to repeat much of {@code draft}
     * (pass 2 refining pass 1's caption). The result is the same; a decoder may use the draft to get there faster.
     */
    default <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel, int[] draft) throws Exception {
        return decode(model, maxNew, cancel);
    }

    /** Greedy for {@code beams <= 1} or strategy "greedy", otherwise beam search with that many beams. */
    static Decoder of(String strategy, int beams, int eos, int noRepeatNgram) {
        return "beam".equals(strategy) && beams > 1 ? new BeamDecoder(beams, eos, noRepeatNgram)
                : new GreedyDecoder(eos, noRepeatNgram);
    }
}
