package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * With no sound card (CI, this build machine) FreeTTS's own player hangs forever; ours must not. Every call on the
 * real default speaker has to return within a timeout. On a machine with a sound card this checks the same calls
 * return promptly while audio plays.
 */
class NoAudioDeviceTest {

    @Test
    void realSpeakerNeverHangs() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Speaker speaker = Speakers.create(SpeechSettings.defaults());
            speaker.speak("Nobody can hear this sentence.", Priority.NORMAL);
            speaker.speak("Or this one.", Priority.NEXT);
            speaker.play(Earcon.WORKING);
            speaker.pause();
            speaker.resume();
            speaker.repeatLast();
            speaker.speak("Interrupting.", Priority.NOW);
            speaker.stop();
            speaker.close();
            speaker.close();
        });
    }

    @Test
    void audioProbeAnswersWithinItsTimeout() {
        long start = System.nanoTime();
        AudioOutput output = LineOutput.probe(16000, Duration.ofMillis(1500));
        long millis = (System.nanoTime() - start) / 1_000_000;
        output.close();
        assertThat(millis).isLessThan(3000);
    }

    @Test
    void withoutADeviceTheSpeakerSaysSo() {
        assumeFalse(LineOutput.present(16000, Duration.ofMillis(1500)), "this machine has a sound card");
        try (Speaker speaker = Speakers.create(SpeechSettings.defaults())) {
            assertThat(speaker.audioAvailable()).isFalse();
        }
    }
}
