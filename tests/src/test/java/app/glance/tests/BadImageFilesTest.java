package app.glance.tests;

import app.glance.tests.GlanceCli.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static app.glance.tests.GlanceCli.DEMO;
import static app.glance.tests.GlanceCli.TINY;
import static app.glance.tests.GlanceCli.glance;
import static app.glance.tests.ImageFixtures.encode;
import static app.glance.tests.ImageFixtures.screen;
import static app.glance.tests.ImageFixtures.solid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 10, bad-input matrix, image files: each row runs {@code glance describe --json --no-ocr BAD demo.png} and
 * checks that the bad file either is described sensibly or gives exactly one "glance: FILE: ..." line, that the
 * good file after it is still described, that the exit code says which, and that nothing hangs or prints a stack
 * trace. The rows are listed with their observed messages in docs/reliability.md.
 */
class BadImageFilesTest {

    /** What a row expects: refused with a message containing {@code text}, or described as exactly {@code text}. */
    record Row(String name, String fileName, Function<Path, Path> make, boolean refused, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row refused(String name, String fileName, byte[] bytes, String message) {
        return new Row(name, fileName, dir -> write(dir.resolve(fileName), bytes), true, message);
    }

    static Row described(String name, String fileName, byte[] bytes, String sentence) {
        return new Row(name, fileName, dir -> write(dir.resolve(fileName), bytes), false, sentence);
    }

    static Stream<Row> rows() {
        byte[] png = encode(screen(320, 200), "png");
        byte[] jpeg = encode(screen(320, 200), "jpeg");
        return Stream.of(
                refused("corrupt PNG (bytes 40.. overwritten)", "corrupt.png", ImageFixtures.corrupt(png),
                        "the image is damaged or truncated"),
                refused("truncated PNG (first half)", "truncated.png", ImageFixtures.truncate(png, 0.5),
                        "the image is damaged or truncated"),
                refused("PNG cut inside its header (20 bytes)", "header-cut.png", Arrays.copyOf(png, 20),
                        "the image is damaged or truncated"),
                refused("PNG with a header and no pixel data", "no-idat.png", ImageFixtures.pngHeaderOnly(640, 480),
                        "the image is damaged or truncated"),
                described("truncated JPEG (first half): decoded partly", "truncated.jpg",
                        ImageFixtures.truncate(jpeg, 0.5), null),
                refused("corrupt JPEG (bytes 40.. overwritten)", "corrupt.jpg", ImageFixtures.corrupt(jpeg),
                        "the image is damaged or truncated"),
                refused("zero-byte file", "empty.png", new byte[0],
                        "not an image Glance can read (PNG, JPEG, GIF or BMP)"),
                refused("0x0 PNG (IHDR width and height 0)", "zero.png", ImageFixtures.pngHeaderOnly(0, 0),
                        "the image is damaged or truncated"),
                refused("PNG claiming 30000x30000 (57-byte file): refused before decoding", "huge.png",
                        ImageFixtures.pngHeaderOnly(30_000, 30_000),
                        "the image is too large (30000x30000 pixels)"),
                refused("JPEG whose header claims 30000x30000 (small file): refused before decoding", "huge.jpg",
                        ImageFixtures.jpegClaiming(jpeg, 30_000, 30_000),
                        "the image is too large (30000x30000 pixels)"),
                refused("GIF whose header claims 65535x65535 (small file): refused before decoding", "huge.gif",
                        ImageFixtures.gifClaiming(encode(screen(64, 48), "gif"), 65_535, 65_535),
                        "the image is too large (65535x65535 pixels)"),
                // the BMP reader itself rejects a header whose raster would pass 2 GB, so the size check never
                // sees it: still refused before any pixel is decoded, but named "damaged" rather than "too large"
                refused("BMP claiming 30000x30000 (54-byte file): refused before decoding", "huge.bmp",
                        ImageFixtures.bmpHeaderOnly(30_000, 30_000), "the image is damaged or truncated"),
                refused("BMP claiming 20000x20000 (54-byte file): refused before decoding", "big.bmp",
                        ImageFixtures.bmpHeaderOnly(20_000, 20_000),
                        "the image is too large (20000x20000 pixels)"),
                refused("text file named .png", "notes.png",
                        "Dear Tom,\nthis is not a picture.\n".getBytes(StandardCharsets.UTF_8),
                        "not an image Glance can read (PNG, JPEG, GIF or BMP)"),
                described("PNG bytes named .jpg (the content decides, not the extension)", "screen.jpg", png,
                        null),
                described("1x1 PNG", "one.png", encode(solid(BufferedImage.TYPE_INT_RGB, 1, 1, Color.RED), "png"),
                        "The image is too small to describe."),
                described("16-bit RGB PNG (solid red)", "rgb16.png",
                        ImageFixtures.png16BitRgb(64, 48, 0xFFFF, 0, 0), "The picture is a solid red colour."),
                described("16-bit greyscale PNG (solid mid grey)", "grey16.png",
                        encode(solid(BufferedImage.TYPE_USHORT_GRAY, 64, 48, new Color(128, 128, 128)), "png"),
                        "The picture is a solid grey colour."),
                described("8-bit greyscale PNG (solid mid grey)", "grey8.png",
                        encode(solid(BufferedImage.TYPE_BYTE_GRAY, 64, 48, new Color(128, 128, 128)), "png"),
                        "The picture is a solid grey colour."),
                described("palette PNG (1-bit, blue and yellow, all blue)", "palette.png",
                        ImageFixtures.palettePng(64, 48, new Color(0, 0, 200), Color.YELLOW),
                        "The picture is a solid blue colour."),
                described("alpha PNG, fully transparent (shown on white)", "alpha.png",
                        encode(solid(BufferedImage.TYPE_INT_ARGB, 64, 48, new Color(255, 0, 0, 0)), "png"),
                        "The picture is blank white."),
                described("alpha PNG with content (screen at 50% opacity)", "alpha-screen.png",
                        encode(translucent(screen(320, 200)), "png"), null),
                described("CMYK JPEG (Adobe APP14, 4 channels, solid red ink)", "cmyk.jpg",
                        ImageFixtures.cmykJpeg(64, 48, 0, 255, 255, 0), "The picture is a solid red colour."),
                described("animated GIF (red frame, then blue): first frame described", "anim.gif",
                        ImageFixtures.animatedGif(64, 48, Color.RED, Color.BLUE, Color.BLUE),
                        "The picture is a solid red colour."),
                described("extreme aspect ratio 6000x40 screen strip", "strip.png", encode(screen(6000, 40), "png"),
                        null),
                new Row("a directory passed as the image", "folder.png", dir -> mkdir(dir.resolve("folder.png")),
                        true, "not a readable file"),
                new Row("a missing file", "missing.png", dir -> dir.resolve("missing.png"), true, "no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badImageGivesOneLineAndTheNextFileIsStillDescribed(Row row, @TempDir Path tmp) {
        Path bad = row.make().apply(tmp);
        Outcome o = glance("describe", "--json", "--no-ocr", "--model", TINY.toString(), bad.toString(),
                DEMO.toString());
        o.assertNoStackTrace();
        List<JsonNode> json = o.json();
        if (row.refused()) {
            assertThat(o.code()).as(o.err()).isEqualTo(1);
            assertThat(o.message()).startsWith("glance: " + bad + ": ");
            assertThat(o.err().lines()).as("stderr is that one line").hasSize(1);
            if (row.text() != null) {
                assertThat(o.message()).isEqualTo("glance: " + bad + ": " + row.text());
            }
            assertThat(json).as("the good file after the bad one is still described").hasSize(1);
            assertThat(json.get(0).get("file").asText()).isEqualTo(DEMO.toString());
        } else {
            assertThat(o.code()).as(o.err()).isZero();
            assertThat(o.messages()).isEmpty();
            assertThat(json).hasSize(2);
            JsonNode first = json.get(0);
            assertThat(first.get("file").asText()).isEqualTo(bad.toString());
            assertThat(first.get("refined").asText()).isNotBlank();
            if (row.text() != null) {
                assertThat(first.get("refined").asText()).isEqualTo(row.text());
            } else {
                assertThat(first.get("model").asText()).as("went through the captioner")
                        .isEqualTo("glance-tiny-random");
            }
        }
    }

    /** Skipped when run as root, which can read any file. */
    @Test
    void anUnreadableFileGivesOneLine(@TempDir Path tmp) throws IOException {
        Path file = Files.write(tmp.resolve("secret.png"), encode(screen(64, 48), "png"));
        Files.setPosixFilePermissions(file, Set.of());
        assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        Outcome o = glance("describe", "--json", "--no-ocr", "--model", TINY.toString(), file.toString(),
                DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.message()).isEqualTo("glance: " + file + ": not a readable file");
        assertThat(o.json()).hasSize(1);
    }

    private static BufferedImage translucent(BufferedImage rgb) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                out.setRGB(x, y, 0x80000000 | (rgb.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return out;
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
