package app.glance.inference.ocr;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as PP-OCR reads them in some fonts (terminals', editors' monospaced ones), mended: a zero read as the letter
 * "o" and a one as "l", "I" or "i" ("restarted at 1o:35", "opens at 6:oo PM", "$l,6o5", "due within 3o days", "202l":
 * the real windows of {@code training.real_check}, stop 51), which a speech voice reads as letters. Only where the
 * whole token is a time, an amount of money, a number with thousands, a count or a year: words, names and codes keep
 * their letters.
 */
public final class Numbers {

    /** What OCR reads for a digit: the digit, or a letter of the same shape. */
    private static final String DIGIT = "[\\doOlIi|g]";
    /** A time: hours and minutes, maybe AM or PM ("1o:35", "6:oo PM", "i:22 PM", "4:og PM"). */
    private static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\d:.])(" + DIGIT + "{1,2}):(" + DIGIT
            + "{2})(?![\\p{L}\\d:])(\\s?[AaPp]\\.?[Mm]\\.?(?!\\p{L}))?");
    /**
     * A time of day before AM or PM, its last digit read twice: "6:300 PM" (an xterm, stop 51). Minutes have two
     * digits, so the doubled one is said once.
     */
    private static final Pattern DOUBLED_MINUTE = Pattern.compile("(?<![\\p{L}\\d:.])(\\d{1,2}:[0-5](\\d))\\2"
            + "(?=\\s?[AaPp]\\.?[Mm]\\.?(?!\\p{L}))");
    /** An amount after a currency's sign: "$4l.80", "$l,6o5". */
    private static final Pattern MONEY = Pattern.compile("(?<=[$\u00a3\u20ac\u00a5])([\\doOlI]{1,3}(?:,[\\doOlI]{3})*"
            + "(?:\\.[\\doOlI]{2})?)(?![\\p{L}\\d])");
    /** A number with thousands, its sign lost too: "is now l,325" (a terminal's "$1,325"). */
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\p{L}\\d.,])([\\dlI][\\doOlI]{0,2}"
            + "(?:,[\\doOlI]{3})+(?:\\.[\\doOlI]{2})?)(?![\\p{L}\\d])");
    /** A count or a number with zeros read as "o": "3o", "2oo", "1o5" (begins with a digit). */
    private static final Pattern ZEROS = Pattern.compile("(?<![\\p{L}\\d.,_/-])(\\d[\\doO]*[oO][\\doO]*)"
            + "(?![\\p{L}\\d_/:-]|\\.\\p{L})");
    /**
     * A year, one of its digits read as a letter: "202l", "l999", "2o26", also in a range of years ("1999-202l"),
     * not after a word's hyphen ("file-2o26").
     */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d.,_/])(?<!\\p{L}-)([12lI][09oO][\\doOlI]{2})"
            + "(?![\\p{L}\\d_/]|[.-]\\p{L})");
    /** Real digits a token must hold before its letters are taken for digits. */
    private static final int TIME_DIGITS = 3;
    private static final int YEAR_DIGITS = 2;
    private static final int THOUSANDS_DIGITS = 3;
    private static final int LAST_HOUR = 23;
    private static final int LAST_MINUTE = 59;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private Numbers() {
    }

    /** {@code line} with the digits OCR read as letters in its times, amounts, numbers, counts and years. */
    public static String mended(String line) {
        // zeros first: a time's "0o" minutes ("1o:0o", Mousepad, stop 51) are then real digits that bear the time out
        String l = ZEROS.matcher(line).replaceAll(m -> digitsOf(m.group(1)));
        l = DOUBLED_MINUTE.matcher(l).replaceAll("$1");
        l = TIME.matcher(l).replaceAll(m -> Matcher.quoteReplacement(time(m)));
        l = MONEY.matcher(l).replaceAll(m -> digits(m.group(1)) > 0 ? digitsOf(m.group(1)) : "$0");
        l = THOUSANDS.matcher(l).replaceAll(m -> digits(m.group(1)) >= THOUSANDS_DIGITS ? digitsOf(m.group(1)) : "$0");
        return YEAR.matcher(l).replaceAll(m -> {
            String year = digitsOf(m.group(1));
            int y = Integer.parseInt(year);
            return digits(m.group(1)) >= YEAR_DIGITS && y >= FIRST_YEAR && y <= LAST_YEAR ? year : "$0";
        });
    }

    /**
     * A time with its digits, where it holds {@value #TIME_DIGITS} real digits or is followed by AM or PM and holds
     * one, and is a time of day once mended; else as it was.
     */
    private static String time(MatchResult m) {
        String hours = m.group(1);
        String minutes = m.group(2);
        boolean meridiem = m.group(3) != null;
        int real = digits(hours) + digits(minutes);
        if (real == hours.length() + minutes.length() || real < (meridiem ? 1 : TIME_DIGITS)
                || !meridiem && (hours + minutes).indexOf('g') >= 0) {
            return m.group();
        }
        String h = digitsOf(hours);
        String min = digitsOf(minutes);
        if (Integer.parseInt(h) > LAST_HOUR || Integer.parseInt(min) > LAST_MINUTE) {
            return m.group();
        }
        return h + ":" + min + (meridiem ? m.group(3) : "");
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    /** {@code s} with each letter that looks like a digit as that digit: o and O as 0, l, I, i and | as 1, g as 9. */
    private static String digitsOf(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case 'o', 'O' -> '0';
                case 'l', 'I', 'i', '|' -> '1';
                case 'g' -> '9';
                default -> c;
            });
        }
        return out.toString();
    }
}
