package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md module rules, checked on this module's own sources (the cross-module ArchUnit rules live in tests/). */
class ModuleRulesTest {
    private static final Path MAIN = Path.of("src/main/java");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void noJavaFxNoAwtNoOtherGlanceModule() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(p -> assertThat(Files.readString(p))
                .doesNotContain("import javafx.").doesNotContain("import java.awt.")
                .doesNotContain("import app.glance.inference").doesNotContain("import app.glance.ui")
                .doesNotContain("import app.glance.app."));
    }

    @Test
    void onlyTheFreeTtsPackageImportsFreeTts() throws IOException {
        assertThat(sources()).allSatisfy(p -> {
            if (!p.toString().contains("freetts" + java.io.File.separator)) {
                assertThat(Files.readString(p)).doesNotContain("import com.sun.speech");
            }
        });
    }
}
