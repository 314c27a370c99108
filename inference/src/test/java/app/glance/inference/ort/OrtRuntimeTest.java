package app.glance.inference.ort;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ONNX Runtime's folder of native copies is found, and only such a folder is ever removed. */
class OrtRuntimeTest {

    static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void theFolderOfNativeCopiesIsFoundOnceTheEnvironmentExists() {
        OrtRuntime.environment();
        assertThat(OrtRuntime.nativeCopies()).hasValueSatisfying(dir -> {
            assertThat(dir.getFileName().toString()).startsWith("onnxruntime-java");
            assertThat(dir.toAbsolutePath().getParent()).isEqualTo(TMP.toAbsolutePath());
        });
    }

    @Test
    void aFolderLikeOrtsIsRemovedWithItsFiles() throws IOException {
        Path dir = Files.createTempDirectory("onnxruntime-java");
        Files.writeString(dir.resolve("libonnxruntime.so"), "copy");
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("libonnxruntime.so"));
        assertThat(OrtRuntime.remove(dir)).isTrue();
        assertThat(dir).doesNotExist();
    }

    @Test
    void otherFoldersAreNeverTouched(@TempDir Path elsewhere) throws IOException {
        Path nested = Files.createDirectories(elsewhere.resolve("onnxruntime-java123"));
        Files.writeString(nested.resolve("keep.txt"), "mine");
        Path other = Files.createTempDirectory("glance-other");
        try {
            Files.writeString(other.resolve("keep.txt"), "mine");
            assertThat(OrtRuntime.remove(nested)).as("not right under the temporary folder").isFalse();
            assertThat(OrtRuntime.remove(other)).as("not named like ONNX Runtime's").isFalse();
            assertThat(nested.resolve("keep.txt")).exists();
            assertThat(other.resolve("keep.txt")).exists();
        } finally {
            Files.delete(other.resolve("keep.txt"));
            Files.delete(other);
        }
    }

    @Test
    void aFolderWithASubfolderStaysWithoutAnError() throws IOException {
        Path dir = Files.createTempDirectory("onnxruntime-java");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        try {
            assertThat(OrtRuntime.remove(dir)).isFalse();
            assertThat(sub).exists();
        } finally {
            Files.delete(sub);
            Files.delete(dir);
        }
    }
}
