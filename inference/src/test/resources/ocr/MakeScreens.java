// Renders the small synthetic screens used by the OCR tests, with their known text in reading order.
// Not compiled by Maven (it lives in resources); run from this folder with:  java MakeScreens.java
// Uses Java2D, which the inference module itself never imports. Fonts: DejaVu (Debian fonts-dejavu-core).

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

public class MakeScreens {
    static final int W = 1366, H = 768;

    public static void main(String[] args) throws Exception {
        dialog();
        columns();
        table();
    }

    static Graphics2D start(BufferedImage img, Color bg) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(bg);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    static Font font(int style, int size) {
        return new Font("DejaVu Sans", style, size);
    }

    /** A bold font with tightened letter spacing: the kind of text where PP-OCR drops spaces. */
    static Font tight(int size) {
        return font(Font.BOLD, size).deriveFont(Map.of(TextAttribute.TRACKING, -0.04f));
    }

    static void text(Graphics2D g, List<String> truth, String s, Font f, Color c, int x, int baseline) {
        g.setFont(f);
        g.setColor(c);
        g.drawString(s, x, baseline);
        truth.add(s);
    }

    static void save(BufferedImage img, List<String> truth, String name) throws Exception {
        ImageIO.write(img, "png", new File(name + ".png"));
        Files.write(Path.of(name + ".txt"), truth);
    }

    static void dialog() throws Exception {
        var img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, new Color(0x2E4A62));
        List<String> truth = new ArrayList<>();
        int x = 433, y = 259, w = 500, h = 250;
        g.setColor(new Color(0xF2F2F2));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(0x1F5FA8));
        g.fillRect(x, y, w, 36);
        text(g, truth, "Unsaved changes", font(Font.BOLD, 16), Color.WHITE, x + 14, y + 24);
        text(g, truth, "Save changes before closing?", tight(18), Color.BLACK, x + 30, y + 90);
        text(g, truth, "Your changes will be lost if you don't save them.", font(Font.PLAIN, 14), new Color(0x333333),
                x + 30, y + 125);
        String[] buttons = {"Don't Save", "Cancel", "Save"};
        int[] bx = {x + 30, x + 260, x + 380};
        for (int i = 0; i < buttons.length; i++) {
            g.setColor(i == 2 ? new Color(0x1F5FA8) : new Color(0xDDDDDD));
            g.fillRoundRect(bx[i], y + 185, 100, 34, 6, 6);
            Color fg = i == 2 ? Color.WHITE : Color.BLACK;
            int tw = g.getFontMetrics(font(Font.PLAIN, 14)).stringWidth(buttons[i]);
            text(g, truth, buttons[i], font(Font.PLAIN, 14), fg, bx[i] + (100 - tw) / 2, y + 207);
        }
        save(img, truth, "dialog");
    }

    static void columns() throws Exception {
        var img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, Color.WHITE);
        List<String> truth = new ArrayList<>();
        text(g, truth, "Weekly Garden Report", font(Font.BOLD, 30), Color.BLACK, 120, 90);
        String[] left = {
            "The tomatoes are finally ripe and the",
            "first harvest filled three baskets. We",
            "moved the young lettuce into the shade",
            "because the afternoon sun was too strong.",
            "Next week we will plant more beans along",
            "the north fence and water them daily.",
        };
        String[] right = {
            "Volunteers are welcome every Saturday",
            "morning from nine until noon. Please bring",
            "gloves and a bottle of water. The tool shed",
            "is open and the key is with the caretaker.",
            "Questions about the plots can be sent to",
            "the garden committee by email.",
        };
        Font body = font(Font.PLAIN, 17);
        for (int i = 0; i < left.length; i++) {
            text(g, truth, left[i], body, new Color(0x222222), 120, 170 + i * 30);
        }
        for (int i = 0; i < right.length; i++) {
            text(g, truth, right[i], body, new Color(0x222222), 720, 170 + i * 30);
        }
        save(img, truth, "columns");
    }

    static void table() throws Exception {
        var img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, Color.WHITE);
        List<String> truth = new ArrayList<>();
        text(g, truth, "Downloads", font(Font.BOLD, 24), Color.BLACK, 100, 80);
        String[][] rows = {
            {"Name", "Size", "Modified"},
            {"holiday-photos.zip", "248 MB", "12 March 2024"},
            {"invoice_0423.pdf", "96 KB", "3 April 2024"},
            {"setup-installer.exe", "61 MB", "28 April 2024"},
            {"meeting notes.docx", "18 KB", "2 May 2024"},
            {"budget.xlsx", "44 KB", "15 May 2024"},
        };
        int[] colX = {100, 520, 760};
        for (int r = 0; r < rows.length; r++) {
            int base = 150 + r * 44;
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(90, base + 14, 1000, base + 14);
            for (int c = 0; c < 3; c++) {
                text(g, truth, rows[r][c], font(r == 0 ? Font.BOLD : Font.PLAIN, 16), Color.BLACK, colX[c], base);
            }
        }
        save(img, truth, "table");
    }
}
