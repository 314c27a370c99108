package app.glance.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operating system's own voice, run as a process per chunk that writes a WAV file we then read: SAPI through
 * PowerShell on Windows, {@code say} on macOS (on Linux the system voice is espeak-ng, see {@link EspeakEngine}).
 * The text always travels on standard input, never on the command line.
 */
final class SystemVoiceEngine implements SpeechEngine {

    private static final long TIMEOUT_SECONDS = 20;
    /** SAPI reads the text from stdin and writes the WAV named in GLANCE_WAV. */
    private static final String SAPI_SCRIPT = "Add-Type -AssemblyName System.Speech;"
            + " $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; $s.Rate = [int]$env:GLANCE_RATE;"
            + " $s.SetOutputToWaveFile($env:GLANCE_WAV); $s.Speak([Console]::In.ReadToEnd()); $s.Dispose()";

    enum Kind { SAPI, SAY }

    private final Kind kind;
    private final Path binary;
    private final int rateWpm;

    SystemVoiceEngine(Kind kind, Path binary, int rateWpm) {
        this.kind = kind;
        this.binary = binary;
        this.rateWpm = rateWpm;
    }

    /** The system voice of this operating system, if it has one Glance can drive. */
    static Optional<SystemVoiceEngine> find(String osName, int rateWpm) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return EspeakEngine.onPath("powershell").map(b -> new SystemVoiceEngine(Kind.SAPI, b, rateWpm));
        }
        if (os.contains("mac")) {
            return EspeakEngine.onPath("say").map(b -> new SystemVoiceEngine(Kind.SAY, b, rateWpm));
        }
        return Optional.empty();
    }

    /** SAPI's rate runs from -10 to 10 around about 180 words per minute. */
    static int sapiRate(int wpm) {
        return Math.max(-10, Math.min(10, Math.round((wpm - 180) / 20f)));
    }

    List<String> command(Path wav) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        if (kind == Kind.SAPI) {
            cmd.addAll(List.of("-NoProfile", "-NonInteractive", "-Command", SAPI_SCRIPT));
        } else {
            cmd.addAll(List.of("-o", wav.toString(), "--file-format=WAVE", "--data-format=LEI16@22050", "-r",
                    Integer.toString(rateWpm), "-f", "-"));
        }
        return cmd;
    }

    @Override
    public String name() {
        return kind == Kind.SAPI ? "sapi" : "say";
    }

    @Override
    public int sampleRate() {
        return 22050;
    }

    @Override
    public PcmAudio synthesise(String text) throws SpeechException {
        if (text == null || text.isBlank()) {
            return PcmAudio.empty(sampleRate());
        }
        Path wav = null;
        try {
            wav = Files.createTempFile("glance-voice-", ".wav");
            VoiceProcess.run(name(), command(wav), Map.of("GLANCE_WAV", wav.toString(),
                    "GLANCE_RATE", Integer.toString(sapiRate(rateWpm))), text, TIMEOUT_SECONDS);
            return Wav.parse(Files.readAllBytes(wav));
        } catch (IOException | IllegalArgumentException e) {
            throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, name() + " failed: " + e, e);
        } finally {
            if (wav != null) {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
    }
}
