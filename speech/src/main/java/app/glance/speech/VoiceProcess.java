package app.glance.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a voice program once: the text goes in on standard input (never on the command line), standard output comes
 * back as bytes, and a program that fails, hangs past the timeout or is interrupted becomes a SpeechException.
 */
final class VoiceProcess {

    private VoiceProcess() {
    }

    static byte[] run(String name, List<String> command, Map<String, String> env, String text, long timeoutSeconds)
            throws SpeechException {
        Process process = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(env);
            process = pb.start();
            InputStream stdout = process.getInputStream();
            CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> readAll(stdout));
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(text.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = reading.get(timeoutSeconds, TimeUnit.SECONDS);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, name + " failed");
            }
            return out;
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, name + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException(SpeechException.Reason.INTERRUPTED, "interrupted while " + name + " ran", e);
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
