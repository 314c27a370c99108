package app.glance.inference.decode;

import app.glance.inference.Cancellation;

import java.util.Arrays;

/**
 * Greedy decoding with a repetition guard (no repeated n-gram, as in training/sample.py) and a cancel check at every
 * step. Keeps each chosen token's probability, which callers use to judge confidence.
 *
 * <p>Given a draft (pass 2 refines pass 1's caption, and mostly repeats it), a model that {@link StepModel#readsAhead
 * reads ahead} checks a guess at once: after each chosen token, the tokens that followed the same words in the draft
 * ({@link #guess}) are read with it in one run, and every guessed token that is the greedy choice after the tokens
 * before it is taken. The first that is not is dropped with the rest, and the choice the model made there is the next
 * token. The first guess is the whole draft, read with the prompt: a refined caption that repeats its draft takes one
 * run. The caption is the one token-by-token greedy decoding gives, in fewer runs of the model.
 */
public final class GreedyDecoder implements Decoder {

    /**
     * At most this many tokens are guessed at once, at first {@link #FIRST_GUESS}: every guessed token costs the
     * run a position, worth it only while the guesses hold.
     */
    static final int MAX_GUESS = 16;
    static final int FIRST_GUESS = 8;
    /** The longest end of the caption so far that is looked up in the draft. */
    static final int MATCH = 3;

    private final int eos;
    private final int noRepeatNgram;

    public GreedyDecoder(int eos, int noRepeatNgram) {
        this.eos = eos;
        this.noRepeatNgram = noRepeatNgram;
    }

    @Override
    public <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel) throws Exception {
        return decode(model, maxNew, cancel, new int[0]);
    }

    @Override
    public <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel, int[] draft) throws Exception {
        boolean guessing = draft.length > 0 && model.readsAhead();
        int reach = FIRST_GUESS;
        int[] out = new int[maxNew];
        float[] probs = new float[maxNew];
        int n = 0;
        if (cancel.isCancelled()) {
            return new Decoded(new int[0], new float[0], true);
        }
        S state = null;
        float[] logits;
        try {
            // no further than token-by-token decoding reads: its last token is chosen, never read
            int[] whole = guessing ? Arrays.copyOf(draft, Math.min(draft.length, maxNew - 1)) : new int[0];
            if (whole.length == 0) {
                StepModel.Step<S> first = model.start();
                logits = first.logits();
                state = first.state();
            } else {
                StepModel.Steps<S> steps = model.start(whole);
                state = steps.state();
                whole = Arrays.copyOf(whole, steps.logits().length - 1); // what the model had positions for
                int taken = take(steps.logits(), whole, out, probs, n);
                n += taken;
                logits = steps.logits()[taken];
                reach = taken == whole.length ? MAX_GUESS : Math.max(1, taken + 1);
                if (taken < whole.length) {
                    S kept = model.drop(state, whole.length - taken);
                    model.release(state);
                    state = kept;
                }
            }
            while (n < maxNew) {
                if (cancel.isCancelled()) {
                    return new Decoded(Arrays.copyOf(out, n), Arrays.copyOf(probs, n), true);
                }
                int best = choose(logits, out, n);
                if (best == eos) {
                    break;
                }
                probs[n] = probability(logits, best);
                out[n++] = best;
                if (n == maxNew) {
                    break;
                }
                int[] guess = guessing ? guess(draft, out, n, Math.min(reach, maxNew - n - 1)) : new int[0];
                if (guess.length == 0) {
                    StepModel.Step<S> next = model.next(state, best);
                    model.release(state);
                    state = next.state();
                    logits = next.logits();
                    continue;
                }
                int[] read = new int[guess.length + 1];
                read[0] = best;
                System.arraycopy(guess, 0, read, 1, guess.length);
                StepModel.Steps<S> steps = model.extend(state, read);
                model.release(state);
                state = steps.state();
                int taken = take(steps.logits(), guess, out, probs, n);
                n += taken;
                logits = steps.logits()[taken];
                // a guess taken whole reaches further next time; one that failed reaches as far as it held, plus one
                reach = taken == guess.length ? Math.min(MAX_GUESS, 2 * reach) : Math.max(1, taken + 1);
                if (taken < guess.length) {
                    S kept = model.drop(state, guess.length - taken);
                    model.release(state);
                    state = kept;
                }
            }
        } finally {
            if (state != null) {
                model.release(state);
            }
        }
        return new Decoded(Arrays.copyOf(out, n), Arrays.copyOf(probs, n), false);
    }

    /**
     * Takes the guessed tokens that are the greedy choice where they stand ({@code logits[i]} is read before
     * {@code guess[i]}), up to the first that is not, into {@code out} and {@code probs} from {@code n} on; returns
     * how many were taken.
     */
    private int take(float[][] logits, int[] guess, int[] out, float[] probs, int n) {
        int taken = 0;
        while (taken < guess.length && n + taken < out.length) {
            float[] after = logits[taken];
            if (choose(after, out, n + taken) != guess[taken]) {
                break;
            }
            probs[n + taken] = probability(after, guess[taken]);
            out[n + taken] = guess[taken++];
        }
        return taken;
    }

    /** The best token after {@code out[0..n)}, the repetition guard's banned tokens set to negative infinity. */
    private int choose(float[] logits, int[] out, int n) {
        for (int banned : Logits.bannedTokens(out, n, noRepeatNgram)) {
            logits[banned] = Float.NEGATIVE_INFINITY;
        }
        return Logits.argmax(logits);
    }

    private static float probability(float[] logits, int token) {
        return (float) Logits.probability(logits, token);
    }

    /**
     * Up to {@code max} tokens that followed the end of {@code out[0..n)} in {@code draft}: the longest end (of at
     * most {@value #MATCH} tokens) found in the draft with something after it, at the place nearest the same position
     * in the draft (an edit moves the rest by a few tokens). Empty when even the last token is not in the draft.
     */
    static int[] guess(int[] draft, int[] out, int n, int max) {
        for (int len = Math.min(MATCH, n); len >= 1; len--) {
            int at = -1;
            for (int end = len - 1; end < draft.length - 1; end++) { // draft[end] matches out[n - 1]
                if (endsAt(draft, end, out, n, len) && (at < 0 || Math.abs(end - (n - 1)) < Math.abs(at - (n - 1)))) {
                    at = end;
                }
            }
            if (at >= 0) {
                return Arrays.copyOfRange(draft, at + 1, Math.min(draft.length, at + 1 + max));
            }
        }
        return new int[0];
    }

    private static boolean endsAt(int[] draft, int end, int[] out, int n, int len) {
        for (int k = 0; k < len; k++) {
            if (draft[end - k] != out[n - 1 - k]) {
                return false;
            }
        }
        return true;
    }
}
