package app.glance.inference.ocr;

import java.util.regex.Pattern;

/**
 * Dates and times as PP-OCR reads them in tight text, mended: the day, the month and the year run together
 * ("Date:1December2026", "Thursday,3December" on pages made like an invoice and a dashboard, stop 51), which a
 * speech voice reads as one odd word. Spaces are put back between a day and its month's name, a month's name and its
 * year, a file's size and the month of its date ("ls -l"), a date in figures and its time, a time and its AM or PM, a
 * weekday's comma and the day after it, and a label's colon and the date after it; October's O read as a zero is
 * mended. Numbers, codes and file names ("report_12Mar2026.pdf") stay as they are.
 */
public final class Dates {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    /** Nothing of a code or a file name may stand right before a date: a letter, a digit or a joining sign. */
    private static final String STARTS = "(?<![\\p{L}\\d._/\\\\-])";
    /** Nor right after it: a letter, a digit, or a joining sign before more of a name ("Mar2026.pdf"). */
    private static final String ENDS = "(?![\\p{L}\\d_/\\\\-]|\\.\\w)";
    /** "1December", "15Dec": a day of one or two digits, then a month's name. */
    private static final Pattern DAY_MONTH = Pattern.compile(STARTS + "(\\d{1,2})(" + MONTH + ")(?=\\d{4}"
            + ENDS + "|" + ENDS + ")");
    /** "December2026": a month's name, then a year. */
    private static final Pattern MONTH_YEAR = Pattern.compile(STARTS + "(" + MONTH + ")(\\d{4})" + ENDS);
    /** "456033May 4": a file's size run into the month of its date, in a listing ("ls -l"). */
    private static final Pattern SIZE_MONTH = Pattern.compile("(?<=\\d{3})(?=" + MONTH + " +\\d{1,2}\\b)");
    /** "12/03/2606:34": a date in figures with the time after it run in (PCManFM's column of dates). */
    private static final Pattern DATE_TIME = Pattern.compile(STARTS + "(\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}))((?:[01]?\\d|2[0-3]):[0-5]\\d)"
            + "(?![\\d:])");
    /** A time with AM or PM run into it: "4:14PM" (after a date run into it too: "10/3/20262:20PM"). */
    private static final Pattern TIME_MERIDIEM = Pattern.compile("(?<![\\d:])(\\d{1,2}:\\d{2})([AaPp][Mm])(?!\\p{L})");
    /** "0ctober": a month's first letter O read as a zero. */
    private static final Pattern ZERO_MONTH = Pattern.compile("(?<![\\p{L}\\d])0(?=ctober\\b|ct\\b)");
    /** "Thursday,3": a weekday's comma with the day run into it. */
    private static final Pattern WEEKDAY_COMMA = Pattern.compile(STARTS + "(" + WEEKDAY + "),(?=\\d{1,2} " + MONTH
            + "\\b)");
    /** "Date:1 December": a label's colon with the date run into it. */
    private static final Pattern LABEL_COLON = Pattern.compile("(?<=\\p{L}{2}):(?=\\d{1,2} " + MONTH + "\\b)");

    private Dates() {
    }

    /** {@code line} with the spaces of its dates put back; everything else as it is. */
    public static String mended(String line) {
        String l = ZERO_MONTH.matcher(line).replaceAll("O");
        l = DAY_MONTH.matcher(l).replaceAll("$1 $2");
        l = MONTH_YEAR.matcher(l).replaceAll("$1 $2");
        l = SIZE_MONTH.matcher(l).replaceAll(" ");
        l = DATE_TIME.matcher(l).replaceAll("$1 $2");
        l = TIME_MERIDIEM.matcher(l).replaceAll("$1 $2");
        l = WEEKDAY_COMMA.matcher(l).replaceAll("$1, ");
        return LABEL_COLON.matcher(l).replaceAll(": ");
    }
}
