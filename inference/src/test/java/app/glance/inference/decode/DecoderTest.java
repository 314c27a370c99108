package app.glance.inference.decode;

import app.glance.inference.Cancellation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

        private Step<int[]> step(int[] prefix) {
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
}
