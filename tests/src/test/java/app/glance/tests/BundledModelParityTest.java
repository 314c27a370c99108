package app.glance.tests;

import app.glance.app.ImageFiles;
import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Cancellation;
import app.glance.inference.DetailLevel;
import app.glance.inference.ModelPackage;
import app.glance.inference.RuntimeOptions;
import app.glance.inference.ort.OrtCaptioner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model package under assets/models carries golden.json (training/golden.py): the PyTorch tokens of both
 * passes on screenshots in this repository. The Java runtime must write exactly those tokens.
 */
class BundledModelParityTest {

    @TestFactory
    Stream<DynamicTest> everyBundledPackageWritesThePyTorchTokens() throws IOException {
        Path models = GlanceCli.ROOT.resolve("assets/models");
        List<Path> packages;
        try (Stream<Path> s = Files.list(models)) {
            packages = s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
        assertThat(packages).as("a bundled model package").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path pkg : packages) {
            assertThat(pkg.resolve("golden.json")).as(pkg + " has golden.json (training/golden.py)").isRegularFile();
            JsonNode golden = new ObjectMapper().readTree(pkg.resolve("golden.json").toFile());
            assertThat(golden.path("cases").size()).isGreaterThanOrEqualTo(3);
            for (JsonNode c : golden.path("cases")) {
                tests.add(DynamicTest.dynamicTest(pkg.getFileName() + " " + c.path("level").asText() + " "
                        + c.path("image").asText(), () -> check(pkg, c)));
            }
        }
        return tests.stream();
    }

    private static void check(Path pkg, JsonNode c) throws Exception {
        List<String> lines = new ArrayList<>();
        c.path("pass2_lines").forEach(n -> lines.add(n.asText()));
        DetailLevel level = DetailLevel.valueOf(c.path("level").asText().toUpperCase(java.util.Locale.ROOT));
        try (OrtCaptioner captioner = OrtCaptioner.open(ModelPackage.open(pkg),
                RuntimeOptions.defaults(2).withDecoding("greedy"))) {
            CaptionResult r = captioner.caption(ImageFiles.read(GlanceCli.ROOT.resolve(c.path("image").asText())),
                    List.of(), () -> lines, level, Cancellation.none(), CaptionListener.NONE);
            assertThat(r.initialIds()).as("pass 1").containsExactly(ints(c.path("initial_ids")));
            assertThat(r.refinedIds()).as("pass 2").containsExactly(ints(c.path("refined_ids")));
            assertThat(r.initial()).isEqualTo(c.path("initial").asText());
            assertThat(r.refined()).isEqualTo(c.path("refined").asText());
        }
    }

    private static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }
}
