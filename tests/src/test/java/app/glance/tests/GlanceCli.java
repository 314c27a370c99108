package app.glance.tests;

import app.glance.app.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs {@code glance} through its public entry point {@link Main#run} for the bad-input matrix, with a hard time
 * limit (a hang fails the test instead of stalling the build) and with the JVM's own {@code System.err} captured
 * too, so that a stack trace printed by a logger or an uncaught handler is seen, not only what the command printed.
 */
final class GlanceCli {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path TINY = ROOT.resolve("inference/src/test/resources/tiny/model");
    static final Path DEMO = ROOT.resolve("assets/samples/demo.png");
    /** Generous: the slowest row takes a few seconds on a loaded 2-core machine; a hang is what this catches. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    private GlanceCli() {
    }

    /** What one run gave: exit code, the command's stdout and stderr, and anything else written to System.err. */
    record Outcome(int code, String out, String err, String jvmErr) {

        /** The lines of the command's stderr that start with "glance:", the user-facing messages. */
        List<String> messages() {
            return err.lines().filter(l -> l.startsWith("glance:")).toList();
        }

        /** The single "glance:" line; fails when there is none or more than one. */
        String message() {
            assertThat(messages()).as("exactly one 'glance:' line on stderr; stderr was:%n%s", err).hasSize(1);
            return messages().get(0);
        }

        List<JsonNode> json() {
            ObjectMapper om = new ObjectMapper();
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return om.readTree(l);
                } catch (Exception e) {
                    throw new AssertionError("not one JSON object per line: " + l, e);
                }
            }).toList();
        }

        /**
         * No stack trace anywhere, and no exception class name in what the command itself printed (log lines on the
         * JVM's stderr may name one: they are for bug reports, see docs/reliability.md).
         */
        void assertNoStackTrace() {
            assertThat(err).doesNotContain("\tat ", "Exception", "Error:", "Caused by");
            assertThat(jvmErr).doesNotContain("\tat ", "Caused by");
        }
    }

    static Outcome glance(String... args) {
        return glanceIn(ROOT, args);
    }

    /** Runs with {@code glance.home} set to {@code home} (where the bundled model is looked for). */
    static Outcome glanceIn(Path home, String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> runCaptured(home, args), () -> "glance "
                + String.join(" ", args) + " did not finish within " + LIMIT.toSeconds() + " s");
    }

    private static synchronized Outcome runCaptured(Path home, String[] args) {
        System.setProperty("glance.home", home.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(realErr);
            System.setProperty("glance.home", ROOT.toString());
        }
        Outcome o = new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                jvmErr.toString(StandardCharsets.UTF_8));
        // kept in the surefire report, so docs/reliability.md can quote what each row really printed
        System.out.printf("[matrix] exit=%d args=%s%n%s%s", code, String.join(" ", args), o.err(), o.jvmErr());
        return o;
    }
}
