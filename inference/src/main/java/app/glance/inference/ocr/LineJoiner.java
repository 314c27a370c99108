package app.glance.inference.ocr;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Joins the words of one line that PP-OCR's detector found as separate boxes. Where letters are spaced wide (a
 * terminal's monospaced text: vim, man pages), the detector often breaks a line at its spaces into boxes that touch
 * or nearly touch, and each box read alone became a "line" of its own ("We are happy", "to", "welcome", "Karen").
 * A box on the same row that starts where the one before it ends, at most {@value #GAP_HEIGHTS} of the taller one's
 * height after it, continues its line when it begins with a small letter ("to", "welcome") or the text before ends
 * in a comma. Menu names, links, a name and its time ("Ann Lee", "9:55 PM") begin with capitals or digits, and stay
 * apart, as the captioner was trained to read them. Nothing continues a single character (an icon read as a letter:
 * "\u56fd") nor a file's name or a word cut by a hyphen ("musics.mkv", "member.og-"): icons' names stand side by side
 * in a file manager's grid.
 *
 * <p>Measured on the boxes of 40 real windows (`real_check` shots, stop 24), in heights of the taller box: words of
 * vim's lines lay from 0.6 over the box before to 0.59 after it; a man page's justified lines spread their words up to
 * 1.0 apart (those after 0.7 stay apart); icons' names in a grid lay 0.39 and from 0.86 apart, a file list's column
 * headings 0.79, a calculator's keys from 1.05 and a dialog's buttons from 2.4.
 */
public final class LineJoiner {

    /** The widest gap within a line, in line heights (of the taller box). */
    static final double GAP_HEIGHTS = 0.7;
    /** A box that overlaps the one before by more than this (in heights of the lower box) is not its next word. */
    static final double OVERLAP_HEIGHTS = 0.75;
    /** Boxes of one row share at least this share of the lower box's height. */
    static final double SHARED_HEIGHT = 0.6;

    /** The end of a file's name ("notes.txt", "a.tar.gz") or of a word cut by a hyphen ("member.og-"). */
    private static final Pattern ITEM_END = Pattern.compile("\\.\\p{L}[\\p{L}\\d]{0,3}$|\\p{L}-$");

    /** A line goes on in a word that starts with a small letter ("to", "welcome"). */
    private static final Pattern LOWER_START = Pattern.compile("\\p{Ll}");

    private LineJoiner() {
    }

    /** {@code before} and {@code next} as one line, when {@code next} continues it; empty otherwise. */
    public static Optional<TextLine> join(TextLine before, TextLine next) {
        int low = Math.min(before.height(), next.height());
        int high = Math.max(before.height(), next.height());
        int shared = Math.min(before.y() + before.height(), next.y() + next.height()) - Math.max(before.y(), next.y());
        int gap = next.x() - (before.x() + before.width());
        if (shared < SHARED_HEIGHT * low || gap < -OVERLAP_HEIGHTS * low || gap > GAP_HEIGHTS * high
                || before.text().strip().length() < 2 || ITEM_END.matcher(before.text()).find()
                || !(LOWER_START.matcher(next.text()).lookingAt() || before.text().endsWith(","))) {
            return Optional.empty();
        }
        int x = Math.min(before.x(), next.x());
        int y = Math.min(before.y(), next.y());
        int right = Math.max(before.x() + before.width(), next.x() + next.width());
        int bottom = Math.max(before.y() + before.height(), next.y() + next.height());
        int a = before.text().length();
        int b = next.text().length();
        float confidence = (before.confidence() * a + next.confidence() * b) / Math.max(1, a + b);
        return Optional.of(new TextLine(before.text() + " " + next.text(), confidence, x, y, right - x, bottom - y));
    }

    /** {@code lines} in their order, each line joined with the ones after it that continue it. */
    public static List<TextLine> joinAll(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            append(out, line);
        }
        return out;
    }

    /** Adds {@code next} to the end of {@code lines}, joined to their last line when it continues it. */
    public static void append(List<TextLine> lines, TextLine next) {
        Optional<TextLine> joined = lines.isEmpty() ? Optional.empty() : join(lines.get(lines.size() - 1), next);
        if (joined.isPresent()) {
            lines.set(lines.size() - 1, joined.get());
        } else {
            lines.add(next);
        }
    }
}
