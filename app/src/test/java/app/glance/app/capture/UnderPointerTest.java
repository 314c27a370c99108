package app.glance.app.capture;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnderPointerTest {

    static final TextLine TITLE = new TextLine("Invoice 2026-114", 0.9f, 20, 10, 300, 20);
    static final TextLine TOTAL = new TextLine("Total: 52.30 EUR", 0.9f, 20, 60, 200, 20);
    static final TextLine PAY = new TextLine("Pay now", 0.9f, 400, 60, 90, 20);

    @Test
    void theLineThePointerIsOnIsChosen() {
        assertThat(UnderPointer.pick(List.of(TITLE, TOTAL, PAY), 100, 65)).contains(TOTAL);
        assertThat(UnderPointer.pick(List.of(TITLE, TOTAL, PAY), 410, 70)).contains(PAY);
    }

    @Test
    void betweenWordsOnARowTheNearestLineIsChosen() {
        assertThat(UnderPointer.pick(List.of(TITLE, TOTAL, PAY), 380, 66)).contains(PAY);
        assertThat(UnderPointer.pick(List.of(TITLE, TOTAL, PAY), 240, 66)).contains(TOTAL);
    }

    @Test
    void farFromAnyLineThereIsNone() {
        assertThat(UnderPointer.pick(List.of(TITLE, TOTAL, PAY), 100, 140)).isEmpty();
        assertThat(UnderPointer.pick(List.of(), 1, 1)).isEmpty();
    }

    @Test
    void theBandIsCentredOnThePointerAndClippedToItsMonitor() throws CaptureException {
        FakeScreen screen = new FakeScreen(new int[] {1930, 20}, new Region(0, 0, 1920, 1080),
                new Region(1920, 0, 1280, 1024));
        UnderPointer.Band band = UnderPointer.grab(screen, PrivacyCover.ExcludedWindows.NONE);
        // wanted 1480..2380 x -40..80; the second monitor keeps 1920..2380 x 0..80
        assertThat(screen.grabbed).containsExactly(new Region(1920, 0, 460, 80));
        assertThat(band.pointerX()).isEqualTo(10);
        assertThat(band.pointerY()).isEqualTo(20);
    }

    @Test
    void withoutAPointerItSaysSo() {
        FakeScreen screen = new FakeScreen(null, new Region(0, 0, 800, 600));
        assertThatThrownBy(() -> UnderPointer.grab(screen, PrivacyCover.ExcludedWindows.NONE))
                .isInstanceOf(CaptureException.class).hasMessageContaining("mouse pointer");
    }
}
