package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PCM conversions, WAV round trips and earcons. */
class AudioTest {

    @Test
    void convertsBigEndianAndStereoToMonoLittleEndian() {
        byte[] bigEndianStereo = {0x12, 0x34, 0x7f, 0x7f, (byte) 0xff, (byte) 0xfe, 0, 0};
        PcmAudio pcm = PcmAudio.fromPcm(new AudioFormat(16000, 16, 2, true, true), bigEndianStereo);
        assertThat(pcm.frameCount()).isEqualTo(2);
        assertThat(pcm.sample(0)).isEqualTo((short) 0x1234);
        assertThat(pcm.sample(1)).isEqualTo((short) -2);
        PcmAudio unsigned8 = PcmAudio.fromPcm(new AudioFormat(8000, 8, 1, false, false), new byte[] {(byte) 128, 0});
        assertThat(unsigned8.sample(0)).isZero();
        assertThat(unsigned8.sample(1)).isEqualTo((short) -32768);
    }

    @Test
    void rmsGainAndConcat() {
        PcmAudio silence = PcmAudio.silence(16000, 500);
        assertThat(silence.durationMillis()).isEqualTo(500);
        assertThat(silence.rms()).isZero();
        PcmAudio tone = Earcons.error(16000);
        assertThat(tone.withGain(0.5).rms()).isCloseTo(tone.rms() / 2, org.assertj.core.data.Offset.offset(0.001));
        assertThat(tone.withGain(1.0)).isSameAs(tone);
        assertThat(PcmAudio.concat(16000, List.of(silence, tone)).frameCount())
                .isEqualTo(silence.frameCount() + tone.frameCount());
        assertThatThrownBy(() -> PcmAudio.concat(16000, List.of(PcmAudio.silence(22050, 10))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PcmAudio(16000, new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wavRoundTrip(@TempDir Path dir) throws Exception {
        PcmAudio tone = Earcons.working(22050);
        Path wav = dir.resolve("tone.wav");
        Wav.write(tone, wav);
        PcmAudio back = Wav.parse(Files.readAllBytes(wav));
        assertThat(back.sampleRate()).isEqualTo(22050);
        assertThat(back.samples()).isEqualTo(tone.samples());
    }

    @Test
    void parsesStreamingWavWithBogusSizes() {
        byte[] header = new byte[44];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(-1).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(22050).putInt(44100).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(-1);
        byte[] wav = java.util.Arrays.copyOf(header, 48);
        wav[44] = 1;
        PcmAudio pcm = Wav.parse(wav);
        assertThat(pcm.sampleRate()).isEqualTo(22050);
        assertThat(pcm.frameCount()).isEqualTo(2);
        assertThat(pcm.sample(0)).isEqualTo((short) 1);
        assertThatThrownBy(() -> Wav.parse(new byte[10])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void earconsAreShortAudibleAndDistinct() {
        PcmAudio working = Earcons.of(Earcon.WORKING, 16000);
        PcmAudio error = Earcons.of(Earcon.ERROR, 16000);
        assertThat(working.durationMillis()).isBetween(100L, 400L);
        assertThat(error.durationMillis()).isBetween(100L, 400L);
        assertThat(working.rms()).isGreaterThan(0.05);
        assertThat(error.rms()).isGreaterThan(0.05);
        assertThat(working.samples()).isNotEqualTo(error.samples());
        assertThat(Math.abs(working.sample(0))).as("fades in, no click").isLessThan(200);
        assertThat(Math.abs(error.sample(error.frameCount() - 1))).as("fades out, no click").isLessThan(200);
    }
}
