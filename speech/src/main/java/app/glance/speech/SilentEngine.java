package app.glance.speech;

/** The end of the fallback chain: says nothing, so a missing voice never breaks the app. */
final class SilentEngine implements SpeechEngine {
    @Override
    public String name() {
        return SpeechSettings.SILENT;
    }

    @Override
    public int sampleRate() {
        return 16000;
    }

    @Override
    public PcmAudio synthesise(String text) throws SpeechException {
        throw new SpeechException(SpeechException.Reason.VOICE_MISSING, "no speech engine is available");
    }
}
