package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserFrameTest {

    /** Chromium under Xvfb, window and screen captures, as PP-OCR read them (stop 27, by hand). */
    private static final List<String> WIKI = List.of("5", "Barn owl - Wikipedia",
            "Not secure https://en.wikipedia.org/wiki/Barn_owl", "\u2606", "@ Sign in to Chromium?", "Wikipedia",
            "Main page", "Contents");
    private static final List<String> LOCAL = List.of("Weather forecast - City News", "X", "X", ">", "@ File",
            "/tmp/hand27/page.html", "\u2606", "@ Sign in to Chromium?");
    private static final List<String> NO_TITLE = List.of("github.com", "0", "github.com/ann/notes",
            "This site can't provide a secure connection", "github.com sent an invalid response.",
            "ERR_SSL_PROTOCOL_ERROR", "Reload", "\u2606", "@ Sign in to Chromium?");

    private static Optional<String> said(List<String> lines) {
        return BrowserFrame.find(lines).map(BrowserFrame::sentence);
    }

    @Test
    void theAddressBarAndTheTabSayWhichPageTheBrowserShows() {
        assertThat(said(WIKI)).hasValue("A web browser showing \"Barn owl - Wikipedia\", from en.wikipedia.org, which"
                + " the browser marks \"Not secure\".");
        // a secure page: Chromium shows its address without the scheme, and no chip
        assertThat(said(List.of("Barn owl - Wikipedia x", "en.wikipedia.org/wiki/Barn_owl", "\u2606")))
                .hasValue("A web browser showing \"Barn owl - Wikipedia\", from en.wikipedia.org.");
        assertThat(said(LOCAL)).as("the chip and a local page's path on two lines")
                .hasValue("A web browser showing \"Weather forecast - City News\", from the file page.html.");
        assertThat(said(List.of("Weather forecast - City News", "@ File/tmp/hand27/page.html")))
                .hasValue("A web browser showing \"Weather forecast - City News\", from the file page.html.");
        // a local folder's listing in Chromium, its chip and its path on two lines (stop 48, captured: had been
        // "Probably a file manager.")
        assertThat(said(List.of("?Index of /tmp/cap2/files/", "X", "@ File", "/tmp/cap2/files/", "\u2606",
                "Index of /tmp/cap2/files/", "[parent directory]", "Name", "Size")))
                .hasValue("A web browser showing \"Index of /tmp/cap2/files/\", from the folder /tmp/cap2/files/.");
        // Firefox's: its address bar below the first lines read, under its title bar and tab; the scheme's slashes
        // read as one (stop 48, captured: "Probably a video page.")
        List<String> firefox = List.of("0", "Indexoffile:///tmp/cap2/files/-MozillaFirefox",
                "9 Index of file://tmp/cap2/f\u00d7", "G", "?file:/tmp/cap2/files/", "\u2606", "Name", "Size");
        assertThat(BrowserFrame.over("Probably a video page.", firefox.subList(0, 4),
                AppTitles.find(firefox.subList(0, 4)), () -> firefox).map(BrowserFrame::sentence))
                .hasValue("A web browser showing \"Indexoffile:///tmp/cap2/files/\", from the folder "
                        + "/tmp/cap2/files/.");
        assertThat(BrowserFrame.over("Probably a video page.", firefox.subList(0, 4), Optional.empty(),
                () -> firefox)).as("no browser's title: the first lines alone").isEmpty();
        // a site's name after a separator is no close button (stop 42, written down: had been "(1) Home /")
        assertThat(said(List.of("(1) Home / X", "x.com/home", "For you", "Following")))
                .hasValue("A web browser showing \"(1) Home / X\", from x.com.");
        // a title's bar read as a capital I glued to a word (stop 46, captured); not a word's own I
        assertThat(said(List.of("Your basketIBasketful", "@File", "/tmp/pages/16-shop-cart.html")))
                .hasValue("A web browser showing \"Your basket | Basketful\", from the file 16-shop-cart.html.");
        assertThat(said(List.of("Weekly sync IMeetly", "meetly.com/abc"))).hasValue("A web browser showing \"Weekly "
                + "sync | Meetly\", from meetly.com.");
        assertThat(said(List.of("IKEA | Furniture and IDEAS - Why I Moved", "ikea.com"))).hasValue("A web browser "
                + "showing \"IKEA | Furniture and IDEAS - Why I Moved\", from ikea.com.");
        // a title of names, no English word in it, that the page shows (a repository's, stop 46, captured)
        assertThat(said(List.of("@ harbourlabs/tideline: Lighi", "@File", "/tmp/pages/04-repo.html",
                "harbourlabs / tideline", "Code"))).hasValue("A web browser showing \"harbourlabs/tideline: Lighi\", "
                + "from the file 04-repo.html.");
        // a title run together, spaced as the page's line that begins with it (a video's, stop 46, captured), and
        // completed from it as a title cut short is
        assertThat(said(List.of("I RebuiltMyHomeOffice", "@File", "/tmp/pages2/27-video.html", "Up next",
                "I Rebuilt My Home Office for Under $500 - Full Setup Tour (2026)", "Desk Theory"))).hasValue("A web "
                + "browser showing \"I Rebuilt My Home Office for Under $500 - Full\u2026\", from the file "
                + "27-video.html.");
        assertThat(said(List.of("@ xqzvbn/kprtwl: Lighi", "@File", "/tmp/pages/04-repo.html", "Code", "Issues")))
                .hasValue("A web browser at the file 04-repo.html. The text on it begins \"Code\".");
    }

    @Test
    void anErrorPageWhoseTabShowsItsHostIsSaidWithItsText() {
        // Chromium's error page, as PP-OCR read it once its host was no longer split into "local host" (stop 36, by
        // hand): the tab's warning icon and the host alone, a tab that shows an address
        assertThat(said(List.of("? localhost", "localhost:9", "\u2606", "Sign in to Chromium?",
                "This site can't be reached", "The webpage at http://localhost:9/ might be temporarily down")))
                .hasValue("A web browser at localhost. The text on it begins \"This site can't be reached\".");
    }

    @Test
    void anErrorPageBelowTheFirstLinesIsReadFromAllOfTheText() {
        // Chromium's error page under its bar of warning, as PP-OCR read it (stop 39, by hand): the first lines that
        // pass 2 reads end at the browser's own lines, and the page's text is in all of the screen's
        List<String> top = List.of("www.bbc.co.uk", "bbc.co.uk/news", "@ Sign in to Chromium?", "You are using an "
                + "unsupported command-line flag: --no-sandbox. Stability and security will suffer.");
        List<String> all = new ArrayList<>(top);
        all.addAll(List.of("This site can't be reached", "www.bbc.co.uk's server iP address could not be found.",
                "ERR_NAME_NOT_RESOLVED", "Reload"));
        assertThat(BrowserFrame.find(top, () -> all).map(BrowserFrame::sentence)).hasValue(
                "A web browser at www.bbc.co.uk. The text on it begins \"This site can't be reached\".");
        assertThat(BrowserFrame.find(top).map(BrowserFrame::sentence)).hasValue("A web browser at www.bbc.co.uk.");
        // a page with a title of its own: all of the text is not asked for
        assertThat(BrowserFrame.find(List.of("Barn owl - Wikipedia x", "en.wikipedia.org/wiki/Barn_owl"), () -> {
            throw new AssertionError("all of the text was asked for");
        }).map(BrowserFrame::sentence))
                .hasValue("A web browser showing \"Barn owl - Wikipedia\", from en.wikipedia.org.");
    }

    @Test
    void aTabsTitleCutInItsLastWordIsCompletedFromThePage() {
        // Chromium's tab, as PP-OCR read it (stop 36, by hand)
        assertThat(said(List.of("City Library - Opening hou", "@ File", "/tmp/t/page.html", "\u2606",
                "Opening hours", "The library is open Monday to Saturday, 9 am to 6 pm.")))
                .hasValue("A web browser showing \"City Library - Opening hours\", from the file page.html.");
        // nothing on the page completes it, or its last word is a whole English word: as it is
        assertThat(said(List.of("Sign up - Riverside Gy", "@ File", "/tmp/t/form.html", "Create your account")))
                .hasValue("A web browser showing \"Sign up - Riverside Gy\", from the file form.html.");
        assertThat(BrowserFrame.completed("Plans for the garden", List.of("Plans for the gardens of Kew")))
                .isEqualTo("Plans for the garden");
        // a long title cut after a word, that the page's heading begins with
        assertThat(said(List.of("Flood warnings issued for", "@ File", "/tmp/t/news.html", "\u2606",
                "Home | World | Sport", "Flood warnings issued for the Severn", "By Sarah Jones")))
                .hasValue("A web browser showing \"Flood warnings issued for the Severn\", from the file news.html.");
        // Firefox's window with two tabs (stop 36, by hand): the shown one is the one that the page completes
        assertThat(said(List.of("Flood warnings issued for th \u00d7", "O Problem loading page", "+",
                "file:///tmp/t/news.html", "\u2606", "Home | World | Sport", "Flood warnings issued for the Severn")))
                .hasValue("A web browser showing \"Flood warnings issued for the Severn\", from the file news.html.");
        // a short title is no cut one, and a line that only holds a title is no heading that goes on from it
        assertThat(BrowserFrame.completed("Weather", List.of("Weather for the week"))).isEqualTo("Weather");
        assertThat(BrowserFrame.completed("Flood warnings issued for", List.of("New flood warnings issued for you")))
                .isEqualTo("Flood warnings issued for");
    }

    /**
     * A tab cut in its last word whose heading is below the lines pass 2 read is completed from all of the screen's
     * text, which is asked for only then (Chromium, stop 37, by hand: "Why hedgehogs hiber").
     */
    @Test
    void aTitleCutInItsLastWordIsCompletedFromAllOfTheTextWhereTheFirstLinesDoNot() {
        List<String> seen = List.of("Why hedgehogs hiber \u00d7", "+", "@ File/tmp/t/article.html", "\u2606",
                "Sign in to Chromium?");
        List<String> all = new java.util.ArrayList<>(seen);
        all.addAll(List.of("Why hedgehogs hibernate", "By Ruth Alder, 12 November 2026"));
        assertThat(BrowserFrame.find(seen, () -> all).map(BrowserFrame::sentence))
                .hasValue("A web browser showing \"Why hedgehogs hibernate\", from the file article.html.");
        assertThat(said(seen)).hasValue("A web browser showing \"Why hedgehogs hiber\", from the file article.html.");
        // a whole title, or one that the first lines complete, does not wait for all of the text
        java.util.function.Supplier<List<String>> never = () -> {
            throw new AssertionError("all of the text was asked for");
        };
        assertThat(BrowserFrame.find(List.of("Barn owl - Wikipedia \u00d7", "@ en.wikipedia.org/wiki/Barn_owl",
                "Barn owl"), never)).isPresent();
        List<String> completedAbove = new java.util.ArrayList<>(seen);
        completedAbove.add("Why hedgehogs hibernate");
        assertThat(BrowserFrame.find(completedAbove, never).map(BrowserFrame::sentence))
                .hasValue("A web browser showing \"Why hedgehogs hibernate\", from the file article.html.");
        // nor does a short one, which no tab cuts
        assertThat(BrowserFrame.find(List.of("Open Figma \u00d7", "@ figma.com/files", "Recent files"), never))
                .isPresent();
    }

    @Test
    void theChipIsReadHoweverOcrJoinsIt() {
        for (String bar : List.of("\u25b3 Not secure northwindbank.com/login", "A Not secure northwindbank.com/login",
                "ANot secure northwindbank.com/login", "Not securenorthwindbank.com/login",
                "Not secure https:/northwindbank.com/login")) {
            assertThat(said(List.of("Sign in - Northwind Bank", bar))).as(bar).hasValue("A web browser showing \"Sign"
                    + " in - Northwind Bank\", from northwindbank.com, which the browser marks \"Not secure\".");
        }
        assertThat(said(List.of("5", "Running shoes | TrailMart", "Not secure",
                "https://www.trailmart.co.uk/running-shoes", "\u2606"))).as("the chip on a line of its own")
                .hasValue("A web browser showing \"Running shoes | TrailMart\", from www.trailmart.co.uk, which the"
                        + " browser marks \"Not secure\".");
        assertThat(said(List.of("Home", "G localhost:8080/app?tab=2"))).as("an icon read as a letter")
                .hasValue("A web browser showing \"Home\", from localhost:8080.");
        assertThat(said(List.of("Home", "\u53e3https://example.org/app"))).as("an icon read as a CJK letter, glued")
                .hasValue("A web browser showing \"Home\", from example.org.");
    }

    @Test
    void aPageWithNoTitleSaysWhereItsTextBegins() {
        // the tab shows the page's address, and the browser's own lines below the bar are not the page's
        assertThat(said(NO_TITLE)).hasValue(
                "A web browser at github.com. The text on it begins \"This site can't provide a secure connection\".");
        assertThat(said(List.of("New Tab", "G Search Google or type a URL", "Gmail Images")))
                .as("an empty bar").hasValue("A web browser showing \"New Tab\".");
        // the browser's own page, its chip "Chromium", and a PDF file whose name is its title
        assertThat(said(List.of("9", "New Tab", "\u53e3", "? chromium chrome://new-tab-page-third-party", "\u2606")))
                .hasValue("A web browser showing \"New Tab\".");
        // the tab's icon read as a sign before its title, glued or apart (stop 38, by hand)
        for (String tab : List.of("?New Tab", "? New Tab")) {
            assertThat(said(List.of(tab, "@Chromium chrome://new-tab-page-third-party", "Web Store")))
                    .hasValue("A web browser showing \"New Tab\".");
        }
        assertThat(said(List.of("letter.pdf", "O File", "/tmp/hand27/letter.pdf", "\u2606", "letter.pdf", "100%")))
                .hasValue("A web browser showing \"letter.pdf\".");
        // a title OCR garbled on a small picture is not quoted
        assertThat(said(List.of("ed- Seeant", "woaml.com/watch", "Recommended")))
                .hasValue("A web browser at woaml.com. The text on it begins \"Recommended\".");
    }

    @Test
    void ofSeveralTabsTheOneOfTheSiteOrTheWindowsTitleIsQuoted() {
        assertThat(said(List.of("Inbox (3) - Mail", "Barn owl - Wikipedia", "Recipes", "en.wikipedia.org/wiki/Owl")))
                .hasValue("A web browser showing \"Barn owl - Wikipedia\", from en.wikipedia.org.");
        assertThat(said(List.of("Barn owl - Wikipedia \u2014 Mozilla Firefox", "Inbox (3)", "example.org/x")))
                .hasValue("A web browser showing \"Barn owl - Wikipedia\", from example.org.");
        // Firefox's screen as PP-OCR read it (stop 27): its window's title, its tabs, its bar with the chip glued
        assertThat(said(List.of("Weather forecast - City News - Mozilla Firefox", "000", "Weather forecast - City News",
                "O Problem loading page", "Q Not Securehttp:/news.example.org/weather", "\u2606")))
                .hasValue("A web browser showing \"Weather forecast - City News\", from news.example.org, which the"
                        + " browser marks \"Not secure\".");
        assertThat(said(List.of("Mozilla Firefox", "000", "New Tab", "O Problem loading page", "x", "+",
                "Search or enter address"))).as("a new tab: the window's title is the browser's name alone")
                .hasValue("A web browser.");
        assertThat(said(List.of("Inbox (3)", "Weather today", "example.org/x")))
                .as("else none: which tab shows cannot be read").hasValue("A web browser at example.org.");
        assertThat(said(List.of("Activities", "Sun 29 Nov 19:10", "Inbox (3)", "Barn owl - Wikipedia x", "New Tab",
                "en.wikipedia.org/wiki/Owl"))).as("a panel and three tabs above the bar")
                .hasValue("A web browser showing \"Barn owl - Wikipedia\", from en.wikipedia.org.");
    }

    @Test
    void anAddressElsewhereIsNoAddressBar() {
        assertThat(said(List.of("Read more at example.org today", "Contact us"))).isEmpty();
        assertThat(said(List.of("Results", "Tripguide", "Top ten places", "Pizza in town", "Near you", "Open now",
                "www.tripguide.com"))).as("below the first six lettered lines").isEmpty();
        assertThat(said(List.of("$ curl https://example.org/", "Hello"))).isEmpty();
        assertThat(said(List.of("Dear Ann,", "see you at 10."))).isEmpty();
        // the icon is never the address's own first letters
        assertThat(said(List.of("en.wikipedia.org/wiki/Owl"))).hasValue("A web browser at en.wikipedia.org.");
        // an address in a text, wrapped onto the next line: zenity's text dialog with the Apache licence (stop 29)
        assertThat(said(List.of("Licence", "000", "Apache License", "Version 2.0, January 2004",
                "http://www.apache.org/", "licenses/", "TERMS AND CONDITIONS FOR USE,"))).isEmpty();
        // ... and where its first line is the last read so far (the first sentence's top lines, stop 31)
        assertThat(said(List.of("Apache License", "Version 2.0, January 2004", "http://www.apache.org/"))).isEmpty();
        // a field's value below its label: Evince's document properties (stop 41, by hand: "A web browser at the file
        // libtasn1.pdf.")
        assertThat(said(List.of("Properties", "General", "Fonts", "Location:",
                "file:///usr/share/doc/libtasn1-doc/libtasn1.pdf", "Producer:", "pdfTeX-1.40.24"))).isEmpty();
        // a search result's address with its path as a trail, in a region of a page of results (stop 42, by hand)
        assertThat(said(List.of("All Images Videos News Shopping", "About 1,230,000,000 results (0.41 seconds)",
                "LogitechM185WirelessMouse", "https://www.logitech.com>mice"))).isEmpty();
        assertThat(said(List.of("Logitech", "https://www.logitech.com \u203a mice"))).isEmpty();
        // an address bar's address ending in "/" above a page's first line
        assertThat(said(List.of("Example Domain", "example.org/", "Example Domain", "This domain is for use")))
                .isPresent();
    }

    @Test
    void anotherApplicationsTitleOrADialogsButtonsComeFirst() {
        List<String> editor = List.of("links.txt - Mousepad", "File Edit Search View", "https://example.org/news");
        assertThat(BrowserFrame.find(editor)).isPresent();
        assertThat(BrowserFrame.over("Probably a text editor.", editor)).as("an editor's file of addresses").isEmpty();
        List<String> printing = List.of("Barn owl - Wikipedia", "en.wikipedia.org/wiki/Barn_owl", "Print",
                "Destination", "Save as PDF", "Cancel Print");
        assertThat(BrowserFrame.over("A print dialog.", printing)).isEmpty();
        assertThat(BrowserFrame.over("Probably a dialog.", printing)).isEmpty();
        assertThat(BrowserFrame.over("Probably a calendar page.", printing)).isPresent();
        assertThat(BrowserFrame.over("A dialog.", WIKI)).as("no dialog's buttons").isPresent();
        // one answer's word alone on a page's line is no row of buttons (Slack's "Later" in Chromium, stop 46)
        List<String> chat = List.of("design (Channel) - Bright line", "app.brightline.com/client", "#design", "Later",
                "Priya Raman 9:14 AM", "Could we try the primary button in the darker teal?");
        assertThat(BrowserFrame.over("A dialog.", chat)).isPresent();
        List<String> askedLater = new ArrayList<>(chat);
        askedLater.addAll(List.of("Restart to update?", "Later", "Restart now"));
        assertThat(BrowserFrame.over("A dialog.", askedLater)).as("two buttons in a row").isEmpty();
        assertThat(BrowserFrame.over("Probably a chat page.", List.of("Amy | Messages - Brave", "brave.com/chat")))
                .isPresent();
    }

    @Test
    void whatItSaysCorrectsTheFirstSentence() {
        assertThat(KindCheck.corrects(said(WIKI).orElseThrow())).isTrue();
        assertThat(KindCheck.corrects(said(NO_TITLE).orElseThrow())).isTrue();
        assertThat(KindCheck.corrects("A web browser with two tabs.")).isFalse();
    }
}
