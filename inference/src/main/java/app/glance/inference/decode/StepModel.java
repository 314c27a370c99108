package app.glance.inference.decode;

/**
 * A causal LM seen one step at a time. A step never changes the state it continues from, so beam search can
 * continue one state with several tokens; the ORT decoder implements it (the state is its KV cache), tests script it.
 *
 * <p>A model may also read several tokens in one run and give the logits after each of them ({@link #readsAhead}):
 * greedy decoding then checks a guessed continuation (the initial caption, when pass 2 refines it) at once instead of
 * token by token, with the same result.
 *
 * @param <S> the model's state after some tokens (for ORT: the key/value cache)
 */
public interface StepModel<S> {

    /** The logits for the next token and the state that produced them. */
    record Step<S>(float[] logits, S state) {
    }

    /** The logits after each of several tokens read at once ({@code logits[i]} follows token i), and the state. */
    record Steps<S>(float[][] logits, S state) {
    }

    /** Reads the whole prompt and returns the logits for the first generated token. */
    Step<S> start() throws Exception;

    /** Appends {@code token} to {@code state} and returns the logits for the token after it. */
    Step<S> next(S state, int token) throws Exception;

    /** Frees a state that no hypothesis continues from any more. */
    void release(S state);

    /** Whether {@link #start(int[])}, {@link #extend} and {@link #drop} work. */
    default boolean readsAhead() {
        return false;
    }

    /**
     * Reads the whole prompt and then {@code tokens} in one run: {@code logits[0]} is for the first generated token,
     * {@code logits[i]} follows {@code tokens[i - 1]}. A model with too few positions left reads only the first
     * {@code logits.length - 1} of them.
     */
    default Steps<S> start(int[] tokens) throws Exception {
        throw new UnsupportedOperationException("this model reads one token at a time");
    }

    /** Appends all of {@code tokens} to {@code state} in one run; {@code state} stays as it was. */
    default Steps<S> extend(S state, int[] tokens) throws Exception {
        throw new UnsupportedOperationException("this model reads one token at a time");
    }

    /** A new state: {@code state} without its last {@code tokens} tokens; {@code state} stays as it was. */
    default S drop(S state, int tokens) throws Exception {
        throw new UnsupportedOperationException("this model reads one token at a time");
    }
}
