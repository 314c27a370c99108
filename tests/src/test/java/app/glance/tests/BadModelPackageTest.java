package app.glance.tests;

import app.glance.tests.GlanceCli.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static app.glance.tests.GlanceCli.DEMO;
import static app.glance.tests.GlanceCli.TINY;
import static app.glance.tests.GlanceCli.glance;
import static app.glance.tests.GlanceCli.glanceIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, bad-input matrix, model packages: a copy of the tiny test package is damaged one way per row, and
 * {@code glance describe --json --no-ocr --model PKG demo.png} must still answer (exit 0, "No description model is
 * installed...") after exactly one "glance:" line that says what is wrong with the package, with no stack trace.
 * (That the text is still read with OCR on is {@link DescribeCommandEndToEndTest#aMissingModelStillReadsTheText}.)
 */
class BadModelPackageTest {

    static final String NO_MODEL_SENTENCE = "No description model is installed, and no text was found.";
    static final String ORT = "glance: The model in PKG cannot be loaded by ONNX Runtime: ";

    /** One way to damage a package: gets a fresh copy of the tiny package and returns the value for --model. */
    interface Damage {
        Path apply(Path pkg) throws IOException;
    }

    /** {@code message} is the expected "glance:" line, with {@code PKG} standing for the package folder. */
    record Row(String name, Damage damage, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("model folder missing", pkg -> pkg.resolveSibling("nothing-here"),
                        "glance: No model found in PKG."),
                new Row("manifest.json missing", pkg -> delete(pkg, "manifest.json"),
                        "glance: No model found in PKG."),
                new Row("manifest.json empty (0 bytes)", pkg -> write(pkg, "manifest.json", new byte[0]),
                        "glance: The folder PKG does not hold a Glance model package."),
                new Row("manifest.json truncated (first 200 bytes)", pkg -> truncate(pkg, "manifest.json", 200),
                        "glance: The model manifest in PKG cannot be read: Unexpected end-of-input in field name"),
                new Row("manifest.json corrupt (not JSON)", pkg -> write(pkg, "manifest.json",
                        "\u0000\u0001PK garbage {{{".getBytes(StandardCharsets.UTF_8)),
                        "glance: The model manifest in PKG cannot be read: Illegal character ((CTRL-CHAR, code 1)):"
                                + " only regular white space (\\r, \\n, \\t) is allowed between tokens"),
                new Row("manifest.json is JSON of another program", pkg -> write(pkg, "manifest.json",
                        "{\"name\": \"something else\", \"version\": 3}".getBytes(StandardCharsets.UTF_8)),
                        "glance: The folder PKG does not hold a Glance model package."),
                new Row("format_version 2 (from the future)", pkg -> editManifest(pkg, "\"format_version\": 1",
                        "\"format_version\": 2"),
                        "glance: The model package in PKG has format version 2; this Glance reads version 1."),
                new Row("format_version missing", pkg -> editManifest(pkg, "\"format_version\": 1,", ""),
                        "glance: The model package in PKG has format version -1; this Glance reads version 1."),
                new Row("vision.onnx missing", pkg -> delete(pkg, "vision.onnx"),
                        "glance: The model package in PKG is missing vision.onnx."),
                new Row("decoder.onnx corrupt (random bytes)", pkg -> write(pkg, "decoder.onnx", garbage(4096)),
                        ORT + "decoder.onnx is damaged or unsupported (Protobuf parsing failed)."),
                new Row("vision.onnx truncated (first half)", pkg -> truncate(pkg, "vision.onnx", -1),
                        ORT + "vision.onnx is damaged or unsupported (Protobuf parsing failed)."),
                new Row("decoder.onnx empty (0 bytes)", pkg -> write(pkg, "decoder.onnx", new byte[0]),
                        ORT + "decoder.onnx is damaged or unsupported (ModelProto does not have a graph)."),
                new Row("tokenizer.json missing", pkg -> delete(pkg, "tokenizer.json"),
                        "glance: The model package in PKG is missing its tokenizer."),
                new Row("tokenizer.json corrupt", pkg -> write(pkg, "tokenizer.json",
                        "{\"model\": [1, 2".getBytes(StandardCharsets.UTF_8)),
                        "glance: The model's tokenizer in PKG cannot be loaded: it is not valid JSON (line 1,"
                                + " column 16)."),
                new Row("manifest has no 'prompts' section", pkg -> editManifest(pkg, "\"prompts\": {",
                        "\"not_prompts\": {"),
                        "glance: The model package in PKG is damaged: its manifest has no 'prompts' section."),
                new Row("--model names a file, not a folder", pkg -> pkg.resolve("manifest.json"),
                        "glance: The model manifest in PKG cannot be read: PKG/manifest.json: Not a directory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aDamagedPackageIsNamedInOneLineAndGlanceStillAnswers(Row row, @TempDir Path tmp) throws IOException {
        Path pkg = copyTiny(tmp.resolve("pkg"));
        Path model = row.damage().apply(pkg);
        Outcome o = glance("describe", "--json", "--no-ocr", "--model", model.toString(), DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.err().lines()).as("stderr is one line").hasSize(1);
        String line = o.message();
        if (row.message() != null) {
            assertThat(line).isEqualTo(row.message().replace("PKG", model.toString()));
        } else {
            assertThat(line).startsWith("glance: The ").contains(model.toString());
        }
        assertThat(o.code()).as("the image itself was answered").isZero();
        JsonNode j = o.json().get(0);
        assertThat(j.get("model").asText()).isEqualTo("none");
        assertThat(j.get("refined").asText()).isEqualTo(NO_MODEL_SENTENCE);
    }

    @Test
    void noBundledModelSaysSoAndStillAnswers(@TempDir Path home) {
        Outcome o = glanceIn(home, "describe", "--json", "--no-ocr", DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.message()).isEqualTo("glance: no description model found in " + home.resolve("assets/models")
                + "; Glance will read text only.");
        assertThat(o.code()).isZero();
        assertThat(o.json().get(0).get("refined").asText()).isEqualTo(NO_MODEL_SENTENCE);
    }

    @Test
    void aDefaultFileNamingAMissingPackageSaysSo(@TempDir Path home) throws IOException {
        Path models = Files.createDirectories(home.resolve("assets/models"));
        Files.writeString(models.resolve("DEFAULT"), "gone-model\n");
        Outcome o = glanceIn(home, "describe", "--json", "--no-ocr", DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.message()).isEqualTo("glance: No model found in " + models.resolve("gone-model") + ".");
        assertThat(o.code()).isZero();
    }

    /**
     * A package that loads but whose manifest disagrees with its graphs (image size 32, the graph wants 64): the
     * failure comes from ONNX Runtime at run time, for each image, as one line naming the image; exit code 1.
     */
    @Test
    void aManifestThatDisagreesWithItsGraphsFailsPerImageInOneLine(@TempDir Path tmp) throws IOException {
        Path pkg = copyTiny(tmp.resolve("pkg"));
        editManifest(pkg, "\"size\": 64", "\"size\": 32");
        Outcome o = glance("describe", "--json", "--no-ocr", "--model", pkg.toString(), DEMO.toString(),
                DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.messages()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("glance: " + DEMO + ": "));
        assertThat(o.err().lines()).as("only the two lines").hasSize(2);
        assertThat(o.json()).isEmpty();
    }

    static Path copyTiny(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(TINY)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static Path delete(Path pkg, String file) throws IOException {
        Files.delete(pkg.resolve(file));
        return pkg;
    }

    private static Path write(Path pkg, String file, byte[] bytes) throws IOException {
        Files.write(pkg.resolve(file), bytes);
        return pkg;
    }

    /** Keeps the first {@code bytes} bytes of the file, or the first half when {@code bytes} is negative. */
    private static Path truncate(Path pkg, String file, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(pkg.resolve(file));
        return write(pkg, file, Arrays.copyOf(all, bytes < 0 ? all.length / 2 : bytes));
    }

    private static Path editManifest(Path pkg, String from, String to) {
        try {
            Path m = pkg.resolve("manifest.json");
            String s = Files.readString(m);
            // the committed manifest is indented JSON; normalise "key":  value spacing before matching
            String normalised = s.replaceAll("\"(\\w+)\":\\s*", "\"$1\": ");
            assertThat(normalised).as("manifest edit target").contains(from);
            Files.writeString(m, normalised.replace(from, to));
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] garbage(int n) {
        byte[] b = new byte[n];
        new java.util.Random(10).nextBytes(b);
        return b;
    }
}
