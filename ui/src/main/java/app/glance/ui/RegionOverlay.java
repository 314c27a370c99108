package app.glance.ui;

import app.glance.inference.RgbImage;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Choosing a region of the screen on a full-screen overlay that shows the screen as it was captured, darkened, with
 * the selection bright inside a thick yellow frame. Works entirely from the keyboard (see {@link RegionSelection}:
 * arrows move, Shift+arrows resize, Ctrl for single pixels, A for the whole screen, Enter confirms, Escape cancels)
 * or with the mouse (drag a rectangle, release to confirm). It speaks the selection after every change through
 * {@code speak}, since a screen reader cannot see inside it.
 */
public final class RegionOverlay {

    static final String HELP = "Choose a region: arrow keys move it, Shift and arrows resize it, Control for single "
            + "pixels, A for the whole screen. Enter describes it, Escape cancels. Or drag with the mouse.";

    private final RegionSelection selection;
    private final Consumer<String> speak;
    private final CompletableFuture<Optional<RegionSelection.Box>> result = new CompletableFuture<>();
    private final Rectangle frame = new Rectangle();
    private final Rectangle[] shade = new Rectangle[4];
    private final Scene scene;
    private double dragX;
    private double dragY;
    private boolean dragging;

    /** The overlay's scene over {@code screen}, starting from {@code start} (null: the middle of the screen). */
    public RegionOverlay(RgbImage screen, RegionSelection.Box start, Consumer<String> speak) {
        this.selection = new RegionSelection(screen.width(), screen.height(), start);
        this.speak = speak;
        Pane root = new Pane(new ImageView(FxImages.of(screen)));
        for (int i = 0; i < shade.length; i++) {
            shade[i] = new Rectangle();
            shade[i].setFill(Color.color(0, 0, 0, 0.6));
            shade[i].setMouseTransparent(true);
            root.getChildren().add(shade[i]);
        }
        frame.setFill(Color.TRANSPARENT);
        frame.setStroke(Color.YELLOW);
        frame.setStrokeWidth(4);
        frame.setStrokeType(StrokeType.OUTSIDE);
        frame.setMouseTransparent(true);
        frame.setId("region-frame");
        Label help = new Label(HELP);
        help.setId("region-help");
        help.setWrapText(true);
        help.setMaxWidth(Math.max(200, screen.width() - 40));
        help.setStyle("-fx-font-size: 22px; -fx-text-fill: yellow; -fx-background-color: black;");
        help.setPadding(new Insets(8));
        help.relocate(20, 20);
        help.setMouseTransparent(true);
        root.getChildren().addAll(frame, help);
        scene = new Scene(root, screen.width(), screen.height(), Color.BLACK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragging = true;
        });
        root.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging) {
                selection.drag(dragX, dragY, e.getX(), e.getY());
                draw();
            }
        });
        root.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging && Math.hypot(e.getX() - dragX, e.getY() - dragY) >= RegionSelection.MIN_SIDE) {
                selection.drag(dragX, dragY, e.getX(), e.getY());
                finish(Optional.of(selection.box()));
            }
            dragging = false;
        });
        draw();
    }

    /**
     * Shows the overlay over {@code screen} on the JavaFX thread, covering the screen from its top left corner, and
     * completes with the chosen box (in the screenshot's pixels) or empty when the user cancels. Call from any thread.
     */
    public static CompletableFuture<Optional<RegionSelection.Box>> choose(RgbImage screen, RegionSelection.Box start,
                                                                     Consumer<String> speak) {
        CompletableFuture<Optional<RegionSelection.Box>> chosen = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                RegionOverlay overlay = new RegionOverlay(screen, start, speak);
                Stage stage = new Stage(StageStyle.UNDECORATED);
                stage.setTitle("Glance: choose a region");
                stage.setAlwaysOnTop(true);
                stage.setX(0);
                stage.setY(0);
                stage.setScene(overlay.scene());
                overlay.result().whenComplete((box, failure) -> {
                    stage.close();
                    chosen.complete(box == null ? Optional.empty() : box);
                });
                stage.show();
                stage.requestFocus();
                speak.accept(HELP + " " + overlay.selection.spoken());
            } catch (RuntimeException e) {
                chosen.completeExceptionally(e);
            }
        });
        return chosen;
    }

    public Scene scene() {
        return scene;
    }

    /** Completes once: the box on Enter or a mouse release, empty on Escape. */
    public CompletableFuture<Optional<RegionSelection.Box>> result() {
        return result;
    }

    RegionSelection selection() {
        return selection;
    }

    private void onKey(KeyEvent e) {
        boolean fine = e.isControlDown();
        int dx = 0;
        int dy = 0;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> dx = -1;
            case RIGHT, KP_RIGHT -> dx = 1;
            case UP, KP_UP -> dy = -1;
            case DOWN, KP_DOWN -> dy = 1;
            case ENTER -> {
                finish(Optional.of(selection.box()));
                e.consume();
                return;
            }
            case ESCAPE -> {
                finish(Optional.empty());
                e.consume();
                return;
            }
            case A -> {
                selection.selectAll();
                changed();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        if (e.isShiftDown()) {
            selection.resize(dx, dy, fine);
        } else {
            selection.move(dx, dy, fine);
        }
        changed();
        e.consume();
    }

    private void changed() {
        draw();
        speak.accept(selection.spoken());
    }

    private void finish(Optional<RegionSelection.Box> box) {
        if (!result.isDone() && box.isPresent()) {
            speak.accept("Describing the region.");
        }
        result.complete(box);
    }

    private void draw() {
        RegionSelection.Box b = selection.box();
        double w = scene == null ? Double.MAX_VALUE : scene.getWidth();
        double h = scene == null ? Double.MAX_VALUE : scene.getHeight();
        frame.setX(b.x());
        frame.setY(b.y());
        frame.setWidth(b.width());
        frame.setHeight(b.height());
        // four dark bands around the selection: above, below, left, right
        set(shade[0], 0, 0, w, b.y());
        set(shade[1], 0, b.y() + b.height(), w, Math.max(0, h - b.y() - b.height()));
        set(shade[2], 0, b.y(), b.x(), b.height());
        set(shade[3], b.x() + b.width(), b.y(), Math.max(0, w - b.x() - b.width()), b.height());
    }

    private static void set(Rectangle r, double x, double y, double w, double h) {
        r.setX(x);
        r.setY(y);
        r.setWidth(Math.min(w, 100_000));
        r.setHeight(Math.min(h, 100_000));
    }
}
