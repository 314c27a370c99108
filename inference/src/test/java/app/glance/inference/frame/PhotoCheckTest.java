package app.glance.inference.frame;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.text.Palette;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

public class PhotoCheckTest {

    static RgbImage read(File f) throws Exception {
        return rgb(ImageIO.read(f));
    }

    private static RgbImage rgb(BufferedImage img) {
        return new RgbImage(img.getWidth(), img.getHeight(),
                img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
    }

    /** The OCR benchmark's 24 screens of 24 kinds from the training corpus's test splits. */
    private List<File> benchScreens() throws URISyntaxException {
        File[] pngs = resource("/ocr-bench").listFiles((d, n) -> n.endsWith(".png"));
        return Arrays.stream(Objects.requireNonNull(pngs)).sorted().toList();
    }

    /** Smooth shapes of light and colour with a camera's sensor noise on top, as a webcam delivers them. */
    public static RgbImage cameraLike(int width, int height, long seed) {
        Random r = new Random(seed);
        double[] fx = new double[4];
        double[] fy = new double[4];
        double[] phase = new double[4];
        for (int i = 0; i < 4; i++) {
            fx[i] = r.nextDouble() * 0.05;
            fy[i] = r.nextDouble() * 0.05;
            phase[i] = r.nextDouble() * Math.PI * 2;
        }
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0;
                for (int i = 0; i < 4; i++) {
                    v += Math.sin(fx[i] * x + fy[i] * y + phase[i]);
                }
                int base = (int) (120 + 25 * v);
                int red = clamp(base + 30 + (int) (r.nextGaussian() * 4));
                int green = clamp(base + (int) (r.nextGaussian() * 4));
                int blue = clamp(base - 30 + (int) (r.nextGaussian() * 4));
                rgb[y * width + x] = red << 16 | green << 8 | blue;
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    @Test
    void aNoisyCameraPictureLooksLikeAPhoto() {
        for (long seed = 1; seed <= 5; seed++) {
            RgbImage picture = cameraLike(320, 240, seed);
            PhotoCheck.Texture t = PhotoCheck.texture(picture);
            assertThat(t.flat()).as("seed " + seed).isLessThan(0.3);
            assertThat(t.hard()).as("seed " + seed).isLessThan(0.01);
            assertThat(PhotoCheck.looksLikePhoto(picture)).isTrue();
        }
    }

    @Test
    void renderedScreensOfEveryKindDoNot() throws Exception {
        List<File> screens = benchScreens();
        assertThat(screens).hasSizeGreaterThanOrEqualTo(20);
        for (File f : screens) {
            assertThat(PhotoCheck.looksLikePhoto(read(f))).as(f.getName()).isFalse();
        }
        assertThat(PhotoCheck.looksLikePhoto(read(resource("/ocr/dialog.png")))).isFalse();
    }

    @Test
    void screensSavedAsCoarseJpegAreStillScreens() throws Exception {
        // JPEG blurs the flat areas of a screenshot (down to 63 % flat pairs for dense text) but keeps its edges
        for (File f : benchScreens()) {
            RgbImage coarse = jpeg(read(f), 0.3f);
            assertThat(PhotoCheck.looksLikePhoto(coarse)).as(f.getName()).isFalse();
        }
    }

    /** {@code image} saved as JPEG at {@code quality} (0-1) and read back. */
    static RgbImage jpeg(RgbImage image, float quality) throws Exception {
        BufferedImage img = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, image.width(), image.height(), image.rgb(), 0, image.width());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return rgb(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void aPhotoOnADarkBackgroundLooksLikeAPhotoWhateverItsFlatSurround() {
        // a retina's or the sky's photo: a soft-edged disc of picture in a black frame, 80 % of the pairs flat
        // (scikit-image's retina was "Probably a terminal.", stop 33)
        int size = 400;
        RgbImage inside = cameraLike(size, size, 3);
        int[] rgb = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double fade = Math.max(0, Math.min(1, (100 - Math.hypot(x - 200, y - 200)) / 20));
                int p = inside.rgb()[y * size + x];
                rgb[y * size + x] = (int) ((p >> 16 & 0xFF) * fade) << 16 | (int) ((p >> 8 & 0xFF) * fade) << 8
                        | (int) ((p & 0xFF) * fade);
            }
        }
        RgbImage retina = new RgbImage(size, size, rgb);
        PhotoCheck.Texture t = PhotoCheck.texture(retina);
        assertThat(t.flat()).isBetween(PhotoCheck.FLAT_BELOW, PhotoCheck.FLAT_AROUND_BELOW);
        assertThat(PhotoCheck.looksLikePhoto(retina)).isTrue();
        // a caption's line of text on it is a hard edge a photo does not have: a screen, then
        int[] captioned = rgb.clone();
        for (int x = 20; x < 380; x += 6) {
            for (int y = 360; y < 372; y++) {
                captioned[y * size + x] = 0xFFFFFF;
                captioned[y * size + x + 1] = 0xFFFFFF;
            }
        }
        assertThat(PhotoCheck.looksLikePhoto(new RgbImage(size, size, captioned))).isFalse();
    }

    @Test
    void aSmallWindowOnAPhotoWallpaperIsAScreen() throws Exception {
        // a terminal over a photo as the desktop's wallpaper: "This looks like a photo, mostly orange." (stop 33)
        RgbImage desktop = cameraLike(800, 600, 11);
        assertThat(PhotoCheck.looksLikePhoto(desktop)).isTrue();
        int[] rgb = desktop.rgb().clone();
        for (int y = 100; y < 230; y++) {
            java.util.Arrays.fill(rgb, y * 800 + 100, y * 800 + 400, 0xFFFFFF); // its client area, white
        }
        FrameCheckTest.strokes(new RgbImage(800, 600, rgb), 104, 104, 120, 10, 0x000000); // a prompt
        RgbImage withWindow = new RgbImage(800, 600, rgb);
        assertThat(PhotoCheck.texture(withWindow).photo()).isTrue(); // the wallpaper's texture, still
        assertThat(PhotoCheck.windowShown(withWindow)).isTrue();
        assertThat(PhotoCheck.looksLikePhoto(withWindow)).isFalse();
        // a camera's noise never makes such a run; nor did the photos of the tests
        assertThat(PhotoCheck.windowShown(desktop)).isFalse();
        for (String photo : List.of("/photos/astronaut.jpg", "/photos/coffee.jpg")) {
            assertThat(PhotoCheck.looksLikePhoto(read(resource(photo)))).as(photo).isTrue();
        }
    }

    @Test
    void aScreenWithAFewPhotosOnItIsStillAScreen() {
        RgbImage page = FrameCheckTest.solid(800, 600, 0xFAFAFA);
        RgbImage photo = cameraLike(200, 150, 7);
        for (int y = 0; y < 150; y++) { // one picture in a web page: a quarter of the width, a quarter of the height
            System.arraycopy(photo.rgb(), y * 200, page.rgb(), (100 + y) * 800 + 100, 200);
        }
        assertThat(PhotoCheck.looksLikePhoto(page)).isFalse();
    }

    @Test
    void theSentenceNamesThePictureAndItsMainColours() {
        int[] rgb = new int[40 * 24];
        Arrays.fill(rgb, 0, rgb.length / 2, 0x784B28); // brown
        Arrays.fill(rgb, rgb.length / 2, rgb.length, 0x808080); // grey
        Palette brownGrey = Palette.of(new RgbImage(40, 24, rgb));
        // brown above, grey below: where each colour is comes after them
        assertThat(PhotoCheck.sentence(brownGrey, false)).isEqualTo("This looks like a photo, mostly brown and grey: "
                + "brown at the top, grey at the bottom. Glance's model describes screens, not photos, so it cannot "
                + "say what this one shows.");
        assertThat(PhotoCheck.sentence(brownGrey, true)).startsWith("A camera picture, mostly brown and grey: brown at "
                + "the top, grey at the bottom.").endsWith("so it cannot say what the camera sees.");
        assertThat(PhotoCheck.sentence(Palette.of(cameraLike(40, 24, 3)), false))
                .startsWith("This looks like a photo, ");
    }

    /** A picture of bands, top to bottom, each {@code rows} of the 24 rows high. */
    private static Palette bands(int[] colours, int[] rows) {
        int[] rgb = new int[40 * 24];
        int y = 0;
        for (int i = 0; i < colours.length; i++) {
            Arrays.fill(rgb, y * 40, (y + rows[i]) * 40, colours[i]);
            y += rows[i];
        }
        return Palette.of(new RgbImage(40, 24, rgb));
    }

    @Test
    void whereThePhotosColoursAreIsSaidWhereItsThirdsDiffer() {
        int sky = 0x8CBEF0; // light blue
        int field = 0x32A03C; // green
        int road = 0x808080; // grey
        // a sky over a field: the middle third half of each is neither's
        assertThat(bands(new int[] {sky, field}, new int[] {12, 12}).layout())
                .isEqualTo(": light blue at the top, green at the bottom");
        // the middle third is said only where its colour is neither of the others'
        assertThat(bands(new int[] {sky, field, road}, new int[] {8, 8, 8}).layout())
                .isEqualTo(": light blue at the top, green in the middle, grey at the bottom");
        assertThat(bands(new int[] {sky, road}, new int[] {16, 8}).layout())
                .isEqualTo(": light blue at the top, grey at the bottom");
        // one colour all over, or only one third with a colour of its own: nothing to say of where
        assertThat(bands(new int[] {sky}, new int[] {24}).layout()).isEmpty();
        // a chessboard's thirds are half black, half white: no colour of their own (scikit-image's, stop 45)
        int[] board = new int[40 * 24];
        for (int i = 0; i < board.length; i++) {
            board[i] = (i % 40 / 5 + i / 40 / 3) % 2 == 0 ? 0xFFFFFF : 0x000000;
        }
        assertThat(Palette.of(new RgbImage(40, 24, board)).layout()).isEmpty();
        assertThat(PhotoCheck.sentence(Palette.of(cameraLike(40, 24, 3)), false)).doesNotContain(" at the top");
    }

    @Test
    void aBlackAndWhitePhotoIsSaidToBeOne() throws Exception {
        // an old portrait's greys, through a JPEG's noise (Gramps' example family tree, stop 53)
        RgbImage portrait = cameraLike(320, 240, 5);
        int[] grey = new int[portrait.rgb().length];
        for (int i = 0; i < grey.length; i++) {
            int p = portrait.rgb()[i];
            int v = (((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3;
            grey[i] = v << 16 | v << 8 | v;
        }
        Palette old = Palette.of(jpeg(new RgbImage(320, 240, grey), 0.6f));
        assertThat(old.isBlackAndWhite()).isTrue();
        assertThat(PhotoCheck.sentence(old, false)).startsWith("This looks like a black-and-white photo, mostly ");
        assertThat(PhotoCheck.inWindow(old, List.of(), 320, 240)).startsWith("The picture in it looks like a "
                + "black-and-white photo, ");
        // a camera's grey room is not said to be a black-and-white picture; a colour photo is none
        assertThat(PhotoCheck.sentence(old, true)).startsWith("A camera picture, mostly ");
        Palette colour = Palette.of(portrait);
        assertThat(colour.isBlackAndWhite()).isFalse();
        assertThat(PhotoCheck.sentence(colour, false)).startsWith("This looks like a photo, ");
        // a grey photo with some colour in it (a red coat over a twentieth of it) is no black-and-white one
        int[] coat = grey.clone();
        for (int y = 90; y < 150; y++) {
            Arrays.fill(coat, y * 320 + 130, y * 320 + 194, 0xC82828);
        }
        assertThat(Palette.of(new RgbImage(320, 240, coat)).isBlackAndWhite()).isFalse();
    }

    @Test
    void aDarkPictureIsSaidToBeDark() {
        int[] rgb = new int[40 * 24];
        Arrays.fill(rgb, 0x1A1A1A); // a dim room before a webcam, nearly black
        Arrays.fill(rgb, 0, 40, 0x5A5A5A); // a lamp's glow along the top
        Palette dim = Palette.of(new RgbImage(40, 24, rgb));
        assertThat(PhotoCheck.sentence(dim, true)).startsWith("A camera picture, mostly black. It is dark. ");
        // a dark grey picture is no dark one: it is lit, its things are dark
        Arrays.fill(rgb, 0x505050);
        assertThat(PhotoCheck.sentence(Palette.of(new RgbImage(40, 24, rgb)), true)).doesNotContain("dark.");
    }

    @Test
    void facesAreSaidAfterTheColoursWithWhereOneIsAndHowLarge() {
        int[] rgb = new int[40 * 24];
        Arrays.fill(rgb, 0x784B28);
        Palette brown = Palette.of(new RgbImage(40, 24, rgb));
        // a webcam's 640 x 480 picture: a face 220 pixels tall in the middle is close up
        List<FaceFinder.Face> near = List.of(new FaceFinder.Face(220, 130, 200, 220));
        assertThat(PhotoCheck.sentence(brown, true, near, 640, 480)).isEqualTo("A camera picture, mostly brown. "
                + "One face, in the middle, close up. Glance's model describes screens, not photos, so it cannot say "
                + "what else the camera sees.");
        assertThat(PhotoCheck.faces(List.of(new FaceFinder.Face(20, 10, 50, 50)), 640, 480))
                .isEqualTo("One face, on the picture's left, near the top, small. ");
        assertThat(PhotoCheck.faces(List.of(new FaceFinder.Face(480, 300, 120, 120)), 640, 480))
                .isEqualTo("One face, on the picture's right, near the bottom. ");
        List<FaceFinder.Face> three = List.of(new FaceFinder.Face(20, 10, 50, 50), new FaceFinder.Face(200, 10, 50, 50),
                new FaceFinder.Face(400, 10, 50, 50));
        assertThat(PhotoCheck.sentence(brown, false, three, 640, 480)).isEqualTo("This looks like a photo, mostly "
                + "brown. Three faces. Glance's model describes screens, not photos, so it cannot say what else this "
                + "one shows.");
        assertThat(PhotoCheck.sentence(brown, false, List.of(), 640, 480)).isEqualTo(PhotoCheck.sentence(brown, false));
    }

    private static TextLine read(String text, double confidence) {
        return new TextLine(text, (float) confidence, 0, 0, 100, 20);
    }

    @Test
    void theEdgesThatSureTextReachesAreSaid() {
        // a rendered letter of 640 x 480 as PP-OCR read it (stop 45): a line cut at the left begins at 4 pixels, one
        // cut at the right ends at 627 (its cut letters dropped), one cut by the bottom ends at it
        TextLine right = new TextLine("Dear Ann, thank you for the lovely", 0.92f, 43, 94, 584, 36);
        TextLine left = new TextLine("t wishes from all of us", 0.92f, 4, 255, 369, 31);
        TextLine bottom = new TextLine("Sunday lunch", 0.94f, 101, 448, 232, 32);
        TextLine inside = new TextLine("They arrived on Tuesday morning", 0.93f, 42, 173, 567, 39);
        assertThat(PhotoCheck.edges(List.of(right, inside), 640, 480))
                .isEqualTo(" The text reaches the picture's right edge: some of it may be cut off.");
        assertThat(PhotoCheck.edges(List.of(right, left, bottom), 640, 480))
                .isEqualTo(" The text reaches the picture's bottom, left and right edges: some of it may be cut off.");
        assertThat(PhotoCheck.edges(List.of(inside), 640, 480)).isEmpty();
        // a doubtful read at an edge is no text to frame (a board's print, read "FieEo Search" at 0.6)
        assertThat(PhotoCheck.edges(List.of(new TextLine("FieEo Search", 0.6f, 0, 200, 120, 20)), 640, 480)).isEmpty();
    }

    @Test
    void wherePhotosTextBeginsIsItsFirstSureLineWithLettersNamesIncluded() {
        // a medicine label held up to the camera, as PP-OCR read the corpus's picture: its name is no English word
        assertThat(PhotoCheck.textBegins(List.of(read("Ibuprofen", 0.87), read("Take I tablet twice daily", 0.92),
                read("20 mg - 28 tablets", 0.90)))).isEqualTo(
                " The text on it begins \"Ibuprofen\", then \"Take I tablet twice daily\".");
        // a board's print (stop 28): a line of two letters and a doubtful read are passed over
        assertThat(PhotoCheck.textBegins(List.of(read("5WD", 0.84), read("FieEo Search", 0.6),
                read("STH32F3DISCOVERY", 0.92), read("ST-LINK", 0.97)))).isEqualTo(
                " The text on it begins \"STH32F3DISCOVERY\", then \"ST-LINK\".");
        // a line of three words or more is enough; a long one is cut; quotes inside are made closing ones
        assertThat(PhotoCheck.textBegins(List.of(read("Dear Mrs. Patel,", 0.9), read("Thank you", 0.9))))
                .isEqualTo(" The text on it begins \"Dear Mrs. Patel,\".");
        assertThat(PhotoCheck.textBegins(List.of(read("one two three four five six seven eight nine ten eleven", 0.9))))
                .isEqualTo(" The text on it begins \"one two three four five six seven eight nine ten\u2026\".");
        assertThat(PhotoCheck.textBegins(List.of(read("Say \"cheese\" now", 0.9))))
                .isEqualTo(" The text on it begins \"Say \u201dcheese\u201d now\".");
        assertThat(PhotoCheck.textBegins(List.of(read("P2", 0.99), read("12:30", 0.99)))).isEmpty();
        assertThat(PhotoCheck.textBegins(List.of())).isEmpty();
    }

    @Test
    void theFirstLinesAreEnoughOnceNoLaterLineCanChangeWhereTheTextBegins() {
        // a name of one or two words is followed by the next sure line: it must be read too
        assertThat(PhotoCheck.textBeginsIn(List.of(read("Ibuprofen", 0.87)))).isFalse();
        assertThat(PhotoCheck.textBeginsIn(List.of(read("Ibuprofen", 0.87), read("Take I tablet", 0.92)))).isTrue();
        // a line of three words is said alone; doubtful reads and lines without letters do not count
        assertThat(PhotoCheck.textBeginsIn(List.of(read("FieEo Search View", 0.6), read("12:30", 0.99)))).isFalse();
        assertThat(PhotoCheck.textBeginsIn(List.of(read("FieEo Search View", 0.6), read("Dear Mrs. Patel,", 0.9))))
                .isTrue();
        assertThat(PhotoCheck.textBeginsIn(List.of())).isFalse();
    }

    private File resource(String name) throws URISyntaxException {
        return new File(Objects.requireNonNull(getClass().getResource(name)).toURI());
    }
}
