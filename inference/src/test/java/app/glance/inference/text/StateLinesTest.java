package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A window's line about the state of what it shows, said after the window (written down at stop 44). */
class StateLinesTest {

    @Test
    void anEmptyViewOrASearchThatFoundNothingIsSaid() {
        assertThat(StateLines.onScreen(List.of("Downloads - File Explorer", "Home", "Desktop", "This folder is empty."),
                "A file manager.")).hasValue("It says \"This folder is empty\".");
        assertThat(StateLines.onScreen(List.of("Search", "holdiay photos", "No results found for \"holdiay photos\""),
                "A search page.")).hasValue("It says \"No results found for \u201dholdiay photos\u201d\".");
        assertThat(StateLines.onScreen(List.of("Shopping Basket", "Your Amazon Basket is empty."), "A web page."))
                .hasValue("It says \"Your Amazon Basket is empty\".");
        assertThat(StateLines.onScreen(List.of("Inbox", "Focused", "You're all caught up"), "A mail client."))
                .hasValue("It says \"You're all caught up\".");
        // a device that is not there (GNOME's Document Scanner, stop 49, captured)
        assertThat(StateLines.onScreen(List.of("Scan", "Document Scanner", "No Scanners Detected",
                "Please check your scanner is connected and powered on."), "A scanning app: its title is \"Document "
                + "Scanner\".")).hasValue("It says \"No Scanners Detected\".");
        // said already; a long paragraph that mentions results; no such line
        assertThat(StateLines.onScreen(List.of("This folder is empty."), "A file manager. It says \"This folder is "
                + "empty\".")).isEmpty();
        assertThat(StateLines.onScreen(List.of("No results were found in the first study, but the second one, run a "
                + "year later with twice as many people, showed a clear effect."), "A word processor.")).isEmpty();
        assertThat(StateLines.onScreen(List.of("Inbox", "Ann Lee", "Budget review"), "A mail client.")).isEmpty();
    }

    @Test
    void aDocumentOpenOnlyToReadIsSaidWithItsButtonToEdit() {
        assertThat(StateLines.onScreen(List.of("Budget 2026.xlsx [Protected View] - Excel", "PROTECTED VIEW Be careful"
                + "\u2014files from the Internet can contain viruses.", "Enable Editing", "Month", "Income"),
                "A spreadsheet.")).hasValue("It says \"PROTECTED VIEW Be careful\u2014files from the Internet can "
                + "contain viruses.\". Its button: Enable Editing.");
        // the title's mark alone, with no bar's line and no button: nothing
        assertThat(StateLines.onScreen(List.of("Budget 2026.xlsx [Read-Only] - Excel", "Month", "Income"),
                "A spreadsheet.")).isEmpty();
    }

    @Test
    void aTitlesProtectedViewDoesNotSayTheBarsButton() {
        List<String> excel = List.of("Budget 2026.xlsx [Protected View] - Excel", "PROTECTED VIEW Be careful—files "
                + "from the Internet can contain viruses.", "Enable Editing", "Month", "Income");
        assertThat(StateLines.onScreen(excel, "A spreadsheet: its title is \"Budget 2026.xlsx [Protected View] - "
                + "Excel\".")).hasValue("It says \"PROTECTED VIEW Be careful—files from the Internet can contain "
                + "viruses.\". Its button: Enable Editing.");
        assertThat(StateLines.onScreen(excel, "A dialog. It says \"PROTECTED VIEW Be careful—files from the "
                + "Internet\u2026\".")).isEmpty();
    }
}
