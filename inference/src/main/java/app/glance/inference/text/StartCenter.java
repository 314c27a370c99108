package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LibreOffice's Start Center, the window it opens with no document: its column of places and of kinds of document to
 * create at the left ("Open File", "Recent Documents", "Create:", "Writer Document"), and the documents it shows at
 * the right, each named under its picture ("budget", "letter", "notes"). Said after the window's title: "It is
 * LibreOffice's Start Center, showing budget, letter and notes." (had been "An office suite: its title is
 * "LibreOffice"." alone, stop 48, captured): which documents a user can open again is what the window is for.
 */
public final class StartCenter {

    /** The column's lines that make it LibreOffice's: its recent documents' button and the heading of what it makes. */
    private static final Pattern RECENT = Pattern.compile("(?i)recent\\s*documents");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s*:?");
    /** A document's name is this many words at most; a longer line is the welcome's text where none is shown yet. */
    private static final int NAME_WORDS = 6;
    /** A document's name is at least this share of the column's lines' height (a picture's own small text is not). */
    private static final double NAME_HEIGHT = 0.5;
    /** At most this many documents are said, then how many more there are. */
    private static final int SAID_DOCUMENTS = 6;

    private StartCenter() {
    }

    /**
     * What Glance adds after {@code said}, a window's sentence (not a browser's page), where {@code lines} (with their
     * boxes) show the Start Center's column: the documents it shows right of the column, left to right and row by
     * row, or that it shows none.
     */
    public static Optional<String> onScreen(List<TextLine> lines, String said) {
        if (said.startsWith(BrowserFrame.BROWSER) || said.contains(" Start Center")) {
            return Optional.empty();
        }
        Optional<TextLine> recent = lines.stream().filter(l -> RECENT.matcher(l.text().strip()).matches()).findFirst();
        Optional<TextLine> create = lines.stream().filter(l -> CREATE.matcher(l.text().strip()).matches()).findFirst();
        if (recent.isEmpty() || create.isEmpty() || create.get().y() < recent.get().y()) {
            return Optional.empty();
        }
        // the column: the lines that begin within a line's height of the recent documents' button's left edge (or
        // of the heading "Create:" further left), from a little above that button down
        int columnLeft = Math.min(recent.get().x(), create.get().x());
        int top = recent.get().y() - 3 * recent.get().height();
        List<TextLine> column = lines.stream().filter(l -> l.x() <= recent.get().x() + recent.get().height()
                && l.x() >= columnLeft - recent.get().height() && l.y() >= top).toList();
        int right = column.stream().mapToInt(l -> l.x() + l.width()).max().orElseThrow();
        double height = column.stream().mapToInt(TextLine::height).sorted().skip(column.size() / 2).findFirst()
                .orElseThrow();
        List<TextLine> shown = lines.stream().filter(l -> l.x() > right && l.y() >= top
                && l.height() >= NAME_HEIGHT * height && KindCheck.lettered(l.text()))
                .sorted(Comparator.comparingInt(TextLine::y)).toList();
        // row by row (a row's names stand within a line's height of its first), each left to right
        List<String> names = new ArrayList<>();
        for (int i = 0; i < shown.size(); ) {
            int rowTop = shown.get(i).y();
            int end = i;
            while (end < shown.size() && shown.get(end).y() < rowTop + height) {
                end++;
            }
            shown.subList(i, end).stream().sorted(Comparator.comparingInt(TextLine::x))
                    .forEach(l -> names.add(l.text().strip()));
            i = end;
        }
        if (names.stream().anyMatch(n -> KindCheck.wordCount(n) > NAME_WORDS)) {
            return Optional.of("It is LibreOffice's Start Center, with no documents shown yet.");
        }
        if (names.isEmpty()) {
            return Optional.of("It is LibreOffice's Start Center.");
        }
        List<String> named = names.subList(0, Math.min(names.size(), SAID_DOCUMENTS));
        return Optional.of("It is LibreOffice's Start Center, showing " + (named.size() == names.size()
                ? KindCheck.joined(named) : String.join(", ", named) + " and " + (names.size() - named.size())
                + " more") + ".");
    }
}
