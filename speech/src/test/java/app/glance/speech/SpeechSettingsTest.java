package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechSettingsTest {

    @Test
    void defaultsAreKevinAtAComfortableRateWithEarcons() {
        SpeechSettings d = SpeechSettings.defaults();
        assertThat(d.voice()).isEqualTo("kevin16");
        assertThat(d.rateWpm()).isBetween(140, 200);
        assertThat(d.volume()).isEqualTo(1.0);
        assertThat(d.earcons()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kevin16", "silent", "espeak-ng", "espeak-ng:en-us", "espeak-ng:de", "espeak-ng:en+f3"})
    void acceptsKnownVoices(String voice) {
        assertThat(SpeechSettings.defaults().withVoice(voice).voice()).isEqualTo(voice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kevin", "alan", "espeak-ng:", "espeak-ng:en us", "espeak-ng:$(rm -rf /)", "say"})
    void rejectsUnknownOrUnsafeVoices(String voice) {
        assertThatThrownBy(() -> SpeechSettings.defaults().withVoice(voice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voice");
    }

    @Test
    void rejectsNullVoice() {
        assertThatThrownBy(() -> new SpeechSettings(null, 165, 100, 1.0, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void validatesRatePitchAndVolume() {
        SpeechSettings d = SpeechSettings.defaults();
        assertThat(d.withRate(80).withRate(450).rateWpm()).isEqualTo(450);
        assertThatThrownBy(() -> d.withRate(79)).hasMessageContaining("rate");
        assertThatThrownBy(() -> d.withRate(451)).hasMessageContaining("rate");
        assertThatThrownBy(() -> d.withPitch(49)).hasMessageContaining("pitch");
        assertThatThrownBy(() -> d.withPitch(301)).hasMessageContaining("pitch");
        assertThat(d.withVolume(0.0).volume()).isZero();
        assertThatThrownBy(() -> d.withVolume(-0.1)).hasMessageContaining("volume");
        assertThatThrownBy(() -> d.withVolume(1.01)).hasMessageContaining("volume");
        assertThatThrownBy(() -> d.withVolume(Double.NaN)).hasMessageContaining("volume");
        assertThat(d.withEarcons(false).earcons()).isFalse();
    }
}
