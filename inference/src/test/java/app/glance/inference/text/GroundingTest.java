package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A caption never quotes text that is not on the screen (regression guard for invented titles). */
class GroundingTest {

    static final List<String> SCREEN = List.of("Printer", "The printer is not connected.", "OK", "Cancel");

    @Test
    void anEmptyQuoteIsNotSaid() {
        // what the bundled model said about htop in xterm under Xvfb: "Probably a music player, showing a printer """
        assertThat(Grounding.apply("A music player, showing a printer \"\".", List.of("Load average: 0.23")))
                .isEqualTo("A music player.");
        assertThat(Grounding.apply("A dialog saying \"...\".", List.of("OK"))).isEqualTo("A dialog.");
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
    void smallOcrSlipsStillCountAsOnScreen() {
        assertThat(Grounding.isOnScreen("The printer is not connected",
                Grounding.normalise("The prlnter is not cornected."))).isTrue();
        assertThat(Grounding.isOnScreen("Invoice", Grounding.normalise("Printer"))).isFalse();
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
}
