package app.glance.inference.ocr;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts OCR lines in the order a sighted reader would take them, by a recursive XY-cut over the line boxes:
 * <ol>
 *   <li>columns of prose (or side-by-side blocks whose lines do not share baselines) are read one after the other,
 *       left to right;</li>
 *   <li>otherwise the block is cut at its widest horizontal gap and read top part first, so that tables are read
 *       row by row and a dialog reads title, message, then the row of buttons;</li>
 *   <li>lines that cannot be cut apart are grouped into rows by baseline, each row left to right.</li>
 * </ol>
 * Pure geometry: it never looks at the text.
 */
public final class ReadingOrder {

    /** A gutter between columns is at least this many line heights wide. */
    private static final double GUTTER_HEIGHTS = 1.0;
    /** Prose columns are at least this many line heights wide ... */
    private static final double PROSE_WIDTH_HEIGHTS = 12.0;
    /** ... and their typical line fills at least this share of the column. */
    private static final double PROSE_FILL = 0.6;
    /** A title's centre is at most this share of the block's width from the block's centre. */
    private static final double CENTRED_TITLE = 0.1;
    /** A header bar's lines overlap each other in height by at least this share of the lower line's height ... */
    private static final double HEADER_OVERLAP = 0.25;
    /** ... and lie within this many line heights from its top. */
    private static final double HEADER_HEIGHTS = 3.0;
    /** Boxes are shrunk by this share of their height at top and bottom before looking for horizontal gaps. */
    private static final double SHRINK = 0.2;

    private ReadingOrder() {
    }

    /**
     * The same lines, window by window: {@code windows} are boxes {x, y, width, height} in the image, front first
     * (the window with the focus is normally in front); each line belongs to the frontmost window that holds its
     * centre, each window's lines are read in order, and lines outside every window (the desktop, panels) come last.
     * Without windows this is {@link #sort}.
     */
    public static List<TextLine> byWindow(List<TextLine> lines, List<int[]> windows) {
        if (windows.isEmpty()) {
            return sort(lines);
        }
        List<List<TextLine>> groups = new ArrayList<>();
        for (int i = 0; i <= windows.size(); i++) {
            groups.add(new ArrayList<>());
        }
        for (TextLine line : lines) {
            double cx = line.x() + line.width() / 2.0;
            double cy = centerY(line);
            int owner = windows.size();
            for (int i = 0; i < windows.size(); i++) {
                int[] w = windows.get(i);
                if (cx >= w[0] && cx < w[0] + w[2] && cy >= w[1] && cy < w[1] + w[3]) {
                    owner = i;
                    break;
                }
            }
            groups.get(owner).add(line);
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        groups.forEach(g -> out.addAll(sort(g)));
        return List.copyOf(out);
    }

    /** The same lines, in reading order. */
    public static List<TextLine> sort(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        order(new ArrayList<>(lines), out);
        return List.copyOf(out);
    }

    private static void order(List<TextLine> block, List<TextLine> out) {
        if (block.size() <= 1) {
            out.addAll(block);
            return;
        }
        double height = medianHeight(block);
        List<List<TextLine>> columns = columns(block, height);
        boolean allProse = columns.stream().allMatch(c -> isProse(c, height));
        if (columns.size() > 1 && (allProse || !rowsAligned(columns, height))) {
            List<TextLine> top = allProse ? List.of() : topRow(block, height);
            if (!columns.get(0).containsAll(top)) {
                // a title centred above everything else, not at the head of the first column (a window's title over
                // its sidebar and its page), is read first, with a header bar's buttons and subtitle, row by row
                rows(new ArrayList<>(top), out);
                order(block.stream().filter(l -> !top.contains(l)).collect(Collectors.toCollection(ArrayList::new)),
                        out);
                return;
            }
            columns.forEach(c -> order(c, out));
            return;
        }
        List<List<TextLine>> parts = cutAtWidestGap(block);
        if (parts.size() == 2) {
            order(parts.get(0), out);
            order(parts.get(1), out);
            return;
        }
        rows(block, out);
    }

    /**
     * The lines on the block's topmost row where that row lies wholly above every other line and its widest line is
     * centred over the block (a window's title, with its buttons), else none. Read first where the block's columns,
     * side by side but not prose, would otherwise be read each down to its foot before it: Openbox's configuration
     * window, its title centred over a sidebar and a page, and Thunderbird's had their titles read 16th and 5th (stop
     * 28, by hand). A row that is not centred (a panel's name and clock, a page's header with its links, a
     * notification at a corner) stays where its columns put it: reading those first changed where the text of small
     * screens begins, and the captions that read it, for the worse (product_eval, stop 28). Columns of prose are read
     * one after the other whatever their first lines' heights.
     */
    private static List<TextLine> topRow(List<TextLine> block, double height) {
        TextLine first = block.stream().min(Comparator.comparingDouble(ReadingOrder::shrunkTop)).orElseThrow();
        List<TextLine> row = headerBar(block, first, height);
        double bottom = row.stream().mapToDouble(ReadingOrder::shrunkBottom).max().orElseThrow();
        boolean above = block.stream().allMatch(l -> row.contains(l) || shrunkTop(l) >= bottom);
        int left = block.stream().mapToInt(TextLine::x).min().orElseThrow();
        int right = block.stream().mapToInt(l -> l.x() + l.width()).max().orElseThrow();
        TextLine widest = row.stream().max(Comparator.comparingInt(TextLine::width)).orElseThrow();
        boolean centred = Math.abs(widest.x() + widest.width() / 2.0 - (left + right) / 2.0)
                <= CENTRED_TITLE * (right - left);
        // a header bar's title between its buttons: centred on its window, whose right end may hold no text
        boolean between = row.stream().anyMatch(l -> l.x() + l.width() < widest.x())
                && row.stream().anyMatch(l -> l.x() > widest.x() + widest.width());
        return above && (centred || between) && row.size() < block.size() ? row : List.of();
    }

    /**
     * The topmost line's row: the lines on its baseline, and those that overlap it or each other in height by at least
     * {@value #HEADER_OVERLAP} of the lower one's height, within {@value #HEADER_HEIGHTS} line heights from the top: a
     * GNOME header bar's title and subtitle between its buttons ("Open", "letter.txt" above "/tmp", "Save"), whose
     * button "Open", a little lower than the title, had been read at the head of the document's column and the title
     * after the document (gedit's and GNOME Text Editor's windows were "Glance cannot tell what kind of window this
     * is. The text on it begins "Open".", stop 40, by hand).
     */
    private static List<TextLine> headerBar(List<TextLine> block, TextLine first, double height) {
        List<TextLine> row = new ArrayList<>(block.stream().filter(l -> sameRow(l, first, height)).toList());
        double limit = first.y() + HEADER_HEIGHTS * height;
        // only the few lines near the top may join: the rest of the block is looked at once
        List<TextLine> near = new ArrayList<>(block.stream().filter(l -> l.y() + l.height() <= limit
                && !row.contains(l)).toList());
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Iterator<TextLine> it = near.iterator(); it.hasNext(); ) {
                TextLine l = it.next();
                if (row.stream().anyMatch(r -> overlap(r, l))) {
                    row.add(l);
                    it.remove();
                    grown = true;
                }
            }
        }
        return row;
    }

    /** Whether two lines overlap in height by at least {@value #HEADER_OVERLAP} of the lower one's height. */
    private static boolean overlap(TextLine a, TextLine b) {
        int shared = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        return shared >= HEADER_OVERLAP * Math.min(a.height(), b.height());
    }

    /** Splits the block at vertical gutters that run through its whole height; one group when there is none. */
    private static List<List<TextLine>> columns(List<TextLine> block, double height) {
        List<TextLine> byX = new ArrayList<>(block);
        byX.sort(Comparator.comparingInt(TextLine::x));
        double minGutter = Math.max(4, GUTTER_HEIGHTS * height);
        List<List<TextLine>> columns = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        int right = Integer.MIN_VALUE;
        for (TextLine line : byX) {
            if (!current.isEmpty() && line.x() - right >= minGutter) {
                columns.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            right = Math.max(right, line.x() + line.width());
        }
        columns.add(current);
        return columns;
    }

    private static boolean isProse(List<TextLine> column, double height) {
        if (column.size() < 2) {
            return false;
        }
        int left = column.stream().mapToInt(TextLine::x).min().orElse(0);
        int right = column.stream().mapToInt(l -> l.x() + l.width()).max().orElse(0);
        int width = right - left;
        double[] widths = column.stream().mapToDouble(TextLine::width).sorted().toArray();
        double medianWidth = widths[widths.length / 2];
        return width >= PROSE_WIDTH_HEIGHTS * height && medianWidth >= PROSE_FILL * width;
    }

    /**
     * True when most lines of all but the longest column sit on the same baseline as a line of another column: a
     * table, a row of buttons, or window controls beside a title, rather than a sidebar beside a page.
     */
    private static boolean rowsAligned(List<List<TextLine>> columns, double height) {
        int longest = 0;
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i).size() > columns.get(longest).size()) {
                longest = i;
            }
        }
        int aligned = 0;
        int total = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (i == longest) {
                continue;
            }
            for (TextLine line : columns.get(i)) {
                total++;
                for (int j = 0; j < columns.size(); j++) {
                    if (j != i && columns.get(j).stream().anyMatch(o -> sameRow(o, line, height))) {
                        aligned++;
                        break;
                    }
                }
            }
        }
        return aligned * 2 >= total;
    }

    private static boolean sameRow(TextLine a, TextLine b, double height) {
        return Math.abs(centerY(a) - centerY(b)) <= 0.35 * height;
    }

    /** Cuts the block in two at its widest horizontal gap; the block itself when there is no gap. */
    private static List<List<TextLine>> cutAtWidestGap(List<TextLine> block) {
        List<TextLine> byY = new ArrayList<>(block);
        byY.sort(Comparator.comparingDouble(ReadingOrder::shrunkTop));
        double bottom = shrunkBottom(byY.get(0));
        double widest = 0;
        double cut = Double.NaN;
        for (TextLine line : byY.subList(1, byY.size())) {
            double top = shrunkTop(line);
            if (top - bottom > widest) {
                widest = top - bottom;
                cut = (top + bottom) / 2;
            }
            bottom = Math.max(bottom, shrunkBottom(line));
        }
        if (Double.isNaN(cut)) {
            return List.of(block);
        }
        List<TextLine> above = new ArrayList<>();
        List<TextLine> below = new ArrayList<>();
        for (TextLine line : block) {
            (centerY(line) < cut ? above : below).add(line);
        }
        return above.isEmpty() || below.isEmpty() ? List.of(block) : List.of(above, below);
    }

    /** Groups lines into rows by their vertical centre, then reads each row left to right. */
    private static void rows(List<TextLine> block, List<TextLine> out) {
        byRows(block).forEach(out::addAll);
    }

    /**
     * The lines grouped into rows by their vertical centres, top to bottom: a line is in the row of the first line
     * whose centre is within half the smaller of their heights above it. Each row is left to right.
     */
    public static List<List<TextLine>> byRows(List<TextLine> lines) {
        List<TextLine> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(ReadingOrder::centerY));
        List<List<TextLine>> rows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (TextLine line : byY) {
            if (!row.isEmpty() && centerY(line) - centerY(row.get(0)) > 0.5 * Math.min(line.height(),
                    row.get(0).height())) {
                rows.add(leftToRight(row));
                row = new ArrayList<>();
            }
            row.add(line);
        }
        if (!row.isEmpty()) {
            rows.add(leftToRight(row));
        }
        return rows;
    }

    private static List<TextLine> leftToRight(List<TextLine> row) {
        row.sort(Comparator.comparingInt(TextLine::x));
        return row;
    }

    private static double medianHeight(List<TextLine> lines) {
        double[] heights = lines.stream().mapToDouble(TextLine::height).sorted().toArray();
        return Math.max(1, heights[heights.length / 2]);
    }

    private static double centerY(TextLine line) {
        return line.y() + line.height() / 2.0;
    }

    private static double shrunkTop(TextLine line) {
        return line.y() + SHRINK * line.height();
    }

    private static double shrunkBottom(TextLine line) {
        return line.y() + (1 - SHRINK) * line.height();
    }
}
