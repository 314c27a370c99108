package app.glance.speech;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pending speech, NVDA style: items queued as {@link Priority#NEXT} (and earcons) go before {@link Priority#NORMAL}
 * ones. A {@code speak} call enters as one raw item (its whole text, one group); the speech thread normalises it off
 * the caller's thread and {@link #expand}s it into sentence chunks in its place. A refined text can replace what is
 * left of the group before it. Not thread-safe: the speaker guards it with its lock.
 */
final class SpeechQueue {

    /**
     * A raw text ({@code raw}: the whole text of a {@code speak} call), one normalised chunk of it, or an earcon
     * ({@code audio} set).
     */
    record Chunk(long group, String text, PcmAudio audio, boolean raw, boolean next) {
    }

    private final List<Chunk> next = new ArrayList<>();
    private final List<Chunk> normal = new ArrayList<>();
    private final Set<Long> replaced = new HashSet<>();
    private long groups;
    private long lastGroup = -1;

    void add(Priority priority, String text) {
        boolean isNext = priority != Priority.NORMAL;
        (isNext ? next : normal).add(new Chunk(++groups, text, null, true, isNext));
        lastGroup = groups;
    }

    void addEarcon(PcmAudio audio) {
        next.add(new Chunk(0, null, audio, false, true));
    }

    /**
     * Puts {@code text} where the rest of the most recent text still waits; if none of it waits (or it is being
     * prepared right now), queues it as normal speech and drops the rest of the old text when it is expanded.
     */
    void replaceLast(String text) {
        long old = lastGroup;
        replaced.add(old);
        Chunk fresh = new Chunk(++groups, text, null, true, false);
        lastGroup = groups;
        if (!replaceIn(next, true, old, fresh) && !replaceIn(normal, false, old, fresh)) {
            normal.add(fresh);
        }
    }

    /** Puts the chunks of a polled raw item at the head of its queue, unless its text was replaced meanwhile. */
    void expand(Chunk raw, List<String> chunks) {
        if (replaced.remove(raw.group())) {
            return;
        }
        List<Chunk> parts = new ArrayList<>(chunks.size());
        for (String c : chunks) {
            parts.add(new Chunk(raw.group(), c, null, false, raw.next()));
        }
        (raw.next() ? next : normal).addAll(0, parts);
    }

    boolean isEmpty() {
        return next.isEmpty() && normal.isEmpty();
    }

    /** The next item to handle; the queue must not be empty. */
    Chunk poll() {
        return next.isEmpty() ? normal.remove(0) : next.remove(0);
    }

    void clear() {
        next.clear();
        normal.clear();
        replaced.clear();
    }

    int size() {
        return next.size() + normal.size();
    }

    private static boolean replaceIn(List<Chunk> queue, boolean isNext, long group, Chunk fresh) {
        int at = -1;
        for (int i = 0; i < queue.size() && at < 0; i++) {
            at = queue.get(i).group() == group ? i : -1;
        }
        if (at < 0) {
            return false;
        }
        queue.removeIf(c -> c.group() == group);
        queue.add(at, new Chunk(fresh.group(), fresh.text(), null, true, isNext));
        return true;
    }
}
