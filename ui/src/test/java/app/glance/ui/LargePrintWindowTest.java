package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.glance.inference.TextLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): captions pushed through the view model, shortcuts reaching UiActions. */
@ExtendWith(ApplicationExtension.class)
class LargePrintWindowTest {

    private final RecordingActions actions = new RecordingActions();
    private DescriptionViewModel vm;
    private LargePrintWindow window;

    @Start
    void start(Stage stage) {
        vm = new DescriptionViewModel(Platform::runLater);
        window = new LargePrintWindow(vm, actions);
        window.setImageChooser(owner -> Optional.of(Path.of("/tmp/cat.png")));
        stage.setScene(window.scene());
        stage.show();
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#caption").queryAs(TextArea.class).getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void ctrlSSavesTheShownDescriptionAndItsText(FxRobot robot) throws Exception {
        Path file = java.nio.file.Files.createTempFile("glance-save", ".txt");
        robot.interact(() -> window.setSaveChooser(owner -> Optional.of(file)));
        vm.showWorking("Describing the screen");
        vm.showDescription(new app.glance.inference.Description("m", "A dialog.", "An error dialog.",
                List.of(new TextLine("Printer offline", 0.9f, 0, 0, 10, 10)),
                new app.glance.inference.Timings(0, 0, 0, 0, 0, 0), "CPU"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(java.nio.file.Files.readString(file)).startsWith("An error dialog.").contains("Printer offline");
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void theCameraPreviewShowsUntilTheCaptionArrives(FxRobot robot) {
        javafx.scene.image.ImageView preview = robot.lookup("#preview").queryAs(javafx.scene.image.ImageView.class);
        assertThat(preview.isVisible()).isFalse();
        vm.showPreview(new app.glance.inference.RgbImage(4, 3, new int[12]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getImage().getWidth()).isEqualTo(4);
        vm.showInitial("A letter on a table.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.isVisible()).isFalse();
    }

    @Test
    void showsTheInitialCaptionThenTheRefinedOneWithTheInitialAsFirstLook(FxRobot robot) {
        assertThat(caption(robot)).isEqualTo(LargePrintWindow.NOTHING_YET);

        vm.showWorking("Describing the screen");   // from the test thread, as the app's workers would
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#status")).isEqualTo("Describing the screen\u2026");
        assertThat(caption(robot)).isEmpty();

        vm.showInitial("A dialog box.");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#caption").queryAs(TextArea.class);
        assertThat(area.getText()).isEqualTo("A dialog box.");
        assertThat(area.getPseudoClassStates()).extracting(Object::toString).contains("pending");
        assertThat(robot.lookup("#firstLook").queryAs(Label.class).isVisible()).isFalse();

        vm.showRefined("A dialog asking to save changes, with Save and Cancel buttons.");
        vm.showText(List.of(new TextLine("Save changes?", 0.9f, 0, 0, 10, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption(robot)).isEqualTo("A dialog asking to save changes, with Save and Cancel buttons.");
        assertThat(area.getPseudoClassStates()).extracting(Object::toString).doesNotContain("pending");
        assertThat(label(robot, "#firstLook")).isEqualTo("First look: A dialog box.");
        assertThat(robot.lookup("#firstLook").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#screenText").queryAs(TextArea.class).getText()).isEqualTo("Save changes?");
        assertThat(label(robot, "#status")).startsWith("Described at");
    }

    @Test
    void functionKeysAndShortcutsCallTheMatchingActions(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.F6);
        robot.type(KeyCode.F9);
        robot.type(KeyCode.ESCAPE);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly(
                "describeScreen", "describeActiveWindow", "readAllText", "stopSpeech", "describeImageFile cat.png");
    }

    @Test
    void ctrlPlusAndMinusResizeTheTextAndCtrlTSwitchesColours(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(36);
        assertThat(window.root().getStyle()).contains("-fx-font-size: 36px");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS).push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(28);

        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.root().getStyleClass()).contains("theme-dark").doesNotContain("theme-yellow");
    }

    @Test
    void historyCanBeBrowsedAndReReadFromTheKeyboard(FxRobot robot) {
        vm.showWorking("Describing the screen");
        vm.showInitial("Older first look.");
        vm.showRefined("An older description.");
        vm.showWorking("Describing the active window");
        vm.showRefined("The newest description.");
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(caption(robot)).isEqualTo("An older description.");
        assertThat(actions.calls).containsExactly("readAloud An older description.");
    }

    @Test
    void f1ShowsTheKeysAndEveryButtonHasAnAccessibleName(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea help = robot.lookup("#help").queryAs(TextArea.class);
        assertThat(help.isFocused()).isTrue();
        assertThat(help.getText()).contains("F5: Describe the whole screen.", "Ctrl+O:", "Escape: Stop speaking.");
        assertThat(robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class))
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.getAccessibleText()).isNotBlank());
    }

    @Test
    void selfVoicingSaysTheNameOfEachControlAsItGetsTheFocus(FxRobot robot) {
        vm.selfVoicingProperty().set(true);
        robot.interact(() -> robot.lookup("#button-describe-screen").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).contains("readAloud Describe screen, button");
    }

    @Test
    void tabMovesTheFocusOutOfTheReadOnlyDescriptionSoThereIsNoKeyboardTrap(FxRobot robot) {
        TextArea caption = robot.lookup("#caption").queryAs(TextArea.class);
        robot.interact(caption::requestFocus);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption.isFocused()).isFalse();
        assertThat(caption.getText()).doesNotContain("\t");
    }
}
