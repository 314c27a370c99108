package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's heading, its largest text, where nothing else says what the page is: "Its heading reads "Flood defences in
 * Calder Valley to get f140m upgrade after third winter of damage"." (a news site's front page, said by its tab's
 * title alone, stop 46, captured, the pound sign as OCR read it; a bank's "Good morning, Sarah"). A heading's lines stand apart by their height: half
 * as high again as the page's lines are most often, or more; a heading wrapped onto lines below it is one heading.
 * Only the page's lines count, below a browser's address bar; the site's name that the tab's title said already is
 * no heading to say again, and neither is a map's label set on a slant (its box higher than wide).
 */
public final class PageHeading {

    /** A heading's line is this many times as high as the page's lines' median height at least. */
    private static final double TALLER = 1.5;
    /** A page has this many lines with letters at least, to tell its headings from the rest. */
    private static final int PAGE_LINES = 5;
    /** A heading has this many words with letters at least, and at most this many are quoted. */
    private static final int WORDS = 2;
    private static final int QUOTED_WORDS = 16;
    /** Of the tallest headings, this many are tried where the first was said already. */
    private static final int TRIED = 2;
    /** A line of text on a level is at least this many times as wide as high. */
    private static final int LEVEL = 2;
    private static final Pattern WORD = Pattern.compile("\\S*\\p{L}\\S*");
    /**
     * A heading begins with a capital letter and ends with no full stop, comma or note: not a paragraph's line whose
     * box a note's mark made high ("birds, being found almost everywhere ... regions.[1]", Wikipedia's, stop 27), nor
     * a big price that OCR joined to the small line beside it ("4595 500+ bought in past month", a shop's, stop 46); and
     * it holds an English word (not a row of avatars' initials, "AKOM PL RS ON").
     */
    private static final Pattern HEADING = Pattern.compile("[\"'\u201c]?\\p{Lu}\\S*\\s.*(?<![.,;\\]])");
    /**
     * A wrapped heading's next line: as high within this share of the higher (a line with brackets or descenders has a
     * higher box), its left edge within this many pixels, this share of a line's height lower at most.
     */
    private static final double SAME_HEIGHT = 0.25;
    private static final int SAME_LEFT = 6;
    private static final double WRAP_GAP = 0.6;

    private PageHeading() {
    }

    /**
     * What Glance adds after {@code said}, a browser's page or "A web page.", where the page's lines ({@code lines},
     * all of the screen's text, read in order) show a heading that {@code said} does not quote.
     */
    public static Optional<String> onScreen(List<TextLine> lines, String said) {
        if (KindCheck.pageVerb(said) == null) {
            return Optional.empty();
        }
        List<TextLine> page = belowAddressBar(lines).stream().filter(l -> KindCheck.lettered(l.text())).toList();
        if (page.size() < PAGE_LINES) {
            return Optional.empty();
        }
        double median = page.stream().mapToInt(TextLine::height).sorted().skip(page.size() / 2).findFirst()
                .orElseThrow();
        String quoted = said.toLowerCase(Locale.ROOT);
        return headings(page).stream()
                .filter(h -> height(h) >= TALLER * median && h.stream().allMatch(l -> l.width() >= LEVEL
                        * l.height()))
                .sorted(Comparator.comparingInt(PageHeading::height).reversed())
                .limit(TRIED)
                .map(h -> String.join(" ", h.stream().map(l -> l.text().strip()).toList()))
                .filter(t -> WORD.matcher(t).results().count() >= WORDS && HEADING.matcher(t).matches()
                        && KindCheck.legible(t))
                .filter(t -> !quoted.contains(t.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(t -> "Its heading reads \"" + KindCheck.quote(t, QUOTED_WORDS) + "\".");
    }

    /** A heading's height: its highest line's. */
    private static int height(List<TextLine> heading) {
        return heading.stream().mapToInt(TextLine::height).max().orElseThrow();
    }

    /** The lines below the first address bar among {@code lines}; all of them where none is read. */
    private static List<TextLine> belowAddressBar(List<TextLine> lines) {
        for (TextLine l : lines) {
            if (BrowserFrame.isBar(l.text())) {
                int bottom = l.y() + l.height();
                return lines.stream().filter(o -> o.y() >= bottom).toList();
            }
        }
        return lines;
    }

    /** {@code lines} as headings: a line, with the lines wrapped below it ({@link #wraps}), top to bottom. */
    private static List<List<TextLine>> headings(List<TextLine> lines) {
        List<List<TextLine>> headings = new ArrayList<>();
        for (TextLine l : lines.stream().sorted(Comparator.comparingInt(TextLine::y)).toList()) {
            Optional<List<TextLine>> above = headings.stream().filter(h -> wraps(h.get(h.size() - 1), l)).findFirst();
            if (above.isPresent()) {
                above.get().add(l);
            } else {
                headings.add(new ArrayList<>(List.of(l)));
            }
        }
        return headings;
    }

    /** Whether {@code l} is the next line of a heading wrapped from {@code above}. */
    private static boolean wraps(TextLine above, TextLine l) {
        int gap = l.y() - (above.y() + above.height());
        return Math.abs(above.height() - l.height()) <= SAME_HEIGHT * Math.max(above.height(), l.height())
                && Math.abs(above.x() - l.x()) <= SAME_LEFT
                && gap >= 0 && gap <= WRAP_GAP * above.height();
    }
}
