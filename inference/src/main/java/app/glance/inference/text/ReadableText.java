package app.glance.inference.text;

import app.glance.inference.TextLine;
import app.glance.inference.ocr.LeadingIcon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text lines a person is shown and read: OCR's lines without those it read from a window's buttons or from an
 * icon alone. PP-OCR's Chinese recogniser reads a title bar's maximise and close buttons as "口×" or "口x", a file
 * manager's "up" arrow as "个", and other icons standing alone as single Chinese characters. On the English screens
 * Glance reads these are no text, and its voice cannot say them. Such a line is dropped when it is at most three
 * characters of Chinese, Japanese or Korean script (with a close button's "x" or "×", and a minimise button's "_" or
 * "1" before them); the buttons read at the end of a title's line ("Register f... the event 口 ×") are cut off it.
 * Longer lines in those scripts are kept. The kind check still reads every line: the buttons tell it where a window's
 * title bar is. Menu names read wrong where the menu bar underlines their first letter (a mnemonic: "Eile" for
 * "File", "Yiew" for "View"; PCManFM's menus were read so on 16 of 320 real_check shots) or with a digit ("G0") are
 * written right, where the line is a menu bar or stands beside one.
 */
public final class ReadableText {

    /** A misread menu name alone on its line is written right within this many lines of a line of menus. */
    static final int MENU_NEIGHBOURS = 2;
    /** At most this many characters of East Asian script make a line of icons. */
    static final int MAX_ICON_CHARS = 3;
    /** A window's buttons at the end of a line, after a space: "口×", "口 x", "□×". */
    private static final Pattern TRAILING_BUTTONS = Pattern.compile("\\s+[\u53e3\u25a1]\\s?[xX\u00d7]?$");

    /** A maximise button read as a white square. */
    private static final char WHITE_SQUARE = '\u25a1';

    private ReadableText() {
    }

    /** {@code lines} without icons and window buttons, and with menu names written right, in the same order. */
    public static List<TextLine> of(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            if (!iconsOnly(l.text())) {
                kept.add(withText(l, TRAILING_BUTTONS.matcher(l.text()).replaceFirst("")));
            }
        }
        List<TextLine> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            out.add(withText(kept.get(i), menus(kept, i)));
        }
        return out;
    }

    /** {@code l} with {@code text} (the same line where the text is the same). */
    private static TextLine withText(TextLine l, String text) {
        return text.equals(l.text()) ? l : new TextLine(text, l.confidence(), l.x(), l.y(), l.width(), l.height());
    }

    /**
     * The text of line {@code i} with misread menu names written right, where it is then a menu bar of two names or
     * more, or one name beside (within {@value #MENU_NEIGHBOURS} lines of) a line of menus; else as it is.
     */
    static String menus(List<TextLine> lines, int i) {
        String text = lines.get(i).text();
        String[] words = text.strip().split("\\s+");
        boolean changed = false;
        for (int w = 0; w < words.length; w++) {
            String right = menuName(words[w]);
            changed |= !right.equals(words[w]);
            words[w] = right;
        }
        if (!changed || !Arrays.stream(words).allMatch(KindCheck::menuName)) {
            return text;
        }
        if (words.length >= 2) {
            return String.join(" ", words);
        }
        for (int j = Math.max(0, i - MENU_NEIGHBOURS); j <= Math.min(lines.size() - 1, i + MENU_NEIGHBOURS); j++) {
            if (j != i && KindCheck.menuLine(lines.get(j).text())) {
                return words[0];
            }
        }
        return text;
    }

    /** {@code word} as the menu name it was misread for ("Eile" is "File", "G0" is "Go"), else as it is. */
    static String menuName(String word) {
        if (word.length() < 2 || KindCheck.menuName(word)) {
            return word;
        }
        List<String> guesses = new ArrayList<>();
        char first = word.charAt(0);
        if (first == 'E' || first == 'Y') { // an underlined F or V
            guesses.add((first == 'E' ? "F" : "V") + word.substring(1));
        }
        guesses.add(word.replace('0', 'o'));
        return guesses.stream().filter(KindCheck::menuName).findFirst().orElse(word);
    }

    /** Whether {@code text} is only icons or window buttons read as characters. */
    static boolean iconsOnly(String text) {
        String s = text.replace(" ", "");
        int start = 0;
        int end = s.length();
        if (end > 1 && (s.charAt(0) == '_' || s.charAt(0) == '1')) {
            start++; // a minimise button
        }
        if (end > start + 1 && "xX\u00d7".indexOf(s.charAt(end - 1)) >= 0) {
            end--; // a close button
        }
        String rest = s.substring(start, end);
        long count = rest.codePoints().count();
        return count >= 1 && count <= MAX_ICON_CHARS
                && rest.codePoints().allMatch(c -> LeadingIcon.eastAsian(c) || c == WHITE_SQUARE);
    }
}
