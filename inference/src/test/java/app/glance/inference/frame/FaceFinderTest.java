package app.glance.inference.frame;

import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The face finder on committed photos (scikit-image's sample photos, public domain and CC0: the astronaut Eileen
 * Collins, and a cup of coffee), on screens, and a cascade small enough to work out by hand.
 */
class FaceFinderTest {

    private static RgbImage photo(String name) throws IOException {
        try (InputStream in = FaceFinderTest.class.getResourceAsStream("/photos/" + name)) {
            BufferedImage img = ImageIO.read(Objects.requireNonNull(in, name));
            return new RgbImage(img.getWidth(), img.getHeight(),
                    img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
        }
    }

    @Test
    void theAstronautsFaceIsFoundWhereItIs() throws IOException {
        // 320 x 320: her face is about 62 pixels wide, its centre about (140, 71)
        List<FaceFinder.Face> faces = FaceFinder.bundled().find(photo("astronaut.jpg"));
        assertThat(faces).hasSize(1);
        FaceFinder.Face f = faces.get(0);
        assertThat(f.centreX()).isBetween(125.0, 155.0);
        assertThat(f.centreY()).isBetween(56.0, 86.0);
        assertThat(f.width()).isBetween(45, 85);
    }

    @Test
    void aFaceInALargePictureIsFoundInThePicturesOwnPixels() throws IOException {
        // the astronaut, 1.5 times larger, on a grey 1280 x 720 picture at (700, 120): searched at 480 x 270
        RgbImage small = photo("astronaut.jpg");
        int[] rgb = new int[1280 * 720];
        Arrays.fill(rgb, 0x808080);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 480; x++) {
                rgb[(120 + y) * 1280 + 700 + x] = small.at(x * 2 / 3, y * 2 / 3);
            }
        }
        List<FaceFinder.Face> faces = FaceFinder.bundled().find(new RgbImage(1280, 720, rgb));
        assertThat(faces).hasSize(1);
        assertThat(faces.get(0).centreX()).isBetween(700 + 190.0, 700 + 230.0);
        assertThat(faces.get(0).centreY()).isBetween(120 + 85.0, 120 + 125.0);
    }

    @Test
    void noFaceIsFoundInACupOfCoffee() throws IOException {
        assertThat(FaceFinder.bundled().find(photo("coffee.jpg"))).isEmpty();
    }

    @Test
    void noFaceIsFoundOnScreens() throws URISyntaxException, IOException {
        File[] pngs = new File(Objects.requireNonNull(FaceFinderTest.class.getResource("/ocr-bench")).toURI())
                .listFiles((d, n) -> n.endsWith(".png"));
        assertThat(pngs).hasSizeGreaterThanOrEqualTo(20);
        for (File f : pngs) {
            BufferedImage img = ImageIO.read(f);
            RgbImage screen = new RgbImage(img.getWidth(), img.getHeight(),
                    img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
            assertThat(FaceFinder.bundled().find(screen)).as(f.getName()).isEmpty();
        }
    }

    @Test
    void aTinyPictureHasNoFaces() {
        assertThat(FaceFinder.bundled().find(new RgbImage(12, 12, new int[144]))).isEmpty();
    }

    /** One stage of one stump on a 4 x 4 window: the lower half's sum less the upper half's. */
    private static HaarCascade halves(double threshold) throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <opencv_storage>
                <cascade type_id="opencv-cascade-classifier"><stageType>BOOST</stageType>
                  <featureType>HAAR</featureType><height>4</height><width>4</width>
                  <stages><_>
                    <maxWeakCount>1</maxWeakCount><stageThreshold>0.</stageThreshold>
                    <weakClassifiers><_>
                      <internalNodes>0 -1 0 %s</internalNodes><leafValues>-1. 1.</leafValues></_></weakClassifiers></_>
                  </stages>
                  <features><_><rects><_>0 0 4 2 -1.</_><_>0 2 4 2 1.</_></rects></_></features>
                </cascade>
                </opencv_storage>
                """.formatted(threshold);
        return HaarCascade.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFeatureIsDividedByTheWindowsSpreadAsOpenCvDividesIt() throws IOException {
        // upper rows 0, lower rows 100: the feature is 8 x 100 = 800; the inner 2 x 2 pixels (0, 0, 100, 100) have
        // a sum of 200 and a sum of squares of 20,000, so the divisor is sqrt(4 x 20,000 - 200^2) = 200: value 4
        int[] grey = new int[16];
        Arrays.fill(grey, 8, 16, 100);
        HaarCascade.Integral ii = new HaarCascade.Integral(grey, 4, 4);
        HaarCascade below = halves(3.9);
        HaarCascade above = halves(4.1);
        assertThat(below.accepts(ii, below.offsets(ii.stride()), 0, 0)).isTrue();
        assertThat(above.accepts(ii, above.offsets(ii.stride()), 0, 0)).isFalse();
        // upside down the feature is -4: the stump's left leaf, below the stage's threshold
        int[] flipped = new int[16];
        Arrays.fill(flipped, 0, 8, 100);
        HaarCascade.Integral jj = new HaarCascade.Integral(flipped, 4, 4);
        assertThat(below.accepts(jj, below.offsets(jj.stride()), 0, 0)).isFalse();
    }

    @Test
    void aBrokenCascadeIsRefusedWithAReason() {
        assertThatThrownBy(() -> HaarCascade.read(new ByteArrayInputStream("<x/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("cascade");
        String lbp = "<opencv_storage><cascade><stageType>BOOST</stageType><featureType>LBP</featureType>"
                + "</cascade></opencv_storage>";
        assertThatThrownBy(() -> HaarCascade.read(new ByteArrayInputStream(lbp.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessage("not a boosted Haar cascade");
    }

    @Test
    void nearlyCoincidingDetectionsAreOneFaceAndAFewAreNone() {
        List<FaceFinder.Face> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(new FaceFinder.Face(100 + i, 50 - i, 40, 40));
        }
        List<FaceFinder.Face> three = List.of(new FaceFinder.Face(300, 50, 40, 40),
                new FaceFinder.Face(301, 50, 40, 40), new FaceFinder.Face(302, 50, 40, 40));
        List<FaceFinder.Face> all = new ArrayList<>(four);
        all.addAll(three);
        // four neighbours are a face (averaged: x 101.5 -> 102, y 48.5 -> 49); three are not enough
        assertThat(FaceFinder.group(all)).containsExactly(new FaceFinder.Face(102, 49, 40, 40));
    }
}
