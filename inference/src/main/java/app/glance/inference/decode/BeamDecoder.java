package app.glance.inference.decode;

import app.glance.inference.Cancellation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Beam search (the paper decodes with 3 beams). Each step expands every live hypothesis by its best tokens, keeps the
 * {@code beams} best continuations by total log-probability, and moves a hypothesis that ends (EOS among the best
 * candidates, or the length limit) to the finished list. Stops when {@code beams} hypotheses have finished; the
 * answer is the finished one with the best length-normalised score (log-probability per token, EOS counted). The
 * same repetition guard as greedy decoding applies to each hypothesis. A cancel returns the best live hypothesis so
 * far, marked cancelled.
 */
public final class BeamDecoder implements Decoder {

    private final int beams;
    private final int eos;
    private final int noRepeatNgram;

    public BeamDecoder(int beams, int eos, int noRepeatNgram) {
        if (beams < 1) {
            throw new IllegalArgumentException("beams must be at least 1, not " + beams);
        }
        this.beams = beams;
        this.eos = eos;
        this.noRepeatNgram = noRepeatNgram;
    }

    private record Hypothesis<S>(int[] ids, float[] probs, double logp, S state, float[] logits) {
    }

    private record Candidate<S>(Hypothesis<S> from, int token, double logp, float prob) {
        int[] ids() {
            int[] ids = Arrays.copyOf(from.ids, from.ids.length + (token == -1 ? 0 : 1));
            if (token != -1) {
                ids[ids.length - 1] = token;
            }
            return ids;
        }

        float[] probs() {
            float[] p = Arrays.copyOf(from.probs, from.probs.length + 1);
            p[p.length - 1] = prob;
            return p;
        }
    }

    private record Finished(int[] ids, float[] probs, double score) {
    }

    @Override
    public <S> Decoded decode(StepModel<S> model, int maxNew, Cancellation cancel) throws Exception {
        if (cancel.isCancelled() || maxNew <= 0) {
            return new Decoded(new int[0], new float[0], cancel.isCancelled());
        }
        StepModel.Step<S> first = model.start();
        List<Hypothesis<S>> live = new ArrayList<>(List.of(
                new Hypothesis<>(new int[0], new float[0], 0.0, first.state(), first.logits())));
        List<Finished> finished = new ArrayList<>();
        try {
            for (int len = 0; len < maxNew && !live.isEmpty() && finished.size() < beams; len++) {
                if (cancel.isCancelled()) {
                    Hypothesis<S> best = live.get(0); // live is kept sorted by log-probability
                    return new Decoded(best.ids, best.probs, true);
                }
                List<Candidate<S>> candidates = new ArrayList<>();
                for (Hypothesis<S> h : live) {
                    float[] logits = h.logits.clone();
                    for (int banned : Logits.bannedTokens(h.ids, h.ids.length, noRepeatNgram)) {
                        logits[banned] = Float.NEGATIVE_INFINITY;
                    }
                    double[] lp = Logits.logSoftmax(logits);
                    for (int t : top(lp, beams + 1)) {
                        candidates.add(new Candidate<>(h, t, h.logp + lp[t], (float) Math.exp(lp[t])));
                    }
                }
                candidates.sort(Comparator.comparingDouble((Candidate<S> c) -> -c.logp));
                List<Candidate<S>> kept = new ArrayList<>();
                for (int rank = 0; rank < candidates.size() && kept.size() < beams; rank++) {
                    Candidate<S> c = candidates.get(rank);
                    if (c.token == eos) {
                        if (rank < beams) { // an ending only counts when it is among the best continuations
                            finished.add(new Finished(c.from.ids, c.from.probs, c.logp / (c.from.ids.length + 1)));
                        }
                    } else {
                        kept.add(c);
                    }
                }
                List<Hypothesis<S>> next = new ArrayList<>();
                try {
                    for (Candidate<S> c : kept) {
                        if (len + 1 == maxNew) { // the length limit ends it
                            finished.add(new Finished(c.ids(), c.probs(), c.logp / (c.from.ids.length + 1)));
                        } else {
                            StepModel.Step<S> s = model.next(c.from.state, c.token);
                            next.add(new Hypothesis<>(c.ids(), c.probs(), c.logp, s.state(), s.logits()));
                        }
                    }
                } catch (Exception | Error e) {
                    next.forEach(h -> model.release(h.state));
                    throw e;
                }
                live.forEach(h -> model.release(h.state));
                live = next;
            }
        } finally {
            live.forEach(h -> model.release(h.state));
        }
        Finished best = finished.stream().max(Comparator.comparingDouble(Finished::score))
                .orElse(new Finished(new int[0], new float[0], 0));
        return new Decoded(best.ids, best.probs, false);
    }

    /** Indices of the {@code k} largest finite values, largest first (ties: the lower index). */
    static int[] top(double[] v, int k) {
        int[] out = new int[k];
        int n = 0;
        while (n < k) {
            int best = -1;
            for (int i = 0; i < v.length; i++) {
                if (v[i] != Double.NEGATIVE_INFINITY && (best < 0 || v[i] > v[best]) && !taken(out, n, i)) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[n++] = best;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean taken(int[] chosen, int n, int i) {
        for (int j = 0; j < n; j++) {
            if (chosen[j] == i) {
                return true;
            }
        }
        return false;
    }
}
