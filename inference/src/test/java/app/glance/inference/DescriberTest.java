package app.glance.inference;

import app.glance.inference.frame.FrameCheck;
import app.glance.inference.frame.PhotoCheck;
import app.glance.inference.frame.PhotoCheckTest;
import app.glance.inference.ocr.TextReader;
import app.glance.inference.text.KindCheck;
import app.glance.inference.text.Palette;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The describe pipeline with a scripted captioner and OCR: honesty rules and what reaches the model. */
class DescriberTest {

    private static final Palette WHITE = Palette.of(new RgbImage(8, 8, filled(64, 0xFFFFFF)));
    private static final Palette BLACK = Palette.of(new RgbImage(8, 8, filled(64, 0x101010)));


    /** A captioner that says what it is told and records what it was given. */
    static class ScriptedCaptioner implements Captioner {
        final String initial;
        final String refined;
        final double confidence;
        final List<List<String>> pass2Text = new ArrayList<>();
        /** hasEnoughText answers true from this many lines on. */
        int enoughLines = Integer.MAX_VALUE;
        double guessBelow;
        int calls;

        ScriptedCaptioner(String initial, String refined, double confidence) {
            this.initial = initial;
            this.refined = refined;
            this.confidence = confidence;
        }

        @Override
        public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                     DetailLevel level, Cancellation cancel, CaptionListener listener) {
            calls++;
            listener.onInitial(initial, confidence);
            this.pass2Text.add(pass2Text.get());
            listener.onRefined(refined, confidence);
            return new CaptionResult(initial, refined, new int[0], new int[0], confidence, confidence,
                    new Timings(1, 1, 1, 1, 0, 4), false);
        }

        @Override
        public boolean hasEnoughText(List<String> firstLines) {
            return firstLines.size() >= enoughLines;
        }

        @Override
        public String modelId() {
            return "scripted";
        }

        @Override
        public double probablyBelow() {
            return 0.35;
        }

        @Override
        public double guessBelow() {
            return guessBelow;
        }

        @Override
        public String provider() {
            return "CPU";
        }

        @Override
        public void close() {
        }
    }

    /**
     * Mousepad's window with its File menu open, as PP-OCR read it (stop 39, by hand): the menu's "Save", "Print..."
     * and "Close Tab" are no dialog's buttons, and the kind of window is judged by its menu bar behind the menu.
     */
    @Test
    void anOpenMenusItemsAreSaidAndAreNoDialogsButtons() throws CaptionException {
        String[] texts = {"File_", "Edit", "Search", "View", "Document", "Help", "New",
            "CtrI+N account. You may harm your system.", "New Window", "Shift+Ctrl+N", "New From Template", "Open...",
            "Ctrl+0", "Open Recent", "save", "Ctrl+S", "Save As...", "Shift+Ctrl+S", "Save All", "Reload", "Print...",
            "Ctrl+P", "Detach Tab", "Ctrl+D", "Close Tab", "Ctrl+W", "Close Window", "Shift+Ctrl+W", "Quit", "Ctrl+Q"};
        int[][] boxes = {{6, 5, 47, 21}, {45, 8, 32, 16}, {88, 9, 49, 15}, {149, 10, 36, 14}, {197, 9, 87, 15},
            {277, 9, 35, 16}, {28, 33, 33, 18}, {252, 33, 294, 17}, {29, 58, 88, 17}, {213, 58, 86, 15},
            {29, 83, 133, 18}, {28, 109, 50, 19}, {252, 109, 47, 16}, {29, 134, 87, 18}, {28, 159, 37, 19},
            {254, 160, 46, 17}, {28, 185, 68, 18}, {214, 185, 85, 15}, {28, 209, 58, 19}, {28, 234, 50, 19},
            {28, 260, 46, 19}, {254, 259, 46, 19}, {29, 287, 76, 17}, {252, 287, 47, 17}, {29, 313, 65, 17},
            {249, 313, 50, 17}, {30, 339, 92, 15}, {210, 339, 88, 15}, {28, 362, 33, 21}, {251, 362, 49, 19}};
        ScriptedCaptioner model = new ScriptedCaptioner("Probably a list dialog.", "A dialog.", 0.9);
        try (Describer d = new Describer(model, reading(boxed(texts, boxes)))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(desc.best()).doesNotContain("dialog").startsWith("A text editor.").endsWith(" A menu is open: "
                    + "New, New Window, New From Template, Open..., Open Recent, save, Save As..., Save All, and 6 "
                    + "more.");
        }
    }

    /** Mousepad's About dialog in front of its window, as PP-OCR read the screen (stop 39, by hand). */
    @Test
    void anAboutDialogInFrontOfItsApplicationIsSaidAfterTheWindow() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("Probably a terminal.", "A text editor.", 0.9);
        try (Describer d = new Describer(model, reading("/tmp/minutes.txt - Mousepad",
                "File Edit Search View Document Help", "Minu", "About Mousepad", "Pres", "Mousepad", "0.5.10",
                "Mousepad is a simple text editor for the Xfce desktop environment", "Website",
                "Copyright @ 2005-2022 - the Mousepad developers", "Credits", "Close"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(desc.best()).isEqualTo("A text editor. An About dialog on screen, for Mousepad 0.5.10.");
        }
    }

    /** LibreOffice Writer's Find and Replace dialog in front of its document, as PP-OCR read it (stop 40, by hand). */
    @Test
    void aFindDialogInFrontOfItsApplicationIsSaidAfterTheWindow() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("Probably a terminal.", "A word processor.", 0.9);
        try (Describer d = new Describer(model, reading("minutes.txt-LibreOffice Writer", "FileEd it", "View",
                "Insert", "Format", "Styles", "Table", "Form", "Tools", "Window", "Help", "Preformatted Text",
                "Liberation Mono", "10 pt", "Find and Replace", "Find:", "Match case", "Whole words only", "Replace:",
                "Find All", "Find Previous", "Find Next", "Replace", "Replace All", "Similarity search", "No Format",
                "Help", "Close", "Page 1 of 1", "13 words, 70 characters"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(desc.best()).isEqualTo("A word processor. A Find and Replace dialog is open.");
        }
        // the dialog's own window, whatever the model took it for
        model = new ScriptedCaptioner("Probably a terminal.", "A video page.", 0.9);
        try (Describer d = new Describer(model, reading("Find:", "Match case", "Whole words only", "Replace:",
                "Find All", "Find Previous", "Find Next", "Replace", "Replace All", "vother options",
                "Similarity search", "No Format", "Help", "Close"))) {
            assertThat(d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), new CaptionListener() { })
                    .best()).isEqualTo("A Find and Replace dialog.");
        }
    }

    /**
     * gedit with its Find and Replace dialog in front of its letter, as PP-OCR read the screen (stop 40, by hand): the
     * first lines that pass 2 read end in the letter, and the model named a list dialog, unsure.
     */
    @Test
    void aFindDialogInFrontOfADocumentIsSaidAfterItsWindow() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("Probably a list dialog.", "A list dialog with the title "
                + "\"Select a printer\", containing 3 rows.", 0.6);
        assertThat(best(model, "Open", "letter.txt", "Save", "/tmp/tmp48srdrxr", "Thank you for the seeds.",
                "The tomatoes are doing well.", "Best wishes, Raj", "Find and Replace", "\u53e3x", "Find",
                "Replace with", "Nothing", "Match case", "Search backwards", "Match entire word only", "Wrap around",
                "Regular expression", "Close", "Replace All", "Replace", "Find", "Plain Text > Tab Width: 8 >",
                "Ln 1, Col 1", "INS")).isEqualTo("A text editor: its title is \"letter.txt\". A dialog on screen, "
                + "\"Find and Replace\". Its buttons: Close, Replace All, Replace, Find.");
    }

    /**
     * A browser's title with no address bar read, under a kind that no page is; an installer's page (stop 42, written
     * down: "A text editor." had been kept, Notepad++'s installer was "A text editor: its title is ..."); a tip of
     * the day.
     */
    @Test
    void aBrowsersTitleAndAnInstallersPageAreSaidOverTheModelsKind() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A text editor.", "A text editor.", 0.9);
        assertThat(best(model, "New Tab - Microsoft Edge", "Search the web", "Quick links", "Outlook"))
                .isEqualTo("A web browser: its title is \"New Tab - Microsoft Edge\".");
        assertThat(best(model, "Settings - Google Chrome", "chrome://settings", "You and Google",
                "Autofill and passwords", "Privacy and security")).isEqualTo("A web browser showing \"Settings\".");
        assertThat(best(model, "Python 3.12.0 (64-bit) Setup", "Install Python 3.12.0 (64-bit)", "Select Install Now to"
                + " install Python with default settings.", "Install Now", "Customize installation", "Cancel"))
                .isEqualTo("A dialog, \"Python 3.12.0 (64-bit) Setup\", says \"Select Install Now to install Python "
                        + "with default settings.\".");
        assertThat(best(model, "Install Zoom", "Introduction", "Destination Select", "Installation Type",
                "Welcome to the Zoom Installer", "Go Back", "Continue"))
                .isEqualTo("An installer: its title is \"Install Zoom\".");
        // LibreOffice's tip of the day that the model called a dialog (stop 36's pictures, by hand)
        ScriptedCaptioner dialog = new ScriptedCaptioner("A dialog.", "A dialog.", 0.9);
        assertThat(best(dialog, "Ele", "Insert", "Did you know?", "Libreoffice offers a variety of user interface "
                + "options to make", "Cut styles", "you feel at home", "Show tips on startup", "Next Tip", "OK"))
                .isEqualTo("A Tip of the Day dialog. It says \"Libreoffice offers a variety of user interface options "
                        + "to make you feel at home\".");
    }

    /**
     * Mousepad's Go To dialog in front of its list, and Thunar's file properties in a window of their own, as PP-OCR
     * read them (stop 40, by hand): the dialogs are known by their labels.
     */
    @Test
    void aFormsDialogIsSaidByItsLabels() throws CaptionException {
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A text editor.", 0.9),
                "/tmp/shopping.txt-Mousepad", "File Edit Search View Document Help", "Milk", "Bread", "Eggs", "Go To",
                "Line number:", "Column number:", "0", "Cancel", "Jump to"))
                .isEqualTo("A text editor. A Go to Line dialog is open.");
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A video page.", 0.9), "General", "Emblems",
                "Highlight", "Permissions", "Name:", "annual-report.pdf", "Kind: PDF document", "Open With:", "@MuPDF",
                "Location:", "/tmp/reports", "Created:", "Today", "Modified:", "Today", "Accessed:", "Today",
                "Size: 2.0 KiB (2048 bytes)", "Help", "Close"))
                .isEqualTo("A properties dialog for \"annual-report.pdf\".");
    }

    /** A page with a cookie notice over it (stop 41, written down): the notice and its buttons after the page. */
    @Test
    void aCookieNoticeIsSaidAfterThePage() throws CaptionException {
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A news article.", 0.9),
                "Bread recipes - BBC Food", "x", "+", "bbc.co.uk/food/bread", "Bread recipes", "Our best loaves",
                "We use cookies", "We use cookies to improve your experience.", "Accept all", "Reject all",
                "Manage preferences")).isEqualTo("A web browser showing \"Bread recipes - BBC Food\", from "
                + "bbc.co.uk. A cookie notice is on screen. Its buttons: Accept all, Reject all, Manage preferences.");
    }

    /**
     * A browser's sign-in page and its request for a one-time code, written down at stop 43: said by the page's title
     * alone, what they ask of the user after it.
     */
    @Test
    void aPagesComplaintOrRequestIsSaidAfterIt() throws CaptionException {
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A login page.", 0.9),
                "Sign in - Google Accounts", "x", "+", "accounts.google.com/signin", "Google", "Hi Ann",
                "ann@gmail.com", "Enter your password",
                "Wrong password. Try again or click Forgot password to reset it.", "Forgot password?", "Next"))
                .isEqualTo("A web browser showing \"Sign in - Google Accounts\", from accounts.google.com. It says "
                        + "\"Wrong password. Try again or click Forgot password to reset it.\".");
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A login page.", 0.9),
                "2-Step Verification", "x", "+", "accounts.google.com/signin/challenge", "Enter the code",
                "We sent a 6-digit code to ***-***-1234", "Enter code", "Next"))
                .isEqualTo("A web browser showing \"2-Step Verification\", from accounts.google.com. It shows a "
                        + "request for a one-time code: \"We sent a 6-digit code to ***-***-1234\".");
    }

    /** Teams' call as a window of its own (a zenity question titled "Microsoft Teams", captured at stop 43). */
    @Test
    void aCallUnderItsApplicationsTitleIsACall() throws CaptionException {
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A text editor.", 0.9), "Microsoft Teams",
                "Ann Lee is calling you", "Decline", "Accept")).isEqualTo("An incoming call from Ann Lee.");
    }

    /**
     * A toast and a notice captured on their own, and a toast over a page (written down at stop 44): said whatever
     * the model took them for; a toast's application's name is no window's title.
     */
    @Test
    void aToastOrANoticeIsSaidWhateverTheModelTookItFor() throws CaptionException {
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A mail client.", 0.9), "Outlook", "Ann Lee",
                "Budget review for Q3", "Hi team, please look at the numbers before Friday"))
                .isEqualTo("A notification from Outlook: \"Ann Lee\", \"Budget review for Q3\" and \"Hi team, please "
                        + "look at the numbers before Friday\".");
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A calculator.", 0.9), "Caps Lock is on"))
                .isEqualTo("An on-screen notice: \"Caps Lock is on\".");
        assertThat(best(new ScriptedCaptioner("Probably a terminal.", "A mail page.", 0.9),
                "Inbox - Gmail - Google Chrome", "x", "+", "mail.google.com/mail/u/0/#inbox", "Compose", "Inbox",
                "Starred", "Microsoft Teams", "Ann Lee", "Are you joining the standup?", "Send a quick reply",
                "Bob Smith", "Lunch on Friday?")).isEqualTo("A web browser showing \"Inbox - Gmail\", from "
                + "mail.google.com. It shows a notification from Microsoft Teams: \"Ann Lee\" and \"Are you joining "
                + "the standup?\".");
    }

    /**
     * What Glance says in the end (the refined caption and what it adds) of a noisy screen, briefly, where {@code
     * model} captions it and OCR reads {@code lines}.
     */
    private static String best(ScriptedCaptioner model, String... lines) throws CaptionException {
        try (Describer d = new Describer(model, reading(lines))) {
            return d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), new CaptionListener() { })
                    .best();
        }
    }

    /** Lines read in these boxes: x, y, width and height each. */
    static List<TextLine> boxed(String[] texts, int[][] boxes) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new TextLine(texts[i], 0.9f, boxes[i][0], boxes[i][1], boxes[i][2], boxes[i][3]));
        }
        return lines;
    }

    static TextReader reading(List<TextLine> lines) {
        return new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return lines;
            }

            @Override
            public void close() {
            }
        };
    }

    static TextReader reading(String... lines) {
        return new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return Arrays.stream(lines).map(l -> new TextLine(l, 0.9f, 0, 0, 10, 10)).toList();
            }

            @Override
            public void close() {
            }
        };
    }

    static RgbImage noisyScreen() {
        int[] px = new int[64 * 48];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i * 2654435761L % 7 == 0) ? 0x202020 : 0xF0F0F0 - (i % 13) * 0x030303;
        }
        return new RgbImage(64, 48, px);
    }

    @Test
    void blankScreensNeverReachTheCaptioner() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A cat on a sofa.", "A cat on a sofa.", 0.9);
        int[] black = new int[320 * 200];
        try (Describer d = new Describer(model, reading())) {
            Description desc = d.describe(new RgbImage(320, 200, black), DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(desc.best()).isEqualTo("The screen is black.");
            // a camera's black picture is its lens covered, not a black screen; a file's is a picture
            assertThat(d.describe(new RgbImage(320, 200, black), ImageOrigin.CAMERA, DetailLevel.BRIEF,
                    Cancellation.none(), CaptionListener.NONE).best()).isEqualTo("The camera picture is black.");
            assertThat(d.describe(new RgbImage(320, 200, black), ImageOrigin.UNKNOWN, DetailLevel.BRIEF,
                    Cancellation.none(), CaptionListener.NONE).best()).isEqualTo("The picture is black.");
        }
        assertThat(model.calls).isZero();
    }

    @Test
    void aGuessBelowTheModelsGuessLevelIsNotSaid() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A print dialog.", "An error dialog titled \"Printer\".",
                0.3);
        model.guessBelow = 0.5;
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading("Printer", "Out of paper", "OK"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), hearing(heard));
            assertThat(heard).hasSize(2);
            assertThat(heard.get(0)).startsWith(Describer.NOT_SURE + ": it is ").doesNotContain("print");
            assertThat(desc.initial()).isEqualTo(heard.get(0));
            // the refined caption is the model's, checked as always
            assertThat(heard.get(1)).isEqualTo("Probably an error dialog titled \"Printer\".");
            assertThat(desc.refined()).isEqualTo(heard.get(1));
        }
    }

    @Test
    void aKindTheModelGuessesWrongOftenHasAGuessLevelOfItsOwn() throws CaptionException {
        // the bundled model's unsure "print dialog" named none of 640 real windows right (stop 29)
        ScriptedCaptioner model = new ScriptedCaptioner("A print dialog.", "A print dialog titled \"Printer\".",
                0.6) {
            @Override
            public double guessBelow(String caption) {
                return caption.contains("print dialog") ? 0.65 : guessBelow();
            }
        };
        model.guessBelow = 0.55;
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading("Printer", "Copies: 1", "Cancel", "Print"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), hearing(heard));
            assertThat(heard.get(0)).startsWith(Describer.NOT_SURE + ": it is ");
            assertThat(desc.initial()).isEqualTo(heard.get(0));
            // the refined caption is checked against the text as always: a printer's copies bear it out
            assertThat(desc.refined()).isEqualTo("A print dialog titled \"Printer\".");
        }
        // another kind at the same confidence is said
        ScriptedCaptioner terminal = new ScriptedCaptioner("A terminal.", "A terminal.", 0.6);
        terminal.guessBelow = 0.55;
        try (Describer d = new Describer(terminal, reading("$ ls -l", "total 8"))) {
            assertThat(d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), CaptionListener.NONE)
                    .initial()).isEqualTo("A terminal.");
        }
    }

    @Test
    void pass2ReadsTheOcrLinesAndInventedQuotesAreDropped() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("An error dialog titled \"Scanner\".",
                "An error dialog titled \"Printer\" says \"Paper jam\".", 0.9);
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading("Printer", "Out of paper", "OK"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), hearing(heard));
            assertThat(model.pass2Text).containsExactly(List.of("Printer", "Out of paper", "OK"));
            assertThat(heard).containsExactly("An error dialog.", "An error dialog titled \"Printer\".");
            assertThat(desc.refined()).isEqualTo("An error dialog titled \"Printer\".");
            assertThat(desc.text()).extracting(TextLine::text).containsExactly("Printer", "Out of paper", "OK");
        }
    }

    @Test
    void windowButtonsAndLoneIconsReadAsCharactersAreNotShownAsText() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A dialog.", "A dialog.", 0.9);
        List<List<TextLine>> shown = new ArrayList<>();
        CaptionListener listener = new CaptionListener() {
            @Override
            public void onText(List<TextLine> lines) {
                shown.add(lines);
            }
        };
        try (Describer d = new Describer(model, reading("Rename \u53e3 \u00d7", "\u53e3\u00d7", "\u4e2a",
                "Enter the new name", "OK"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), listener);
            assertThat(desc.text()).extracting(TextLine::text).containsExactly("Rename", "Enter the new name", "OK");
            assertThat(shown).containsExactly(desc.text());
            assertThat(d.readText(noisyScreen())).extracting(TextLine::text)
                    .containsExactly("Rename", "Enter the new name", "OK");
        }
    }

    @Test
    void aDetailedDescriptionsFirstSentenceHasTheFirstPassLevelsOfItsOwn() throws CaptionException {
        // sure enough for a brief caption's first sentence, not for a detailed description's
        ScriptedCaptioner model = new ScriptedCaptioner("This screenshot shows a terminal. It has a prompt.",
                "This screenshot shows a terminal. It has a prompt.", 0.5) {
            @Override
            public double firstPassProbablyBelow(DetailLevel level) {
                return level == DetailLevel.DETAILED ? 0.6 : probablyBelow();
            }

            @Override
            public double guessBelow(String caption, DetailLevel level) {
                return level == DetailLevel.DETAILED ? 0.55 : guessBelow(caption);
            }
        };
        try (Describer d = new Describer(model, reading("$ ls", "notes.txt"))) {
            assertThat(d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), CaptionListener.NONE)
                    .initial()).isEqualTo("This screenshot shows a terminal. It has a prompt.");
            assertThat(d.describe(noisyScreen(), DetailLevel.DETAILED, Cancellation.none(), CaptionListener.NONE)
                    .initial()).startsWith("Not sure yet what this shows");
        }
        ScriptedCaptioner surer = new ScriptedCaptioner(model.initial, model.refined, 0.58) {
            @Override
            public double firstPassProbablyBelow(DetailLevel level) {
                return level == DetailLevel.DETAILED ? 0.6 : probablyBelow();
            }
        };
        try (Describer d = new Describer(surer, reading("$ ls", "notes.txt"))) {
            assertThat(d.describe(noisyScreen(), DetailLevel.DETAILED, Cancellation.none(), CaptionListener.NONE)
                    .initial()).isEqualTo("Probably this screenshot shows a terminal.");
        }
    }

    /** A captioner whose identity does not matter to the test. */
    abstract static class StubCaptioner implements Captioner {
        @Override
        public String modelId() {
            return "stub";
        }

        @Override
        public double probablyBelow() {
            return 0;
        }

        @Override
        public String provider() {
            return "CPU";
        }

        @Override
        public void close() {
        }
    }

    /** Decodes one "token" every 2 ms for up to 5 s, checking the cancel at every step as the real decoders do. */
    static final class SteppingCaptioner extends StubCaptioner {
        final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        volatile int stoppedAt = -1;

        @Override
        public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                     DetailLevel level, Cancellation cancel, CaptionListener listener) {
            for (int i = 0; i < 2500; i++) {
                if (cancel.isCancelled()) {
                    stoppedAt = steps.get();
                    return new CaptionResult("", "", new int[0], new int[0], 1, 1, new Timings(0, 0, 0, 0, 0, 0),
                            true);
                }
                steps.incrementAndGet();
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            listener.onInitial("A window.", 0.9);
            pass2Text.get();
            listener.onRefined("A window.", 0.9);
            return new CaptionResult("A window.", "A window.", new int[0], new int[0], 0.9, 0.9,
                    new Timings(0, 0, 0, 0, 0, 0), false);
        }
    }

    /** Records every callback of one request, in order. */
    static final class Recorder implements Describer.Listener {
        final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch ended = new CountDownLatch(1);
        volatile Description done;

        @Override
        public void onInitial(String caption, double confidence) {
            events.add("initial: " + caption);
        }

        @Override
        public void onText(List<TextLine> lines) {
            events.add("text: " + lines.stream().map(TextLine::text).toList());
        }

        @Override
        public void onRefined(String caption, double confidence) {
            events.add("refined: " + caption);
        }

        @Override
        public void onAddition(String sentence) {
            events.add("addition: " + sentence);
        }

        @Override
        public void onDone(Description description) {
            events.add("done");
            done = description;
            ended.countDown();
        }

        @Override
        public void onCancelled() {
            events.add("cancelled");
            ended.countDown();
        }

        @Override
        public void onFailed(CaptionException e) {
            events.add("failed: " + e.getMessage());
            ended.countDown();
        }

        void await() throws InterruptedException {
            assertThat(ended.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the request ended").isTrue();
        }
    }

    @Test
    void submitReportsInitialRefinedTextThenDoneOnTheInferenceThread() throws Exception {
        ScriptedCaptioner model = new ScriptedCaptioner("An error dialog.", "An error dialog titled \"Printer\".", 0.9);
        try (Describer d = new Describer(model, reading("Printer", "Out of paper"))) {
            Recorder r = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, r);
            r.await();
            assertThat(r.events).containsExactly("initial: An error dialog.",
                    "refined: An error dialog titled \"Printer\".", "text: [Printer, Out of paper]", "done");
        }
    }

    /**
     * A dialog's question in front of the window the caption named, which only the whole text shows, is said after
     * the refined caption, with its buttons, and becomes part of the description; it is not said twice where the
     * refined caption quotes it already (AbiWord's save dialog, stop 29).
     */
    @Test
    void aDialogsQuestionThatTheCaptionLeftOutIsSaidOnceAllOfTheTextIsRead() throws Exception {
        String[] screen = {"*letter.txt - Mousepad", "File Edit Search View Document Help", "Dear Mrs. Patel,",
            "Save changes to document letter.txt before closing?", "Your changes will be lost if you don't save them.",
            "Close Without Saving", "Cancel", "Save", "Thank you for the flowers."};
        String addition = "A dialog on screen asks \"Save changes to document letter.txt before closing?\". Its "
                + "buttons: Close Without Saving, Cancel, Save.";
        ScriptedCaptioner model = new ScriptedCaptioner("A text editor.", "A text editor.", 0.9);
        try (Describer d = new Describer(model, reading(screen))) {
            Recorder r = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, r);
            r.await();
            assertThat(r.events).hasSize(5);
            assertThat(r.events.get(1)).startsWith("refined: A text editor").doesNotContain("Save changes");
            assertThat(r.events.get(2)).isEqualTo("addition: " + addition);
            assertThat(r.events.get(3)).startsWith("text: ");
            assertThat(r.done.refined()).isEqualTo(r.events.get(1).substring("refined: ".length()) + " " + addition);
        }
        ScriptedCaptioner quoting = new ScriptedCaptioner("A dialog.",
                "A dialog asks \"Save changes to document letter.txt before closing?\".", 0.9);
        try (Describer d = new Describer(quoting, reading(screen))) {
            Recorder r = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, r);
            r.await();
            assertThat(r.events).noneMatch(e -> e.startsWith("addition: "));
            assertThat(r.done.refined()).containsOnlyOnce("Save changes");
        }
    }

    /** More detail adds what the whole text shows: the menus, where the text begins, how many lines were read. */
    @Test
    void moreDetailAddsTheMenusAndWhereTheTextBeginsFromTheWholeText() throws Exception {
        String[] screen = {"letter.txt - Mousepad", "File Edit Search View Document Help", "Dear Mrs. Patel,",
            "Thank you for the flowers."};
        ScriptedCaptioner model = new ScriptedCaptioner("A text editor.", "A text editor with a letter.", 0.9);
        try (Describer d = new Describer(model, reading(screen))) {
            Recorder r = new Recorder();
            d.submit(noisyScreen(), DetailLevel.DETAILED, r);
            r.await();
            String detail = "Its menus: File, Edit, Search, View, Document, Help. The text in it begins \"Dear Mrs. "
                    + "Patel,\". Glance read 4 lines of text.";
            assertThat(r.events.get(2)).isEqualTo("addition: " + detail);
            assertThat(r.done.refined()).endsWith(" " + detail);
            // the brief level says none of it
            Recorder brief = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, brief);
            brief.await();
            assertThat(brief.events).noneMatch(e -> e.startsWith("addition: "));
        }
    }

    @Test
    void aDocumentsTitleGivesWayToAWordProcessorsOrASpreadsheetsOwnBars() {
        // AbiWord's screen with minutes.txt, as PP-OCR read it (stop 38, by hand): its formatting toolbar below
        List<String> abiword = List.of("minutes.txt", "File", "Edit", "View", "Insert", "Format", "Tools", "Table",
                "RDF", "Documents", "Help", "1", "Page Width", "R", "Normal", "Liberation Serif", "12", "a", "a",
                "Minutes of the garden club", "We met on Tuesday and agreed to plant beans in the north bed.");
        assertThat(Describer.honest("A text editor.", abiword, WHITE, 0.9, 0.35))
                .isEqualTo("A word processor: its title is \"minutes.txt\".");
        assertThat(Describer.honest("A word processor.", abiword, WHITE, 0.9, 0.35)).isEqualTo("A word processor.");
        // a spreadsheet's name box, columns and sum below a text file's name (its table, opened in a spreadsheet)
        List<String> sheet = List.of("budget.txt", "A1", "Item", "A", "B", "C", "D", "Item", "Cost", "Rent", "900",
                "Sum = 900");
        assertThat(Describer.honest("A text editor.", sheet, WHITE, 0.9, 0.35))
                .isEqualTo("A spreadsheet: its title is \"budget.txt\".");
        // a text editor's window: its title stands
        List<String> mousepad = List.of("minutes.txt", "File", "Edit", "Search", "View", "Document", "Help",
                "Minutes of the garden club");
        assertThat(Describer.honest("A word processor.", mousepad, WHITE, 0.9, 0.35))
                .isEqualTo("A text editor: its title is \"minutes.txt\".");
        // gedit's window with its Go to Line box, as PP-OCR read it (stop 41, by hand): a type of dialog with nothing
        // of a dialog shown, below a document's title and an editor's cursor position, is the editor
        List<String> gedit = List.of("notes.txt", "Open", "/tmp/tmphb1lsxth", "Save", "Buy stamps.", "Q1",
                "Plain Text VTab Width: 8 V", "Ln 1, Col 1", "INS");
        assertThat(Describer.honest("A list dialog.", gedit, WHITE, 0.9, 0.35))
                .isEqualTo("A text editor: its title is \"notes.txt\".");
        List<String> noCursor = gedit.subList(0, 7);
        assertThat(Describer.honest("A list dialog.", noCursor, WHITE, 0.9, 0.35))
                .isEqualTo("A dialog. The text on it begins \"notes.txt\".");
    }

    @Test
    void aDialogNamedWithoutAWordOfItSaysWhatItAsksOrSaysOrWhereItsTextBegins() {
        // Thunderbird's "Profile Missing" (stop 27) and HexChat's warning (stop 29): the model's quotes were not there
        List<String> missing = List.of("Profile Missing", "00", "A",
                "Your Thunderbird profile cannot be loaded. It may be missing or inaccessible.");
        assertThat(Describer.honest("A warning dialog titled \"Disk full\".", missing, WHITE, 0.2, 0.35))
                .isEqualTo("Probably a warning dialog. The text on it begins \"Profile Missing\".");
        List<String> backup = List.of("Backup failed", "The disk /media/usb is full. Free some space and try again.",
                "OK");
        assertThat(Describer.honest("An error dialog.", backup, WHITE, 0.9, 0.35)).isEqualTo(
                "An error dialog. It says \"The disk /media/usb is full. Free some space and try again.\".");
        // where an application's title begins the lines read, they are the window's behind the dialog: not quoted
        // as the dialog's (Mousepad behind its "Save Changes", stop 30)
        List<String> mousepad = List.of("*/tmp/hand30/list.txt- Mousepad", "File Edit Search View Document Help",
                "Warning: you are using the root account. You may harm your system.", "Eggs and tea shopping list",
                "Milk", "Bread", "Save Changes", "Do you want to save the changes before closing?",
                "If you don't save the document, all the changes will be lost.", "Cancel", "Don't Save", "Save");
        assertThat(Describer.honest("A warning dialog.", mousepad.subList(0, 6), () -> mousepad, WHITE, 0.9, 0.35))
                .isEqualTo("A warning dialog.");
        // its title quoted, and nothing else of it: its message follows (since stop 32); a quote of its message, or
        // no dialog named: as it was
        assertThat(Describer.honest("An error dialog titled \"Backup failed\".", backup, WHITE, 0.9, 0.35))
                .isEqualTo("An error dialog titled \"Backup failed\". It says \"The disk /media/usb is full. Free some "
                        + "space and try again.\".");
        assertThat(Describer.honest("An error dialog saying \"The disk /media/usb is full.\"", backup, WHITE, 0.9,
                0.35)).isEqualTo("An error dialog saying \"The disk /media/usb is full.\".");
    }

    @Test
    void aDialogOfAnotherTypeSaysTheQuestionThatAllOfTheTextHolds() {
        // gedit's "Save changes ...?" below its document, as PP-OCR read the screen (stop 36, by hand): pass 2 read
        // the first lines, down to the question's start; the model said "A list dialog with the title "Select a
        // printer"."; the question, wrapped, and the buttons come further down
        List<String> gedit = List.of("Open", "*shopping.txt", "Save", "/tmp/t36", "1 more milk eggs", "2 flour",
                "Save changes to document \"shopping.txt\" before", "closing?",
                "If you don't save, changes from the last 5 seconds will be permanently", "Iost.",
                "Close without Saving", "Cancel", "Save", "Plain Text - Tab Width: 8", "Ln 1, Col 10", "INS");
        assertThat(Describer.honest("A list dialog with the title \"Select a printer\".", gedit.subList(0, 9),
                () -> gedit, WHITE, 0.9, 0.35)).isEqualTo(
                "A dialog asks \"Save changes to document \u201dshopping.txt\u201d before closing?\".");
    }

    @Test
    void aDetailedDescriptionSaysItsFirstSentenceFirstAndOnlyThatWhereTheModelWasUnsure() {
        String detail = "This screenshot shows a terminal. It is about a file listing. It has \"3. items\". It has.";
        assertThat(Describer.firstOfDetail(detail, DetailLevel.DETAILED)).isEqualTo(
                "This screenshot shows a terminal.");
        assertThat(Describer.firstOfDetail(detail, DetailLevel.BRIEF)).isEqualTo(detail);
        assertThat(Describer.firstSentence("A dialog titled \"No. 5. Or not\". It asks.")).isEqualTo(
                "A dialog titled \"No. 5. Or not\".");
        assertThat(Describer.guessedDetail("Probably a chat page. It has 3 messages.", DetailLevel.DETAILED, 0.3, 0.35))
                .isEqualTo("Probably a chat page.");
        assertThat(Describer.guessedDetail("A chat page. It has 3 messages.", DetailLevel.DETAILED, 0.5, 0.35))
                .isEqualTo("A chat page. It has 3 messages.");
        assertThat(Describer.guessedDetail("Probably a chat page with 3 messages.", DetailLevel.BRIEF, 0.3, 0.35))
                .isEqualTo("Probably a chat page with 3 messages.");
    }

    /**
     * A reader that hands over the first of {@code all} that are enough, then waits until {@link #refinedHeard} is
     * counted down (at most 10 s: {@link #waitedInVain} then says so) before it returns every line.
     */
    static final class SlowReader implements TextReader {
        final CountDownLatch refinedHeard = new CountDownLatch(1);
        final List<List<String>> handedOver = new ArrayList<>();
        volatile boolean waitedInVain;
        private final List<TextLine> all;

        SlowReader(List<TextLine> all) {
            this.all = all;
        }

        @Override
        public List<TextLine> read(RgbImage image) {
            throw new AssertionError("the Describer reads in two steps");
        }

        @Override
        public List<TextLine> read(RgbImage image, java.util.function.UnaryOperator<List<TextLine>> order,
                                   java.util.function.Predicate<List<TextLine>> enough,
                                   java.util.function.Consumer<List<TextLine>> first) {
            List<TextLine> ordered = order.apply(all);
            List<TextLine> firstLines = TextReader.firstEnough(ordered, enough);
            handedOver.add(firstLines.stream().map(TextLine::text).toList());
            first.accept(firstLines);
            try {
                waitedInVain = !refinedHeard.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ordered;
        }

        @Override
        public void close() {
        }
    }

    /**
     * Pass 2 starts as soon as OCR has read the lines the model can take in: here the reader hands over the first
     * line and then waits until the refined caption has been heard; had pass 2 waited for every line, the reader would
     * wait its full 10 s. The refined caption's quotes are grounded in the lines it read; the text is all of them.
     */
    @Test
    void pass2StartsOnTheFirstLinesWhileOcrReadsTheRest() throws Exception {
        ScriptedCaptioner model = new ScriptedCaptioner("A dialog.", "A dialog titled \"Printer\".", 0.9);
        model.enoughLines = 1;
        List<TextLine> all = List.of(new TextLine("Printer", 0.9f, 10, 10, 60, 12),
                new TextLine("Out of paper", 0.9f, 10, 30, 90, 12), new TextLine("Cancel", 0.9f, 10, 50, 50, 12));
        SlowReader slowReader = new SlowReader(all);
        CountDownLatch refinedHeard = slowReader.refinedHeard;
        List<String> events = new ArrayList<>();
        try (Describer d = new Describer(model, slowReader)) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), new CaptionListener() {
                @Override
                public void onRefined(String caption, double confidence) {
                    events.add("refined: " + caption);
                    refinedHeard.countDown();
                }

                @Override
                public void onText(List<TextLine> lines) {
                    events.add("text: " + lines.size() + " lines");
                }
            });
            assertThat(slowReader.waitedInVain).as("pass 2 waited for every line").isFalse();
            assertThat(model.pass2Text).containsExactly(List.of("Printer"));
            assertThat(events).containsExactly("refined: A dialog titled \"Printer\".", "text: 3 lines");
            assertThat(desc.refined()).isEqualTo("A dialog titled \"Printer\".");
            assertThat(desc.text()).isEqualTo(all);
        }
    }

    @Test
    void firstEnoughIsTheShortestBeginningThatIsEnoughOrAll() {
        List<TextLine> lines = List.of(new TextLine("a b", 1f, 0, 0, 1, 1), new TextLine("c", 1f, 0, 0, 1, 1),
                new TextLine("d e f", 1f, 0, 0, 1, 1));
        java.util.function.Predicate<List<TextLine>> threeWords =
                t -> t.stream().mapToInt(l -> l.text().split(" ").length).sum() >= 3;
        assertThat(TextReader.firstEnough(lines, threeWords)).isEqualTo(lines.subList(0, 2));
        assertThat(TextReader.firstEnough(lines, t -> false)).isEqualTo(lines);
        assertThat(TextReader.firstEnough(List.of(), t -> true)).isEmpty();
    }

    @Test
    void aNewRequestCancelsTheRunningOneWithinOneDecodeStep() throws Exception {
        SteppingCaptioner model = new SteppingCaptioner();
        try (Describer d = new Describer(model, reading("OK"))) {
            Recorder first = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, first);
            while (model.steps.get() < 5) {
                Thread.sleep(1);
            }
            int before = model.steps.get();
            Recorder second = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, second);
            first.await();
            assertThat(first.events).containsExactly("cancelled");
            assertThat(model.stoppedAt - before).as("decode steps after the cancel").isLessThanOrEqualTo(2);
            d.cancel();
            second.await();
            assertThat(second.events).containsExactly("cancelled");
        }
    }

    @Test
    void aRequestThatNeverStartedIsReportedCancelled() throws Exception {
        SteppingCaptioner model = new SteppingCaptioner();
        try (Describer d = new Describer(model, reading())) {
            Recorder running = new Recorder();
            Recorder waiting = new Recorder();
            Recorder last = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, running);
            d.submit(noisyScreen(), DetailLevel.BRIEF, waiting);
            d.submit(noisyScreen(), DetailLevel.BRIEF, last);
            running.await();
            waiting.await();
            assertThat(running.events).containsExactly("cancelled");
            assertThat(waiting.events).containsExactly("cancelled");
            d.cancel();
            last.await();
        }
    }

    @Test
    void aFailureEndsTheRequestAndTheNextOneStillRuns() throws Exception {
        ScriptedCaptioner ok = new ScriptedCaptioner("A window.", "A window.", 0.9);
        Captioner failing = new StubCaptioner() {
            int calls;

            @Override
            public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                         DetailLevel level, Cancellation cancel, CaptionListener listener)
                    throws CaptionException {
                if (calls++ == 0) {
                    throw new CaptionException(CaptionException.Reason.RUNTIME_FAILURE, "The captioner failed.",
                            new IllegalStateException("ORT"));
                }
                return ok.caption(image, pass1Text, pass2Text, level, cancel, listener);
            }
        };
        try (Describer d = new Describer(failing, reading())) {
            Recorder first = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, first);
            first.await();
            assertThat(first.events).containsExactly("failed: The captioner failed.");
            Recorder second = new Recorder();
            d.submit(noisyScreen(), DetailLevel.BRIEF, second);
            second.await();
            assertThat(second.events).last().isEqualTo("done");
        }
    }

    @Test
    void aBugInTheCaptionerStillEndsTheRequestOnce() throws Exception {
        Captioner buggy = new StubCaptioner() {
            @Override
            public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                         DetailLevel level, Cancellation cancel, CaptionListener listener) {
                throw new IllegalStateException("a bug");
            }
        };
        try (Describer d = new Describer(buggy, reading())) {
            Recorder r = new Recorder();
            InferenceThread.Request request = d.submit(noisyScreen(), DetailLevel.BRIEF, r);
            r.await();
            assertThat(r.events).containsExactly("failed: Something went wrong while describing; please try again.");
            assertThat(request.ended().get(5, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(InferenceThread.Outcome.FAILED);
        }
    }

    @Test
    void aFileDialogAndADialogsQuestionAreReadNotGuessed() {
        // what the bundled model said of GTK's file chooser and of a zenity question (stop 28, by hand)
        List<String> open = List.of("Open File", "000", "O Recent", "tmp", "Name", "Size", "Type", "Modified",
                "letter.txt", "280 bytes", "Text", "18:58", "Cancel", "Open");
        assertThat(Describer.honest("A calculator called \"Calculator\", with the display showing you at 24 percent.",
                open, WHITE, 0.45, 0.35)).isEqualTo("A file chooser titled \"Open File\".");
        assertThat(Describer.honest("A file chooser titled \"Open File\", including \"letter.txt\".", open, WHITE,
                0.9, 0.35)).as("the model's own words for it stand").startsWith("A file chooser titled \"Open File\",");
        List<String> question = List.of("Question", "000", "Delete the file letter.txt for ever?", "N0", "Yes");
        // an unsure type of dialog that the text contradicts: the question, said as it is, not "Probably ..."
        assertThat(Describer.honest("A progress dialog with the title \"Progress\".", question, WHITE, 0.40, 0.5))
                .isEqualTo("A dialog asks \"Delete the file letter.txt for ever?\".");
        assertThat(KindCheck.corrects("A dialog asks \"Delete the file letter.txt for ever?\".")).isTrue();
        // a message above the buttons, under its title
        List<String> copying = List.of("Backup", "Copying 3 of 12 files", "Cancel", "OK");
        assertThat(Describer.honest("A print dialog with the printer \"Office\".", copying, WHITE, 0.9, 0.35))
                .isEqualTo("A dialog, \"Backup\", says \"Copying 3 of 12 files\".");
        // a form's fields for a person's details: what it asks for (since stop 44)
        List<String> form = List.of("New contact", "Add a contact", "First name", "Email", "Cancel", "OK");
        assertThat(Describer.honest("A print dialog with the printer \"Office\".", form, WHITE, 0.9, 0.35))
                .isEqualTo("A dialog, \"New contact\", says \"Add a contact\" and asks for First name and Email.");
        // none of these: "A dialog." and where its text begins, as before
        List<String> other = List.of("New contact", "Add a contact", "Nickname", "Cancel", "OK");
        assertThat(Describer.honest("A print dialog with the printer \"Office\".", other, WHITE, 0.9, 0.35))
                .isEqualTo("A dialog. The text on it begins \"New contact\".");
    }

    @Test
    void aCaptionReducedToAFragmentIsNotSaid() {
        assertThat(Describer.honest("A \"Backup complete\".", List.of("Copied 1,204 files"), WHITE, 0.9, 0.35))
                .isEqualTo("Glance cannot tell what this shows.");
    }

    @Test
    void wordsAboutTheLookThatThePixelsContradictAreNotSaid() {
        // what the bundled model said about a white zenity question dialog under Xvfb
        assertThat(Describer.honest("A terminal, and light text on a dark background.", List.of(), WHITE, 0.9, 0.35))
                .isEqualTo("A terminal.");
    }

    @Test
    void aDesktopsIconsAreToldByWhereTheirLabelsAre() throws CaptionException {
        // PCManFM's black desktop with five icons, 1600x900 (stop 27): the model's sure first sentence was "a terminal"
        int[][] boxes = {{30, 62, 62, 23}, {27, 86, 67, 22}, {31, 175, 60, 21}, {25, 198, 73, 20}, {31, 286, 60, 23},
            {32, 312, 58, 20}, {26, 402, 70, 17}, {32, 511, 58, 22}, {28, 535, 68, 23}};
        String[] texts = {"Holiday", "photos2", "Budget", "2026.ods", "Holiday", "photos", "notes.txt", "Project",
            "plan.odt"};
        TextReader desktop = reading(boxed(texts, boxes));
        int[] px = new int[1600 * 900];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i * 2654435761L % 7 == 0) ? 0xF0F0F0 : 0x101010 + (i % 13) * 0x010101;
        }
        ScriptedCaptioner model = new ScriptedCaptioner("A terminal, and light text on a dark background.",
                "A terminal, and light text on a dark background.", 0.9);
        try (Describer d = new Describer(model, desktop)) {
            assertThat(said(d, new RgbImage(1600, 900, px), ImageOrigin.SCREEN)).isEqualTo(
                    "A desktop with 5 icons, starting with \"Holiday photos2\" and \"Budget 2026.ods\".");
        }
        // the same labels in a picture a quarter as wide: in its middle, no desktop's icons
        try (Describer d = new Describer(model, desktop)) {
            assertThat(said(d, new RgbImage(400, 900, Arrays.copyOf(px, 400 * 900)), ImageOrigin.SCREEN))
                    .doesNotContain("desktop");
        }
    }

    @Test
    void aFileManagerThatTheTextBearsOutIsSaidWithItsItems() {
        // PCManFM's screen, captured at stop 44: the model's unsure kind was right, its count unsaid
        List<String> pcmanfm = List.of("Photos", "File Edit View", "Bookmarks", "GO", "Tools Help",
                "/tmp/s44/p/Photos", "Places", "Home Folder", "beach.jpg", "dog.jpg", "party.jpg", "3 items",
                "Free space: 77.7 GiB (Total: 252.0 GiB)");
        assertThat(Describer.honest("A file manager.", pcmanfm, WHITE, 0.3, 0.35))
                .isEqualTo("A file manager in the folder \"Photos\", showing 3 items. Among them: beach.jpg, dog.jpg "
                        + "and party.jpg.");
        // without its status line, its path and its files bear it out (stop 49); without the path too, the model's
        // caption stands
        assertThat(Describer.honest("A file manager.", pcmanfm.subList(0, 11), WHITE, 0.3, 0.35))
                .isEqualTo("A file manager in the folder \"Photos\". It shows beach.jpg, dog.jpg and party.jpg.");
        List<String> noPath = new ArrayList<>(pcmanfm.subList(0, 11));
        noPath.remove("/tmp/s44/p/Photos");
        assertThat(Describer.honest("A file manager.", noPath, WHITE, 0.3, 0.35)).isEqualTo("Probably a file manager.");
    }

    @Test
    void aToastAloneOnAnEmptyScreenIsSaidWithWhereItIs() throws CaptionException {
        // dunst's toast at the top right of a plain blue 1366x768 screen (stop 44, captured): the model's sure caption
        // was a lock screen
        int[] px = new int[1366 * 768];
        Arrays.fill(px, 0x3A6EA5);
        for (int y = 52; y < 104; y++) {
            Arrays.fill(px, y * 1366 + 1037, y * 1366 + 1356, 0x24506F);
        }
        int[][] boxes = {{1048, 64, 126, 12}, {1048, 78, 189, 12}};
        String[] texts = {"Ann Lee (#general)", "are you coming to the demo?"};
        ScriptedCaptioner model = new ScriptedCaptioner("A lock screen.",
                "Probably the screen is locked: a lock screen with the desktop clock.", 0.9);
        try (Describer d = new Describer(model, reading(boxed(texts, boxes)))) {
            assertThat(said(d, new RgbImage(1366, 768, px), ImageOrigin.SCREEN)).isEqualTo("A notification at the top "
                    + "right of an empty screen: \"Ann Lee (#general)\" and \"are you coming to the demo?\".");
        }
        // the same lines in the middle of the screen: no toast's place
        int[][] middle = {{600, 364, 126, 12}, {600, 378, 189, 12}};
        try (Describer d = new Describer(model, reading(boxed(texts, middle)))) {
            assertThat(said(d, new RgbImage(1366, 768, px), ImageOrigin.SCREEN)).doesNotContain("notification");
        }
    }

    @Test
    void aToastOverAWindowIsSaidAfterTheWindowAndIsNoneOfItsText() throws CaptionException {
        // dunst's toast at the top right over xterm (stop 44, captured): its message had been where xterm's text began
        int[] px = new int[1366 * 768];
        for (int y = 210; y < 550; y++) {
            Arrays.fill(px, y * 1366 + 440, y * 1366 + 925, 0xFFFFFF);
        }
        int[][] boxes = {{1048, 64, 48, 12}, {1048, 78, 210, 12}, {664, 216, 37, 12}, {442, 236, 105, 12}};
        String[] texts = {"Ann Lee", "Are you coming to lunch today?", "xterm", "root@vm:/tmp/s45#"};
        ScriptedCaptioner model = new ScriptedCaptioner("A terminal.", "A terminal.", 0.3);
        try (Describer d = new Describer(model, reading(boxed(texts, boxes)))) {
            // (the unsure terminal said for sure: its prompt with user and host bears it out, since stop 50)
            assertThat(said(d, new RgbImage(1366, 768, px), ImageOrigin.SCREEN)).isEqualTo("A terminal. The text on "
                    + "it begins \"root@vm:/tmp/s45#\". It shows a notification at the top right: \"Ann Lee\" and "
                    + "\"Are you coming to lunch today?\".");
        }
    }

    @Test
    void aKindOfWindowThatTheScreensTextContradictsIsNotSaid() throws CaptionException {
        // what the bundled model said of the demo screen, a text editor with a save dialog
        ScriptedCaptioner model = new ScriptedCaptioner("A terminal, and light text on a dark background.",
                "A terminal.", 0.2);
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading("/tmp/shots/letter.txt - Mousepad", "File Edit",
                "Search View Document Help", "Dear Mrs. Patel,", "Save changes to letter.txt before closing?"),
                10_000)) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() {
                        @Override
                        public void onRefined(String caption, double confidence) {
                            heard.add(caption);
                        }
                    });
            // the kind its title names, said as it is, not "Probably ..."; the first sentence waited for the top lines
            String said = "A text editor: its title is \"/tmp/shots/letter.txt - Mousepad\".";
            assertThat(heard).containsExactly(said);
            assertThat(desc.refined()).isEqualTo(said);
            assertThat(desc.initial()).isEqualTo(said);
        }
        // a title that names no application Glance knows, and no document
        try (Describer d = new Describer(model, reading("Garden letter", "File Edit", "View Help",
                "Dear Mrs. Patel,", "Save changes to letter.txt before closing?"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN)).isEqualTo(
                    "Glance cannot tell what kind of window this is. The text on it begins \"Garden letter\".");
        }
        // a document's name as the title: its extension says what shows it (gedit's and FeatherPad's, stop 29)
        try (Describer d = new Describer(model, reading("letter.txt", "File Edit", "View Help",
                "Dear Mrs. Patel,", "Save changes to letter.txt before closing?"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN)).isEqualTo(
                    "A text editor: its title is \"letter.txt\".");
        }
        // the same with a text editor's menus: they say what the window is
        try (Describer d = new Describer(model, reading("Garden letter", "File Edit", "Search View Document Help",
                "Dear Mrs. Patel,", "Save changes to letter.txt before closing?"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN))
                    .isEqualTo("A text editor. The text on it begins \"Garden letter\".");
        }
        try (Describer d = new Describer(model, reading("ann@laptop: ~/letters", "Dear Mrs. Patel,",
                "Thank you for your letter", "Save changes to letter.txt before closing?"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN))
                    .isEqualTo("Probably a terminal. The text on it begins \"ann@laptop: ~/letters\".");
        }
    }

    @Test
    void aTitleOfAnotherKindIsSaidInsteadOfTheModelsKind() {
        // vim, which the bundled model called a video page: the title is read, the kind was a guess
        List<String> vim = List.of("plan.txt (/tmp/v144931) - VIM", "Installation guide",
                "Water the plants and feed the cat while I am away", "Remember to turn off the lights");
        assertThat(Describer.honest("Probably a video page.", vim, WHITE, 0.2, 0.35))
                .isEqualTo("A text editor in a terminal: its title is \"plan.txt (/tmp/v144931) - VIM\".");
        // a terminal or a text editor is right, but the title says more: which file, in a text editor in a terminal
        assertThat(Describer.honest("A terminal with the title \"/tmp\".", vim, WHITE, 0.2, 0.35))
                .isEqualTo("A text editor in a terminal: its title is \"plan.txt (/tmp/v144931) - VIM\".");
        assertThat(Describer.honest("A text editor, showing a list.", vim, WHITE, 0.9, 0.35))
                .isEqualTo("A text editor in a terminal: its title is \"plan.txt (/tmp/v144931) - VIM\".");
        assertThat(Describer.first("A terminal.", vim, WHITE, 0.9, 0.35))
                .isEqualTo("A text editor in a terminal: its title is \"plan.txt (/tmp/v144931) - VIM\".");
        // a terminal's own title names no program in it: the model's caption stands
        List<String> xterm = List.of("bash", "ann@laptop:~$ ls", "notes.txt");
        assertThat(Describer.honest("A terminal, with a list of files.", xterm, WHITE, 0.9, 0.35))
                .isEqualTo("A terminal, with a list of files.");
        // the rest of the screen's text is not waited for: the title settles it
        AtomicInteger asked = new AtomicInteger();
        List<String> mousepad = List.of("/tmp/shots/letter.txt - Mousepad", "File Edit", "Dear Mrs. Patel,");
        assertThat(Describer.honest("A terminal.", mousepad, () -> {
            asked.incrementAndGet();
            return List.of();
        }, WHITE, 0.9, 0.35)).isEqualTo("A text editor: its title is \"/tmp/shots/letter.txt - Mousepad\".");
        assertThat(asked).hasValue(0);
    }

    @Test
    void aMonthsGridSaysCalendarWhereTheModelsKindIsContradicted() {
        // zenity's date picker as PP-OCR read it under Xvfb (real_check, stop 23): the model said "a calculator"
        List<String> picker = new ArrayList<>(List.of("Choose the start date", "Calendar:", "November", "<2021",
                "Sun Mon", "Tue", "WedThu", "Fri", "Sat"));
        for (int day = 1; day <= 30; day++) {
            picker.add(String.valueOf(day));
        }
        picker.addAll(List.of("Cancel", "OK"));
        assertThat(Describer.honest("Probably a calculator.", picker, WHITE, 0.2, 0.35)).isEqualTo(
                "A dialog with a calendar, showing November 2021. The text on it begins \"Choose the start date\".");
        List<String> calendar = picker.subList(1, picker.size() - 2);
        assertThat(Describer.honest("Probably a music player.", calendar, WHITE, 0.2, 0.35))
                .isEqualTo("A calendar, showing November 2021. The text on it begins \"Calendar:\".");
    }

    @Test
    void aShellsPromptSaysTerminalWhereTheModelsKindIsContradicted() {
        List<String> cat = List.of("$ cat Lesson.txt", "Step 28: open the settings and choose the driver tab.",
                "Heavy rain is expected in Seoul this afternoon.", "Please bring the report to the meeting.", "$");
        assertThat(Describer.honest("Probably a music player, with 7 rows.", cat, WHITE, 0.2, 0.35))
                .isEqualTo("A terminal. The text on it begins \"$ cat Lesson.txt\".");
        // a title that names the application is said instead
        List<String> xterm = new ArrayList<>(cat);
        xterm.add(0, "xterm");
        assertThat(Describer.honest("Probably a music player.", xterm, WHITE, 0.2, 0.35))
                .isEqualTo("A terminal: its title is \"xterm\".");
    }

    @Test
    void anUnsureFirstSentenceSaysItsKindAndNoMore() {
        assertThat(Describer.first("A print dialog, with 3 copies.", List.of(), WHITE, 0.2, 0.35))
                .isEqualTo("Probably a print dialog.");
        assertThat(Describer.first("A chat page with a cookie banner.", List.of(), WHITE, 0.2, 0.35))
                .isEqualTo("Probably a chat page.");
        assertThat(Describer.first("A terminal, and light text on a dark background.", List.of(), BLACK, 0.2, 0.35))
                .isEqualTo("Probably a terminal.");
        // sure: said whole; no kind this check knows: said as it is
        assertThat(Describer.first("A terminal, and light text on a dark background.", List.of(), BLACK, 0.9, 0.35))
                .isEqualTo("A terminal, and light text on a dark background.");
        assertThat(Describer.first("A web browser with two tabs.", List.of(), WHITE, 0.2, 0.35))
                .isEqualTo("Probably a web browser with two tabs.");
    }

    @Test
    void aFirstSentenceBelowTheGuessLevelNamesNoKind() {
        // below guess_below the first pass's kind was wrong nearly three times in four on real windows (stop 26)
        assertThat(Describer.first("A print dialog, with 3 copies.", List.of(), WHITE, 0.4, 0.65, 0.55))
                .isEqualTo("Not sure yet what this shows: it is mostly white.");
        assertThat(Describer.isProvisional(Describer.first("A terminal.", List.of(), BLACK, 0.4, 0.65, 0.55)))
                .isTrue();
        assertThat(Describer.first("A terminal.", List.of(), BLACK, 0.4, 0.65, 0.55)).endsWith("mostly black.");
        // at or above it, the kind is said (with "Probably" below probably_below)
        assertThat(Describer.first("A print dialog, with 3 copies.", List.of(), WHITE, 0.55, 0.65, 0.55))
                .isEqualTo("Probably a print dialog.");
        assertThat(Describer.first("A terminal, and light text on a dark background.", List.of(), BLACK, 0.7, 0.65,
                0.55)).isEqualTo("A terminal, and light text on a dark background.");
        // a title that names the application is sure, whatever the model's confidence
        List<String> top = List.of("/tmp/List.txt - Mousepad", "FileEd it Search View", "Document Help");
        assertThat(Describer.first("Probably a warning dialog.", top, WHITE, 0.2, 0.65, 0.55))
                .isEqualTo("A text editor: its title is \"/tmp/List.txt - Mousepad\".");
        // a picture in many colours
        int[] stripes = new int[64];
        int[] colours = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF, 0x808080, 0xFFA500};
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = colours[i % 8];
        }
        assertThat(Describer.first("A chat page.", List.of(), Palette.of(new RgbImage(8, 8, stripes)), 0.1, 0.65,
                0.55)).isEqualTo("Not sure yet what this shows: it is in many colours.");
        assertThat(Describer.isProvisional("Probably a chat page.")).isFalse();
    }

    @Test
    void aWindowsTitleOverItsMenuBarIsNoDialogWhateverButtonsItShows() {
        // LXTask as PP-OCR read it (stop 29): its "Quit" button is the window's, not a dialog's
        List<String> lxtask = List.of("Task Manager", "000", "Eile View Help", "CPU usage: 0 %",
                "Memory: 189 MB of 24105 MB used", "Command", "User", "CPU% ~", "RSS", "VM-Size", "PID", "State",
                "sleep", "root", "0%", "1.8 MB", "2.9 MB", "13488", "Ixtask", "root", "0%", "18.5 MB", "180.5MB",
                "13487", "bash", "root", "0%", "2.0 MB", "4.6 MB 12603", "\u56de", "more details", "Quit");
        assertThat(Describer.honest("A progress dialog.", lxtask, WHITE, 0.3, 0.35))
                .isEqualTo("A system monitor: its title is \"Task Manager\".");
        // Excel's title over its ribbon's tabs, the same way (stop 40)
        List<String> excel = List.of("Book1 - Excel", "File Home Insert Page Layout Formulas Data Review View Help",
                "A1", "fx", "A", "B", "C", "1", "Item", "Price", "2", "Apples", "3.20", "Sheet1", "Ready", "100%");
        assertThat(Describer.honest("Probably a list dialog.", excel, WHITE, 0.3, 0.35))
                .isEqualTo("A spreadsheet: its title is \"Book1 - Excel\".");
        // an application's message box, its name alone as its title: the dialog, not the application's window
        List<String> error = List.of("Microsoft Word", "Word experienced an error trying to open the file.",
                "Try these suggestions.", "OK");
        assertThat(Describer.honest("A terminal.", error, WHITE, 0.9, 0.35)).isEqualTo("A dialog, \"Microsoft "
                + "Word\", says \"Word experienced an error trying to open the file.\".");
        assertThat(Describer.honest("A text editor.", List.of("Notepad", "Do you want to save changes to Untitled?",
                "Save", "Don't Save", "Cancel"), WHITE, 0.9, 0.35))
                .isEqualTo("A dialog asks \"Do you want to save changes to Untitled?\".");
        // a title that names the type of dialog, where the model named another
        List<String> properties = List.of("report.pdf Properties", "General", "Security", "Details", "report.pdf",
                "Type of file:", "PDF Document (.pdf)", "Location:", "C:\\Users\\Ann\\Documents", "Size:",
                "245 KB (251,234 bytes)", "OK", "Cancel", "Apply");
        assertThat(Describer.honest("Probably a list dialog.", properties, WHITE, 0.3, 0.35))
                .isEqualTo("A properties dialog: its title is \"report.pdf Properties\".");
        // the first sentence too, where the top lines hold the whole box; unsure, and too unsure to guess
        assertThat(Describer.first("A terminal.", error, WHITE, 0.9, 0.35)).isEqualTo("A dialog, \"Microsoft "
                + "Word\", says \"Word experienced an error trying to open the file.\".");
        assertThat(Describer.first("A terminal.", error, WHITE, 0.3, 0.35, 0.55)).startsWith("A dialog, ");
        // a lock screen's clock and day, whatever the model took them for
        assertThat(Describer.honest("A terminal.", List.of("12:45", "Thursday, November 28"), WHITE, 0.9, 0.35))
                .isEqualTo("A lock screen. Its clock shows 12:45.");
        // but not where all of the text holds more than a lock screen: a dashboard's clock and date among its cards,
        // as OCR read a page made like Home Assistant (stop 50: "A lock screen.")
        List<String> dashboard = List.of("Home Assistant", "Living room", "Lights", "10:42", "Kitchen: On.", "21.5 °C",
                "Hallway: Off", "Thursday, 3 December", "Humidity 45%", "Bedroom: Off");
        assertThat(Describer.honest("A terminal.", dashboard.subList(0, 8), () -> dashboard, WHITE, 0.9, 0.35))
                .doesNotContain("lock screen");
        // a document's window with buttons at its foot is the window
        assertThat(Describer.honest("A terminal.", List.of("notes.txt - Notepad", "Do you want to save changes?",
                "Save", "Cancel"), WHITE, 0.9, 0.35)).isEqualTo("A text editor: its title is \"notes.txt - Notepad\".");
        // a question above the buttons is a dialog's, in front of the window: the model's dialog stands
        List<String> asking = new ArrayList<>(lxtask.subList(0, 29));
        asking.addAll(List.of("Stop the process sleep?", "Cancel", "Stop"));
        assertThat(Describer.honest("A question dialog.", asking, WHITE, 0.9, 0.35))
                .isEqualTo("A question dialog. It asks \"Stop the process sleep?\".");
    }

    @Test
    void anUnsureKindThatTheTitleBearsOutIsSaidWithTheTitle() {
        // Mousepad's window with its title bar, as PP-OCR read it (stop 33, by hand): "Probably a text editor."
        List<String> mousepad = List.of("tmp/h33/files/budget.csv-Mousepad", "000", "FileE", "Edit", "Search", "View",
                "Document", "Help", "Name, Amount, Date", "Rent,1200,2026-11-01");
        String titled = "A text editor: its title is \"tmp/h33/files/budget.csv-Mousepad\".";
        assertThat(Describer.honest("A text editor.", mousepad, WHITE, 0.3, 0.35)).isEqualTo(titled);
        assertThat(Describer.first("A text editor.", mousepad.subList(0, 3), WHITE, 0.3, 0.35)).isEqualTo(titled);
        // a sure caption stands; a document's name is no application's (it could be open in any viewer)
        assertThat(Describer.honest("A text editor.", mousepad, WHITE, 0.9, 0.35)).isEqualTo("A text editor.");
        assertThat(Describer.honest("A text editor.", List.of("notes.txt", "Dear Tom,", "The garden party is on"),
                WHITE, 0.3, 0.35)).isEqualTo("Probably a text editor.");
        // but an editor's cursor position below it says a text editor shows it (gedit's window, stop 44, captured)
        List<String> gedit = List.of("letter.txt", "Save", "Open", "X", "/tmp/s44/p", "1pear", "Sam,", "2",
                "3Thank you for the seeds. The tomatoes are doing well.", "4", "5 Best wishes,", "6 Ann",
                "Plain Text v", "Tab Width: 8", "Ln 1, Col 1", "INS");
        assertThat(Describer.honest("Probably a text editor, containing 3 rows.", gedit, WHITE, 0.3, 0.35))
                .isEqualTo("A text editor: its title is \"letter.txt\".");
    }

    @Test
    void aWindowWithAMenuBarIsNoDialog() {
        // Mousepad's root-account warning bar, which the bundled model took for a warning dialog (real_check, stop 22)
        List<String> mousepad = List.of("/tmp/List.txt - Mousepad", "FileEd it Search View", "Document Help",
                "Warning: you are using the root account. You may harm your system.", "Recipe",
                "Mei will present the early space on Monday.");
        assertThat(Describer.honest("Probably a warning dialog.", mousepad, WHITE, 0.2, 0.35))
                .isEqualTo("A text editor: its title is \"/tmp/List.txt - Mousepad\".");
        assertThat(Describer.first("Probably a warning dialog.", mousepad.subList(0, 3), WHITE, 0.2, 0.35))
                .isEqualTo("A text editor: its title is \"/tmp/List.txt - Mousepad\".");
        // a dialog over the editor shows its buttons: the model's dialog stands
        List<String> asking = new ArrayList<>(mousepad);
        asking.addAll(List.of("Save changes to \"List.txt\" before closing?", "Close without Saving", "Cancel",
                "Save"));
        assertThat(Describer.honest("A save changes dialog.", asking, WHITE, 0.9, 0.35))
                .isEqualTo("A save changes dialog. It asks \"Save changes to \u201dList.txt\u201d before closing?\".");
        // a question in front of another dialog, whose own buttons ("Start", "Discard") come last (LibreOffice's
        // document recovery, stop 32, by hand: "... The text on it begins "LibreOffice 7.4 Document Recovery".")
        List<String> recovery = List.of("LibreOffice 7.4 Document Recovery", "Libreoffice will attempt to recover the "
                + "state of the files you were working on before it", "Status of recovered documents:", "Document Name",
                "Status", "Untitled 1", "Not recovered yet", "00x", "Are you sure you want to discard the Libreoffice "
                + "document recovery data?", "No", "Yes", "Start", "Discard");
        assertThat(Describer.honest("A warning dialog.", recovery, WHITE, 0.2, 0.35)).isEqualTo("Probably a warning "
                + "dialog. It asks \"Are you sure you want to discard the Libreoffice document recovery data?\".");
        // read by pass 2 from the first lines only, the caption says where the text begins; the question further
        // down is added once all of the text is read
        String begins = Describer.honest("A warning dialog.", recovery.subList(0, 4), WHITE, 0.2, 0.35);
        assertThat(begins).isEqualTo("Probably a warning dialog. The text on it begins \"LibreOffice 7.4 Document "
                + "Recovery\".");
        assertThat(KindCheck.dialogOnScreen(recovery, begins)).hasValue("A dialog on screen asks \"Are you sure you "
                + "want to discard the Libreoffice document recovery data?\". Its buttons: No, Yes, Start, Discard.");
        // the dialog's own title quoted, and nothing else of it: its question follows (Mousepad's "Save Changes" with
        // its title bar, stop 32, by hand); another quote stands for what the caption says of it
        List<String> titled = List.of("Save Changes", "00x", "Do you want to save the changes before closing?",
                "If you don't save the document, all the changes will be lost.", "Cancel", "Don't Save", "Save");
        assertThat(Describer.honest("A save changes dialog titled \"Save Changes\".", titled, WHITE, 0.9, 0.35))
                .isEqualTo("A save changes dialog titled \"Save Changes\". It asks \"Do you want to save the changes "
                        + "before closing?\".");
        assertThat(Describer.honest("A save changes dialog saying \"If you don't save the document, all the changes "
                + "will be lost.\"", titled, WHITE, 0.9, 0.35)).doesNotContain("It asks");
        // a type of dialog that the dialog's own lines do not bear out, said instead of the window's title: its
        // question comes after the title, once all of the text is read (FeatherPad's "Save changes?" over "list.txt",
        // stop 30, by hand)
        List<String> feather = List.of("*/tmp/hand30/list.txt - FeatherPad", "File", "Edit", "Options", "Search",
                "Help", "*list.txt X", "Eggs and tea shopping list", "Milk", "FeatherPad", "000", "Save changes?",
                "The document has been modified.", "save", "Discard changes", "X Cancel");
        assertThat(Describer.honest("A list dialog.", feather, WHITE, 0.9, 0.35))
                .isEqualTo("A text editor: its title is \"*/tmp/hand30/list.txt - FeatherPad\".");
        assertThat(Describer.honest("A question dialog.", feather, WHITE, 0.9, 0.35))
                .isEqualTo("A question dialog. It asks \"Save changes?\".");
        // without a title: a type of dialog that the text contradicts leaves no dialog when there are menus, and a
        // text editor's menus say what the window is (since stop 23)
        List<String> window = List.of("File Edit Search View [", "Document Help", "Budget overview",
                "Write down any problems you find in this list.", "The recipe takes about forty minutes to prepare");
        assertThat(Describer.honest("Probably a progress dialog.", window, WHITE, 0.2, 0.35))
                .isEqualTo("A text editor. The text on it begins \"Budget overview\".");
        List<String> other = new ArrayList<>(window);
        other.set(0, "File Edit View");
        other.set(1, "Tools Help");
        assertThat(Describer.honest("Probably a progress dialog.", other, WHITE, 0.2, 0.35))
                .isEqualTo(KindCheck.UNKNOWN_KIND + " The text on it begins \"Budget overview\".");
        // too little text to judge a type of dialog by, below a terminal's title (xterm running "cal -y | less" on the
        // whole screen, stop 33, by hand; its window alone was already "A terminal: its title is ...")
        assertThat(Describer.honest("Probably a progress dialog.", List.of("cal -y I less", "000", "[END]"), WHITE,
                0.2, 0.35)).isEqualTo("A terminal: its title is \"cal -y I less\".");
    }

    @Test
    void aBrowsersFrameSaysWhichPageItShowsWhateverTheModelSaid() {
        // Chromium with a weather page, as PP-OCR read the window (stop 27, by hand): the model said "a calendar page"
        // (its days hold), and "a dialog" on the screen
        List<String> weather = List.of("Weather forecast - City News", "Not secure https://news.example.org/weather",
                "\u2606", "@ Sign in to Chromium?", "City News", "Home Weather Sport Contact",
                "Weather forecast for the weekend", "Saturday will be sunny with highs of 24 degrees.", "Saturday",
                "Sunny, 24\u00b0C", "Sunday", "Rain showers, 17\u00b0C");
        String said = "A web browser showing \"Weather forecast - City News\", from news.example.org, which the browser"
                + " marks \"Not secure\".";
        assertThat(Describer.honest("Probably a calendar page.", weather, WHITE, 0.4, 0.65)).isEqualTo(said);
        assertThat(Describer.honest("A text editor.", weather, WHITE, 0.9, 0.65)).isEqualTo(said);
        assertThat(Describer.honest("Probably a dialog.", weather, WHITE, 0.4, 0.65)).isEqualTo(said);
        // the first sentence, from the top lines, however unsure the model was
        assertThat(Describer.first("A calendar page.", weather.subList(0, 3), WHITE, 0.3, 0.65, 0.55))
                .isEqualTo(said);
        // an editor's title stands before an address in its file (and says the unsure kind for sure, since stop 33)
        List<String> editor = List.of("links.txt - Mousepad", "File Edit Search View", "https://example.org/news");
        assertThat(Describer.honest("A text editor.", editor, WHITE, 0.4, 0.65))
                .isEqualTo("A text editor: its title is \"links.txt - Mousepad\".");
    }

    @Test
    void unsureCaptionsAreMarkedProbably() {
        assertThat(Describer.honest("A terminal with a long listing.", List.of(), WHITE, 0.2, 0.35))
                .isEqualTo("Probably a terminal with a long listing.");
        assertThat(Describer.honest("A terminal with a long listing.", List.of(), WHITE, 0.8, 0.35))
                .isEqualTo("A terminal with a long listing.");
    }

    @Test
    void withoutAModelTheTextIsStillRead() throws CaptionException {
        try (Describer d = new Describer(null, reading("Invoice 2026-114", "Total: 52.30 EUR"))) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(desc.best()).contains("No description model");
            assertThat(desc.text()).hasSize(2);
        }
    }

    /** A webcam-like picture: a smooth gradient with sensor noise, no two neighbouring pixels quite alike. */
    static RgbImage photo() {
        java.util.Random r = new java.util.Random(5);
        int[] px = new int[160 * 120];
        for (int i = 0; i < px.length; i++) {
            int v = 60 + (i % 160) / 2 + (int) (r.nextGaussian() * 5);
            px[i] = v << 16 | (v / 2 + 40) << 8 | 30;
        }
        return new RgbImage(160, 120, px);
    }

    /** A captioner trained on screens (the manifest's describes_photos is false) or on photos too. */
    static ScriptedCaptioner captioner(boolean describesPhotos) {
        // what a model trained on photos might say (a screen's model said it of a photo before stop 18)
        return new ScriptedCaptioner("A video player.", "A video player with a film.", 0.9) {
            @Override
            public boolean describesPhotos() {
                return describesPhotos;
            }
        };
    }

    @Test
    void aPhotoIsNotCaptionedByAModelOfScreensButItsTextIsRead() throws CaptionException {
        ScriptedCaptioner model = captioner(false);
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading("Handle with care", "This side up"))) {
            Description desc = d.describe(photo(), ImageOrigin.UNKNOWN, DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() {
                        @Override
                        public void onInitial(String caption, double confidence) {
                            heard.add(caption);
                        }

                        @Override
                        public void onRefined(String caption, double confidence) {
                            heard.add(caption);
                        }
                    });
            assertThat(desc.initial()).startsWith("This looks like a photo, mostly ")
                    .endsWith("Glance's model describes screens, not photos, so it cannot say what this one shows.");
            // the first sentence comes before OCR; the second adds where the photo's text begins
            assertThat(desc.best()).isEqualTo(desc.initial() + " The text on it begins \"Handle with care\".");
            assertThat(heard).containsExactly(desc.initial(), desc.best());
            assertThat(desc.text()).extracting(TextLine::text).containsExactly("Handle with care", "This side up");
        }
        assertThat(model.calls).isZero();
    }

    /**
     * The reader hands over the first lines, then waits until the refined sentence has been heard: had the photo's
     * refined sentence waited for all of its text, the reader would wait its full 10 s.
     */
    @Test
    void aPhotosTextIsSaidToBeginAsSoonAsTheLinesItQuotesAreRead() throws Exception {
        List<TextLine> all = List.of(new TextLine("FieEo Sarch", 0.6f, 10, 10, 60, 12),
                new TextLine("Dear Mrs Patel,", 0.9f, 10, 30, 90, 12),
                new TextLine("Thank you for your letter", 0.9f, 10, 50, 150, 12));
        SlowReader slowReader = new SlowReader(all);
        CountDownLatch refinedHeard = slowReader.refinedHeard;
        List<String> events = new ArrayList<>();
        try (Describer d = new Describer(captioner(false), slowReader)) {
            Description desc = d.describe(photo(), ImageOrigin.CAMERA, DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() {
                        @Override
                        public void onRefined(String caption, double confidence) {
                            events.add("refined: " + caption.substring(caption.indexOf(" The text")));
                            refinedHeard.countDown();
                        }

                        @Override
                        public void onText(List<TextLine> lines) {
                            events.add("text: " + lines.size() + " lines");
                        }
                    });
            assertThat(slowReader.waitedInVain).as("the refined sentence waited for every line").isFalse();
            // the unsure first line is not quoted; the second is quoted alone, so the third is not needed
            assertThat(slowReader.handedOver).containsExactly(List.of("FieEo Sarch", "Dear Mrs Patel,"));
            assertThat(events).containsExactly("refined:  The text on it begins \"Dear Mrs Patel,\".",
                    "text: 3 lines");
            assertThat(desc.best()).endsWith(" The text on it begins \"Dear Mrs Patel,\".");
            assertThat(desc.text()).isEqualTo(all);
        }
    }

    @Test
    void anUnsureKindTheCheckDoesNotKnowGivesWayToAnApplicationsTitle() throws CaptionException {
        // xterm's window titled "man man" before its page was drawn, described in detail (stop 45, `real_check`)
        ScriptedCaptioner unsure = new ScriptedCaptioner("A large clock.", "The whole screen is captured: a large "
                + "clock.", 0.2);
        try (Describer d = new Describer(unsure, reading("man man"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN)).isEqualTo("A terminal: its title is \"man man\".");
        }
        // a sure one stands; so does an unsure one under a document's name
        ScriptedCaptioner sure = new ScriptedCaptioner("A large clock.", "A large clock.", 0.9);
        try (Describer d = new Describer(sure, reading("man man"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN)).isEqualTo("A large clock.");
        }
        try (Describer d = new Describer(unsure, reading("notes.txt"))) {
            assertThat(said(d, noisyScreen(), ImageOrigin.SCREEN)).startsWith("Probably the whole screen is captured");
        }
    }

    @Test
    void aLetterHeldUpToTheCameraThatReachesAnEdgeMayBeCutOff() throws CaptionException {
        // the 160 x 120 picture: a letter's first line ends 2 pixels before its right edge, as OCR leaves a cut line
        List<TextLine> letter = List.of(new TextLine("Dear Mrs Patel, thank you for", 0.9f, 20, 30, 138, 12),
                new TextLine("your letter of 3 May", 0.9f, 20, 50, 100, 12));
        try (Describer d = new Describer(captioner(false), reading(letter))) {
            Description camera = d.describe(photo(), ImageOrigin.CAMERA, DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(camera.best()).endsWith(" The text on it begins \"Dear Mrs Patel, thank you for\". The text "
                    + "reaches the picture's right edge: some of it may be cut off.");
            // a photo's file is no framing to mend: its text is said as it is
            Description file = d.describe(photo(), ImageOrigin.UNKNOWN, DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(file.best()).endsWith(" The text on it begins \"Dear Mrs Patel, thank you for\".");
        }
    }

    @Test
    void aPhotoWithoutLegibleTextIsSaidOnceAsItWas() throws CaptionException {
        try (Describer d = new Describer(captioner(false), reading("5WD", "|||"))) {
            Description desc = d.describe(photo(), ImageOrigin.CAMERA, DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(desc.best()).isEqualTo(desc.initial()).startsWith("A camera picture, ")
                    .endsWith("so it cannot say what the camera sees.");
        }
    }

    @Test
    void aFaceInFrontOfTheCameraIsSaidWithWhereItIs() throws Exception {
        RgbImage astronaut;
        try (InputStream in = DescriberTest.class.getResourceAsStream("/photos/astronaut.jpg")) {
            BufferedImage img = ImageIO.read(Objects.requireNonNull(in));
            astronaut = new RgbImage(img.getWidth(), img.getHeight(),
                    img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
        }
        try (Describer d = new Describer(captioner(false), reading())) {
            Description desc = d.describe(astronaut, ImageOrigin.CAMERA, DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() { });
            assertThat(desc.initial()).startsWith("A camera picture, ")
                    .contains(". One face, in the middle, near the top. ")
                    .endsWith("so it cannot say what else the camera sees.");
        }
    }

    @Test
    void aCameraFrameIsAPhotoWhateverItShowsAndAScreenCaptureIsAScreen() throws CaptionException {
        ScriptedCaptioner model = captioner(false);
        try (Describer d = new Describer(model, reading())) {
            // a camera pointed at a monitor can give a picture as flat as a screenshot: it is still a camera picture
            assertThat(said(d, noisyScreen(), ImageOrigin.CAMERA)).startsWith("A camera picture, ");
            assertThat(model.calls).isZero();
            // a screen capture that shows a photo (a viewer, a video) is a screen: the captioner says what it is
            assertThat(said(d, photo(), ImageOrigin.SCREEN)).isEqualTo("A video player with a film.");
            assertThat(model.calls).isEqualTo(1);
        }
    }

    @Test
    void aModelTrainedOnPhotosCaptionsThem() throws CaptionException {
        ScriptedCaptioner model = captioner(true);
        try (Describer d = new Describer(model, reading())) {
            assertThat(said(d, photo(), ImageOrigin.CAMERA)).isEqualTo("A video player with a film.");
            assertThat(said(d, photo(), ImageOrigin.UNKNOWN)).isEqualTo("A video player with a film.");
        }
        assertThat(model.calls).isEqualTo(2);
    }

    /** A window captured before it was drawn (a real one, stop 24): white, with its frame's purple edge and foot. */
    static RgbImage undrawnWindow() {
        int w = 200;
        int h = 150;
        int[] px = filled(w * h, 0xFFFFFF);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y >= 144 || x >= 197) {
                    px[y * w + x] = 0x5C0A5C;
                }
            }
        }
        return new RgbImage(w, h, px);
    }

    @Test
    void aPictureOfAlmostOneColourWithNoTextIsSaidToBeThat() throws CaptionException {
        assertThat(FrameCheck.describeTrivial(undrawnWindow())).isEmpty(); // its edges are too many for a blank frame
        ScriptedCaptioner model = new ScriptedCaptioner("A calendar page.", "A calendar page.", 0.2);
        List<String> heard = new ArrayList<>();
        try (Describer d = new Describer(model, reading())) {
            Description desc = d.describe(undrawnWindow(), DetailLevel.BRIEF, Cancellation.none(),
                    new CaptionListener() {
                        @Override
                        public void onRefined(String caption, double confidence) {
                            heard.add(caption);
                        }
                    });
            assertThat(desc.refined()).isEqualTo("The screen is almost entirely white, with no text.");
            assertThat(heard).containsExactly(desc.refined());
            assertThat(desc.initial()).isEqualTo("Probably a calendar page."); // said before the text was read
        }
    }

    @Test
    void aFileWithNoTextAndNoWindowIsAPhotoAfterAll() throws CaptionException {
        // sharp edges on a soft picture, as a rocket's against a clear sky, pass the photo check as a screen; with no
        // text read and no window's background in it, a file is said to be a photo (stop 33)
        RgbImage picture = PhotoCheckTest.cameraLike(320, 240, 5);
        for (int y = 40; y < 200; y++) {
            for (int x = 0; x < 320; x += 6) {
                picture.rgb()[y * 320 + x] = 0xFFFFFF; // hard edges: a fence, a rigging
            }
        }
        assertThat(PhotoCheck.looksLikePhoto(picture)).isFalse();
        ScriptedCaptioner model = new ScriptedCaptioner("A progress dialog.", "A progress dialog.", 0.2);
        try (Describer d = new Describer(model, reading())) {
            Description file = d.describe(picture, ImageOrigin.UNKNOWN, DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(file.refined()).startsWith("This looks like a photo, mostly ").endsWith("this one shows.");
            // a capture of the screen is no photo; with no word on it, the model's unsure guess is not said (stop 38);
            // a file with a window's background in it is a screen
            assertThat(d.describe(picture, DetailLevel.BRIEF, Cancellation.none(), CaptionListener.NONE).refined())
                    .startsWith(Describer.NO_WORDS + "mostly ");
            assertThat(d.describe(undrawnWindow(), ImageOrigin.UNKNOWN, DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE).refined()).isEqualTo("The picture is almost entirely white, with no text.");
        }
        // with text read, the caption stands
        try (Describer d = new Describer(model, reading("Copying files", "3 of 12 files"))) {
            assertThat(d.describe(picture, ImageOrigin.UNKNOWN, DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE).refined()).startsWith("Probably a progress dialog");
        }
    }

    @Test
    void anUnsureGuessOnAPictureWithNoWordOnItIsNotSaid() throws CaptionException {
        // GPicView's window with a green picture, its toolbar's icons read as signs (stop 38, by hand): the model said
        // "Probably a music player."
        ScriptedCaptioner unsure = new ScriptedCaptioner("A music player.", "A music player.", 0.2);
        try (Describer d = new Describer(unsure, reading("a", "H", "%"))) {
            assertThat(said(d, undrawnWindow(), ImageOrigin.SCREEN))
                    .isEqualTo(Describer.NO_WORDS + "mostly white.");
        }
        // a sure guess stands, and so does an unsure one with a word on screen
        ScriptedCaptioner sure = new ScriptedCaptioner("A music player.", "A music player.", 0.9);
        try (Describer d = new Describer(sure, reading("a", "H", "%"))) {
            assertThat(said(d, undrawnWindow(), ImageOrigin.SCREEN)).isEqualTo("A music player.");
        }
        try (Describer d = new Describer(unsure, reading("a", "Play", "%"))) {
            assertThat(said(d, undrawnWindow(), ImageOrigin.SCREEN)).startsWith("Probably a music player");
        }
        // a sure guess of a kind that always shows words (a terminal's prompt) on a picture with none: Kubuntu's
        // "20.04" wallpaper was "A terminal, and light text on a dark background." (stop 45, by hand)
        ScriptedCaptioner terminal = new ScriptedCaptioner("A terminal.", "A terminal.", 0.9);
        try (Describer d = new Describer(terminal, reading("0.4"))) {
            assertThat(said(d, undrawnWindow(), ImageOrigin.UNKNOWN)).isEqualTo(Describer.NO_WORDS + "mostly white.");
        }
        try (Describer d = new Describer(terminal, reading("ann@laptop:~$"))) {
            assertThat(said(d, undrawnWindow(), ImageOrigin.SCREEN)).startsWith("A terminal");
        }
    }

    @Test
    void withTextOrWithoutAReadingTheModelsCaptionStands() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A calendar page.", "A calendar page.", 0.2);
        try (Describer d = new Describer(model, reading("Today"))) {
            assertThat(said(d, undrawnWindow(), ImageOrigin.SCREEN)).isEqualTo("Probably a calendar page.");
        }
        TextReader failing = new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) throws CaptionException {
                throw new CaptionException(CaptionException.Reason.RUNTIME_FAILURE, "OCR failed");
            }

            @Override
            public void close() {
            }
        };
        for (TextReader reader : new TextReader[] {failing, null}) {
            try (Describer d = new Describer(model, reader)) {
                // nothing was read, so Glance cannot say that there is no text
                assertThat(said(d, undrawnWindow(), ImageOrigin.SCREEN)).isEqualTo("Probably a calendar page.");
            }
        }
    }

    @Test
    void aBlankScreenOnAPictureOfManyColoursIsNotSaidFirst() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A blank, plain black screen with no text, windows or icons.",
                "A blank, plain black screen with no text, windows or icons.", 0.9);
        try (Describer d = new Describer(model, reading())) {
            Description desc = d.describe(photo(), ImageOrigin.SCREEN, DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(desc.initial()).isEqualTo(KindCheck.UNKNOWN_KIND);
        }
        // a picture almost all of one colour may be blank, or a page of text: not known before it is read (a PDF
        // viewer's page was "A blank, plain white screen with no text", stop 27), so its colours are said first
        try (Describer d = new Describer(model, reading("Screensaver"))) {
            Description desc = d.describe(undrawnWindow(), ImageOrigin.SCREEN, DetailLevel.BRIEF, Cancellation.none(),
                    CaptionListener.NONE);
            assertThat(desc.initial()).isEqualTo("Not sure yet what this shows: it is mostly white.");
            assertThat(Describer.isProvisional(desc.initial())).isTrue();
        }
    }

    /** What Glance says of {@code image} from {@code origin}, at the brief level. */
    /** A listener that adds the first sentence and the refined caption to {@code heard}, as they come. */
    private static CaptionListener hearing(List<String> heard) {
        return new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                heard.add(caption);
            }

            @Override
            public void onRefined(String caption, double confidence) {
                heard.add(caption);
            }
        };
    }

    private static String said(Describer d, RgbImage image, ImageOrigin origin) throws CaptionException {
        return d.describe(image, origin, DetailLevel.BRIEF, Cancellation.none(), CaptionListener.NONE).best();
    }

    private static int[] filled(int n, int rgb) {
        int[] px = new int[n];
        Arrays.fill(px, rgb);
        return px;
    }

    /** A reader that hands its top lines over only once {@code release} is counted down (or after 10 s). */
    static TextReader topLinesWhen(CountDownLatch release, String... lines) {
        return new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return Arrays.stream(lines).map(l -> new TextLine(l, 0.9f, 0, 0, 10, 10)).toList();
            }

            @Override
            public List<TextLine> read(RgbImage image, java.util.function.UnaryOperator<List<TextLine>> order,
                                       java.util.function.Predicate<List<TextLine>> enough,
                                       java.util.function.Consumer<List<TextLine>> first,
                                       java.util.function.Consumer<List<TextLine>> top) {
                List<TextLine> all = order.apply(read(image));
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                top.accept(all.subList(0, Math.min(TextReader.TOP_LINES, all.size())));
                first.accept(TextReader.firstEnough(all, enough));
                return all;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void theFirstSentenceSaysTheTitlesKindWhenTheTopLinesComeInTime() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A terminal, and light text on a dark background.",
                "A terminal.", 0.2);
        String[] screen = {"notes.txt - Mousepad", "File Edit", "Dear Mrs. Patel,", "Thank you for your letter"};
        String title = "A text editor: its title is \"notes.txt - Mousepad\".";
        List<String> heard = new ArrayList<>();
        CaptionListener listening = new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                heard.add("initial: " + caption);
            }

            @Override
            public void onRefined(String caption, double confidence) {
                heard.add("refined: " + caption);
            }
        };
        CountDownLatch now = new CountDownLatch(0);
        try (Describer d = new Describer(model, topLinesWhen(now, screen), 10_000)) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), listening);
            assertThat(heard).containsExactly("initial: " + title, "refined: " + title);
            assertThat(desc.initial()).isEqualTo(title);
        }
        // the top lines come after the first sentence's wait: it says the model's guess, and the refined caption
        // corrects it
        heard.clear();
        CountDownLatch late = new CountDownLatch(1);
        CaptionListener releasing = new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                listening.onInitial(caption, confidence);
                late.countDown();
            }

            @Override
            public void onRefined(String caption, double confidence) {
                listening.onRefined(caption, confidence);
            }
        };
        try (Describer d = new Describer(model, topLinesWhen(late, screen), 50)) {
            Description desc = d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), releasing);
            // (the light screen takes "light text on a dark background" away)
            assertThat(heard).containsExactly("initial: Probably a terminal.", "refined: " + title);
            assertThat(desc.initial()).isEqualTo("Probably a terminal.");
        }
        // a guess that no title could contradict (a type of dialog) does not wait for the top lines at all: here they
        // would come only after the first sentence
        heard.clear();
        CountDownLatch never = new CountDownLatch(1);
        ScriptedCaptioner dialog = new ScriptedCaptioner("A question dialog.", "A question dialog.", 0.9);
        CaptionListener releasingToo = new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                listening.onInitial(caption, confidence);
                never.countDown();
            }
        };
        long start = System.nanoTime();
        try (Describer d = new Describer(dialog, topLinesWhen(never, screen), 10_000)) {
            d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), releasingToo);
        }
        assertThat(heard).containsExactly("initial: A question dialog.");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        // a title of the kind the model named changes nothing
        heard.clear();
        ScriptedCaptioner editor = new ScriptedCaptioner("A text editor with a letter.", "A text editor.", 0.9);
        try (Describer d = new Describer(editor, topLinesWhen(now, screen), 10_000)) {
            d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), listening);
            assertThat(heard).containsExactly("initial: A text editor with a letter.", "refined: A text editor.");
        }
    }

    /** A listener that adds each first sentence to {@code heard}, then counts {@code release} down. */
    private static CaptionListener firstSentences(List<String> heard, CountDownLatch release) {
        return new CaptionListener() {
            @Override
            public void onInitial(String caption, double confidence) {
                heard.add(caption);
                release.countDown(); // the top lines of topLinesWhen(release, ...) come only after the first sentence
            }
        };
    }

    @Test
    void aGuessTooUnsureToSayGivesWayToTheTitlesApplication() throws CaptionException {
        String[] screen = {"notes.txt - Mousepad", "File Edit", "Dear Mrs. Patel,", "Thank you for your letter"};
        String title = "A text editor: its title is \"notes.txt - Mousepad\".";
        List<String> top = List.of(screen).subList(0, 2);
        // the guess names a type of dialog, which no title contradicts; below the guess level it is not said
        assertThat(Describer.first("A question dialog.", top, WHITE, 0.3, 0.35, 0.5)).isEqualTo(title);
        assertThat(Describer.first("A question dialog.", List.of(), WHITE, 0.3, 0.35, 0.5))
                .startsWith(Describer.NOT_SURE);
        // a blank screen that is not blank, or one of one colour: its title says what it is
        assertThat(Describer.first("A blank, plain white screen with no text.", top, WHITE, 0.9, 0.35, 0.5))
                .isEqualTo(title);
        assertThat(Describer.first("A blank, plain white screen with no text.", List.of("Dear Mrs. Patel,"), WHITE,
                0.9, 0.35, 0.5)).startsWith(Describer.NOT_SURE);
        // a guess above the guess level is said as before (a question in front of the editor)
        assertThat(Describer.first("A question dialog.", List.of(screen[0]), WHITE, 0.9, 0.35, 0.5))
                .isEqualTo("A question dialog.");

        // the first sentence of such a guess waits for the top lines, where they come in time
        ScriptedCaptioner unsure = new ScriptedCaptioner("A question dialog.", "A question dialog.", 0.3);
        unsure.guessBelow = 0.5;
        List<String> heard = new ArrayList<>();
        CountDownLatch late = new CountDownLatch(1);
        CountDownLatch soon = new CountDownLatch(1);
        Thread reading = new Thread(() -> {
            try {
                Thread.sleep(300); // the top lines come well after pass 1's caption, within the wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            soon.countDown();
        });
        reading.start();
        try (Describer d = new Describer(unsure, topLinesWhen(soon, screen), 10_000)) {
            assertThat(d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(),
                    firstSentences(heard, new CountDownLatch(0))).initial()).isEqualTo(title);
        }
        // and says it is not sure when they come after its wait
        try (Describer d = new Describer(unsure, topLinesWhen(late, screen), 50)) {
            d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), firstSentences(heard, late));
        }
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).isEqualTo(title);
        assertThat(heard.get(1)).startsWith(Describer.NOT_SURE);
    }

    @Test
    void whereTheTopLinesComeTooLateTheFirstSentenceDoesNotWaitForThem() throws CaptionException {
        ScriptedCaptioner model = new ScriptedCaptioner("A terminal.", "A terminal.", 0.9);
        String[] screen = {"notes.txt - Mousepad", "File Edit", "Dear Mrs. Patel,", "Thank you for your letter"};
        List<String> heard = new ArrayList<>();
        CountDownLatch late = new CountDownLatch(1);
        CaptionListener releasing = firstSentences(heard, late);
        long start = System.nanoTime();
        try (Describer d = new Describer(model, topLinesWhen(late, screen), 10_000)) {
            d.noteTopLines(20_000); // lately they came 20 s after the request: a wait of 10 s would be for nothing
            d.describe(noisyScreen(), DetailLevel.BRIEF, Cancellation.none(), releasing);
        }
        assertThat(heard).containsExactly("A terminal.");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        // where they have come in time, or before anything is known, it waits for them (above)
    }

    @Test
    void aCancelledRequestDoesNotWaitForTheTitle() throws Exception {
        ScriptedCaptioner model = new ScriptedCaptioner("A terminal.", "A terminal.", 0.9);
        CountDownLatch refined = new CountDownLatch(1);
        TextReader titleLate = new TextReader() {
            @Override
            public List<TextLine> read(RgbImage image) {
                return List.of(new TextLine("notes.txt - Mousepad", 0.9f, 0, 0, 10, 10));
            }

            @Override
            public List<TextLine> read(RgbImage image, java.util.function.UnaryOperator<List<TextLine>> order,
                                       java.util.function.Predicate<List<TextLine>> enough,
                                       java.util.function.Consumer<List<TextLine>> first,
                                       java.util.function.Consumer<List<TextLine>> top) {
                List<TextLine> all = read(image);
                first.accept(all);
                try {
                    refined.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                top.accept(all);
                return all;
            }

            @Override
            public void close() {
            }
        };
        Cancellation cancel = new Cancellation();
        long[] initialAfterMs = {-1};
        long start = System.nanoTime();
        java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (Describer d = new Describer(model, titleLate, 10_000)) {
            timer.schedule(cancel::cancel, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
            d.describe(noisyScreen(), DetailLevel.BRIEF, cancel, new CaptionListener() {
                @Override
                public void onInitial(String caption, double confidence) {
                    initialAfterMs[0] = (System.nanoTime() - start) / 1_000_000;
                }

                @Override
                public void onRefined(String caption, double confidence) {
                    refined.countDown();
                }
            });
        } finally {
            refined.countDown();
            timer.shutdownNow();
        }
        assertThat(initialAfterMs[0]).as("ms until the first sentence").isBetween(50L, 5_000L);
    }
}
