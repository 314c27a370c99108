package app.glance.inference;

import app.glance.inference.frame.FaceFinder;
import app.glance.inference.frame.PictureRegion;
import app.glance.inference.frame.FrameCheck;
import app.glance.inference.frame.PhotoCheck;
import app.glance.inference.text.AboutDialog;
import app.glance.inference.text.AppTitles;
import app.glance.inference.text.BrowserFrame;
import app.glance.inference.text.DesktopIcons;
import app.glance.inference.text.FileChooser;
import app.glance.inference.text.FindDialog;
import app.glance.inference.text.FormDialog;
import app.glance.inference.text.Grounding;
import app.glance.inference.text.Interruptions;
import app.glance.inference.text.KindCheck;
import app.glance.inference.text.ListRows;
import app.glance.inference.text.Notices;
import app.glance.inference.text.OpenMenu;
import app.glance.inference.text.PageForm;
import app.glance.inference.text.PageHeading;
import app.glance.inference.text.SheetRows;
import app.glance.inference.text.StartCenter;
import app.glance.inference.text.StateLines;
import app.glance.inference.text.Palette;
import app.glance.inference.text.ReadableText;
import app.glance.inference.text.TerminalText;
import app.glance.inference.text.TextDetail;
import app.glance.inference.text.ToneCheck;
import app.glance.inference.text.WebApps;
import app.glance.inference.ocr.ReadingOrder;
import app.glance.inference.ocr.TextReader;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One description, start to end: the honesty check for blank frames, then OCR on its own thread while pass 1
 * captions from the pixels alone (so the first sentence is fast), then pass 2, which also reads the OCR lines: it
 * starts as soon as OCR has read as many lines, in reading order, as the model takes in, while OCR reads the rest (on
 * a large screen, the first lines of its top strip, in that strip's order: see {@link TextReader}).
 * {@link #describe} runs on the calling thread; {@link #submit} runs on Glance's one inference thread, where a new
 * request cancels the one before it (latest wins).
 */
public final class Describer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Describer.class);
    /** Whether reading the face cascades failed (said once in the log). */
    private static final AtomicBoolean faceFinderFailed = new AtomicBoolean();

    /**
     * The first sentence waits for the first lines of the screen's top (a window's title, see
     * {@link TextReader#read(RgbImage, UnaryOperator, Predicate, Consumer, Consumer)}) until this long after the
     * request at most, within the first sentence's 150 ms, when the model's guess names a kind of window that a title
     * could contradict: a title that names another kind is said instead of the guess. At 1366x768 they come in about
     * 100 ms on the development machine of stop 21; where they have lately come later, the first sentence does not
     * wait ({@link #topLinesAfterMs}).
     */
    static final long TOP_WAIT_MS = 140;
    /** How often a first sentence waiting for the title looks whether its request was cancelled. */
    static final long CANCEL_POLL_MS = 5;
    /** The share of a picture in one colour above which a picture with no text is said to be that colour. */
    static final double ONE_COLOUR = 0.9;
    /** What Glance says of a picture with no word on it where the model was unsure ({@link #refined}). */
    static final String NO_WORDS = "Glance cannot tell what this shows: it has no words on it, and is ";
    /** A word: three letters in a row. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3}");
    /**
     * How a first sentence that names no kind of window begins ({@link #first}): what follows it is only the picture's
     * colours, so the refined caption is said over it at once ({@link #isProvisional}).
     */
    public static final String NOT_SURE = "Not sure yet what this shows";

    private final Captioner captioner;
    private final TextReader reader;
    private final ExecutorService ocrThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glance-ocr");
        t.setDaemon(true);
        return t;
    });

    /** Created by the first {@link #submit}: callers that run describe on their own thread never start it. */
    private InferenceThread inference;
    private final AtomicLong described = new AtomicLong();

    private final long topWaitMs;
    /**
     * How long after the request the top lines came, in ms, over the descriptions so far (each new time weighs half);
     * -1 before the first. On a machine too slow for them to come within {@link #TOP_WAIT_MS}, the first sentence
     * does not wait for them at all.
     */
    private final AtomicLong topLinesAfterMs = new AtomicLong(-1);

    /** Either part may be null when it could not be loaded; the description then says what is missing. */
    public Describer(Captioner captioner, TextReader reader) {
        this(captioner, reader, TOP_WAIT_MS);
    }

    /** As {@link #Describer(Captioner, TextReader)}, the first sentence waiting up to {@code topWaitMs} for a title. */
    Describer(Captioner captioner, TextReader reader, long topWaitMs) {
        this.captioner = captioner;
        this.reader = reader;
        this.topWaitMs = topWaitMs;
    }

    /** What {@link #submit} reports, on the inference thread: captions and text as they come, then one ending. */
    public interface Listener extends CaptionListener {

        /** The whole description (refined caption, text, timings). */
        default void onDone(Description description) {
        }

        /** A newer request (or {@link Describer#cancel()}) stopped this one; nothing more comes. */
        default void onCancelled() {
        }

        /** The description failed; the message is one sentence for the user. */
        default void onFailed(CaptionException e) {
        }
    }

    /**
     * Describes {@code image} on the inference thread and returns at once. A request submitted later cancels this
     * one at its next decode step; exactly one of onDone, onCancelled or onFailed ends every request.
     */
    public InferenceThread.Request submit(RgbImage image, DetailLevel level, Listener listener) {
        return inferenceThread().submit(cancel -> {
            try {
                Description d = describe(image, level, cancel, listener);
                if (cancel.isCancelled()) {
                    listener.onCancelled();
                } else {
                    listener.onDone(d);
                }
            } catch (CaptionException e) {
                listener.onFailed(e);
            } catch (RuntimeException e) { // a bug, not bad input: still exactly one ending for the listener
                listener.onFailed(new CaptionException(CaptionException.Reason.RUNTIME_FAILURE,
                        "Something went wrong while describing; please try again.", e));
                throw e;
            }
        }, listener::onCancelled);
    }

    /** Cancels the running and the waiting request, if any. */
    public synchronized void cancel() {
        if (inference != null) {
            inference.cancel();
        }
    }

    private synchronized InferenceThread inferenceThread() {
        if (inference == null) {
            inference = InferenceThread.start("glance-describer");
        }
        return inference;
    }

    /** The OCR lines, how long reading them took, and whether the whole image was read (no failure, a reader). */
    private record Ocr(List<TextLine> lines, long ms, boolean read) {

        Ocr(List<TextLine> lines, long ms) {
            this(lines, ms, false);
        }
    }

    /**
     * The text lines of {@code image} in reading order, without captioning it (empty when OCR is unavailable), as a
     * description shows them: without window buttons and lone icons read as characters ({@link ReadableText}).
     */
    public List<TextLine> readText(RgbImage image) {
        return ReadableText.of(read(image).lines());
    }

    /**
     * Both passes alone, with {@code text} as the OCR lines and nothing else running: what the benchmark times for
     * the cost of refining, which OCR reading on beside pass 2 would blur. Null when there is no captioner.
     */
    public CaptionResult captionAlone(RgbImage image, List<String> text) throws CaptionException {
        return captioner == null ? null
                : captioner.caption(image, List.of(), () -> text, DetailLevel.BRIEF, Cancellation.none(),
                        CaptionListener.NONE);
    }

    /** How many images the captioner has been run on (blank frames and cache hits do not count). */
    public long described() {
        return described.get();
    }

    public String modelId() {
        return captioner == null ? "none" : captioner.modelId();
    }

    public String provider() {
        return captioner == null ? "none" : captioner.provider();
    }

    /**
     * Describes {@code image}, a capture of the screen, on the calling thread; {@code listener} hears each part as
     * soon as it is ready.
     */
    public Description describe(RgbImage image, DetailLevel level, Cancellation cancel, CaptionListener listener)
            throws CaptionException {
        return describe(image, ImageOrigin.SCREEN, List::of, level, cancel, listener);
    }

    /** As {@link #describe(RgbImage, DetailLevel, Cancellation, CaptionListener)}, for an image from {@code origin}. */
    public Description describe(RgbImage image, ImageOrigin origin, DetailLevel level, Cancellation cancel,
                                CaptionListener listener) throws CaptionException {
        return describe(image, origin, List::of, level, cancel, listener);
    }

    /**
     * As {@link #describe(RgbImage, ImageOrigin, DetailLevel, Cancellation, CaptionListener)}, reading the text window
     * by window: {@code windows} gives the windows' boxes {x, y, width, height} in the image, front first (see
     * {@link ReadingOrder#byWindow}); it is asked on the OCR thread, so finding them never delays the first sentence.
     * A photo (a camera frame, or a file that looks like one) is not captioned by a model that does not describe
     * photos: Glance says what kind of picture it is at once, then where its text begins (in the refined caption),
     * and reads all of its text. Once all of a screen's text is read, what it shows that the refined caption did not
     * say is given to {@link CaptionListener#onAddition} and added to the description's refined caption.
     */
    public Description describe(RgbImage image, ImageOrigin origin, Supplier<List<int[]>> windows, DetailLevel level,
                                Cancellation cancel, CaptionListener listener) throws CaptionException {
        long t0 = System.nanoTime();
        Optional<String> trivial = FrameCheck.describeTrivial(image, origin);
        if (trivial.isPresent()) {
            String s = trivial.get();
            listener.onInitial(s, 1.0);
            listener.onRefined(s, 1.0);
            return new Description(modelId(), s, s, List.of(), new Timings(0, 0, 0, 0, 0, ms(t0)), provider());
        }
        if (captioner != null && !captioner.describesPhotos() && (origin == ImageOrigin.CAMERA
                || origin == ImageOrigin.UNKNOWN && PhotoCheck.looksLikePhoto(image))) {
            String s = PhotoCheck.sentence(Palette.of(image), origin == ImageOrigin.CAMERA, faces(image), image.width(),
                    image.height());
            listener.onInitial(s, 1.0);
            // a label, a sign or a letter held up to the camera: where its text begins is said after the first
            // sentence, as soon as the lines it quotes are read; before a camera, whether those lines reach an edge
            // of the picture (a letter held too close, or off to one side)
            boolean camera = origin == ImageOrigin.CAMERA;
            Function<List<TextLine>, String> then = lines -> s + PhotoCheck.textBegins(lines)
                    + (camera ? PhotoCheck.edges(lines, image.width(), image.height()) : "");
            CompletableFuture<List<TextLine>> begins = new CompletableFuture<>();
            begins.thenAccept(lines -> {
                if (!cancel.isCancelled()) {
                    listener.onRefined(then.apply(lines), 1.0);
                }
            });
            Ocr o = read(image, List::of, PhotoCheck::textBeginsIn, begins, new CompletableFuture<>());
            String refined = then.apply(begins.join());
            List<TextLine> shown = ReadableText.of(o.lines());
            if (!cancel.isCancelled()) {
                listener.onText(shown);
            }
            return new Description(modelId(), s, refined, shown, new Timings(0, 0, 0, 0, o.ms(), ms(t0)),
                    provider());
        }
        // pass 2 needs only as many lines as its text budget takes: it starts on those while OCR reads on
        CompletableFuture<List<TextLine>> firstLines = new CompletableFuture<>();
        CompletableFuture<List<TextLine>> topLines = new CompletableFuture<>();
        Predicate<List<TextLine>> enough = captioner == null ? lines -> false
                : lines -> captioner.hasEnoughText(texts(lines));
        Future<Ocr> ocr = ocrThread.submit(() -> read(image, windows, enough, firstLines, topLines));
        topLines.thenRun(() -> noteTopLines(ms(t0))); // measured whether the first sentence waits for them or not
        if (captioner == null) {
            Ocr o = await(ocr);
            List<TextLine> shown = ReadableText.of(o.lines());
            listener.onText(shown);
            String s = shown.isEmpty() ? "No description model is installed, and no text was found."
                    : "No description model is installed. The text on screen follows.";
            listener.onInitial(s, 1.0);
            return new Description(modelId(), s, s, shown, new Timings(0, 0, 0, 0, o.ms(), ms(t0)), provider());
        }
        double unsure = captioner.probablyBelow();
        // the first sentence's own levels: a detailed description's first sentence is said as surely only where the
        // model was as sure as of a brief caption's kind (stop 35)
        double firstUnsure = captioner.firstPassProbablyBelow(level);
        Palette palette = Palette.of(image);
        // what a file or the clipboard is said to be where it holds no text and no window after all, by a model that
        // does not describe photos: a photo that looked like a screen (its faces looked for once, and only then)
        Supplier<String> asPhoto = origin == ImageOrigin.UNKNOWN && !captioner.describesPhotos()
                ? KindCheck.once(() -> PhotoCheck.sentence(palette, false, faces(image), image.width(),
                        image.height()))
                : null;
        String subject = FrameCheck.subject(origin);
        // pass 1 runs before OCR has finished: its caption may quote nothing (no text to ground a quote in); pass 2's
        // quotes are grounded in the lines it read
        AtomicReference<List<String>> saidTop = new AtomicReference<>(List.of()); // the first sentence's top lines
        CaptionListener honest = new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                // only a caption that a title could contradict, or one that would say no kind of window, waits for
                // it, and only where it may come in time
                boolean titleMatters = KindCheck.titleCanContradict(caption) || namesNoKind(first(caption, List.of(),
                        palette, confidence, firstUnsure, captioner.guessBelow(caption, level)));
                List<String> top = titleMatters && topLinesInTime()
                        ? texts(awaitTop(topLines, t0 + topWaitMs * 1_000_000, cancel))
                        : texts(topLines.getNow(List.of()));
                saidTop.set(top);
                listener.onInitial(firstOfDetail(first(caption, top, palette, confidence, firstUnsure,
                        captioner.guessBelow(caption, level)), level), confidence);
            }

            @Override
            public void onRefined(String caption, double confidence) {
                listener.onRefined(guessedDetail(refined(caption, awaitFirst(firstLines), ocr, image, palette,
                        confidence, unsure, subject, asPhoto), level, confidence, unsure), confidence);
            }
        };
        Supplier<List<String>> pass2Text = () -> texts(awaitFirst(firstLines)); // once, between pass 1 and pass 2
        described.incrementAndGet();
        CaptionResult r = captioner.caption(image, List.of(), pass2Text, level, cancel, honest);
        Ocr o = await(ocr);
        Timings t = r.timings();
        String initial = firstOfDetail(first(r.initial(), saidTop.get(), palette, r.initialConfidence(), firstUnsure,
                captioner.guessBelow(r.initial(), level)), level);
        String refined = r.cancelled() ? "" : guessedDetail(refined(r.refined(), awaitFirst(firstLines), ocr, image,
                palette, r.refinedConfidence(), unsure, subject, asPhoto), level, r.refinedConfidence(), unsure);
        // a dialog's question that the caption, said before all of the text was read, left out; else an open menu's
        // items; else an About dialog, a file dialog, a Find dialog or a form's dialog (a file's properties, Format
        // Cells, Go to Line) in front of the window; else a call, a CAPTCHA, a request for a code, a program that
        // stopped, or a form's complaint about what was typed; else a toast (by its lines, or by where they stand over
        // a window); else a page's form and its fields; else a cookie notice; else what a page is (a news article, an
        // error page, an encyclopedia's article, a search's results, a shop's product, a web application: a call, a
        // chat, an inbox, a calendar, ...) or what an application said by its kind shows (a chat's last message, an
        // inbox's unread mail, a file manager's files, a calculator's display, a calendar's month, a settings window's
        // section, a call app's waiting room); else a line that says the view is empty or the document open only to
        // read; else a dialog's list of columns, row by row; else a code editor's or a terminal's error; else a page's
        // heading
        List<String> allText = texts(o.lines());
        String saidRefined = refined;
        Optional<String> addition = r.cancelled() || cancel.isCancelled() ? Optional.empty()
                : KindCheck.dialogOnScreen(allText, refined).or(() -> OpenMenu.sentence(o.lines(), saidRefined))
                .or(() -> AboutDialog.anywhere(allText).filter(a -> !saidRefined.contains(AboutDialog.ABOUT_DIALOG))
                        .map(AboutDialog::onScreen))
                .or(() -> FileChooser.onScreen(allText, saidRefined))
                .or(() -> FindDialog.anywhere(allText).filter(f -> !FindDialog.named(saidRefined))
                        .map(FindDialog::onScreen))
                .or(() -> FormDialog.anywhere(allText).filter(f -> !f.named(saidRefined)).map(FormDialog::onScreen))
                .or(() -> Interruptions.onScreen(allText, saidRefined))
                .or(() -> Notices.onScreen(allText, saidRefined))
                .or(() -> Notices.overWindowOnScreen(o.lines(), image.width(), image.height(), saidRefined))
                .or(() -> PageForm.onScreen(allText, saidRefined))
                .or(() -> PageForm.inWindow(o.lines(), saidRefined))
                .or(() -> StartCenter.onScreen(o.lines(), saidRefined))
                .or(() -> KindCheck.cookieNoticeOnScreen(allText, saidRefined))
                .or(() -> KindCheck.filesOnScreen(allText, saidRefined))
                .or(() -> KindCheck.comparedOnScreen(allText, saidRefined))
                .or(() -> KindCheck.displayOnScreen(allText, saidRefined))
                .or(() -> KindCheck.monthOnScreen(allText, saidRefined))
                .or(() -> AppTitles.sectionOnScreen(allText, saidRefined))
                .or(() -> KindCheck.waitingOnScreen(allText, saidRefined))
                .or(() -> KindCheck.officeStartOnScreen(allText, saidRefined))
                .or(() -> FileChooser.fileNameOnScreen(allText, saidRefined))
                .or(() -> pictureInViewer(image, saidRefined))
                .or(() -> SheetRows.onScreen(o.lines(), saidRefined)) // before a page's kind: its rows too
                .or(() -> KindCheck.pageOnScreen(allText, saidRefined))
                .or(() -> StateLines.onScreen(allText, saidRefined))
                .or(() -> ListRows.onScreen(o.lines(), saidRefined))
                .or(() -> TerminalText.codeError(saidRefined, allText))
                .or(() -> TerminalText.terminalError(saidRefined, allText))
                .or(() -> PageHeading.onScreen(o.lines(), saidRefined));
        List<TextLine> shown = ReadableText.of(o.lines());
        if (level == DetailLevel.DETAILED && !r.cancelled() && !cancel.isCancelled()) {
            // more detail: an inbox's next mails, a chat's messages before its last or a spreadsheet's next rows; the
            // window's menus, where its text begins, how much of it there is (of the text shown)
            String saidFirst = refined + addition.map(a -> " " + a).orElse("");
            Optional<String> more = WebApps.more(allText, saidFirst).or(() -> SheetRows.more(o.lines(), saidFirst));
            String said = saidFirst + more.map(m -> " " + m).orElse("");
            Optional<String> rest = TextDetail.of(texts(shown), said);
            Optional<String> detail = more.isEmpty() ? rest
                    : Optional.of(more.get() + rest.map(d -> " " + d).orElse(""));
            if (detail.isPresent()) {
                addition = Optional.of(addition.map(a -> a + " ").orElse("") + detail.get());
            }
        }
        if (addition.isPresent()) {
            listener.onAddition(addition.get());
            refined = refined + " " + addition.get();
        }
        if (!cancel.isCancelled()) {
            listener.onText(shown);
        }
        return new Description(modelId(), initial, refined, shown,
                new Timings(t.preprocessMs(), t.visionMs(), t.pass1Ms(), t.pass2Ms(), o.ms(), ms(t0), t.serMs()),
                provider());
    }

    /**
     * What Glance adds after an image viewer's or an image editor's window, {@code said}, where a photo shows in it
     * ({@link PictureRegion}): its colours and faces ({@link PhotoCheck#inWindow}).
     */
    private static Optional<String> pictureInViewer(RgbImage image, String said) {
        if (!said.startsWith("An image viewer") && !said.startsWith("An image editor")) {
            return Optional.empty();
        }
        return PictureRegion.photoIn(image).map(box -> {
            RgbImage picture = PictureRegion.crop(image, box);
            return PhotoCheck.inWindow(Palette.of(picture), faces(picture), picture.width(), picture.height());
        });
    }

    /** The faces in a photo ({@link FaceFinder}); none where the bundled cascades cannot be read (logged once). */
    private static List<FaceFinder.Face> faces(RgbImage image) {
        try {
            return FaceFinder.bundled().find(image);
        } catch (UncheckedIOException | ExceptionInInitializerError | NoClassDefFoundError e) {
            if (!faceFinderFailed.getAndSet(true)) {
                LOG.warn("faces are not looked for: {}", e.getMessage());
            }
            return List.of();
        }
    }

    /**
     * A detailed description the model was unsure of, as Glance may say it: its first sentence alone (what follows
     * is a guess on a guess: "Probably this screenshot shows a single flat white colour. There is about a calculation
     * banner. ... Behind it is a spreadsheet window." on FileZilla's welcome dialog, stop 30); else as it is. What
     * the text shows follows it ({@link TextDetail}).
     */
    static String guessedDetail(String said, DetailLevel level, double confidence, double unsureBelow) {
        return level != DetailLevel.DETAILED || confidence >= unsureBelow ? said : firstSentence(said);
    }

    /**
     * The first sentence of a detailed description as Glance says it at once: its first sentence alone, said before
     * any text is read (the rest, checked against the text, comes with the refined one: "This screenshot shows a
     * terminal. It is about a file listing. It has." on FileZilla's welcome dialog, stop 30).
     */
    static String firstOfDetail(String said, DetailLevel level) {
        return level == DetailLevel.DETAILED ? firstSentence(said) : said;
    }

    /** {@code said} up to its first full stop outside quotes that a space follows. */
    static String firstSentence(String said) {
        boolean quoted = false;
        for (int i = 0; i + 1 < said.length(); i++) {
            char c = said.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted && said.charAt(i + 1) == ' ') {
                return said.substring(0, i + 1);
            }
        }
        return said;
    }

    /** The first sentence that names no kind of window: "Not sure yet what this shows: it is mostly white." */
    private static String notSure(Palette palette) {
        return NOT_SURE + ": it is " + palette.mainColours() + ".";
    }

    /** Whether a first sentence says that Glance is not sure yet, or cannot tell, what kind of window this is. */
    private static boolean namesNoKind(String firstSentence) {
        return isProvisional(firstSentence) || firstSentence.equals(KindCheck.UNKNOWN_KIND);
    }

    /** Whether {@code firstSentence} names no kind of window, only the picture's colours ({@link #NOT_SURE}). */
    public static boolean isProvisional(String firstSentence) {
        return firstSentence.startsWith(NOT_SURE);
    }

    /** Takes note that the top lines came {@code ms} after the request. */
    void noteTopLines(long ms) {
        topLinesAfterMs.updateAndGet(before -> before < 0 ? ms : (before + ms) / 2);
    }

    /** Whether the top lines may come within the first sentence's wait: they have, lately, or nothing is known yet. */
    private boolean topLinesInTime() {
        long after = topLinesAfterMs.get();
        return after < 0 || after <= topWaitMs;
    }

    /**
     * The refined caption as Glance says it: {@link #honest(String, List, Supplier, Palette, double, double)}, with all
     * of the screen's text asked of {@code ocr} only when the check needs it; but where OCR read the whole picture
     * and found no text, and one colour covers {@value #ONE_COLOUR} of it or more (an empty window, a page still
     * loading, a window captured before it was drawn), nothing the model says of it could be borne out: "The screen
     * is almost entirely white, with no text." (a real window that had not been drawn was "Probably a calendar
     * page.", stop 24); "The picture ..." where it is no capture of the screen ({@code subject}). Where a file or the
     * clipboard ({@code asPhoto} not null) holds no text at all and no window's background ({@link
     * PhotoCheck#windowShown}), it is a photo after all, whose texture the photo check did not know: what {@code
     * asPhoto} says (scikit-image's rocket against a clear sky, its sharp edges a screen's, was "Probably a progress
     * dialog.", stop 33). Where the text is only icons' labels in columns at an edge of the picture, it is a desktop
     * ({@link DesktopIcons}; where the first lines could be, all of the text is awaited to tell).
     */
    private static String refined(String caption, List<TextLine> seen, Future<Ocr> ocr, RgbImage image,
                                  Palette palette, double confidence, double unsure, String subject,
                                  Supplier<String> asPhoto) {
        if (seen.isEmpty()) { // the first lines are empty only when OCR has ended (or failed) with no text
            Ocr o = await(ocr);
            Map.Entry<String, Double> most = mostColour(palette);
            if (o.read() && o.lines().isEmpty()) {
                if (most.getValue() >= ONE_COLOUR) {
                    return subject + " is almost entirely " + most.getKey() + ", with no text.";
                }
                if (asPhoto != null && !PhotoCheck.windowShown(image)) {
                    return asPhoto.get();
                }
            }
        }
        // no word on the whole picture, only signs (an image viewer's toolbar read as "a", "H", "%"): an unsure guess
        // has nothing to bear it out (GPicView's window with a green picture was "Probably a music player.", stops
        // 36-38, by hand), nor has a sure one of a kind of window that always shows words (a terminal)
        if ((confidence < unsure || KindCheck.needsWords(caption)) && seen.stream().noneMatch(Describer::hasWord)) {
            Ocr o = await(ocr);
            if (o.read() && o.lines().stream().noneMatch(Describer::hasWord)) {
                return NO_WORDS + palette.mainColours() + ".";
            }
        }
        // a toast alone on an empty screen: where it is and what it says, whatever the model took the screen for
        if (Notices.couldBeAlone(seen, image.width(), image.height())) {
            Optional<String> toast = Notices.alone(await(ocr).lines(), image.width(), image.height(), palette);
            if (toast.isPresent()) {
                return toast.get();
            }
        }
        if (!DesktopIcons.named(caption) && DesktopIcons.couldBe(seen, image.width(), image.height())) {
            Optional<String> desktop = DesktopIcons.over(await(ocr).lines(), image.width(), image.height());
            if (desktop.isPresent()) {
                return desktop.get();
            }
        }
        // the kind of window is checked by what shows behind an open menu, and by the window's own text: a toast over
        // it in a corner of the screen is said after it (Notices#overWindowOnScreen); a count of rows, by a list's
        // own rows where they are read (ListRows, said after it)
        int w = image.width();
        int h = image.height();
        return honest(ListRows.withoutWrongCount(caption, () -> await(ocr).lines()),
                texts(OpenMenu.without(Notices.withoutToast(seen, w, h))),
                () -> texts(OpenMenu.without(Notices.withoutToast(await(ocr).lines(), w, h))), palette, confidence,
                unsure);
    }

    /**
     * Whether {@code caption} names a type of dialog where the screen shows the window of {@code title}'s application
     * (its title, then its menu bar, among {@code screenText}) and no dialog's question or message above buttons:
     * LXTask's "Quit" button is no dialog's, Mousepad's "Save changes to ... before closing?" with its buttons is. A
     * dialog's question that is said after the window's title ({@link KindCheck#dialogOnScreen}, once all of the text
     * is read) keeps the model's type of dialog only where that dialog's own lines bear it out: FeatherPad's "Save
     * changes?" was "A list dialog." for its document, "list.txt" (stop 30, by hand). All of the text is asked for
     * only where the title and the menu bar show.
     */
    private static boolean windowNotDialog(String caption, AppTitles.Title title, List<String> screenText,
                                           Supplier<List<String>> allText) {
        if (!KindCheck.windowTitled(caption, title, screenText)) {
            return false;
        }
        List<String> all = allText.get();
        return KindCheck.asks(all).isEmpty() && KindCheck.says(all).isEmpty()
                || KindCheck.dialogOnScreen(all, title.sentence()).isPresent()
                && !KindCheck.namesDialogOnScreen(caption, all);
    }

    /**
     * An application's message box, titled with the application's name alone (no document's name before a
     * separator): a small dialog's text, its question or message above its buttons ("Microsoft Word", "Word
     * experienced an error trying to open the file.", "OK"), which is said instead of the application's window ("A
     * word processor: its title is "Microsoft Word".", stop 40); and an installer's page, which is a dialog ("A
     * dialog, "Python 3.12.0 (64-bit) Setup", says "Select Install Now ..."", stop 42, written down); a call or an
     * alert about a program said as such ({@link Interruptions}: Teams' "Ann Lee is calling you" had been "A dialog,
     * "Microsoft Teams", says ...", stop 43, captured).
     */
    private static Optional<String> messageBox(AppTitles.Title title, List<String> screenText) {
        return title.nameAlone() || title.installer()
                ? Interruptions.shown(screenText).or(() -> KindCheck.messageBox(screenText)) : Optional.empty();
    }

    private static boolean hasWord(TextLine line) {
        return WORD.matcher(line.text()).find();
    }

    /** The colour that covers most of the picture, and its share. */
    private static Map.Entry<String, Double> mostColour(Palette palette) {
        return palette.colours().entrySet().iterator().next();
    }

    /**
     * The first sentence as Glance may say it: {@link #honest(String, List, Palette, double, double)} with no text
     * (pass 1 writes it before OCR has read the screen, so a quote in it is grounded in nothing), unless the first
     * lines of the screen's top hold a title whose application is of another kind than the caption names (or of the
     * kind an unsure caption names): then that title's sentence, as the refined caption would say it. When the model
     * was unsure, it says the kind it guessed and nothing after it ("Probably a print dialog." for "a print dialog,
     * with 3 copies"): on 160 real windows (stop 22) these first sentences named a wrong kind more often than the right
     * one. A caption that says the screen is blank, where no colour covers {@value #ONE_COLOUR} of the picture, is
     * "Glance cannot tell what kind of window this is.": the frame check found edges, and the colours say it is no
     * blank screen; where one colour does, only the colours are said ("Not sure yet what this shows: it is mostly
     * white."), since no text has been read yet; either gives way to a title that names the application. A browser's
     * frame among the top lines is said as the refined caption would say it ({@link BrowserFrame}).
     */
    static String first(String caption, List<String> top, Palette palette, double confidence, double unsureBelow) {
        return first(caption, top, palette, confidence, unsureBelow, 0);
    }

    /**
     * As {@link #first(String, List, Palette, double, double)}; but where the model's confidence is below
     * {@code guessBelow}, the first sentence names no kind at all: "Not sure yet what this shows: it is mostly white
     * and grey.", unless the top lines hold a title that names the application ("A text editor: its title is ..."),
     * as 38 of 70 such first sentences on 120 real screens could have (stop 34). On 320 real windows (stop 26) the
     * first pass's kind was right in 18 % of its captions below a confidence of 0.45, 39 % from 0.45 to 0.55, 65 %
     * from 0.55 to 0.65 and 92 % above (where it is said without "Probably"). Below 0.55 the guesses named a wrong kind
     * 136 times of 169 there, and 68 times of 80 on 160 other windows; the refined caption comes a quarter of a second
     * later.
     */
    static String first(String caption, List<String> top, Palette palette, double confidence, double unsureBelow,
                        double guessBelow) {
        Optional<AppTitles.Title> title = AppTitles.find(top);
        if (KindCheck.namesBlank(caption)) {
            // the frame check let the picture through, and no colour covers most of it: it is not blank ("A blank,
            // plain black screen with no text" on a shell's screen, stop 24); where one colour does, whether it holds
            // text is not known before OCR has read it ("A blank, plain white screen with no text" on Evince's page,
            // stop 27): its colours are said, and the refined caption says the rest. A title that names its
            // application is said instead in either case
            return title.map(AppTitles.Title::sentence).orElse(mostColour(palette).getValue() < ONE_COLOUR
                    ? KindCheck.UNKNOWN_KIND : notSure(palette));
        }
        String checked = ToneCheck.apply(Grounding.apply(caption, top), palette);
        if (title.isPresent() && (KindCheck.contradictedByTitle(checked, title.get(), top)
                || KindCheck.narrowedByTitle(checked, title.get())
                || confidence < unsureBelow && KindCheck.confirmedByTitle(checked, title.get()))) {
            return messageBox(title.get(), top).orElseGet(title.get()::sentence);
        }
        Optional<BrowserFrame> frame = BrowserFrame.over(checked, top, title);
        if (frame.isPresent()) {
            return frame.get().sentence();
        }
        if (confidence < guessBelow) {
            // too unsure a guess to say: the title's application, where the top lines name one
            return title.map(t -> messageBox(t, top).orElseGet(t::sentence)).orElse(notSure(palette));
        }
        String said = honest(caption, List.of(), palette, confidence, unsureBelow);
        // an unsure guess says its kind and no more: its details ("with 3 copies") are guesses on a guess
        return confidence < unsureBelow ? KindCheck.kindOnly(said) : said;
    }

    /**
     * A caption as Glance may say it: quotes that are not on screen removed (Grounding), words about tone and colour
     * that the pixels contradict removed (ToneCheck), a kind of window that the screen's text contradicts replaced by
     * the kind its title names ("A text editor: its title is ...", AppTitles), by a terminal, a web browser, an office
     * application, a viewer or a code editor, or a calendar where the text shows one (a prompt, an address bar, a word
     * count, a cell's name and columns, a PDF's name and zoom, line numbers beside code, a month's grid of days), or
     * else by "Glance cannot tell what kind of window this is."; a type of dialog that the text contradicts, or any
     * kind on a dialog's text (a message, then buttons), by "A dialog.", and any kind on a file manager's text (places
     * and "11 items") by "A file manager", each with where the text begins (KindCheck); a kind that the title's
     * application is not, or an unsure one that it is, replaced by the title's sentence; any kind where a browser's
     * frame shows, by what its tab and address bar say ({@link BrowserFrame}); and marked "Probably" when the model was
     * unsure.
     */
    public static String honest(String caption, List<String> screenText, Palette palette, double confidence,
                                double unsureBelow) {
        return honest(caption, screenText, () -> screenText, palette, confidence, unsureBelow);
    }

    /**
     * As {@link #honest(String, List, Palette, double, double)}: quotes are grounded in {@code screenText} (the lines
     * pass 2 read), and the kind of window is checked against all of the screen's text, asked of {@code all} only
     * when those lines show none of the kind's marks (see {@link KindCheck}).
     */
    static String honest(String caption, List<String> screenText, Supplier<List<String>> all, Palette palette,
                         double confidence, double unsureBelow) {
        // all of the text, made once however many checks ask for it (its toast and open menu were left out anew each
        // time)
        Supplier<List<String>> allText = KindCheck.once(all);
        String c = KindCheck.withoutOtherKinds(ToneCheck.apply(Grounding.apply(caption, screenText), palette));
        // a file dialog's title, list of files and buttons, read: said whatever window the model took it for (its
        // list holds every kind's marks), and before a title further down names the application behind it
        Optional<String> chooser = FileChooser.named(c) ? Optional.empty() : FileChooser.over(screenText, allText);
        if (chooser.isPresent()) {
            return chooser.get();
        }
        // an About dialog as a window of its own: which application and version, read (Mousepad's, titled with the
        // application's name alone, had been "A text editor: its title is "Mousepad".", stop 39, by hand)
        Optional<AboutDialog> about = AboutDialog.window(screenText, allText);
        if (about.isPresent()) {
            return about.get().sentence();
        }
        // a Find dialog as a window of its own, its label and buttons read (Writer's Find and Replace window had been
        // "Glance cannot tell what kind of window this is.", stop 40, by hand)
        Optional<FindDialog> find = FindDialog.window(screenText, allText);
        if (find.isPresent()) {
            return find.get().sentence();
        }
        // a file's properties, Format Cells or Go to Line as a window of its own, known by its labels (Thunar's file
        // properties had been "A dialog. The text on it begins "General".", stop 40, by hand)
        Optional<FormDialog> form = FormDialog.window(screenText, allText);
        if (form.isPresent()) {
            return form.get().sentence();
        }
        // a notification's toast or a notice of a key, the whole of a short text, whatever the model took it for (a
        // toast's first line, its application's name, is a title too: "Outlook" over a mail's sender and subject);
        // the rest of the text is awaited only where the lines read so far are one
        Optional<String> notice = Notices.shown(screenText).isPresent() ? Notices.shown(allText.get())
                : Optional.empty();
        if (notice.isPresent()) {
            return notice.get();
        }
        // a title that names an application of another kind is read, where the model's kind is a guess: said at once,
        // whatever the rest of the text holds (so the check need not wait for it), as it is, without "Probably"
        // a document's name as the title names what shows it by its ending alone ("minutes.txt": a text editor); a word
        // processor's or a spreadsheet's own bars among the same lines say better (AbiWord's formatting toolbar below
        // "minutes.txt" was "A text editor: its title is "minutes.txt".", stop 38, by hand)
        // all of the text is asked for where the caption names an office application and the first lines show none of
        // its bars (AbiWord's toolbar below its menus: "Probably a word processor." under "letter.txt", stop 48)
        String named = c;
        Optional<AppTitles.Title> title = AppTitles.find(screenText).map(t -> !t.document() ? t
                : KindCheck.officeShown(screenText).or(() -> KindCheck.namesOffice(named)
                        ? KindCheck.officeShown(allText.get()) : Optional.empty())
                .map(k -> new AppTitles.Title(k, t.line(), true)).orElse(t));
        if (title.isPresent() && (KindCheck.contradictedByTitle(c, title.get())
                || KindCheck.narrowedByTitle(c, title.get()) || windowNotDialog(c, title.get(), screenText, allText)
                // a settings window that the model called a dialog, no more: the title says which (Geeqie's
                // preferences had been "A dialog, "Collection preview:", says ...", a label taken for its heading,
                // stop 54, captured)
                || c.equals(KindCheck.SOME_DIALOG) && title.get().settings()
                // a web page under an application's title that shows none (Wireshark's, stop 55, captured)
                || KindCheck.pageUnderApplication(c, title.get(), screenText)
                || KindCheck.applicationNotDialog(c, title.get(), allText)
                // an unsure kind that the title bears out: said for sure, with the title; an unsure kind that the
                // check does not know, under an application's title
                || confidence < unsureBelow && (KindCheck.confirmedByTitle(c, title.get(), allText)
                || KindCheck.namesUncheckedKind(c) && !title.get().document()
                || KindCheck.documentNotDialog(c, title.get(), allText)))) {
            // a browser's title contradicts only a kind that no page is: its frame, where read, says more
            Optional<BrowserFrame> framed = title.get().showsPages() ? BrowserFrame.over(c, screenText, title, allText)
                    : Optional.empty();
            return framed.map(BrowserFrame::sentence).or(() -> messageBox(title.get(), screenText))
                    .orElseGet(title.get()::sentence);
        }
        // a browser's address bar and tab, read: said at once, whatever page the model took it for
        Optional<BrowserFrame> frame = BrowserFrame.over(c, screenText, title, allText);
        if (frame.isPresent()) {
            return frame.get().sentence();
        }
        // a lock screen's big clock above the day's name, whatever the model took it for, all of the text awaited where
        // the lines read so far show one (a dashboard's clock and date among its other cards had been "A lock
        // screen.", stop 50, a page made like Home Assistant); a browser's error page that it took for a dialog
        Optional<String> lock = (KindCheck.lockScreen(c, screenText).isPresent() ? KindCheck.lockScreen(c,
                allText.get()) : Optional.<String>empty()).or(() -> KindCheck.browserErrorPage(named, screenText));
        if (lock.isPresent()) {
            return lock.get();
        }
        switch (KindCheck.check(c, screenText, allText)) {
            case KIND_CONTRADICTED -> {
                // said as it is: no "Probably" before what the title says or what Glance cannot tell
                return title.map(AppTitles.Title::sentence).orElseGet(() -> KindCheck.unknownKind(screenText,
                        allText));
            }
            case DIALOG_TYPE_CONTRADICTED -> {
                // a title that names the type of dialog says it ("report.pdf Properties", stop 40)
                if (title.isPresent() && title.get().namesDialog()) {
                    return title.get().sentence();
                }
                // a Find dialog's or a form's labels say which dialog it is: in front of a titled window, that window
                // (the dialog is said after it); gedit's Find and Replace in front of its letter had been "Probably a
                // dialog. The text on it begins "Open". It says "Thank you for the seeds."." (stop 40, by hand)
                Optional<String> finding = FindDialog.anywhere(allText.get()).map(FindDialog::sentence)
                        .or(() -> FormDialog.anywhere(allText.get()).map(FormDialog::sentence));
                if (finding.isPresent()) {
                    return title.map(AppTitles.Title::sentence).orElseGet(finding::get);
                }
                // a question or a message above the buttons is read: said as it is; else "A dialog.", "Probably"
                // where unsure
                // (a question among all of the text, where the first lines hold none: gedit's "Save changes ...?"
                // below its document was "A dialog. The text on it begins "Open".", stop 36, by hand)
                Optional<String> read = dialogRead(screenText, allText).or(() -> KindCheck.asks(allText.get()));
                if (read.isPresent()) {
                    return read.get();
                }
                // nothing of a dialog but the model's word for it, under an application's title: its window
                // ("Probably a dialog. The text on it begins "Mines"." on GNOME Mines, stop 29); under a document's,
                // where an editor's cursor position shows (gedit's window with its Go to Line box, "Ln 1, Col 1", was
                // "Probably a dialog. The text on it begins "notes.txt".", stop 41, by hand)
                if (title.isPresent() && (!title.get().document() || KindCheck.cursorShown(allText.get()))) {
                    return title.get().sentence();
                }
                c = KindCheck.someDialog(screenText, allText);
            }
            case TERMINAL_SHOWN -> {
                // a prompt, vim's file line or a manual page on screen: more than "cannot tell"
                return title.map(AppTitles.Title::sentence).orElseGet(() -> KindCheck.terminal(allText.get()));
            }
            case BROWSER_SHOWN -> {
                return title.map(AppTitles.Title::sentence).orElseGet(() -> KindCheck.browser(allText.get()));
            }
            case EDITOR_SHOWN -> {
                // the text, not the model, says it is a text editor (its menu bar): said as it is, without "Probably"
                return title.map(AppTitles.Title::sentence).orElseGet(() -> KindCheck.editor(screenText));
            }
            case APPLICATION_SHOWN -> {
                // a word processor's, a spreadsheet's, a PDF viewer's or a code editor's own bars
                return title.map(AppTitles.Title::sentence).orElseGet(() -> KindCheck.applicationShown(allText.get())
                        .orElseGet(() -> KindCheck.unknownKind(screenText, allText)));
            }
            case MONTH_SHOWN -> {
                // a date picker's or a calendar's grid of days
                return title.map(AppTitles.Title::sentence).orElseGet(() -> KindCheck.month(allText.get()));
            }
            case FILE_MANAGER_SHOWN -> {
                // the text, not the model, says it is a file manager (its places and its status line)
                return KindCheck.fileManager(allText.get());
            }
            case DIALOG_SHOWN -> {
                // the text, not the model, says it is a dialog: said as it is, without "Probably"
                return dialogRead(screenText, allText).orElseGet(() -> KindCheck.someDialog(screenText, allText));
            }
            case HOLDS -> {
                // a file manager that the text bears out: said for sure, with how many items it shows
                Optional<String> files = KindCheck.fileManagerBorneOut(c, allText);
                if (files.isPresent()) {
                    return files.get();
                }
            }
        }
        if (c.replaceAll("(?i)\\b(a|an|the)\\b", "").replaceAll("[^\\p{L}]", "").length() < 3) {
            // nothing left worth saying once the unfounded quotes are gone ("A.")
            return "Glance cannot tell what this shows.";
        }
        // a tip of the day that the model named some dialog: the type and the tip, read (LibreOffice's, in front of
        // Calc and Writer, had been "A dialog. The text on it begins "Did you know?".", stop 36's pictures); a print
        // dialog by its fields and its button, with its printer (GTK's over Evince had been "Probably a print dialog
        // with the title "Print".", stop 48, captured)
        Optional<String> tip = KindCheck.namesDialog(c) ? KindCheck.tip(screenText, allText)
                .or(() -> KindCheck.printDialog(screenText)) : Optional.empty();
        if (tip.isPresent()) {
            return tip.get();
        }
        // a dialog the model named without a word of it: what it asks or says, or where its text begins (not where
        // an application's title begins it: that is the window behind the dialog)
        String plain = c;
        c = KindCheck.withDialogText(c, screenText, title.isEmpty());
        if (plain.equals(KindCheck.SOME_DIALOG) && KindCheck.saysNoMore(c, plain, screenText)) {
            // a dialog the model named, no more, where the first lines say nothing of it either: its heading, message
            // and buttons, read from the bottom up (Pidgin's accounts over its buddy list had been "A dialog. The
            // text on it begins "Buddy List".", stop 48, captured)
            Optional<String> headed = KindCheck.messageDialog(allText.get());
            if (headed.isPresent()) {
                return headed.get();
            }
        }
        if (c.equals(KindCheck.SOME_DIALOG) && title.isPresent()) {
            // nothing of the dialog read, under an application's or a document's title: the application it belongs to,
            // and its title (LyX's warning, Quassel's Connect to Core, KGeography's Choose Map, FontForge's window had
            // been "A dialog." alone, stop 54, captured)
            c = "A dialog in " + Character.toLowerCase(title.get().sentence().charAt(0))
                    + title.get().sentence().substring(1);
        }
        // a terminal the model named without a word of it: its manual page, its error, or where its text begins
        c = TerminalText.withWhatItShows(c, screenText, allText);
        // and a text editor, where its text begins (vim by its file line, wherever it is)
        c = KindCheck.withEditorText(c, screenText, allText, title.isEmpty());
        c = Grounding.withoutUnfoundedDetails(c, allText);
        if (confidence < unsureBelow && !KindCheck.terminalBorneOut(c, screenText, allText)) {
            c = "Probably " + Character.toLowerCase(c.charAt(0)) + c.substring(1);
        }
        return c;
    }

    /**
     * What a dialog's text says of it, read: a tip of the day (its button and tip may lie below the lines pass 2 read,
     * among {@code allText}), an incoming call, a CAPTCHA, a request for a code or a program that stopped, its
     * question, its message or what its field asks for (KindCheck), or nothing.
     */
    private static Optional<String> dialogRead(List<String> screenText, Supplier<List<String>> allText) {
        return KindCheck.tip(screenText, allText).or(() -> Interruptions.shown(screenText))
                .or(() -> KindCheck.printDialog(screenText))
                .or(() -> KindCheck.value(screenText)).or(() -> PageForm.dialog(screenText))
                .or(() -> KindCheck.asks(screenText))
                .or(() -> KindCheck.says(screenText)).or(() -> KindCheck.asksFor(screenText));
    }

    private Ocr read(RgbImage image) {
        return read(image, List::of, texts -> false, new CompletableFuture<>(), new CompletableFuture<>());
    }

    /**
     * Reads the text in reading order (window by window when {@code windows} gives any) and completes
     * {@code firstLines} as soon as the lines read so far are {@code enough}, {@code topLines} with the first lines
     * of the screen's top (none when the front window starts below the top quarter of the image: its title would not
     * be among them), or either with whatever was read when reading ends or fails, so nobody waiting for them waits
     * forever.
     */
    private Ocr read(RgbImage image, Supplier<List<int[]>> windows, Predicate<List<TextLine>> enough,
                     CompletableFuture<List<TextLine>> firstLines, CompletableFuture<List<TextLine>> topLines) {
        if (reader == null) {
            firstLines.complete(List.of());
            topLines.complete(List.of());
            return new Ocr(List.of(), 0);
        }
        long t = System.nanoTime();
        List<TextLine> lines = List.of();
        try {
            List<int[]> boxes = windowsOrNone(windows);
            UnaryOperator<List<TextLine>> order = boxes.isEmpty() ? ReadingOrder::sort
                    : found -> ReadingOrder.byWindow(found, boxes);
            if (!boxes.isEmpty() && boxes.get(0)[1] > image.height() / 4) {
                topLines.complete(List.of());
            }
            lines = reader.read(image, order, enough, firstLines::complete, topLines::complete);
            return new Ocr(lines, ms(t), true);
        } catch (CaptionException e) {
            LOG.warn("text reading failed: {}", e.getMessage());
            return new Ocr(List.of(), ms(t));
        } finally {
            firstLines.complete(lines);
            topLines.complete(List.of());
        }
    }

    private static List<int[]> windowsOrNone(Supplier<List<int[]>> windows) {
        try {
            return windows.get();
        } catch (RuntimeException e) {
            LOG.debug("window boxes unavailable: {}", e.toString());
            return List.of();
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

    /**
     * The top lines if they come before {@code deadline} (System.nanoTime()), else none; none at once when the request
     * is cancelled (looked at every {@value #CANCEL_POLL_MS} ms), so that a newer request does not wait for them.
     */
    private static List<TextLine> awaitTop(CompletableFuture<List<TextLine>> topLines, long deadline,
                                           Cancellation cancel) {
        try {
            for (long left = deadline - System.nanoTime(); ; left = deadline - System.nanoTime()) {
                try {
                    return topLines.get(Math.max(0, Math.min(left, CANCEL_POLL_MS * 1_000_000)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (left <= CANCEL_POLL_MS * 1_000_000 || cancel.isCancelled()) {
                        return List.of();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            return List.of();
        }
    }

    private static List<TextLine> awaitFirst(CompletableFuture<List<TextLine>> firstLines) {
        try {
            return firstLines.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            LOG.warn("text reading failed: {}", e.getCause().toString());
            return List.of();
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
        synchronized (this) {
            if (inference != null) {
                inference.close();
            }
        }
        ocrThread.shutdownNow();
        if (reader != null) {
            reader.close();
        }
        if (captioner != null) {
            captioner.close();
        }
    }
}
