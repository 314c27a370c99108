package app.glance.inference.ocr;

import app.glance.inference.CaptionException;
import app.glance.inference.CaptionException.Reason;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import com.benjaminwan.ocrlibrary.OcrEngine;
import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@link TextReader} on RapidOCR-Java's native PP-OCR engine ({@code libRapidOcr}: ONNX Runtime and OpenCV linked in).
 *
 * <p>RapidOCR's own {@code InferenceEngine} is bypassed: it unpacks into a shared {@code <tmp>/ocrJava} folder that
 * outlives the process and logs the recognised text at INFO. Here the library and the PP-OCR models are copied
 * from the classpath into a private temporary folder, loaded, and the folder is deleted at once (nothing is
 * downloaded); on Windows, where a loaded DLL cannot be deleted, one fixed {@code <tmp>/glance-ocr-natives} folder
 * is reused instead. Each image is handed over as an uncompressed BMP in a second private folder (in {@code /dev/shm},
 * i.e. memory, where there is one) and deleted right after detection.
 *
 * <p>The native engine is global to the process, so it is loaded once and every call is serialised. It prints
 * its settings and each image path (never text) with C {@code printf} to standard output, buffered until exit; the
 * JNI API has no switch for this.
 */
final class RapidOcrReader implements TextReader {

    private static final Logger LOG = LoggerFactory.getLogger(RapidOcrReader.class);
    private static final String MODELS = PpOcrModels.FOLDER;
    private static final String CLS = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    private static final String KEYS = PpOcrModels.KEYS;

    /** Smaller than this on either side there is nothing PP-OCR could read. */
    private static final int MIN_SIDE = 8;
    /** Below this mean character score a "line" is nearly always an icon read as letters (window buttons as "d"). */
    private static final float MIN_CONFIDENCE = 0.5f;
    static final int MAX_SIDE = PpOcrModels.MAX_SIDE;

    private static final Object ENGINE_LOCK = new Object();
    private static OcrEngine engine;
    private static PpOcrModels engineModels;

    private final Path workDir;
    private final Path imageFile;
    private final WordSplitter splitter = WordSplitter.english();
    private volatile boolean closed;

    private final int maxSide;

    private RapidOcrReader(Path workDir, int maxSide) {
        this.workDir = workDir;
        this.maxSide = maxSide;
        this.imageFile = workDir.resolve("screen.bmp");
    }

    static RapidOcrReader open(int threads) throws CaptionException {
        return open(threads, PpOcrModels.V3);
    }

    /** As {@link #open(int)} with a chosen model generation; one generation per process (the engine is global). */
    static RapidOcrReader open(int threads, PpOcrModels models) throws CaptionException {
        return open(threads, models, MAX_SIDE);
    }

    /** As {@link #open(int, Models)}, detecting on images scaled to at most {@code maxSide} on their long side. */
    static RapidOcrReader open(int threads, PpOcrModels models, int maxSide) throws CaptionException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        synchronized (ENGINE_LOCK) {
            if (engine == null) {
                engine = loadEngine(models);
                engineModels = models;
            } else if (engineModels != models) {
                throw new IllegalStateException("RapidOCR is already loaded with PP-OCR " + engineModels);
            }
            engine.setNumThread(threads);
        }
        try {
            return new RapidOcrReader(Files.createTempDirectory(imageFolderBase(), "glance-ocr-"), maxSide);
        } catch (IOException e) {
            throw new CaptionException(Reason.RUNTIME_FAILURE, "cannot create a temporary folder for OCR", e);
        }
    }

    @Override
    public List<TextLine> read(RgbImage image) throws CaptionException {
        if (closed) {
            throw new IllegalStateException("text reader is closed");
        }
        if (image.width() < MIN_SIDE || image.height() < MIN_SIDE) {
            return List.of();
        }
        OcrResult result;
        synchronized (ENGINE_LOCK) {
            try {
                Files.write(imageFile, BmpWriter.encode(image));
                int longSide = Math.min(maxSide, Math.max(image.width(), image.height()));
                // padding 50, box score 0.5, box threshold 0.3, unclip 1.6 (RapidOCR's defaults); screens are
                // upright, so the angle classifier is skipped
                result = engine.detect(imageFile.toString(), 50, longSide, 0.5f, 0.3f, 1.6f, false, false);
            } catch (IOException | RuntimeException | LinkageError e) {
                throw new CaptionException(Reason.RUNTIME_FAILURE, "OCR failed: " + e.getMessage(), e);
            } finally {
                deleteQuietly(imageFile);
            }
        }
        if (result == null) {
            throw new CaptionException(Reason.IMAGE_INVALID, "OCR could not read the image");
        }
        List<TextLine> lines = new ArrayList<>();
        for (TextBlock block : result.getTextBlocks()) {
            TextLine line = toLine(block);
            if (line != null) {
                lines.add(line);
            }
        }
        LOG.debug("OCR: {} lines in {} ms", lines.size(), Math.round(result.getDetectTime()));
        return ReadingOrder.sort(lines);
    }

    /** The private folder that holds each screen image while it is read (for tests). */
    Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        closed = true;
        deleteQuietly(imageFile);
        deleteQuietly(workDir);
    }

    private TextLine toLine(TextBlock block) {
        String text = TextReader.mended(block.getText(), splitter);
        float confidence = confidence(block);
        if (text.isEmpty() || block.getBoxPoint().isEmpty() || confidence < MIN_CONFIDENCE) {
            return null;
        }
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (Point p : block.getBoxPoint()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return new TextLine(text, confidence, Math.max(0, minX), Math.max(0, minY),
                Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** Mean recognition score of the characters; the detection score when the engine gave none. */
    private static float confidence(TextBlock block) {
        float[] scores = block.getCharScores();
        if (scores == null || scores.length == 0) {
            return Math.min(1f, Math.max(0f, block.getBoxScore()));
        }
        double sum = 0;
        for (float s : scores) {
            sum += s;
        }
        return (float) Math.min(1.0, Math.max(0.0, sum / scores.length));
    }

    private static OcrEngine loadEngine(PpOcrModels models) throws CaptionException {
        long start = System.nanoTime();
        // Windows cannot delete a loaded DLL, so there one fixed folder is reused instead of leaving one per run
        boolean reuse = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path dir = null;
        try {
            dir = reuse ? Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "glance-ocr-natives"))
                    : Files.createTempDirectory("glance-ocr-natives-");
            String library = System.mapLibraryName("RapidOcr");
            Path libraryFile = unpack("lib/" + library, dir.resolve(library));
            for (String model : List.of(models.det(), CLS, models.rec(), KEYS)) {
                unpack(MODELS + model, dir.resolve(model));
            }
            ExecStackFlag.clear(libraryFile); // no executable stack, no JVM stack-guard warning
            System.load(libraryFile.toAbsolutePath().toString());
            OcrEngine loaded = new OcrEngine();
            loaded.initLogger(false, false, false); // no console log, no debug images written
            if (!loaded.initModels(dir.toString(), models.det(), CLS, models.rec(), KEYS)) {
                throw new CaptionException(Reason.MODEL_INCOMPATIBLE, "RapidOCR could not load its PP-OCR models");
            }
            LOG.info("OCR ready: RapidOCR {} with PP-OCR {}, loaded in {} ms", loaded.getVersion(), models,
                    (System.nanoTime() - start) / 1_000_000);
            return loaded;
        } catch (IOException e) {
            throw new CaptionException(Reason.RUNTIME_FAILURE, "cannot unpack RapidOCR: " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new CaptionException(Reason.RUNTIME_FAILURE,
                    "RapidOCR's native library does not load on this platform: " + e.getMessage(), e);
        } finally {
            if (dir != null && !reuse) {
                deleteTree(dir); // all loaded into memory already
            }
        }
    }

    private static Path unpack(String resource, Path target) throws IOException, CaptionException {
        try (InputStream in = RapidOcrReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CaptionException(Reason.MODEL_MISSING,
                        "RapidOCR resource " + resource + " is not on the classpath (rapidocr-onnx jars missing?)");
            }
            try {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                if (!Files.isRegularFile(target)) {
                    throw e;
                }
                LOG.debug("{} is in use (another Glance running?); using it as it is", target);
            }
            return target;
        }
    }

    /** {@code /dev/shm} keeps the per-image file in memory where the OS has it; else the usual temp folder. */
    private static Path imageFolderBase() {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return shm;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteTree(Path dir) {
        dir.toFile().deleteOnExit(); // registered first so that it is tried last, after anything left inside
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(RapidOcrReader::deleteQuietly);
        } catch (IOException e) {
            LOG.debug("could not list {} for deletion", dir, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
