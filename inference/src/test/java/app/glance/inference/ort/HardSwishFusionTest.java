package app.glance.inference.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import app.glance.inference.ocr.PpOcrModels;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hard swish in two operators instead of four: the same numbers, and nothing rewritten that is not one. */
class HardSwishFusionTest {

    private static final float[] XS = {-5f, -3f, -1.5f, 0f, 0.25f, 1f, 2.9f, 3f, 7f};

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = HardSwishFusionTest.class.getClassLoader()
                .getResourceAsStream(PpOcrModels.FOLDER + name)) {
            return in.readAllBytes();
        }
    }

    private static float[] run(byte[] model, float[] input, long[] shape) throws Exception {
        OrtEnvironment env = OrtRuntime.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(model, options);
                 OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
                 OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
                FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[out.remaining()];
                out.get(values);
                return values;
            }
        }
    }

    private static float[] noise(int n, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextFloat() * 2 - 1;
        }
        return x;
    }

    @Test
    void ppOcrsNetworksComputeTheSameAfterTheRewrite() throws Exception {
        for (PpOcrModels models : PpOcrModels.values()) {
            byte[] rec = resource(models.rec());
            HardSwishFusion.Fused fusedRec = HardSwishFusion.apply(rec);
            assertThat(fusedRec.count()).as(models.rec()).isGreaterThanOrEqualTo(27);
            long[] line = {1, 3, 48, 160};
            float[] input = noise(3 * 48 * 160, 1);
            float[] before = run(rec, input, line);
            float[] after = run(fusedRec.model(), input, line);
            assertThat(after).as(models.rec()).hasSameSizeAs(before);
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i]).as("%s at %d", models.rec(), i).isCloseTo(before[i], within(1e-4f));
            }

            byte[] det = resource(models.det());
            HardSwishFusion.Fused fusedDet = HardSwishFusion.apply(det);
            assertThat(fusedDet.count()).as(models.det()).isGreaterThanOrEqualTo(20);
            long[] tile = {1, 3, 64, 96};
            input = noise(3 * 64 * 96, 2);
            before = run(det, input, tile);
            after = run(fusedDet.model(), input, tile);
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i]).as("%s at %d", models.det(), i).isCloseTo(before[i], within(1e-4f));
            }
        }
    }

    @Test
    void aHardSwishBecomesTwoOperatorsThatComputeIt() throws Exception {
        byte[] model = tinyModel(3f, 6f, false);
        HardSwishFusion.Fused fused = HardSwishFusion.apply(model);
        assertThat(fused.count()).isEqualTo(1);
        assertThat(ops(fused.model())).as("the constants only the four used are gone too")
                .containsExactly("HardSigmoid", "Mul");
        float[] y = run(fused.model(), XS, new long[] {XS.length});
        float[] original = run(model, XS, new long[] {XS.length});
        for (int i = 0; i < XS.length; i++) {
            float x = XS[i];
            assertThat(y[i]).as("x = %s", x).isCloseTo(x * Math.min(6f, Math.max(0f, x + 3f)) / 6f, within(1e-6f));
            assertThat(y[i]).as("x = %s", x).isCloseTo(original[i], within(1e-6f));
        }
    }

    @Test
    void aConstantThatAnotherOperatorUsesIsKept() throws Exception {
        byte[] model = model(List.of(constant("three", 3f), constant("zero", 0f), constant("six", 6f),
                plain("Add", List.of("x", "three"), "sum"), plain("Clip", List.of("sum", "zero", "six"), "gate"),
                plain("Mul", List.of("x", "gate"), "product"), plain("Div", List.of("product", "six"), "y"),
                plain("Mul", List.of("y", "six"), "z")), List.of("z"));
        HardSwishFusion.Fused fused = HardSwishFusion.apply(model);
        assertThat(fused.count()).isEqualTo(1);
        float[] z = run(fused.model(), XS, new long[] {XS.length});
        for (int i = 0; i < XS.length; i++) {
            assertThat(z[i]).as("x = %s", XS[i]).isCloseTo(XS[i] * Math.min(6f, Math.max(0f, XS[i] + 3f)),
                    within(1e-5f));
        }
    }

    @Test
    void anythingElseIsLeftAsItIs() {
        byte[] clipsAtFive = tinyModel(3f, 5f, false);
        assertThat(HardSwishFusion.apply(clipsAtFive).count()).isZero();
        assertThat(HardSwishFusion.apply(clipsAtFive).model()).isSameAs(clipsAtFive);
        byte[] addsTwo = tinyModel(2f, 6f, false);
        assertThat(HardSwishFusion.apply(addsTwo).model()).isSameAs(addsTwo);
        // the sum is also an output of the graph: it has to be computed
        byte[] sumShown = tinyModel(3f, 6f, true);
        assertThat(HardSwishFusion.apply(sumShown).model()).isSameAs(sumShown);
        // a Clip of another domain is another operator
        byte[] foreignClip = model(List.of(constant("three", 3f), constant("zero", 0f), constant("six", 6f),
                plain("Add", List.of("x", "three"), "sum"), concat(plain("Clip", List.of("sum", "zero", "six"), "gate"),
                        HardSwishFusion.field(7, bytes("com.example"))),
                plain("Mul", List.of("x", "gate"), "product"), plain("Div", List.of("product", "six"), "y")),
                List.of("y"));
        assertThat(HardSwishFusion.apply(foreignClip).model()).isSameAs(foreignClip);
        assertThat(HardSwishFusion.apply(tinyModel(3f, 6f, false)).count()).isEqualTo(1);
    }

    @Test
    void aModelWithSubgraphsIsLeftAsItIs() {
        byte[] model = model(List.of(constant("three", 3f), constant("zero", 0f), constant("six", 6f),
                plain("Add", List.of("x", "three"), "sum"), plain("Clip", List.of("sum", "zero", "six"), "gate"),
                plain("Mul", List.of("x", "gate"), "product"), plain("Div", List.of("product", "six"), "y"),
                plain("Loop", List.of("y"), "z")), List.of("z"));
        assertThat(HardSwishFusion.apply(model).model()).isSameAs(model);
    }

    @Test
    void bytesThatAreNoModelAreRefusedInOneLine() throws Exception {
        byte[] rec = resource(PpOcrModels.V3.rec());
        byte[] truncated = Arrays.copyOf(rec, rec.length / 2);
        assertThatThrownBy(() -> HardSwishFusion.apply(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a protobuf message");
        byte[] text = "glance".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HardSwishFusion.apply(text)).isInstanceOf(IllegalArgumentException.class);
        // the text reader then loads the bytes as they are, and ONNX Runtime says what is wrong with them
        assertThat(OrtTextReader.fused(truncated, "truncated.onnx")).isSameAs(truncated);
    }

    /** y = Div(Mul(x, Clip(Add(x, add), 0, max)), 6); with {@code sumShown} the sum is an output too. */
    private static byte[] tinyModel(float add, float max, boolean sumShown) {
        return model(List.of(constant("three", add), constant("zero", 0f), constant("six", 6f),
                constant("max", max), plain("Add", List.of("x", "three"), "sum"),
                plain("Clip", List.of("sum", "zero", "max"), "gate"), plain("Mul", List.of("gate", "x"), "product"),
                plain("Div", List.of("product", "six"), "y")), sumShown ? List.of("y", "sum") : List.of("y"));
    }

    private static byte[] plain(String op, List<String> inputs, String output) {
        return HardSwishFusion.node(op, inputs, output, output, new String[0], new float[0]);
    }

    private static byte[] constant(String output, float value) {
        byte[] tensor = concat(HardSwishFusion.varint(2 << 3), HardSwishFusion.varint(1), // data_type FLOAT, no dims
                HardSwishFusion.field(9, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value)
                        .array()));
        byte[] attribute = concat(HardSwishFusion.field(1, bytes("value")), HardSwishFusion.field(5, tensor),
                HardSwishFusion.varint(20 << 3), HardSwishFusion.varint(4)); // type TENSOR
        return concat(HardSwishFusion.field(2, bytes(output)), HardSwishFusion.field(3, bytes(output)),
                HardSwishFusion.field(4, bytes("Constant")), HardSwishFusion.field(5, attribute));
    }

    /** An opset 12 model of {@code nodes} with a float input x of 9 values and float outputs of 9 values. */
    private static byte[] model(List<byte[]> nodes, List<String> outputs) {
        ByteArrayOutputStream graph = new ByteArrayOutputStream();
        for (byte[] node : nodes) {
            graph.writeBytes(HardSwishFusion.field(1, node));
        }
        graph.writeBytes(HardSwishFusion.field(2, bytes("tiny")));
        graph.writeBytes(HardSwishFusion.field(11, vector("x")));
        for (String o : outputs) {
            graph.writeBytes(HardSwishFusion.field(12, vector(o)));
        }
        byte[] opset = concat(HardSwishFusion.field(1, new byte[0]), HardSwishFusion.varint(2 << 3),
                HardSwishFusion.varint(12));
        return concat(HardSwishFusion.varint(1 << 3), HardSwishFusion.varint(7), // ir_version 7
                HardSwishFusion.field(8, opset), HardSwishFusion.field(7, graph.toByteArray()));
    }

    /** A value: a float vector of {@link #XS}'s length. */
    private static byte[] vector(String name) {
        byte[] dim = HardSwishFusion.field(1, concat(HardSwishFusion.varint(1 << 3),
                HardSwishFusion.varint(XS.length)));
        byte[] tensorType = concat(HardSwishFusion.varint(1 << 3), HardSwishFusion.varint(1),
                HardSwishFusion.field(2, dim));
        return concat(HardSwishFusion.field(1, bytes(name)),
                HardSwishFusion.field(2, HardSwishFusion.field(1, tensorType)));
    }

    /** Which of the operators of a hard swish, in either form, {@code model} names (after loading it). */
    private static List<String> ops(byte[] model) throws Exception {
        OrtEnvironment env = OrtRuntime.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // loading proves the model well formed; the operators are read back from the bytes
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
            env.createSession(model, options).close();
        }
        String text = new String(model, StandardCharsets.ISO_8859_1);
        return Arrays.stream(new String[] {"HardSigmoid", "Mul", "Add", "Clip", "Div", "Constant"})
                .filter(text::contains).toList();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
