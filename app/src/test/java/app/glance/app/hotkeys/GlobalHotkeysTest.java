package app.glance.app.hotkeys;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real JNativeHook, where there is no display to hook: Glance carries on and says so once. */
class GlobalHotkeysTest {

    @Test
    void withoutADisplayTheHookIsOffAndSaysWhy() {
        assumeTrue(System.getenv("DISPLAY") == null && System.getProperty("os.name").toLowerCase().contains("linux"),
                "needs a Linux session without X");
        List<HotkeyAction> ran = new ArrayList<>();
        try (GlobalHotkeys h = GlobalHotkeys.start(new HotkeyMatcher(Hotkeys.defaults(), Clock.systemUTC()),
                Runnable::run, ran::add)) {
            assertThat(h.isActive()).isFalse();
            assertThat(h.problem()).contains(GlobalHotkeys.UNAVAILABLE);
        }
    }
}
