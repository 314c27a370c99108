package app.glance.inference.decode;

import app.glance.inference.Cancellation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Greedy decoding with a repetition guard (no repeated n-gram, as in training/sample.py) and a cancel check at every
 * step. Also keeps each chosen token's probability, which callers use to judge confidence.
 */
public final class GreedyDecoder {

    /** Generated ids (without EOS), the probability of each, and whether decoding was cancelled. */
    public record Result(int[] ids, float[] probabilities, boolean cancelled) {

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

    private final int eos;
    private final int noRepeatNgram;

    public GreedyDecoder(int eos, int noRepeatNgram) {
        this.eos = eos;
        this.noRepeatNgram = noRepeatNgram;
    }

    public Result decode(StepModel model, int maxNew, Cancellation cancel) throws Exception {
        int[] out = new int[maxNew];
        float[] probs = new float[maxNew];
        int n = 0;
        if (cancel.isCancelled()) {
            return new Result(new int[0], new float[0], true);
        }
        float[] logits = model.start();
        while (n < maxNew) {
            if (cancel.isCancelled()) {
                return new Result(Arrays.copyOf(out, n), Arrays.copyOf(probs, n), true);
            }
            for (int banned : bannedTokens(out, n, noRepeatNgram)) {
                logits[banned] = Float.NEGATIVE_INFINITY;
            }
            int best = argmax(logits);
            if (best == eos) {
                break;
            }
            probs[n] = softmaxAt(logits, best);
            out[n++] = best;
            if (n == maxNew) {
                break;
            }
            logits = model.next(best);
        }
        return new Result(Arrays.copyOf(out, n), Arrays.copyOf(probs, n), false);
    }

    /** Tokens that would complete an n-gram already present in {@code out[0..len)}. */
    static Set<Integer> bannedTokens(int[] out, int len, int n) {
        Set<Integer> banned = new HashSet<>();
        if (n <= 0 || len < n - 1) {
            return banned;
        }
        for (int i = 0; i + n - 1 < len + 0 && i <= len - n; i++) {
            boolean same = true;
            for (int k = 0; k < n - 1; k++) {
                if (out[i + k] != out[len - n + 1 + k]) {
                    same = false;
                    break;
                }
            }
            if (same) {
                banned.add(out[i + n - 1]);
            }
        }
        return banned;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    static float softmaxAt(float[] logits, int index) {
        float max = logits[index];
        double sum = 0;
        for (float l : logits) {
            if (l != Float.NEGATIVE_INFINITY) {
                sum += Math.exp(l - max);
            }
        }
        return (float) (1.0 / sum);
    }
}
