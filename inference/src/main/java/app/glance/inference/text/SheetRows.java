package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet's rows, read by where their lines stand: its row numbers ("1", "2", "3") one above the other at the
 * left of the grid, its columns' letters above it ("A", "B", "C"), and the cells beside each number. Said after a
 * spreadsheet's window: "Row 1 reads: Month, Rent, Groceries, Transport, Utilities, Total. 7 rows are filled.", and
 * after a browser's page: "It shows a spreadsheet. Row 1 reads: ...". LibreOffice Calc with a household budget open
 * was its title alone, and a page like Google Sheets its tab's title alone (stop 47, captured); the cells are what a
 * user opened them for.
 */
public final class SheetRows {

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,4}");
    /** A column's letters above the grid, as OCR reads them ("c" for C, "0" for O, "A." with a speck). */
    private static final Pattern COLUMN_LETTER = Pattern.compile("[A-Za-z0]{1,2}\\.?");
    /** At least this many row numbers read in a run, one above the other, make a grid's row headers. */
    private static final int MIN_ROWS = 3;
    /** Row numbers of one grid stand within this many of their heights of each other's left edge. */
    private static final double SAME_COLUMN = 1.5;
    /** A cell stands on a row where its middle is within this share of the rows' spacing from the row's middle. */
    private static final double ON_ROW = 0.4;
    /** A cell's border that OCR read into its text, before a capital: "llRent" (Gnumeric's, stop 48). */
    private static final Pattern CELL_BORDER = Pattern.compile("^[|l]{1,2}(?=\\p{Lu})");
    /** At most this many cells of a row are said, then how many more it has. */
    private static final int SAID_CELLS = 8;

    /** At the detailed level, at most this many more filled rows are said ({@link #more}). */
    private static final int MORE_ROWS = 3;
    /** What {@link #onScreen} says of the first filled row, and finds it by in what was said: "Row 1 reads: ". */
    private static final String READS = " reads: ";
    private static final Pattern READ_ROW = Pattern.compile("\\bRow (\\d{1,4})" + READS);

    private SheetRows() {
    }

    /**
     * What Glance adds after {@code said}, where it names a spreadsheet or a browser's page and says no more than its
     * kind or title, from {@code lines} (with their boxes): the first filled row's cells, and how many rows are
     * filled. Empty where no grid of row numbers under its columns' letters, with cells beside them, is read.
     */
    public static Optional<String> onScreen(List<TextLine> lines, String said) {
        boolean page = said.startsWith(BrowserFrame.BROWSER);
        if (!said.startsWith("A spreadsheet") && !page || said.contains(READS) || said.contains(" shows ")) {
            return Optional.empty();
        }
        // the grid's own letters above it say it is a spreadsheet's ("A", "B", "C"), on a page (Google Sheets') as
        // in a window the model may have taken for one (a document's numbered lines are none)
        Optional<Grid> grid = grid(lines);
        if (grid.isEmpty() || !lettered(lines, grid.get())) {
            return Optional.empty();
        }
        List<List<String>> rows = rows(lines, grid.get());
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
        return Optional.of((page ? "It shows a spreadsheet. " : "") + "Row " + (filled.get(0) + 1) + READS
                + said(rows.get(filled.get(0))) + "." + count);
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
     * show row numbers from 1 or 2 on, one above the other in a column at the left of their cells; else none.
     */
    static List<List<String>> rows(List<TextLine> lines) {
        return grid(lines).map(g -> rows(lines, g)).orElse(List.of());
    }

    /** As {@link #rows(List)}, in the grid {@code g} that the row numbers among {@code lines} make. */
    private static List<List<String>> rows(List<TextLine> lines, Grid g) {
        int right = gridEnd(lines, g);
        List<List<String>> rows = new ArrayList<>();
        for (int k = 1; k <= g.rows(); k++) {
            double row = g.middle(k);
            rows.add(lines.stream().filter(l -> l.x() >= g.left() && l.x() < right
                            && Math.abs(middle(l) - row) <= ON_ROW * g.spacing())
                    .sorted(Comparator.comparingInt(TextLine::x)).map(l -> CELL_BORDER.matcher(l.text().strip())
                            .replaceFirst("")).toList());
        }
        return rows;
    }

    /**
     * A grid's rows: the middles of the row numbers read (number to middle), the distance from one row to the next,
     * how many rows its numbers reach, and where its cells begin (right of its numbers).
     */
    private record Grid(NavigableMap<Integer, Integer> read, double spacing, int rows, int left) {
        /** Row {@code row}'s middle: its number's, where read; else between the nearest read above and below. */
        double middle(int row) {
            Map.Entry<Integer, Integer> above = read.floorEntry(row);
            Map.Entry<Integer, Integer> below = read.ceilingEntry(row);
            if (above == null) {
                return below.getValue() - (below.getKey() - row) * spacing;
            }
            if (below == null || below.getKey().equals(above.getKey())) {
                return above.getValue() + (row - above.getKey()) * spacing;
            }
            return above.getValue() + (double) (below.getValue() - above.getValue()) * (row - above.getKey())
                    / (below.getKey() - above.getKey());
        }
    }

    /**
     * Where the columns' letters ({@link #COLUMN_LETTER}) stand above {@code grid}'s row 1 ends at the right: a
     * column's width (the median of the letters' distances) past the last letter; no end where fewer than
     * {@value #MIN_ROWS} are read. A sidebar's icons beside the grid are no cells (Calc's, read as "国").
     */
    private static int gridEnd(List<TextLine> lines, Grid grid) {
        List<TextLine> letters = letters(lines, grid);
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
     * The lines that may be the columns' letters, on the row above {@code grid}'s row 1 and right of its numbers (not
     * the name box's "A1" read as "Al", at the left of the formula bar), left first: those on the row that most of
     * them stand on (the formula bar's "X" a little higher, within three rows of the grid on a screen scaled by two,
     * is none: Gnumeric's at 2732 by 1536, stop 48).
     */
    private static List<TextLine> letters(List<TextLine> lines, Grid grid) {
        double top = grid.middle(1);
        List<TextLine> near = lines.stream().filter(l -> COLUMN_LETTER.matcher(l.text().strip()).matches()
                && l.x() >= grid.left() && middle(l) < top - ON_ROW * grid.spacing()
                && middle(l) > top - 3 * grid.spacing()).toList();
        if (near.isEmpty()) {
            return near;
        }
        int row = near.stream().mapToInt(SheetRows::middle).sorted().toArray()[near.size() / 2];
        return near.stream().filter(l -> Math.abs(middle(l) - row) <= ON_ROW * grid.spacing())
                .sorted(Comparator.comparingInt(TextLine::x)).toList();
    }

    /**
     * Whether the grid's columns' letters are read above its rows, from "A" on in the alphabet's order, three or
     * more (one OCR missed aside: "A.", "B", "D", Google Sheets' in 16 colours).
     */
    private static boolean lettered(List<TextLine> lines, Grid grid) {
        List<String> read = letters(lines, grid).stream().map(l -> l.text().replaceAll("[^\\p{L}\\d]", "")
                .replace('0', 'O').toUpperCase(Locale.ROOT)).toList();
        if (read.size() < MIN_ROWS || !read.get(0).equals("A")) {
            return false;
        }
        // "A" to "Z", then "AA", "AB": shorter first, then in the alphabet's order
        Comparator<String> order = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        for (int i = 1; i < read.size(); i++) {
            if (order.compare(read.get(i), read.get(i - 1)) <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The grid that the row numbers make: a run from 1 or 2 on, one above the other in the same column, each next
     * number one row's spacing lower (two where OCR missed the one between); the longest run of {@value #MIN_ROWS}
     * numbers read or more; else none.
     */
    private static Optional<Grid> grid(List<TextLine> lines) {
        List<TextLine> numbers = lines.stream().filter(l -> ROW_NUMBER.matcher(l.text().strip()).matches()).toList();
        Optional<Grid> best = Optional.empty();
        int bestRead = 0;
        for (TextLine anchor : numbers) {
            int first = Integer.parseInt(anchor.text().strip());
            if (first > 2) {
                continue;
            }
            NavigableMap<Integer, Integer> read = new TreeMap<>(Map.of(first, middle(anchor)));
            int right = anchor.x() + anchor.width();
            while (true) {
                Map.Entry<Integer, Integer> last = read.lastEntry();
                double spacing = spacing(read);
                Optional<TextLine> next = Optional.empty();
                for (int skip = 1; skip <= 2 && next.isEmpty() && (skip == 1 || spacing > 0); skip++) {
                    String wanted = String.valueOf(last.getKey() + skip);
                    double expected = spacing * skip;
                    next = numbers.stream().filter(l -> l.text().strip().equals(wanted)
                            && middle(l) > last.getValue() && sameColumn(l, anchor)
                            && (spacing < 0 || Math.abs(middle(l) - last.getValue() - expected) <= ON_ROW * spacing))
                            .min(Comparator.comparingInt(SheetRows::middle));
                }
                if (next.isEmpty()) {
                    break;
                }
                read.put(Integer.parseInt(next.get().text().strip()), middle(next.get()));
                right = Math.max(right, next.get().x() + next.get().width());
            }
            if (read.size() >= MIN_ROWS && read.size() > bestRead) {
                bestRead = read.size();
                best = Optional.of(new Grid(read, spacing(read), read.lastKey(), right));
            }
        }
        return best;
    }

    /** The rows' spacing that the numbers {@code read} (row to middle) give, from the first to the last; -1 for one. */
    private static double spacing(NavigableMap<Integer, Integer> read) {
        return read.size() < 2 ? -1 : (double) (read.lastEntry().getValue() - read.firstEntry().getValue())
                / (read.lastKey() - read.firstKey());
    }

    /** Whether two row numbers stand in one column: their left edges or their middles within a few heights. */
    private static boolean sameColumn(TextLine a, TextLine b) {
        double near = SAME_COLUMN * Math.max(a.height(), b.height());
        return Math.abs(a.x() - b.x()) <= near || Math.abs(a.x() + a.width() / 2.0 - b.x() - b.width() / 2.0) <= near;
    }

    private static int middle(TextLine l) {
        return l.y() + l.height() / 2;
    }
}
