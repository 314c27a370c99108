package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.glance.inference.RgbImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Keyboard-only region selection on the real overlay, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class RegionOverlayTest {

    private final List<String> spoken = new CopyOnWriteArrayList<>();
    private RegionOverlay overlay;

    @Start
    void start(Stage stage) {
        int[] px = new int[400 * 300];
        java.util.Arrays.fill(px, 0x3366CC);
        overlay = new RegionOverlay(new RgbImage(400, 300, px), new RegionSelection.Box(100, 80, 120, 60),
                spoken::add);
        stage.setScene(overlay.scene());
        stage.show();
    }

    @Test
    void arrowsMoveShiftArrowsResizeAndEnterConfirms(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT, 2);           // x 100 -> 140
        robot.type(KeyCode.DOWN);               // y 80 -> 100
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).type(KeyCode.UP).release(KeyCode.SHIFT); // w +60, h -20
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);                  // x -1
        assertThat(spoken).last().isEqualTo("Region 180 by 40 pixels, 139 from the left, 100 from the top.");
        robot.type(KeyCode.ENTER);
        Optional<RegionSelection.Box> box = overlay.result().get(5, TimeUnit.SECONDS);
        assertThat(box).contains(new RegionSelection.Box(139, 100, 180, 40));
    }

    @Test
    void escapeCancels(FxRobot robot) throws Exception {
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.ESCAPE);
        assertThat(overlay.result().get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aSelectsTheWholeScreenAndTheSelectionNeverLeavesIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.A);
        robot.type(KeyCode.RIGHT, 5);
        robot.type(KeyCode.ENTER);
        assertThat(overlay.result().get(5, TimeUnit.SECONDS)).contains(new RegionSelection.Box(0, 0, 400, 300));
    }

    @Test
    void aMouseDragChoosesTheRegion(FxRobot robot) throws Exception {
        javafx.geometry.Point2D origin = robot.lookup("#region-frame").query().getScene().getRoot()
                .localToScreen(0, 0);
        robot.moveTo(origin.add(50, 40)).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(origin.add(250, 190)).release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(overlay.result().get(5, TimeUnit.SECONDS)).contains(new RegionSelection.Box(50, 40, 200, 150));
    }
}
