package app.glance.app.cache;

import app.glance.app.capture.Region;
import app.glance.inference.TextLine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the last capture of each target (the screen, a window, the saved region) as a {@link LumaGrid}, its
 * hash and its text lines, and says what changed since. A change is found on the grid: cells whose brightness
 * moved by more than {@value #CELL_LEVELS} levels, grouped into connected areas; the largest area's box (padded by
 * one cell) is what "what changed" describes. Holds no pixels.
 */
public final class ChangeTracker {

    /** A cell must change by this many brightness levels to count (a blinking cursor moves a cell by about 5). */
    static final float CELL_LEVELS = 10f;

    /** The last capture of one target. */
    public record Snapshot(LumaGrid grid, FrameHash hash, List<TextLine> text) {
        public Snapshot {
            text = List.copyOf(text);
        }
    }

    private final Cache<String, Snapshot> last = Caffeine.newBuilder().maximumSize(16).build();

    public Optional<Snapshot> previous(String target) {
        return Optional.ofNullable(last.getIfPresent(target));
    }

    public void remember(String target, Snapshot snapshot) {
        last.put(target, snapshot);
    }

    /** What changed from {@code before} to {@code after}. */
    public static Change compare(Snapshot before, LumaGrid after, FrameHash afterHash) {
        LumaGrid b = before.grid();
        if (b.width() != after.width() || b.height() != after.height()) {
            return new Change.Resized();
        }
        if (before.hash().isNear(afterHash)) {
            return new Change.None();
        }
        int n = LumaGrid.SIZE;
        boolean[] changed = new boolean[n * n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (Math.abs(b.cell(c, r) - after.cell(c, r)) > CELL_LEVELS) {
                    changed[r * n + c] = true;
                    count++;
                }
            }
        }
        if (count == 0) {
            return new Change.None();
        }
        int[] best = null; // c0, r0, c1, r1, cells
        int areas = 0;
        boolean[] seen = new boolean[n * n];
        for (int start = 0; start < n * n; start++) {
            if (changed[start] && !seen[start]) {
                areas++;
                int[] box = flood(changed, seen, start);
                if (best == null || box[4] > best[4]) {
                    best = box;
                }
            }
        }
        Region box = after.pixels(Math.max(0, best[0] - 1), Math.max(0, best[1] - 1), Math.min(n, best[2] + 1),
                Math.min(n, best[3] + 1));
        return new Change.Changed(box, areas, (double) count / (n * n));
    }

    /** One 8-connected area of changed cells: its bounds {c0, r0, c1 (exclusive), r1 (exclusive), cells}. */
    private static int[] flood(boolean[] changed, boolean[] seen, int start) {
        int n = LumaGrid.SIZE;
        int[] box = {n, n, 0, 0, 0};
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(start);
        seen[start] = true;
        while (!todo.isEmpty()) {
            int k = todo.pop();
            int c = k % n;
            int r = k / n;
            box[0] = Math.min(box[0], c);
            box[1] = Math.min(box[1], r);
            box[2] = Math.max(box[2], c + 1);
            box[3] = Math.max(box[3], r + 1);
            box[4]++;
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    int rr = r + dr;
                    int cc = c + dc;
                    if (rr >= 0 && rr < n && cc >= 0 && cc < n && changed[rr * n + cc] && !seen[rr * n + cc]) {
                        seen[rr * n + cc] = true;
                        todo.push(rr * n + cc);
                    }
                }
            }
        }
        return box;
    }

    /**
     * The text of the new capture for the next comparison: the old lines outside the changed box, plus the lines
     * read in the box (given in box coordinates, moved here into frame coordinates).
     */
    public static List<TextLine> mergeText(List<TextLine> before, Region box, List<TextLine> inBox) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : before) {
            if (new Region(l.x(), l.y(), Math.max(1, l.width()), Math.max(1, l.height())).intersect(box) == null) {
                out.add(l);
            }
        }
        for (TextLine l : inBox) {
            out.add(new TextLine(l.text(), l.confidence(), l.x() + box.x(), l.y() + box.y(), l.width(), l.height()));
        }
        return out;
    }
}
