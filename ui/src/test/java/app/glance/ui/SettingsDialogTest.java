package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog's controls hold the form they were given and give back what the user changed. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    static final SettingsForm FORM = new SettingsForm("kevin16", 180, 0.8, false, "/dev/video0",
            List.of("KeePassXC", "Bitwarden"), "greedy", List.of("DirectML", "CPU"),
            new LinkedHashMap<>(Map.of("describe-screen", "Ctrl+Alt+D")));
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        dialog = new SettingsDialog(FORM);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane()));
        stage.show();
        dialog.dialog().initOwner(stage);
        dialog.dialog().show();
    }

    @Test
    void theFormComesBackUnchangedAndEveryControlHasAName(FxRobot robot) {
        assertThat(dialog.form()).isEqualTo(FORM);
        for (Node n : robot.lookup(".text-field").queryAll()) {
            assertThat(n.getAccessibleText()).as(n.toString()).isNotBlank();
        }
    }

    @Test
    void anEditedHotkeyIsInTheForm(FxRobot robot) {
        TextField key = robot.lookup("#hotkey-describe-screen").queryAs(TextField.class);
        robot.interact(() -> key.setText("Ctrl+Shift+F12"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.form().hotkeys()).containsEntry("describe-screen", "Ctrl+Shift+F12");
    }
}
