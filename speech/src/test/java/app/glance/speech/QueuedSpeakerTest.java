package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueuedSpeakerTest {
    private final RecordingEngine engine = new RecordingEngine(2);
    private final VirtualLine line = new VirtualLine(200, true, System::nanoTime);
    private Speaker speaker = new QueuedSpeaker(engine, line, SpeechSettings.defaults(), QueuedSpeaker.daemonThreads());

    @AfterEach
    void close() {
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> speaker.close());
    }

    @Test
    void speaksChunksInOrder() throws Exception {
        speaker.speak("First sentence. Second sentence. Third one.", Priority.NORMAL);
        assertThat(engine.awaitSaid(3)).containsExactly("First sentence.", "Second sentence.", "Third one.");
    }

    @Test
    void nextGoesBeforeQueuedNormalSpeechWithoutInterrupting() throws Exception {
        engine.hold();
        speaker.speak("Playing now.", Priority.NORMAL);
        engine.awaitSaid(1);
        speaker.speak("Normal one. Normal two.", Priority.NORMAL);
        speaker.speak("Urgent.", Priority.NEXT);
        engine.open();
        assertThat(engine.awaitSaid(4)).containsExactly("Playing now.", "Urgent.", "Normal one.", "Normal two.");
    }

    @Test
    void nowInterruptsAndClearsTheQueue() throws Exception {
        RecordingEngine slow = new RecordingEngine(100);
        speaker.close();
        speaker = new QueuedSpeaker(slow, line, SpeechSettings.defaults(), QueuedSpeaker.daemonThreads());
        speaker.speak("A long sentence that plays for a while. Then more. And more.", Priority.NORMAL);
        slow.awaitSaid(1);
        awaitBytes(line, 1);
        int flushesBefore = line.flushes();
        speaker.speak("Stop everything.", Priority.NOW);
        assertThat(slow.awaitSaid(2)).containsExactly("A long sentence that plays for a while.", "Stop everything.");
        Thread.sleep(300);
        assertThat(slow.said()).hasSize(2);
        assertThat(line.flushes()).isGreaterThan(flushesBefore);
    }

    @Test
    void silenceAfterStop() throws Exception {
        RecordingEngine slow = new RecordingEngine(100);
        speaker.close();
        speaker = new QueuedSpeaker(slow, line, SpeechSettings.defaults(), QueuedSpeaker.daemonThreads());
        speaker.speak("This sentence would play for several seconds if nobody stopped it.", Priority.NORMAL);
        awaitBytes(line, 16000);
        speaker.stop();
        Thread.sleep(150);
        int afterStop = line.bytesWritten();
        Thread.sleep(400);
        assertThat(line.bytesWritten()).as("no audio written after stop").isEqualTo(afterStop);
        assertThat(afterStop).isLessThan(slow.synthesise("x".repeat(60)).samples().length);
        assertThat(line.writing()).isFalse();
    }

    @Test
    void pauseHoldsPlaybackAndResumeContinues() throws Exception {
        speaker.speak("One. Two. Three.", Priority.NORMAL);
        engine.awaitSaid(1);
        speaker.pause();
        Thread.sleep(100);
        int paused = engine.said().size();
        Thread.sleep(300);
        assertThat(engine.said()).hasSize(paused);
        speaker.resume();
        assertThat(engine.awaitSaid(3)).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void replaceQueuedSwapsTheRestOfTheInitialDescription() throws Exception {
        engine.hold();
        speaker.speak("A window. With buttons. And text.", Priority.NORMAL);
        engine.awaitSaid(1);
        speaker.replaceQueued("A settings dialog with an okay button.");
        engine.open();
        assertThat(engine.awaitSaid(2)).containsExactly("A window.", "A settings dialog with an okay button.");
        Thread.sleep(200);
        assertThat(engine.said()).hasSize(2);
    }

    @Test
    void replaceQueuedAfterEverythingWasSpokenStillSpeaks() throws Exception {
        speaker.speak("Initial.", Priority.NORMAL);
        engine.awaitSaid(1);
        Thread.sleep(200);
        speaker.replaceQueued("Refined.");
        assertThat(engine.awaitSaid(2)).containsExactly("Initial.", "Refined.");
    }

    @Test
    void repeatLastSpeaksTheLastTextAgain() throws Exception {
        speaker.speak("Save the file with Ctrl+S.", Priority.NORMAL);
        engine.awaitSaid(1);
        speaker.repeatLast();
        assertThat(engine.awaitSaid(2)).containsExactly("Save the file with control S.", "Save the file with control S.");
    }

    @Test
    void earconsPlayUnlessTurnedOff() throws Exception {
        speaker.play(Earcon.WORKING);
        int earconBytes = Earcons.working(RecordingEngine.RATE).samples().length;
        awaitBytes(line, earconBytes);
        Thread.sleep(50);
        assertThat(line.bytesWritten()).isEqualTo(earconBytes);

        VirtualLine quiet = new VirtualLine(200, true, System::nanoTime);
        try (Speaker off = new QueuedSpeaker(new RecordingEngine(1), quiet,
                SpeechSettings.defaults().withEarcons(false), QueuedSpeaker.daemonThreads())) {
            off.play(Earcon.ERROR);
            Thread.sleep(200);
            assertThat(quiet.bytesWritten()).isZero();
        }
    }

    @Test
    void noAudioMeansNoSynthesisAndNothingBlocks() {
        Speaker textOnly = new QueuedSpeaker(engine, AudioOutput.none(), SpeechSettings.defaults(),
                QueuedSpeaker.daemonThreads());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(textOnly.audioAvailable()).isFalse();
            textOnly.speak("Hello there.", Priority.NORMAL);
            textOnly.speak("Now.", Priority.NOW);
            textOnly.pause();
            textOnly.resume();
            textOnly.stop();
            textOnly.close();
        });
        assertThat(engine.said()).isEmpty();
    }

    @Test
    void writeWavWorksWithoutAudioAndAfterCloseFailsClearly(@TempDir Path dir) throws Exception {
        Speaker textOnly = new QueuedSpeaker(engine, AudioOutput.none(), SpeechSettings.defaults(),
                QueuedSpeaker.daemonThreads());
        Path wav = dir.resolve("out.wav");
        textOnly.writeWav("Hello. World.", wav);
        assertThat(wav).exists();
        textOnly.close();
        assertThatThrownBy(() -> textOnly.writeWav("Hello.", wav))
                .isInstanceOfSatisfying(SpeechException.class,
                        e -> assertThat(e.reason()).isEqualTo(SpeechException.Reason.CLOSED));
    }

    @Test
    void closeWhilePausedMidSentenceReturnsPromptly() throws Exception {
        speaker.speak("A sentence to be paused in the middle of playback.", Priority.NORMAL);
        awaitBytes(line, 1000);
        speaker.pause();
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> speaker.close());
        assertThat(engine.closed()).isTrue();
    }

    @Test
    void callsNeverBlockTheCaller() {
        engine.hold();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 50; i++) {
                speaker.speak("Sentence number " + i + ".", i % 3 == 0 ? Priority.NEXT : Priority.NORMAL);
            }
            speaker.replaceQueued("Replacement.");
            speaker.play(Earcon.WORKING);
            speaker.stop();
        });
        engine.open();
    }

    @Test
    void aHugeTextIsPreparedOnTheSpeechThreadNotTheCallers() throws Exception {
        String ocr = "Line of screen text with a file.txt and 42% and $3.50.\n".repeat(2000);
        assertTimeoutPreemptively(Duration.ofMillis(100), () -> speaker.speak(ocr, Priority.NORMAL));
        assertThat(engine.awaitSaid(1).get(0)).isEqualTo(
                "Line of screen text with a file dot t x t and forty-two percent and three dollars fifty cents.");
    }

    static void awaitBytes(VirtualLine line, int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 5000;
        while (line.bytesWritten() < n && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        assertThat(line.bytesWritten()).isGreaterThanOrEqualTo(n);
    }
}
