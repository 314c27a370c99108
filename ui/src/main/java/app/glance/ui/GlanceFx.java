package app.glance.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Starts JavaFX and opens Glance's large-print window. The application's main class calls one of these once:
 * <pre>{@code
 * // blocking: returns when the user closes the window
 * GlanceFx.launch(actions, window -> wire(window.viewModel()));
 * // or non-blocking: carry on in main, close resources when window.closed() completes
 * GlanceWindow window = GlanceFx.start(actions).join();
 * }</pre>
 * If JavaFX is already running (a test, an embedding host), the window opens on a new stage and closing it leaves
 * JavaFX running.
 */
public final class GlanceFx {

    record Request(UiActions actions, CompletableFuture<GlanceWindow> ready) {
    }

    private GlanceFx() {
    }

    /**
     * Opens the window without blocking the caller. The future completes on the JavaFX thread once the window is
     * showing, or exceptionally when JavaFX cannot start (no display, launched twice).
     */
    public static CompletableFuture<GlanceWindow> start(UiActions actions) {
        Request request = new Request(Objects.requireNonNull(actions, "actions"), new CompletableFuture<>());
        if (toolkitRunning()) {
            Platform.runLater(() -> open(new Stage(), request, false));
            return request.ready();
        }
        GlanceApplication.request = request;
        Thread launcher = new Thread(() -> {
            try {
                Application.launch(GlanceApplication.class);
            } catch (RuntimeException | Error e) {
                request.ready().completeExceptionally(e);
            }
        }, "glance-fx-launcher");
        launcher.start();
        return request.ready();
    }

    /**
     * Opens the window, calls {@code onReady} on the JavaFX thread, and blocks until the window is closed.
     *
     * @throws IllegalStateException when JavaFX cannot start
     */
    public static void launch(UiActions actions, Consumer<GlanceWindow> onReady) {
        GlanceWindow window;
        try {
            window = start(actions).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the window could not be opened: " + e.getCause().getMessage(), e.getCause());
        }
        Platform.runLater(() -> onReady.accept(window));
        window.closed().join();
    }

    static void open(Stage stage, Request request, boolean ownsToolkit) {
        try {
            DescriptionViewModel viewModel = new DescriptionViewModel(Platform::runLater);
            LargePrintWindow view = new LargePrintWindow(viewModel, request.actions());
            GlanceWindow window = new GlanceWindow(stage, viewModel, view, request.actions(), ownsToolkit);
            if (ownsToolkit) {
                Platform.setImplicitExit(false);
            }
            view.setOnQuit(window::close);
            stage.setTitle("Glance");
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            // where the user left it last time, if that is still on a screen; else 90 % of the primary screen
            double[] saved = request.actions().savedWindowBounds()
                    .filter(b -> b.length == 4 && b[2] >= 480 && b[3] >= 360
                            && !Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]).isEmpty())
                    .orElse(null);
            double width = saved != null ? saved[2] : Math.min(1280, screen.getWidth() * 0.9);
            double height = saved != null ? saved[3] : Math.min(900, screen.getHeight() * 0.9);
            // the first size comes from the scene's root: some window managers (openbox) shrink a window that is
            // given its size through the stage after it was created to its minimum, and ignore later resizes
            if (view.scene().getRoot() instanceof Region root) {
                root.setPrefSize(width, height);
            }
            stage.setScene(view.scene());
            stage.setMinWidth(480);
            stage.setMinHeight(360);
            stage.sizeToScene();
            stage.setOnCloseRequest(e -> {
                e.consume();
                window.close();
            });
            stage.show();
            if (saved != null) {
                stage.setX(saved[0]);
                stage.setY(saved[1]);
            } else {
                stage.centerOnScreen();
            }
            // openbox (and other window managers) map a new window at its minimum size whatever was asked; the size
            // the stage holds is then stale, so setting the same size again does nothing. Once the window manager
            // has placed the window, ask for the size anew if the window did not get it.
            PauseTransition settle = new PauseTransition(Duration.millis(300));
            settle.setOnFinished(e -> {
                if (stage.getWidth() < width - 1 || stage.getHeight() < height - 1) {
                    stage.setWidth(width - 1);
                    stage.setHeight(height - 1);
                    stage.setWidth(width);
                    stage.setHeight(height);
                    if (saved == null) {
                        stage.centerOnScreen();
                    }
                }
            });
            settle.play();
            request.ready().complete(window);
        } catch (RuntimeException e) {
            request.ready().completeExceptionally(e);
            if (ownsToolkit) {
                Platform.exit();
            }
        }
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }
}
