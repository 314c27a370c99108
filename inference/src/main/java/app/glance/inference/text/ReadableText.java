package app.glance.inference.text;

import app.glance.inference.TextLine;
import app.glance.inference.ocr.LeadingIcon;

import java.util.ArrayList;
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
 * title bar is.
 */
public final class ReadableText {

    /** At most this many characters of East Asian script make a line of icons. */
    static final int MAX_ICON_CHARS = 3;
    /** A window's buttons at the end of a line, after a space: "口×", "口 x", "□×". */
    private static final Pattern TRAILING_BUTTONS = Pattern.compile("\\s+[\u53e3\u25a1]\\s?[xX\u00d7]?$");

    /** A maximise button read as a white square. */
    private static final char WHITE_SQUARE = '\u25a1';

    private ReadableText() {
    }

    /** {@code lines} without icons and window buttons, in the same order. */
    public static List<TextLine> of(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            if (iconsOnly(l.text())) {
                continue;
            }
            String text = TRAILING_BUTTONS.matcher(l.text()).replaceFirst("");
            kept.add(text.equals(l.text()) ? l
                    : new TextLine(text, l.confidence(), l.x(), l.y(), l.width(), l.height()));
        }
        return kept;
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
