package app.glance.speech;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SAPI (Windows) and say (macOS) cannot run here, so stand-in scripts play their part: they must get the text on
 * standard input, write the WAV where they were told, and a failing one must give a SpeechException, not a hang.
 */
class SystemVoiceEngineTest {

    static Path toneWav(Path dir) throws IOException {
        byte[] pcm = new byte[22050 * 2];
        for (int i = 0; i < pcm.length / 2; i++) {
            short v = (short) (8000 * Math.sin(i * 2 * Math.PI * 440 / 22050));
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioFormat f = new AudioFormat(22050, 16, 1, true, false);
        Path wav = dir.resolve("tone.wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), f, pcm.length / 2),
                AudioFileFormat.Type.WAVE, wav.toFile());
        return wav;
    }

    static Path script(Path dir, String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void sayGetsTheTextOnStdinAndItsWavIsRead(@TempDir Path dir) throws Exception {
        Path tone = toneWav(dir);
        Path heard = dir.resolve("heard.txt");
        Path say = script(dir, "say", "out=''; while [ $# -gt 0 ]; do [ \"$1\" = -o ] && out=$2; shift; done\n"
                + "cat > '" + heard + "'; cp '" + tone + "' \"$out\"\n");
        SystemVoiceEngine engine = new SystemVoiceEngine(SystemVoiceEngine.Kind.SAY, say, 180);
        PcmAudio audio = engine.synthesise("Save changes to letter.txt?");
        assertThat(audio.durationMillis()).isBetween(900L, 1100L);
        assertThat(audio.rms()).isGreaterThan(0.05);
        assertThat(Files.readString(heard, StandardCharsets.UTF_8)).isEqualTo("Save changes to letter.txt?");
        assertThat(engine.command(dir.resolve("x.wav"))).doesNotContain("Save changes to letter.txt?");
    }

    @Test
    void sapiWritesTheWavNamedInItsEnvironment(@TempDir Path dir) throws Exception {
        Path tone = toneWav(dir);
        Path ps = script(dir, "powershell", "cat > /dev/null; [ \"$GLANCE_RATE\" = 0 ] && cp '" + tone
                + "' \"$GLANCE_WAV\"\n");
        PcmAudio audio = new SystemVoiceEngine(SystemVoiceEngine.Kind.SAPI, ps, 180).synthesise("Hello there.");
        assertThat(audio.durationMillis()).isBetween(900L, 1100L);
    }

    @Test
    void aFailingVoiceIsAnExceptionNotAHang(@TempDir Path dir) throws Exception {
        Path say = script(dir, "say", "exit 3\n");
        assertThatThrownBy(() -> new SystemVoiceEngine(SystemVoiceEngine.Kind.SAY, say, 180).synthesise("Hi."))
                .isInstanceOf(SpeechException.class);
    }

    @Test
    void ratesMapOntoSapisScaleAndOnlyWindowsAndMacHaveOne() {
        assertThat(SystemVoiceEngine.sapiRate(180)).isZero();
        assertThat(SystemVoiceEngine.sapiRate(450)).isEqualTo(10);
        assertThat(SystemVoiceEngine.sapiRate(80)).isEqualTo(-5);
        assertThat(SystemVoiceEngine.find("Linux", 180)).isEmpty();
    }
}
