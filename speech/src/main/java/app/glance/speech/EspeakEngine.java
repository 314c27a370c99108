package app.glance.speech;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        Process process = null;
        try {
            process = new ProcessBuilder(binary.toString(), "--stdout", "-v", voice, "-s", Integer.toString(rateWpm),
                    "-p", Integer.toString(pitch)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            InputStream stdout = process.getInputStream();
            CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> readAll(stdout));
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(text.getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav = reading.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, "espeak-ng failed");
            }
            return Wav.parse(wav);
        } catch (IOException | ExecutionException | TimeoutException | IllegalArgumentException e) {
            throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, "espeak-ng failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException(SpeechException.Reason.INTERRUPTED, "interrupted while espeak-ng ran", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
