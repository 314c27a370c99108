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
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PP-OCR in Glance's own ONNX Runtime on committed rendered screens (made by resources/ocr/MakeScreens.java) and on
 * the OCR benchmark's corpus screens: the same words, lines, order and boxes as RapidOCR-Java read before.
 */
class PpOcrScreensTest {

    private static TextReader reader;

    @BeforeAll
    static void open() throws Exception {
        reader = TextReader.ppOcr(2);
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

    /** Menu bars: words a few pixels apart at the screen's top edge are separate items, not one run-on line. */
    @Test
    void menuItemsAtTheTopEdgeAreSeparateLines() throws Exception {
        RgbImage screen = PngReader.read(Path.of("src/test/resources/ocr-bench/dialog-entry.png"));
        List<String> lines = reader.read(screen).stream().map(TextLine::text).toList();
        assertThat(lines).contains("Settings", "File", "Edit", "View", "Window", "Help", "New tag", "OK");
    }

    /** Text turned a little (a photographed page) is cut out along its own slant and still read. */
    @Test
    void aSlantedLineIsRead() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(640, 240,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 640, 240);
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 30));
        g.rotate(Math.toRadians(-8), 320, 120);
        g.drawString("Invoice number 4711", 170, 130);
        g.dispose();
        int[] rgb = img.getRGB(0, 0, 640, 240, null, 0, 640);
        List<TextLine> lines = reader.read(new RgbImage(640, 240, rgb));
        assertThat(lines).extracting(TextLine::text).containsExactly("Invoice number 4711");
    }

    /** Read in two steps: the first lines, in reading order, as soon as they are enough; then every line. */
    @Test
    void theFirstLinesComeFirstAndTheWholeReadIsUnchanged() throws Exception {
        RgbImage dialog = PngReader.read(ImageCodecsTest.resource("dialog.png"));
        List<List<TextLine>> handedOver = new java.util.ArrayList<>();
        List<TextLine> all = reader.read(dialog, ReadingOrder::sort, texts -> texts.size() >= 2, handedOver::add);
        assertThat(handedOver).hasSize(1);
        assertThat(handedOver.get(0)).extracting(TextLine::text)
                .containsExactly("Unsaved changes", "Save changes before closing?");
        assertThat(all).isEqualTo(reader.read(dialog));
        List<List<TextLine>> never = new java.util.ArrayList<>();
        assertThat(reader.read(dialog, ReadingOrder::sort, texts -> false, never::add)).isEqualTo(all);
        assertThat(never).containsExactly(all); // never enough: every line, once, at the end
    }

    @Test
    void findsNothingOnAnEmptyScreen() throws Exception {
        int[] white = new int[320 * 200];
        Arrays.fill(white, 0xFFFFFF);
        assertThat(reader.read(new RgbImage(320, 200, white))).isEmpty();
        assertThat(reader.read(new RgbImage(4, 4, new int[16]))).isEmpty();
    }

    @Test
    void aClosedReaderSaysSo() throws Exception {
        TextReader second = TextReader.ppOcr(1);
        second.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.read(new RgbImage(32, 32, new int[1024])))
                .isInstanceOf(IllegalStateException.class).hasMessage("text reader is closed");
    }
}
