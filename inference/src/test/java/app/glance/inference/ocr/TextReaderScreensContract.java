package app.glance.inference.ocr;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link TextReader} must do on the committed rendered screens (made by resources/ocr/MakeScreens.java):
 * find the words and lines, in reading order, with their boxes, and nothing on an empty screen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TextReaderScreensContract {

    TextReader reader;

    /** The reader under test, opened once for the class. */
    abstract TextReader open() throws Exception;

    @BeforeAll
    void openReader() throws Exception {
        reader = open();
    }

    @AfterAll
    void closeReader() {
        reader.close();
    }

    List<TextLine> read(String screen) throws Exception {
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
        assertThat(lines).allSatisfy(l -> assertThat(l.confidence()).isBetween(0.5f, 1f));
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
        assertThat(cancel.height()).isBetween(12, 40);
    }

    @Test
    void findsNothingOnAnEmptyScreen() throws Exception {
        int[] white = new int[320 * 200];
        Arrays.fill(white, 0xFFFFFF);
        assertThat(reader.read(new RgbImage(320, 200, white))).isEmpty();
        assertThat(reader.read(new RgbImage(4, 4, new int[16]))).isEmpty();
    }
}
