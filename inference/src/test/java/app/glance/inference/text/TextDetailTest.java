package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** More detail from the text alone: a window's menus, where its text begins, how many lines were read. */
class TextDetailTest {

    @Test
    void menusOneToALineWithTheApplicationsOwnAroundTheKnownOnes() {
        // KeePassXC's welcome screen and AbiWord under Xvfb, as PP-OCR read them (stop 29)
        List<String> keepass = List.of("KeePassXC", "000", "Database", "Entries", "Groups", "Tools", "View", "Help",
                "\u7530", "8", "Search (Ctrl+F)..", "Welcome to KeePassXC 2.7.4",
                "Start storing your passwords securely in a KeePassxC database", "Create new database");
        assertThat(TextDetail.of(keepass, "A password manager: its title is \"KeePassXC\".")).hasValue(
                "Its menus: Database, Entries, Groups, Tools, View, Help. The text in it begins \"Welcome to "
                        + "KeePassXC 2.7.4\". Glance read 14 lines of text.");
        List<String> abiword = List.of("*letter.txt", "File", "Edit", "View", "Insert", "Format", "Tools", "Table",
                "RDF", "Documents", "Help", "+", "Page Width", "Normal", "Liberation Serif", "12",
                "Dear Mrs. Patel, thank you", "Page: 1/1Liberation Serif");
        assertThat(TextDetail.of(abiword, "A text editor: its title is \"*letter.txt\".")).hasValue(
                "Its menus: File, Edit, View, Insert, Format, Tools, Table, RDF, Documents, Help. The text in it "
                        + "begins \"Dear Mrs. Patel, thank you\". Glance read 18 lines of text.");
    }

    @Test
    void theMenusEndAtHelpOrAFontsName() {
        // Transmission's toolbar and Gnumeric's font follow their menus (stop 30)
        assertThat(TextDetail.menus(List.of("Transmission", "File", "Edit", "Torrent", "View", "Help", "Open",
                "Properties", "Transmission is a file sharing program."), new int[1]))
                .containsExactly("File", "Edit", "Torrent", "View", "Help");
        assertThat(TextDetail.menus(List.of("groceries.csv-Gnumeric", "File", "Edit", "View", "Insert", "Format",
                "Tools", "Statistics", "Data", "Sans", "Item"), new int[1]))
                .containsExactly("File", "Edit", "View", "Insert", "Format", "Tools", "Statistics", "Data");
    }

    @Test
    void afterTheStartOfTheTextSaidAlreadyWhatFollowsIt() {
        assertThat(TextDetail.of(List.of("Pick a date", "When is your appointment?", "November 2026"),
                "A dialog. The text on it begins \"Pick a date\".")).hasValue(
                "Further on, it reads \"When is your appointment?\". Glance read 3 lines of text.");
    }

    @Test
    void aMenuBarOnOneLineOrRunTogether() {
        assertThat(TextDetail.of(List.of("letter.txt - Mousepad", "File Edit Search View Document Help",
                "Dear Mrs. Patel,"), "A text editor.")).hasValue("Its menus: File, Edit, Search, View, Document, "
                + "Help. The text in it begins \"Dear Mrs. Patel,\". Glance read 3 lines of text.");
        // the demo's Mousepad: its bar read as two lines
        assertThat(TextDetail.menus(List.of("/tmp/shots/letter.txt - Mousepad", "File Edit",
                "Search View Document Help", "Warning: you are using the root account."), new int[1]))
                .containsExactly("File", "Edit", "Search", "View", "Document", "Help");
        assertThat(TextDetail.of(List.of("letter.txt - Mousepad", "FileEd it Search View Document Help"),
                "A text editor.")).hasValue("Its menus: File, Edit, Search, View, Document, Help. Glance read 2 "
                + "lines of text.");
    }

    @Test
    void aBrowsersAddressAndButtonsAreNotWhereItsTextBegins() {
        List<String> wiki = List.of("Barn owl - Wikipedia", "c", "Not secure https://en.wikipedia.org/wiki/Barn_owl",
                "@ Sign in to Chromium?", "Wikipedia", "Main page", "From Wikipedia, the free encyclopedia");
        assertThat(TextDetail.of(wiki, "A web browser showing \"Barn owl - Wikipedia\".")).hasValue(
                "The text in it begins \"From Wikipedia, the free encyclopedia\". Glance read 7 lines of text.");
        // the browser's offer to sign in as PP-OCR reads it with its icon apart (stop 46, captured)
        List<String> mail = List.of("Inbox (23) - sarah.jones@", "@File", "/tmp/pages/01-mail.html",
                "Sign in to Chromium?", "Postly", "Q Search mail", "Compose", "Daniel Okafor",
                "Re: Q4 budget review - final numbers");
        assertThat(TextDetail.of(mail, "A web browser showing \"Inbox (23) - sarah.jones@\".")).hasValue(
                "The text in it begins \"Re: Q4 budget review - final numbers\". Glance read 9 lines of text.");
    }

    @Test
    void whatWasSaidIsNotSaidAgainAndNoTextIsNoDetail() {
        List<String> dialog = List.of("Question", "Delete the file letter.txt for ever?", "No", "Yes");
        assertThat(TextDetail.of(dialog, "A dialog asks \"Delete the file letter.txt for ever?\".")).hasValue(
                "Glance read 4 lines of text.");
        assertThat(TextDetail.of(List.of(), "The screen is black.")).isEmpty();
        assertThat(TextDetail.of(List.of("42"), "A calculator.")).isEmpty();
    }
}
