package app.glance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.glance.inference.TextLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNG snapshots of the window to {@code ui/target/} so that a person can look at it: {@code window.png}
 * (yellow on black, refined caption), {@code window-refining.png} (initial caption greyed), {@code window-dark.png},
 * {@code window-light.png}, {@code window-history.png} and {@code window-large.png} (48 px text).
 */
@ExtendWith(ApplicationExtension.class)
class WindowSnapshotTest {

    private static final Path OUT = Path.of("target");
    private DescriptionViewModel vm;
    private LargePrintWindow window;

    @Start
    void start(Stage stage) {
        vm = new DescriptionViewModel(Platform::runLater);
        window = new LargePrintWindow(vm, new RecordingActions());
        stage.setScene(window.scene());
        stage.setWidth(1280);
        stage.setHeight(860);
        stage.show();
    }

    @Test
    void writesSnapshotsOfEachThemeAndState() throws Exception {
        vm.showWorking("Describing the screen");
        vm.showWorking("Describing the screen");
        vm.showInitial("A web page with a table.");
        vm.showRefined("An older description of a mail program with three unread messages.");
        vm.showWorking("Describing the active window");
        vm.showInitial("A web browser showing a train timetable.");
        Path refining = snapshot("window-refining.png");

        vm.showRefined("A web browser showing train times from Leeds to York. "
                + "A table lists four departures; the next train leaves at 09:12 from platform 4.");
        vm.showText(List.of(line("Leeds to York"), line("Departures"), line("09:12  Platform 4"),
                line("09:42  Platform 2")));
        Path main = snapshot("window.png");
        setTheme(Theme.WHITE_ON_BLACK);
        snapshot("window-dark.png");
        setTheme(Theme.BLACK_ON_WHITE);
        snapshot("window-light.png");
        setTheme(Theme.YELLOW_ON_BLACK);
        WaitForAsyncUtils.asyncFx(() -> window.run(Shortcut.SHOW_HISTORY)).get();
        snapshot("window-history.png");
        WaitForAsyncUtils.asyncFx(() -> {
            window.run(Shortcut.SHOW_DESCRIPTION);
            vm.fontSizeProperty().set(48);
        }).get();
        snapshot("window-large.png");

        assertThat(Files.size(main)).isGreaterThan(10_000);
        assertThat(Files.size(refining)).isGreaterThan(10_000);
    }

    private void setTheme(Theme theme) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.themeProperty().set(theme)).get();
    }

    private Path snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.scene().snapshot(null)).get();
        Path file = OUT.resolve(name);
        writePng(image, file);
        return file;
    }

    private static TextLine line(String text) {
        return new TextLine(text, 0.95f, 0, 0, 100, 20);
    }

    private static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
