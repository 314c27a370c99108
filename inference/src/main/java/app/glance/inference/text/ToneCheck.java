package app.glance.inference.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words about how the picture looks are checked against its pixels ({@link Palette}), as {@link Grounding} checks
 * quotes against the OCR text: "in a dark theme" or "light text on a dark background" needs dark pixels, "in a light
 * theme" light ones, "mostly navy" needs navy to cover at least a tenth of the picture. A claim the pixels do not
 * bear out goes with the words that introduce it; a whole sentence that only makes that claim ("The interface uses a
 * dark theme with blue accents.") goes whole. A small model says these things from habit (it called a white dialog
 * "light text on a dark background"); a low-vision user may rely on them to find a window.
 */
public final class ToneCheck {

    /** Enough dark (or light) pixels for a dark (light) claim: a dark theme's window is far from all-dark. */
    static final double TONE_SHARE = 0.3;
    /** Enough of a named colour for a theme's accents: buttons and highlights are small. */
    static final double ACCENT_SHARE = 0.005;
    /** Enough of a named colour for "mostly <colour>": the corpus names colours that cover more than 12 %. */
    static final double COLOUR_SHARE = 0.1;

    private static final String COLOUR = Palette.names().stream().map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));

    private static final Pattern SENTENCE_CLAIM = Pattern.compile(
            "(?i)(?:The (?:interface|window frames?) uses? an? (dark|light)(?: theme)?"
                    + "(?: with (" + COLOUR + ") accents)?[^.]*"
                    + "|Overall the picture is mostly (" + COLOUR + ")(?: and (" + COLOUR + "))?)\\.\\s*");
    private static final Pattern TONE = Pattern.compile(
            "(?i),?\\s*(?:in|using|with|on) (?:an? )?(?:mostly )?(dark|light)\\s+(?:theme|mode|look|background)\\b"
                    + "|,?\\s*(?:and |with |showing )?(light|dark) text on an? (?:dark|light) background\\b");
    private static final Pattern MOSTLY = Pattern.compile(
            "(?i),?\\s*(?:on a |the (?:screen|picture) )?mostly (" + COLOUR + ")(?: and (" + COLOUR + "))?"
                    + "(?: (?:screen|picture))?\\b");

    private ToneCheck() {
    }

    /** The caption without the claims about tone and colour that {@code palette} contradicts. */
    public static String apply(String caption, Palette palette) {
        String s = replace(SENTENCE_CLAIM, caption, m -> m.group(1) != null
                ? tone(m.group(1), palette) && (m.group(2) == null || accent(m.group(2), palette))
                : colours(m.group(3), m.group(4), palette));
        s = replace(TONE, s, m -> m.group(1) != null ? tone(m.group(1), palette)
                : tone(m.group(2).equalsIgnoreCase("light") ? "dark" : "light", palette)); // light text = dark page
        s = replace(MOSTLY, s, m -> colours(m.group(1), m.group(2), palette));
        return s.equals(caption) ? caption : Grounding.tidy(s);
    }

    private static boolean tone(String word, Palette p) {
        // the windows' tone, a desktop around them aside: a theme is the windows'. Where windows stand on a desktop,
        // theirs alone: a desktop of the same tone is not the windows' ("light text on a dark background" for a white
        // window on a dark purple desktop); elsewhere the whole picture's may be a maximised window's
        double dark = p.windowed() ? p.windowDark() : Math.max(p.dark(), p.windowDark());
        double light = p.windowed() ? p.windowLight() : Math.max(p.light(), p.windowLight());
        return (word.equalsIgnoreCase("dark") ? dark : light) >= TONE_SHARE;
    }

    /**
     * Whether a theme's accents could be of {@code colour}: it covers at least {@value #ACCENT_SHARE} of the picture
     * ("a dark theme with orange accents" on xterm's black window over a purple desktop, stop 45, `real_check`'s
     * shots described in detail, had none).
     */
    private static boolean accent(String colour, Palette p) {
        return p.share(colour.toLowerCase()) >= ACCENT_SHARE;
    }

    private static boolean colours(String a, String b, Palette p) {
        return p.share(a.toLowerCase()) >= COLOUR_SHARE && (b == null || p.share(b.toLowerCase()) >= COLOUR_SHARE);
    }

    private interface Claim {
        boolean holds(Matcher m);
    }

    private static String replace(Pattern p, String s, Claim claim) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(claim.holds(m) ? m.group() : ""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
