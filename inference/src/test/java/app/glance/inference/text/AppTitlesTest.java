package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppTitlesTest {

    @Test
    void aTitleEndingWithAnApplicationsNameGivesItsKind() {
        // titles as PP-OCR read them on windows captured under Xvfb and on the corpus's screens
        assertThat(AppTitles.kindByTitle(List.of("/tmp/shots/letter.txt - Mousepad", "File Edit", "Dear Mrs. Patel,")))
                .hasValue("A text editor: its title is \"/tmp/shots/letter.txt - Mousepad\".");
        assertThat(AppTitles.kindByTitle(List.of("/tmp/tmpbgoz45qm/quiet-list.txt-Mousepad", "File")))
                .hasValue("A text editor: its title is \"/tmp/tmpbgoz45qm/quiet-list.txt-Mousepad\".");
        assertThat(AppTitles.kindByTitle(List.of("X", "notes.txt (/tmp/v101717)-ViM", "Meeting notes")))
                .hasValue("A text editor in a terminal: its title is \"notes.txt (/tmp/v101717)-ViM\".");
        assertThat(AppTitles.kindByTitle(List.of("Thu Oct 15 10:55", "Inbox (44) - Thunderbird", "Get Messages")))
                .as("after a panel's clock").hasValue("A mail client: its title is \"Inbox (44) - Thunderbird\".");
        assertThat(AppTitles.kindByTitle(List.of("T Terminal", "$ cat shift.txt")))
                .as("the icon is not quoted").hasValue("A terminal: its title is \"Terminal\".");
        assertThat(AppTitles.kindByTitle(List.of("bash", "total 824"))).hasValue(
                "A terminal: its title is \"bash\".");
        // xterm's title while a manual page shows, its text not drawn yet (real_check, stop 30); its icon as "K"
        assertThat(AppTitles.kindByTitle(List.of("K man tar", "AX"))).hasValue(
                "A terminal: its title is \"man tar\".");
        assertThat(AppTitles.kindByTitle(List.of("man 3 printf"))).hasValue(
                "A terminal: its title is \"man 3 printf\".");
        // other programs that run in a terminal, as xterm's title names them, and ImageMagick's display (stop 31)
        assertThat(AppTitles.kindByTitle(List.of("X", "git log --stat I less", "000"))).hasValue(
                "A terminal: its title is \"git log --stat I less\".");
        assertThat(AppTitles.kindByTitle(List.of("x", "less", "000", "# Network services, Internet style")))
                .hasValue("A terminal: its title is \"less\".");
        assertThat(AppTitles.kindByTitle(List.of("ImageMagick: f3.jpg", "00x", "SWD"))).hasValue(
                "An image viewer: its title is \"ImageMagick: f3.jpg\".");
        assertThat(AppTitles.kindByTitle(List.of("X", "df -h; free -h", "000", "File system"))).hasValue(
                "A terminal: its title is \"df -h; free -h\".");
        assertThat(AppTitles.kindByTitle(List.of("ps aux / less", "00", "USER"))).hasValue(
                "A terminal: its title is \"ps aux / less\".");
        assertThat(AppTitles.kindByTitle(List.of("X", "cal-y I less", "000"))).hasValue(
                "A terminal: its title is \"cal-y I less\".");
        // Midnight Commander in xterm, its bracket read as "j" (stop 48, captured)
        assertThat(AppTitles.kindByTitle(List.of("mc[root@vmj:/tmp/cap2/files", "Left", "File", "Command")))
                .hasValue("A file manager in a terminal: its title is \"mc[root@vmj:/tmp/cap2/files\".");
        assertThat(AppTitles.kindByTitle(List.of("mc [ann@laptop]:~", "Left"))).hasValue("A file manager in a "
                + "terminal: its title is \"mc [ann@laptop]:~\".");
        assertThat(AppTitles.kindByTitle(List.of("sign-in", "Email"))).isEmpty();
        // Mousepad's title as PP-OCR reads it, its dash glued to the name (real_check, stop 31)
        assertThat(AppTitles.kindByTitle(List.of("/tmp/tmpsq5p3mx5/large-battery.txt -Mousepad", "File"))).hasValue(
                "A text editor: its title is \"/tmp/tmpsq5p3mx5/large-battery.txt -Mousepad\".");
        assertThat(AppTitles.kindByTitle(List.of("notes.txt -Mousepad", "File"))).hasValue(
                "A text editor: its title is \"notes.txt -Mousepad\".");
        assertThat(AppTitles.kindByTitle(List.of("Budget - less", "Sheet 1"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("ls -l explained - Stack Overflow", "Questions")))
                .as("a page about a command").isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Git for beginners", "Chapter 1"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("less is more", "A design blog"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("The man who sold the world", "Lyrics"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Man Overboard", "Chapter 1"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Paris opens new package in Shanghai - Brave", "Search")))
                .hasValueSatisfying(s -> assertThat(s).startsWith("A web browser: its title is \"Paris opens new"));
        assertThat(AppTitles.kindByTitle(List.of("Downloads - Files"))).hasValue(
                "A file manager: its title is \"Downloads - Files\".");
        // LibreOffice's Start Center: the suite's name alone; its applications' titles still name them (stop 28)
        assertThat(AppTitles.kindByTitle(List.of("LibreOffice", "00x", "File", "Tools Help", "Open File")))
                .hasValue("An office suite: its title is \"LibreOffice\".");
        assertThat(AppTitles.kindByTitle(List.of("\u56de", "Untitled 1- Libreoffice Impress", "File"))).hasValue(
                "A presentation editor: its title is \"Untitled 1- Libreoffice Impress\".");
        // Ristretto's title ends with the picture's place in its folder (stop 27)
        assertThat(AppTitles.kindByTitle(List.of("webcam-640x480.jpg - Image Viewer [3/3]", "File"))).hasValue(
                "An image viewer: its title is \"webcam-640x480.jpg - Image Viewer [3/3]\".");
        // GIMP's title: the image's name and size, not its colour mode and view (stop 47, captured), also as OCR
        // runs it together and for a new image changed since
        String gimp = "An image editor: its title is \"photo - GIMP\". The image is 800 by 600 pixels.";
        assertThat(AppTitles.kindByTitle(List.of("[photo] (imported)-1.0 (RGB color 8-bit gamma integer, GIMP built-in "
                + "sRGB, 1 layer) 800x600 - GIMP", "00x"))).hasValue(gimp);
        assertThat(AppTitles.kindByTitle(List.of("[photo](imported)-1.0(RGBcolor8-bitgammainteger,GIMPbuilt-insRGB,"
                + "1layer)800x600-GIMP"))).hasValue(gimp);
        assertThat(AppTitles.kindByTitle(List.of("*[Untitled]-2.0 (RGB color 8-bit gamma integer, GIMP built-in sRGB, "
                + "2 layers) 1920x1080 \u2013 GIMP"))).hasValue("An image editor: its title is \"Untitled - GIMP\". "
                + "The image is 1920 by 1080 pixels.");
        assertThat(AppTitles.isKindByTitle(gimp)).isTrue();
        // Gwenview's picture, its size and zoom between dashes, its name on the next line (stop 49, captured); Xpdf's
        assertThat(AppTitles.kindByTitle(List.of("0", "photo.jpg-800x600-100%", "Gwenview", "000")))
                .hasValue("An image viewer: its title is \"photo.jpg\". The image is 800 by 600 pixels.");
        assertThat(AppTitles.kindByTitle(List.of("Scan", "Document Scanner", "No Scanners Detected")))
                .hasValue("A scanning app: its title is \"Document Scanner\".");
        assertThat(AppTitles.kindByTitle(List.of("Xpdf:/tmp/cap2/files/notes.pdf", "000")))
                .hasValue("A PDF viewer: its title is \"Xpdf:/tmp/cap2/files/notes.pdf\".");
        // its size not read as digits (a screen scaled by two, stop 48's capture): the name alone
        assertThat(AppTitles.kindByTitle(List.of("[photo](imported)-1.0(RGBcolor8-bitgammainteger, GiMPbuilt-insRGB,"
                + "1layer)8oox6o-GiMP"))).hasValue("An image editor: its title is \"photo - GIMP\".");
    }

    @Test
    void titlesOfOtherSystemsWindowsGiveTheirKinds() {
        Map<String, String> kinds = Map.ofEntries(
                Map.entry("ann \u2014 -zsh \u2014 80\u00d724", "a terminal"), // macOS Terminal: shell and size
                Map.entry("Administrator: Windows PowerShell", "a terminal"),
                Map.entry("Untitled - Notepad", "a text editor"),
                Map.entry("Document1 - Word", "a word processor"),
                Map.entry("Book1 - Excel", "a spreadsheet"),
                Map.entry("Inbox - ann@example.com - Outlook", "a mail client"),
                Map.entry("main.py - project - Visual Studio Code", "a code editor"),
                Map.entry("Media Player", "a video player"),
                Map.entry("Spotify Premium", "a music player"),
                // since stop 33: Windows' WordPad and Visual Studio, meetings and notes
                Map.entry("Document - WordPad", "a word processor"),
                Map.entry("Solution1 - Microsoft Visual Studio", "a code editor"),
                Map.entry("Zoom Meeting", "a video call app"),
                Map.entry("Skype", "a video call app"),
                Map.entry("Project notes - Obsidian", "a notes app"),
                Map.entry("Page 1 - OneNote", "a notes app"),
                Map.entry("Volume Control", "a volume control"),
                // since stop 36: a short note in brackets after the application's name
                Map.entry("Inbox - ann@example.com - Outlook (Not Responding)", "a mail client"),
                Map.entry("report.pdf - Adobe Acrobat Reader (64-bit)", "a PDF viewer"),
                Map.entry("inventory.py - /tmp/work - Geany (new instance)", "a code editor"),
                // since stop 43: the application's name alone, not responding
                Map.entry("Microsoft Word (Not Responding)", "a word processor"),
                // since stop 40: Outlook's window for writing a message
                Map.entry("Untitled - Message (HTML)", "a mail client"),
                Map.entry("RE: Lunch tomorrow? - Message (Plain Text)", "a mail client"));
        assertKinds(kinds);
        // MuPDF's title: the document, its page of so many and its resolution, as PP-OCR read it (stop 36, by hand)
        assertThat(AppTitles.kindByTitle(List.of("invoice-2031.pdf-1/1 (100 dpi)", "Invoice 2031")))
                .hasValue("A PDF viewer: its title is \"invoice-2031.pdf-1/1 (100 dpi)\".");
        // a sentence in brackets after a name is the window's text, not a title's note
        assertThat(AppTitles.find(List.of("Plans - Word (then we met again at the station in May)"))).isEmpty();
        // a viewer's zoom level is no meeting
        assertThat(AppTitles.find(List.of("Zoom", "Some text on the window"))).isEmpty();
        // a size alone, or a shell's name inside a sentence, is no terminal's title
        assertThat(AppTitles.find(List.of("Poster \u2014 A4 \u2014 210\u00d7297"))).isEmpty();
        assertThat(AppTitles.find(List.of("How to use zsh - a guide"))).isEmpty();
    }

    /** Each title, above a line of the window's text, gives its kind. */
    private static void assertKinds(Map<String, String> kinds) {
        kinds.forEach((title, kind) -> assertThat(AppTitles.find(List.of(title, "Some text on the window")))
                .as(title).map(AppTitles.Title::kind).contains(kind));
    }

    @Test
    void viewersOfImagesFontsAndCertificatesAreKnownByTheirTitles() {
        // GPicView, xfontsel and gcr-viewer with their title bars, as PP-OCR read them (stop 32)
        assertThat(AppTitles.kindByTitle(List.of("BJpg(720x477)100%", "SWD", "GND", "USBST-UNK")))
                .hasValue("An image viewer: its title is \"BJpg(720x477)100%\".");
        assertThat(AppTitles.kindByTitle(List.of("xfontsel", "00", "quit select", "1394 nanes natch")))
                .hasValue("A font viewer: its title is \"xfontsel\".");
        assertThat(AppTitles.kindByTitle(List.of("ca-certificates.crt", "000", "ACCVRAIZ1", "Identity: ACCVRAIZ1",
                "Verified by: ACCVRAIZ1", "Expires: 12/31/30", "Details", "ca-certificates.crt")))
                .hasValue("A certificate viewer: its title is \"ca-certificates.crt\".");
        // baobab's title bar, its first view's name (stop 33, by hand)
        assertThat(AppTitles.kindByTitle(List.of("Devices & Locations", "This Computer", "Home Folder", "/root",
                "Computer", "245.8 GB Available", "270.6 GB Total")))
                .hasValue("A disk usage analyser: its title is \"Devices & Locations\".");
        // a size and a zoom inside a sentence are no viewer's title
        assertThat(AppTitles.kindByTitle(List.of("The photo (720x477) is shown at 100%", "Close"))).isEmpty();
    }

    @Test
    void anApplicationsNameWhoseWordsRanTogetherIsStillItsName() {
        // Openbox's settings with their title bar, as PP-OCR read them (stop 32): was "A dialog."
        assertThat(AppTitles.kindByTitle(List.of("OpenboxConfigurationManager", "00x", "Theme", "Appearance")))
                .hasValue("A settings window: its title is \"OpenboxConfigurationManager\".");
        assertThat(AppTitles.kindByTitle(List.of("letter.odt - LibreOfficeWriter", "File", "Edit")))
                .hasValue("A word processor: its title is \"letter.odt - LibreOfficeWriter\".");
    }

    @Test
    void installersCalendarsEditorsAndSystemWindowsAreKnownByTheirTitles() {
        // written down at stop 42: Notepad++'s installer had been "A text editor: its title is ...", Outlook's
        // calendar "A mail client: ...", the others "Glance cannot tell ..."
        Map<String, String> kinds = Map.ofEntries(
                Map.entry("Setup - Notepad++ v8.6", "an installer"),
                Map.entry("Python 3.12.0 (64-bit) Setup", "an installer"),
                Map.entry("Install Zoom", "an installer"),
                Map.entry("Untitled-1 @ 100% (RGB/8) - Adobe Photoshop", "an image editor"),
                Map.entry("poster.ai @ 66.67% (CMYK/Preview) - Adobe Illustrator 2024", "an image editor"),
                Map.entry("Calendar - Outlook", "a calendar app"),
                Map.entry("Network Connections", "a settings window"),
                Map.entry("Weather", "a weather app"),
                Map.entry("Calendar", "a calendar app"),
                Map.entry("Windows Terminal", "a terminal"),
                Map.entry("Software & Updates", "a settings window"),
                Map.entry("Programs and Features", "a settings window"),
                Map.entry("This PC", "a file manager"),
                Map.entry("Untitled - Meeting", "a calendar app"),
                Map.entry("Untitled 1 - LibreOffice Draw", "a drawing program"),
                Map.entry("Audacity", "an audio editor"),
                Map.entry("OBS 28.1.2 - Profile: Untitled - Scenes: Untitled", "a recording and streaming app"),
                Map.entry("Application Finder", "an app launcher"),
                Map.entry("Maps", "a map app"),
                Map.entry("Document Scanner", "a scanning app"),
                Map.entry("Disks", "a disk manager"),
                Map.entry("report.pdf \u2014 3 of 12", "a PDF viewer"),
                Map.entry("Python3.12.0(64-bit)Setup", "an installer"),
                Map.entry("ann@server: ~ - PuTTY", "a terminal"),
                Map.entry("Steam", "a game launcher"),
                Map.entry("Wireshark", "a network analyser"),
                Map.entry("Ubuntu 24.04 [Running] - Oracle VM VirtualBox", "a virtual machine manager"),
                Map.entry("vacation.mp4 - Shotcut", "a video editor"),
                Map.entry("Home - Tor Browser", "a web browser"),
                Map.entry("All Control Panel Items", "a settings window"),
                Map.entry("Microsoft Solitaire Collection", "a game"));
        kinds.forEach((title, kind) -> assertThat(AppTitles.find(List.of(title, "Some text on the window", "Next >")))
                .as(title).map(AppTitles.Title::kind).hasValue(kind));
        // an installer's title of another form needs a wizard's button: a document's heading is none
        assertThat(AppTitles.find(List.of("Install Python", "Download the installer and run it."))).isEmpty();
        assertThat(AppTitles.find(List.of("Install Zoom", "Introduction", "Go Back", "Continue")))
                .map(AppTitles.Title::kind).hasValue("an installer");
        // a page's title above a browser's address bar names no application
        assertThat(AppTitles.find(List.of("Weather", "bbc.co.uk/weather", "London"))).isEmpty();
        assertThat(AppTitles.find(List.of("Calendar", "calendar.google.com/calendar/u/0/r", "Today"))).isEmpty();
        assertThat(AppTitles.find(List.of("Setup - Notepad++ v8.6")).orElseThrow().installer()).isTrue();
        // a section of Windows' Settings with its switches, Windows Explorer's ribbon below its folder
        assertThat(AppTitles.find(List.of("Bluetooth & devices", "Bluetooth", "On", "Devices")))
                .map(AppTitles.Title::kind).hasValue("a settings window");
        assertThat(AppTitles.find(List.of("Wi-Fi", "On", "Bluetooth", "Off", "Airplane mode"))).isEmpty();
        assertThat(AppTitles.find(List.of("Display", "Scale & layout", "Scale", "150% (Recommended)")))
                .map(AppTitles.Title::kind).hasValue("a settings window");
        assertThat(AppTitles.find(List.of("Recycle Bin", "File Home Share View Manage", "Empty Recycle Bin")))
                .map(AppTitles.Title::kind).hasValue("a file manager");
        // the trash's own view with its button to empty it; a desktop's icon of it is none
        assertThat(AppTitles.find(List.of("Trash", "Empty", "Restore", "Name", "old-notes.txt")))
                .map(AppTitles.Title::kind).hasValue("a file manager");
        assertThat(AppTitles.find(List.of("Trash", "Home", "Documents"))).isEmpty();
        // a dialog's setup and a button are no installer's title
        for (String line : List.of("Page Setup", "PageSetup", "Print Setup", "Install Now", "Install updates")) {
            assertThat(AppTitles.find(List.of(line, "Margins", "OK"))).as(line).isEmpty();
        }
    }

    @Test
    void notesFeedsFinancesAndDiscsAreKnownByTheirTitles() {
        // as PP-OCR read them on windows captured under Xvfb (stop 52): each had been "Glance cannot tell ...", or
        // CherryTree and Gnote "Probably a file manager." and "Probably a music player."
        assertKinds(Map.of("Unsaved Document -Xournal++", "a notes app", "Gnote", "a notes app",
                "Liferea", "a feed reader", "HomeBank", "a personal finance app", "New appointment - Orage",
                "a calendar app", "Xfburn", "a disc burning app"));
        // a name with its version alone is an about dialog's heading, as before; a word that begins with a name is none
        assertThat(AppTitles.find(List.of("CherryTree 0.99.48"))).isEmpty();
        assertThat(AppTitles.find(List.of("Zimbabwe travel notes"))).isEmpty();
    }

    @Test
    void aBrowsersAddressBarIsNoTitle() {
        // Firefox's settings without the window's title bar, as PP-OCR read them (stop 39, by hand): its chip and
        // address had been "A settings window: its title is "Firefox about:preferences"."
        assertThat(AppTitles.find(List.of("Settings", "DProblem loading page", "+", "C", "Firefox about:preferences",
                "Settings", "Find in Settings"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Firefox Settings", "Find in Settings")))
                .hasValue("A settings window: its title is \"Firefox Settings\".");
    }

    @Test
    void anApplicationsNameWithADoubleLetterReadOnceIsStillItsName() {
        // LibreOffice Calc behind its Format Cells dialog, as PP-OCR read it (stop 39, by hand)
        assertThat(AppTitles.kindByTitle(List.of("Untitled1-LibreOfice Calc", "Format Cells", "File", "Edit")))
                .hasValue("A spreadsheet: its title is \"Untitled1-LibreOfice Calc\".");
        assertThat(AppTitles.kindByTitle(List.of("notes.txt - Mousepad", "File"))).hasValue(
                "A text editor: its title is \"notes.txt - Mousepad\".");
        // a letter read once is no double letter dropped: "Calculatr" names no application
        assertThat(AppTitles.kindByTitle(List.of("Calculatr", "File"))).isEmpty();
    }

    @Test
    void pythonsInterpreterAsATitleIsATerminal() {
        // xterm -e python3 with its title bar, as PP-OCR read it (stop 32): was "Probably a text editor."
        assertThat(AppTitles.kindByTitle(List.of("Python3", "000", "Python 3;11.7. (main, May 9 2026, 07:35:25)")))
                .hasValue("A terminal: its title is \"Python3\".");
        assertThat(AppTitles.kindByTitle(List.of("Python", "Downloads", "Documentation"))).isEmpty();
    }

    @Test
    void fileZillasTitleAsOcrSplitsItNamesAnFtpClient() {
        // FileZilla's window with its title bar, as PP-OCR read it (stop 32)
        assertThat(AppTitles.kindByTitle(List.of("File Zilla", "File", "Edit", "View", "Transfer", "Server")))
                .hasValue("An FTP client: its title is \"File Zilla\".");
        assertThat(AppTitles.kindByTitle(List.of("sftp://ann@example.org - FileZilla", "File", "Edit")))
                .hasValue("An FTP client: its title is \"sftp://ann@example.org - FileZilla\".");
    }

    @Test
    void anApplicationsOwnSettingsAreASettingsWindow() {
        // Mousepad's preferences and LXAppearance, as PP-OCR read them (stop 28): the title is the whole first line
        assertThat(AppTitles.kindByTitle(List.of("P89", "Mousepad Preferences", "000", "View", "Editor")))
                .hasValue("A settings window: its title is \"Mousepad Preferences\".");
        assertThat(AppTitles.kindByTitle(List.of("Customize Look and Feel", "Widget Color Icon Theme Mouse Cursor")))
                .hasValue("A settings window: its title is \"Customize Look and Feel\".");
        assertThat(AppTitles.kindByTitle(List.of("Firefox Settings", "General"))).hasValue(
                "A settings window: its title is \"Firefox Settings\".");
        // the word alone is a menu's item or a section; further down, or in a sentence, no title
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Wi-Fi", "Bluetooth"))).isEmpty();
        // but above a search for settings it is the window's title: Windows' Settings (stop 40)
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Find a setting", "System", "Bluetooth & devices")))
                .hasValue("A settings window: its title is \"Settings\".");
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Search settings", "Network"))).hasValue(
                "A settings window: its title is \"Settings\".");
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Find a file", "Network"))).isEmpty();
        // or above its sections (GNOME's, stop 40)
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Wi-Fi", "Network", "Bluetooth", "Displays", "Sound")))
                .hasValue("A settings window: its title is \"Settings\".");
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Profile", "Network", "Files", "Sound"))).isEmpty();
        // or above the path to its page, a section first (Windows', stop 50)
        List<String> display = List.of("Settings", "System > Display", "Brightness & color", "Scale & layout");
        assertThat(AppTitles.kindByTitle(display)).hasValue("A settings window: its title is \"Settings\".");
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Recipes > Soups", "Leek and potato"))).isEmpty();
    }

    @Test
    void aSettingsWindowIsSaidWithTheSectionItShows() {
        List<String> display = List.of("Settings", "System > Display", "Brightness & color", "Scale & layout");
        assertThat(AppTitles.sectionOnScreen(display, "A settings window."))
                .hasValue("It shows the section \"System > Display\".");
        assertThat(AppTitles.sectionOnScreen(List.of("Settings", "Bluetooth & devices", "Bluetooth", "On"),
                "A settings window: its title is \"Settings\"."))
                .hasValue("It shows the section \"Bluetooth & devices\".");
        // said already, said of another kind, or no section below the title: nothing
        assertThat(AppTitles.sectionOnScreen(List.of("Bluetooth & devices", "Bluetooth", "On"),
                "A settings window: its title is \"Bluetooth & devices\".")).isEmpty();
        assertThat(AppTitles.sectionOnScreen(display, "A dialog.")).isEmpty();
        assertThat(AppTitles.sectionOnScreen(List.of("Settings", "Find a setting", "System > Display", "System"),
                "A settings window: its title is \"Settings\"."))
                .hasValue("It shows the section \"System > Display\".");
        assertThat(AppTitles.sectionOnScreen(List.of("Settings", "Profile", "Ann Lee"), "A settings window."))
                .isEmpty();
    }

    @Test
    void aPropertiesDialogIsNamedByItsTitle() {
        // Windows' and PCManFM's, the whole first line (stop 40)
        assertThat(AppTitles.kindByTitle(List.of("report.pdf Properties", "General", "Security", "Details")))
                .hasValue("A properties dialog: its title is \"report.pdf Properties\".");
        assertThat(AppTitles.kindByTitle(List.of("File Properties", "General", "Permissions")))
                .hasValue("A properties dialog: its title is \"File Properties\".");
        assertThat(AppTitles.kindByTitle(List.of("notes.txt - Properties", "Basic"))).hasValue(
                "A properties dialog: its title is \"notes.txt - Properties\".");
        // after a separator, below the lines of another window (Thunar's screen, stop 40, by hand)
        assertThat(AppTitles.kindByTitle(List.of("repots", "File", "annual-report.pdf - Properties", "General")))
                .hasValue("A properties dialog: its title is \"annual-report.pdf - Properties\".");
        // the word alone, or in a sentence, or further down, is no title
        assertThat(AppTitles.kindByTitle(List.of("Properties", "Name", "Size"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Change the file's properties", "OK"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Inbox", "Account Settings", "Compose"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Open the display settings", "Close"))).isEmpty();
    }

    @Test
    void namesThatAreNoTitleAreNotTaken() {
        assertThat(AppTitles.kindByTitle(List.of("Music", "File", "Edit", "View", "Bookmarks")))
                .as("a file manager's title is its folder's name").isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("cape", "Krita", "Photo editor", "Installed")))
                .as("an application in a software store's list").isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("File", "Edit", "View", "Calculator", "Help")))
                .as("galculator's menu").isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Release notes", "Download Firefox today", "for free")))
                .as("a name inside a sentence").isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Question", "Are you sure", "you wish to", "proceed? - Gedit")))
                .as("only the first three lines with words").isEmpty();
        assertThat(AppTitles.kindByTitle(List.of())).isEmpty();
    }

    /** xterm's icon, read as "X" or "T" before vim's title (real_check, stop 25), is not quoted; a word is. */
    @Test
    void aTitleBarsIconIsNotQuoted() {
        assertThat(AppTitles.kindByTitle(List.of("X todo.md (/tmp/v486689)-VIM", "Packing list")))
                .hasValue("A text editor in a terminal: its title is \"todo.md (/tmp/v486689)-VIM\".");
        assertThat(AppTitles.kindByTitle(List.of("T /tmp/letter.txt - Mousepad")))
                .hasValue("A text editor: its title is \"/tmp/letter.txt - Mousepad\".");
        assertThat(AppTitles.kindByTitle(List.of("A Tale of Two Cities - Mozilla Firefox")))
                .hasValue("A web browser: its title is \"A Tale of Two Cities - Mozilla Firefox\".");
        assertThat(AppTitles.kindByTitle(List.of("7 - Mousepad")))
                .hasValue("A text editor: its title is \"7 - Mousepad\".");
    }

    @Test
    void aTitleOfAnotherKindContradictsTheCaptionsKind() {
        AppTitles.Title htop = AppTitles.find(List.of("X", "htop", "Tasks: 16, 19 thr")).orElseThrow();
        assertThat(htop.kind()).isEqualTo("a system monitor");
        assertThat(KindCheck.contradictedByTitle("Probably a PDF viewer.", htop)).isTrue();
        AppTitles.Title vim = AppTitles.find(List.of("notes.txt (~/plans) - VIM", "Meeting notes")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("Probably a video page.", vim)).isTrue();
        assertThat(KindCheck.contradictedByTitle("A terminal.", vim)).as("vim runs in a terminal").isFalse();
        AppTitles.Title calculator = AppTitles.find(List.of("Calculator", "5408×35=")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("A calculator.", calculator)).isFalse();
        assertThat(KindCheck.contradictedByTitle("Probably a music player.", calculator)).isTrue();
        AppTitles.Title browser = AppTitles.find(List.of("Amy Rivera | Messages - Brave")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("Probably a chat page.", browser)).as("a page in a browser").isFalse();
        AppTitles.Title mousepad = AppTitles.find(List.of("list.txt - Mousepad")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("A warning dialog.", mousepad))
                .as("a dialog's title often names its application").isFalse();
        assertThat(KindCheck.contradictedByTitle("A dialog.", mousepad)).isFalse();
        assertThat(KindCheck.contradictedByTitle("A web page.", mousepad)).as("a kind the check does not know")
                .isFalse();
        // a text editor shows any text, so no line contradicts it; a terminal's title does (xterm, a real shot)
        AppTitles.Title xterm = AppTitles.find(List.of("xterm", "X", "$ ls -1")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("Probably a text editor.", xterm)).isTrue();
        List<String> listing = List.of("Files kept for the trip", "$ ls -l", "total 8",
                "drwxr-xr-x 2 a a 4096 Nov 28 06:31 notes", "-rw-r--r-- 1 a a 12 Nov 28 06:31 plan.txt");
        assertThat(KindCheck.contradicted("Probably a text editor.", listing)).isFalse();
        // except a text that begins with a shell's command (since stop 23)
        assertThat(KindCheck.contradicted("Probably a text editor.", listing.subList(1, listing.size()))).isTrue();
        assertThat(KindCheck.contradictedByTitle("Probably a text editor.", mousepad)).isFalse();
        assertThat(KindCheck.contradictedByTitle("A text editor.", vim)).as("vim is a text editor").isFalse();
    }

    @Test
    void whatItSaysIsACorrection() {
        String said = AppTitles.kindByTitle(List.of("letter.txt - Mousepad")).orElseThrow();
        assertThat(AppTitles.isKindByTitle(said)).isTrue();
        assertThat(KindCheck.corrects(said)).isTrue();
        assertThat(AppTitles.isKindByTitle("A text editor with the title \"letter.txt\".")).isFalse();
        String longTitle = AppTitles.kindByTitle(List.of("one two three four five six seven eight nine ten eleven"
                + " twelve - Mozilla Firefox")).orElseThrow();
        assertThat(longTitle).isEqualTo("A web browser: its title is \"one two three four five six seven eight nine "
                + "ten\u2026\".");
    }

    @Test
    void moreApplicationsNamedInTitlesGiveTheirKinds() {
        // the first lines of windows captured under Xvfb, as PP-OCR read them (stop 29)
        assertThat(AppTitles.kindByTitle(List.of("KeePassXC", "000", "Database", "Entries")))
                .hasValue("A password manager: its title is \"KeePassXC\".");
        assertThat(AppTitles.kindByTitle(List.of("+", "0", "Meld", "Text Filters", "../hand29/letter.txt")))
                .hasValue("A file comparison tool: its title is \"Meld\".");
        assertThat(AppTitles.kindByTitle(List.of("Transmission", "File", "Edit", "Torrent")))
                .hasValue("A BitTorrent client: its title is \"Transmission\".");
        assertThat(AppTitles.kindByTitle(List.of("Character Map", "00", "File", "View")))
                .hasValue("A character map: its title is \"Character Map\".");
        // after the application's name, its version
        assertThat(AppTitles.kindByTitle(List.of("backup.zip - xarchiver 0.5.4.20", "000", "Archive")))
                .hasValue("An archive manager: its title is \"backup.zip - xarchiver 0.5.4.20\".");
        // a word of the name inside a sentence is no title, nor a name with its version alone (Geany's about dialog)
        assertThat(AppTitles.find(List.of("Power transmission lines", "Meld the two lists"))).isEmpty();
        assertThat(AppTitles.find(List.of("Geany 1.38", "A fast and lightweight IDE"))).isEmpty();
    }

    /** Evince's start page (stop 37, by hand): its header bar's "Open..." button, then its title. */
    @Test
    void aHeaderBarsButtonBeforeTheTitleIsPassedOver() {
        assertThat(AppTitles.kindByTitle(List.of("Open...", "Document Viewer", "Storm closes", "minutes.pdf")))
                .hasValue("A PDF viewer: its title is \"Document Viewer\".");
        // a GNOME game's "New Game" before its title (stop 53, captured)
        assertThat(AppTitles.kindByTitle(List.of("New Game", "GNOME 2048", "0", "2")))
                .hasValue("A game: its title is \"GNOME 2048\".");
        // another line before an application's name is no header bar's button
        assertThat(AppTitles.find(List.of("Top downloads", "Document Viewer", "Read PDF files"))).isEmpty();
        assertThat(AppTitles.find(List.of("New Games", "GNOME 2048"))).isEmpty();
    }

    /** Applications captured under Xvfb at stop 53, as PP-OCR read their first lines. */
    @Test
    void applicationsNotSeenBeforeAreNamedByTheirTitles() {
        assertThat(AppTitles.kindByTitle(List.of("No Family Tree - Gramps", "Family Trees", "Edit")))
                .hasValue("A genealogy app: its title is \"No Family Tree - Gramps\".");
        assertThat(AppTitles.kindByTitle(List.of("Unnamed - Planner", "000", "File", "Edit")))
                .hasValue("A project planner: its title is \"Unnamed - Planner\".");
        // Remmina's title cut short by its window, with the dots that say so
        assertThat(AppTitles.kindByTitle(List.of("Remmina Remote Desktop Cli...", "SSH", "Name", "Group")))
                .hasValue("A remote desktop client: its title is \"Remmina Remote Desktop Cli...\".");
        assertThat(AppTitles.kindByTitle(List.of("Catfish", "00", "doc", "File Type")))
                .hasValue("A file search app: its title is \"Catfish\".");
        // xterm's title while a text-mode program runs in it
        assertThat(AppTitles.kindByTitle(List.of("lynx", "000", "lynx for Debian")))
                .hasValue("A web browser in a terminal: its title is \"lynx\".");
        assertThat(AppTitles.kindByTitle(List.of("x", "mutt", "000", "/root/Mail does not exist, Create it?")))
                .hasValue("A mail client in a terminal: its title is \"mutt\".");
        // a name's two words split inside one, as PP-OCR read the title bar; a name with its version where the title
        // bar's buttons follow it (an About dialog's heading has its own title bar, "About Geany", above it)
        assertThat(AppTitles.kindByTitle(List.of("Speed Crunch", "000", "Session Edit View Settings Help")))
                .hasValue("A calculator: its title is \"Speed Crunch\".");
        assertThat(AppTitles.kindByTitle(List.of("HandBra ke", "000", "File", "Queue")))
                .hasValue("A video converter: its title is \"HandBra ke\".");
        assertThat(AppTitles.kindByTitle(List.of("Scribus 1.5.8", "000", "File Edit Item Insert Page Iable")))
                .hasValue("A desktop publishing app: its title is \"Scribus 1.5.8\".");
        assertThat(AppTitles.find(List.of("Scribus 1.5.8", "Desktop publishing for everyone"))).isEmpty();
        assertThat(AppTitles.find(List.of("About Geany", "00x", "Geany 1.38", "A fast and lightweight IDE")))
                .isEmpty();
        assertThat(AppTitles.find(List.of("Mine s", "000", "Score"))).isEmpty();
        // Windows' console titled with its program's path (Wine's cmd, as PP-OCR read it), as an administrator's too
        assertThat(AppTitles.kindByTitle(List.of("C:/windowssystem32/cmd.exe", "000", "12/3/2026", "2:31 PM")))
                .hasValue("A terminal: its title is \"C:/windowssystem32/cmd.exe\".");
        assertThat(AppTitles.find(List.of("Administrator: C:\\WINDOWS\\system32\\cmd.exe"))).isPresent();
        assertThat(AppTitles.find(List.of("D:\\games\\setup.exe", "Next"))).isEmpty();
        // "Planner" alone is an everyday word: a diary's heading, not Planner's title
        assertThat(AppTitles.find(List.of("Planner", "Monday", "Tuesday"))).isEmpty();
    }

    /** Stop 53's captures that stayed wrong, as PP-OCR read their first lines. */
    @Test
    void aTitleRightAboveItsTitleBarsButtonsIsOne() {
        // Wine's Task Manager below its system tray's title, cut short: the line above the title bar's buttons
        assertThat(AppTitles.kindByTitle(List.of("Wi.. ray \u56de\u03b2", "Task Manager", "000", "File Options")))
                .hasValue("A system monitor: its title is \"Task Manager\".");
        assertThat(AppTitles.find(List.of("Wi.. ray", "Task Manager", "File Options", "Processes"))).isEmpty();
        // not below a document's name, the title's first part as PP-OCR split it (Kate's, stop 47)
        assertThat(AppTitles.kindByTitle(List.of("report.py", "Kate", "00", "File")))
                .hasValue("A code editor: its title is \"report.py\".");
        // w3m as xterm's title, with fewer than three letters in a row
        assertThat(AppTitles.kindByTitle(List.of("X", "w3m", "000", "w3m Www wo Miru Tool version 0.5.3")))
                .hasValue("A web browser in a terminal: its title is \"w3m\".");
        assertThat(AppTitles.find(List.of("X", "w3m", "w3m Www wo Miru Tool version 0.5.3"))).isEmpty();
        // Wine's file manager, its drive in square brackets after a dash
        assertThat(AppTitles.kindByTitle(List.of("Wine File Manager- [Z:\u2193]", "000", "Eile Disk Yiew ptions")))
                .hasValue("A file manager: its title is \"Wine File Manager- [Z:\u2193]\".");
        assertThat(AppTitles.find(List.of("File Manager - [Z:]", "000"))).isEmpty();
    }

    /** Each of {@code titles}' first lines is said as the kind of window mapped to it, with its title. */
    private static void assertNamedByTitles(Map<List<String>, String> titles) {
        titles.forEach((lines, kind) -> assertThat(AppTitles.kindByTitle(lines)).as(lines.toString())
                .hasValueSatisfying(said -> assertThat(said).startsWith(kind + ": its title is \"")));
    }

    /** Applications captured under Xvfb at stop 54, as PP-OCR read their first lines. */
    @Test
    void applicationsCapturedAtStop54AreNamedByTheirTitles() {
        Map<List<String>, String> titles = new LinkedHashMap<>();
        titles.put(List.of("Parole Media Player", "00", "Media Playback Audio Video Tools Help"), "A video player");
        titles.put(List.of("RawTherapee 5.9", "Places", "Find:"), "An image editor");
        titles.put(List.of("Hugin - Panorama Stitcher", "File", "Edit"), "A panorama stitcher");
        titles.put(List.of("0", "Pencil2D Development Build\"2022-08-16\"-Pencil2D", "000"), "An animation app");
        titles.put(List.of("New palette - Gpick", "00x", "File Edit View"), "A colour picker");
        titles.put(List.of("Untitled 0 -Bluefish 2.2.12", "000", "File"), "A code editor");
        titles.put(List.of("Unsaved Document 1 - Gummi", "00", "File"), "A LaTeX editor");
        titles.put(List.of("Q", "Quassel IRC", "File View"), "A chat app");
        titles.put(List.of("DB Browser for SQLite", "000", "Eile Edit Yiew Iools Help"), "A database app");
        titles.put(List.of("Kalzium", "File Yiew Iools", "Settings Help"), "A periodic table app");
        titles.put(List.of("Typewriting Trainer", "000", "Welcome to Typewriting Trainer"), "A typing tutor");
        titles.put(List.of("Untitled -Frescobaldi", "File Edit View"), "A music notation app");
        titles.put(List.of("Pingus 0.7.6", "000", "PiNGUS", "Story"), "A game");
        titles.put(List.of("ksnip", "000", "File Edit View Options Help"), "A screenshot tool");
        titles.put(List.of("New List", "Endeavour", "Inbox"), "A to-do list app");
        titles.put(List.of("O Record", "Sound Recorder", "Add Recordings"), "A sound recorder");
        titles.put(List.of("Untitled", "KolourPaint", "000", "File"), "An image editor");
        titles.put(List.of("G open", "GHex", "Q", "No File Loaded"), "A hex editor");
        titles.put(List.of("Untitled *", "KolourPaint", "File", "Edit"), "An image editor");
        titles.put(List.of("Package Installer", "000", "File"), "A package installer");
        titles.put(List.of("Print Settings - localhost", "000", "Server"), "A printer settings window");
        titles.put(List.of("CPU-X", "000", "CPU", "Caches"), "A system information app");
        titles.put(List.of("R", "New document - ReText", "000"), "A Markdown editor");
        titles.put(List.of("GoldenDict", "File", "View"), "A dictionary app");
        titles.put(List.of("Quit", "Contacts Setup", "Done", "Welcome"), "A contacts app");
        titles.put(List.of("Convert", "Sound Converter", "Ready"), "An audio converter");
        titles.put(List.of("vokoscreenNG3.5.0", "000", "No write access on pictures folder"), "A screen recorder");
        titles.put(List.of("gFTP2.9.1b", "000", "gETP Local"), "An FTP client");
        titles.put(List.of("Untitledi", "Untitled1.sfd (IS08859-1)", "000"), "A font editor");
        titles.put(List.of("X", "Telegram Desktop", "Welcome to the official Telegram Desktop app."), "A chat app");
        titles.put(List.of("Strawberry Music Player", "Music Playlist Iools Help"), "A music player");
        // the application's name first, before a separator
        titles.put(List.of("Klavaro - Main menu", "00", "o -Introduction"), "A typing tutor");
        titles.put(List.of("xboard: fairymax", "Eile Edit View Mode Action Engine Options Help"), "A game");
        // a settings window's title, before its application's name, or alone above its title bar's buttons
        titles.put(List.of("Preferences - Geeqie", "000", "General", "Image"), "A settings window");
        titles.put(List.of("Preferences", "00", "Interface", "Behavior", "Downloads"), "A settings window");
        assertNamedByTitles(titles);
        // a name first is the first line's only, not an everyday name's, not a page's title above an address bar
        assertThat(AppTitles.find(List.of("Notes", "Klavaro - Main menu"))).isEmpty();
        assertThat(AppTitles.find(List.of("Music - Playlists", "Monday"))).isEmpty();
        assertThat(AppTitles.find(List.of("Klavaro - Learn to type", "klavaro.sourceforge.io", "Download")))
                .isEmpty();
        assertThat(AppTitles.find(List.of("Preferences", "Library", "Caches"))).isEmpty();
        // a shell's name as a file manager's title is its folder's (Nemo's, its places in the sidebar)
        assertThat(AppTitles.find(List.of("bash", "File", "Edit", "usr", "share", "My Computer", "Home", "Desktop",
                "Recent", "File System", "Trash", "Network", "POSIX.gz", "README.gz", "15 items"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("bash", "000", "root@vm:/tmp#")))
                .hasValue("A terminal: its title is \"bash\".");
        // ... or where the path to it shows, a context menu over the status line (PCManFM's, Nemo's)
        assertThat(AppTitles.find(List.of("bash", "000", "File Edit View", "/usr/share/doc/bash", "Places",
                "Home Folder", "Open", "Open With", "Cut", "Copy"))).isEmpty();
        assertThat(AppTitles.find(List.of("bash", "00", "File", "usr", "share", "doc", "bash", "Q", "Home",
                "Create New Folder"))).isEmpty();
        // a name with its version above a sentence that describes it is an About dialog's heading
        assertThat(AppTitles.find(List.of("RawTherapee 5.9", "A raw photo processing program"))).isEmpty();
    }

    /** Applications captured under Xvfb at stop 55, as PP-OCR read their first lines. */
    @Test
    void applicationsCapturedAtStop55AreNamedByTheirTitles() {
        Map<List<String>, String> titles = new LinkedHashMap<>();
        titles.put(List.of("The Wireshark Network Analyzer", "00", "File", "Edit"), "A network analyser");
        titles.put(List.of("Project - LabPlot", "File", "Edit", "View", "Spreadsheet"), "A data plotting app");
        titles.put(List.of("Self Test - Kleopatra", "000", "These are the results of the Kleopatra self-test suite."),
                "An encryption app");
        titles.put(List.of("Psensor - Temperature Monitor", "000", "Psensor", "Help"), "A temperature monitor");
        titles.put(List.of("wxMaxima", "22.12.0(Linux 6.18.44-f", "unsaved*", "000"), "A mathematics app");
        titles.put(List.of("JuK", "File Edit", "View", "Player"), "A music player");
        titles.put(List.of("Grsync: default", "000", "File", "Sessions", "Help"), "A backup app");
        titles.put(List.of("uGet", "00x", "File Edit View"), "A download manager");
        titles.put(List.of("Spyder (Python 3.11)", "File Edit", "Search"), "A code editor");
        titles.put(List.of("wxMaxima 22.12.0 (Linux 6.18.44-fc-v1147x86_64)[unsaved*]", "000", "File"),
                "A mathematics app");
        titles.put(List.of("Q", "Tweaks", "General", "General"), "A settings window");
        titles.put(List.of("Open", "+", "*Untitled Document 1", "Save"), "A text editor");
        assertNamedByTitles(titles);
        // a menu bar's "File Settings", as PP-OCR read KBruch's, is no settings window's title
        assertThat(AppTitles.find(List.of("Eile Settings", "Help", "KBruch", "Dino"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Mousepad Preferences", "000", "View", "Editor")))
                .hasValue("A settings window: its title is \"Mousepad Preferences\".");
    }

    /** Applications captured under Xvfb at stop 56, as PP-OCR read their first lines. */
    @Test
    void applicationsCapturedAtStop56AreNamedByTheirTitles() {
        Map<List<String>, String> titles = new LinkedHashMap<>();
        titles.put(List.of("*GNU Emacs*-GNU Emacsatvm", "000", "File", "Edit"), "A text editor");
        titles.put(List.of("letter.txt - GNU Emacs at vm", "000", "File"), "A text editor");
        titles.put(List.of("new 1 - Notepadqq", "00", "File Edit"), "A text editor");
        titles.put(List.of("DoubleCommander-ROOTPRIVILEGES", "Eiles Mark Commands"), "A file manager");
        titles.put(List.of("Calligra Sheets", "00", "File", "Settings Help"), "A spreadsheet");
        titles.put(List.of("KCharSelect", "00", "File Edit  Go"), "A character map");
        titles.put(List.of("Sweeper", "Eile Settings Help", "Privacy Settings"), "A system cleaner");
        titles.put(List.of("OBs 29.0.2.1-1+b1(linux)-Profile: Untitled-Scenes: Untitled", "000", "File Edit View"),
                "A recording and streaming app");
        // a header bar's "Extract" before File Roller's title
        titles.put(List.of("Extract", "Archive Manager"), "An archive manager");
        assertNamedByTitles(titles);
        // an email address's "at" is no host after Emacs' name
        assertThat(AppTitles.find(List.of("Write to emacs at once", "File"))).isEmpty();
    }

    /** First runs captured at stop 53 without their titles: GNOME Weather and Backups (Déjà Dup). */
    @Test
    void aFirstRunsGreetingNamesItsApplication() {
        assertThat(AppTitles.welcome(List.of("Select Location", "Welcome to Weather!",
                "To get started, select a location.", "Search for a city or country")))
                .hasValue("A weather app, showing \"Welcome to Weather!\".");
        // an everyday name too: the greeting says it is an application's
        assertThat(AppTitles.welcome(List.of("Backups", "Welcome to Backups", "Create Your First Backup")))
                .hasValue("A backup app, showing \"Welcome to Backups\".");
        assertThat(AppTitles.find(List.of("Backups", "Welcome to Backups"))).isEmpty();
        // a greeting of no application Glance knows, or far down a letter, names none
        assertThat(AppTitles.welcome(List.of("Dear Karen,", "Welcome to the team!"))).isEmpty();
        // LibreCAD's and GNOME Boxes' (stop 54, captured)
        assertThat(AppTitles.welcome(List.of("Welcome", "00", "Welcome to LibreCAD")))
                .hasValue("A CAD app, showing \"Welcome to LibreCAD\".");
        assertThat(AppTitles.welcome(List.of("Welcome Tutorial", "Welcome to Boxes")))
                .hasValue("A virtual machine manager, showing \"Welcome to Boxes\".");
        assertThat(AppTitles.welcome(List.of("Agenda", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Notes",
                "Welcome to Weather!"))).isEmpty();
        // a bare greeting, the application named with its version on its banner below (Inkscape's, stop 56, captured)
        assertThat(AppTitles.welcome(List.of("Welcome!", "Let's set up a few things...", "Inkscape 1.2", "Muhamad",
                "Farlly", "Quick Setup", "Supported by You")))
                .hasValue("An image editor, showing \"Welcome! Let's set up a few things...\".");
        assertThat(AppTitles.welcome(List.of("Welcome!", "Inkscape 1.2", "Quick Setup")))
                .hasValue("An image editor, showing \"Welcome!\".");
        // no name with a version, or one Glance does not know: none
        assertThat(AppTitles.welcome(List.of("Welcome!", "Let's set up a few things...", "Inkscape"))).isEmpty();
        assertThat(AppTitles.welcome(List.of("Welcome!", "Glimmer 2.4", "Quick Setup"))).isEmpty();
    }

    @Test
    void aDocumentsNameAsTheTitleGivesTheKindThatShowsIt() {
        // gedit's header bar, FeatherPad's path, GPicView's size and zoom (stop 29)
        assertThat(AppTitles.kindByTitle(List.of("Open", "letter.txt", "Save", "/tmp/hand29")))
                .hasValue("A text editor: its title is \"letter.txt\".");
        assertThat(AppTitles.kindByTitle(List.of("/tmp/hand29/letter.txt", "File", "Edit", "Options")))
                .hasValue("A text editor: its title is \"/tmp/hand29/letter.txt\".");
        assertThat(AppTitles.kindByTitle(List.of("wiki-screen.png (1600x900) 40%", "000", "Barn owl")))
                .hasValue("An image viewer: its title is \"wiki-screen.png (1600x900) 40%\".");
        Map<String, String> kinds = Map.of(
                "*notes.md", "a text editor",
                "~/Documents/report.pdf", "a PDF viewer",
                "backup.tar.gz - Some Archiver", "an archive manager",
                "budget.xlsx", "a spreadsheet",
                "talk.pptx", "a presentation editor",
                "serve.py", "a code editor",
                "song.mp3 [2/9]", "a music player",
                "holiday.mkv", "a video player");
        assertKinds(kinds);
        // Windows Security's window (stop 41, written down: "Glance cannot tell ...")
        assertThat(AppTitles.kindByTitle(List.of("Windows Security", "Virus & threat protection",
                "No current threats."))).hasValue("A security app: its title is \"Windows Security\".");
        // Windows' system tools, and Settings above the heading of the section it shows (stop 41, written down)
        assertThat(AppTitles.kindByTitle(List.of("Device Manager", "File Action View Help", "Batteries")))
                .hasValue("A device manager: its title is \"Device Manager\".");
        assertThat(AppTitles.kindByTitle(List.of("Registry Editor", "File Edit View Favourites Help")))
                .hasValue("A registry editor: its title is \"Registry Editor\".");
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Windows Update", "You're up to date")))
                .hasValue("A settings window: its title is \"Settings\".");
        assertThat(AppTitles.kindByTitle(List.of("Settings", "Holiday photos", "Birthday"))).isEmpty();
        // Xfce's terminal names itself before the shell's user and host
        assertThat(AppTitles.kindByTitle(List.of("Terminal - ann@laptop: ~", "File Edit View Terminal Tabs Help")))
                .hasValue("A terminal: its title is \"Terminal - ann@laptop: ~\".");
        assertThat(AppTitles.kindByTitle(List.of("Terminal - how to open it", "Help"))).isEmpty();
        assertThat(AppTitles.kindByTitle(List.of("Snipping Tool", "New", "Rectangle")))
                .hasValue("A screenshot tool: its title is \"Snipping Tool\".");
        assertThat(AppTitles.kindByTitle(List.of("HP LaserJet Pro - Print queue", "Document name", "Status")))
                .hasValue("A print queue: its title is \"HP LaserJet Pro - Print queue\".");
        // Geany's title with its folder, the application's name lost (stop 40, by hand: "Glance cannot tell ...")
        assertThat(AppTitles.kindByTitle(List.of("tidy.py - /tmp/tmp48srdrxr -", "(new instance)", "File", "Edit")))
                .hasValue("A code editor: its title is \"tidy.py - /tmp/tmp48srdrxr -\".");
        assertThat(AppTitles.kindByTitle(List.of("notes.txt - ~/Documents", "File"))).map(t -> t.substring(0, 15))
                .hasValue("A text editor: ");
        // an application's name goes before a document's: a browser showing a picture
        assertThat(AppTitles.find(List.of("owl.jpg (JPEG Image, 800 x 600 pixels) - Mozilla Firefox")))
                .map(AppTitles.Title::kind).contains("a web browser");
        // a terminal's listing of files, as PP-OCR read the corpus's shells (real_check, stop 29), is no title; a
        // sentence that names the file does not make one
        assertThat(AppTitles.find(List.of("'Package September.ogg'", "draft_2023.js", "IMG_7188.png"))).isEmpty();
        assertThat(AppTitles.find(List.of("Map.ods", "total 24", "busy-workshop.odt  client.html"))).isEmpty();
        assertThat(AppTitles.find(List.of("$. ls -1", "client .html", "IMG_2275.Svg"))).isEmpty();
        // nor does a document's name contradict a terminal
        AppTitles.Title picture = AppTitles.find(List.of("IMG_2275.svg", "Some text on the window")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("A terminal.", picture)).isFalse();
        assertThat(KindCheck.contradictedByTitle("A chat page.", picture)).isTrue();
        assertThat(AppTitles.find(List.of("letter.txt", "Save changes to letter.txt before closing?")))
                .map(AppTitles.Title::kind).contains("a text editor");
        // a file's name below a sentence is what a dialog's field holds (zenity's, real_check, stop 35)
        assertThat(AppTitles.find(List.of("Rename", "Enter the server address", "Data.py", "Cancel", "OK"))).isEmpty();
        // a file's name below a list's "Name" column is the list's first row (Thunar's Bulk Rename window without its
        // title bar, stop 37: "A text editor: its title is "recipe.txt"."), also where PP-OCR joined the headings
        assertThat(AppTitles.find(List.of("Name", "New Name", "recipe.txt", "Insert/Overwrite", "Name only")))
                .isEmpty();
        assertThat(AppTitles.find(List.of("Name Size", "notes.md", "4 KB"))).isEmpty();
        assertThat(AppTitles.find(List.of("File name", "photo.jpg", "Cancel"))).isEmpty();
        // a file of that name is a title
        assertThat(AppTitles.find(List.of("Name.txt - Mousepad", "File", "Edit"))).isPresent();
        // a file named in a sentence, a name with spaces (a desktop's icon), a web address or a version are no
        // document's title
        for (String line : List.of("Save changes to letter.txt before closing?", "Delete letter.txt?",
                "Budget 2026.ods", "www.example.com", "Python 3.11.2", "v1.2")) {
            assertThat(AppTitles.find(List.of(line, "Some text on the window"))).as(line).isEmpty();
        }
    }
}
