package app.glance.tests;

import app.glance.inference.CaptionException;
import app.glance.inference.Describer;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.ocr.TextReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop app for real, under Xvfb with the openbox window manager: Glance's window is started, a zenity dialog
 * is opened, the global describe hotkey (Ctrl+Alt+D) and read-text hotkey (Ctrl+Alt+X) are pressed with xdotool,
 * and the test checks, from outside the app, that Glance spoke a description and then the dialog's text (its speech
 * events, logged at DEBUG) and that its window shows that description and, on its Text tab, the dialog's message
 * (screenshots of the window, read back with the same OCR Glance uses), then, with Glance's window focused, that
 * the active-window hotkey captures the dialog below it. Needs Xvfb, openbox, zenity, xdotool,
 * xwininfo, xsetroot and ImageMagick's import (./glance test installs them).
 */
@EnabledOnOs(OS.LINUX)
class DesktopEndToEndTest {

    static final String MESSAGE = "Backup finished: 1204 files copied";
    static final List<Process> started = new ArrayList<>();
    static String display;
    static Path dir;

    @BeforeAll
    static void startDesktop(@TempDir Path tmp) throws Exception {
        dir = tmp;
        display = ":" + (70 + (int) (ProcessHandle.current().pid() % 20));
        start("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp");
        waitFor(() -> run(5, "xwininfo", "-root").isPresent(), 20,
                "Xvfb did not start");
        start("openbox");
        Thread.sleep(800);
        // a desktop background, as every real session has (Xvfb's bare root window is black)
        assertThat(run(5, "xsetroot", "-solid", "#3465a4")).as("xsetroot").isPresent();
    }

    @AfterAll
    static void stopDesktop() {
        // newest first, each one gone before the next: Glance must close its window before the X server goes, or
        // GTK aborts the JVM (and leaves an hs_err crash report behind)
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Process start(String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(Path.of(command[0]).getFileName() + ".log").toFile());
        pb.environment().put("DISPLAY", display);
        pb.environment().put("HOME", dir.toString());
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** Runs a short command on the test display; its stdout when it succeeded. */
    static java.util.Optional<String> run(int seconds, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return java.util.Optional.empty();
            }
            return p.exitValue() == 0 ? java.util.Optional.of(new String(out, StandardCharsets.UTF_8))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    static void waitFor(BooleanSupplier done, int seconds, String why) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(why);
            }
            Thread.sleep(200);
        }
    }

    static List<String> said() {
        try {
            return Files.readAllLines(dir.resolve("glance.log"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("app.glance.speech.said - "))
                    .map(l -> l.substring(l.indexOf("app.glance.speech.said - ") + 25)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void key(String chord) {
        // modifiers as separate events: JNativeHook under Xvfb misses a combined "ctrl+alt+d"
        String[] parts = chord.split("\\+");
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        for (int i = 0; i < parts.length - 1; i++) {
            cmd.addAll(List.of("keydown", parts[i]));
        }
        cmd.addAll(List.of("key", parts[parts.length - 1]));
        for (int i = parts.length - 2; i >= 0; i--) {
            cmd.addAll(List.of("keyup", parts[i]));
        }
        assertThat(run(5, cmd.toArray(String[]::new))).as("xdotool " + chord).isPresent();
    }

    @Test
    void theDescribeHotkeySpeaksAndShowsADescriptionOfTheDialogAndReadsItsText() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglance.home=" + GlanceCli.ROOT, "-Duser.home=" + dir, "-Djava.io.tmpdir=" + dir,
                "-Dorg.slf4j.simpleLogger.log.app.glance.speech.said=debug",
                "-cp", System.getProperty("java.class.path"), "app.glance.app.Main")
                .redirectErrorStream(true).redirectOutput(dir.resolve("glance.log").toFile());
        pb.environment().put("DISPLAY", display);
        pb.environment().put("HOME", dir.toString());
        Process glance = pb.start();
        started.add(glance);
        waitFor(() -> run(3, "xdotool", "search", "--name", "^Glance$").isPresent() || !glance.isAlive(), 90,
                "Glance's window did not open");
        Thread.sleep(3000); // the model, OCR and the global keyboard hook load after the window shows
        // Glance on the right half, the dialog on the left: a user's desktop, with both in the captured screen
        String glanceId = run(5, "xdotool", "search", "--name", "^Glance$").orElseThrow().lines().findFirst()
                .orElseThrow().strip();
        run(5, "xdotool", "windowsize", glanceId, "640", "740", "windowmove", glanceId, "620", "20");
        assertThat(glance.isAlive()).as(Files.readString(dir.resolve("glance.log"))).isTrue();

        start("zenity", "--info", "--title", "Backup", "--text", MESSAGE, "--width", "420");
        waitFor(() -> run(3, "xdotool", "search", "--name", "^Backup$").isPresent(), 20, "zenity did not open");
        run(3, "xdotool", "search", "--name", "^Backup$", "windowmove", "40", "200");
        run(3, "xdotool", "search", "--name", "^Backup$", "windowactivate", "--sync");
        Thread.sleep(500);

        String description = describe("ctrl+alt+d");
        assertThat(description).as("a description, not a failure").doesNotContain("went wrong", "could not");
        // of the dialog, not of Glance's own window, which captures leave out
        assertThat(description.toLowerCase(Locale.ROOT)).as("the description names the dialog")
                .containsAnyOf("dialog", "message", "backup");

        String text = readText();
        assertThat(text).as("the dialog's text was read").contains("backup finished");
        assertThat(text).as("Glance's own buttons are not read").doesNotContain("describe screen");

        // the window shows the description: screenshot Glance's window and read it with Glance's OCR
        String id = run(5, "xdotool", "search", "--name", "^Glance$").orElseThrow().lines().findFirst().orElseThrow();
        Path shot = Files.createDirectories(Path.of("target/desktop-e2e")).resolve("glance-window.png"); // kept
        assertThat(run(20, "import", "-window", id.strip(), shot.toString())).as("import the window").isPresent();
        String shown = ocr(shot);
        List<String> words = List.of(description.replaceAll("[^\\p{L}\\p{N} ]", " ").toLowerCase(Locale.ROOT)
                .split("\\s+"));
        long seen = words.stream().filter(w -> w.length() > 3 && shown.contains(w)).count();
        long long3 = words.stream().filter(w -> w.length() > 3).count();
        assertThat(seen).as("the window shows the spoken description \"" + description + "\"; OCR of the window: "
                + shown).isGreaterThanOrEqualTo(Math.max(1, long3 / 2));

        // and its Text tab (Ctrl+2) shows the dialog's message
        run(5, "xdotool", "windowactivate", "--sync", id.strip());
        key("ctrl+2");
        key("ctrl+b"); // hide the buttons: the text gets the room
        Thread.sleep(700);
        Path textShot = shot.resolveSibling("glance-window-text.png");
        assertThat(run(20, "import", "-window", id.strip(), textShot.toString())).isPresent();
        assertThat(ocr(textShot)).as("the Text tab shows the dialog's text").contains("backup finished");

        // with Glance's own window active, "describe the active window" means the window the user was in before
        describe("ctrl+alt+w");
        String below = readText();
        assertThat(below).as("the dialog below Glance was captured").contains("backup finished")
                .doesNotContain("describe screen");
        // with the title bar that openbox draws around it: its title, "Backup", then its message
        assertThat(below.split("backup", -1).length - 1).as("the dialog's title and message: " + below)
                .isGreaterThanOrEqualTo(2);
    }

    /**
     * Presses a describe hotkey and returns the refined description: the last line said, once a line that names what
     * the screen shows has come and nothing more has for two seconds. The refined caption replaces what is still
     * queued of the first sentence ("REPLACE: ..."), or is said over it at once ("NOW: ...", after a first sentence
     * that named no kind of window or a kind the refined caption corrects).
     */
    static String describe(String chord) throws InterruptedException {
        int before = said().size();
        key(chord);
        waitFor(() -> said().stream().skip(before).anyMatch(l -> !l.contains(Describer.NOT_SURE)), 60,
                "no description was spoken after " + chord);
        for (int n = -1, rounds = 0; n != said().size() && rounds < 10; rounds++) {
            n = said().size();
            Thread.sleep(2000);
        }
        String last = said().get(said().size() - 1);
        return last.substring(last.indexOf(": ") + 2);
    }

    /** Presses the read-text hotkey (Ctrl+Alt+X) and returns what was spoken, in lower case. */
    static String readText() throws InterruptedException {
        int before = said().size();
        key("ctrl+alt+x");
        waitFor(() -> said().size() > before, 30, "Ctrl+Alt+X read nothing; Glance said: " + said());
        return String.join(" ", said().subList(before, said().size())).toLowerCase(Locale.ROOT);
    }

    static String ocr(Path png) throws IOException, CaptionException {
        BufferedImage img = ImageIO.read(png.toFile());
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xFFFFFF;
        }
        try (TextReader reader = TextReader.ppOcr(2)) {
            return reader.read(new RgbImage(img.getWidth(), img.getHeight(), px)).stream().map(TextLine::text)
                    .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        }
    }
}
