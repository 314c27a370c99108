package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A caption never quotes text that is not on the screen (regression guard for invented titles). */
class GroundingTest {

    static final List<String> SCREEN = List.of("Printer", "The printer is not connected.", "OK", "Cancel");

    @Test
    void aTitleIsOnAShortLineNotAWordInASentence() {
        // FileZilla's welcome (stop 48, captured): "Open" only inside its sentence
        List<String> welcome = List.of("Welcome to Filezilla", "FileZilla 3.63.0", "The free open source FTP solution",
                "You can always open this dialog again through the help menu. hodified", "OK");
        assertThat(Grounding.apply("A file manager with the title \"Open\".", welcome)).isEqualTo("A file manager.");
        assertThat(Grounding.apply("A dialog titled \"FileZilla\".", welcome))
                .isEqualTo("A dialog titled \"FileZilla\".");
        // a title bar's line with its icon and folder, a slip in it; a long title stands as found
        List<String> vim = List.of("X todo.md (/tmp) - VIM", "1 Buy milk and eggs and bread for the whole week now");
        assertThat(Grounding.apply("A terminal with the title \"todo.nd\".", vim))
                .isEqualTo("A terminal with the title \"todo.nd\".");
        assertThat(Grounding.apply("A dialog with the title \"milk and eggs and bread\".", vim))
                .isEqualTo("A dialog with the title \"milk and eggs and bread\".");
        // a part of a title between its separators (Konsole's, stop 47)
        assertThat(Grounding.apply("A terminal with the title \"bash\".", List.of("cap : bash - Konsole", "000")))
                .isEqualTo("A terminal with the title \"bash\".");
        // a message quoted from a sentence is no title: it stands
        assertThat(Grounding.apply("A dialog that says \"open\".", welcome)).isEqualTo("A dialog that says \"open\".");
    }

    @Test
    void anEmptyQuoteIsNotSaid() {
        // what the bundled model said about htop in xterm under Xvfb: "Probably a music player, showing a printer """
        assertThat(Grounding.apply("A music player, showing a printer \"\".", List.of("Load average: 0.23")))
                .isEqualTo("A music player.");
        assertThat(Grounding.apply("A dialog saying \"...\".", List.of("OK"))).isEqualTo("A dialog.");
    }

    /** A command named in a caption must be on screen as a word: the bundled model on xterm (real_check, stop 25). */
    @Test
    void aCommandThatIsNotOnScreenIsNotSaid() {
        List<String> shell = List.of("$ cat Lesson.txt", "Step 28: open the settings and choose the driver tab.", "$");
        assertThat(Grounding.apply("A terminal with a file listing from the ls command.", shell))
                .isEqualTo("A terminal with a file listing.");
        assertThat(Grounding.apply("A terminal showing the output of the cat command.", shell))
                .isEqualTo("A terminal showing the output of the cat command.");
        assertThat(Grounding.apply("A terminal running an apt command, with the previous command above.", shell))
                .isEqualTo("A terminal, with the previous command above.");
        // "tools" holds "ls", but not as a word
        assertThat(Grounding.apply("A terminal after the ls command.", List.of("Settings and tools", "$")))
                .isEqualTo("A terminal.");
    }

    @Test
    void aBracketOpenedBeforeRemovedWordsIsNotSaid() {
        // the bundled model on PCManFM under Xvfb (stop 17): the name and both quotes are not on screen
        List<String> screen = List.of("File", "Edit View", "Places", "Home Folder", "estimates.odt", "5 items");
        assertThat(Grounding.apply("A text editor (LibreOffice Writer, \"* nano\", with the heading \"Dear report\", "
                + "showing a document about \"recipe\".", screen)).isEqualTo("A text editor.");
        assertThat(Grounding.apply("A file manager (\"Places\").", screen)).isEqualTo("A file manager (\"Places\").");
        assertThat(Grounding.tidy("A dialog () with buttons.")).isEqualTo("A dialog with buttons.");
        // "Probably a text editor )." on mousepad under Xvfb (stop 17)
        assertThat(Grounding.tidy("A text editor ).")).isEqualTo("A text editor.");
        assertThat(Grounding.tidy("A terminal (bash) says \"x)\".")).isEqualTo("A terminal (bash) says \"x)\".");
    }

    @Test
    void wordsThatARemovalLeavesTwiceInARowAreSaidOnce() {
        // the bundled model on a man page's screen captured before man had drawn it (real_check, seed 2029, stop 24)
        List<String> screen = List.of("man sort");
        assertThat(Grounding.apply("A text editor in LibreOffice text editor titled \"Untitled Document 1\", with the "
                + "heading \"Project\", and a document about \"action list\".", screen)).isEqualTo("A text editor.");
        assertThat(Grounding.tidy("A dialog with with buttons.")).isEqualTo("A dialog with buttons.");
        // within quotes the screen's words stay as they are
        assertThat(Grounding.tidy("A dialog titled \"Bye bye\".")).isEqualTo("A dialog titled \"Bye bye\".");
    }

    @Test
    void wordsWhereACalculatorsDisplayShouldShowANumberAreNotSaid() {
        // the bundled model on galculator under Xvfb (stop 17)
        List<String> calc = List.of("Calculator", "Edit View Help", "12 × 7", "84", "MC", "MR");
        assertThat(Grounding.apply("A calculator window, with the display showing themed.", calc))
                .isEqualTo("A calculator window.");
        assertThat(Grounding.apply("A calculator with the title \"Calculator\", with the display showing the "
                + "calculation docs × selected.", calc)).isEqualTo("A calculator with the title \"Calculator\".");
        assertThat(Grounding.apply("A calculator, with the display showing the calculation 12 × 7.", calc))
                .isEqualTo("A calculator, with the display showing the calculation 12 × 7.");
        assertThat(Grounding.apply("A calculator, with the display showing 84.", calc))
                .isEqualTo("A calculator, with the display showing 84.");
        // one digit on the display is borne out by nothing: the keys show every digit (GNOME Calculator, stop 36)
        List<String> keys = List.of("Undo", "Basic", "0", "(", ")", "mod", "7", "8", "9", "4", "5", "6", "1", "2");
        assertThat(Grounding.apply("A calculator, with the display showing 2.", keys)).isEqualTo("A calculator.");
    }

    @Test
    void wordsWhereAContactsNameShouldBeAreNotSaidUnlessOnScreen() {
        // the bundled model on PCManFM's and xterm's windows under Xvfb, saved as JPEG (stop 18)
        List<String> files = List.of("File", "Edit", "View", "Bookmarks");
        assertThat(Grounding.apply("A chat page, with a conversation with top it messages.", files))
                .isEqualTo("A chat page.");
        assertThat(Grounding.apply("A video page with the title \"Top 10 | Messenger\", with a conversation with "
                + "Orders by messages.", List.of("File system", "Size"))).isEqualTo("A video page.");
        assertThat(Grounding.apply("A chat page with a conversation with Dana.", List.of("Dana", "Hi!")))
                .isEqualTo("A chat page with a conversation with Dana.");
        assertThat(Grounding.apply("A chat page with a conversation with \"Dana Weiss\".", List.of("Dana Weiss")))
                .isEqualTo("A chat page with a conversation with \"Dana Weiss\".");
    }

    @Test
    void aWordWhereAPercentageShouldBeIsNotSaid() {
        // the bundled model on a photo of a cat (stop 17): "Probably a progress dialog, and a progress bar at places
        // percent."
        assertThat(Grounding.apply("A progress dialog, and a progress bar at places percent.", List.of()))
                .isEqualTo("A progress dialog.");
        assertThat(Grounding.apply("A progress dialog, with a progress bar at places percent.", List.of("places")))
                .isEqualTo("A progress dialog.");
        assertThat(Grounding.apply("A progress dialog with a progress bar at 40 percent.", List.of("40%")))
                .isEqualTo("A progress dialog with a progress bar at 40 percent.");
    }

    @Test
    void quotesFoundOnScreenStay() {
        String c = "An error dialog titled \"Printer\" says \"The printer is not connected.\"";
        assertThat(Grounding.apply(c, SCREEN)).isEqualTo(c + ".");
    }

    @Test
    void anInventedTitleIsRemovedWithItsVerb() {
        assertThat(Grounding.apply("An error dialog titled \"Scanner\" with OK and Cancel buttons.", SCREEN))
                .isEqualTo("An error dialog with OK and Cancel buttons.");
    }

    @Test
    void aNounWhoseInventedQuoteWentGoesWithIt() {
        // GPicView's window with a picture and no text (stop 36, by hand): "Probably a music player with the album."
        List<String> none = List.of("a", "H", "%");
        assertThat(Grounding.apply("A music player with the album \"Next report\".", none))
                .isEqualTo("A music player.");
        assertThat(Grounding.apply("A music player with the album \"Draft\" by The Smalls.", none))
                .isEqualTo("A music player.");
        assertThat(Grounding.apply("A web page with the address \"cyberdyne.io\".", none)).isEqualTo("A web page.");
        // the model's own words, which end without a stop
        assertThat(Grounding.apply("A music player with the album \"New Folder\", with the printer \"Office Printer\""
                + " by The Monthly has \".", none)).isEqualTo("A music player.");
        // a found quote keeps its noun
        assertThat(Grounding.apply("A music player with the album \"Blue\".", List.of("Blue", "Joni Mitchell")))
                .isEqualTo("A music player with the album \"Blue\".");
    }

    @Test
    void smallOcrSlipsStillCountAsOnScreen() {
        assertThat(Grounding.isOnScreen("The printer is not connected",
                Grounding.normalise("The prlnter is not cornected."))).isTrue();
        assertThat(Grounding.isOnScreen("Invoice", Grounding.normalise("Printer"))).isFalse();
    }

    @Test
    void aQuoteFoundWithSlipsThatBeginsALineIsSaidInTheScreensOwnWords() {
        // Writer's "Save changes" dialog (stop 38, by hand): the model began the question and lost its way
        List<String> writer = List.of("Save changes to document \"minutes.txt\" before closing?",
                "Your changes will be lost if you don't save them.", "Don't Save", "Cancel", "Save", "OK");
        assertThat(Grounding.apply("A save changes dialog with the title \"Save Changes\", with the text \"Save"
                + " changes to document't\".", writer)).isEqualTo("A save changes dialog with the title \"Save"
                + " Changes\", with the text \"Save changes to document \u201dminutes.txt\u201d before closing?\".");
        // a quote on screen as it is stays the model's; so does one that begins no line, or two lines alike
        assertThat(Grounding.apply("A dialog saying \"Your changes will be lost\".", writer))
                .isEqualTo("A dialog saying \"Your changes will be lost\".");
        assertThat(Grounding.lineBegunBy("changes will be lest if", writer)).isEmpty();
        assertThat(Grounding.lineBegunBy("Save changes to documemt", writer))
                .hasValue("Save changes to document \"minutes.txt\" before closing?");
        assertThat(Grounding.lineBegunBy("Save changes to documemt", List.of("Save changes to document a.txt?",
                "Save changes to document b.txt?"))).isEmpty();
        assertThat(Grounding.lineBegunBy("Save chanqe", writer)).as("too short to say more than it").isEmpty();
    }

    @Test
    void aShortQuoteIsOnScreenOnlyAsWholeWords() {
        // zenity's list of printers: "Print" is part of "Printer", no title of its own (stop 33)
        List<String> printers = List.of("Select an item", "Printer", "Status", "Canon MG3600 1", "Offline");
        assertThat(Grounding.apply("A print dialog with the title \"Print\".", printers)).isEqualTo("A print dialog.");
        assertThat(Grounding.apply("A list dialog titled \"Print\".", List.of("Print", "Copies: 1", "Cancel")))
                .isEqualTo("A list dialog titled \"Print\".");
        // "with the text" goes with its quote (Mousepad's "Go To" dialog was "Probably a list dialog with the text.",
        // stop 38, by hand)
        List<String> goTo = List.of("Line number:", "Column number:", "Cancel", "Jump to");
        assertThat(Grounding.apply("A list dialog with the text \"Select a file\" and two buttons.", goTo))
                .isEqualTo("A list dialog and two buttons.");
        assertThat(Grounding.apply("A dialog with the text \"Line number\".", goTo))
                .isEqualTo("A dialog with the text \"Line number\".");
        assertThat(Grounding.isOnScreen("OK", Grounding.normalise("Cancel OK"))).isTrue();
        assertThat(Grounding.isOnScreen("OK", Grounding.normalise("Bookmarks"))).isFalse();
        // longer quotes keep their slips, inside a word or not
        assertThat(Grounding.isOnScreen("Calculator", Grounding.normalise("galculator"))).isTrue();
    }

    @Test
    void withoutOcrEveryQuoteGoes() {
        assertThat(Grounding.apply("A text editor called \"letter.txt\", which says \"Dear Tom\".", List.of()))
                .isEqualTo("A text editor.");
    }

    @Test
    void aLaterClauseThatRestsOnAnInventedQuoteGoesWhole() {
        assertThat(Grounding.apply("A terminal, with the manual page for \"ssh\", and light text on a dark background.",
                List.of("bash", "ls -la"))).isEqualTo("A terminal, and light text on a dark background.");
        assertThat(Grounding.apply("A web page, with the heading \"News\".", List.of()))
                .isEqualTo("A web page.");
    }

    @Test
    void aQuoteLeftOpenIsCheckedToo() {
        assertThat(Grounding.apply("A file manager with the title \" Select a file listing from the ls command.",
                List.of("bash", "drwxr-xr-x"))).isEqualTo("A file manager.");
        assertThat(Grounding.apply("An error dialog titled \"Printer.", SCREEN))
                .isEqualTo("An error dialog titled \"Printer\".");
    }

    @Test
    void aCaptionWithoutQuotesIsUnchanged() {
        assertThat(Grounding.apply("The screen is completely black.", List.of())).isEqualTo(
                "The screen is completely black.");
    }

    @Test
    void anAppNameThatIsNotOnScreenGoesWithItsPreposition() {
        assertThat(Grounding.apply("Probably a music player in Clementine, with 7 rows.", List.of("Backup", "OK")))
                .isEqualTo("Probably a music player, with 7 rows.");
        assertThat(Grounding.apply("A Firefox window with a login form.", List.of("Sign in")))
                .isEqualTo("A window with a login form.");
    }

    @Test
    void aNameOnScreenAndSentenceStartsStay() {
        assertThat(Grounding.apply("A text editor in Mousepad. It shows a letter.", List.of("letter.txt - Mousepad")))
                .isEqualTo("A text editor in Mousepad. It shows a letter.");
        assertThat(Grounding.apply("Probably a PDF viewer.", List.of())).isEqualTo("Probably a PDF viewer.");
        assertThat(Grounding.apply("A dialog titled \"Save As\" in Gedit.", List.of("Save As")))
                .isEqualTo("A dialog titled \"Save As\".");
    }

    @Test
    void withoutOcrEveryNameGoes() {
        assertThat(Grounding.apply("A terminal in Konsole, and light text on a dark background.", List.of()))
                .isEqualTo("A terminal, and light text on a dark background.");
    }

    @Test
    void aReadingThatIsNotOnScreenGoesWithItsPhrase() {
        assertThat(Grounding.apply("Probably a video page, and a video paused at 2: 50.", List.of("Home", "Videos")))
                .isEqualTo("Probably a video page.");
        assertThat(Grounding.apply("A PDF viewer with the title \"report.pdf\", showing page 7 of 24.",
                List.of("report.pdf"))).isEqualTo("A PDF viewer with the title \"report.pdf\".");
        assertThat(Grounding.apply("A calculator with the display showing 8.3632.", List.of("123", "C", "=")))
                .isEqualTo("A calculator.");
        assertThat(Grounding.apply("A quick settings menu, with the battery at 21 percent.", List.of()))
                .isEqualTo("A quick settings menu.");
        assertThat(Grounding.apply("A weather page showing 14°C and light rain. It has a map.", List.of("Lima")))
                .isEqualTo("A weather page. It has a map.");
        assertThat(Grounding.apply("A text editor. It was saved at 10:30. It shows a letter.", List.of("letter")))
                .isEqualTo("A text editor. It shows a letter.");
    }

    @Test
    void readingsOnScreenAndCountsOfThingsStay() {
        assertThat(Grounding.apply("A PDF viewer, showing page 7 of 24.", List.of("7 / 24", "Zoom")))
                .isEqualTo("A PDF viewer, showing page 7 of 24.");
        assertThat(Grounding.apply("A video player, paused at 2:50.", List.of("2:50 / 4:10")))
                .isEqualTo("A video player, paused at 2:50.");
        assertThat(Grounding.apply("A quick settings menu, with the battery at 21 percent.", List.of("21%")))
                .isEqualTo("A quick settings menu, with the battery at 21 percent.");
        assertThat(Grounding.apply("A file manager, listing 12 items, with 3 folders.", List.of()))
                .isEqualTo("A file manager, listing 12 items, with 3 folders.");
        // the number of copies is a print dialog's setting: on screen, or not said
        assertThat(Grounding.apply("A print dialog, with 3 copies.", List.of("Copies:", "3", "Print")))
                .isEqualTo("A print dialog, with 3 copies.");
        assertThat(Grounding.apply("A print dialog, with 3 copies.", List.of("Printer", "Canon-Office Floor 1")))
                .isEqualTo("A print dialog.");
        // a 3 elsewhere on screen (zenity's list of printers, numbered, real_check at stop 34) is no number of copies
        assertThat(Grounding.apply("Probably a print dialog, with 3 copies. The text on it begins \"Pick a printer\".",
                List.of("Pick a printer", "Printer", "Status", "Canon MG3600 3", "Ready")))
                .isEqualTo("Probably a print dialog. The text on it begins \"Pick a printer\".");
        assertThat(Grounding.apply("A print dialog, with 1 copy.", List.of("Copy", "1", "Print")))
                .isEqualTo("A print dialog, with 1 copy.");
        assertThat(Grounding.apply("A dialog titled \"Version 2.0\".", List.of("Version 2.0")))
                .isEqualTo("A dialog titled \"Version 2.0\".");
        assertThat(Grounding.apply("A print dialog with the printer \"Canon MG3600\" selected.", List.of("Canon MG3600")))
                .isEqualTo("A print dialog with the printer \"Canon MG3600\" selected.");
    }

    @Test
    void aNumberIsOnScreenOnlyAsAWholeWord() {
        assertThat(Grounding.apply("A calculator, showing 24.", List.of("1245", "x24")))
                .isEqualTo("A calculator.");
        assertThat(Grounding.apply("A calculator, showing 24.", List.of("4096 Jun 24")))
                .isEqualTo("A calculator, showing 24.");
    }

    @Test
    void aNameWithTwoCapitalsIsANameToo() {
        assertThat(Grounding.apply("Probably a calculator from KCalc.", List.of("7", "8", "9")))
                .isEqualTo("Probably a calculator.");
        assertThat(Grounding.apply("Probably a calculator from KCalc.", List.of("KCalc")))
                .isEqualTo("Probably a calculator from KCalc.");
        assertThat(Grounding.apply("A PDF viewer in dark mode.", List.of())).isEqualTo("A PDF viewer in dark mode.");
    }

    @Test
    void aLaterSentenceThatRestsOnAnUnfoundQuoteOrReadingGoesWhole() {
        String detailed = "A settings page whose title is \"Privacy\". The heading is \"Account\". The clock in the panel"
                + " shows 10: 40. The interface uses a light theme, with 3 tabs.";
        assertThat(Grounding.apply(detailed, List.of("Privacy", "Search")))
                .isEqualTo("A settings page whose title is \"Privacy\". The interface uses a light theme, with 3 tabs.");
        assertThat(Grounding.apply(detailed, List.of()))
                .isEqualTo("A settings page. The interface uses a light theme, with 3 tabs.");
        assertThat(Grounding.apply(detailed, List.of("Privacy", "Account", "10:40")))
                .isEqualTo(detailed);
    }

    @Test
    void sentencesEndAtStopsOutsideQuotesAndNumbers() {
        assertThat(Grounding.sentences("A calculator showing 8.3632. It says \"Done. Next\"! Then"))
                .containsExactly("A calculator showing 8.3632.", "It says \"Done. Next\"!", "Then");
    }

    @Test
    void aPhraseInSingleQuotesAfterAVerbOfSayingIsAQuote() {
        assertThat(Grounding.apply("A calculator. It says'Review: '. It has a dark theme.", List.of("7", "8")))
                .isEqualTo("A calculator. It has a dark theme.");
        assertThat(Grounding.apply("A dialog that says 'Save changes?'.", List.of("Save changes?")))
                .isEqualTo("A dialog that says \"Save changes?\".");
        assertThat(Grounding.apply("A dialog with Don't Save and Save buttons.", List.of("Don't Save", "Save")))
                .isEqualTo("A dialog with Don't Save and Save buttons.");
        assertThat(Grounding.sentences("A page from example.com in Node.js. Next."))
                .containsExactly("A page from example.com in Node.js.", "Next.");
    }

    @Test
    void wordsLeftDanglingBeforeAStopGoToo() {
        assertThat(Grounding.apply("A PDF viewer in the \"example.com\". It has a sidebar.", List.of()))
                .isEqualTo("A PDF viewer. It has a sidebar.");
        assertThat(Grounding.tidy("The main content is. It has a map.")).isEqualTo("The main content. It has a map.");
    }

    /** Captions stitched at random from the pieces the model writes: never a failure, never an unfound quote kept. */
    @Test
    void randomCaptionsNeverFailAndNeverKeepAnUnfoundQuote() {
        String[] pieces = {"A", "dialog", "titled", "\"Save\"", "\"Nowhere\"", "says", "'Review: '", ",", ";", ".",
                "showing", "2: 50", "8.3632", "page", "7", "of", "24", "with", "3", "rows", "at", "21", "percent", "KCalc",
                "in", "Mousepad", "the", "It", "is", "\"", "'", "example.com", "!", "?", "1o", "\u201cCancel\u201d"};
        java.util.Random r = new java.util.Random(16);
        List<String> screen = List.of("Save", "Cancel", "Mousepad", "8.3632");
        for (int n = 0; n < 3000; n++) {
            StringBuilder c = new StringBuilder();
            for (int k = r.nextInt(25); k >= 0; k--) {
                c.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            // a broken pair of quotes can leave a bare word at a sentence's start, which is kept like any first word;
            // what must never survive is the unfound phrase as a quote
            String said = Grounding.apply(c.toString(), screen);
            assertThat(said).as(c.toString()).doesNotContain("\"Nowhere").doesNotContain("\"Review");
            assertThat(Grounding.apply(c.toString(), List.of())).as(c.toString()).doesNotContain("\"Nowhere")
                    .doesNotContain("\"Save");
        }
    }

    @Test
    void aTracebackIsSaidOnlyWhereTheTextShowsOne() {
        List<String> shell = List.of("Terminal -", "000", "File Edit View Terminal Tabs Help", "root@vm:/tmp/hand32#");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with a traceback.", () -> shell))
                .isEqualTo("A terminal.");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal, and a traceback.", () -> shell))
                .isEqualTo("A terminal.");
        List<String> failed = List.of("$ python3 report.py", "Traceback (most recent call last):",
                "ZeroDivisionError: division by zero");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal, and a traceback.", () -> failed))
                .isEqualTo("A terminal, and a traceback.");
        // a caption that states no such detail does not ask for the text
        assertThat(Grounding.withoutUnfoundedDetails("A terminal.", () -> {
            throw new AssertionError("asked");
        })).isEqualTo("A terminal.");
    }

    @Test
    void aManualPageIsSaidOnlyWhereTheTextShowsOne() {
        // Konsole's prompt below its toolbar's "Find" (stop 47, captured): the quote is on screen, the page is not
        List<String> konsole = List.of("cap : bash - Konsole", "File Edit View Bookmarks Plugins Settings Help",
                "New Tab, Split View,", "Copy", "PasteF", "Find", "root@vm:/tmp/cap#");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with the title \"bash\", with the manual page for "
                + "\"find\", and light text on a dark background.", () -> konsole))
                .isEqualTo("A terminal with the title \"bash\", and light text on a dark background.");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal showing a man page.", () -> konsole))
                .isEqualTo("A terminal.");
        // find's manual page in xterm: its header and sections, or less's status line
        List<String> manual = List.of("FIND(1)", "General Commands Manual", "NAME", "find - search for files",
                "SYNOPSIS");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with the manual page for \"find\".", () -> manual))
                .isEqualTo("A terminal with the manual page for \"find\".");
        List<String> status = List.of("find - search for files", "Manual page find(1) line 1 (press h for help)");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with the manual page for find.", () -> status))
                .isEqualTo("A terminal with the manual page for find.");
    }

    @Test
    void moreRowsThanTheScreenHasLinesAreNotSaid() {
        // zenity's question in its own window (stop 44, captured): three lines of text, "containing 6 rows"
        List<String> question = List.of("Question", "Delete holiday-photos.zip permanently?", "No", "Yes");
        assertThat(Grounding.withoutUnfoundedDetails("A file dialog, containing 6 rows.", () -> question))
                .isEqualTo("A file dialog.");
        assertThat(Grounding.withoutUnfoundedDetails("A file manager with 4 rows.", () -> question))
                .isEqualTo("A file manager with 4 rows.");
        // a dialog's rows stand below its title: GNOME Sudoku's five levels (stop 52, captured) were "listing 6 rows"
        List<String> levels = List.of("Select Difficulty", "Easy", "Medium", "Hard", "Very Hard",
                "Create your own puzzle");
        assertThat(Grounding.withoutUnfoundedDetails("Probably a list dialog, listing 6 rows.", () -> levels))
                .isEqualTo("Probably a list dialog.");
        assertThat(Grounding.withoutUnfoundedDetails("Probably a list dialog, listing 5 rows.", () -> levels))
                .isEqualTo("Probably a list dialog, listing 5 rows.");
    }

    @Test
    void aFileListingIsSaidOnlyWhereTheTextShowsOne() {
        // ls's manual page in xterm (stop 32, by hand) and `cat` of one file (real_check): no listing
        List<String> manual = List.of("man", "LS(1)", "User Commands", "LS(1)", "NAHE", "ls - list directory contents",
                "SYHOPSIS", "1s [OPTION]+++ [FILE]++", "DESCRIPTION");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal, with a file listing from the ls command.",
                () -> manual)).isEqualTo("A terminal.");
        List<String> cat = List.of("$ cat Lesson.txt", "Step 28: open the settings and choose the driver tab.", "$");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with a file listing.", () -> cat))
                .isEqualTo("A terminal.");
        // `ls -1` after a prompt, a long listing's permissions, or files' names on two lines: a listing
        List<String> ls = List.of("$ ls -1", "Journey.pdf", "shop.docx", "$");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal, with a file listing from the ls command.",
                () -> ls)).isEqualTo("A terminal, with a file listing from the ls command.");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with a file listing.",
                () -> List.of("drwxr-xr-x 2 ann ann 4096 Nov 28 06:31 Music"))).isEqualTo(
                "A terminal with a file listing.");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with a file listing.",
                () -> List.of("notes.txt", "photo.jpg"))).isEqualTo("A terminal with a file listing.");
        // top in Konsole (stop 47, captured): its figures with zeros read as "o" are no files' names
        List<String> top = List.of("cap : top - Konsole", "top -", "13:44:13 up 41 min,", "Tasks:", "79 total,",
                "%Cpu(s):", "o.ous, 50.o sy. o.o ni, 50.o id, 0.0 wa,", "0.o hi,", "o.o si,", "1179.2buff/cache");
        assertThat(Grounding.withoutUnfoundedDetails("A shell with a file listing.", () -> top))
                .isEqualTo("A shell.");
    }

    @Test
    void aVerbWhoseQuoteWentGoesWithIt() {
        // the bundled model on a rendered letter (stop 45, by hand): its time was not on screen
        assertThat(Grounding.apply("A lock screen with the panel clock shows \"11: 20\".", List.of("Dear Ann,")))
                .isEqualTo("A lock screen with the panel clock.");
        assertThat(Grounding.apply("A terminal that displays \"make: Nothing to be done\".", List.of("$ make")))
                .isEqualTo("A terminal.");
        // a quote found stays with its verb
        assertThat(Grounding.apply("A window that shows \"Ready\".", List.of("Ready"))).isEqualTo(
                "A window that shows \"Ready\".");
    }

    @Test
    void aLaterSentenceLeftWithNothingToSayGoes() {
        // the bundled model's detailed description of xterm's traceback (stop 45, `real_check`'s shots)
        assertThat(Grounding.apply("A terminal. It has. There is light text on a dark background.",
                List.of("Traceback (most recent call last):"))).isEqualTo(
                "A terminal. There is light text on a dark background.");
        // a detail that is not on screen leaves its sentence's pronoun alone: it goes too
        assertThat(Grounding.tidy("A terminal. It has. There is light text.")).isEqualTo(
                "A terminal. There is light text.");
        assertThat(Grounding.tidy("A dialog. It. Its buttons: OK.")).isEqualTo("A dialog. Its buttons: OK.");
        assertThat(Grounding.tidy("A terminal. The main content. It is a file listing.")).isEqualTo(
                "A terminal. It is a file listing.");
        // a quote's own short sentences stay
        assertThat(Grounding.tidy("A dialog says \"Done. Next.\".")).isEqualTo("A dialog says \"Done. Next.\".");
    }

    @Test
    void pingRepliesNeedWhatPingPrints() {
        // "a shell with ping replies from grep" on xterm's manual page of ls (stop 45, `real_check`'s shots)
        assertThat(Grounding.withoutUnfoundedDetails("It is about a shell with ping replies from grep.",
                () -> List.of("LS(1)", "User Commands", "ls - list directory contents")))
                .isEqualTo("It is about a shell.");
        assertThat(Grounding.withoutUnfoundedDetails("A terminal with ping replies.",
                () -> List.of("$ ping 10.0.0.1", "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64")))
                .isEqualTo("A terminal with ping replies.");
        // its host as the model spells it, whole (xfce4-terminal's prompt, stop 48, captured)
        assertThat(Grounding.withoutUnfoundedDetails("A terminal, with ping replies from bluth. example.com, with "
                + "light text on a dark background.", () -> List.of("Terminal -", "root@vm:/tmp/cap2#")))
                .isEqualTo("A terminal, with light text on a dark background.");
    }
}
