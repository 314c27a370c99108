package app.glance.inference.text;

import app.glance.inference.TextLine;
import app.glance.inference.ocr.ReadingOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A dialog's list of several columns, read by where its lines stand: the columns' headings side by side on one row
 * ("Printer", "Status"), then rows whose cells start under them. OCR reads each cell as a line of its own, or two
 * cells close together as one line ("HP Deskjet 2700 Out of paper", zenity's list, stop 45, captured), which is
 * split at the word nearest to where the next column starts. Said after the dialog: "Its rows: Office laser, Ready;
 * Canon MG3600, Offline; HP Deskjet 2700, Out of paper." Read as lines alone, a list of two columns had been one list,
 * its cells interleaved (tried and dropped at stop 44).
 */
public final class ListRows {

    /** A column's heading is a line of at most this many words, with a letter first. */
    private static final int HEADING_WORDS = 3;
    private static final Pattern HEADING = Pattern.compile("\\p{Lu}[\\p{L}\\d .&()-]*");
    /** A cell starts under its column's heading within this many line heights. */
    private static final double UNDER = 1.0;
    /** A row follows the one above within this many line heights. */
    private static final double NEXT_ROW = 2.5;
    /** At least this many rows make a list ... */
    private static final int MIN_ROWS = 2;
    /** ... and at most this many are said, then how many more there are. */
    private static final int SAID_ROWS = 6;

    private ListRows() {
    }

    /**
     * What Glance adds after {@code said}, where it names a dialog, and {@code lines} (in reading order, with their
     * boxes) hold a list of two columns or more under their headings: "Its rows: ...". Empty otherwise.
     */
    public static Optional<String> onScreen(List<TextLine> lines, String said) {
        if (!KindCheck.namesDialog(said) || said.contains("Its rows:")) {
            return Optional.empty();
        }
        List<String> listed = listed(lines);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        int more = listed.size() - SAID_ROWS;
        return Optional.of("Its rows: " + String.join("; ", listed.subList(0, Math.min(SAID_ROWS, listed.size())))
                + (more > 0 ? "; and " + more + " more" : "") + ".");
    }

    /**
     * {@code caption} without the model's count of rows ("containing 2 rows") where the lines, asked of {@code lines}
     * only when it states one, hold a list of another number of rows: zenity's list of five was "Probably a list
     * dialog ..., containing 2 rows." (stop 45, `real_check`'s shots).
     */
    public static String withoutWrongCount(String caption, Supplier<List<TextLine>> lines) {
        OptionalInt said = Grounding.rowCount(caption);
        if (said.isEmpty()) {
            return caption;
        }
        int listed = listed(lines.get()).size();
        return listed > 0 && listed != said.getAsInt() ? Grounding.withoutRowCount(caption) : caption;
    }

    /** The rows of the first list under its headings among {@code lines}, each its cells joined; none where none. */
    private static List<String> listed(List<TextLine> lines) {
        List<List<TextLine>> rows = ReadingOrder.byRows(lines);
        for (int h = 0; h < rows.size(); h++) {
            List<TextLine> heading = rows.get(h);
            if (heading.size() < 2 || !heading.stream().allMatch(ListRows::heading)) {
                continue;
            }
            List<String> listed = cells(heading, rows.subList(h + 1, rows.size()));
            if (listed.size() >= MIN_ROWS) {
                return listed;
            }
        }
        return List.of();
    }

    /** The rows under {@code heading}, each its cells joined ("Office laser, Ready"), up to the first that is none. */
    private static List<String> cells(List<TextLine> heading, List<List<TextLine>> below) {
        double[] starts = heading.stream().mapToDouble(TextLine::x).toArray();
        List<String> out = new ArrayList<>();
        TextLine last = heading.get(0);
        for (List<TextLine> row : below) {
            double height = row.get(0).height();
            if (row.get(0).y() - (last.y() + last.height()) > NEXT_ROW * height) {
                break;
            }
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (TextLine cell : row) {
                int at = column(starts, cell.x(), height);
                if (at < column) {
                    return out;
                }
                // a line over the next column's start holds two cells: split at the word nearest to it
                if (at + 1 < starts.length && cell.x() + cell.width() > starts[at + 1] + height) {
                    String[] split = split(cell, starts[at + 1]);
                    if (split.length < 2) {
                        return out;
                    }
                    cells.add(split[0]);
                    cells.add(split[1]);
                    column = at + 2;
                } else {
                    cells.add(cell.text().strip());
                    column = at + 1;
                }
            }
            if (column(starts, row.get(0).x(), height) != 0 || cells.size() < 2) {
                break;
            }
            out.add(String.join(", ", cells));
            last = row.get(0);
        }
        return out;
    }

    /** The column whose heading a cell starting at {@code x} is under, or -1 where none. */
    private static int column(double[] starts, double x, double height) {
        for (int i = 0; i < starts.length; i++) {
            if (Math.abs(x - starts[i]) <= UNDER * height) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A line of two cells split where the next column starts, at {@code next} in the picture: at the space nearest
     * to the share of its characters that lies before it; one piece where it has no space.
     */
    private static String[] split(TextLine line, double next) {
        String text = line.text().strip();
        double share = (next - line.x()) / line.width();
        int want = (int) Math.round(share * text.length());
        int best = -1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - want) < Math.abs(best - want)) {
                best = i;
            }
        }
        return best < 0 ? new String[] {text} : new String[] {text.substring(0, best).strip(),
            text.substring(best + 1).strip()};
    }

    private static boolean heading(TextLine line) {
        String t = line.text().strip();
        return HEADING.matcher(t).matches() && KindCheck.wordCount(t) <= HEADING_WORDS;
    }
}
