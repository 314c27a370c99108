package app.glance.speech;

import app.glance.speech.freetts.FreeTtsEngine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds speakers. Construction never throws for a missing voice or sound card: the engine falls back along
 * the chain (requested voice → kevin16 → espeak-ng → silent) and a machine without audio gets text-only mode
 * ({@link Speaker#audioAvailable()} false; {@link Speaker#writeWav} still works).
 * Loading kevin16 and probing the sound system take about a second: call this off the UI thread.
 */
public final class Speakers {
    private static final Logger LOG = LoggerFactory.getLogger(Speakers.class);
    /** How long to wait for the sound system to hand out a line before deciding there is none. */
    static final Duration AUDIO_PROBE_TIMEOUT = Duration.ofMillis(1500);

    private Speakers() {
    }

    /** A speaker on the best available engine for {@code settings}, playing to the sound card if there is one. */
    public static Speaker create(SpeechSettings settings) {
        return create(settings, engine(settings));
    }

    /** A speaker on a given engine (e.g. one the app built), playing to the sound card if there is one. */
    public static Speaker create(SpeechSettings settings, SpeechEngine engine) {
        Objects.requireNonNull(settings, "settings");
        AudioOutput output = engine instanceof SilentEngine
                ? AudioOutput.none() : LineOutput.probe(engine.sampleRate(), AUDIO_PROBE_TIMEOUT);
        return create(settings, engine, output);
    }

    static Speaker create(SpeechSettings settings, SpeechEngine engine, AudioOutput output) {
        return new QueuedSpeaker(engine, output, settings, QueuedSpeaker.daemonThreads());
    }

    /** The first engine of the fallback chain for {@code settings} that loads; the silent engine at worst. */
    public static SpeechEngine engine(SpeechSettings settings) {
        for (String voice : chain(settings.voice())) {
            try {
                SpeechEngine engine = load(voice, settings);
                if (engine != null) {
                    if (!voice.equals(settings.voice())) {
                        LOG.warn("voice {} is not available; using {}", settings.voice(), engine.name());
                    }
                    return engine;
                }
            } catch (SpeechException e) {
                LOG.info("voice {} not available: {}", voice, e.getMessage());
            }
        }
        return new SilentEngine();
    }

    /** The voices to try, in order, for a requested voice. */
    static List<String> chain(String requested) {
        if (requested.equals(SpeechSettings.SILENT)) {
            return List.of(SpeechSettings.SILENT);
        }
        if (requested.startsWith(SpeechSettings.ESPEAK)) {
            return List.of(requested, SpeechSettings.KEVIN16, SpeechSettings.SILENT);
        }
        if (requested.equals(SpeechSettings.SYSTEM)) {
            return List.of(SpeechSettings.SYSTEM, SpeechSettings.KEVIN16, SpeechSettings.SILENT);
        }
        return List.of(requested, SpeechSettings.SYSTEM, SpeechSettings.SILENT);
    }

    private static SpeechEngine load(String voice, SpeechSettings s) throws SpeechException {
        if (voice.equals(SpeechSettings.SILENT)) {
            return new SilentEngine();
        }
        if (voice.equals(SpeechSettings.KEVIN16)) {
            return FreeTtsEngine.open(voice, s.rateWpm(), s.pitchHz());
        }
        if (voice.equals(SpeechSettings.SYSTEM)) {
            Optional<SystemVoiceEngine> os = SystemVoiceEngine.find(System.getProperty("os.name", ""), s.rateWpm());
            if (os.isPresent()) {
                return os.get();
            }
            return EspeakEngine.find("en-us", s.rateWpm(), s.pitchHz()).orElse(null);
        }
        String espeakVoice = voice.contains(":") ? voice.substring(voice.indexOf(':') + 1) : "en-us";
        return EspeakEngine.find(espeakVoice, s.rateWpm(), s.pitchHz()).orElse(null);
    }
}
