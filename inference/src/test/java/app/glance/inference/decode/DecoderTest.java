package app.glance.inference.decode;

import app.glance.inference.Cancellation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Greedy and beam decoding against a scripted model whose next-token distribution depends on the prefix. */
class DecoderTest {

    static final int VOCAB = 6;
    static final int EOS = 0;

    /** The state is the prefix itself; every state handed out must be released exactly once. */
    static final class Scripted implements StepModel<int[]> {
        final Function<int[], float[]> probabilities;
        final Set<int[]> open = new HashSet<>();
        final AtomicInteger steps = new AtomicInteger();
        int released;
        Runnable onStep = () -> { };

        Scripted(Function<int[], float[]> probabilities) {
            this.probabilities = probabilities;
        }

        @Override
        public Step<int[]> start() {
            return step(new int[0]);
        }

        @Override
        public Step<int[]> next(int[] state, int token) {
            assertTrue(open.contains(state), "continued from a released state");
            int[] s = Arrays.copyOf(state, state.length + 1);
            s[state.length] = token;
            return step(s);
        }

        Step<int[]> step(int[] prefix) {
            steps.incrementAndGet();
            onStep.run();
            open.add(prefix);
            float[] p = probabilities.apply(prefix);
            float[] logits = new float[p.length];
            for (int i = 0; i < p.length; i++) {
                logits[i] = p[i] == 0 ? -1e4f : (float) Math.log(p[i]);
            }
            return new Step<>(logits, prefix);
        }

        @Override
        public void release(int[] state) {
            assertTrue(open.remove(state), "released twice or never handed out");
            released++;
        }
    }

    /** A scripted model that also reads several tokens in one run, as the ORT decoder with logit_positions does. */
    static final class ReadsAhead implements StepModel<int[]> {
        final Scripted inner;
        final AtomicInteger runs = new AtomicInteger();
        /** How many tokens {@link #start(int[])} reads with the prompt at most (the positions a decoder has left). */
        int room = Integer.MAX_VALUE;

        ReadsAhead(Function<int[], float[]> probabilities) {
            inner = new Scripted(probabilities);
        }

        @Override
        public Step<int[]> start() {
            runs.incrementAndGet();
            return inner.start();
        }

        @Override
        public Steps<int[]> start(int[] tokens) {
            runs.incrementAndGet();
            Step<int[]> prompt = inner.start();
            int[] read = Arrays.copyOf(tokens, Math.min(tokens.length, room));
            if (read.length == 0) {
                return new Steps<>(new float[][] {prompt.logits()}, prompt.state());
            }
            Steps<int[]> rest = readAll(prompt.state(), read);
            inner.open.remove(prompt.state());
            float[][] logits = new float[read.length + 1][];
            logits[0] = prompt.logits();
            System.arraycopy(rest.logits(), 0, logits, 1, read.length);
            return new Steps<>(logits, rest.state());
        }

        @Override
        public Step<int[]> next(int[] state, int token) {
            runs.incrementAndGet();
            return inner.next(state, token);
        }

        @Override
        public void release(int[] state) {
            inner.release(state);
        }

        @Override
        public boolean readsAhead() {
            return true;
        }

        @Override
        public Steps<int[]> extend(int[] state, int[] tokens) {
            runs.incrementAndGet();
            assertTrue(inner.open.contains(state), "extended a released state");
            return readAll(state, tokens);
        }

        private Steps<int[]> readAll(int[] state, int[] tokens) {
            float[][] logits = new float[tokens.length][];
            int[] prefix = state;
            for (int i = 0; i < tokens.length; i++) {
                prefix = Arrays.copyOf(prefix, prefix.length + 1);
                prefix[prefix.length - 1] = tokens[i];
                logits[i] = inner.step(prefix).logits();
                if (i < tokens.length - 1) {
                    inner.open.remove(prefix);
                }
            }
            return new Steps<>(logits, prefix);
        }

        @Override
        public int[] drop(int[] state, int tokens) {
            assertTrue(inner.open.contains(state), "cut a released state");
            int[] kept = Arrays.copyOf(state, state.length - tokens);
            inner.open.add(kept);
            return kept;
        }
    }

    /** A model whose next-token distribution over {@code vocab} tokens is a pseudo-random function of its prefix. */
    static Function<int[], float[]> hashed(int vocab, long seed) {
        return prefix -> {
            Random r = new Random(seed * 31 + Arrays.hashCode(prefix));
            float[] p = new float[vocab];
            for (int i = 0; i < vocab; i++) {
                p[i] = (float) Math.pow(r.nextDouble(), 3);
            }
            p[EOS] = prefix.length < 12 ? 0.02f * p[EOS] : 2f; // captions of about a dozen tokens
            return p;
        };
    }

    static float[] dist(double... p) {
        float[] out = new float[VOCAB];
        for (int i = 0; i < p.length; i++) {
            out[i] = (float) p[i];
        }
        return out;
    }

    /**
     * Greedy takes 1 (0.5) and then has only weak continuations; 2 (0.4) leads to a certain 3 then EOS.
     * Sequences: [1, x, EOS] best has p = 0.5 * 0.34 * 1 = 0.17; [2, 3, EOS] has p = 0.4 * 1 * 1 = 0.4.
     */
    static Function<int[], float[]> trap() {
        Map<String, float[]> table = new HashMap<>();
        table.put("[]", dist(0.0, 0.5, 0.4, 0.1));
        table.put("[1]", dist(0.0, 0.0, 0.33, 0.33, 0.34));
        table.put("[2]", dist(0.0, 0.0, 0.0, 1.0));
        return prefix -> table.getOrDefault(Arrays.toString(prefix), dist(1.0));
    }

    static final Cancellation NEVER = new Cancellation();

    @Test
    void greedyFollowsTheLocallyBestToken() throws Exception {
        Scripted m = new Scripted(trap());
        Decoded d = new GreedyDecoder(EOS, 0).decode(m, 10, NEVER);
        assertArrayEquals(new int[] {1, 4}, d.ids());
        assertEquals(0.5f, d.probabilities()[0], 1e-5);
        assertEquals(0.34f, d.probabilities()[1], 1e-5);
        assertFalse(d.cancelled());
        assertTrue(m.open.isEmpty(), "every state released");
    }

    @Test
    void beamSearchFindsTheMoreProbableSequence() throws Exception {
        Scripted m = new Scripted(trap());
        Decoded d = new BeamDecoder(3, EOS, 0).decode(m, 10, NEVER);
        assertArrayEquals(new int[] {2, 3}, d.ids());
        assertEquals(0.4f, d.probabilities()[0], 1e-5);
        assertEquals(1.0f, d.probabilities()[1], 1e-5);
        assertTrue(m.open.isEmpty(), "every state released");
    }

    @Test
    void oneBeamIsGreedy() throws Exception {
        Decoded beam = new BeamDecoder(1, EOS, 0).decode(new Scripted(trap()), 10, NEVER);
        Decoded greedy = new GreedyDecoder(EOS, 0).decode(new Scripted(trap()), 10, NEVER);
        assertArrayEquals(greedy.ids(), beam.ids());
    }

    @Test
    void lengthLimitStopsBothDecoders() throws Exception {
        Function<int[], float[]> forever = prefix -> dist(0.01, 0.2, 0.3, 0.49);
        Scripted g = new Scripted(forever);
        assertEquals(4, new GreedyDecoder(EOS, 0).decode(g, 4, NEVER).ids().length);
        assertTrue(g.open.isEmpty());
        Scripted b = new Scripted(forever);
        assertEquals(4, new BeamDecoder(3, EOS, 0).decode(b, 4, NEVER).ids().length);
        assertTrue(b.open.isEmpty());
    }

    @Test
    void repetitionGuardBansARepeatedBigram() throws Exception {
        // the model wants "3 4 3 4 3 4 ..."; with no repeated 2-gram the second "3 4" is impossible
        Function<int[], float[]> loop = prefix -> prefix.length > 0 && prefix[prefix.length - 1] == 3
                ? dist(0.05, 0.1, 0.05, 0.0, 0.8) : dist(0.05, 0.1, 0.05, 0.8);
        int[] greedy = new GreedyDecoder(EOS, 2).decode(new Scripted(loop), 8, NEVER).ids();
        int[] beam = new BeamDecoder(3, EOS, 2).decode(new Scripted(loop), 8, NEVER).ids();
        for (int[] ids : new int[][] {greedy, beam}) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i + 1 < ids.length; i++) {
                assertTrue(seen.add(ids[i] + " " + ids[i + 1]), "repeated bigram in " + Arrays.toString(ids));
            }
        }
        assertArrayEquals(new int[] {3, 4}, Arrays.copyOf(greedy, 2));
    }

    @Test
    void cancelTakesEffectAtTheNextStep() throws Exception {
        for (Decoder decoder : new Decoder[] {new GreedyDecoder(EOS, 0), new BeamDecoder(3, EOS, 0)}) {
            Cancellation cancel = new Cancellation();
            Scripted m = new Scripted(prefix -> dist(0.0, 0.3, 0.3, 0.4));
            m.onStep = () -> {
                if (m.steps.get() == 3) {
                    cancel.cancel();
                }
            };
            Decoded d = decoder.decode(m, 40, cancel);
            assertTrue(d.cancelled());
            assertTrue(m.steps.get() <= 3 + 3, "ran on after the cancel: " + m.steps.get() + " steps");
            assertTrue(m.open.isEmpty(), "every state released after a cancel");
        }
    }

    @Test
    void cancelledBeforeStartRunsNothing() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Scripted m = new Scripted(trap());
        assertTrue(new BeamDecoder(3, EOS, 0).decode(m, 10, cancel).cancelled());
        assertTrue(new GreedyDecoder(EOS, 0).decode(m, 10, cancel).cancelled());
        assertEquals(0, m.steps.get());
    }

    @Test
    void aFailingStepReleasesWhatWasHandedOut() {
        Scripted m = new Scripted(prefix -> dist(0.0, 0.3, 0.3, 0.4));
        m.onStep = () -> {
            if (m.steps.get() == 5) {
                throw new IllegalStateException("ORT failed");
            }
        };
        assertThrows(IllegalStateException.class, () -> new BeamDecoder(3, EOS, 0).decode(m, 10, NEVER));
        assertTrue(m.open.isEmpty(), "states leaked: " + m.open.size());
    }

    @Test
    void decoderIsChosenByTheManifestStrategy() {
        assertTrue(Decoder.of("beam", 3, EOS, 3) instanceof BeamDecoder);
        assertTrue(Decoder.of("greedy", 3, EOS, 3) instanceof GreedyDecoder);
        assertTrue(Decoder.of("beam", 1, EOS, 3) instanceof GreedyDecoder);
    }

    @Test
    void topReturnsTheLargestFiniteValuesInOrder() {
        double[] v = {0.1, Double.NEGATIVE_INFINITY, 0.7, 0.3, 0.7};
        assertArrayEquals(new int[] {2, 4, 3}, BeamDecoder.top(v, 3));
        assertArrayEquals(new int[] {2, 4, 3, 0}, BeamDecoder.top(v, 9));
    }

    @Test
    void bannedTokensCompleteAnEarlierNgram() {
        assertEquals(Set.of(4), Logits.bannedTokens(new int[] {3, 4, 5, 3}, 4, 2));
        assertEquals(Set.of(), Logits.bannedTokens(new int[] {3, 4, 5, 3}, 4, 0));
        assertEquals(Set.of(5), Logits.bannedTokens(new int[] {3, 4, 5, 3, 4}, 5, 3));
    }

    @Test
    void checkingADraftGivesTheSameCaptionAsTokenByToken() throws Exception {
        GreedyDecoder greedy = new GreedyDecoder(EOS, 3);
        for (long seed = 0; seed < 200; seed++) {
            Function<int[], float[]> model = hashed(9, seed);
            Decoded plain = greedy.decode(new Scripted(model), 24, NEVER);
            int[] answer = plain.ids();
            Random r = new Random(seed);
            // the answer itself, the answer with a word changed, one added, one dropped, and an unrelated draft
            int[] changed = answer.clone();
            if (changed.length > 0) {
                changed[r.nextInt(changed.length)] = 1 + r.nextInt(8);
            }
            int cut = answer.length == 0 ? 0 : r.nextInt(answer.length);
            int[] added = new int[answer.length + 1];
            System.arraycopy(answer, 0, added, 0, cut);
            added[cut] = 1 + r.nextInt(8);
            System.arraycopy(answer, cut, added, cut + 1, answer.length - cut);
            int[] dropped = new int[Math.max(0, answer.length - 1)];
            for (int i = 0, j = 0; i < answer.length; i++) {
                if (i != cut) {
                    dropped[j++] = answer[i];
                }
            }
            int[] unrelated = r.ints(10, 1, 9).toArray();
            for (int[] draft : new int[][] {answer, changed, added, dropped, unrelated}) {
                for (int room : new int[] {Integer.MAX_VALUE, 3, 0}) { // with the prompt: all, 3 or no tokens
                    ReadsAhead m = new ReadsAhead(model);
                    m.room = room;
                    Decoded d = greedy.decode(m, 24, NEVER, draft);
                    String where = "seed " + seed + ", draft " + Arrays.toString(draft) + ", room " + room;
                    assertArrayEquals(answer, d.ids(), where);
                    assertArrayEquals(plain.probabilities(), d.probabilities(), 1e-6f, where);
                    assertFalse(d.cancelled());
                    assertTrue(m.inner.open.isEmpty(), "every state released, " + where);
                }
            }
        }
    }

    @Test
    void aDraftThatHoldsIsReadInAFewRuns() throws Exception {
        GreedyDecoder greedy = new GreedyDecoder(EOS, 3);
        Function<int[], float[]> model = hashed(9, 7);
        int[] answer = greedy.decode(new Scripted(model), 24, NEVER).ids();
        assertTrue(answer.length >= 10, "a caption long enough to tell: " + Arrays.toString(answer));
        ReadsAhead tokenByToken = new ReadsAhead(model);
        greedy.decode(tokenByToken, 24, NEVER);
        assertEquals(answer.length + 1, tokenByToken.runs.get(), "no draft: one run per token and the prompt");
        ReadsAhead checked = new ReadsAhead(model);
        greedy.decode(checked, 24, NEVER, answer);
        assertEquals(1, checked.runs.get(), "the draft read with the prompt, and its end chosen after it");
        int[] changed = answer.clone();
        changed[answer.length / 2] = answer[answer.length / 2] == 1 ? 2 : 1;
        ReadsAhead edited = new ReadsAhead(model);
        greedy.decode(edited, 24, NEVER, changed);
        assertTrue(edited.runs.get() <= 3, "the prompt with the draft, then one or two runs: " + edited.runs.get());
    }

    @Test
    void cancelStopsADraftCheck() throws Exception {
        Cancellation cancel = new Cancellation();
        ReadsAhead m = new ReadsAhead(hashed(9, 3));
        m.inner.onStep = () -> {
            if (m.runs.get() == 2) {
                cancel.cancel();
            }
        };
        Decoded d = new GreedyDecoder(EOS, 3).decode(m, 24, cancel, new int[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertTrue(d.cancelled());
        assertTrue(m.runs.get() <= 2, "ran on after the cancel: " + m.runs.get());
        assertTrue(m.inner.open.isEmpty());
    }

    @Test
    void aGuessIsWhatFollowedTheLatestWordsInTheDraft() {
        int[] draft = {5, 6, 7, 8, 5, 6, 9};
        // the longest end found: "5 6" is at 0-1 and 4-5; the place nearer the caption's own position wins
        assertArrayEquals(new int[] {7, 8, 5}, GreedyDecoder.guess(draft, new int[] {5, 6}, 2, 3));
        assertArrayEquals(new int[] {9}, GreedyDecoder.guess(draft, new int[] {1, 2, 3, 8, 5, 6}, 6, 3));
        // "4 6" is not in the draft, "6" is
        assertArrayEquals(new int[] {7, 8}, GreedyDecoder.guess(draft, new int[] {4, 6}, 2, 2));
        // nothing follows the draft's last token; an unknown token gives nothing
        assertArrayEquals(new int[0], GreedyDecoder.guess(draft, new int[] {9}, 1, 3));
        assertArrayEquals(new int[0], GreedyDecoder.guess(draft, new int[] {4}, 1, 3));
    }
}
