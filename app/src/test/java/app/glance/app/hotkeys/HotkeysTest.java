package app.glance.app.hotkeys;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HotkeysTest {

    @Test
    void everyActionHasADistinctDefault() {
        Hotkeys keys = Hotkeys.defaults();
        assertThat(keys.bindings()).containsOnlyKeys(HotkeyAction.values());
        assertThat(keys.bindings().values()).doesNotHaveDuplicates();
        assertThat(keys.actionFor(Chord.parse("Ctrl+Alt+D"))).contains(HotkeyAction.DESCRIBE_SCREEN);
        assertThat(keys.actionFor(Chord.parse("Ctrl+Alt+W"))).contains(HotkeyAction.DESCRIBE_WINDOW);
        // desktop-wide chords that lock the screen or open a terminal are left alone
        assertThat(keys.actionFor(Chord.parse("Ctrl+Alt+L"))).isEmpty();
        assertThat(keys.actionFor(Chord.parse("Ctrl+Alt+T"))).isEmpty();
    }

    @Test
    void twoActionsOnOneChordIsAClearError() {
        assertThatThrownBy(() -> Hotkeys.of(Map.of(HotkeyAction.READ_TEXT, "ctrl+alt+d")))
                .isInstanceOf(HotkeyException.class)
                .hasMessageContaining("Ctrl+Alt+D is set for both")
                .hasMessageContaining("describe the screen").hasMessageContaining("read all the text");
    }

    @Test
    void aBadChordNamesItsAction() {
        assertThatThrownBy(() -> Hotkeys.of(Map.of(HotkeyAction.STOP_SPEECH, "Ctrl+Alt+Banana")))
                .isInstanceOf(HotkeyException.class).hasMessageContaining("'stop speaking'")
                .hasMessageContaining("'Banana'");
    }

    @Test
    void overridesMoveAndBlankTurnsOff() throws HotkeyException {
        Hotkeys keys = Hotkeys.of(Map.of(HotkeyAction.DESCRIBE_SCREEN, "Ctrl+Shift+F12",
                HotkeyAction.SHOW_HIDE, ""));
        assertThat(keys.actionFor(Chord.parse("Ctrl+Shift+F12"))).contains(HotkeyAction.DESCRIBE_SCREEN);
        assertThat(keys.actionFor(Chord.parse("Ctrl+Alt+D"))).isEmpty();
        assertThat(keys.chordFor(HotkeyAction.SHOW_HIDE)).isEmpty();
        // moving one default frees its chord for another action
        assertThat(Hotkeys.of(Map.of(HotkeyAction.DESCRIBE_SCREEN, "Ctrl+Alt+F1",
                HotkeyAction.READ_TEXT, "Ctrl+Alt+D")).actionFor(Chord.parse("Ctrl+Alt+D")))
                .contains(HotkeyAction.READ_TEXT);
    }
}
