package app.glance.inference.ort;

import ai.onnxruntime.OrtEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DirectML route swaps ONNX Runtime's native library for another build of the same version through
 * {@code -Donnxruntime.native.path}. This proves the swap mechanism on Linux: a child JVM given a folder with the
 * native libraries loads them from that folder (not from the jar) and still produces the golden tokens.
 */
@EnabledOnOs(OS.LINUX)
class NativePathSwapTest {

    static final Path TINY = Path.of("src/test/resources/tiny").toAbsolutePath();

    @Test
    void aNativeLibraryFolderReplacesTheJarsLibrary(@TempDir Path natives) throws Exception {
        for (String lib : List.of("libonnxruntime.so", "libonnxruntime4j_jni.so")) {
            try (InputStream in = OrtEnvironment.class.getResourceAsStream("/ai/onnxruntime/native/linux-x64/" + lib)) {
                assertThat(in).as(lib + " in the ORT jar").isNotNull();
                Files.copy(in, natives.resolve(lib));
            }
        }
        JsonNode golden = new ObjectMapper().readTree(TINY.resolve("golden.json").toFile());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Donnxruntime.native.path=" + natives, "-cp", System.getProperty("java.class.path"),
                NativePathProbe.class.getName(), TINY.toString(),
                golden.get("image_size").get(0).asText(), golden.get("image_size").get(1).asText()));
        golden.get("text_lines").forEach(l -> cmd.add(l.asText()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        List<Integer> ids = new ArrayList<>();
        golden.get("initial_ids").forEach(n -> ids.add(n.asInt()));
        assertThat(out).contains("lib=" + natives.toRealPath().resolve("libonnxruntime.so"));
        assertThat(out).contains("ids=" + ids);
        assertThat(out).contains("provider=CPU");
    }
}
