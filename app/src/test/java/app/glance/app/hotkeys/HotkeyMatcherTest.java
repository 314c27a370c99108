package app.glance.app.hotkeys;

import com.github.kwhat.jnativehook.NativeInputEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic key events fed to the matcher: no native hook, no display. */
class HotkeyMatcherTest {

    private static final int CTRL_ALT = Chord.CTRL | Chord.ALT;

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(long ms) {
            now = now.plus(Duration.ofMillis(ms));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final HotkeyMatcher matcher = new HotkeyMatcher(Hotkeys.defaults(), clock);

    private Optional<HotkeyAction> tap(int mods, int key) {
        Optional<HotkeyAction> a = matcher.pressed(key, mods);
        matcher.released(key);
        return a;
    }

    @Test
    void aChordFiresItsAction() {
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_D)).contains(HotkeyAction.DESCRIBE_SCREEN);
        clock.advance(50);
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_W)).contains(HotkeyAction.DESCRIBE_WINDOW);
    }

    @Test
    void otherModifiersOrModifiersAloneDoNothing() {
        assertThat(tap(Chord.CTRL, NativeKeyEvent.VC_D)).isEmpty();
        assertThat(tap(CTRL_ALT | Chord.SHIFT, NativeKeyEvent.VC_D)).isEmpty();
        assertThat(tap(0, NativeKeyEvent.VC_D)).isEmpty();
        assertThat(matcher.pressed(NativeKeyEvent.VC_CONTROL, Chord.CTRL)).isEmpty();
        assertThat(matcher.pressed(NativeKeyEvent.VC_ALT, CTRL_ALT)).isEmpty();
    }

    @Test
    void holdingTheKeyFiresOnce() {
        assertThat(matcher.pressed(NativeKeyEvent.VC_D, CTRL_ALT)).contains(HotkeyAction.DESCRIBE_SCREEN);
        for (int i = 0; i < 30; i++) { // auto-repeat: a press every 33 ms, no release
            clock.advance(33);
            assertThat(matcher.pressed(NativeKeyEvent.VC_D, CTRL_ALT)).isEmpty();
        }
    }

    @Test
    void repeatsWithin300MsAreIgnored() {
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_D)).isPresent();
        clock.advance(120);
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_D)).isEmpty();
        clock.advance(170); // 290 ms after the first
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_D)).isEmpty();
        clock.advance(20); // 310 ms
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_D)).contains(HotkeyAction.DESCRIBE_SCREEN);
    }

    @Test
    void debounceIsPerAction() {
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_D)).contains(HotkeyAction.DESCRIBE_SCREEN);
        clock.advance(40); // "describe" then at once "stop speech" must both work
        assertThat(tap(CTRL_ALT, NativeKeyEvent.VC_S)).contains(HotkeyAction.STOP_SPEECH);
    }

    @Test
    void aKeyWhoseReleaseWasLostWorksAgainLater() {
        assertThat(matcher.pressed(NativeKeyEvent.VC_D, CTRL_ALT)).isPresent(); // release never arrives
        clock.advance(HotkeyMatcher.STUCK_MS + 1);
        assertThat(matcher.pressed(NativeKeyEvent.VC_D, CTRL_ALT)).isPresent();
    }

    @Test
    void theHookListenerOnlyHandsOff() {
        List<Runnable> handedOff = new ArrayList<>();
        List<HotkeyAction> ran = new ArrayList<>();
        NativeKeyListener l = GlobalHotkeys.listener(matcher, handedOff::add, ran::add);
        int mods = NativeInputEvent.CTRL_L_MASK | NativeInputEvent.ALT_L_MASK;
        l.nativeKeyPressed(new NativeKeyEvent(NativeKeyEvent.NATIVE_KEY_PRESSED, mods, 0, NativeKeyEvent.VC_C,
                NativeKeyEvent.CHAR_UNDEFINED, NativeKeyEvent.KEY_LOCATION_STANDARD));
        assertThat(ran).isEmpty(); // nothing ran on the hook's thread
        assertThat(handedOff).hasSize(1);
        handedOff.get(0).run();
        assertThat(ran).containsExactly(HotkeyAction.WHAT_CHANGED);
        l.nativeKeyReleased(new NativeKeyEvent(NativeKeyEvent.NATIVE_KEY_RELEASED, mods, 0, NativeKeyEvent.VC_C,
                NativeKeyEvent.CHAR_UNDEFINED, NativeKeyEvent.KEY_LOCATION_STANDARD));
        l.nativeKeyPressed(new NativeKeyEvent(NativeKeyEvent.NATIVE_KEY_PRESSED, 0, 0, NativeKeyEvent.VC_C,
                NativeKeyEvent.CHAR_UNDEFINED, NativeKeyEvent.KEY_LOCATION_STANDARD));
        assertThat(handedOff).hasSize(1);
    }
}
