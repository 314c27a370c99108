package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bundled voice (FreeTTS kevin16) rendered to WAV and measured; needs no sound card. */
class WavRenderTest {
    private static Speaker speaker;

    @BeforeAll
    static void create() {
        speaker = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Speakers.create(SpeechSettings.defaults()));
    }

    @AfterAll
    static void close() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> speaker.close());
    }

    @Test
    void kevin16IsTheDefaultEngine() {
        assertThat(speaker.engineName()).isEqualTo("freetts:kevin16");
    }

    @Test
    void writesAudibleSpeechToWav(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("speech.wav");
        speaker.writeWav("A settings window with two buttons: OK and Cancel. The file letter.txt is open.", wav);

        PcmAudio audio = Wav.parse(Files.readAllBytes(wav));
        assertThat(audio.sampleRate()).isEqualTo(16000);
        assertThat(audio.durationMillis()).isGreaterThan(2000);
        assertThat(audio.rms()).as("RMS of speech").isGreaterThan(0.02);
        assertThat(Files.readAllBytes(wav)).startsWith('R', 'I', 'F', 'F');
    }

    @Test
    void shortTextIsLongerThanHalfASecondAndNotSilent(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("short.wav");
        speaker.writeWav("Hello, world.", wav);
        PcmAudio audio = Wav.parse(Files.readAllBytes(wav));
        assertThat(audio.durationMillis()).isGreaterThan(500);
        assertThat(audio.rms()).isGreaterThan(0.02);
    }

    @Test
    void overwritesAnExistingFileAndCreatesFolders(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("a/b/out.wav");
        speaker.writeWav("One.", wav);
        long first = Files.size(wav);
        speaker.writeWav("One. Two. Three. Four.", wav);
        assertThat(Files.size(wav)).isGreaterThan(first);
        try (var files = Files.list(wav.getParent())) {
            assertThat(files).containsExactly(wav);
        }
    }

    @Test
    void fasterRateGivesShorterAudio() throws Exception {
        SpeechEngine slow = Speakers.engine(SpeechSettings.defaults().withRate(100));
        SpeechEngine fast = Speakers.engine(SpeechSettings.defaults().withRate(300));
        try (slow; fast) {
            String text = "This sentence is read at two different speeds.";
            assertThat(fast.synthesise(text).durationMillis()).isLessThan(slow.synthesise(text).durationMillis() * 2 / 3);
        }
    }
}
