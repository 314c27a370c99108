package app.glance.app;

import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.Cancellation;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.speech.Priority;
import app.glance.speech.Speaker;
import app.glance.ui.DescriptionViewModel;
import app.glance.ui.GlanceFx;
import app.glance.ui.GlanceWindow;
import app.glance.ui.UiActions;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code glance}: the large-print window. Button and key presses arrive on the JavaFX thread and are handed to one
 * inference thread; a new request cancels the one still running (latest wins). The initial caption is spoken at
 * once and the refined one replaces whatever of it is still queued.
 */
final class WindowCommand implements UiActions {

    private final Glance glance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glance-inference");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Cancellation> running = new AtomicReference<>(new Cancellation());
    private volatile DescriptionViewModel view;
    private volatile RgbImage lastImage;
    private volatile Description lastDescription;

    private WindowCommand(Glance glance) {
        this.glance = glance;
    }

    static int run(List<String> args, PrintStream err) throws Main.UsageException {
        if (!args.isEmpty()) {
            throw new Main.UsageException("the window takes no arguments");
        }
        if (GraphicsEnvironment.isHeadless() || System.getenv("DISPLAY") == null && isLinux()) {
            err.println("glance: no display found, so the window cannot open; try 'glance describe IMAGE'.");
            return 1;
        }
        try (Glance glance = Glance.open(null, true, true, err)) {
            WindowCommand app = new WindowCommand(glance);
            GlanceFx.launch(app, window -> app.ready(window));
            app.worker.shutdownNow();
        } catch (RuntimeException e) {
            err.println("glance: the window could not open: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase().contains("linux");
    }

    private void ready(GlanceWindow window) {
        view = window.viewModel();
        view.showInitial("Glance is ready. Press F5 to describe the screen, or Control O to open an image.");
    }

    private void submit(String what, DetailLevel level, ImageSource source) {
        Cancellation cancel = new Cancellation();
        Cancellation previous = running.getAndSet(cancel);
        previous.cancel();
        Speaker speaker = glance.speaker();
        view.showWorking(what);
        worker.submit(() -> {
            if (cancel.isCancelled()) {
                return;
            }
            try {
                RgbImage image = source.get();
                lastImage = image;
                Description d = glance.describer().describe(image, level, cancel, new CaptionListener() {
                    @Override
                    public void onInitial(String caption) {
                        view.showInitial(caption);
                        speaker.speak(caption, Priority.NOW);
                    }

                    @Override
                    public void onRefined(String caption) {
                        view.showRefined(caption);
                        speaker.replaceQueued(caption);
                    }
                });
                if (!cancel.isCancelled()) {
                    lastDescription = d;
                    view.showDescription(d);
                }
            } catch (ImageFiles.BadImageException e) {
                view.showError(e.getMessage());
                speaker.speak(e.getMessage(), Priority.NOW);
            } catch (CaptionException e) {
                view.showFailure(e);
                speaker.speak(e.getMessage(), Priority.NOW);
            } catch (RuntimeException e) {
                view.showError("Something went wrong; please try again.");
            }
        });
    }

    @FunctionalInterface
    private interface ImageSource {
        RgbImage get() throws ImageFiles.BadImageException;
    }

    private static RgbImage captureScreen() throws ImageFiles.BadImageException {
        try {
            Rectangle all = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            return ImageFiles.toRgb(new Robot().createScreenCapture(all));
        } catch (AWTException | SecurityException e) {
            throw new ImageFiles.BadImageException("The screen cannot be captured here.");
        }
    }

    @Override
    public void describeScreen() {
        submit("Describing the screen", DetailLevel.BRIEF, WindowCommand::captureScreen);
    }

    @Override
    public void describeActiveWindow() {
        submit("Describing the screen", DetailLevel.BRIEF, WindowCommand::captureScreen);
    }

    @Override
    public void describeRegion() {
        submit("Describing the screen", DetailLevel.BRIEF, WindowCommand::captureScreen);
    }

    @Override
    public void describeImageFile(Path file) {
        submit("Describing " + file.getFileName(), DetailLevel.BRIEF, () -> ImageFiles.read(file));
    }

    @Override
    public void moreDetail() {
        RgbImage image = lastImage;
        if (image == null) {
            view.showError("There is nothing to describe in more detail yet.");
            return;
        }
        submit("Describing in detail", DetailLevel.DETAILED, () -> image);
    }

    @Override
    public void readAllText() {
        Description d = lastDescription;
        if (d == null || d.text().isEmpty()) {
            glance.speaker().speak("No text was found.", Priority.NOW);
            return;
        }
        glance.speaker().speak(d.text().stream().map(TextLine::text).collect(Collectors.joining(". ")),
                Priority.NOW);
    }

    @Override
    public void repeatLast() {
        glance.speaker().repeatLast();
    }

    @Override
    public void stopSpeech() {
        running.get().cancel();
        glance.speaker().stop();
    }

    @Override
    public void readAloud(String text) {
        glance.speaker().speak(text, Priority.NOW);
    }
}
