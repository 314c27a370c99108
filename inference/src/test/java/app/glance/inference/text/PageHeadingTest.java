package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's heading by the height of its lines, as PP-OCR boxed them on pages captured in Chromium (stop 46). */
class PageHeadingTest {

    private static final String NEWS = "A web browser showing \"The Northern Ledger | Lat?\", from the file "
            + "09-news.html.";

    /** The browser's frame, then a page of body lines 18 pixels high, then {@code more}. */
    private static List<TextLine> page(TextLine... more) {
        List<TextLine> lines = new ArrayList<>(List.of(new TextLine("The Northern Ledger | Lat?", 0.9f, 110, 10, 200,
                20), new TextLine("@File/tmp/pages/09-news.html", 0.9f, 140, 52, 260, 20)));
        for (int i = 0; i < 6; i++) {
            lines.add(new TextLine("A line of the page's own text, number " + i, 0.9f, 60, 500 + 30 * i, 300, 18));
        }
        lines.addAll(List.of(more));
        return lines;
    }

    @Test
    void theTallestLinesThatTheTitleDidNotSayAreTheHeadingWrappedLinesJoined() {
        List<TextLine> news = page(new TextLine("The Northern Ledger", 0.9f, 500, 110, 400, 57),
                new TextLine("Flood defences in", 0.9f, 60, 312, 260, 29),
                new TextLine("Calder Valley to get", 0.9f, 60, 348, 300, 30),
                new TextLine("f140m upgrade after", 0.9f, 61, 384, 290, 30),
                new TextLine("third winter of damage", 0.9f, 60, 417, 330, 32));
        assertThat(PageHeading.onScreen(news, NEWS)).hasValue("Its heading reads \"Flood defences in Calder Valley to "
                + "get f140m upgrade after third winter of damage\".");
        assertThat(PageHeading.onScreen(news, "A web page.")).hasValue("Its heading reads \"The Northern Ledger\".");
        // a wrapped line's box higher for its brackets is still the same heading (a blog's, stop 46, captured)
        List<TextLine> blog = page(new TextLine("The Quiet Cost of Always-On Teams (and", 0.9f, 343, 208, 640, 31),
                new TextLine("What We Did About It)", 0.9f, 341, 245, 344, 38));
        assertThat(PageHeading.onScreen(blog, NEWS)).hasValue("Its heading reads \"The Quiet Cost of Always-On Teams "
                + "(and What We Did About It)\".");
    }

    @Test
    void aWordAloneALabelOnASlantOrAnotherWindowsTextIsNoHeading() {
        assertThat(PageHeading.onScreen(page(new TextLine("Tideline", 0.9f, 60, 300, 120, 27)), NEWS)).isEmpty();
        assertThat(PageHeading.onScreen(page(new TextLine("Gray's Inn Rd", 0.9f, 900, 300, 40, 81)), NEWS)).isEmpty();
        assertThat(PageHeading.onScreen(page(new TextLine("Good morning, Sarah", 0.9f, 60, 176, 260, 28)),
                "A text editor: its title is \"notes.txt\".")).isEmpty();
        // a paragraph's line made high by a note's mark (Wikipedia's barn owl, stop 27, captured)
        assertThat(PageHeading.onScreen(page(new TextLine("birds, being found almost everywhere except for the polar "
                + "and desert regions.[1]", 0.9f, 234, 236, 521, 29)), NEWS)).isEmpty();
        // a row of avatars' initials, a big price joined to the line beside it (stop 46, captured)
        assertThat(PageHeading.onScreen(page(new TextLine("AKOM PL RS ON", 0.9f, 900, 300, 200, 30)), NEWS)).isEmpty();
        assertThat(PageHeading.onScreen(page(new TextLine("4595 500+ bought in past month", 0.9f, 255, 704, 207, 33)),
                NEWS)).isEmpty();
        // a line no higher than the rest by half
        assertThat(PageHeading.onScreen(page(new TextLine("Releases 24", 0.9f, 60, 300, 150, 23)), NEWS)).isEmpty();
        assertThat(PageHeading.onScreen(page(new TextLine("Good morning, Sarah", 0.9f, 60, 176, 260, 28)), NEWS))
                .hasValue("Its heading reads \"Good morning, Sarah\".");
    }
}
