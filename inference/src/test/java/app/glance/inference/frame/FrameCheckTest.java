package app.glance.inference.frame;

import app.glance.inference.ImageOrigin;
import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FrameCheckTest {

    static RgbImage solid(int width, int height, int colour) {
        int[] rgb = new int[width * height];
        Arrays.fill(rgb, colour);
        return new RgbImage(width, height, rgb);
    }

    /** Draws a block of thin vertical strokes, roughly what a short line of small text leaves in pixels. */
    static void strokes(RgbImage image, int x0, int y0, int width, int height, int colour) {
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x += 5) {
                image.rgb()[y * image.width() + x] = colour;
                image.rgb()[y * image.width() + x + 1] = colour;
            }
        }
    }

    @Test
    void callsATinyImageTooSmall() {
        assertThat(FrameCheck.describeTrivial(solid(15, 200, 0x123456)))
                .contains("The image is too small to describe.");
        assertThat(FrameCheck.describeTrivial(solid(1, 1, 0))).contains("The image is too small to describe.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000000|The screen is black.",
        "080808|The screen is black.",
        "FFFFFF|The screen is blank white.",
        "F4F4F4|The screen is blank white.",
        "2E4A62|The screen is a solid dark blue colour.",
        "1565C0|The screen is a solid blue colour.",
        "C62828|The screen is a solid red colour.",
        "2E7D32|The screen is a solid dark green colour.",
        "FF9800|The screen is a solid orange colour.",
        "808080|The screen is a solid grey colour.",
        "6A1B9A|The screen is a solid purple colour.",
    })
    void namesSolidScreens(String hex, String sentence) {
        assertThat(FrameCheck.describeTrivial(solid(640, 480, Integer.parseInt(hex, 16)))).contains(sentence);
    }

    @Test
    void callsANoisyNearlyUniformScreenAlmostEntirelyThatColour() {
        RgbImage image = solid(1366, 768, 0);
        Random random = new Random(7);
        for (int i = 0; i < image.rgb().length; i++) {
            int grey = 0x14 + random.nextInt(17) - 8; // near black, +-8 of sensor noise, 1% brighter specks
            image.rgb()[i] = grey * 0x010101 + (random.nextInt(100) == 0 ? 0x181818 : 0);
        }
        assertThat(FrameCheck.describeTrivial(image)).contains("The screen is almost entirely black.");
    }

    @Test
    void namesThePictureByWhereItCameFrom() {
        // a covered lens is the camera's picture, not the screen; a file or the clipboard is a picture
        RgbImage black = solid(640, 480, 0x050505);
        assertThat(FrameCheck.describeTrivial(black, ImageOrigin.CAMERA)).contains("The camera picture is black.");
        assertThat(FrameCheck.describeTrivial(black, ImageOrigin.UNKNOWN)).contains("The picture is black.");
        assertThat(FrameCheck.describeTrivial(black, ImageOrigin.SCREEN)).contains("The screen is black.");
        assertThat(FrameCheck.describeTrivial(solid(640, 480, 0x1565C0), ImageOrigin.UNKNOWN))
                .contains("The picture is a solid blue colour.");
        RgbImage gradient = solid(800, 600, 0);
        for (int y = 0; y < 600; y++) {
            Arrays.fill(gradient.rgb(), y * 800, (y + 1) * 800, 0x1565C0 + (y / 20) * 0x010101);
        }
        assertThat(FrameCheck.describeTrivial(gradient, ImageOrigin.CAMERA))
                .contains("The camera picture is almost entirely blue.");
    }

    @Test
    void callsAGentleGradientAlmostUniform() {
        RgbImage image = solid(800, 600, 0);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                image.rgb()[y * 800 + x] = 0x1565C0 + (y / 20) * 0x010101; // blue, 30 levels lighter at the bottom
            }
        }
        assertThat(FrameCheck.describeTrivial(image)).contains("The screen is almost entirely blue.");
    }

    @Test
    void doesNotCallASingleShortLineOfSmallTextOnWhiteTrivial() {
        RgbImage image = solid(1920, 1080, 0xFFFFFF);
        strokes(image, 900, 530, 60, 10, 0x202020); // about "OK ready" at 10 px
        assertThat(FrameCheck.describeTrivial(image)).isEmpty();
    }

    @Test
    void doesNotCallAPhotoLikeImageTrivial() {
        RgbImage image = solid(640, 480, 0);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int sky = 0x87CEEB, grass = 0x3C8D2F;
                image.rgb()[y * 640 + x] = y < 240 ? sky : grass; // smooth halves, one long edge only
            }
        }
        assertThat(FrameCheck.describeTrivial(image)).isEmpty();
    }
}
