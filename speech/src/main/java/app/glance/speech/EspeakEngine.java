package app.glance.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The system espeak-ng voice, run as a process per chunk ({@code --stdout}: WAV on stdout, never the device). */
final class EspeakEngine implements SpeechEngine {
    private static final long TIMEOUT_SECONDS = 15;
    private final Path binary;
    private final String voice;
    private final int rateWpm;
    private final int pitch;

    EspeakEngine(Path binary, String voice, int rateWpm, int pitchHz) {
        this.binary = binary;
        this.voice = voice;
        this.rateWpm = rateWpm;
        this.pitch = Math.max(0, Math.min(99, (pitchHz - 50) * 99 / 250));
    }

    /** The engine if {@code espeak-ng} is on the PATH. */
    static Optional<EspeakEngine> find(String voice, int rateWpm, int pitchHz) {
        return onPath("espeak-ng").map(b -> new EspeakEngine(b, voice, rateWpm, pitchHz));
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of(program, program + ".exe")) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "espeak-ng:" + voice;
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
        byte[] wav = VoiceProcess.run("espeak-ng", List.of(binary.toString(), "--stdout", "-v", voice, "-s",
                Integer.toString(rateWpm), "-p", Integer.toString(pitch)), Map.of(), text, TIMEOUT_SECONDS);
        try {
            return Wav.parse(wav);
        } catch (IllegalArgumentException e) {
            throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, "espeak-ng failed: " + e, e);
        }
    }
}
