package app.glance.app;

import app.glance.app.cache.ChangeTracker;
import app.glance.app.cache.DescriptionCache;
import app.glance.app.cache.SyntheticScreen;
import app.glance.app.capture.CaptureException;
import app.glance.app.capture.CaptureMode;
import app.glance.app.capture.Frame;
import app.glance.app.capture.FrameSource;
import app.glance.inference.Cancellation;
import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Captioner;
import app.glance.inference.Describer;
import app.glance.inference.DetailLevel;
import app.glance.inference.InferenceThread;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import app.glance.inference.ocr.TextReader;
import app.glance.speech.Priority;
import app.glance.ui.DescriptionViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** capture -> cache -> describe -> speak, with a scripted model, synthetic screens and inline threads. */
class CaptionServiceTest {

    /** Runs every task at once on the calling thread. */
    static final class Inline extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /**
     * Says "An editor window." (or what it is given) for a whole screen and "A dialog." for anything smaller; records
     * the widths it saw.
     */
    static class SizeCaptioner implements Captioner {
        final List<Integer> widths = new ArrayList<>();
        private final String screenCaption;

        SizeCaptioner() {
            this("An editor window.");
        }

        SizeCaptioner(String screenCaption) {
            this.screenCaption = screenCaption;
        }

        @Override
        public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                     DetailLevel level, Cancellation cancel, CaptionListener listener) {
            widths.add(image.width());
            String s = image.width() == SyntheticScreen.W ? screenCaption : "A dialog.";
            listener.onInitial(s, 0.9);
            pass2Text.get();
            listener.onRefined(s, 0.9);
            return new CaptionResult(s, s, new int[0], new int[0], 0.9, 0.9, new Timings(1, 1, 1, 1, 0, 4), false);
        }

        @Override
        public String modelId() {
            return "size-model";
        }

        @Override
        public double probablyBelow() {
            return 0.35;
        }

        @Override
        public String provider() {
            return "CPU";
        }

        @Override
        public void close() {
        }
    }

    /** Says one caption first and another refined. */
    static final class ScriptedTwo extends SizeCaptioner {
        private final String initial;
        private final String refined;

        ScriptedTwo(String initial, String refined) {
            this.initial = initial;
            this.refined = refined;
        }

        @Override
        public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                     DetailLevel level, Cancellation cancel, CaptionListener listener) {
            listener.onInitial(initial, 0.9);
            pass2Text.get();
            listener.onRefined(refined, 0.9);
            return new CaptionResult(initial, refined, new int[0], new int[0], 0.9, 0.9,
                    new Timings(1, 1, 1, 1, 0, 4), false);
        }
    }

    /** A model whose first caption is a guess below its guess level: the first sentence names no kind. */
    static final class Unsure extends SizeCaptioner {
        @Override
        public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                     DetailLevel level, Cancellation cancel, CaptionListener listener) {
            listener.onInitial("A music player.", 0.3);
            pass2Text.get();
            listener.onRefined("An editor with a letter.", 0.9);
            return new CaptionResult("A music player.", "An editor with a letter.", new int[0], new int[0], 0.3,
                    0.9, new Timings(1, 1, 1, 1, 0, 4), false);
        }

        @Override
        public double guessBelow() {
            return 0.5;
        }
    }

    /** Reads the editor's title everywhere, and the dialog's question in anything smaller than the screen. */
    static final TextReader OCR = new TextReader() {
        @Override
        public List<TextLine> read(RgbImage image) {
            List<TextLine> lines = new ArrayList<>(List.of(new TextLine("Untitled - Editor", 0.9f, 0, 0, 100, 10)));
            if (image.width() < SyntheticScreen.W) {
                lines.add(new TextLine("Save changes?", 0.9f, 20, 60, 200, 14));
            }
            return lines;
        }

        @Override
        public void close() {
        }
    };

    private final SizeCaptioner model = new SizeCaptioner();
    private final Describer describer = new Describer(model, OCR);
    private final RecordingSpeaker speaker = new RecordingSpeaker();
    private final DescriptionViewModel view = new DescriptionViewModel(Runnable::run);
    private final CaptionService service = new CaptionService(describer, speaker, view, new DescriptionCache(),
            new ChangeTracker(), new InferenceThread(new Inline()));
    private RgbImage screen = new SyntheticScreen().clock(34).image();
    private final FrameSource source = () -> new Frame(screen, CaptureMode.SCREEN, "screen 0,0,1920,1080");

    /** Reads these lines, each as a whole line at the top left, on every image. */
    static TextReader reading(String... lines) {
        return new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return Stream.of(lines).map(t -> new TextLine(t, 0.9f, 0, 0, 100, 10)).toList();
            }

            @Override
            public void close() {
            }
        };
    }

    /** Describes the screen once as {@link #service} does, with {@code model} and {@code reader}, to its speaker. */
    private void describeWith(Captioner model, TextReader reader) {
        try (Describer d = new Describer(model, reader);
             CaptionService s = new CaptionService(d, speaker, view, new DescriptionCache(), new ChangeTracker(),
                     new InferenceThread(new Inline()))) {
            s.describe("Describing the screen", source, DetailLevel.BRIEF);
        }
    }

    @AfterEach
    void close() {
        service.close();
        describer.close();
    }

    @Test
    void aSlowDescriptionPlaysTheWorkingSound() {
        Captioner slow = new SizeCaptioner() {
            @Override
            public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                         DetailLevel level, Cancellation cancel, CaptionListener listener) {
                try {
                    Thread.sleep(CaptionService.EARCON_AFTER_MS + 700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.caption(image, pass1Text, pass2Text, level, cancel, listener);
            }
        };
        try (Describer slowDescriber = new Describer(slow, OCR);
             CaptionService slowService = new CaptionService(slowDescriber, speaker, view, new DescriptionCache(),
                     new ChangeTracker(), new InferenceThread(new Inline()))) {
            slowService.describe("Describing the screen", source, DetailLevel.BRIEF);
        }
        assertThat(speaker.earcons).containsExactly(app.glance.speech.Earcon.WORKING);
    }

    @Test
    void theSameScreenWithABlinkingCursorIsAnsweredFromTheCache() {
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        screen = new SyntheticScreen().clock(34).cursor().image();
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        assertThat(model.widths).hasSize(1);
        assertThat(speaker.said(Priority.NOW)).containsExactly("An editor window.", "An editor window.");
        assertThat(view.captionProperty().get()).isEqualTo("An editor window.");
    }

    @Test
    void whatChangedAfterAClockTickIsNoChange() {
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        screen = new SyntheticScreen().clock(35).image();
        service.whatChanged(source);
        assertThat(model.widths).hasSize(1);
        assertThat(speaker.said(Priority.NOW)).last().isEqualTo("No change.");
    }

    @Test
    void whatChangedDescribesOnlyTheNewDialogAndItsNewText() {
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        screen = new SyntheticScreen().clock(34).dialog().image();
        service.whatChanged(source);
        assertThat(model.widths).hasSize(2);
        assertThat(model.widths.get(1)).isBetween(SyntheticScreen.DIALOG.width(), SyntheticScreen.W / 2);
        assertThat(speaker.said(Priority.NOW)).last().isEqualTo("Changed in the middle: A dialog.");
        // the dialog's text as the describer read it in the changed part (here the reader gives every image the
        // editor's title), then what is new
        assertThat(speaker.said(Priority.NORMAL)).containsExactly("The text on it begins \"Untitled - Editor\".",
                "New text: Save changes?.");
        assertThat(view.captionProperty().get()).startsWith("Changed in the middle: A dialog.");
        // asked again at once, nothing more has changed
        service.whatChanged(source);
        assertThat(speaker.said(Priority.NOW)).last().isEqualTo("No change.");
    }

    @Test
    void aNewLineThatTheChangesDescriptionQuotesIsNotSaidAgain() {
        // the dialog's crop reads its question alone: "A dialog. The text on it begins "Save changes?"."
        TextReader ocr = new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return image.width() < SyntheticScreen.W
                        ? List.of(new TextLine("Save changes?", 0.9f, 20, 60, 200, 14))
                        : List.of(new TextLine("Untitled - Editor", 0.9f, 0, 0, 100, 10));
            }

            @Override
            public void close() {
            }
        };
        try (Describer d = new Describer(new SizeCaptioner(), ocr);
             CaptionService s = new CaptionService(d, speaker, view, new DescriptionCache(), new ChangeTracker(),
                     new InferenceThread(new Inline()))) {
            s.describe("Describing the screen", source, DetailLevel.BRIEF);
            screen = new SyntheticScreen().clock(34).dialog().image();
            s.whatChanged(source);
        }
        assertThat(speaker.said(Priority.NORMAL)).containsExactly("The text on it begins \"Save changes?\".");
        assertThat(view.captionProperty().get()).isEqualTo(
                "Changed in the middle: A dialog. The text on it begins \"Save changes?\".");
    }

    @Test
    void aCaptureThatIsRefusedIsSaidAndNothingIsDescribed() {
        service.describe("Describing the active window", () -> {
            throw new CaptureException(CaptureException.Reason.EXCLUDED, "The active window is on Glance's privacy "
                    + "list, so it was not captured.");
        }, DetailLevel.BRIEF);
        assertThat(model.widths).isEmpty();
        assertThat(speaker.said(Priority.NOW)).containsExactly(
                "The active window is on Glance's privacy list, so it was not captured.");
        assertThat(view.errorProperty().get()).isTrue();
    }

    @Test
    void moreDetailNeedsACaptureFirstThenUsesTheSameFrame() {
        service.moreDetail();
        assertThat(speaker.said(Priority.NOW)).containsExactly("There is nothing to describe in more detail yet.");
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        service.moreDetail();
        assertThat(model.widths).hasSize(2); // the detailed level is a different cache entry
    }

    @Test
    void aCameraPictureIsNotCaptionedByAModelOfScreensButTheSameFrameFromTheScreenIs() {
        // the model here (like the bundled one) was not trained on photos: the camera's frame is said to be one
        service.describe("Describing the camera picture", () -> new Frame(screen, CaptureMode.WEBCAM, "camera 0"),
                DetailLevel.BRIEF);
        assertThat(model.widths).isEmpty();
        assertThat(speaker.said(Priority.NOW)).last().asString().startsWith("A camera picture, mostly ");
        assertThat(view.captionProperty().get()).startsWith("A camera picture, mostly ");
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        assertThat(model.widths).hasSize(1);
        assertThat(speaker.said(Priority.NOW)).last().isEqualTo("An editor window.");
    }

    @Test
    void aCameraPicturesTextIsSaidAfterItsFirstSentenceWhichIsNotRepeated() {
        // a parcel's label in the middle of the picture (text that reaches an edge is said to, since stop 45)
        TextReader parcel = new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return List.of(new TextLine("Handle with care", 0.9f, 120, 100, 200, 20),
                        new TextLine("This side up", 0.9f, 120, 130, 160, 20));
            }

            @Override
            public void close() {
            }
        };
        try (Describer d = new Describer(new SizeCaptioner("A terminal."), parcel);
             CaptionService s = new CaptionService(d, speaker, view, new DescriptionCache(), new ChangeTracker(),
                     new InferenceThread(new Inline()))) {
            s.describe("Describing the camera picture", () -> new Frame(screen, CaptureMode.WEBCAM, "camera 0"),
                    DetailLevel.BRIEF);
        }
        List<String> now = speaker.said(Priority.NOW);
        assertThat(now).hasSize(1);
        assertThat(now.get(0)).startsWith("A camera picture, mostly ").endsWith("what the camera sees.");
        // heard to its end, then only what the refined caption adds
        String rest = "The text on it begins \"Handle with care\".";
        assertThat(speaker.said(Priority.NORMAL)).containsExactly(rest);
        assertThat(speaker.replaced).isEmpty();
        assertThat(view.captionProperty().get()).isEqualTo(now.get(0) + " " + rest);
    }

    @Test
    void aKindThatTheScreensTextContradictsIsCorrectedAtOnceNotAfterTheFirstSentence() {
        TextReader letter = reading("Garden letter - Editor", "Dear Mrs. Patel,", "Thank you for your letter",
                "Please bring gloves", "Kind regards");
        describeWith(new SizeCaptioner("A terminal."), letter);
        // the first sentence is cut short by the correction, instead of being heard to its end
        assertThat(speaker.said(Priority.NOW)).containsExactly("A terminal.", "Glance cannot tell what kind of "
                + "window this is. The text on it begins \"Garden letter - Editor\".");
        assertThat(speaker.replaced).isEmpty();
        // a refined caption that differs without correcting the kind replaces what is still queued of the first
        describeWith(new ScriptedTwo("An editor window.", "An editor with a letter."), letter);
        assertThat(speaker.replaced).containsExactly("An editor with a letter.");
        // one that says the same as the first sentence is not said again
        speaker.said.clear();
        speaker.replaced.clear();
        service.describe("Describing the screen", source, DetailLevel.BRIEF);
        assertThat(speaker.said(Priority.NOW)).containsExactly("An editor window.");
        assertThat(speaker.replaced).isEmpty();
    }

    @Test
    void aFirstSentenceThatNamesNoKindIsCutShortByTheRefinedCaption() {
        describeWith(new Unsure(), reading("Garden letter - Editor", "Dear Mrs. Patel,", "Thank you for your letter",
                "Please bring gloves", "Kind regards"));
        List<String> now = speaker.said(Priority.NOW);
        assertThat(now).hasSize(2);
        assertThat(now.get(0)).startsWith(Describer.NOT_SURE).doesNotContain("music");
        assertThat(now.get(1)).isEqualTo("An editor with a letter.");
        assertThat(speaker.replaced).isEmpty();
    }

    @Test
    void aTitleSaidAsTheFirstSentenceIsNotSaidAgainByTheRefinedCaption() {
        TextReader editor = reading("letter.txt - Mousepad", "File Edit", "Dear Mrs. Patel,",
                "Thank you for your letter", "Kind regards");
        describeWith(new SizeCaptioner("A terminal."), editor);
        String title = "A text editor: its title is \"letter.txt - Mousepad\".";
        // the first sentence waits up to 140 ms for the window's title (here it comes at once, but a slow machine may
        // miss it, and then the refined caption corrects "A terminal."): either way the title is said once
        assertThat(speaker.said(Priority.NOW)).containsOnlyOnce(title).endsWith(title);
        assertThat(speaker.said(Priority.NOW).get(0)).isIn(title, "A terminal.");
        assertThat(speaker.replaced).isEmpty();
    }

    @Test
    void aDialogsQuestionInFrontOfTheWindowIsSaidAfterTheTitleAndShown() {
        TextReader editor = reading("letter.txt - Mousepad", "File Edit", "Dear Mrs. Patel,",
                "Save changes to letter.txt before closing?", "Close Without Saving", "Cancel", "Save");
        describeWith(new SizeCaptioner("A terminal."), editor);
        String title = "A text editor: its title is \"letter.txt - Mousepad\".";
        String dialog = "A dialog on screen asks \"Save changes to letter.txt before closing?\". Its buttons: Close "
                + "Without Saving, Cancel, Save.";
        assertThat(speaker.said(Priority.NOW)).endsWith(title);
        // queued after what was said first, never cutting it short
        assertThat(speaker.said(Priority.NORMAL)).containsExactly(dialog);
        assertThat(view.captionProperty().get()).isEqualTo(title + " " + dialog);
    }
}
