package app.glance.ui;

import app.glance.inference.Description;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the large-print window shows, as JavaFX properties, with no scene graph (tests run it without the toolkit).
 *
 * <p>The {@code show*} methods and {@link #track} may be called from any thread: each hops onto the injected
 * executor ({@code Platform::runLater} in the app, {@code Runnable::run} in tests) before touching a property.
 * Every other method is for the window itself and must be called on that executor's thread.
 *
 * <p>One request goes: {@link #showWorking} &rarr; {@link #showInitial} (shown at once, greyed) &rarr;
 * {@link #showRefined} (replaces it; the initial stays visible as a smaller "first look") &rarr; optionally
 * {@link #showText}; or {@link #showDescription} with everything at once. Each request becomes one
 * {@link HistoryEntry}, newest first, updated in place as its parts arrive.
 */
public final class DescriptionViewModel {

    public static final int DEFAULT_FONT_SIZE = FontSizes.DEFAULT;
    static final int MAX_HISTORY = 200;
    static final String READY = "Ready. Press F5 to describe the screen, or F1 for keys.";

    private final Executor fx;
    private final Clock clock;
    private final DateTimeFormatter timeFormat;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", READY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ReadOnlyObjectWrapper<HistoryEntry> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    /** The camera's live picture while Glance waits for it to hold still; null otherwise. */
    /** The picture of the running request, kept until its entry exists. */
    private RgbImage currentThumbnail;
    private final ReadOnlyObjectWrapper<RgbImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper initialCaption = new ReadOnlyStringWrapper(this, "initialCaption", "");
    private final ReadOnlyStringWrapper refinedCaption = new ReadOnlyStringWrapper(this, "refinedCaption", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper firstLook = new ReadOnlyStringWrapper(this, "firstLook", "");
    private final ReadOnlyBooleanWrapper refining = new ReadOnlyBooleanWrapper(this, "refining");
    private final ObservableList<TextLine> textLines = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<TextLine> textLinesView = FXCollections.unmodifiableObservableList(textLines);
    private final ObservableList<HistoryEntry> historyView = FXCollections.unmodifiableObservableList(history);
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.YELLOW_ON_BLACK);
    private final BooleanProperty selfVoicing = new SimpleBooleanProperty(this, "selfVoicing");

    /** The entry the running request fills in; null between requests. Touched only on the executor's thread. */
    private HistoryEntry current;
    private boolean currentComplete;
    private String currentWhat = "Description";

    public DescriptionViewModel(Executor fxExecutor, Clock clock) {
        this.fx = Objects.requireNonNull(fxExecutor, "fxExecutor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(clock.getZone());
        fontSize.addListener((obs, old, now) -> {
            int clamped = FontSizes.clamp(now.intValue());
            if (clamped != now.intValue()) {
                fontSize.set(clamped);
            }
        });
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old);
            }
        });
    }

    public DescriptionViewModel(Executor fxExecutor) {
        this(fxExecutor, Clock.systemDefaultZone());
    }

    // ---- updates from any thread ---------------------------------------------------------------------------

    /** A new request has started; {@code what} is said in the status line, e.g. "Describing the screen". */
    public void showWorking(String what) {
        fx.execute(() -> {
            current = null;
            currentComplete = false;
            currentThumbnail = null;
            currentWhat = HistoryEntry.whatOf(what);
            setStatus(what + "\u2026", false);
            busy.set(true);
            display(null);
        });
    }

    /** A small picture of what the running request captured, for its history row (from any thread). */
    public void showThumbnail(RgbImage thumbnail) {
        fx.execute(() -> {
            currentThumbnail = thumbnail;
            if (current != null && !currentComplete) {
                update(current.withThumbnail(thumbnail));
            }
        });
    }

    /** A live camera frame (from any thread); the next caption, description or error removes it. */
    public void showPreview(RgbImage frame) {
        fx.execute(() -> preview.set(frame));
    }

    public void showInitial(String initial) {
        fx.execute(() -> {
            preview.set(null);
            startIfComplete();
            update(entry().withInitial(initial));
            if (busy.get()) {
                setStatus("First look. Refining\u2026", false);
            }
        });
    }

    /** The refined caption: replaces the initial one, which stays visible as a smaller "first look". */
    public void showRefined(String refined) {
        fx.execute(() -> {
            startIfComplete();
            update(entry().withRefined(refined));
            finished();
        });
    }

    /** The on-screen text lines of the current capture, in reading order. */
    public void showText(List<TextLine> lines) {
        List<TextLine> copy = List.copyOf(lines);
        fx.execute(() -> {
            update(entry().withText(copy));
            if (!busy.get()) {
                String count = copy.isEmpty() ? "No text found." : copy.size() == 1 ? "1 line of text."
                        : copy.size() + " lines of text.";
                setStatus(current.isRefined() ? described() + " " + count : count, false);
            }
        });
    }

    /** A whole description at once: both captions and the text. */
    public void showDescription(Description description) {
        fx.execute(() -> {
            preview.set(null);
            startIfComplete();
            update(entry().withInitial(nullToEmpty(description.initial()))
                    .withRefined(nullToEmpty(description.refined())).withText(description.text()));
            currentComplete = true;
            finished();
        });
    }

    /** A failure, already turned into one short sentence for the user, e.g. "No screen could be captured." */
    /** Puts descriptions saved in an earlier session (newest first) below the ones of this session; any thread. */
    public void restoreHistory(List<HistoryEntry> past) {
        List<HistoryEntry> copy = List.copyOf(past);
        fx.execute(() -> {
            int room = MAX_HISTORY - history.size();
            if (room > 0) {
                history.addAll(copy.subList(0, Math.min(room, copy.size())));
            }
        });
    }

    /** A short result that is not a description (e.g. the line under the pointer), from any thread. */
    public void showNote(String sentence) {
        fx.execute(() -> {
            setStatus(sentence, false);
            busy.set(false);
        });
    }

    public void showError(String sentence) {
        fx.execute(() -> {
            preview.set(null);
            setStatus(sentence, true);
            busy.set(false);
        });
    }

    /** A failure as a throwable: shown as a short sentence; cancellation shows "Stopped." and is not an error. */
    public void showFailure(Throwable failure) {
        if (Sentences.isCancellation(failure)) {
            fx.execute(() -> {
                setStatus(Sentences.STOPPED, false);
                busy.set(false);
            });
        } else {
            showError(Sentences.forFailure(failure));
        }
    }

    /** Shows {@code what} as working, then the description or the failure when {@code result} completes. */
    public void track(String what, CompletableFuture<Description> result) {
        showWorking(what);
        result.whenComplete((description, failure) -> {
            if (failure != null) {
                showFailure(failure);
            } else {
                showDescription(description);
            }
        });
    }

    // ---- for the window, on the executor's thread ----------------------------------------------------------

    /** Shows a past entry again in the main area (the user is browsing history). */
    public void reshow(HistoryEntry entry) {
        display(entry);
        setStatus("From " + timeFormat.format(entry.time()) + ": " + entry.what() + ".", false);
    }

    public void biggerText() {
        stepFont(+1);
    }

    public void smallerText() {
        stepFont(-1);
    }

    public void resetText() {
        fontSize.set(DEFAULT_FONT_SIZE);
        setStatus("Text size " + DEFAULT_FONT_SIZE + ".", false);
    }

    public void nextTheme() {
        theme.set(theme.get().next());
        setStatus(theme.get().spokenName() + ".", false);
    }

    /** Says something short in the status line, e.g. "Copied." */
    public void note(String sentence) {
        setStatus(sentence, false);
    }

    /** What "copy" puts on the clipboard: the shown description, then its text lines; empty when nothing is shown. */
    public String textToCopy() {
        HistoryEntry e = shown.get();
        if (e == null) {
            return "";
        }
        String text = e.textAsString();
        return text.isEmpty() ? e.best() : e.best() + "\n\n" + text;
    }

    /** "07:12  Screen" for a history row. */
    public String timeOf(HistoryEntry entry) {
        return timeFormat.format(entry.time());
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The entry in the main area: the running request's, or one chosen from history; null when cleared. */
    public ReadOnlyObjectProperty<HistoryEntry> shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RgbImage> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyStringProperty initialCaptionProperty() { return initialCaption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty refinedCaptionProperty() { return refinedCaption.getReadOnlyProperty(); }
    /** The big text: the refined caption, or the initial one until the refined one arrives. */
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    /** The initial caption once the refined one replaced it, else empty. */
    public ReadOnlyStringProperty firstLookProperty() { return firstLook.getReadOnlyProperty(); }
    /** True while the big text is an initial caption still waiting for its refined one. */
    public ReadOnlyBooleanProperty refiningProperty() { return refining.getReadOnlyProperty(); }
    /** Read-only view of the shown entry's text lines. */
    public ObservableList<TextLine> textLines() { return textLinesView; }
    /** Read-only view of past descriptions, newest first, at most {@value #MAX_HISTORY}. */
    public ObservableList<HistoryEntry> history() { return historyView; }
    /** Base font size in pixels, kept within 18 to 96. */
    public IntegerProperty fontSizeProperty() { return fontSize; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    /** When true the window speaks each control's name as it gets the focus (needed on Linux, where no screen reader sees JavaFX). */
    public BooleanProperty selfVoicingProperty() { return selfVoicing; }

    // ---- internals -----------------------------------------------------------------------------------------

    /** A caption after a complete description without {@link #showWorking} belongs to a new request. */
    private void startIfComplete() {
        if (currentComplete) {
            current = null;
            currentComplete = false;
        }
    }

    private HistoryEntry entry() {
        return current != null ? current
                : new HistoryEntry(clock.instant(), currentWhat, "", "", List.of(), currentThumbnail);
    }

    /** The running request's entry is always the newest, so it is added at, or replaced at, index 0. */
    private void update(HistoryEntry next) {
        if (current == null || history.isEmpty()) {
            history.add(0, next);
            if (history.size() > MAX_HISTORY) {
                history.remove(MAX_HISTORY, history.size());
            }
        } else {
            history.set(0, next);
        }
        current = next;
        display(next);
    }

    private void display(HistoryEntry e) {
        shown.set(e);
        initialCaption.set(e == null ? "" : e.initial());
        refinedCaption.set(e == null ? "" : e.refined());
        caption.set(e == null ? "" : e.best());
        firstLook.set(e != null && e.isRefined() && !e.initial().isBlank() ? e.initial() : "");
        refining.set(e != null && !e.isRefined() && !e.initial().isBlank());
        textLines.setAll(e == null ? List.of() : e.text());
    }

    private void finished() {
        busy.set(false);
        setStatus(described(), false);
    }

    private String described() {
        return "Described at " + timeFormat.format(current.time()) + ".";
    }

    private void setStatus(String sentence, boolean isError) {
        status.set(sentence);
        error.set(isError);
    }

    private void stepFont(int direction) {
        int now = fontSize.get();
        int next = FontSizes.step(now, direction);
        fontSize.set(next);
        setStatus(next != now ? "Text size " + next + "."
                : "Text size " + now + " is the " + (direction > 0 ? "largest." : "smallest."), false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
