package app.glance.speech;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Speech settings, validated on construction.
 *
 * @param voice   {@code "kevin16"} (bundled FreeTTS), {@code "espeak-ng"} or {@code "espeak-ng:<voice>"}
 *                (e.g. {@code espeak-ng:en-us}), or {@code "silent"}. A voice that is not installed falls back
 *                along kevin16 → espeak-ng → silent.
 * @param rateWpm speaking rate in words per minute, {@value #MIN_RATE}..{@value #MAX_RATE}
 * @param pitchHz baseline pitch in hertz, {@value #MIN_PITCH}..{@value #MAX_PITCH}
 * @param volume  0.0 (mute) .. 1.0 (full)
 * @param earcons whether the working and error sounds play
 */
public record SpeechSettings(String voice, int rateWpm, int pitchHz, double volume, boolean earcons) {

    public static final String KEVIN16 = "kevin16";
    public static final String ESPEAK = "espeak-ng";
    public static final String SILENT = "silent";
    /** The operating system's voice: SAPI on Windows, say on macOS, espeak-ng on Linux. */
    public static final String SYSTEM = "system";
    public static final int MIN_RATE = 80;
    public static final int MAX_RATE = 450;
    public static final int MIN_PITCH = 50;
    public static final int MAX_PITCH = 300;

    private static final Pattern ESPEAK_VOICE = Pattern.compile("espeak-ng(:[A-Za-z0-9_+-]{1,40})?");

    public SpeechSettings {
        Objects.requireNonNull(voice, "voice");
        if (!voice.equals(KEVIN16) && !voice.equals(SILENT) && !voice.equals(SYSTEM)
                && !ESPEAK_VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException(
                    "unknown voice '" + voice + "': use kevin16, system, espeak-ng, espeak-ng:<voice> or silent");
        }
        if (rateWpm < MIN_RATE || rateWpm > MAX_RATE) {
            throw new IllegalArgumentException(
                    "rate must be " + MIN_RATE + ".." + MAX_RATE + " words per minute, was " + rateWpm);
        }
        if (pitchHz < MIN_PITCH || pitchHz > MAX_PITCH) {
            throw new IllegalArgumentException("pitch must be " + MIN_PITCH + ".." + MAX_PITCH + " Hz, was " + pitchHz);
        }
        if (!(volume >= 0.0 && volume <= 1.0)) {
            throw new IllegalArgumentException("volume must be 0.0..1.0, was " + volume);
        }
    }

    /** kevin16, 165 words per minute, 100 Hz, full volume, earcons on. */
    public static SpeechSettings defaults() {
        return new SpeechSettings(KEVIN16, 165, 100, 1.0, true);
    }

    public SpeechSettings withVoice(String newVoice) {
        return new SpeechSettings(newVoice, rateWpm, pitchHz, volume, earcons);
    }

    public SpeechSettings withRate(int newRateWpm) {
        return new SpeechSettings(voice, newRateWpm, pitchHz, volume, earcons);
    }

    public SpeechSettings withPitch(int newPitchHz) {
        return new SpeechSettings(voice, rateWpm, newPitchHz, volume, earcons);
    }

    public SpeechSettings withVolume(double newVolume) {
        return new SpeechSettings(voice, rateWpm, pitchHz, newVolume, earcons);
    }

    public SpeechSettings withEarcons(boolean on) {
        return new SpeechSettings(voice, rateWpm, pitchHz, volume, on);
    }
}
