package app.glance.speech.freetts;

import app.glance.speech.PcmAudio;
import app.glance.speech.SpeechEngine;
import app.glance.speech.SpeechException;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled FreeTTS voice (kevin16, 16 kHz), synthesising into {@link BufferAudioPlayer} so the sound device is
 * never opened by FreeTTS. The only package that imports {@code com.sun.speech.freetts}.
 */
public final class FreeTtsEngine implements SpeechEngine {
    private static final Logger LOG = LoggerFactory.getLogger(FreeTtsEngine.class);
    private static final String VOICES_PROPERTY = "freetts.voices";
    private static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private final Voice voice;
    private final BufferAudioPlayer player = new BufferAudioPlayer();
    private final String voiceName;

    private FreeTtsEngine(Voice voice, String voiceName) {
        this.voice = voice;
        this.voiceName = voiceName;
        voice.setAudioPlayer(player);
    }

    /**
     * Loads a FreeTTS voice (only {@code "kevin16"} is bundled).
     *
     * @throws SpeechException {@code VOICE_MISSING} if the voice cannot be found or loaded
     */
    public static FreeTtsEngine open(String voiceName, int rateWpm, int pitchHz) throws SpeechException {
        if (System.getProperty(VOICES_PROPERTY) == null) {
            System.setProperty(VOICES_PROPERTY, KEVIN_DIRECTORY);
        }
        long start = System.nanoTime();
        try {
            Voice voice = VoiceManager.getInstance().getVoice(voiceName);
            if (voice == null) {
                throw new SpeechException(SpeechException.Reason.VOICE_MISSING, "FreeTTS voice not found: " + voiceName);
            }
            voice.allocate();
            voice.setRate(rateWpm);
            voice.setPitch(pitchHz);
            FreeTtsEngine engine = new FreeTtsEngine(voice, voiceName);
            LOG.debug("FreeTTS {} loaded in {} ms", voiceName, (System.nanoTime() - start) / 1_000_000);
            return engine;
        } catch (RuntimeException | Error e) {
            throw new SpeechException(SpeechException.Reason.VOICE_MISSING, "FreeTTS voice failed to load: " + voiceName, e);
        }
    }

    @Override
    public String name() {
        return "freetts:" + voiceName;
    }

    @Override
    public int sampleRate() {
        return 16000;
    }

    @Override
    public PcmAudio synthesise(String text) throws SpeechException {
        if (text == null || text.isBlank()) {
            return PcmAudio.empty(sampleRate());
        }
        player.take();
        boolean ok;
        try {
            ok = voice.speak(text);
        } catch (RuntimeException e) {
            throw new SpeechException(SpeechException.Reason.SYNTHESIS_FAILED, "FreeTTS failed to synthesise", e);
        }
        byte[] bytes = player.take();
        if (!ok) {
            LOG.debug("FreeTTS reported an incomplete utterance");
        }
        return PcmAudio.fromPcm(player.getAudioFormat(), bytes);
    }

    @Override
    public void close() {
        try {
            voice.deallocate();
        } catch (RuntimeException e) {
            LOG.debug("FreeTTS deallocate failed", e);
        }
    }
}
