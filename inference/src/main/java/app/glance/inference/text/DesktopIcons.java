package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A desktop of icons and no window, told by where its text is: every line (apart from a panel's, along the top or
 * the bottom edge) is a short label centred under an icon, in narrow columns near the left or the right edge, the
 * labels of one column spaced well apart (an icon between them), a long name wrapped onto two lines. What Glance says
 * follows the training corpus's words: "A desktop with 5 icons, starting with "Holiday photos2" and "Budget
 * 2026.ods"." The bundled model called a black desktop with five icons "a terminal" (stop 27, by hand); the corpus's
 * desktops all had a wallpaper.
 * <p>
 * A sidebar's items are left-aligned, not centred, and follow each other a line apart; a window's text lies
 * elsewhere on the screen: either makes this no desktop.
 */
public final class DesktopIcons {

    /** A panel's lines lie within this share of the height from the top or the bottom edge. */
    static final double PANEL = 0.06;
    /** The icons' columns lie within this share of the width from the left or the right edge. */
    static final double ICON_AREA = 0.35;
    /** One column of labels is at most this share of the width wide. */
    static final double COLUMN_WIDTH = 0.12;
    /** A label has at most this many words. */
    static final int LABEL_WORDS = 3;
    /** The labels of one icon are at most this many lines high apart; two icons at least {@value #ICON_GAP}. */
    static final double WRAP_GAP = 0.8;
    static final double ICON_GAP = 1.5;
    /** The centres of one column's lines are at most this many line heights apart (and at least 6 pixels). */
    static final double CENTRED = 0.4;
    /** Two columns' centres are at least this many line heights apart (an icon and its margins are that wide). */
    static final double COLUMN_SPACING = 3.0;
    /** How many labels are quoted. */
    private static final int QUOTED = 2;
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** A window's count of what it shows, a line of its own: "2 images", "[11 items", "5 files (134.0 KiB)". */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\W{0,2}\\d{1,6}\\s+(?:items?|images?|files?|folders?"
            + "|photos?|pictures?|videos?|songs?|documents?)\\b.{0,40}");
    /** The model's own words for a desktop, among a caption's first words. */
    private static final Pattern NAMED = Pattern.compile("(?i)^(?:probably )?(?:a|the) desktop\\b");

    private DesktopIcons() {
    }

    /**
     * Whether {@code lines} (in an image {@code width} by {@code height}) could be a desktop's icons' labels: the
     * cheap test, made on the first lines before all of the text is awaited.
     */
    public static boolean couldBe(List<TextLine> lines, int width, int height) {
        return icons(lines, width, height).isPresent();
    }

    /** What Glance says of a desktop of icons that {@code lines} show, or nothing. */
    public static Optional<String> over(List<TextLine> lines, int width, int height) {
        return icons(lines, width, height).filter(icons -> icons.size() >= 2).map(icons -> {
            List<String> quoted = icons.stream().limit(QUOTED)
                    .map(label -> "\"" + KindCheck.quote(label, LABEL_WORDS * 2) + "\"").toList();
            return "A desktop with " + icons.size() + " icons, starting with " + String.join(" and ", quoted) + ".";
        });
    }

    /** Whether {@code caption} names a desktop first, as the model was trained to. */
    public static boolean named(String caption) {
        return NAMED.matcher(caption).find();
    }

    /** Whether {@code caption} is what {@link #over} says. */
    static boolean says(String caption) {
        return caption.startsWith("A desktop with ") && caption.contains(" icons, starting with ");
    }

    /**
     * The icons' labels (a wrapped name's lines joined), column by column from the edge, each top to bottom; nothing
     * where the lines are no desktop's.
     */
    private static Optional<List<String>> icons(List<TextLine> lines, int width, int height) {
        // a count of what a window shows, in its status bar along the edge, is no desktop's (Gwenview's folder of two
        // pictures, "2 images" below them, was "A desktop with 2 icons", stop 49, captured)
        // nor are a title bar's buttons, in a panel's band too (Wine's Control Panel in the screen's top left corner,
        // its title and menus in that band, its applets' names below, was "A desktop with 3 icons", stop 53, captured)
        if (lines.stream().anyMatch(l -> COUNTED.matcher(l.text().strip()).matches()
                || KindCheck.titleBarButtons(l.text()))) {
            return Optional.empty();
        }
        List<TextLine> labels = lines.stream().filter(l -> l.y() > PANEL * height
                && l.y() + l.height() < (1 - PANEL) * height && !l.text().isBlank()).toList();
        // a title bar's buttons or a shell's prompt are a window's (a terminal over a photo wallpaper, its title, its
        // buttons and its prompt in a column, was "A desktop with 3 icons", stop 33)
        if (labels.isEmpty() || labels.stream().anyMatch(l -> WORDS.split(l.text().strip()).length > LABEL_WORDS
                || KindCheck.windowLine(l.text()))) {
            return Optional.empty();
        }
        // a dialog's answers alone are its buttons, its question above them in a panel's band (zenity's "No" and "Yes"
        // below its question near the top of a 2732 by 1536 screen were "A desktop with 2 icons", stop 48)
        if (labels.stream().allMatch(l -> KindCheck.buttons(l.text()))) {
            return Optional.empty();
        }
        int left = labels.stream().mapToInt(TextLine::x).min().orElseThrow();
        int right = labels.stream().mapToInt(l -> l.x() + l.width()).max().orElseThrow();
        boolean atLeft = right <= ICON_AREA * width;
        boolean atRight = left >= (1 - ICON_AREA) * width;
        if (!atLeft && !atRight) {
            return Optional.empty();
        }
        Optional<List<List<TextLine>>> columns = columns(labels);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        List<List<TextLine>> fromEdge = new ArrayList<>(columns.get());
        if (!atLeft) {
            Collections.reverse(fromEdge); // icons arranged from the right edge (macOS): the column at the edge first
        }
        List<String> icons = new ArrayList<>();
        for (List<TextLine> column : fromEdge) {
            Optional<List<String>> inColumn = column(column, width);
            if (inColumn.isEmpty()) {
                return Optional.empty();
            }
            icons.addAll(inColumn.get());
        }
        return Optional.of(icons);
    }

    /**
     * The lines grouped into columns by their centres, left to right: a line whose centre is within {@value #CENTRED}
     * of a line's height of the one before it (and at least 6 pixels) is in its column; nothing where two columns are
     * closer than {@value #COLUMN_SPACING} lines' heights (a sidebar's items, left-aligned).
     */
    private static Optional<List<List<TextLine>>> columns(List<TextLine> labels) {
        double lineHeight = labels.stream().mapToInt(TextLine::height).sorted().toArray()[labels.size() / 2];
        double near = Math.max(6, CENTRED * lineHeight);
        List<TextLine> byX = new ArrayList<>(labels);
        byX.sort(Comparator.comparingDouble(DesktopIcons::centre));
        List<List<TextLine>> columns = new ArrayList<>();
        double before = Double.NEGATIVE_INFINITY;
        for (TextLine l : byX) {
            if (centre(l) - before > near) {
                if (!columns.isEmpty() && centre(l) - centre(columns.get(columns.size() - 1).get(0))
                        < COLUMN_SPACING * lineHeight) {
                    return Optional.empty();
                }
                columns.add(new ArrayList<>());
            }
            columns.get(columns.size() - 1).add(l);
            before = centre(l);
        }
        return Optional.of(columns);
    }

    /** One column's icons, top to bottom; nothing where its lines are not centred labels spaced as icons are. */
    private static Optional<List<String>> column(List<TextLine> column, int width) {
        double lineHeight = column.stream().mapToInt(TextLine::height).sorted().toArray()[column.size() / 2];
        int left = column.stream().mapToInt(TextLine::x).min().orElseThrow();
        int right = column.stream().mapToInt(l -> l.x() + l.width()).max().orElseThrow();
        if (right - left > COLUMN_WIDTH * width) {
            return Optional.empty();
        }
        List<TextLine> byY = new ArrayList<>(column);
        byY.sort(Comparator.comparingInt(TextLine::y));
        List<String> icons = new ArrayList<>();
        StringBuilder label = new StringBuilder(byY.get(0).text().strip());
        int bottom = byY.get(0).y() + byY.get(0).height();
        for (TextLine l : byY.subList(1, byY.size())) {
            double gap = l.y() - bottom;
            if (gap <= WRAP_GAP * lineHeight) {
                label.append(' ').append(l.text().strip()); // a long name wrapped onto a second line
            } else if (gap >= ICON_GAP * lineHeight) {
                icons.add(label.toString());
                label = new StringBuilder(l.text().strip());
            } else {
                return Optional.empty(); // a list's items, a line or so apart
            }
            bottom = l.y() + l.height();
        }
        icons.add(label.toString());
        return Optional.of(icons);
    }

    private static double centre(TextLine l) {
        return l.x() + l.width() / 2.0;
    }
}
