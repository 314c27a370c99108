package app.glance.inference.ocr;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real PP-OCR engine on committed rendered screens (made by resources/ocr/MakeScreens.java). */
class RapidOcrScreensTest {

    private static TextReader reader;
    private static long started;

    @BeforeAll
    static void open() throws Exception {
        started = System.currentTimeMillis() - 1000;
        reader = TextReader.rapidOcr(2);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static List<TextLine> read(String screen) throws Exception {
        return reader.read(PngReader.read(ImageCodecsTest.resource(screen + ".png")));
    }

    private static List<String> truth(String screen) throws Exception {
        return Files.readAllLines(ImageCodecsTest.resource(screen + ".txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dialog", "columns", "table"})
    void findsTheWordsAndLinesInReadingOrder(String screen) throws Exception {
        List<TextLine> lines = read(screen);
        OcrScore score = OcrScore.of(truth(screen), lines.stream().map(TextLine::text).toList());
        assertThat(score.wordRecall()).as("word recall on %s: %s", screen, score).isGreaterThanOrEqualTo(0.95);
        assertThat(score.lineRecall()).as("line recall on %s: %s", screen, score).isGreaterThanOrEqualTo(0.8);
        assertThat(score.orderScore()).as("reading order on %s: %s", screen, score).isEqualTo(1.0);
        assertThat(lines).allSatisfy(l -> assertThat(l.confidence()).isBetween(0f, 1f));
    }

    @Test
    void dialogReadsTitleMessageThenButtonsWithTheirBoxes() throws Exception {
        List<TextLine> lines = read("dialog");
        assertThat(lines).extracting(TextLine::text).containsExactly("Unsaved changes",
                "Save changes before closing?", "Your changes will be lost if you don't save them.",
                "Don't Save", "Cancel", "Save");
        TextLine cancel = lines.get(4);
        assertThat(cancel.x()).isBetween(693, 793);
        assertThat(cancel.y()).isBetween(440, 470);
    }

    @Test
    void findsNothingOnAnEmptyScreen() throws Exception {
        int[] white = new int[320 * 200];
        java.util.Arrays.fill(white, 0xFFFFFF);
        assertThat(reader.read(new RgbImage(320, 200, white))).isEmpty();
        assertThat(reader.read(new RgbImage(4, 4, new int[16]))).isEmpty();
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
