package app.glance.inference.ocr;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.ort.OrtTextReader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Side-by-side OCR benchmark (issue 6): RapidOCR (PP-OCR v3 or v4) against the {@code tesseract} command line on
 * rendered screens with known text. Not a unit test.
 *
 * <pre>glance ocr-bench FOLDER [--runs N] [--threads N] [--ppocr v3|v4] [--max-side N] [--no-tesseract]</pre>
 *
 * FOLDER holds {@code name.png} + {@code name.txt} pairs (the known lines in reading order). Prints, per screen and in
 * total, word recall, line recall, reading order and the median (and fastest) milliseconds of N runs after one
 * warm-up run; the total's time is the median of the screens' medians.
 * Tesseract's time includes starting its process and reading the PNG, as it would in use.
 */
public final class OcrBenchmark {

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark; returns the exit code. {@code glance ocr-bench} calls this. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || !Files.isDirectory(Path.of(args[0]))) {
            err.println("usage: glance ocr-bench FOLDER [--runs N] [--threads N] [--ppocr v3|v4] [--no-tesseract]"
                    + "   (FOLDER holds NAME.png + NAME.txt pairs)");
            return 2;
        }
        Path folder = Path.of(args[0]);
        int runs = intOption(args, "--runs", 5);
        int threads = intOption(args, "--threads", 2);
        PpOcrModels models = PpOcrModels.valueOf(option(args, "--ppocr", "v3").toUpperCase());
        boolean tesseract = !Arrays.asList(args).contains("--no-tesseract") && tesseractAvailable();
        List<Path> screens;
        try (Stream<Path> files = Files.list(folder)) {
            screens = files.filter(p -> p.toString().endsWith(".png"))
                    .filter(p -> Files.exists(truthFile(p))).sorted().toList();
        }
        out.printf("%d screens in %s, %d runs each, %d threads%s%n", screens.size(), folder, runs, threads,
                tesseract ? "" : " (tesseract not run)");
        out.printf("%-28s %-10s %7s %7s %8s %7s %8s %8s%n", "screen", "engine", "words", "lines", "readable",
                "order", "ms", "min ms");
        String engine = option(args, "--engine", "ort");
        if (!List.of("ort", "rapidocr").contains(engine)) {
            err.println("glance: --engine must be ort or rapidocr, not " + engine);
            return 2;
        }
        Totals rapid = new Totals(engine + "-" + models.name().toLowerCase());
        Totals tess = new Totals("tesseract");
        int maxSide = intOption(args, "--max-side", RapidOcrReader.MAX_SIDE);
        try (TextReader reader = engine.equals("ort") ? OrtTextReader.open(threads, models, maxSide)
                : RapidOcrReader.open(threads, models, maxSide)) {
            for (Path png : screens) {
                List<String> truth = Files.readAllLines(truthFile(png));
                RgbImage image = PngReader.read(png);
                List<String> lines = reader.read(image).stream().map(TextLine::text).toList(); // warm-up
                long[] ms = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    lines = reader.read(image).stream().map(TextLine::text).toList();
                    ms[i] = (System.nanoTime() - t) / 1_000_000;
                }
                rapid.add(png, OcrScore.of(truth, lines), ms, out);
                if (tesseract) {
                    List<String> tLines = runTesseract(png);
                    for (int i = 0; i < runs; i++) {
                        long t = System.nanoTime();
                        tLines = runTesseract(png);
                        ms[i] = (System.nanoTime() - t) / 1_000_000;
                    }
                    tess.add(png, OcrScore.of(truth, tLines), ms, out);
                }
            }
        }
        rapid.print(out);
        if (tesseract) {
            tess.print(out);
            out.printf("speed-up of " + engine + " over tesseract (median of medians): %.2fx%n",
                    tess.medianMs() / Math.max(1.0, rapid.medianMs()));
        }
        return 0;
    }

    private static final class Totals {
        private final String engine;
        private final List<Long> ms = new ArrayList<>();
        private int words, wordsFound, lines, linesFound, readable, inOrder;

        Totals(String engine) {
            this.engine = engine;
        }

        void add(Path png, OcrScore s, long[] runMs, PrintStream out) {
            long medianMs = median(runMs);
            out.printf("%-28s %-10s %7.3f %7.3f %8.3f %7.3f %8d %8d%n", png.getFileName(), engine,
                    s.wordRecall(), s.lineRecall(), s.readableLines(), s.orderScore(), medianMs,
                    Arrays.stream(runMs).min().orElse(0));
            ms.add(medianMs);
            words += s.words();
            wordsFound += s.wordsFound();
            lines += s.lines();
            linesFound += s.linesFound();
            readable += s.linesReadable();
            inOrder += s.linesInOrder();
        }

        double medianMs() {
            return ms.isEmpty() ? 0 : median(ms.stream().mapToLong(Long::longValue).toArray());
        }

        void print(PrintStream out) {
            OcrScore all = new OcrScore(words, wordsFound, lines, linesFound, readable, inOrder);
            out.printf("%-28s %-10s %7.3f %7.3f %8.3f %7.3f %8.0f%n", "TOTAL (" + ms.size() + " screens)",
                    engine, all.wordRecall(), all.lineRecall(), all.readableLines(), all.orderScore(), medianMs());
        }
    }

    private static List<String> runTesseract(Path png) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean tesseractAvailable() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Path truthFile(Path png) {
        String name = png.getFileName().toString();
        return png.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, Integer.toString(fallback)));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
