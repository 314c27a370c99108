package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakersTest {

    @Test
    void fallbackChainEndsInSilence() {
        assertThat(Speakers.chain("kevin16")).containsExactly("kevin16", "system", "silent");
        assertThat(Speakers.chain("system")).containsExactly("system", "kevin16", "silent");
        assertThat(Speakers.chain("espeak-ng:de")).containsExactly("espeak-ng:de", "kevin16", "silent");
        assertThat(Speakers.chain("espeak-ng")).containsExactly("espeak-ng", "kevin16", "silent");
        assertThat(Speakers.chain("silent")).containsExactly("silent");
    }

    @Test
    void missingEspeakFallsBackToABundledVoiceNotAnException() {
        SpeechEngine engine = Speakers.engine(SpeechSettings.defaults().withVoice("espeak-ng:en-us"));
        try (engine) {
            if (EspeakEngine.onPath("espeak-ng").isPresent()) {
                assertThat(engine.name()).isEqualTo("espeak-ng:en-us");
            } else {
                assertThat(engine.name()).isEqualTo("freetts:kevin16");
            }
        }
    }

    @Test
    void silentVoiceNeverThrowsAndSaysWhyItCannotWriteWav(@TempDir Path dir) {
        try (Speaker speaker = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Speakers.create(SpeechSettings.defaults().withVoice("silent")))) {
            assertThat(speaker.engineName()).isEqualTo("silent");
            assertThat(speaker.audioAvailable()).isFalse();
            speaker.speak("Nothing to hear.", Priority.NOW);
            assertThatThrownBy(() -> speaker.writeWav("Hello.", dir.resolve("x.wav")))
                    .isInstanceOfSatisfying(SpeechException.class,
                            e -> assertThat(e.reason()).isEqualTo(SpeechException.Reason.VOICE_MISSING));
            assertThat(dir.resolve("x.wav")).doesNotExist();
        }
    }

    @Test
    void writeWavToAnUnwritablePlaceIsAWriteFailure(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("file");
        java.nio.file.Files.writeString(file, "not a folder");
        try (Speaker speaker = Speakers.create(SpeechSettings.defaults(), new RecordingEngine(1))) {
            assertThatThrownBy(() -> speaker.writeWav("Hello.", file.resolve("out.wav")))
                    .isInstanceOfSatisfying(SpeechException.class,
                            e -> assertThat(e.reason()).isEqualTo(SpeechException.Reason.WRITE_FAILED));
        }
    }

    @Test
    void emptyTextIsNotWrittenAsAnEmptyWav(@TempDir Path dir) {
        try (Speaker speaker = Speakers.create(SpeechSettings.defaults(), new RecordingEngine(1))) {
            assertThatThrownBy(() -> speaker.writeWav("  ", dir.resolve("e.wav"))).isInstanceOf(SpeechException.class);
        }
    }
}
