package app.glance.speech;

/** English words for numbers: cardinals, ordinals, years, decimals and digit strings. */
final class NumberWords {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};
    private static final String[][] SCALES = {{"", "1"}, {"thousand", "1000"}, {"million", "1000000"},
        {"billion", "1000000000"}, {"trillion", "1000000000000"}};

    private NumberWords() {
    }

    /** "1234" → "one thousand two hundred thirty-four"; strings longer than 15 digits are read digit by digit. */
    static String cardinal(String digits) {
        String d = digits.replace(",", "");
        if (d.length() > 15) {
            return spellDigits(d);
        }
        return cardinal(Long.parseLong(d));
    }

    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 20) {
            return ONES[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + ONES[(int) (n % 10)]);
        }
        if (n < 1000) {
            return ONES[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " " + cardinal(n % 100));
        }
        StringBuilder out = new StringBuilder();
        for (int i = SCALES.length - 1; i >= 1; i--) {
            long scale = Long.parseLong(SCALES[i][1]);
            if (n >= scale) {
                out.append(out.length() > 0 ? " " : "").append(cardinal(n / scale)).append(' ').append(SCALES[i][0]);
                n %= scale;
            }
        }
        if (n > 0) {
            out.append(' ').append(cardinal(n));
        }
        return out.toString();
    }

    /** 1 → "first", 22 → "twenty-second", 100 → "one hundredth". */
    static String ordinal(long n) {
        String c = cardinal(n);
        int cut = Math.max(c.lastIndexOf(' '), c.lastIndexOf('-')) + 1;
        String head = c.substring(0, cut);
        String last = c.substring(cut);
        String ord = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return head + ord;
    }

    /** 1999 → "nineteen ninety-nine", 2005 → "two thousand five", 2026 → "twenty twenty-six". */
    static String year(int y) {
        if (y < 1100 || y > 2099 || (y >= 2000 && y < 2010)) {
            return cardinal(y);
        }
        int hi = y / 100;
        int lo = y % 100;
        if (lo == 0) {
            return cardinal(hi) + " hundred";
        }
        return cardinal(hi) + (lo < 10 ? " oh " : " ") + cardinal(lo);
    }

    /** "3.14" → "three point one four"; "1,234.5" → "one thousand two hundred thirty-four point five". */
    static String decimal(String number) {
        String n = number.replace(",", "");
        int dot = n.indexOf('.');
        if (dot < 0) {
            return cardinal(n);
        }
        String whole = dot == 0 ? "zero" : cardinal(n.substring(0, dot));
        return whole + " point " + spellDigits(n.substring(dot + 1));
    }

    /** "007" → "zero zero seven". */
    static String spellDigits(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(out.length() > 0 ? " " : "").append(ONES[c - '0']);
            }
        }
        return out.toString();
    }
}
