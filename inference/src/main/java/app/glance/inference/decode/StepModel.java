package app.glance.inference.decode;

/** A causal LM seen one step at a time; the ORT decoder implements it, tests script it. */
public interface StepModel {

    /** Reads the whole prompt and returns the logits for the first generated token. */
    float[] start() throws Exception;

    /** Appends {@code token} and returns the logits for the token after it. */
    float[] next(int token) throws Exception;
}
