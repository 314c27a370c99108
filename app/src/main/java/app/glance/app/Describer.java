package app.glance.app;

import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Cancellation;
import app.glance.inference.Captioner;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import app.glance.inference.frame.FrameCheck;
import app.glance.inference.text.Grounding;
import app.glance.inference.ocr.TextReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One description, start to end: the honesty check for blank frames, then OCR on its own thread while pass 1
 * captions from the pixels alone (so the first sentence is fast), then pass 2, which also reads the OCR lines.
 * Runs on the calling thread; the caller owns threading and cancellation.
 */
final class Describer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Describer.class);

    private final Captioner captioner;
    private final TextReader reader;
    private final ExecutorService ocrThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glance-ocr");
        t.setDaemon(true);
        return t;
    });

    /** Either part may be null when it could not be loaded; the description then says what is missing. */
    Describer(Captioner captioner, TextReader reader) {
        this.captioner = captioner;
        this.reader = reader;
    }

    /** The OCR lines and how long reading them took. */
    private record Ocr(List<TextLine> lines, long ms) {
    }

    String modelId() {
        return captioner == null ? "none" : captioner.modelId();
    }

    String provider() {
        return captioner == null ? "none" : captioner.provider();
    }

    Description describe(RgbImage image, DetailLevel level, Cancellation cancel, CaptionListener listener)
            throws CaptionException {
        long t0 = System.nanoTime();
        Optional<String> trivial = FrameCheck.describeTrivial(image);
        if (trivial.isPresent()) {
            String s = trivial.get();
            listener.onInitial(s, 1.0);
            listener.onRefined(s, 1.0);
            return new Description(modelId(), s, s, List.of(), new Timings(0, 0, 0, 0, 0, ms(t0)), provider());
        }
        Future<Ocr> ocr = ocrThread.submit(() -> read(image));
        if (captioner == null) {
            Ocr o = await(ocr);
            String s = o.lines().isEmpty() ? "No description model is installed, and no text was found."
                    : "No description model is installed. The text on screen follows.";
            listener.onInitial(s, 1.0);
            return new Description(modelId(), s, s, o.lines(), new Timings(0, 0, 0, 0, o.ms(), ms(t0)), provider());
        }
        double unsure = captioner.probablyBelow();
        // pass 1 runs before OCR has finished: its caption may quote nothing (no text to ground a quote in)
        CaptionListener honest = new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                listener.onInitial(honest(caption, List.of(), confidence, unsure), confidence);
            }

            @Override
            public void onRefined(String caption, double confidence) {
                listener.onRefined(honest(caption, texts(await(ocr).lines()), confidence, unsure), confidence);
            }
        };
        CaptionResult r = captioner.caption(image, List.of(), () -> texts(await(ocr).lines()), level, cancel,
                honest);
        Ocr o = await(ocr);
        Timings t = r.timings();
        String initial = honest(r.initial(), List.of(), r.initialConfidence(), unsure);
        String refined = r.cancelled() ? "" : honest(r.refined(), texts(o.lines()), r.refinedConfidence(), unsure);
        return new Description(modelId(), initial, refined, o.lines(),
                new Timings(t.preprocessMs(), t.visionMs(), t.pass1Ms(), t.pass2Ms(), o.ms(), ms(t0)), provider());
    }

    /**
     * A caption as Glance may say it: quotes that are not on screen removed (Grounding), and marked "Probably" when
     * the model was unsure.
     */
    static String honest(String caption, List<String> screenText, double confidence, double unsureBelow) {
        String c = Grounding.apply(caption, screenText);
        if (c.replaceAll("(?i)\\b(a|an|the)\\b", "").replaceAll("[^\\p{L}]", "").length() < 3) {
            // nothing left worth saying once the unfounded quotes are gone ("A.")
            return "Glance cannot tell what this shows.";
        }
        if (confidence < unsureBelow) {
            c = "Probably " + Character.toLowerCase(c.charAt(0)) + c.substring(1);
        }
        return c;
    }

    private Ocr read(RgbImage image) {
        if (reader == null) {
            return new Ocr(List.of(), 0);
        }
        long t = System.nanoTime();
        try {
            return new Ocr(reader.read(image), ms(t));
        } catch (CaptionException e) {
            LOG.warn("text reading failed: {}", e.getMessage());
            return new Ocr(List.of(), ms(t));
        }
    }

    private static Ocr await(Future<Ocr> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ocr(List.of(), 0);
        } catch (ExecutionException e) {
            LOG.warn("text reading failed: {}", e.getCause().toString());
            return new Ocr(List.of(), 0);
        }
    }

    private static List<String> texts(List<TextLine> lines) {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(l -> out.add(l.text()));
        return out;
    }

    private static long ms(long since) {
        return Math.round((System.nanoTime() - since) / 1e6);
    }

    @Override
    public void close() {
        ocrThread.shutdownNow();
        if (reader != null) {
            reader.close();
        }
        if (captioner != null) {
            captioner.close();
        }
    }
}
