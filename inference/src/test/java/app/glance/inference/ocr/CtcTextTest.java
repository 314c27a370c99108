package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Greedy CTC decoding worked by hand: classes blank, a, b, space. */
class CtcTextTest {

    private final CtcText ctc = new CtcText(List.of("a", "b"));

    private static float[] steps(int... best) {
        float[] p = new float[best.length * 4];
        for (int t = 0; t < best.length; t++) {
            for (int c = 0; c < 4; c++) {
                p[t * 4 + c] = c == best[t] ? 0.8f : 0.2f / 3;
            }
        }
        return p;
    }

    @Test
    void repeatsMergeBlanksSeparateAndTheLastClassIsASpace() {
        assertThat(ctc.classes()).isEqualTo(4);
        // a a _ a b b _ _ space b  ->  "aab b"
        CtcText.Decoded d = ctc.decode(steps(1, 1, 0, 1, 2, 2, 0, 0, 3, 2), 0, 10);
        assertThat(d.text()).isEqualTo("aab b");
        assertThat(d.confidence()).isCloseTo(0.8f, within(1e-6f));
    }

    @Test
    void onlyBlanksIsNoTextWithZeroConfidence() {
        CtcText.Decoded d = ctc.decode(steps(0, 0, 0), 0, 3);
        assertThat(d.text()).isEmpty();
        assertThat(d.confidence()).isZero();
    }

    @Test
    void theConfidenceIsTheMeanOfTheKeptCharacters() {
        float[] p = steps(1, 2);
        p[1] = 0.9f; // step 0: a at 0.9
        p[4 + 2] = 0.5f; // step 1: b at 0.5
        assertThat(ctc.decode(p, 0, 2).confidence()).isCloseTo(0.7f, within(1e-6f));
    }

    @Test
    void decodingStartsAtTheOffset() {
        float[] two = new float[2 * 4 * 2];
        System.arraycopy(steps(1, 1), 0, two, 0, 8);
        System.arraycopy(steps(2, 3), 0, two, 8, 8);
        assertThat(ctc.decode(two, 8, 2).text()).isEqualTo("b ");
    }

    /** ONNX Runtime's output as a heap buffer (a slice, with an array offset) or a direct one reads the same. */
    @Test
    void buffersOfEitherKindDecodeAsTheirValues() {
        float[] p = steps(0, 1, 1, 0, 3, 2);
        CtcText.Decoded expected = ctc.decode(p, 4, 5);
        float[] padded = new float[p.length + 3];
        System.arraycopy(p, 0, padded, 3, p.length);
        FloatBuffer slice = FloatBuffer.wrap(padded, 3, p.length).slice();
        FloatBuffer direct = ByteBuffer.allocateDirect(p.length * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer().put(p);
        for (FloatBuffer b : List.of(slice, direct)) {
            CtcText.Decoded d = ctc.decode(b, 4, 5);
            assertThat(d.text()).isEqualTo(expected.text()).isEqualTo("a b");
            assertThat(d.steps()).containsExactly(expected.steps());
            assertThat(d.confidence()).isEqualTo(expected.confidence());
        }
    }

    @Test
    void fullWidthKeysAreWrittenAsThePlainCharacters() {
        // keys: full-width o, ideographic space, full-width 1, a CJK bracket (kept: it is no Latin form)
        CtcText wide = new CtcText(List.of("\uff4f", "\u3000", "\uff11", "\u300b", "j", "b"));
        float[] p = new float[6 * 8];
        int[] best = {5, 1, 6, 2, 3, 4};
        for (int t = 0; t < best.length; t++) {
            p[t * 8 + best[t]] = 1f;
        }
        assertThat(wide.decode(p, 0, 6).text()).isEqualTo("job 1\u300b");
    }

    @Test
    void eachCharacterHasTheStepItWasReadAt() {
        // _ a a _ space b  ->  "a b", read at steps 1, 4 and 5 of 6
        CtcText.Decoded d = ctc.decode(steps(0, 1, 1, 0, 3, 2), 0, 6);
        assertThat(d.text()).isEqualTo("a b");
        assertThat(d.steps()).containsExactly(1, 4, 5);
        assertThat(d.length()).isEqualTo(6);
        assertThat(d.withoutFirst(2).text()).isEqualTo("b");
        assertThat(d.withoutFirst(2).steps()).containsExactly(5);
    }
}
