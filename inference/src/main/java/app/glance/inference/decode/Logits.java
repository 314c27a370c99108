package app.glance.inference.decode;

import java.util.HashSet;
import java.util.Set;

/** Small operations on a logit vector shared by the decoders. */
final class Logits {

    private Logits() {
    }

    /** Tokens that would complete an n-gram already present in {@code out[0..len)} (none when n <= 0). */
    static Set<Integer> bannedTokens(int[] out, int len, int n) {
        Set<Integer> banned = new HashSet<>();
        if (n <= 0 || len < n - 1) {
            return banned;
        }
        for (int i = 0; i <= len - n; i++) {
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

    /**
     * Below the largest logit by more than this, a token's share of the softmax (under e^-40, 4e-18 each) is left out
     * of the sum: even 100,000 of them change a probability by less than a float can show, and the exponential of
     * most of a vocabulary is not worked out at every step.
     */
    static final float NEGLIGIBLE = 40f;

    /** The softmax probability of {@code token}; banned (negative infinity) entries count for nothing. */
    static double probability(float[] logits, int token) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        float floor = max - NEGLIGIBLE;
        double sum = 0;
        for (float l : logits) {
            if (l > floor) {
                sum += Math.exp(l - max);
            }
        }
        return Math.exp(logits[token] - max) / sum;
    }

    /** log softmax; banned (negative infinity) entries stay negative infinity. */
    static double[] logSoftmax(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits) {
            if (l != Float.NEGATIVE_INFINITY) {
                sum += Math.exp(l - max);
            }
        }
        double logSum = max + Math.log(sum);
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i] == Float.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : logits[i] - logSum;
        }
        return out;
    }
}
