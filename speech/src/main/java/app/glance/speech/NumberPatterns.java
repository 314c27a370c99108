package app.glance.speech;

import static app.glance.speech.ScreenPatterns.replace;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Reads dates, times, money, percentages, units, phone numbers, versions, ranges and plain numbers as words. */
final class NumberPatterns {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String MONTH_NAME = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:s|rs?)?\\b\\.?(?=,?\\s+"
            + "(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T(?=\\d))?\\b");
    private static final Pattern SLASH_DATE = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(-)?([$€£¥])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?(?!\\d)(\\s?(?:k|K|M|million|billion|bn)\\b)?");
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "\\b(\\d{1,3}(?:[.,]\\d{3})+|\\d+)(?:,(\\d{2}))?\\s?€");
    private static final Pattern PERCENT = Pattern.compile("(-)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?%");
    private static final Pattern UNIT = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?"
            + "(KB|MB|GB|TB|kB|Kb|Mb|Gb|px|Hz|kHz|MHz|GHz|ms|fps|dpi|km/h|mph|km|kg|cm|mm|min|mins|sec|secs|hrs|°C|°F|°)"
            + "(?![\\w])");
    private static final Map<String, String[]> UNITS = Map.ofEntries(unit("KB", "kilobyte"), unit("kB", "kilobyte"),
            unit("MB", "megabyte"), unit("GB", "gigabyte"), unit("TB", "terabyte"), unit("Kb", "kilobit"),
            unit("Mb", "megabit"), unit("Gb", "gigabit"), unit("px", "pixel"), unit("Hz", "hertz", "hertz"),
            unit("kHz", "kilohertz", "kilohertz"), unit("MHz", "megahertz", "megahertz"),
            unit("GHz", "gigahertz", "gigahertz"), unit("ms", "millisecond"), unit("fps", "frame per second",
                    "frames per second"), unit("dpi", "dot per inch", "dots per inch"),
            unit("km/h", "kilometre per hour", "kilometres per hour"), unit("mph", "mile per hour", "miles per hour"),
            unit("km", "kilometre"), unit("kg", "kilogram"), unit("cm", "centimetre"), unit("mm", "millimetre"),
            unit("min", "minute"), unit("mins", "minute"), unit("sec", "second"), unit("secs", "second"),
            unit("hrs", "hour"), unit("°C", "degree Celsius", "degrees Celsius"),
            unit("°F", "degree Fahrenheit", "degrees Fahrenheit"), unit("°", "degree"));
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,9})(st|nd|rd|th)\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.])(\\+\\d{1,3}[\\s.-]?)?(\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[.-]\\d{4}\\b");
    private static final Pattern VERSION = Pattern.compile("\\b((?:[Vv]ersion\\s+)?[vV]?)(\\d+)\\.(\\d+)\\.(\\d+)(?:\\.(\\d+))?\\b");
    private static final Pattern MULTIPLIER = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)[x×](?!\\w)");
    private static final Pattern RATING = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s?/\\s?(5|10|100)\\b");
    private static final Pattern LETTER_DASH_NUMBER = Pattern.compile("(?<=[A-Za-z])-(?=\\d)");
    private static final Pattern DIMENSIONS = Pattern.compile("\\b(\\d+)\\s?[x×]\\s?(\\d+)\\b");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{1,4})\\s?[-–]\\s?(\\d{1,4})\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\w])[-−](?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private NumberPatterns() {
    }

    static String apply(String text) {
        String s = replace(text, ISO_DATE, m -> date(m.group(1), m.group(2), m.group(3), m.group()));
        s = replace(s, SLASH_DATE, NumberPatterns::slashDate);
        s = replace(s, MONTH_DAY, m -> monthDay(m.group(1), m.group(2), m.group(3), false, m.group()));
        s = replace(s, DAY_MONTH, m -> monthDay(m.group(2), m.group(1), m.group(3), true, m.group()));
        s = replace(s, WEEKDAY, m -> WEEKDAYS.stream().filter(d -> d.startsWith(m.group(1))).findFirst().orElseThrow());
        s = replace(s, TIME, NumberPatterns::time);
        s = replace(s, NEGATIVE, m -> "minus ");
        s = replace(s, CURRENCY_BEFORE, NumberPatterns::currency);
        s = replace(s, CURRENCY_AFTER, m -> money(m.group(1).replaceAll("[.,]", ""), m.group(2), "€", ""));
        s = replace(s, PERCENT, m -> (m.group(1) == null ? "" : "minus ")
                + NumberWords.decimal(m.group(2) + (m.group(3) == null ? "" : m.group(3))) + " percent");
        s = replace(s, UNIT, NumberPatterns::unit);
        s = replace(s, ORDINAL, m -> NumberWords.ordinal(Long.parseLong(m.group(1))));
        s = replace(s, PHONE, m -> phone(m.group()));
        s = replace(s, VERSION, m -> (m.group(1).isEmpty() ? "" : "version ")
                + String.join(" dot ", cardinals(m.group(2), m.group(3), m.group(4), m.group(5))));
        s = replace(s, MULTIPLIER, m -> NumberWords.decimal(m.group(1)) + " times");
        s = replace(s, RATING, m -> NumberWords.decimal(m.group(1)) + " out of " + NumberWords.cardinal(m.group(2)));
        s = LETTER_DASH_NUMBER.matcher(s).replaceAll(" ");
        s = replace(s, DIMENSIONS, m -> NumberWords.cardinal(m.group(1)) + " by " + NumberWords.cardinal(m.group(2)));
        s = replace(s, RANGE, m -> number(m.group(1)) + " to " + number(m.group(2)));
        return replace(s, NUMBER, m -> number(m.group()));
    }

    /** Any plain number: "1,234.5", "007", "2026" (read as a year when 1900..2099). */
    static String number(String n) {
        if (n.contains(".")) {
            return NumberWords.decimal(n);
        }
        if (n.length() > 1 && n.startsWith("0")) {
            return NumberWords.spellDigits(n);
        }
        if (n.length() == 4 && n.compareTo("1900") >= 0 && n.compareTo("2099") <= 0) {
            return NumberWords.year(Integer.parseInt(n));
        }
        return NumberWords.cardinal(n);
    }

    private static String date(String year, String month, String day, String original) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return original;
        }
        return MONTHS.get(m - 1) + " " + NumberWords.ordinal(d) + ", " + NumberWords.year(Integer.parseInt(year));
    }

    /** 28/11/2026 is day first (28 cannot be a month); 11/28/2026 and ambiguous 3/4/2026 are month first (US). */
    private static String slashDate(MatchResult m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
        boolean dayFirst = a > 12 || m.group(2).equals(".");
        return dayFirst ? date(year, m.group(3), m.group(1), m.group()) : date(year, m.group(1), m.group(3), m.group());
    }

    private static String monthDay(String monthName, String day, String year, boolean dayFirst, String original) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return original;
        }
        String month = MONTHS.stream().filter(x -> x.startsWith(monthName.substring(0, 3))).findFirst().orElseThrow();
        String y = year == null ? "" : ", " + NumberWords.year(Integer.parseInt(year));
        return (dayFirst ? "the " + NumberWords.ordinal(d) + " of " + month : month + " " + NumberWords.ordinal(d)) + y;
    }

    private static String time(MatchResult m) {
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        String ampm = m.group(4);
        if (h > 23 || min > 59 || (ampm != null && (h > 12 || h == 0))) {
            return m.group();
        }
        String said = NumberWords.cardinal(h);
        if (min == 0) {
            said += ampm != null ? "" : (h == 0 || h > 12 ? " hundred" : " o'clock");
        } else {
            said += (min < 10 ? " oh " : " ") + NumberWords.cardinal(min);
        }
        if (m.group(3) != null) {
            said += " and " + NumberWords.cardinal(Integer.parseInt(m.group(3))) + " seconds";
        }
        if (ampm != null) {
            said += ampm.equalsIgnoreCase("a") ? " a m" : " p m";
        }
        return said;
    }

    private static String currency(MatchResult m) {
        String scale = m.group(5) == null ? "" : m.group(5).trim();
        String scaleSaid = switch (scale) {
            case "" -> "";
            case "k", "K" -> " thousand";
            case "M", "million" -> " million";
            default -> " billion";
        };
        String sign = m.group(1) == null ? "" : "minus ";
        return sign + money(m.group(3).replace(",", ""), m.group(4), m.group(2), scaleSaid);
    }

    private static String money(String whole, String cents, String symbol, String scale) {
        String[] names = switch (symbol) {
            case "$" -> new String[] {"dollar", "dollars", "cent", "cents"};
            case "€" -> new String[] {"euro", "euros", "cent", "cents"};
            case "£" -> new String[] {"pound", "pounds", "penny", "pence"};
            default -> new String[] {"yen", "yen", "sen", "sen"};
        };
        long w = Long.parseLong(whole);
        int c = cents == null ? 0 : Integer.parseInt(cents.length() == 1 ? cents + "0" : cents);
        if (!scale.isEmpty()) {
            String amount = cents == null ? NumberWords.cardinal(w) : NumberWords.decimal(whole + "." + cents);
            return amount + scale + " " + names[1];
        }
        String wholeSaid = NumberWords.cardinal(w) + " " + (w == 1 ? names[0] : names[1]);
        String centsSaid = NumberWords.cardinal(c) + " " + (c == 1 ? names[2] : names[3]);
        if (c == 0) {
            return wholeSaid;
        }
        return w == 0 ? centsSaid : wholeSaid + " " + centsSaid;
    }

    private static String unit(MatchResult m) {
        String n = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        String[] names = UNITS.get(m.group(3));
        boolean one = n.equals("1");
        return NumberWords.decimal(n) + " " + (one ? names[0] : names[1]);
    }

    private static String phone(String raw) {
        StringBuilder out = new StringBuilder(raw.startsWith("+") ? "plus " : "");
        for (String group : raw.split("[^0-9]+")) {
            if (!group.isEmpty()) {
                out.append(NumberWords.spellDigits(group)).append(", ");
            }
        }
        return out.substring(0, out.length() - 2);
    }

    private static List<String> cardinals(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null).map(NumberWords::cardinal).toList();
    }

    private static Map.Entry<String, String[]> unit(String symbol, String singular) {
        return unit(symbol, singular, singular + "s");
    }

    private static Map.Entry<String, String[]> unit(String symbol, String singular, String plural) {
        return Map.entry(symbol, new String[] {singular, plural});
    }
}
