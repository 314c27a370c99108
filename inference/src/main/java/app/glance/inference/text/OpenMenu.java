package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A menu that is open on screen, read from its items' keyboard shortcuts: a menu (or a context menu) shows each item's
 * shortcut to its right on the same row, read as a line of its own or at the end of the item's line ("Save As...",
 * "Shift+Ctrl+S"). Where {@value #MIN_SHORTCUTS} such shortcuts or more stand beside items that line up in one
 * column, Glance says the menu's items after its caption: "A menu is open: New, New Window, New From Template,
 * Open..., Open Recent, Save, Save As..., Save All, and 6 more." (Mousepad's File menu, which the caption had left
 * out, stop 39, by hand). A list of shortcuts each to the left of what they do (a help page's, a settings window's)
 * is no menu.
 */
public final class OpenMenu {

    /** What the sentence begins with. */
    static final String OPEN = "A menu is open: ";
    /** At least this many shortcuts, each after an item, make a menu. */
    static final int MIN_SHORTCUTS = 3;
    /** At most this many items are said; the text pane shows them all. */
    static final int SAID_ITEMS = 8;
    /** The items of one menu begin within this many lines' height of each other, left to right. */
    private static final double COLUMN = 1.5;
    /** Below the last item with a shortcut, the menu's items follow with gaps of at most this many lines' height. */
    static final int ROW_GAP = 3;
    /** An item is a short line: at most this many words. */
    private static final int ITEM_WORDS = 5;

    /** A modifier key, as OCR reads it too ("CtrI", "Ctr1"). */
    private static final String MODIFIER = "(?:ctrl|ctr[l1i]|control|shift|alt|super|cmd|command|win|meta|option)";
    /** A key after the modifiers: a letter or digit ("Ctrl+0", OCR's "O"), a function key, or a named key. */
    private static final String KEY = "(?:[a-z0-9]|f\\d{1,2}|del(?:ete)?|ins(?:ert)?|home|end|pg ?up|pg ?dn"
            + "|page ?up|page ?down|tab|enter|return|esc(?:ape)?|space|backspace|left|right|up|down|plus|minus"
            + "|[-+=,./;'`\\[\\]])";
    /** A keyboard shortcut: modifiers joined by "+" (or "-") before a key, or a function key alone. */
    private static final String SHORTCUT = "(?:(?:" + MODIFIER + "\\s?[+-]\\s?)+" + KEY + "|f\\d{1,2})";
    private static final Pattern ALONE = Pattern.compile("(?i)^" + SHORTCUT + "$");
    /** An item with its shortcut on the same line: "Save As... Shift+Ctrl+S". */
    private static final Pattern AFTER_ITEM = Pattern.compile("(?i)^(?<item>.*\\S)\\s+" + SHORTCUT + "$");
    /** A shortcut that begins a line, with other text read after it ("Ctrl+N account. You may harm ..."). */
    private static final Pattern BEGINS = Pattern.compile("(?i)^" + SHORTCUT + "\\s");
    /** An item's name: it begins with a letter (its capital may be read small: "save") or a digit. */
    private static final Pattern ITEM = Pattern.compile("^[\\p{L}\\d].*$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private OpenMenu() {
    }

    /**
     * "A menu is open: ..." where {@code lines} (all of the screen's text, in reading order) show an open menu and
     * {@code said} (what Glance has said of the screen) does not speak of one, else empty.
     */
    public static Optional<String> sentence(List<TextLine> lines, String said) {
        if (said.toLowerCase(Locale.ROOT).contains("menu is open")) {
            return Optional.empty();
        }
        List<String> items = items(lines);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int say = items.size() > SAID_ITEMS + 1 ? SAID_ITEMS : items.size();
        StringBuilder s = new StringBuilder(OPEN).append(String.join(", ", items.subList(0, say)));
        if (say < items.size()) {
            s.append(", and ").append(items.size() - say).append(" more");
        }
        // no full stop after an item's own dots ("Preferences...")
        return Optional.of(s.charAt(s.length() - 1) == '.' ? s.toString() : s.append('.').toString());
    }

    /**
     * The items of the open menu in {@code lines}, from top to bottom: the column of items that the most shortcuts
     * stand beside (a submenu beside its menu is another column), each shortcut to the right of its item on the same
     * row, from the first such item to the last, with the items between that have no shortcut ("Open Recent") and
     * those that follow the last below it with no wider gap than {@value #ROW_GAP} lines' height ("Set Build
     * Commands"). None where fewer than {@value #MIN_SHORTCUTS} shortcuts stand beside one column's items.
     */
    static List<String> items(List<TextLine> lines) {
        return menu(lines).items();
    }

    /**
     * {@code lines} without the open menu's items and their shortcuts, where they show one: what the screen shows
     * behind the menu, for the check of the kind of window (a menu's "Save", "Print..." and "Close" are no dialog's
     * buttons: Mousepad's window with its File menu open had been "A dialog.", stop 39, by hand).
     */
    public static List<TextLine> without(List<TextLine> lines) {
        Set<TextLine> menu = Collections.newSetFromMap(new IdentityHashMap<>());
        menu.addAll(menu(lines).lines());
        return menu.isEmpty() ? lines : lines.stream().filter(l -> !menu.contains(l)).toList();
    }

    /** The open menu's items, and the lines of {@code lines} that hold them and their shortcuts. */
    private record Menu(List<String> items, List<TextLine> lines) {
    }

    private static Menu menu(List<TextLine> lines) {
        Map<TextLine, TextLine> candidates = new IdentityHashMap<>(); // lines that may be items: their item's name
        Map<TextLine, TextLine> named = new IdentityHashMap<>(); // items with a shortcut: its line (or the item's)
        List<TextLine> shortcuts = new ArrayList<>();
        for (TextLine l : lines) {
            String line = spaced(l.text());
            Matcher after = AFTER_ITEM.matcher(line);
            if (ALONE.matcher(line).matches() || BEGINS.matcher(line).find()) {
                shortcuts.add(l);
            } else if (after.matches() && item(after.group("item"))) {
                candidates.put(l, new TextLine(after.group("item"), l.confidence(), l.x(), l.y(), l.width(),
                        l.height()));
                named.put(l, l);
            } else if (item(line)) {
                candidates.put(l, l);
            }
        }
        for (TextLine s : shortcuts) { // the nearest item to its left on its row
            candidates.keySet().stream().filter(c -> rightOf(s, c))
                    .max(Comparator.comparingInt(c -> c.x() + c.width()))
                    .filter(c -> !named.containsKey(c)).ifPresent(c -> named.put(c, s));
        }
        List<TextLine> column = widestColumn(lines.stream().filter(named::containsKey).toList());
        if (column.size() < MIN_SHORTCUTS) {
            return new Menu(List.of(), List.of());
        }
        int x = median(column.stream().mapToInt(TextLine::x));
        int height = median(column.stream().mapToInt(TextLine::height));
        int top = column.stream().mapToInt(TextLine::y).min().orElseThrow();
        int bottom = column.stream().mapToInt(TextLine::y).max().orElseThrow();
        List<TextLine> inColumn = lines.stream().filter(c -> candidates.containsKey(c)
                && Math.abs(c.x() - x) <= COLUMN * height && c.y() >= top - height / 2)
                .sorted(Comparator.comparingInt(TextLine::y)).toList();
        List<String> items = new ArrayList<>();
        List<TextLine> menu = new ArrayList<>();
        int last = top;
        for (TextLine c : inColumn) {
            if (c.y() > bottom + height / 2 && c.y() - last > ROW_GAP * height) {
                break;
            }
            items.add(spaced(candidates.get(c).text()));
            menu.add(c);
            if (named.containsKey(c) && named.get(c) != c) {
                menu.add(named.get(c));
            }
            last = c.y();
        }
        return new Menu(items, menu);
    }

    /**
     * The items in {@code named} whose left edges line up (within {@value #COLUMN} lines' height of the first's), the
     * most of them; of as many, the column further right (a submenu, opened from its menu).
     */
    private static List<TextLine> widestColumn(List<TextLine> named) {
        List<TextLine> best = List.of();
        for (TextLine first : named) {
            List<TextLine> column = named.stream().filter(n -> Math.abs(n.x() - first.x())
                    <= COLUMN * Math.max(n.height(), first.height())).toList();
            if (column.size() > best.size() || column.size() == best.size() && !best.isEmpty()
                    && first.x() > best.get(0).x()) {
                best = column;
            }
        }
        return best;
    }

    private static int median(IntStream values) {
        int[] sorted = values.sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Whether {@code shortcut} stands to the right of {@code item}, on the same row. */
    private static boolean rightOf(TextLine shortcut, TextLine item) {
        double rowGap = Math.abs((shortcut.y() + shortcut.height() / 2.0) - (item.y() + item.height() / 2.0));
        return shortcut.x() >= item.x() + item.width() && rowGap <= Math.max(shortcut.height(), item.height()) / 2.0;
    }

    /** Whether {@code line} may be a menu's item: a short name that begins with a letter or a digit. */
    private static boolean item(String line) {
        return line.split(" ").length <= ITEM_WORDS && ITEM.matcher(line).matches() && LETTERS.matcher(line).find();
    }
}
