package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet's rows, read by where their lines stand: its row numbers ("1", "2", "3") one above the other at the
 * left of the grid, and the cells beside each. Said after a spreadsheet's window: "Row 1 reads: Month, Rent,
 * Groceries, Transport, Utilities, Total. 7 rows are filled." LibreOffice Calc with a household budget open was its
 * title alone (stop 47, captured); the cells are what a user opened it for.
 */
public final class SheetRows {

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,4}");
    /** A column's letters above the grid, as OCR reads them ("c" for C, "0" for O). */
    private static final Pattern COLUMN_LETTER = Pattern.compile("[A-Za-z0]{1,2}");
    /** At least this many row numbers in a run, one above the other, make a grid's row headers. */
    private static final int MIN_ROWS = 3;
    /** Row numbers of one grid stand within this many of their heights of each other's left edge. */
    private static final double SAME_COLUMN = 1.5;
    /** A cell stands on a row where its middle is within this share of the rows' spacing from the row's middle. */
    private static final double ON_ROW = 0.4;
    /** At most this many cells of a row are said, then how many more it has. */
    private static final int SAID_CELLS = 8;
    /** Rows of a grid lie at most this many row spacings apart. */
    private static final double SPACING = 1.6;

    /** At the detailed level, at most this many more filled rows are said ({@link #more}). */
    private static final int MORE_ROWS = 3;
    /** What {@link #onScreen} says of the first filled row, and finds it by in what was said: "Row 1 reads: ". */
    private static final String READS = " reads: ";
    private static final Pattern READ_ROW = Pattern.compile("\\bRow (\\d{1,4})" + READS);

    private SheetRows() {
    }

    /**
     * What Glance adds after {@code said}, where it names a spreadsheet and says no more than its kind or title, from
     * {@code lines} (with their boxes): the first filled row's cells, and how many rows are filled. Empty where no
     * grid of row numbers with cells beside them is read.
     */
    public static Optional<String> onScreen(List<TextLine> lines, String said) {
        if (!said.startsWith("A spreadsheet") || said.contains(READS) || said.contains(" shows ")) {
            return Optional.empty();
        }
        List<List<String>> rows = rows(lines);
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty()) {
                filled.add(i);
            }
        }
        if (filled.isEmpty()) {
            return Optional.empty();
        }
        String count = filled.size() == 1 ? " It is the only row filled." : " " + filled.size() + " rows are filled.";
        return Optional.of("Row " + (filled.get(0) + 1) + READS + said(rows.get(filled.get(0))) + "." + count);
    }

    /**
     * What Glance adds at the detailed level after {@code said}, where it read a spreadsheet's first filled row
     * ({@link #onScreen}): the next {@value #MORE_ROWS} filled rows, "Row 2: January, 950, 310, 85, 120, 1465. Row 3:
     * ...".
     */
    public static Optional<String> more(List<TextLine> lines, String said) {
        Matcher first = READ_ROW.matcher(said);
        if (!first.find()) {
            return Optional.empty();
        }
        List<List<String>> rows = rows(lines);
        StringBuilder more = new StringBuilder();
        int told = 0;
        for (int i = Integer.parseInt(first.group(1)); i < rows.size() && told < MORE_ROWS; i++) {
            List<String> cells = rows.get(i);
            if (!cells.isEmpty()) {
                more.append(more.isEmpty() ? "" : " ").append("Row ").append(i + 1).append(": ").append(said(cells))
                        .append('.');
                told++;
            }
        }
        return more.isEmpty() ? Optional.empty() : Optional.of(more.toString());
    }

    /** A row's cells as said: the first {@value #SAID_CELLS}, then how many more. */
    private static String said(List<String> cells) {
        return String.join(", ", cells.subList(0, Math.min(SAID_CELLS, cells.size())))
                + (cells.size() > SAID_CELLS ? ", and " + (cells.size() - SAID_CELLS) + " more" : "");
    }

    /**
     * The grid's rows from its first, each its cells left to right (empty where none is read), where {@code lines}
     * show row numbers 1, 2, 3 and on, one above the other in a column at the left of their cells; else none.
     */
    static List<List<String>> rows(List<TextLine> lines) {
        List<TextLine> headers = headers(lines);
        if (headers.isEmpty()) {
            return List.of();
        }
        double spacing = (double) (middle(headers.get(headers.size() - 1)) - middle(headers.get(0)))
                / (headers.size() - 1);
        int left = headers.stream().mapToInt(h -> h.x() + h.width()).max().orElseThrow();
        int right = gridEnd(lines, middle(headers.get(0)), spacing);
        List<List<String>> rows = new ArrayList<>();
        for (TextLine header : headers) {
            double row = middle(header);
            rows.add(lines.stream().filter(l -> l.x() >= left && l.x() < right
                            && Math.abs(middle(l) - row) <= ON_ROW * spacing)
                    .sorted(Comparator.comparingInt(TextLine::x)).map(l -> l.text().strip()).toList());
        }
        return rows;
    }

    /**
     * Where the grid ends at the right: a column's width (the median of the letters' distances) past its last
     * letter, the letters read on the row above row 1 (its middle at {@code firstRow}); no end where fewer than
     * {@value #MIN_ROWS} are read. A sidebar's icons beside the grid are no cells (Calc's, read as "国").
     */
    private static int gridEnd(List<TextLine> lines, int firstRow, double spacing) {
        List<TextLine> letters = lines.stream().filter(l -> COLUMN_LETTER.matcher(l.text().strip()).matches()
                && middle(l) < firstRow - ON_ROW * spacing && middle(l) > firstRow - 3 * spacing)
                .sorted(Comparator.comparingInt(TextLine::x)).toList();
        if (letters.size() < MIN_ROWS) {
            return Integer.MAX_VALUE;
        }
        // the median distance between letters read next to each other: a letter OCR missed makes one gap wider
        int[] gaps = new int[letters.size() - 1];
        for (int i = 1; i < letters.size(); i++) {
            gaps[i - 1] = letters.get(i).x() - letters.get(i - 1).x();
        }
        Arrays.sort(gaps);
        TextLine last = letters.get(letters.size() - 1);
        return last.x() + last.width() + gaps[gaps.length / 2];
    }

    /**
     * The row numbers from 1 on, one above the other, each under the last within {@value #SPACING} spacings and in
     * the same column: the longest such run that begins with 1, of {@value #MIN_ROWS} or more; else none.
     */
    private static List<TextLine> headers(List<TextLine> lines) {
        List<TextLine> numbers = lines.stream().filter(l -> ROW_NUMBER.matcher(l.text().strip()).matches()).toList();
        List<TextLine> best = List.of();
        for (TextLine one : numbers) {
            if (!one.text().strip().equals("1")) {
                continue;
            }
            List<TextLine> run = new ArrayList<>(List.of(one));
            double spacing = -1;
            while (true) {
                TextLine last = run.get(run.size() - 1);
                String next = String.valueOf(run.size() + 1);
                double gap = spacing;
                Optional<TextLine> below = numbers.stream().filter(l -> l.text().strip().equals(next)
                        && middle(l) > middle(last)
                        && Math.abs(l.x() - one.x()) <= SAME_COLUMN * one.height()
                        && (gap < 0 || middle(l) - middle(last) <= SPACING * gap))
                        .min(Comparator.comparingInt(SheetRows::middle));
                if (below.isEmpty()) {
                    break;
                }
                if (spacing < 0) {
                    spacing = middle(below.get()) - middle(last);
                }
                run.add(below.get());
            }
            if (run.size() >= MIN_ROWS && run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }

    private static int middle(TextLine l) {
        return l.y() + l.height() / 2;
    }
}
