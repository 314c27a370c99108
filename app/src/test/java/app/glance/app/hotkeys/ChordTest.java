package app.glance.app.hotkeys;

import com.github.kwhat.jnativehook.NativeInputEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChordTest {

    @Test
    void parsesModifiersAndOneKeyInAnyCaseAndOrder() {
        assertThat(Chord.parse("Ctrl+Alt+D")).isEqualTo(new Chord(Chord.CTRL | Chord.ALT, NativeKeyEvent.VC_D));
        assertThat(Chord.parse("alt + control + d")).isEqualTo(Chord.parse("Ctrl+Alt+D"));
        assertThat(Chord.parse("Super+Shift+F5")).isEqualTo(new Chord(Chord.META | Chord.SHIFT, NativeKeyEvent.VC_F5));
        assertThat(Chord.parse("Ctrl+Alt+Space").toString()).isEqualTo("Ctrl+Alt+Space");
        assertThat(Chord.parse("ctrl+alt+d").spoken()).isEqualTo("Control Alt D");
    }

    @Test
    void badChordsSayWhy() {
        assertThatThrownBy(() -> Chord.parse("Ctrl+Alt")).hasMessageContaining("no key");
        assertThatThrownBy(() -> Chord.parse("Ctrl+D+E")).hasMessageContaining("two keys");
        assertThatThrownBy(() -> Chord.parse("Ctrl+Hyper+D")).hasMessageContaining("'Hyper'");
        assertThatThrownBy(() -> Chord.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    void leftAndRightModifiersAreTheSame() {
        assertThat(Chord.fromNative(NativeInputEvent.CTRL_L_MASK | NativeInputEvent.ALT_R_MASK))
                .isEqualTo(Chord.CTRL | Chord.ALT);
        assertThat(Chord.fromNative(NativeInputEvent.CTRL_R_MASK | NativeInputEvent.NUM_LOCK_MASK
                | NativeInputEvent.BUTTON1_MASK)).isEqualTo(Chord.CTRL);
    }
}
