package app.glance.app;

import app.glance.app.cache.ChangeTracker;
import app.glance.app.cache.DescriptionCache;
import app.glance.app.capture.CaptureException;
import app.glance.app.capture.FrameSource;
import app.glance.app.capture.ImageFileSource;
import app.glance.app.capture.Region;
import app.glance.app.capture.RegionSource;
import app.glance.app.capture.ScreenPixels;
import app.glance.app.capture.ScreenSource;
import app.glance.inference.DetailLevel;
import app.glance.inference.InferenceThread;
import app.glance.inference.RgbImage;
import app.glance.ui.DescriptionViewModel;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code glance soak [--requests N] [--json] [--model DIR] [--seed S]}: the desktop app's request path (capture ->
 * cache -> two-pass description with OCR -> view and speech) hammered from another thread, as a user pressing
 * hotkeys would: N requests in bursts of 1 to 4 (a new one every 10-100 ms within a burst; the next burst when the
 * last one has ended, so many requests run to the end), mixing the capture modes that work without a display
 * (the screen and a saved region of a painted desktop, image files), "what changed" and "more detail", with the
 * desktop changing (misses) or only blinking its cursor (hits) between requests.
 *
 * <p>Checks, and exits 1 if one fails: every request ends (done, cancelled or skipped; none failed, none still
 * running after the last one plus a grace period); the last request is done (latest wins); after the warm-up (the
 * first tenth, at least 40 requests), resident memory at rest grows by at most {@value #MAX_GROWTH_PCT} %, the
 * number of threads does not grow and no file, pipe or socket opened since stays open (jar files aside: the class
 * loader opens one when a class in it is first needed, and keeps it).
 */
final class SoakCommand {

    /**
     * Resident memory at rest after the last request, against after the warm-up: at most this much more. At rest
     * Glance holds about 300 MB (with the bundled model), and from run to run the C library can give back more or
     * less of what it freed (2 to 13 % more at the end in five runs of 600 and 2,000 requests, while the memory in
     * use during the requests did not grow); 20 % of 300 MB is the 60 MB that 10 % of the working level allowed
     * before OCR's idle memory was given back to the system.
     */
    static final double MAX_GROWTH_PCT = 20.0;

    private SoakCommand() {
    }

    /** A desktop made of one of the benchmark screens, with a cursor that blinks. */
    static final class PaintedDesktop implements ScreenPixels {
        private final List<RgbImage> screens;
        private volatile RgbImage current;

        PaintedDesktop(List<RgbImage> screens) {
            this.screens = screens;
            this.current = screens.get(0);
        }

        /** Another picture on screen: the next request is a cache miss. */
        void change(Random rng) {
            current = screens.get(rng.nextInt(screens.size()));
        }

        /** The same picture with the text cursor on or off: the next request is a hit. */
        void blink(Random rng) {
            RgbImage base = current;
            int[] px = base.rgb().clone();
            int x0 = 40 + rng.nextInt(Math.max(1, base.width() / 2));
            int y0 = 40 + rng.nextInt(Math.max(1, base.height() / 2));
            for (int y = y0; y < Math.min(base.height(), y0 + 16); y++) {
                for (int x = x0; x < Math.min(base.width(), x0 + 2); x++) {
                    px[y * base.width() + x] = 0x000000;
                }
            }
            current = new RgbImage(base.width(), base.height(), px);
        }

        @Override
        public List<Region> screens() {
            return List.of(new Region(0, 0, current.width(), current.height()));
        }

        @Override
        public Optional<int[]> pointer() {
            return Optional.of(new int[] {current.width() / 2, current.height() / 2});
        }

        @Override
        public RgbImage grab(Region area) throws CaptureException {
            return area.crop(current);
        }
    }

    /**
     * Process figures that must not grow. Resident memory is read at rest, as Glance is between hotkeys: after
     * {@value #REST_MS} ms with nothing to do OCR has given its working memory back (after 2 s without a screen) and
     * the C library its free memory. Read while OCR still held its working memory, the figure depended on whether OCR
     * happened to rest during the warm-up.
     */
    record Gauges(long rssMb, long heapUsedMb, long jvmCommittedMb, int threads, List<String> files) {
        static final long REST_MS = 3_000;

        static Gauges atRest() throws InterruptedException {
            Thread.sleep(REST_MS);
            System.gc();
            NativeHeap.trim();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long mb = 1024 * 1024;
            return new Gauges(BenchCommand.rssMb("VmRSS"), memory.getHeapMemoryUsage().getUsed() / mb,
                    (memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted()) / mb,
                    ManagementFactory.getThreadMXBean().getThreadCount(), openFileTargets());
        }

        long fds() {
            return files.size();
        }

        /**
         * What is open now and was not at {@code before} (as a multiset), less the jar files: the class loader opens
         * each jar once, when a class in it is first needed (a rare path can come after the warm-up), and keeps it.
         */
        List<String> leakedSince(Gauges before) {
            Map<String, Integer> left = new HashMap<>();
            before.files.forEach(f -> left.merge(f, 1, Integer::sum));
            List<String> leaked = new ArrayList<>();
            for (String f : files) {
                if (left.merge(f, -1, Integer::sum) < 0 && !f.endsWith(".jar")) {
                    leaked.add(f);
                }
            }
            return leaked;
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        int requests = 2000;
        boolean json = false;
        Path model = null;
        long seed = 1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--requests" -> requests = positive(value(args, ++i, a), a);
                case "--seed" -> seed = positive(value(args, ++i, a), a);
                case "--json" -> json = true;
                case "--model" -> model = Path.of(value(args, ++i, a));
                default -> throw new Main.UsageException("unknown soak option " + a);
            }
        }
        List<Path> files = BenchCommand.defaultImages().stream().filter(p -> p.toString().endsWith(".png")).toList();
        if (files.isEmpty()) {
            err.println("glance: no benchmark screens found in assets/samples/bench");
            return 1;
        }
        List<RgbImage> screens = new ArrayList<>();
        for (Path f : files) {
            try {
                RgbImage img = ImageFiles.read(f);
                screens.add(img);
                screens.add(new Region(0, 0, img.width() * 2 / 3, img.height() * 2 / 3).crop(img));
            } catch (ImageFiles.BadImageException e) {
                err.println("glance: " + f + ": " + e.getMessage());
                return 1;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        try (Glance glance = Glance.open(model, true, true, err)) {
            PaintedDesktop desktop = new PaintedDesktop(screens);
            DescriptionViewModel view = new DescriptionViewModel(Runnable::run);
            FrameSource screen = new ScreenSource(desktop, ScreenSource.Monitors.UNDER_MOUSE);
            FrameSource region = new RegionSource(() -> new Region(0, 0, 600, 400), desktop);
            List<FrameSource> fileSources = files.stream().map(f -> (FrameSource) new ImageFileSource(f)).toList();
            Random rng = new Random(seed);
            Map<InferenceThread.Outcome, Integer> outcomes = new EnumMap<>(InferenceThread.Outcome.class);
            Map<String, Integer> kinds = new LinkedHashMap<>();
            List<InferenceThread.Request> all = new ArrayList<>();
            // memory settles once every kind of request and both OCR image sizes have run: about 40 requests
            int warmUp = Math.min(requests - 1, Math.max(requests / 10, 40));
            int burst = 1;
            Gauges warm = null;
            long t0 = System.nanoTime();
            try (CaptionService service = new CaptionService(glance.describer(), glance.speaker(), view,
                    new DescriptionCache(), new ChangeTracker(), InferenceThread.start("glance-inference"))) {
                List<Long> rssByTenth = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    if (i % Math.max(1, requests / 10) == 0) {
                        rssByTenth.add(BenchCommand.rssMb("VmRSS"));
                    }
                    if (i == warmUp) {
                        awaitAll(all, 120);
                        warm = Gauges.atRest();
                    }
                    double change = rng.nextDouble();
                    if (change < 0.3) {
                        desktop.change(rng);
                    } else if (change < 0.6) {
                        desktop.blink(rng);
                    }
                    double pick = rng.nextDouble();
                    String kind;
                    InferenceThread.Request r;
                    if (pick < 0.45) {
                        kind = "screen";
                        r = service.describe("Describing the screen", screen, DetailLevel.BRIEF);
                    } else if (pick < 0.6) {
                        kind = "region";
                        r = service.describe("Describing the region", region, DetailLevel.BRIEF);
                    } else if (pick < 0.75) {
                        kind = "file";
                        r = service.describe("Describing the file",
                                fileSources.get(rng.nextInt(fileSources.size())), DetailLevel.BRIEF);
                    } else if (pick < 0.9) {
                        kind = "what-changed";
                        r = service.whatChanged(screen);
                    } else {
                        kind = "more-detail";
                        r = service.moreDetail();
                    }
                    kinds.merge(kind, 1, Integer::sum);
                    all.add(r);
                    if (--burst <= 0) { // the user waits for this answer before pressing again
                        awaitAll(List.of(r), 120);
                        burst = 1 + rng.nextInt(4);
                    }
                    Thread.sleep(10 + rng.nextInt(91));
                }
                int stuck = awaitAll(all, 300);
                double seconds = (System.nanoTime() - t0) / 1e9;
                for (InferenceThread.Request r : all) {
                    if (r.ended().isDone()) {
                        outcomes.merge(r.ended().join(), 1, Integer::sum);
                    }
                }
                Gauges end = Gauges.atRest();
                InferenceThread.Outcome last = all.get(all.size() - 1).ended().getNow(null);
                double growth = warm == null ? 0 : 100.0 * (end.rssMb() - warm.rssMb()) / Math.max(1, warm.rssMb());
                List<String> leaked = warm == null ? List.of() : end.leakedSince(warm);
                boolean ok = stuck == 0 && outcomes.getOrDefault(InferenceThread.Outcome.FAILED, 0) == 0
                        && last == InferenceThread.Outcome.DONE && growth <= MAX_GROWTH_PCT
                        && warm != null && end.threads() <= warm.threads() && leaked.isEmpty();
                report.put("requests", requests);
                report.put("seconds", Math.round(seconds));
                report.put("kinds", kinds);
                Map<String, Integer> ended = new LinkedHashMap<>();
                outcomes.forEach((k, v) -> ended.put(k.name().toLowerCase(), v));
                report.put("outcomes", ended);
                report.put("not_ended", stuck);
                report.put("last", last == null ? "running" : last.name().toLowerCase());
                report.put("described_by_model", glanceDescriptions(glance));
                report.put("warm", gauges(warm));
                report.put("end", gauges(end));
                report.put("files_leaked", leaked);
                report.put("rss_growth_pct", Math.round(growth * 10) / 10.0);
                report.put("rss_mb_each_tenth", rssByTenth);
                report.put("ok", ok);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("glance: the soak test was interrupted");
            return 1;
        }
        if (json) {
            try {
                out.println(new ObjectMapper().writeValueAsString(report));
            } catch (IOException e) {
                err.println("glance: " + e.getMessage());
                return 1;
            }
        } else {
            report.forEach((k, v) -> out.println(k + ": " + v));
        }
        return Boolean.TRUE.equals(report.get("ok")) ? 0 : 1;
    }

    private static long glanceDescriptions(Glance glance) {
        return glance.describer().described();
    }

    /** Waits for every request to end; returns how many had not ended after {@code seconds}. */
    private static int awaitAll(List<InferenceThread.Request> requests, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int stuck = 0;
        for (InferenceThread.Request r : requests) {
            try {
                r.ended().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                stuck++;
            } catch (java.util.concurrent.ExecutionException e) {
                // an ended future never fails: InferenceThread completes it normally
            }
        }
        return stuck;
    }

    private static Map<String, Object> gauges(Gauges g) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (g != null) {
            m.put("rss_mb", g.rssMb());
            m.put("heap_used_mb", g.heapUsedMb());
            m.put("jvm_committed_mb", g.jvmCommittedMb());
            m.put("threads", g.threads());
            m.put("fds", g.fds());
        }
        return m;
    }

    /** What each open file descriptor points at (a path, or e.g. "socket:[123]"); empty where /proc is missing. */
    static List<String> openFileTargets() {
        List<String> targets = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException e) {
                    // closed between the listing and the read (the listing's own descriptor among them)
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return targets;
    }

    private static int positive(String text, String option) throws Main.UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Main.UsageException(option + " needs a positive whole number, not '" + text + "'");
        }
    }

    private static String value(List<String> args, int i, String option) throws Main.UsageException {
        if (i >= args.size()) {
            throw new Main.UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
