package app.glance.inference.decode;

/** Generated ids (without EOS), the probability of each, and whether decoding was cancelled. */
public record Decoded(int[] ids, float[] probabilities, boolean cancelled) {

    /** Geometric mean of the token probabilities (1 for an empty result). */
    public double meanProbability() {
        if (probabilities.length == 0) {
            return 1.0;
        }
        double s = 0;
        for (float p : probabilities) {
            s += Math.log(Math.max(p, 1e-9f));
        }
        return Math.exp(s / probabilities.length);
    }
}
