package app.glance.speech;

/** Generates the earcons as PCM: no sound files to ship or lose. */
final class Earcons {
    private Earcons() {
    }

    static PcmAudio of(Earcon earcon, int sampleRate) {
        return switch (earcon) {
            case WORKING -> working(sampleRate);
            case ERROR -> error(sampleRate);
        };
    }

    /** Two soft rising blips, 70 ms each: unobtrusive, clearly not speech. */
    static PcmAudio working(int sampleRate) {
        short[] out = new short[sampleRate * 190 / 1000];
        tone(out, sampleRate, 0, 70, 880, 880, 0.22);
        tone(out, sampleRate, 120, 70, 1175, 1175, 0.22);
        return pcm(sampleRate, out);
    }

    /** A low tone falling from 440 to 220 Hz over 300 ms, with a little second harmonic for body. */
    static PcmAudio error(int sampleRate) {
        short[] out = new short[sampleRate * 320 / 1000];
        tone(out, sampleRate, 0, 300, 440, 220, 0.3);
        return pcm(sampleRate, out);
    }

    private static void tone(short[] out, int rate, int startMs, int lengthMs, double fromHz, double toHz, double amp) {
        int start = rate * startMs / 1000;
        int n = rate * lengthMs / 1000;
        int fade = Math.max(1, rate * 8 / 1000);
        double phase = 0;
        for (int i = 0; i < n && start + i < out.length; i++) {
            double hz = fromHz + (toHz - fromHz) * i / n;
            phase += 2 * Math.PI * hz / rate;
            double env = Math.min(1.0, Math.min(i, n - 1 - i) / (double) fade);
            double env2 = 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, env));
            double v = Math.sin(phase) + 0.25 * Math.sin(2 * phase);
            out[start + i] = (short) Math.round(v / 1.25 * amp * env2 * Short.MAX_VALUE);
        }
    }

    private static PcmAudio pcm(int sampleRate, short[] samples) {
        byte[] b = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            b[2 * i] = (byte) samples[i];
            b[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return new PcmAudio(sampleRate, b);
    }
}
