package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** RapidOCR-Java's native PP-OCR engine (kept to compare with): the shared screen tests, and no files left behind. */
class RapidOcrScreensTest extends TextReaderScreensContract {

    private long started;

    @Override
    TextReader open() throws Exception {
        started = System.currentTimeMillis() - 1000;
        return TextReader.rapidOcr(2);
    }

    @Test
    void leavesNoFilesBehindInTheTemporaryFolders() throws Exception {
        Path workDir;
        try (TextReader second = TextReader.rapidOcr(1)) {
            workDir = ((RapidOcrReader) second).workDir();
            assertThat(workDir).isDirectory();
            second.read(PngReader.read(ImageCodecsTest.resource("table.png")));
            assertThat(workDir).isEmptyDirectory(); // the screen image is deleted right after each read
        }
        assertThat(workDir).doesNotExist();
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(tmp.filter(p -> p.getFileName().toString().startsWith("glance-ocr-natives-"))
                    .filter(p -> p.toFile().lastModified() >= started)).isEmpty();
        }
    }
}
