package app.glance.app;

import app.glance.app.cache.DescriptionCache;
import app.glance.app.cache.FrameHash;
import app.glance.app.cache.LumaGrid;
import app.glance.app.capture.CaptureMode;
import app.glance.inference.Cancellation;
import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Describer;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import app.glance.speech.SpeechBenchmark;
import app.glance.speech.SpeechSettings;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * {@code glance bench [--json] [--runs N] [--model DIR] [IMAGE...]}: speed and memory of the whole describe path on
 * the committed sample screens (default: every PNG/JPEG in {@code assets/samples/bench}). Two warm-up runs per image
 * are excluded. The top-level figures are medians/p95 over all images and runs; {@code images} has them per image.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    /** One measured describe: capture-to-initial, capture-to-refined and the stage timings. */
    static final long IDLE_MS = 6_000;

    private record Run(long firstMs, long refinedMs, long ocrMs, long pass1Ms, long pass2Ms, long visionMs,
                       long preprocessMs, long serMs, long totalMs) {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        int runs = 20;
        boolean json = false;
        Path model = null;
        RuntimeOptions runtime = RuntimeOptions.defaults(Glance.THREADS);
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--json" -> json = true;
                case "--runs" -> runs = parseRuns(args, ++i);
                case "--model" -> model = Path.of(need(args, ++i));
                case "--decoding", "--providers" -> runtime = Main.runtimeOption(runtime, args.get(i),
                        need(args, ++i));
                default -> images.add(Path.of(args.get(i)));
            }
        }
        if (images.isEmpty()) {
            images = defaultImages();
        }
        if (images.isEmpty()) {
            err.println("glance: no benchmark images found in assets/samples/bench");
            return 1;
        }
        long t0 = System.nanoTime();
        Map<String, Object> report = new LinkedHashMap<>();
        try (Glance glance = Glance.open(model, true, false, runtime, err)) {
            long loadMs = ms(t0);
            Describer d = glance.describer();
            List<Run> all = new ArrayList<>();
            List<Run> allAlone = new ArrayList<>();
            List<Map<String, Object>> perImage = new ArrayList<>();
            List<Double> lookups = new ArrayList<>();
            for (Path file : images) {
                RgbImage image = ImageFiles.read(file);
                for (int w = 0; w < 2; w++) {
                    once(d, image);
                }
                List<Run> mine = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    mine.add(once(d, image));
                }
                all.addAll(mine);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.getFileName().toString());
                m.put("size", image.width() + "x" + image.height());
                m.putAll(figures(mine));
                List<Run> alone = captionerAlone(d, image, runs);
                allAlone.addAll(alone);
                m.put("captioner_alone", aloneFigures(alone));
                double lookup = cacheLookupMs(image, runs, d.modelId());
                lookups.add(lookup);
                m.put("cache_lookup_ms", lookup);
                perImage.add(m);
            }
            report.put("model", d.modelId());
            report.put("provider", d.provider());
            report.put("threads", Glance.THREADS);
            report.put("runs_per_image", runs);
            report.put("load_ms", loadMs);
            report.putAll(figures(all));
            report.put("captioner_alone", aloneFigures(allAlone));
            report.put("cache_lookup_ms", lookups.stream().sorted().toList().get(lookups.size() / 2));
            report.put("rss_mb", rssMb("VmRSS"));
            report.put("peak_rss_mb", rssMb("VmHWM"));
            report.put("speech", speech());
            report.put("rss_idle_mb", idleRssMb());
            report.put("images", perImage);
        } catch (ImageFiles.BadImageException e) {
            err.println("glance: " + e.getMessage());
            return 1;
        } catch (CaptionException e) {
            err.println("glance: " + e.getMessage());
            return 1;
        }
        try {
            ObjectMapper om = new ObjectMapper();
            if (!json) {
                om.enable(SerializationFeature.INDENT_OUTPUT);
            }
            out.println(om.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    /**
     * Resident memory after {@value #IDLE_MS} ms with nothing to do, as Glance spends most of the day waiting for a
     * hotkey: OCR has returned its working memory by then, and the collection it asks for the unused heap.
     */
    private static Object idleRssMb() {
        try {
            Thread.sleep(IDLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return rssMb("VmRSS");
    }

    /** Speech latency (issue targets: first audio <= 200 ms, stop to silence <= 50 ms) for the default voice. */
    private static Map<String, Object> speech() {
        SpeechBenchmark.Result r = SpeechBenchmark.measure(SpeechSettings.defaults());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", r.engine());
        m.put("first_audio_ms", Math.round(r.firstAudioMillis() * 10) / 10.0);
        m.put("stop_to_silence_ms", Math.round(r.stopToSilenceMillis() * 10) / 10.0);
        m.put("audio_device", r.audioDevice());
        return m;
    }

    private static Run once(Describer d, RgbImage image) throws CaptionException {
        long start = System.nanoTime();
        long[] first = {-1};
        long[] refined = {-1};
        // as a screen capture, so that the captioner runs on every sample (the webcam-sized one too)
        Description desc = d.describe(image, DetailLevel.BRIEF, Cancellation.none(), new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                first[0] = ms(start);
            }

            @Override
            public void onRefined(String caption, double confidence) {
                refined[0] = ms(start);
            }
        });
        var t = desc.timings();
        return new Run(first[0], refined[0], t.ocrMs(), t.pass1Ms(), t.pass2Ms(), t.visionMs(), t.preprocessMs(),
                t.serMs(), t.totalMs());
    }

    /**
     * The captioner's stages with the image's OCR lines given and OCR not running: in use pass 2 starts while OCR
     * still reads the last lines and shares the cores with it, so its time there says little about what refining
     * costs. {@code refine_ratio} here is the (vision + pass 1 + SeR + pass 2) / (vision + pass 1).
     */
    private static List<Run> captionerAlone(Describer d, RgbImage image, int runs) throws CaptionException {
        List<String> text = d.readText(image).stream().map(TextLine::text).toList();
        List<Run> alone = new ArrayList<>();
        for (int r = 0; r < runs + 2; r++) {
            CaptionResult res = d.captionAlone(image, text);
            if (res == null) {
                return List.of();
            }
            var t = res.timings();
            if (r >= 2) { // two warm-ups
                alone.add(new Run(-1, -1, 0, t.pass1Ms(), t.pass2Ms(), t.visionMs(), t.preprocessMs(), t.serMs(),
                        t.totalMs()));
            }
        }
        return alone;
    }

    private static Map<String, Object> aloneFigures(List<Run> alone) {
        if (alone.isEmpty()) {
            return Map.of();
        }
        return captionerFigures(alone, new LinkedHashMap<>());
    }

    /**
     * The median time to hash a frame and find it in a full {@link DescriptionCache} (what a repeated request costs
     * before any model runs), in milliseconds.
     */
    private static double cacheLookupMs(RgbImage image, int runs, String modelId) {
        DescriptionCache cache = new DescriptionCache();
        Description cached = new Description(modelId, "x", "x", List.of(), new Timings(0, 0, 0, 0, 0, 0), "bench");
        cache.put(FrameHash.of(LumaGrid.of(image)), CaptureMode.SCREEN, modelId, DetailLevel.BRIEF, cached);
        List<Long> nanos = new ArrayList<>();
        int warmUp = 20; // the hashing loop is only fast once the JIT has compiled it
        for (int r = 0; r < warmUp + Math.max(runs, 20); r++) {
            long t = System.nanoTime();
            cache.find(FrameHash.of(LumaGrid.of(image)), CaptureMode.SCREEN, modelId, DetailLevel.BRIEF);
            if (r >= warmUp) {
                nanos.add(System.nanoTime() - t);
            }
        }
        Collections.sort(nanos);
        return Math.round(nanos.get(nanos.size() / 2) / 1e4) / 100.0;
    }

    private static Map<String, Object> figures(List<Run> runs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_ms", stat(runs, Run::firstMs));
        m.put("refined_ms", stat(runs, Run::refinedMs));
        m.put("ocr_ms", stat(runs, Run::ocrMs));
        m.put("total_ms", stat(runs, Run::totalMs));
        m.put("preprocess_ms", stat(runs, Run::preprocessMs));
        return captionerFigures(runs, m);
    }

    /** The captioner's stages and the refinement ratio, added to {@code m}. */
    private static Map<String, Object> captionerFigures(List<Run> runs, Map<String, Object> m) {
        m.put("vision_ms", stat(runs, Run::visionMs));
        m.put("pass1_ms", stat(runs, Run::pass1Ms));
        m.put("ser_ms", stat(runs, Run::serMs));
        m.put("pass2_ms", stat(runs, Run::pass2Ms));
        m.put("refine_ratio", ratio(runs));
        return m;
    }

    private static Double ratio(List<Run> runs) {
        double p1 = percentile(runs, r -> r.visionMs() + r.pass1Ms(), 50);
        double p2 = percentile(runs, r -> r.serMs() + r.pass2Ms(), 50);
        return p1 <= 0 ? null : Math.round((p1 + p2) / p1 * 100) / 100.0;
    }

    private static Map<String, Object> stat(List<Run> runs, ToLongFunction<Run> f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", percentile(runs, f, 50));
        m.put("p95", percentile(runs, f, 95));
        return m;
    }

    static double percentile(List<Run> runs, ToLongFunction<Run> f, double p) {
        long[] v = runs.stream().mapToLong(f).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        double rank = p / 100.0 * (v.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return v[lo] + (v[hi] - v[lo]) * (rank - lo);
    }

    static long rssMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static List<Path> defaultImages() {
        Path dir = ModelLocator.home().resolve("assets/samples/bench");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().matches(".*\\.(png|jpg|jpeg)$")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int parseRuns(List<String> args, int i) throws Main.UsageException {
        try {
            int n = Integer.parseInt(need(args, i));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--runs needs a positive number");
        }
    }

    private static String need(List<String> args, int i) throws Main.UsageException {
        if (i >= args.size()) {
            throw new Main.UsageException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }

    private static long ms(long since) {
        return Math.round((System.nanoTime() - since) / 1e6);
    }

}
