package app.glance.app;

import app.glance.app.cache.Change;
import app.glance.app.cache.ChangeReport;
import app.glance.app.cache.ChangeTracker;
import app.glance.app.cache.DescriptionCache;
import app.glance.app.cache.FrameHash;
import app.glance.app.cache.LumaGrid;
import app.glance.app.capture.CaptureException;
import app.glance.app.capture.Frame;
import app.glance.app.capture.FrameSource;
import app.glance.app.capture.PrivacyCover;
import app.glance.app.capture.Region;
import app.glance.app.capture.ScreenPixels;
import app.glance.app.capture.UnderPointer;
import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.Cancellation;
import app.glance.inference.Describer;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.InferenceThread;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import app.glance.inference.text.KindCheck;
import app.glance.speech.Earcon;
import app.glance.speech.Priority;
import app.glance.speech.Speaker;
import app.glance.ui.DescriptionViewModel;
import app.glance.ui.Thumbnail;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * capture -> cache -> describe -> show and speak, for the window and the global hotkeys. Requests may come from any
 * thread and return at once; the work runs on one {@link InferenceThread}, and a new request cancels the running
 * one (latest wins). A frame near one described recently is answered from the {@link DescriptionCache} without running
 * the model. "What changed" re-captures the last target, compares it with the {@link ChangeTracker}'s snapshot and
 * describes only the changed part.
 */
final class CaptionService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaptionService.class);

    private final Describer describer;
    private final Speaker speaker;
    private final DescriptionViewModel view;
    private final DescriptionCache cache;
    private final ChangeTracker changes;
    private final InferenceThread inference;
    /** Plays the "working" earcon when a request has not spoken within {@link #EARCON_AFTER_MS}. */
    private final ScheduledExecutorService earconTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "glance-earcon");
        t.setDaemon(true);
        return t;
    });
    private volatile ScheduledFuture<?> pendingEarcon;
    static final long EARCON_AFTER_MS = 300;
    /** Written on the worker thread only. */
    private volatile Frame lastFrame;
    private volatile FrameSource lastSource;
    private volatile Description lastDescription;

    CaptionService(Describer describer, Speaker speaker, DescriptionViewModel view, DescriptionCache cache,
                   ChangeTracker changes, InferenceThread inference) {
        this.describer = describer;
        this.speaker = speaker;
        this.view = view;
        this.cache = cache;
        this.changes = changes;
        this.inference = inference;
    }

    /** The work of one request, on the inference thread. */
    @FunctionalInterface
    private interface Task {
        void run(Cancellation cancel) throws CaptureException, CaptionException;
    }

    /** Captures from {@code source} and describes it; {@code what} is the status line, e.g. "Describing the screen". */
    InferenceThread.Request describe(String what, FrameSource source, DetailLevel level) {
        return submit(what, cancel -> {
            Frame frame = source.capture();
            lastSource = source;
            describeFrame(frame, level, cancel, "");
        });
    }

    /** The detailed description of the last capture. */
    InferenceThread.Request moreDetail() {
        Frame frame = lastFrame;
        if (frame == null) {
            return submit("Describing in detail",
                    cancel -> tell("There is nothing to describe in more detail yet."));
        }
        return submit("Describing in detail", cancel -> describeFrame(frame, DetailLevel.DETAILED, cancel, ""));
    }

    /** Captures the last target again (or {@code firstTime} when there was none) and says what changed. */
    InferenceThread.Request whatChanged(FrameSource firstTime) {
        FrameSource source = lastSource != null ? lastSource : firstTime;
        return submit("Checking what changed", cancel -> {
            Frame frame = source.capture();
            lastSource = source;
            LumaGrid grid = LumaGrid.of(frame.image());
            FrameHash hash = FrameHash.of(grid);
            Optional<ChangeTracker.Snapshot> before = changes.previous(frame.target());
            if (before.isEmpty()) {
                describeFrame(frame, DetailLevel.BRIEF, cancel, "Nothing to compare with yet. ");
                return;
            }
            Change change = ChangeTracker.compare(before.get(), grid, hash);
            if (change instanceof Change.None) {
                lastFrame = frame;
                changes.remember(frame.target(), new ChangeTracker.Snapshot(grid, hash, before.get().text()));
                say(ChangeReport.NO_CHANGE);
            } else if (change instanceof Change.Changed c && c.fraction() < 0.6) {
                describeChange(frame, grid, hash, before.get(), c, cancel);
            } else {
                describeFrame(frame, DetailLevel.BRIEF, cancel,
                        change instanceof Change.Resized ? "The size changed. " : "Most of it changed. ");
            }
        });
    }

    /** Reads aloud the line of text under the mouse pointer (OCR of a band around it; no model). */
    InferenceThread.Request readUnderPointer(ScreenPixels pixels, PrivacyCover.ExcludedWindows excluded) {
        return submit("Reading under the pointer", cancel -> {
            UnderPointer.Band band = UnderPointer.grab(pixels, excluded);
            List<TextLine> lines = describer.readText(band.frame().image());
            if (cancel.isCancelled()) {
                return;
            }
            Optional<TextLine> line = UnderPointer.pick(lines, band.pointerX(), band.pointerY());
            quietEarcon();
            if (line.isEmpty()) {
                tell("No text under the mouse pointer.");
            } else {
                view.showNote(line.get().text());
                speaker.speak(line.get().text(), Priority.NOW);
            }
        });
    }

    /** Cancels the running request, if any. */
    void cancel() {
        inference.cancel();
    }

    Optional<Description> lastDescription() {
        return Optional.ofNullable(lastDescription);
    }

    private InferenceThread.Request submit(String what, Task task) {
        view.showWorking(what);
        return inference.submit(cancel -> run(task, cancel), () -> { });
    }

    private void run(Task task, Cancellation cancel) {
        pendingEarcon = earconTimer.schedule(() -> {
            if (!cancel.isCancelled()) {
                speaker.play(Earcon.WORKING);
            }
        }, EARCON_AFTER_MS, TimeUnit.MILLISECONDS);
        try {
            task.run(cancel);
        } catch (CaptureException e) {
            LOG.info("capture refused: {}", e.reason());
            tell(e.getMessage());
        } catch (CaptionException e) {
            quietEarcon();
            speaker.play(Earcon.ERROR);
            view.showFailure(e);
            speaker.speak(e.getMessage(), Priority.NOW);
        } catch (RuntimeException e) {
            LOG.warn("request failed", e);
            tell("Something went wrong; please try again.");
        } finally {
            quietEarcon();
        }
    }

    /** The request has spoken (or ended): no "working" sound any more. */
    private void quietEarcon() {
        ScheduledFuture<?> f = pendingEarcon;
        if (f != null) {
            f.cancel(false);
        }
    }

    private void describeFrame(Frame frame, DetailLevel level, Cancellation cancel, String lead)
            throws CaptionException {
        lastFrame = frame;
        view.showThumbnail(Thumbnail.of(frame.image(), 160));
        long t0 = System.nanoTime();
        LumaGrid grid = LumaGrid.of(frame.image());
        FrameHash hash = FrameHash.of(grid);
        boolean[] described = {false};
        Description d = cache.get(hash, frame.mode(), describer.modelId(), level, () -> {
            LOG.debug("cache miss after {} ms", (System.nanoTime() - t0) / 1_000_000);
            described[0] = true;
            Description fresh = describer.describe(frame.image(), frame.mode().origin(), frame.windowBoxes(), level,
                    cancel, speaking(lead));
            return cancel.isCancelled() ? null : fresh;
        });
        if (d == null || cancel.isCancelled()) {
            return;
        }
        if (!described[0]) {
            LOG.debug("cache hit in {} ms", (System.nanoTime() - t0) / 1_000_000);
            speaker.speak(lead + d.best(), Priority.NOW);
        }
        Description shown = lead.isEmpty() ? d : withLead(d, lead, d.best(), d.text());
        lastDescription = shown;
        view.showDescription(shown);
        changes.remember(frame.target(), new ChangeTracker.Snapshot(grid, hash, d.text()));
    }

    private void describeChange(Frame frame, LumaGrid grid, FrameHash hash, ChangeTracker.Snapshot before,
                                Change.Changed change, Cancellation cancel) throws CaptionException {
        lastFrame = frame;
        Region box = change.box();
        String lead = ChangeReport.lead(box, frame.image().width(), frame.image().height(), change.areas());
        Description d = describer.describe(box.crop(frame.image()), DetailLevel.BRIEF, cancel, speaking(lead));
        if (cancel.isCancelled()) {
            return;
        }
        List<TextLine> inFrame = ChangeTracker.mergeText(List.of(), box, d.text());
        List<TextLine> added = ChangeReport.newLines(before.text(), inFrame);
        // a new line the description quoted already ("A dialog. It asks "Save changes?".") is not said twice
        List<TextLine> unsaid = added.stream().filter(l -> !d.best().contains("\"" + l.text().strip() + "\""))
                .toList();
        String newText = !added.isEmpty() && unsaid.isEmpty() ? "" : ChangeReport.newText(unsaid);
        if (!newText.isEmpty()) {
            speaker.speak(newText, Priority.NORMAL);
        }
        Description shown = withLead(d, lead, (d.best() + " " + newText).strip(), inFrame);
        lastDescription = shown;
        view.showDescription(shown);
        changes.remember(frame.target(),
                new ChangeTracker.Snapshot(grid, hash, ChangeTracker.mergeText(before.text(), box, d.text())));
    }

    /**
     * Shows and speaks each caption as it arrives, after {@code lead}: the refined caption replaces what is still
     * queued of the first, or interrupts it when it corrects the kind of window the first one named.
     */
    private CaptionListener speaking(String lead) {
        return new CaptionListener() {
            private String initial;
            private String refined;

            @Override
            public void onInitial(String caption, double confidence) {
                initial = caption;
                quietEarcon();
                view.showInitial(lead + caption);
                speaker.speak(lead + caption, Priority.NOW);
            }

            @Override
            public void onRefined(String caption, double confidence) {
                refined = caption;
                view.showRefined(lead + caption);
                if (caption.equals(initial)) {
                    // the first sentence already said it (a window's title, read early): not said twice
                    return;
                }
                if (initial != null && caption.startsWith(initial + " ")) {
                    // the first sentence, and more (a photo's text): only the rest is said, after all of the first
                    speaker.speak(caption.substring(initial.length() + 1), Priority.NORMAL);
                } else if (KindCheck.corrects(caption) || initial != null && Describer.isProvisional(initial)) {
                    // the first sentence named a kind of window the screen's text contradicts, or only said the
                    // picture's colours: not heard to its end
                    speaker.speak(lead + caption, Priority.NOW);
                } else {
                    speaker.replaceQueued(lead + caption);
                }
            }

            @Override
            public void onAddition(String sentence) {
                // what all of the text shows (a dialog's question, more detail): said after the refined caption
                view.showRefined(lead + (refined == null ? "" : refined + " ") + sentence);
                speaker.speak(sentence, Priority.NORMAL);
            }
        };
    }

    private static Description withLead(Description d, String lead, String refined, List<TextLine> text) {
        return new Description(d.modelId(), lead + d.initial(), lead + refined, text, d.timings(), d.provider());
    }

    /** A one-sentence answer that needs no model: shown as the description and spoken. */
    private void say(String sentence) {
        Description d = new Description(describer.modelId(), sentence, sentence, List.of(),
                new Timings(0, 0, 0, 0, 0, 0), describer.provider());
        lastDescription = d;
        view.showDescription(d);
        speaker.speak(sentence, Priority.NOW);
    }

    /** A sentence about why nothing was described: shown as an error and spoken. */
    private void tell(String sentence) {
        view.showError(sentence);
        speaker.speak(sentence, Priority.NOW);
    }

    @Override
    public void close() {
        cancel();
        earconTimer.shutdownNow();
        inference.close();
    }
}
