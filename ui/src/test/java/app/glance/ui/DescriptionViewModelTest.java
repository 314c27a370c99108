package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.glance.inference.CaptionException;
import app.glance.inference.Description;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The view model on its own: no JavaFX toolkit, an inline executor, a fixed clock. */
class DescriptionViewModelTest {

    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
    private final Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);
    private final DescriptionViewModel vm = new DescriptionViewModel(Runnable::run, clock);

    private static Description description(String initial, String refined, String... lines) {
        List<TextLine> text = java.util.Arrays.stream(lines).map(l -> new TextLine(l, 0.9f, 0, 0, 10, 10)).toList();
        return new Description("tiny", initial, refined, text, new Timings(1, 2, 3, 4, 5, 15), "cpu");
    }

    @Test
    void initialShowsAtOnceGreyedThenRefinedReplacesItAndKeepsItAsFirstLook() {
        vm.showWorking("Describing the screen");
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Describing the screen\u2026");

        vm.showInitial("A window.");
        assertThat(vm.captionProperty().get()).isEqualTo("A window.");
        assertThat(vm.refiningProperty().get()).isTrue();
        assertThat(vm.firstLookProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();

        vm.showRefined("A settings dialog with two buttons, OK and Cancel.");
        assertThat(vm.captionProperty().get()).isEqualTo("A settings dialog with two buttons, OK and Cancel.");
        assertThat(vm.initialCaptionProperty().get()).isEqualTo("A window.");
        assertThat(vm.refinedCaptionProperty().get()).startsWith("A settings dialog");
        assertThat(vm.firstLookProperty().get()).isEqualTo("A window.");
        assertThat(vm.refiningProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.history()).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("Screen");
            assertThat(e.initial()).isEqualTo("A window.");
            assertThat(e.refined()).startsWith("A settings dialog");
            assertThat(e.time()).isEqualTo(NOON);
        });
    }

    @Test
    void updatesWaitForTheExecutorSoTheyCanComeFromAnyThread() {
        Queue<Runnable> fxQueue = new ArrayDeque<>();
        DescriptionViewModel queued = new DescriptionViewModel(fxQueue::add, clock);
        queued.showWorking("Describing the active window");
        queued.showInitial("A terminal.");
        assertThat(queued.captionProperty().get()).isEmpty();
        assertThat(queued.history()).isEmpty();
        fxQueue.forEach(Runnable::run);
        assertThat(queued.captionProperty().get()).isEqualTo("A terminal.");
        assertThat(queued.history()).hasSize(1);
    }

    @Test
    void aWholeDescriptionAfterStreamedCaptionsDoesNotDuplicateTheHistoryEntry() {
        vm.showWorking("Describing the screen");
        vm.showInitial("A page.");
        vm.showRefined("A web page about trains.");
        vm.showDescription(description("A page.", "A web page about trains.", "Timetable", "Platform 4"));
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.textLines()).extracting(TextLine::text).containsExactly("Timetable", "Platform 4");
        assertThat(vm.statusProperty().get()).startsWith("Described at");
    }

    @Test
    void eachRequestIsOneHistoryEntryNewestFirst() {
        vm.showWorking("Describing the screen");
        vm.showDescription(description("One.", "First description."));
        vm.showWorking("Describing a region");
        vm.showInitial("Two.");
        vm.showDescription(description("Two.", "Second description."));
        vm.showDescription(description("Three.", "Third, from a file, without showWorking."));
        assertThat(vm.history()).extracting(HistoryEntry::best)
                .containsExactly("Third, from a file, without showWorking.", "Second description.", "First description.");
        assertThat(vm.history().get(1).what()).isEqualTo("Region");
    }

    @Test
    void textArrivingLaterJoinsTheLastDescriptionAndIsCopiedWithIt() {
        vm.showWorking("Describing the screen");
        vm.showDescription(description("A form.", "A login form."));
        vm.showText(List.of(new TextLine("User name", 1f, 0, 0, 5, 5), new TextLine("Password", 1f, 0, 9, 5, 5)));
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.history().get(0).text()).hasSize(2);
        assertThat(vm.statusProperty().get()).startsWith("Described at").endsWith(". 2 lines of text.");
        assertThat(vm.textToCopy()).isEqualTo("A login form.\n\nUser name\nPassword");
    }

    @Test
    void workingClearsTheOldCaptionButKeepsItInHistory() {
        vm.showDescription(description("Old.", "Old description."));
        vm.showWorking("Describing the screen");
        assertThat(vm.captionProperty().get()).isEmpty();
        assertThat(vm.shownProperty().get()).isNull();
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.textToCopy()).isEmpty();
    }

    @Test
    void anErrorIsAShortSentenceAndEndsTheBusyState() {
        vm.showWorking("Describing the screen");
        vm.showError("No screen could be captured.");
        assertThat(vm.statusProperty().get()).isEqualTo("No screen could be captured.");
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        vm.showWorking("Describing the screen");
        assertThat(vm.errorProperty().get()).isFalse();
    }

    @Test
    void trackedFailuresBecomeSentencesAndCancellationIsNotAnError() {
        CompletableFuture<Description> missing = new CompletableFuture<>();
        vm.track("Describing the screen", missing);
        missing.completeExceptionally(new CaptionException(CaptionException.Reason.MODEL_MISSING, "/x/manifest.json"));
        assertThat(vm.statusProperty().get()).startsWith("No description model is installed");
        assertThat(vm.statusProperty().get()).doesNotContain("manifest", "Exception");
        assertThat(vm.errorProperty().get()).isTrue();

        CompletableFuture<Description> cancelled = new CompletableFuture<>();
        vm.track("Describing the screen", cancelled);
        cancelled.cancel(true);
        assertThat(vm.statusProperty().get()).isEqualTo("Stopped.");
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();

        CompletableFuture<Description> ok = new CompletableFuture<>();
        vm.track("Describing the screen", ok);
        ok.complete(description("Hi.", "A greeting card."));
        assertThat(vm.captionProperty().get()).isEqualTo("A greeting card.");
    }

    @Test
    void fontSizeStepsThroughLargePrintSizesAndStaysInRange() {
        assertThat(vm.fontSizeProperty().get()).isEqualTo(32);
        vm.biggerText();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(36);
        vm.smallerText();
        vm.smallerText();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(28);
        for (int i = 0; i < 30; i++) {
            vm.biggerText();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(96);
        assertThat(vm.statusProperty().get()).contains("largest");
        vm.fontSizeProperty().set(5);
        assertThat(vm.fontSizeProperty().get()).isEqualTo(18);
        vm.resetText();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(DescriptionViewModel.DEFAULT_FONT_SIZE);
    }

    @Test
    void themeCyclesThroughAllThreeAndIsNeverNull() {
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.YELLOW_ON_BLACK);
        vm.nextTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.WHITE_ON_BLACK);
        assertThat(vm.statusProperty().get()).isEqualTo("Dark, white on black.");
        vm.nextTheme();
        vm.nextTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.YELLOW_ON_BLACK);
        vm.themeProperty().set(null);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.YELLOW_ON_BLACK);
    }

    @Test
    void reshowingAHistoryEntryPutsItBackInTheMainArea() {
        vm.showWorking("Describing the screen");
        vm.showDescription(description("A.", "First."));
        vm.showWorking("Describing the active window");
        vm.showDescription(description("B.", "Second."));
        vm.reshow(vm.history().get(1));
        assertThat(vm.captionProperty().get()).isEqualTo("First.");
        assertThat(vm.firstLookProperty().get()).isEqualTo("A.");
        assertThat(vm.statusProperty().get()).startsWith("From ").endsWith(": Screen.");
        assertThat(vm.history()).hasSize(2);
    }

    @Test
    void historyKeepsOnlyTheNewestEntries() {
        for (int i = 0; i < DescriptionViewModel.MAX_HISTORY + 5; i++) {
            vm.showWorking("Describing the screen");
            vm.showDescription(description("i", "Description " + i));
        }
        assertThat(vm.history()).hasSize(DescriptionViewModel.MAX_HISTORY);
        assertThat(vm.history().get(0).best()).isEqualTo("Description " + (DescriptionViewModel.MAX_HISTORY + 4));
    }

    @Test
    void theCapturedPictureGoesWithItsHistoryEntry() {
        DescriptionViewModel vm = new DescriptionViewModel(Runnable::run);
        app.glance.inference.RgbImage shot = new app.glance.inference.RgbImage(640, 400, new int[640 * 400]);
        vm.showWorking("Describing the screen");
        vm.showThumbnail(Thumbnail.of(shot, 160));
        vm.showInitial("A window.");
        assertThat(vm.history().get(0).thumbnail().width()).isEqualTo(160);
        assertThat(vm.history().get(0).thumbnail().height()).isEqualTo(100);
        vm.showWorking("Describing the screen");
        vm.showInitial("Another window.");
        assertThat(vm.history().get(0).thumbnail()).as("a new request starts without a picture").isNull();
        assertThat(vm.history().get(1).thumbnail()).isNotNull();
    }

    @Test
    void aThumbnailAveragesAndNeverEnlarges() {
        app.glance.inference.RgbImage img = new app.glance.inference.RgbImage(4, 2,
                new int[] {0xFFFFFF, 0x000000, 0xFF0000, 0xFF0000, 0xFFFFFF, 0x000000, 0xFF0000, 0xFF0000});
        app.glance.inference.RgbImage t = Thumbnail.of(img, 2);
        assertThat(t.rgb()).containsExactly(0x7F7F7F, 0xFF0000);
        assertThat(Thumbnail.of(img, 100)).isSameAs(img);
    }
}
