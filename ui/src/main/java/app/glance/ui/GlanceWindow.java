package app.glance.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The open large-print window, as the application holds it: its view model, show/hide (for the show/hide hotkey)
 * and a clean close. Every method may be called from any thread.
 */
public final class GlanceWindow {

    private final Stage stage;
    private final DescriptionViewModel viewModel;
    private final LargePrintWindow view;
    private final UiActions actions;
    private final boolean ownsToolkit;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** x, y, width, height on screen while showing, else null; kept for capture threads. */
    private volatile int[] bounds;
    /** Whether the window has the keyboard focus; kept for capture threads. */
    private volatile boolean focused;

    GlanceWindow(Stage stage, DescriptionViewModel viewModel, LargePrintWindow view, UiActions actions,
                 boolean ownsToolkit) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.view = view;
        this.actions = actions;
        this.ownsToolkit = ownsToolkit;
        Runnable track = () -> bounds = stage.isShowing() && !stage.isIconified()
                ? new int[] {(int) stage.getX(), (int) stage.getY(), (int) stage.getWidth(), (int) stage.getHeight()}
                : null;
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
        stage.showingProperty().addListener(o -> track.run());
        stage.iconifiedProperty().addListener(o -> track.run());
        stage.focusedProperty().addListener((o, was, is) -> focused = is);
    }

    /**
     * Where the window is on screen (x, y, width, height) while it shows, so that captures can leave Glance itself
     * out; empty when it is hidden or minimised. Any thread.
     */
    public java.util.Optional<int[]> screenBounds() {
        int[] b = bounds;
        return b == null ? java.util.Optional.empty() : java.util.Optional.of(b.clone());
    }

    /** Whether the window has the keyboard focus (and so lies on top). Any thread. */
    public boolean hasFocus() {
        return focused;
    }

    /** Where the application reports progress, captions, text and errors (from any thread). */
    public DescriptionViewModel viewModel() {
        return viewModel;
    }

    /** Shows the window and brings it to the front. */
    public void show() {
        onFx(() -> {
            stage.show();
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        });
    }

    /** Hides the window; the application keeps running (the global hotkeys still work). */
    public void hide() {
        onFx(stage::hide);
    }

    public void toggleShown() {
        onFx(() -> {
            if (stage.isShowing()) {
                stage.hide();
            } else {
                show();
            }
        });
    }

    /**
     * Closes the window for good: tells {@link UiActions#windowClosed()}, completes {@link #closed()}, and ends
     * JavaFX when {@link GlanceFx} started it. Calling it again does nothing.
     */
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        onFx(() -> {
            if (stage.isShowing() && !stage.isIconified()) {
                actions.windowBoundsChanged(new double[] {stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()});
            }
            stage.close();
            try {
                actions.windowClosed();
            } finally {
                closed.complete(null);
                if (ownsToolkit) {
                    Platform.exit();
                }
            }
        });
    }

    /** Completes once the window has closed, whoever closed it. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    Stage stage() {
        return stage;
    }

    LargePrintWindow view() {
        return view;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
