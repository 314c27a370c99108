package app.glance.inference;

import app.glance.inference.ort.OrtCaptioner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Java must reproduce PyTorch exactly on the tiny random-weight package written by training/export_tiny.py. */
class TinyPackageParityTest {

    static final Path DIR = Path.of("src/test/resources/tiny");
    static JsonNode golden;
    static OrtCaptioner captioner;

    @BeforeAll
    static void open() throws Exception {
        golden = new ObjectMapper().readTree(DIR.resolve("golden.json").toFile());
        captioner = OrtCaptioner.open(ModelPackage.open(DIR.resolve("model")), RuntimeOptions.defaults(1));
    }

    @AfterAll
    static void close() {
        captioner.close();
    }

    static RgbImage fixture() throws IOException {
        byte[] raw = Files.readAllBytes(DIR.resolve(golden.get("image_rgb").asText()));
        int w = golden.get("image_size").get(0).asInt();
        int h = golden.get("image_size").get(1).asInt();
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (raw[3 * i] & 0xFF) << 16 | (raw[3 * i + 1] & 0xFF) << 8 | (raw[3 * i + 2] & 0xFF);
        }
        return new RgbImage(w, h, rgb);
    }

    static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        golden.get("text_lines").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void preprocessingMatchesPythonWithin1e4() throws IOException {
        byte[] raw = Files.readAllBytes(DIR.resolve(golden.get("pixels").asText()));
        float[] expected = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(expected);
        float[] actual = captioner.preprocess(fixture());
        assertThat(actual).hasSameSizeAs(expected);
        float worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(worst).isLessThanOrEqualTo(1e-4f);
    }

    @Test
    void promptSegmentsTokenizeLikePython() {
        var tok = captioner.tokenizer();
        assertThat(tok.head()).containsExactly(ints(golden.get("head_ids")));
        assertThat(tok.tail(lines(), DetailLevel.BRIEF, null)).containsExactly(ints(golden.get("pass1_tail_ids")));
        assertThat(tok.tail(lines(), DetailLevel.BRIEF, ints(golden.get("initial_ids"))))
                .containsExactly(ints(golden.get("pass2_tail_ids")));
        golden.get("encode_cases").fields().forEachRemaining(e ->
                assertThat(tok.encode(e.getKey())).as(e.getKey()).containsExactly(ints(e.getValue())));
        golden.get("decode_cases").fields().forEachRemaining(e ->
                assertThat(tok.decode(tok.encode(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue().asText()));
    }

    /** Once the first lines fill the text budget, the lines after them cannot change what pass 2 reads. */
    @Test
    void enoughTextMeansTheSameTailAsEveryLine() {
        var tok = captioner.tokenizer();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add("Line number " + i + " of the quarterly report");
        }
        int k = 1;
        while (!captioner.hasEnoughText(many.subList(0, k))) {
            k++;
        }
        assertThat(k).isGreaterThan(1).isLessThan(many.size());
        assertThat(tok.tail(many.subList(0, k), DetailLevel.BRIEF, null))
                .containsExactly(tok.tail(many, DetailLevel.BRIEF, null));
        assertThat(java.util.Arrays.equals(tok.tail(many.subList(0, k - 1), DetailLevel.BRIEF, null),
                tok.tail(many, DetailLevel.BRIEF, null))).as("one line fewer is not enough").isFalse();
        assertThat(captioner.hasEnoughText(List.of())).isFalse();
    }

    @Test
    void bothPassesProduceThePyTorchTokens() throws Exception {
        List<String> seen = new ArrayList<>();
        CaptionResult r = captioner.caption(fixture(), lines(), TinyPackageParityTest::lines, DetailLevel.BRIEF, Cancellation.none(),
                new CaptionListener() {
                    @Override
                    public void onInitial(String caption, double confidence) {
                        seen.add("initial");
                    }

                    @Override
                    public void onRefined(String caption, double confidence) {
                        seen.add("refined");
                    }
                });
        assertThat(r.initialIds()).containsExactly(ints(golden.get("initial_ids")));
        assertThat(r.refinedIds()).containsExactly(ints(golden.get("refined_ids")));
        assertThat(r.initial()).isEqualTo(golden.get("initial").asText());
        assertThat(r.refined()).isEqualTo(golden.get("refined").asText());
        assertThat(seen).containsExactly("initial", "refined");
        assertThat(r.cancelled()).isFalse();
    }

    @Test
    void beamSearchProducesThePyTorchBeamTokens() throws Exception {
        try (OrtCaptioner beam = OrtCaptioner.open(ModelPackage.open(DIR.resolve("model")),
                RuntimeOptions.defaults(1).withDecoding("beam"))) {
            CaptionResult r = beam.caption(fixture(), lines(), TinyPackageParityTest::lines, DetailLevel.BRIEF,
                    Cancellation.none(), CaptionListener.NONE);
            assertThat(golden.get("beams").asInt()).isEqualTo(3);
            assertThat(r.initialIds()).containsExactly(ints(golden.get("beam_initial_ids")));
            assertThat(r.refinedIds()).containsExactly(ints(golden.get("beam_refined_ids")));
            assertThat(r.initialIds()).isNotEqualTo(ints(golden.get("initial_ids")));
        }
    }

    @Test
    void providerChainFallsBackToTheCpu() throws Exception {
        // the Maven ORT jar has no DirectML, CUDA or CoreML: each fails and the chain ends on the CPU
        try (OrtCaptioner c = OrtCaptioner.open(ModelPackage.open(DIR.resolve("model")), RuntimeOptions.defaults(1))) {
            assertThat(c.provider()).isEqualTo("CPU");
        }
    }

    @Test
    void aCancelledRequestStopsWithoutRefining() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        CaptionResult r = captioner.caption(fixture(), lines(), TinyPackageParityTest::lines, DetailLevel.BRIEF, cancel,
                CaptionListener.NONE);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.refinedIds()).isEmpty();
    }
}
