package app.glance.speech;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;

/**
 * Mono 16-bit signed little-endian PCM audio. The byte array is owned by the record: do not mutate it.
 *
 * @param sampleRate samples per second, 8000..96000
 * @param samples    little-endian 16-bit samples, even length
 */
public record PcmAudio(int sampleRate, byte[] samples) {

    public PcmAudio {
        if (sampleRate < 8000 || sampleRate > 96000) {
            throw new IllegalArgumentException("sample rate out of range: " + sampleRate);
        }
        Objects.requireNonNull(samples, "samples");
        if (samples.length % 2 != 0) {
            throw new IllegalArgumentException("16-bit audio needs an even number of bytes");
        }
    }

    public static PcmAudio empty(int sampleRate) {
        return new PcmAudio(sampleRate, new byte[0]);
    }

    public static PcmAudio silence(int sampleRate, int millis) {
        return new PcmAudio(sampleRate, new byte[(int) ((long) sampleRate * millis / 1000) * 2]);
    }

    /** The javax.sound format of this audio. */
    public AudioFormat format() {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    public int frameCount() {
        return samples.length / 2;
    }

    public long durationMillis() {
        return frameCount() * 1000L / sampleRate;
    }

    public boolean isEmpty() {
        return samples.length == 0;
    }

    public short sample(int frame) {
        return (short) ((samples[2 * frame] & 0xff) | (samples[2 * frame + 1] << 8));
    }

    /** Root mean square level, 0 (silence) to 1 (full scale). */
    public double rms() {
        int n = frameCount();
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double s = sample(i) / 32768.0;
            sum += s * s;
        }
        return Math.sqrt(sum / n);
    }

    /** A copy scaled by {@code gain} (0..1), clipped; returns this when gain is 1. */
    public PcmAudio withGain(double gain) {
        if (gain == 1.0) {
            return this;
        }
        byte[] out = new byte[samples.length];
        for (int i = 0; i < frameCount(); i++) {
            int v = (int) Math.round(sample(i) * gain);
            v = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return new PcmAudio(sampleRate, out);
    }

    /** Joins pieces of the same sample rate, in order. */
    public static PcmAudio concat(int sampleRate, List<PcmAudio> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PcmAudio p : parts) {
            if (p.sampleRate != sampleRate) {
                throw new IllegalArgumentException("mixed sample rates: " + p.sampleRate + " vs " + sampleRate);
            }
            out.writeBytes(p.samples);
        }
        return new PcmAudio(sampleRate, out.toByteArray());
    }

    /** Converts any 8/16-bit signed/unsigned, big/little-endian PCM (first channel only) to this format. */
    public static PcmAudio fromPcm(AudioFormat format, byte[] data) {
        int bits = format.getSampleSizeInBits();
        int channels = Math.max(1, format.getChannels());
        boolean signed = format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED;
        if ((bits != 8 && bits != 16) || !(signed || format.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED)) {
            throw new IllegalArgumentException("unsupported PCM format: " + format);
        }
        int frameSize = bits / 8 * channels;
        int frames = data.length / frameSize;
        byte[] out = new byte[frames * 2];
        for (int f = 0; f < frames; f++) {
            int at = f * frameSize;
            int v;
            if (bits == 8) {
                v = signed ? data[at] << 8 : ((data[at] & 0xff) - 128) << 8;
            } else if (format.isBigEndian()) {
                v = (data[at] << 8) | (data[at + 1] & 0xff);
            } else {
                v = (data[at + 1] << 8) | (data[at] & 0xff);
            }
            if (bits == 16 && !signed) {
                v = (v & 0xffff) - 32768;
            }
            out[2 * f] = (byte) v;
            out[2 * f + 1] = (byte) (v >> 8);
        }
        return new PcmAudio(Math.round(format.getSampleRate()), out);
    }
}
