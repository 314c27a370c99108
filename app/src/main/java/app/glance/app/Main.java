package app.glance.app;

import app.glance.inference.RuntimeOptions;
import org.slf4j.LoggerFactory;
import app.glance.inference.ocr.OcrBenchmark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Glance's entry point (it does not extend JavaFX's Application, so the plain launcher works).
 *
 * <pre>
 *   glance                                   open the large-print window
 *   glance describe [options] IMAGE...       describe image files
 *   glance bench [--json]                    measure speed and memory
 * </pre>
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: glance                         open the Glance window",
            "       glance describe [--json] [--detail] [--speak] [--wav FILE] [--model DIR] [--no-ocr]",
            "                       [--decoding greedy|beam] [--providers DirectML,CUDA,CoreML,CPU] IMAGE...",
            "       glance bench [--json] [--runs N] [--decoding greedy|beam] [--providers LIST]",
            "       glance soak [--requests N] [--json]   2,000 rapid requests: every one ends, memory does not creep",
            "       glance ocr-bench FOLDER [--runs N] [--engine ort|rapidocr] [--no-tesseract]",
            "                       PP-OCR against Tesseract on PNG+TXT pairs",
            "       glance --help");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, resultStream(), System.err));
    }

    /**
     * Where results go: standard output, unless {@code -Dglance.stdout} (or the environment variable GLANCE_STDOUT)
     * names a file. RapidOCR's native engine, which {@code ocr-bench --engine rapidocr} loads, prints with C printf on
     * file descriptor 1, so for that command the launcher moves descriptor 1 to stderr and hands the real standard
     * output over as {@code /dev/fd/3}. Reopening it gives a new file offset, so it is opened for appending: a
     * reopened {@code >> results.txt} then keeps what the file held instead of writing over its start.
     */
    static PrintStream resultStream() {
        String path = System.getProperty("glance.stdout", System.getenv("GLANCE_STDOUT"));
        if (path != null) {
            try {
                return new PrintStream(new java.io.FileOutputStream(path, true), true,
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                System.err.println("glance: cannot write results to " + path + "; using standard output");
            }
        }
        return System.out;
    }

    /** Runs one command line; returns the exit code (0 = every file described). For tests and the launcher. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Folders.confineLibraries();
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "window" : args[0];
        try {
            return switch (command) {
                case "describe" -> DescribeCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out, err);
                case "window" -> WindowCommand.run(rest, err);
                case "ocr-bench" -> ocrBench(rest, out, err);
                case "soak" -> SoakCommand.run(rest, out, err);
                case "--help", "-h", "help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("glance: unknown command '" + command + "'");
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("glance: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError e) {
            LoggerFactory.getLogger(Main.class).error("command {} failed", command, e);
            err.println("glance: something went wrong inside Glance; please report it with the log above");
            return 1;
        }
    }

    private static int ocrBench(List<String> args, PrintStream out, PrintStream err) {
        try {
            return OcrBenchmark.run(args.toArray(String[]::new), out, err);
        } catch (Exception e) {
            err.println("glance: the OCR benchmark failed: " + e.getMessage());
            return 1;
        }
    }

    /** {@code --decoding greedy|beam} or {@code --providers A,B,...} applied to {@code options}. */
    static RuntimeOptions runtimeOption(RuntimeOptions options, String option, String value) throws UsageException {
        try {
            return option.equals("--decoding") ? options.withDecoding(value)
                    : options.withProviders(List.of(value.split("\\s*,\\s*")));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A command line that cannot be understood; the message is one sentence. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
