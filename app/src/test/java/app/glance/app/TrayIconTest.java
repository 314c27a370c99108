package app.glance.app;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrayIconTest {

    @Test
    void withoutATrayThereIsNoIconAndNoError() {
        // the build machine and CI are headless or have no notification area
        assumeTrue(java.awt.GraphicsEnvironment.isHeadless() || !java.awt.SystemTray.isSupported());
        assertThat(TrayIcon.add(() -> { }, () -> { }, () -> { })).isEmpty();
    }

    @Test
    void theIconIsYellowOnBlack() {
        BufferedImage img = TrayIcon.image();
        assertThat(img.getRGB(1, 16) & 0xFFFFFF).isZero();              // black edge
        assertThat(img.getRGB(6, 16) & 0xFFFFFF).isEqualTo(0xFFFF00);   // yellow eye
    }
}
