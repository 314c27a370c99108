package app.glance.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

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
            stage.setScene(view.scene());
            stage.setMinWidth(480);
            stage.setMinHeight(360);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1280, screen.getWidth() * 0.9));
            stage.setHeight(Math.min(900, screen.getHeight() * 0.9));
            stage.setOnCloseRequest(e -> {
                e.consume();
                window.close();
            });
            stage.show();
            // some window managers (openbox under X11) shrink a new window to its minimum: size it again once shown
            stage.setWidth(Math.min(1280, screen.getWidth() * 0.9));
            stage.setHeight(Math.min(900, screen.getHeight() * 0.9));
            stage.centerOnScreen();
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
