package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A menu that is open on screen, read from its items' keyboard shortcuts: a menu (or a context menu) shows each item's
 * shortcut to its right, so in reading order an item comes first and its shortcut next, on a line of its own or at the
 * end of the item's line ("Save As...", "Shift+Ctrl+S"). Where the text holds {@value #MIN_SHORTCUTS} such shortcuts
 * or more, each after an item, Glance says the menu's items after its caption: "A menu is open: New, New Window, New
 * From Template, Open..., Open Recent, Save, Save As..., Save All, and 6 more." (Mousepad's File menu, which the
 * caption had left out, stop 39, by hand). A list of shortcuts that each come before what they do (a help page's, a
 * settings window's) is no menu.
 */
public final class OpenMenu {

    /** What the sentence begins with. */
    static final String OPEN = "A menu is open: ";
    /** At least this many shortcuts, each after an item, make a menu. */
    static final int MIN_SHORTCUTS = 3;
    /** At most this many items are said; the text pane shows them all. */
    static final int SAID_ITEMS = 8;
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
        return Optional.of(s.append('.').toString());
    }

    /**
     * The items of the open menu in {@code lines}, in order: from the first item that a shortcut follows to the last,
     * with the items between that have no shortcut ("Open Recent"); none where fewer than {@value #MIN_SHORTCUTS}
     * shortcuts follow an item. A shortcut follows an item at the end of its line, or as the next line in reading
     * order on the same row, to its right.
     */
    static List<String> items(List<TextLine> lines) {
        List<String> items = new ArrayList<>();
        int shortcuts = 0;
        int lastShortcutItems = 0;
        TextLine pending = null; // the line before, an item whose shortcut may come next
        for (TextLine l : lines) {
            String line = spaced(l.text());
            Matcher after = AFTER_ITEM.matcher(line);
            String item = null;
            if (ALONE.matcher(line).matches() || BEGINS.matcher(line).find()) {
                item = pending != null && rightOf(l, pending) ? spaced(pending.text()) : null;
                pending = null;
            } else if (after.matches() && item(after.group("item"))) {
                if (pending != null && shortcuts > 0) {
                    items.add(spaced(pending.text()));
                }
                item = after.group("item");
                pending = null;
            } else {
                if (pending != null && shortcuts > 0) {
                    items.add(spaced(pending.text()));
                }
                pending = item(line) ? l : null;
            }
            if (item != null) {
                items.add(item);
                shortcuts++;
                lastShortcutItems = items.size();
            }
        }
        return shortcuts >= MIN_SHORTCUTS ? List.copyOf(items.subList(0, lastShortcutItems)) : List.of();
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
