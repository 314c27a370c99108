package app.glance.inference.decode;

/**
 * A causal LM seen one step at a time. A step never changes the state it continues from, so beam search can
 * continue one state with several tokens; the ORT decoder implements it (the state is its KV cache), tests script it.
 *
 * @param <S> the model's state after some tokens (for ORT: the key/value cache)
 */
public interface StepModel<S> {

    /** The logits for the next token and the state that produced them. */
    record Step<S>(float[] logits, S state) {
    }

    /** Reads the whole prompt and returns the logits for the first generated token. */
    Step<S> start() throws Exception;

    /** Appends {@code token} to {@code state} and returns the logits for the token after it. */
    Step<S> next(S state, int token) throws Exception;

    /** Frees a state that no hypothesis continues from any more. */
    void release(S state);
}
