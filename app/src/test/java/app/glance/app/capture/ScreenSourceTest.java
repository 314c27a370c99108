package app.glance.app.capture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreenSourceTest {

    private static final Region LEFT = new Region(0, 0, 1920, 1080);
    private static final Region RIGHT = new Region(1920, 0, 1280, 1024);

    @Test
    void theMonitorUnderTheMouseIsCaptured() throws CaptureException {
        FakeScreen screen = new FakeScreen(new int[] {2500, 300}, LEFT, RIGHT);
        Frame f = new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE).capture();
        assertThat(screen.grabbed).containsExactly(RIGHT);
        assertThat(f.mode()).isEqualTo(CaptureMode.SCREEN);
        assertThat(f.image().width()).isEqualTo(1280);
        assertThat(f.target()).isEqualTo("screen 1920,0,1280,1024");
    }

    @Test
    void withoutAPointerThePrimaryMonitorIsCaptured() throws CaptureException {
        FakeScreen screen = new FakeScreen(null, LEFT, RIGHT);
        new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE).capture();
        assertThat(screen.grabbed).containsExactly(LEFT);
    }

    @Test
    void allMonitorsAreOnePicture() throws CaptureException {
        FakeScreen screen = new FakeScreen(new int[] {10, 10}, LEFT, RIGHT);
        new ScreenSource(screen, ScreenSource.Monitors.ALL).capture();
        assertThat(screen.grabbed).containsExactly(new Region(0, 0, 3200, 1080));
    }

    @Test
    void noMonitorIsAClearSentence() {
        FakeScreen screen = new FakeScreen(null);
        assertThatThrownBy(() -> new ScreenSource(screen, ScreenSource.Monitors.UNDER_MOUSE).capture())
                .isInstanceOf(CaptureException.class).hasMessage("There is no screen to capture here.")
                .extracting(e -> ((CaptureException) e).reason()).isEqualTo(CaptureException.Reason.UNAVAILABLE);
    }
}
