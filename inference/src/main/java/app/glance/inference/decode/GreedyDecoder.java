package app.glance.inference.decode;

import app.glance.inference.Cancellation;

import java.util.Arrays;

/**
 * Greedy decoding with a repetition guard (no repeated n-gram, as in training/sample.py) and a cancel check at every
 * step. Keeps each chosen token's probability, which callers use to judge confidence.
 */
public final class GreedyDecoder implements Decoder {

    private final int eos;
    private final int noRepeatNgram;

    public GreedyDecoder(int eos, int noRepeatNgram) {
        this.eos = eos;
        this.noRepeatNgram = noRepeatNgram;
    }

    @Override
    public <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel) throws Exception {
        int[] out = new int[maxNew];
        float[] probs = new float[maxNew];
        int n = 0;
        if (cancel.isCancelled()) {
            return new Decoded(new int[0], new float[0], true);
        }
        StepModel.Step<S> step = model.start();
        try {
            while (n < maxNew) {
                if (cancel.isCancelled()) {
                    return new Decoded(Arrays.copyOf(out, n), Arrays.copyOf(probs, n), true);
                }
                float[] logits = step.logits();
                for (int banned : Logits.bannedTokens(out, n, noRepeatNgram)) {
                    logits[banned] = Float.NEGATIVE_INFINITY;
                }
                int best = Logits.argmax(logits);
                if (best == eos) {
                    break;
                }
                probs[n] = (float) Math.exp(Logits.logSoftmax(logits)[best]);
                out[n++] = best;
                if (n == maxNew) {
                    break;
                }
                StepModel.Step<S> next = model.next(step.state(), best);
                model.release(step.state());
                step = next;
            }
        } finally {
            model.release(step.state());
        }
        return new Decoded(Arrays.copyOf(out, n), Arrays.copyOf(probs, n), false);
    }
}
