package app.glance.inference.ocr;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PP-OCR in Glance's own ONNX Runtime: the shared screen tests, a menu bar of the OCR benchmark's corpus screens,
 * a slanted line, and the two-step read that lets pass 2 start on the first lines.
 */
class PpOcrScreensTest extends TextReaderScreensContract {

    @Override
    TextReader open() throws Exception {
        return TextReader.ppOcr(2);
    }

    /** {@code img} painted white, and a pen for smooth black sans-serif text of {@code size} points on it. */
    private static java.awt.Graphics2D blackOnWhite(java.awt.image.BufferedImage img, int size) {
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size));
        return g;
    }

    /** Menu bars: words a few pixels apart at the screen's top edge are separate items, not one run-on line. */
    @Test
    void menuItemsAtTheTopEdgeAreSeparateLines() throws Exception {
        RgbImage screen = PngReader.read(Path.of("src/test/resources/ocr-bench/dialog-entry.png"));
        List<String> lines = reader.read(screen).stream().map(TextLine::text).toList();
        assertThat(lines).contains("Settings", "File", "Edit", "View", "Window", "Help", "New tag", "OK");
    }

    /**
     * An application's icon before a title or a name is no character: Mousepad's notepad had been read as "?" (the
     * top of a real window, captured under Xvfb), and in the OCR benchmark's update dialog the title's icon as "①" and
     * Firefox's as "V".
     */
    @Test
    void anIconBeforeATitleIsNotReadAsACharacter() throws Exception {
        RgbImage window = PngReader.read(Path.of("src/test/resources/ocr/title-icon.png"));
        assertThat(reader.read(window).get(0).text()).startsWith("/tmp/tmp8u39uhei/agreement").endsWith("Mousepad");
        RgbImage dialog = PngReader.read(Path.of("src/test/resources/ocr-bench/dialog-updates.png"));
        assertThat(reader.read(dialog).stream().map(TextLine::text).toList())
                .contains("Windows Update", "firefox", "libreoffice-core");
    }

    /** Text turned a little (a photographed page) is cut out along its own slant and still read. */
    @Test
    void aSlantedLineIsRead() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(640, 240,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blackOnWhite(img, 30);
        g.rotate(Math.toRadians(-8), 320, 120);
        g.drawString("Invoice number 4711", 170, 130);
        g.dispose();
        int[] rgb = img.getRGB(0, 0, 640, 240, null, 0, 640);
        List<TextLine> lines = reader.read(new RgbImage(640, 240, rgb));
        assertThat(lines).extracting(TextLine::text).containsExactly("Invoice number 4711");
    }

    /**
     * A screen wider than one run of the detector is searched in tiles side by side: a line across the seam (at about
     * x = 1000 on this 2000-pixel-wide picture) is still one line, and a word at each edge is found.
     */
    @Test
    void aLineAcrossTheDetectorsTilesIsOneLine() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(2000, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blackOnWhite(img, 26);
        String sentence = "The volunteers will meet on Saturday near the library";
        int width = g.getFontMetrics().stringWidth(sentence);
        g.drawString(sentence, 1000 - width / 2, 150);
        g.drawString("Left", 20, 60);
        g.drawString("Right", 1900, 250);
        g.dispose();
        List<TextLine> lines = reader.read(new RgbImage(2000, 300, img.getRGB(0, 0, 2000, 300, null, 0, 2000)));
        assertThat(lines).extracting(TextLine::text).containsExactly("Left", sentence, "Right");
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

    /**
     * On a screen taller than one strip of the detector, the first lines that are enough come from its top strip,
     * read in that strip's own order before the rest is searched: with an order that reads each part bottom up, they
     * are the top strip's last lines, not the screen's status bar. Each is read once, and is in the whole reading.
     */
    @Test
    void onATallScreenTheFirstLinesComeFromItsTopStrip() throws Exception {
        RgbImage screen = PngReader.read(Path.of("src/test/resources/ocr-bench/files-list.png"));
        assertThat(screen.height()).isGreaterThan(600); // two strips of 448 rows, with the frame
        UnaryOperator<List<TextLine>> bottomUp = lines -> {
            List<TextLine> sorted = new java.util.ArrayList<>(ReadingOrder.sort(lines));
            java.util.Collections.reverse(sorted);
            return sorted;
        };
        List<List<TextLine>> handedOver = new java.util.ArrayList<>();
        List<TextLine> all = reader.read(screen, bottomUp, texts -> texts.size() >= 4, handedOver::add);
        assertThat(handedOver).hasSize(1);
        // the top strip: 448 rows of the screen framed by 50 white ones (this screen is not scaled)
        assertThat(handedOver.get(0)).hasSize(4).allMatch(l -> l.y() + l.height() <= 448 - 50);
        assertThat(all.get(0).y()).isGreaterThan(screen.height() / 2); // the whole reading begins at the bottom
        assertThat(all).containsAll(handedOver.get(0));
        List<TextLine> inOrder = reader.read(screen);
        assertThat(all).containsExactlyInAnyOrderElementsOf(inOrder);
    }

    /** The top's lines (a window's title) are handed over even when fewer lines are already enough for the first. */
    @Test
    void theTopComesWhenTheFirstLinesComeSooner() throws Exception {
        RgbImage screen = PngReader.read(Path.of("src/test/resources/ocr-bench/files-list.png"));
        List<List<TextLine>> firsts = new java.util.ArrayList<>();
        List<List<TextLine>> tops = new java.util.ArrayList<>();
        reader.read(screen, ReadingOrder::sort, texts -> !texts.isEmpty(), firsts::add, tops::add);
        assertThat(firsts).hasSize(1);
        assertThat(firsts.get(0)).hasSize(1);
        assertThat(tops).hasSize(1);
        assertThat(tops.get(0).size()).isGreaterThan(1);
        assertThat(tops.get(0).get(0)).isEqualTo(firsts.get(0).get(0));
    }

    @Test
    void aClosedReaderSaysSo() throws Exception {
        TextReader second = TextReader.ppOcr(1);
        second.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.read(new RgbImage(32, 32, new int[1024])))
                .isInstanceOf(IllegalStateException.class).hasMessage("text reader is closed");
    }
}
