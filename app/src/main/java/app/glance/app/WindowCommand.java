package app.glance.app;

import app.glance.app.cache.ChangeTracker;
import app.glance.app.cache.DescriptionCache;
import app.glance.app.capture.CaptureException;
import app.glance.app.capture.CaptureMode;
import app.glance.app.capture.Frame;
import app.glance.app.capture.FrameSource;
import app.glance.app.capture.FrameSources;
import app.glance.app.capture.Region;
import app.glance.app.hotkeys.GlobalHotkeys;
import app.glance.app.hotkeys.HotkeyAction;
import app.glance.app.hotkeys.HotkeyException;
import app.glance.app.hotkeys.HotkeyMatcher;
import app.glance.app.hotkeys.Hotkeys;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.InferenceThread;
import app.glance.inference.TextLine;
import app.glance.speech.Priority;
import app.glance.ui.DescriptionViewModel;
import app.glance.ui.GlanceFx;
import app.glance.ui.GlanceWindow;
import app.glance.ui.RegionOverlay;
import app.glance.ui.RegionSelection;
import app.glance.ui.SettingsForm;
import app.glance.ui.UiActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code glance}: the large-print window plus the global hotkeys. Button and key presses arrive on the JavaFX
 * thread, hotkeys on a hand-off thread; both call the same methods, which only hand the work to the
 * {@link CaptionService} (one inference thread, latest request wins) or the speaker, and return at once.
 */
final class WindowCommand implements UiActions {

    private final Glance glance;
    private static final Logger LOG = LoggerFactory.getLogger(WindowCommand.class);

    private final Settings settings;
    /** The region chosen last on the overlay, offered first next time (in memory only). */
    private volatile Region lastRegion;
    private final FrameSources sources;
    /** Saves the history file when the user keeps history; one thread, so saves never overlap. */
    private final ExecutorService historyWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glance-history");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService hotkeyHandOff = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glance-hotkeys");
        t.setDaemon(true);
        return t;
    });
    /** Set once the window is up; every action before that is ignored. */
    private volatile CaptionService service;
    private volatile GlanceWindow window;
    private volatile TrayIcon tray;
    private volatile GlobalHotkeys hotkeys;

    private WindowCommand(Glance glance, Settings settings) {
        this.glance = glance;
        this.settings = settings;
        // Glance must not describe (or read out) its own window: it is left out of captures of the screen
        this.sources = FrameSources.system(settings::capture, () -> Optional.ofNullable(window)
                .flatMap(GlanceWindow::screenBounds).map(b -> new Region(b[0], b[1], b[2], b[3])),
                () -> window != null && window.hasFocus());
    }

    static int run(List<String> args, PrintStream err) throws Main.UsageException {
        if (!args.isEmpty()) {
            throw new Main.UsageException("the window takes no arguments");
        }
        if (GraphicsEnvironment.isHeadless() || System.getenv("DISPLAY") == null && isLinux()) {
            err.println("glance: no display found, so the window cannot open; try 'glance describe IMAGE'.");
            return 1;
        }
        Settings settings = Settings.load(Settings.defaultFile(), err);
        // must be set before ONNX Runtime loads its native library, which happens when the captioner opens
        settings.ortNativePath().ifPresent(p -> System.setProperty("onnxruntime.native.path", p.toString()));
        try (Glance glance = Glance.open(null, true, settings.speech(), settings.runtime(), err)) {
            WindowCommand app = new WindowCommand(glance, settings);
            try {
                GlanceFx.launch(app, app::ready);
            } finally {
                app.shutDown();
            }
        } catch (RuntimeException e) {
            err.println("glance: the window could not open: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase().contains("linux");
    }

    private void ready(GlanceWindow w) {
        window = w;
        DescriptionViewModel view = w.viewModel();
        CrashHandler.install(sentence -> {
            Platform.runLater(() -> view.note(sentence));
            glance.speaker().speak(sentence, Priority.NOW);
        });
        service = new CaptionService(glance.describer(), glance.speaker(), view, new DescriptionCache(),
                new ChangeTracker(), InferenceThread.start("glance-inference"));
        if (settings.keepHistory()) {
            new HistoryKeeper(new HistoryFile(HistoryFile.defaultFile()), historyWriter,
                    sentence -> glance.speaker().speak(sentence, Priority.NORMAL)).attach(view);
        }
        Hotkeys keys = settings.hotkeys();
        GlobalHotkeys h = GlobalHotkeys.start(new HotkeyMatcher(keys, Clock.systemUTC()), hotkeyHandOff,
                this::onHotkey);
        hotkeys = h;
        tray = TrayIcon.add(() -> hotkeyHandOff.execute(w::toggleShown),
                () -> hotkeyHandOff.execute(this::describeScreen),
                () -> hotkeyHandOff.execute(w::close)).orElse(null);
        String anywhere = h.isActive() ? keys.chordFor(HotkeyAction.DESCRIBE_SCREEN)
                .map(c -> ", or " + c.spoken() + " from anywhere").orElse("") : "";
        view.showInitial("Glance is ready. Press F5 to describe the screen" + anywhere
                + ", or Control O to open an image.");
        h.problem().or(h::clash).ifPresent(sentence -> {
            Platform.runLater(() -> view.note(sentence));
            glance.speaker().speak(sentence, Priority.NORMAL);
        });
        settings.problem().ifPresent(sentence -> glance.speaker().speak(sentence, Priority.NORMAL));
    }

    private void shutDown() {
        historyWriter.shutdown();
        TrayIcon t = tray;
        if (t != null) {
            t.remove();
        }
        GlobalHotkeys h = hotkeys;
        if (h != null) {
            h.close();
        }
        hotkeyHandOff.shutdownNow();
        CaptionService s = service;
        if (s != null) {
            s.close();
        }
    }

    /** On the hand-off thread: the same actions as the window's keys. */
    private void onHotkey(HotkeyAction action) {
        switch (action) {
            case DESCRIBE_SCREEN -> describeScreen();
            case DESCRIBE_WINDOW -> describeActiveWindow();
            case DESCRIBE_REGION -> describeRegion();
            case DESCRIBE_CLIPBOARD -> describe(CaptureMode.CLIPBOARD, sources.clipboard());
            case DESCRIBE_WEBCAM -> describeWebcam();
            case MORE_DETAIL -> moreDetail();
            case READ_TEXT -> readAllText();
            case READ_UNDER_MOUSE -> Optional.ofNullable(service)
                    .ifPresent(s -> s.readUnderPointer(sources.pixels(), sources.excluded()));
            case WHAT_CHANGED -> whatChanged();
            case REPEAT_LAST -> repeatLast();
            case STOP_SPEECH -> stopSpeech();
            case SHOW_HIDE -> Optional.ofNullable(window).ifPresent(GlanceWindow::toggleShown);
        }
    }

    private void describe(CaptureMode mode, FrameSource source) {
        CaptionService s = service;
        if (s != null) {
            s.describe("Describing " + mode.spoken(), source, DetailLevel.BRIEF);
        }
    }

    @Override
    public void describeScreen() {
        describe(CaptureMode.SCREEN, sources.screen());
    }

    @Override
    public void describeActiveWindow() {
        describe(CaptureMode.WINDOW, sources.activeWindow());
    }

    /**
     * Captures the screen, lets the user choose a region of it on the overlay (keyboard or mouse; it starts from the
     * last region chosen, else the saved one) and describes that part of the capture. The overlay itself is never in
     * the picture: the screen is captured before it opens.
     */
    @Override
    public void describeRegion() {
        hotkeyHandOff.execute(() -> {
            Frame screen;
            try {
                screen = sources.screen().capture();
            } catch (CaptureException e) {
                glance.speaker().speak(e.getMessage(), Priority.NOW);
                return;
            }
            Region saved = lastRegion != null ? lastRegion : settings.capture().region();
            RegionSelection.Box start = saved == null ? null
                    : new RegionSelection.Box(saved.x(), saved.y(), saved.width(), saved.height());
            RegionOverlay.choose(screen.image(), start, text -> glance.speaker().speak(text, Priority.NOW))
                    .thenAccept(chosen -> chosen.ifPresent(b -> {
                        Region r = new Region(b.x(), b.y(), b.width(), b.height());
                        lastRegion = r;
                        Frame part = new Frame(r.crop(screen.image()), CaptureMode.REGION,
                                screen.target() + " region " + r);
                        describe(CaptureMode.REGION, () -> part);
                    }));
        });
    }

    /** {@code window.json} beside the settings: where the window was last closed. */
    private static Path boundsFile() {
        return Settings.defaultFile().resolveSibling("window.json");
    }

    @Override
    public Optional<double[]> savedWindowBounds() {
        try {
            JsonNode b = new ObjectMapper().readTree(boundsFile().toFile());
            return Optional.of(new double[] {b.path("x").asDouble(), b.path("y").asDouble(),
                    b.path("width").asDouble(), b.path("height").asDouble()});
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet, or unreadable: the default place
        }
    }

    @Override
    public void windowBoundsChanged(double[] b) {
        Path file = boundsFile();
        Path tmp = file.resolveSibling("window.json.tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(tmp, String.format(Locale.ROOT, "{\"x\": %.0f, \"y\": %.0f, \"width\": %.0f, "
                    + "\"height\": %.0f}%n", b[0], b[1], b[2], b[3]));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.info("window position not saved: {}", e.toString());
        }
    }

    @Override
    public Optional<SettingsForm> settings() {
        return Optional.of(settings.form());
    }

    /** Saves the dialog's settings (on the hand-off thread) and says whether that worked. */
    @Override
    public void saveSettings(SettingsForm form) {
        hotkeyHandOff.execute(() -> {
            String sentence;
            try {
                Settings.save(Settings.defaultFile(), form);
                sentence = "Settings saved. The voice, hotkeys and providers apply the next time Glance starts.";
            } catch (HotkeyException | IllegalArgumentException e) {
                sentence = "The settings were not saved: " + e.getMessage();
            } catch (IOException e) {
                sentence = "The settings could not be written, so nothing changed: " + e.getMessage();
            }
            String said = sentence;
            Optional.ofNullable(window).ifPresent(w -> w.viewModel().showNote(said));
            glance.speaker().speak(said, Priority.NOW);
        });
    }

    @Override
    public void describeWebcam() {
        GlanceWindow w = window;
        describe(CaptureMode.WEBCAM, w == null ? sources.webcam()
                : () -> settings.capture().camera().withPreview(w.viewModel()::showPreview).capture());
    }

    @Override
    public void describeImageFile(Path file) {
        CaptionService s = service;
        if (s != null) {
            s.describe("Describing " + file.getFileName(), FrameSources.file(file), DetailLevel.BRIEF);
        }
    }

    /** "What changed" since the last capture of the same target (the screen when nothing was captured yet). */
    void whatChanged() {
        CaptionService s = service;
        if (s != null) {
            s.whatChanged(sources.screen());
        }
    }

    @Override
    public void moreDetail() {
        CaptionService s = service;
        if (s != null) {
            s.moreDetail();
        }
    }

    @Override
    public void readAllText() {
        CaptionService s = service;
        Description d = s == null ? null : s.lastDescription().orElse(null);
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
        CaptionService s = service;
        if (s != null) {
            s.cancel();
        }
        glance.speaker().stop();
    }

    @Override
    public void readAloud(String text) {
        glance.speaker().speak(text, Priority.NOW);
    }
}
