package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The espeak-ng process path with a stand-in script, and the SourceDataLine path with a recording line. */
class EngineAndLineTest {

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void espeakEngineFeedsTextOnStdinAndParsesTheWavItPrints(@TempDir Path dir) throws Exception {
        Path tone = dir.resolve("tone.wav");
        Wav.write(Earcons.error(22050), tone);
        Path args = dir.resolve("args.txt");
        Path stdin = dir.resolve("stdin.txt");
        Path script = script(dir, "espeak-ng",
                "echo \"$@\" > '" + args + "'\ncat > '" + stdin + "'\ncat '" + tone + "'\n");

        PcmAudio audio = new EspeakEngine(script, "en-us", 200, 100).synthesise("Hello there.");

        assertThat(audio.sampleRate()).isEqualTo(22050);
        assertThat(audio.samples()).isEqualTo(Earcons.error(22050).samples());
        assertThat(Files.readString(args)).contains("--stdout", "-v en-us", "-s 200", "-p 19");
        assertThat(Files.readString(stdin)).isEqualTo("Hello there.");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void espeakFailureIsASynthesisFailure(@TempDir Path dir) throws Exception {
        Path script = script(dir, "espeak-ng", "cat > /dev/null\necho broken >&2\nexit 3\n");
        assertThatThrownBy(() -> new EspeakEngine(script, "en", 165, 100).synthesise("Hi."))
                .isInstanceOfSatisfying(SpeechException.class,
                        e -> assertThat(e.reason()).isEqualTo(SpeechException.Reason.SYNTHESIS_FAILED));
    }

    private static Path script(Path dir, String name, String body) throws Exception {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void lineOutputFlushesStopsAndStartsTheLineItOwns() {
        List<String> calls = new ArrayList<>();
        SourceDataLine line = (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, a) -> {
                    calls.add(method.getName() + (method.getName().equals("write") ? ":" + a[2] : ""));
                    return method.getReturnType() == int.class ? (a == null ? 0 : (int) a[2])
                            : method.getReturnType() == boolean.class ? false : null;
                });
        LineOutput output = new LineOutput(line, 16000);
        assertThat(output.available()).isTrue();
        output.write(16000, new byte[640], 0, 640);
        output.pause();
        output.resume();
        output.flush();
        output.close();
        output.write(16000, new byte[640], 0, 640);
        assertThat(calls).containsExactly("write:640", "stop", "start", "flush", "flush", "close");
    }
}
