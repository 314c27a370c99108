package app.glance.inference.decode;

import app.glance.inference.Cancellation;

/** Turns a step model into a caption's token ids; greedy or beam search, chosen by the model package. */
public interface Decoder {

    /** Decodes at most {@code maxNew} tokens; checks {@code cancel} before every step. */
    <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel) throws Exception;

    /** Greedy for {@code beams <= 1} or strategy "greedy", otherwise beam search with that many beams. */
    static Decoder of(String strategy, int beams, int eos, int noRepeatNgram) {
        return "beam".equals(strategy) && beams > 1 ? new BeamDecoder(beams, eos, noRepeatNgram)
                : new GreedyDecoder(eos, noRepeatNgram);
    }
}
