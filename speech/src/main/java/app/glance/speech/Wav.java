package app.glance.speech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** WAV files in and out (16-bit mono PCM). Needs no sound device. */
final class Wav {
    private Wav() {
    }

    /** Writes atomically: a temporary file beside {@code wav}, then a move. */
    static void write(PcmAudio audio, Path wav) throws SpeechException {
        Path target = wav.toAbsolutePath();
        try {
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path tmp = Files.createTempFile(dir, ".speech-", ".wav.tmp");
            try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(audio.samples()), audio.format(),
                    audio.frameCount())) {
                AudioSystem.write(in, AudioFileFormat.Type.WAVE, tmp.toFile());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            throw new SpeechException(SpeechException.Reason.WRITE_FAILED,
                    "could not write " + wav + ": " + reason(e) + ".", e);
        }
    }

    /** Why a file could not be written, in words rather than an exception class name. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied" + (a.getFile() == null ? "" : " for " + a.getFile());
        }
        if (e instanceof FileAlreadyExistsException f) { // from createDirectories: a file where a folder should be
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Reads the PCM of a RIFF/WAVE byte array, tolerating the bogus sizes streaming writers (espeak-ng) put in. */
    static PcmAudio parse(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a WAV file");
        }
        int pos = 12;
        int rate = 0;
        int bits = 0;
        int channels = 1;
        while (pos + 8 <= wav.length) {
            int id = b.getInt(pos);
            long size = b.getInt(pos + 4) & 0xffffffffL;
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
            } else if (id == 0x61746164) { // "data"
                int end = (int) Math.min(wav.length, body + size);
                byte[] data = java.util.Arrays.copyOfRange(wav, body, end);
                return PcmAudio.fromPcm(new javax.sound.sampled.AudioFormat(rate, bits, channels, bits > 8, false),
                        data);
            }
            pos = (int) Math.min(wav.length, body + size + (size & 1));
        }
        throw new IllegalArgumentException("WAV has no data chunk");
    }
}
