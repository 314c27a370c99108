package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The entry point the app uses, on a JavaFX that is already running (so closing must leave it running). */
class GlanceFxTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void startOpensTheWindowAndCloseEndsItCleanly() throws Exception {
        RecordingActions actions = new RecordingActions();
        GlanceWindow window = GlanceFx.start(actions).get(30, TimeUnit.SECONDS);
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(window.stage().getTitle()).isEqualTo("Glance");

        window.viewModel().showWorking("Describing the screen");
        window.viewModel().showInitial("A desktop with three icons.");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea caption = (TextArea) window.stage().getScene().lookup("#caption");
        assertThat(caption.getText()).isEqualTo("A desktop with three icons.");

        window.hide();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isFalse();
        window.toggleShown();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> window.view().run(Shortcut.QUIT)).get();
        window.closed().get(10, TimeUnit.SECONDS);
        window.close();   // a second close does nothing
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isFalse();
        assertThat(actions.calls).containsExactly("windowClosed");
        assertThat(WaitForAsyncUtils.asyncFx(Platform::isFxApplicationThread).get()).isTrue();
    }
}
