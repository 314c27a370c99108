package app.glance.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechQueueTest {
    private final SpeechQueue queue = new SpeechQueue();

    /** Plays the queue as the speech thread does: raw texts are split at "|" into chunks in their place. */
    private List<String> drain() {
        List<String> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            SpeechQueue.Chunk c = queue.poll();
            if (c.raw()) {
                queue.expand(c, Arrays.asList(c.text().split("\\|")));
            } else {
                out.add(c.audio() != null ? "<earcon>" : c.text());
            }
        }
        return out;
    }

    /** Takes one spoken chunk (expanding raw texts on the way). */
    private String speakOne() {
        SpeechQueue.Chunk c = queue.poll();
        while (c.raw()) {
            queue.expand(c, Arrays.asList(c.text().split("\\|")));
            c = queue.poll();
        }
        return c.text();
    }

    @Test
    void nextIsFifoAmongItselfAndAheadOfNormal() {
        queue.add(Priority.NORMAL, "n1a|n1b");
        queue.add(Priority.NEXT, "x1");
        queue.add(Priority.NORMAL, "n2");
        queue.add(Priority.NEXT, "x2a|x2b");
        assertThat(queue.size()).isEqualTo(4);
        assertThat(drain()).containsExactly("x1", "x2a", "x2b", "n1a", "n1b", "n2");
    }

    @Test
    void nextSpeechCanComeBetweenTheSentencesOfNormalSpeech() {
        queue.add(Priority.NORMAL, "n1|n2|n3");
        assertThat(speakOne()).isEqualTo("n1");
        queue.add(Priority.NEXT, "urgent");
        assertThat(drain()).containsExactly("urgent", "n2", "n3");
    }

    @Test
    void earconsGoWithNextSpeech() {
        queue.add(Priority.NORMAL, "n");
        queue.addEarcon(Earcons.working(16000));
        assertThat(drain()).containsExactly("<earcon>", "n");
    }

    @Test
    void replaceLastKeepsItsPlaceInTheQueue() {
        queue.add(Priority.NORMAL, "before");
        queue.add(Priority.NORMAL, "i1|i2|i3");
        assertThat(speakOne()).isEqualTo("before");
        assertThat(speakOne()).isEqualTo("i1");
        queue.replaceLast("r1|r2");
        queue.add(Priority.NORMAL, "after");
        assertThat(drain()).containsExactly("r1", "r2", "after");
    }

    @Test
    void replaceLastOnlyTouchesTheMostRecentText() {
        queue.add(Priority.NORMAL, "o1|o2");
        queue.add(Priority.NORMAL, "w1|w2");
        queue.replaceLast("r1");
        assertThat(drain()).containsExactly("o1", "o2", "r1");
    }

    @Test
    void replacingTwiceReplacesTheReplacement() {
        queue.add(Priority.NEXT, "i1");
        queue.replaceLast("b1");
        queue.replaceLast("c1");
        assertThat(drain()).containsExactly("c1");
    }

    @Test
    void replaceWhileTheTextIsBeingPreparedDropsItsRest() {
        queue.add(Priority.NORMAL, "i1|i2");
        SpeechQueue.Chunk preparing = queue.poll(); // the speech thread is normalising it
        queue.replaceLast("r1");
        queue.expand(preparing, List.of("i1", "i2"));
        assertThat(drain()).containsExactly("r1");
    }

    @Test
    void replaceWhenNothingIsLeftQueuesAsNormal() {
        queue.add(Priority.NORMAL, "i1");
        assertThat(speakOne()).isEqualTo("i1");
        queue.replaceLast("r1");
        assertThat(drain()).containsExactly("r1");
    }

    @Test
    void rawItemsCarryTheWholeTextForRepeat() {
        queue.add(Priority.NORMAL, "One. Two.");
        SpeechQueue.Chunk raw = queue.poll();
        assertThat(raw.raw()).isTrue();
        assertThat(raw.text()).isEqualTo("One. Two.");
    }

    @Test
    void clearEmptiesBothQueues() {
        queue.add(Priority.NORMAL, "a");
        queue.add(Priority.NEXT, "b");
        queue.clear();
        assertThat(queue.isEmpty()).isTrue();
    }
}
