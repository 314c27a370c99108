package app.glance.inference.text;

import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ToneCheckTest {

    /** A picture whose top {@code share} of rows is {@code top} and the rest {@code bottom}. */
    private static Palette split(int top, int bottom, double share) {
        int w = 80;
        int h = 48;
        int[] px = new int[w * h];
        Arrays.fill(px, bottom);
        Arrays.fill(px, 0, (int) Math.round(h * share) * w, top);
        return Palette.of(new RgbImage(w, h, px));
    }

    private static final Palette WHITE = split(0xFFFFFF, 0xFFFFFF, 1);
    private static final Palette BLACK = split(0x000000, 0x000000, 1);
    private static final Palette NAVY_ON_WHITE = split(0x141E5A, 0xFFFFFF, 0.5);

    @Test
    void thePaletteMeasuresToneAndNamesColoursAsTheCorpusDoes() {
        assertThat(WHITE.light()).isEqualTo(1.0);
        assertThat(WHITE.dark()).isZero();
        assertThat(BLACK.dark()).isEqualTo(1.0);
        assertThat(NAVY_ON_WHITE.share("navy")).isEqualTo(0.5);
        assertThat(NAVY_ON_WHITE.share("white")).isEqualTo(0.5);
        assertThat(Palette.name(200, 200, 200)).isEqualTo("light grey");
        assertThat(Palette.name(30, 100, 205)).isEqualTo("blue");
    }

    @Test
    void aDarkThemeOnALightPictureGoesAndStaysOnADarkOne() {
        String c = "A text editor titled \"notes.txt\", in a dark theme.";
        assertThat(ToneCheck.apply(c, WHITE)).isEqualTo("A text editor titled \"notes.txt\".");
        assertThat(ToneCheck.apply(c, BLACK)).isEqualTo(c);
        assertThat(ToneCheck.apply("A terminal in dark mode.", WHITE)).isEqualTo("A terminal.");
        assertThat(ToneCheck.apply("A file manager with a light look.", BLACK)).isEqualTo("A file manager.");
        // Xfce's blue desktop around a white window (Mousepad's quit dialog, stop 30) is no dark theme; a dark
        // theme's grey window on it is
        String warning = "Probably a warning dialog, in a dark theme.";
        assertThat(ToneCheck.apply(warning, split(0xFFFFFF, 0x3A6EA5, 0.25))).isEqualTo("Probably a warning dialog.");
        assertThat(ToneCheck.apply(warning, split(0x2D2D30, 0x3A6EA5, 0.4))).isEqualTo(warning);
        // a small terminal, light text on black, on a green desktop (real_check's man pages, stop 31): the windows'
        // tone, not the desktop's
        int w = 80;
        int h = 48;
        int[] px = new int[w * h];
        Arrays.fill(px, 0x36770F);
        for (int y = 16; y < 34; y++) {
            Arrays.fill(px, y * w + 20, y * w + 60, 0x000000);
        }
        Palette terminal = Palette.of(new RgbImage(w, h, px));
        assertThat(terminal.dark()).isLessThan(ToneCheck.TONE_SHARE);
        assertThat(terminal.windowDark()).isEqualTo(1.0);
        String light = "A terminal, and light text on a dark background.";
        assertThat(ToneCheck.apply(light, terminal)).isEqualTo(light);
        // the same window on a black desktop: no desktop of another tone to set aside
        Arrays.fill(px, 0);
        assertThat(Palette.of(new RgbImage(w, h, px)).windowDark()).isEqualTo(1.0);
    }

    @Test
    void aWindowOnADesktopOfItsOwnToneIsJudgedAlone() {
        // real_check's "man man" xterm, white before man drew on it, on Ubuntu's dark purple desktop (stop 52): it
        // had kept "A terminal, showing light text on a dark background."
        int w = 80;
        int h = 48;
        int[] px = new int[w * h];
        Arrays.fill(px, 0x5A0B5A);
        for (int y = 3; y < 45; y++) {
            Arrays.fill(px, y * w + 19, y * w + 61, y < 5 ? 0x4A4A4A : 0xFFFFFF);
        }
        Palette white = Palette.of(new RgbImage(w, h, px));
        assertThat(white.dark()).isGreaterThan(ToneCheck.TONE_SHARE);
        assertThat(white.windowed()).isTrue();
        assertThat(ToneCheck.apply("A terminal, showing light text on a dark background.", white))
                .isEqualTo("A terminal.");
        assertThat(ToneCheck.apply("A terminal in a light theme.", white)).isEqualTo("A terminal in a light theme.");
        // a maximised terminal, light text on its own black: what is off the black is scattered, no window
        Arrays.fill(px, 0);
        for (int y = 2; y < h - 2; y += 3) {
            for (int x = 2; x < w - 2; x += 7) {
                Arrays.fill(px, y * w + x, y * w + x + 4, 0xE0E0E0);
            }
        }
        Palette terminal = Palette.of(new RgbImage(w, h, px));
        assertThat(terminal.windowed()).isFalse();
        String light = "A terminal, and light text on a dark background.";
        assertThat(ToneCheck.apply(light, terminal)).isEqualTo(light);
    }

    @Test
    void lightTextOnADarkBackgroundNeedsADarkPicture() {
        assertThat(ToneCheck.apply("A terminal, and light text on a dark background.", WHITE)).isEqualTo("A terminal.");
        assertThat(ToneCheck.apply("A terminal, and light text on a dark background.", BLACK))
                .isEqualTo("A terminal, and light text on a dark background.");
    }

    @Test
    void mostlyAColourNeedsThatColour() {
        assertThat(ToneCheck.apply("A cropped view of a news article, on a mostly navy picture.", WHITE))
                .isEqualTo("A cropped view of a news article.");
        assertThat(ToneCheck.apply("A cropped view of a news article, on a mostly navy picture.", NAVY_ON_WHITE))
                .isEqualTo("A cropped view of a news article, on a mostly navy picture.");
        // "dark grey" is one name: it is not read as "grey"
        assertThat(ToneCheck.apply("A desktop, the screen mostly dark grey.", split(0x3C3C3C, 0x3C3C3C, 1)))
                .isEqualTo("A desktop, the screen mostly dark grey.");
    }

    @Test
    void aSentenceThatOnlyMakesTheClaimGoesWhole() {
        String d = "A settings window with two switches. The interface uses a dark theme with navy accents. "
                + "Overall the picture is mostly navy and white.";
        assertThat(ToneCheck.apply(d, WHITE)).isEqualTo("A settings window with two switches.");
        assertThat(ToneCheck.apply(d, NAVY_ON_WHITE)).isSameAs(d); // half of it is dark, half navy, half white
    }

    @Test
    void aThemesAccentsNeedTheirColourSomewhere() {
        // xterm's black window over a purple desktop, described in detail (stop 45, `real_check`'s shots)
        Palette xterm = split(0x000000, 0x783CAA, 0.6);
        String d = "A terminal. The interface uses a dark theme with orange accents.";
        assertThat(ToneCheck.apply(d, xterm)).isEqualTo("A terminal.");
        assertThat(ToneCheck.apply("A terminal. The interface uses a dark theme with purple accents.", xterm))
                .isEqualTo("A terminal. The interface uses a dark theme with purple accents.");
    }

    @Test
    void captionsWithoutSuchWordsAreLeftAlone() {
        String c = "A dialog titled \"Delete file?\" with \"Cancel\" and \"Delete\" buttons.";
        assertThat(ToneCheck.apply(c, WHITE)).isSameAs(c);
        assertThat(ToneCheck.apply("The dark room behind the light.", WHITE)).isSameAs("The dark room behind the light.");
    }
}
