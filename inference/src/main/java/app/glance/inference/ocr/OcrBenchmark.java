package app.glance.inference.ocr;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;

import java.io.IOException;
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
 * <pre>java -cp ... app.glance.inference.ocr.OcrBenchmark FOLDER [--runs N] [--threads N] [--ppocr v3|v4]
 *     [--no-tesseract]</pre>
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
        if (args.length == 0) {
            System.err.println("usage: OcrBenchmark FOLDER [--runs N] [--threads N] [--ppocr v3|v4] [--no-tesseract]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int runs = intOption(args, "--runs", 5);
        int threads = intOption(args, "--threads", 2);
        RapidOcrReader.Models models = RapidOcrReader.Models.valueOf(option(args, "--ppocr", "v3").toUpperCase());
        boolean tesseract = !Arrays.asList(args).contains("--no-tesseract") && tesseractAvailable();
        List<Path> screens;
        try (Stream<Path> files = Files.list(folder)) {
            screens = files.filter(p -> p.toString().endsWith(".png"))
                    .filter(p -> Files.exists(truthFile(p))).sorted().toList();
        }
        System.out.printf("%d screens in %s, %d runs each, %d threads%s%n", screens.size(), folder, runs, threads,
                tesseract ? "" : " (tesseract not run)");
        System.out.printf("%-28s %-10s %7s %7s %7s %8s %8s%n", "screen", "engine", "words", "lines", "order", "ms",
                "min ms");
        Totals rapid = new Totals("rapid-" + models.name().toLowerCase());
        Totals tess = new Totals("tesseract");
        try (TextReader reader = RapidOcrReader.open(threads, models)) {
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
                rapid.add(png, OcrScore.of(truth, lines), ms);
                if (tesseract) {
                    List<String> tLines = runTesseract(png);
                    for (int i = 0; i < runs; i++) {
                        long t = System.nanoTime();
                        tLines = runTesseract(png);
                        ms[i] = (System.nanoTime() - t) / 1_000_000;
                    }
                    tess.add(png, OcrScore.of(truth, tLines), ms);
                }
            }
        }
        rapid.print();
        if (tesseract) {
            tess.print();
            System.out.printf("speed-up of rapidocr over tesseract (median of medians): %.2fx%n",
                    tess.medianMs() / Math.max(1.0, rapid.medianMs()));
        }
    }

    private static final class Totals {
        private final String engine;
        private final List<Long> ms = new ArrayList<>();
        private int words, wordsFound, lines, linesFound, inOrder;

        Totals(String engine) {
            this.engine = engine;
        }

        void add(Path png, OcrScore s, long[] runMs) {
            long medianMs = median(runMs);
            System.out.printf("%-28s %-10s %7.3f %7.3f %7.3f %8d %8d%n", png.getFileName(), engine, s.wordRecall(),
                    s.lineRecall(), s.orderScore(), medianMs, Arrays.stream(runMs).min().orElse(0));
            ms.add(medianMs);
            words += s.words();
            wordsFound += s.wordsFound();
            lines += s.lines();
            linesFound += s.linesFound();
            inOrder += s.linesInOrder();
        }

        double medianMs() {
            return ms.isEmpty() ? 0 : median(ms.stream().mapToLong(Long::longValue).toArray());
        }

        void print() {
            OcrScore all = new OcrScore(words, wordsFound, lines, linesFound, inOrder);
            System.out.printf("%-28s %-10s %7.3f %7.3f %7.3f %8.0f%n", "TOTAL (" + ms.size() + " screens)", engine,
                    all.wordRecall(), all.lineRecall(), all.orderScore(), medianMs());
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
