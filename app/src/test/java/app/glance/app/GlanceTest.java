package app.glance.app;

import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening Glance's parts: the text reader loads on a thread of its own, and its failure is said as before. */
class GlanceTest {

    @Test
    void aTextReaderThatCannotLoadIsSaidInOneLineAndGlanceStillOpens() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // DirectML alone: the Maven build of ONNX Runtime has none, so neither the captioner nor OCR can load
        RuntimeOptions directMlOnly = RuntimeOptions.defaults(2).withProviders(List.of("DirectML"));
        try (Glance glance = Glance.open(Path.of("no-such-model-folder"), true, null, directMlOnly, err)) {
            assertThat(glance.describer().provider()).isEqualTo("none");
            assertThat(glance.speaker()).isNull();
        }
        String said = bytes.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("glance: text reading is unavailable: ");
        assertThat(said.lines().filter(l -> l.startsWith("glance: text reading"))).hasSize(1);
    }

    @Test
    void theTextReaderIsLoadedAlongsideTheCaptioner() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Glance glance = Glance.open(Path.of("no-such-model-folder"), true, null, RuntimeOptions.defaults(2),
                err)) {
            // no model here, but the text is read: the reader was loaded and handed over
            RgbImage demo = ImageFiles.read(Path.of("../assets/samples/demo.png"));
            assertThat(glance.describer().readText(demo)).isNotEmpty();
        }
    }
}
