package app.glance.tests;

import app.glance.speech.Speaker;
import app.glance.speech.Speakers;
import app.glance.speech.SpeechSettings;
import app.glance.tests.GlanceCli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sound.sampled.AudioSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static app.glance.tests.GlanceCli.DEMO;
import static app.glance.tests.GlanceCli.LIMIT;
import static app.glance.tests.GlanceCli.TINY;
import static app.glance.tests.GlanceCli.glance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10, bad-input matrix, speech, environment and command line: no sound device, an unwritable WAV path, a
 * missing voice, no X display, and usage errors. Each gives one clear "glance:" line, the right exit code, no stack
 * trace and no hang.
 */
class SpeechAndUsageFaultsTest {

    private static boolean noSoundDevice() {
        return AudioSystem.getMixerInfo().length == 0 || !Files.exists(Path.of("/dev/snd"));
    }

    @Test
    void speakWithoutASoundDevicePrintsANoteAndSucceeds() {
        assumeTrue(noSoundDevice(), "this machine has a sound device");
        Outcome o = glance("describe", "--json", "--no-ocr", "--speak", "--model", TINY.toString(), DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isZero();
        assertThat(o.message()).isEqualTo(
                "glance: no sound device, so the description is printed only (use --wav FILE to save the speech).");
        assertThat(o.json()).hasSize(1);
    }

    @Test
    void speakAndWavWithoutASoundDeviceStillWritesTheWav(@TempDir Path tmp) throws Exception {
        assumeTrue(noSoundDevice(), "this machine has a sound device");
        Path wav = tmp.resolve("out.wav");
        Outcome o = glance("describe", "--no-ocr", "--speak", "--wav", wav.toString(), "--model", TINY.toString(),
                DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isZero();
        assertThat(o.message()).isEqualTo("glance: no sound device, so the description is printed only.");
        assertThat(AudioSystem.getAudioInputStream(wav.toFile()).getFrameLength()).isPositive();
    }

    /** Root can write almost anywhere, so "unwritable" is a path whose parent is a regular file. */
    @Test
    void wavToAnUnwritablePathIsOneClearLineAndTheDescriptionIsStillPrinted(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Path wav = file.resolve("out.wav");
        Outcome o = glance("describe", "--json", "--no-ocr", "--wav", wav.toString(), "--model", TINY.toString(),
                DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.message()).isEqualTo("glance: could not write " + wav + ": " + file + " is a file, not a folder.");
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.json()).as("the description is printed before speech is written").hasSize(1);
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void wavToAFolderIsOneClearLine(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("out.wav"));
        Files.writeString(folder.resolve("keep.txt"), "keep");
        Outcome o = glance("describe", "--json", "--no-ocr", "--wav", folder.toString(), "--model", TINY.toString(),
                DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.message()).isEqualTo("glance: could not write " + folder + ": is a directory.");
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactly("out.wav");
        }
    }

    /** A voice that is not installed falls back along the chain; speech still works (here: into a WAV). */
    @Test
    void aMissingVoiceFallsBackAndStillSpeaks(@TempDir Path tmp) throws Exception {
        Path wav = tmp.resolve("v.wav");
        SpeechSettings missing = new SpeechSettings("espeak-ng:xx-no-such-voice", 165, 100, 1.0, false);
        String engine = assertTimeoutPreemptively(LIMIT, () -> {
            try (Speaker s = Speakers.create(missing)) {
                s.writeWav("Save changes to letter dot t x t?", wav);
                return s.engineName();
            }
        });
        assertThat(engine).isNotEqualTo("espeak-ng:xx-no-such-voice");
        System.out.println("[matrix] missing voice espeak-ng:xx-no-such-voice -> engine " + engine);
        assertThat(Files.size(wav)).isGreaterThan(44);
    }

    /** The CLI needs no X server: this JVM runs without DISPLAY (as CI and this machine do). */
    @Test
    void describeWorksWithoutAnXDisplay() {
        assumeTrue(System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty(), "DISPLAY is set");
        Outcome o = glance("describe", "--json", "--no-ocr", "--model", TINY.toString(), DEMO.toString());
        o.assertNoStackTrace();
        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.json()).hasSize(1);
    }

    /** The window needs an X server; without one it says so in one line and suggests the CLI, with no hang. */
    @Test
    void theWindowWithoutAnXDisplayIsOneLine() {
        assumeTrue(System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty(), "DISPLAY is set");
        Outcome o = glance("window");
        o.assertNoStackTrace();
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err().strip()).isEqualTo(
                "glance: no display found, so the window cannot open; try 'glance describe IMAGE'.");
        assertThat(o.out()).isEmpty();
    }

    @ParameterizedTest(name = "usage error: glance {0}")
    @CsvSource(delimiter = '|', value = {
            "describe                         | glance: describe needs at least one image file",
            "describe --frobnicate demo.png   | glance: unknown option --frobnicate",
            "describe --model                 | glance: --model needs a value",
            "describe demo.png --wav          | glance: --wav needs a value",
            "describe --json --no-ocr         | glance: describe needs at least one image file",
            "frobnicate                       | glance: unknown command 'frobnicate'",
    })
    void usageErrorsAreOneLineAndExitCode2(String args, String message) {
        Outcome o = glance(args.trim().split("\\s+"));
        o.assertNoStackTrace();
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.message()).isEqualTo(message.trim());
        assertThat(o.err().lines().skip(1).findFirst()).as("then the usage text").hasValueSatisfying(
                l -> assertThat(l).startsWith("usage: glance"));
        assertThat(o.out()).isEmpty();
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        Outcome o = glance("--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).startsWith("usage: glance");
        assertThat(o.err()).isEmpty();
        assertThat(Arrays.asList(o.out().split("\n"))).anyMatch(l -> l.contains("describe"));
    }
}
