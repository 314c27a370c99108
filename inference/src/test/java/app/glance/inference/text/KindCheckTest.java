package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class KindCheckTest {

    /** What PP-OCR read of the demo screen, a text editor with a save dialog: the bundled model said "a terminal". */
    private static final List<String> TEXT_EDITOR = List.of("/tmp/shots/letter.txt - Mousepad", "File Edit",
            "Search View Document Help", "Warning: you are using the root account. You may harm your system.",
            "Dear Mrs. Patel,", "Thank you for your letter of 12 March about the garden project.", "Save changes",
            "Save changes to letter.txt before closing?", "No", "Yes");
    private static final List<String> FILE_MANAGER = List.of("Public", "File", "Edit", "View", "Bookmarks", "Go",
            "Tools Help", "Places", "Name", "Size", "Modified", "Home Folder", "Backup", "folder", "11/28/26 18:39",
            "busy-laptop.ogg", "Ogg audio", "4.0 KiB 11/28/26 18:39", "7 items",
            "Free space: 57.1 GiB (Total: 252.0 GiB)");
    private static final List<String> CALENDAR = List.of("Select a date", "Choose the start date", "Calendar:",
            "November", "2021", "Sun Mon", "Tue", "Wed Thu", "Fri", "Sat", "31", "1", "2", "3", "4", "5", "6", "7",
            "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    @Test
    void aTerminalNeedsAPromptAShellOrAProgramOfOne() {
        assertThat(KindCheck.contradicted("Probably a terminal.", TEXT_EDITOR)).isTrue();
        assertThat(KindCheck.contradicted("A terminal with the title \"/tmp\".", FILE_MANAGER)).isTrue();
        List<String> filler = List.of("Thank you for your letter", "The volunteers will meet", "Please bring gloves");
        for (String mark : List.of("ann@laptop: ~/Projects", "root@host:/tmp# df -h", "$ ls -la",
                "C:\\Users\\ann>dir", "PS C:\\Users\\Chen> git status", "Traceback (most recent call last):",
                "\"README.md\" 6 lines,", "\"notes.txt\" 12L, 310B", "-- INSERT --", "bash",
                "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64", "Reading package lists... Done")) {
            assertThat(KindCheck.contradicted("A terminal.", with(filler, mark))).as(mark).isFalse();
        }
        assertThat(KindCheck.contradicted("A terminal.", with(filler, "~", "~"))).as("vim's empty lines").isFalse();
    }

    @Test
    void aCalculatorNeedsItsNameItsKeysOrASum() {
        assertThat(KindCheck.contradicted("Probably a calculator window.", FILE_MANAGER)).as("dates are no sums")
                .isTrue();
        assertThat(KindCheck.contradicted("Probably a calculator.", CALENDAR)).as("days are no keys").isTrue();
        List<String> galculator = List.of("galculator", "File Edit", "View", "Calculator", "Help", "60", "AC", "MS");
        assertThat(KindCheck.contradicted("A calculator.", galculator)).isFalse();
        List<String> keypad = List.of("Memory keys below", "Press the equals sign", "Clear the display", "7 8 9",
                "4 5 6", "1 2 3", "0", "+", "=");
        assertThat(KindCheck.contradicted("A calculator.", keypad)).isFalse();
        assertThat(KindCheck.contradicted("A calculator.", with(TEXT_EDITOR, "21 + 114 ="))).isFalse();
    }

    @Test
    void videoAndChatPagesNeedTheirWordsOrTimes() {
        List<String> df = List.of("Filesystem Size Used Avail Use% Mounted on", "/dev/sda1 252G 195G 45G 82% /",
                "tmpfs 7.8G 0 7.8G 0% /dev/shm", "Please check the free space on the disk", "Backups need room",
                "Delete old files first");
        assertThat(KindCheck.contradicted("Probably a video page.", df)).isTrue();
        assertThat(KindCheck.contradicted("Probably a chat page.", FILE_MANAGER.subList(0, 14))).isTrue();
        assertThat(KindCheck.contradicted("A video page.", with(df, "0:38 / 3:45"))).isFalse();
        assertThat(KindCheck.contradicted("A video player.", with(df, "holiday.mp4"))).isFalse();
        assertThat(KindCheck.contradicted("A video page.", with(df, "1.2M views"))).isFalse();
        // a View menu is no count of views (mousepad was called a video page under Xvfb)
        assertThat(KindCheck.contradicted("A video page.", with(df, "File Edit View Help"))).isTrue();
        assertThat(KindCheck.contradicted("A chat page.", with(df, "Type a message"))).isFalse();
        // one time alone is a clock, which a desktop's panel shows on every screen; a player shows two, a chat many
        assertThat(KindCheck.contradicted("Probably a video page.", with(df, "10:40"))).isTrue();
        assertThat(KindCheck.contradicted("Probably a music player.", with(df, "Sun 29 Nov 10:40"))).isTrue();
        assertThat(KindCheck.contradicted("Probably a chat page.", with(df, "10:40 AM"))).isTrue();
        assertThat(KindCheck.contradicted("A music player.", with(df, "3:12", "4:05"))).isFalse();
        assertThat(KindCheck.contradicted("A chat page.", with(df, "Ann 10:31", "Bob 10:32"))).isFalse();
        // a lock screen's clock is its own where it shows little else; above a window's text it is a panel's
        assertThat(KindCheck.contradicted("A lock screen.", List.of("10:40", "Sunday, 29 November", "Ann Walker",
                "Battery at 80 percent"))).isFalse();
        assertThat(KindCheck.contradicted("A lock screen.", with(df, "10:40"))).isTrue();
        assertThat(KindCheck.contradicted("The screen is locked.", with(df, "Sun 29 Nov 10:40"))).isTrue();
        assertThat(KindCheck.contradicted("A lock screen.", with(df, "Unlock"))).isFalse();
        // a calendar's dates fill several lines, a panel's clock one
        assertThat(KindCheck.contradicted("Probably a calendar page.", with(df, "Sun 29 Nov 10:40"))).isTrue();
        assertThat(KindCheck.contradicted("A calendar page.", with(df, "November 2026", "Mon Tue Wed Thu Fri Sat Sun")))
                .isFalse();
    }

    @Test
    void aListingsTimesAreNoClock() {
        // xterm's `ls -l` as PP-OCR read it under Xvfb (each column a line, r read as I): the bundled model called it
        // "a chat page" and "a music player", and the files' times passed for a chat's or a player's
        List<String> listing = List.of("bash", "total 824", "dIwxI-xI-x", "2", "root", "root", "4096", "Nov", "28",
                "06:31", "ImageMagick-6", "drwx-xI-x", "2", "root", "root", "4096", "Jun", "28", "2023",
                "ODBCDataSources", "-rw-r--r--", "1", "root", "root", "3040", "May", "25", "11:20", "adduser.conf",
                "Please check the list", "before you remove anything");
        for (String kind : List.of("a chat page", "a music player", "a video page", "a lock screen",
                "a calendar page")) {
            assertThat(KindCheck.contradicted("Probably " + kind + ".", listing)).as(kind).isTrue();
        }
        List<String> noShellWord = listing.subList(1, listing.size());
        assertThat(KindCheck.contradicted("A terminal.", noShellWord)).as("a listing is a terminal's mark").isFalse();
        assertThat(KindCheck.contradicted("A terminal.", with(List.of("Please check the list", "Before you go",
                "The volunteers will meet"), "-rw-r--r--"))).as("one line of permissions is not a listing").isTrue();
        // without the permissions the same times are a chat's
        List<String> chat = noShellWord.stream().filter(l -> !l.matches("[-dI]\\S{8,9}")).toList();
        assertThat(KindCheck.contradicted("A chat page.", chat)).isFalse();
    }

    @Test
    void timesAfterDatesOfFiguresAreFilesTimesNoPlayers() {
        // FileZilla's welcome dialog over its list of local files, as PP-OCR read it (stop 29): "a music player"
        List<String> filezilla = List.of("Welcome to FileZilla", "FileZilla 3.63.0",
                "The free open source FTP solution", "Getting help", "Filename ^", "File size File type",
                "You can always open this dialog again through the help menu.", "OK", "29/26 23:27...",
                "Not connected to any server", "2/26 04:45...", ".config", "Directory", "11/29/26 23:13...", "java",
                "Directory", "2026-11-29 07:59", "8 files and 17 directories. Total size: 3792 bytes");
        assertThat(KindCheck.contradicted("Probably a music player.", filezilla)).isTrue();
        assertThat(KindCheck.contradicted("A chat page.", filezilla)).isTrue();
        // a player's lengths are its marks still
        assertThat(KindCheck.contradicted("A music player.", List.of("Morning Walk", "2:50", "Night Drive", "4:10")))
                .isFalse();
        // Gnote's notes, each changed "Today" (stop 52, captured), as PP-OCR read them; a chat's "Today at" stays
        List<String> gnote = List.of("Gnote", "000", "Q", "All", "Notebooks", "Note", "Modified", "All", "Start Here",
                "Today. 11:51", "g", "Important", "Using Links in Gnote", "Today, 11:51", "Unfiled");
        assertThat(KindCheck.contradicted("Probably a music player.", gnote)).isTrue();
        assertThat(KindCheck.unknownKind(gnote)).endsWith("begins \"Gnote\".");
        assertThat(KindCheck.contradicted("Probably a chat page.", List.of("Sam", "Today at 11:51", "Lunch?", "Ann",
                "Today at 11:52", "Sure"))).isFalse();
    }

    @Test
    void aCalendarAppSaidByItsTitleShowsItsMonth() {
        // Orage, as PP-OCR read it (stop 52, captured): the month had gone unsaid once its title was known
        List<String> orage = List.of("3", "Orage", "000", "File", "Edit", "View", "Help", "December>", "<2026>",
                "Sun Mon Tue Wed Thu", "Fri", "Sat", "49", "29", "30", "1", "2", "3", "4", "5", "50", "6", "7", "8", "9",
                "10", "11", "12", "51", "13", "14", "15", "16", "17", "18", "19");
        assertThat(KindCheck.monthOnScreen(orage, "A calendar app: its title is \"Orage\".")).hasValue(
                "It shows December 2026.");
        // not said twice, not after another kind, not without a grid
        assertThat(KindCheck.monthOnScreen(orage, "A calendar app: its title is \"December 2026 - Orage\"."))
                .isEmpty();
        assertThat(KindCheck.monthOnScreen(orage, "A text editor: its title is \"Orage\".")).isEmpty();
        assertThat(KindCheck.monthOnScreen(orage.subList(0, 9), "A calendar app: its title is \"Orage\"."))
                .isEmpty();
    }

    @Test
    void aFieldsLabelIsNoButton() {
        // Deluge's question in front of its window, its status fields beside the buttons (stop 52, captured)
        List<String> deluge = List.of("Deluge", "File", "Edit", "View", "Help", "Chang... Mode", "Only Thin Client mode",
                "is available due to", "unknown Import Error.", "To use Standalone", "mode, please see logs",
                "for error details.", "Continue in Thin Client", "mode?", "Down Speed:", "No", "Yes", "ETA Time:",
                "Status");
        assertThat(KindCheck.dialogOnScreen(deluge, "A BitTorrent client: its title is \"Deluge\"."))
                .hasValueSatisfying(d -> assertThat(d).endsWith("Its buttons: No, Yes."));
    }

    @Test
    void aVersionIsNoFileAndBookmarksNoFileManager() {
        // CherryTree's empty window (stop 52, captured): its version and its "Bookmarks" menu had made it one
        List<String> cherry = List.of("CherryTree 0.99.48", "00", "File", "Edit", "Insert", "Format", "Tools", "Tree",
                "Search", "View", "Bookmarks", "Help", "I+", "..", "1.", "0.", "a", "a", "a", "h1 h2");
        assertThat(KindCheck.contradicted("Probably a file manager.", cherry)).isTrue();
        assertThat(KindCheck.unknownKind(cherry)).endsWith("begins \"CherryTree 0.99.48\".");
        // its files' names are a file manager's marks still
        assertThat(KindCheck.contradicted("Probably a file manager.", List.of("Public", "notes.txt", "IMG_7322.png",
                "v2.7z"))).isFalse();
        // a title known by its title bar's buttons below it, though none of its words is known (Liferea's)
        assertThat(KindCheck.textBegins(List.of("Liferea", "00x", "Subscriptions", "Feed")))
                .endsWith("begins \"Liferea\".");
    }

    @Test
    void topsProcessTimesAreNoPlayersAndItsHeaderSaysTerminal() {
        // xterm's window running top, as PP-OCR read it under Xvfb (stop 22, by hand): the header's first lines were
        // cut off, and the processes' times ("0:18.75", read also with "-", "+" or ",") had made it "a music player"
        List<String> top = List.of("fo total.", "KCpu(s)+. 0.2.us..", "0.0 sy.", "MiB Mem :", "24105.6 total.",
                "MiB Swapt", "PID USER", "TIME+ 0", "COMMAND", "1 root", "0:10-73 process_api", "77 root",
                "0:18.75 kdamond.0", "0:00.00 kthreadd", "0:00+84", "0:00,00 rcu_tasks_trace_kthread",
                "0:00-00kworker/R-netns");
        assertThat(verdict("Probably a music player.", top))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        assertThat(KindCheck.contradicted("Probably a video page.", top)).isTrue();
        assertThat(KindCheck.contradicted("A terminal.", top)).isFalse();
        assertThat(KindCheck.terminalShown(List.of("top - 08:37:14 up 59min, 0 users, load average: 0.74"))).isTrue();
        // a player's times stand, also ranges of times
        List<String> words = List.of("Weekly review with the team", "Bring your notes and questions",
                "Room four on the second floor");
        assertThat(KindCheck.contradicted("A music player.", words)).isTrue();
        assertThat(KindCheck.contradicted("A music player.", with(words, "1:23", "5:37"))).isFalse();
        assertThat(KindCheck.contradicted("A music player.", with(words, "0:18.75", "0:00-84"))).isTrue();
        assertThat(KindCheck.contradicted("A calendar page.", with(words, "10:00-11:30", "14:00-15:00"))).isFalse();
        assertThat(KindCheck.contradicted("A video page.", with(words, "2:05-14:40"))).isFalse();
    }

    @Test
    void vimsFileLineAtTheFootSaysWhatTheWindowIs() {
        // vim's windows in xterm, as PP-OCR read them (real_check shots, stop 24): their notes hold a date and a time,
        // a music player's and a calendar's marks, and OCR read "10" as "1o"
        List<String> budget = List.of("Budget overview",
                "We moved the launch to May 3o because of testing. write down any probl",
                "The new text works well, but the work shop still needs testing. The sof",
                "our support team wiil answer within 24 hours.", "Please update the people list before the review.",
                "\"todo.md\" 12 lines, 330 bytes");
        List<String> packing = List.of("Packing list",
                "write down any problems you find in this list. The printer on the seco",
                "Reply to this email to confirm your booking. step 18: open the setting",
                "This document describes the important kitchen in detail",
                "This chapter explains how to set up the reservation", "\"plan.txt\" 1o lines, 270 bytes");
        for (List<String> vim : List.of(budget, packing)) {
            for (String caption : List.of("Probably a music player, with 7 rows.", "Probably a calendar page.",
                    "Probably a video page.")) {
                assertThat(verdict(caption, vim)).as(caption).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
            }
            // a text editor is what vim is; a terminal is where it runs
            for (String caption : List.of("Probably a text editor.", "A terminal.")) {
                assertThat(verdict(caption, vim)).as(caption).isEqualTo(KindCheck.Verdict.HOLDS);
            }
            assertThat(KindCheck.terminal(vim)).startsWith("A text editor in a terminal.");
        }
        // "Next steps" is a note's heading, not a player's button: only buttons alone on their lines are a player's
        List<String> next = List.of("Next steps", "The new guide works well, but the class stiil needs testing.",
                "Let me kn", "The store opens at 6:oo PM and closes at nine",
                "The app crashed when I tried to open the picture",
                "Do not forget to charge the laptop before the trip", "\"notes.txt\" 11 lines, 364 bytes");
        assertThat(KindCheck.check("Probably a music player, in a dark theme.", next.subList(0, 3), () -> next))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        List<String> player = List.of("Blue in Green", "Miles Davis", "Previous", "Play", "Next", "Shuffle Repeat",
                "Kind of Blue, 1959 recording", "Side two of the record");
        assertThat(KindCheck.contradicted("A music player.", player)).isFalse();
        assertThat(KindCheck.contradicted("A music player.", player.stream()
                .filter(l -> !l.matches("Previous|Play|Next|Shuffle Repeat")).toList())).isTrue();
        // a vim window captured by hand (stop 24): its last row read in pieces, and "library" in a note
        List<String> pieces = List.of("Milk and eggs for sunday breakfast", "Call the plumber about the kitchen sink",
                "Return the library books by Friday", "2", "2", "2", "5L.", "125B", "1,1", "A11");
        assertThat(KindCheck.check("Probably a music player.", pieces.subList(0, 3), () -> pieces))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        assertThat(KindCheck.terminal(pieces)).startsWith("A text editor in a terminal.");
        assertThat(KindCheck.vimFoot(List.of("Total", "1,1", "All"))).isTrue();
        // its file line run together, "15 lines" read "151ines" (real_check, seed 2031, stop 26)
        assertThat(KindCheck.vimFoot(List.of("Thursday", "The bridge in Seoul is", "\"README.md\"151ines,459bytes")))
                .isTrue();
        assertThat(KindCheck.vimFoot(List.of("\"notes.txt\" 8 Iines, 120 bytes"))).isTrue();
        // its count of 11 read as letters (real_check, stop 33: "Glance cannot tell ..."); not in a sentence
        assertThat(KindCheck.vimFoot(List.of("Next steps", "Do not forget", "\"notes.txt\" ll lines, 364 bytes")))
                .isTrue();
        assertThat(KindCheck.vimFoot(List.of("It says all lines, 364 bytes"))).isFalse();
        assertThat(KindCheck.vimFoot(List.of("Students must", "todo.md\"14 1ines.448bytes"))).isTrue();
        assertThat(KindCheck.vimFoot(List.of("Page 1,2", "All rights reserved"))).isFalse();
        List<String> noButtons = player.stream().filter(l -> !l.matches("Previous|Play|Next|Shuffle Repeat")).toList();
        assertThat(KindCheck.contradicted("A music player.", with(noButtons, "Library"))).isFalse();
        // the same line quoted higher up a page is no vim window's foot
        List<String> quoted = with(List.of("Release notes for May 30"), "\"todo.md\" 12 lines, 330 bytes",
                "Listen to the album on your music player", "Play the songs in any order", "Thanks for listening");
        assertThat(verdict("A music player.", quoted)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aShellsCommandWithItsDollarMisreadShowsATerminal() {
        // xterm's windows as PP-OCR read them (real_check shots, stop 24): "$" read as "s", or with a speck after it
        List<String> cat = List.of("s cat daily-dashboard.txt",
                "Backup full first template email client machine review catal",
                "The kitchen will be cleaned on wednesday morning");
        List<String> ls = List.of("$. ls -1", "client .html", "IMG_2275.Svg", "closed-shift.svg", "music.mp4",
                "public-review.flac", "speaker_2024.mkv", "tours.mkv");
        for (List<String> shell : List.of(cat, ls)) {
            assertThat(KindCheck.terminalShown(shell)).as(shell.get(0)).isTrue();
            assertThat(verdict("Probably a text editor.", shell)).as(shell.get(0))
                    .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        }
        // a capital S before a command's name in a sentence is no prompt
        assertThat(KindCheck.terminalShown(List.of("S top quality products", "Free delivery on orders",
                "New arrivals every week"))).isFalse();
        assertThat(KindCheck.terminalShown(List.of("Ann's notes", "s cat"))).isTrue(); // a command alone on its line
    }

    @Test
    void aBlankAloneIsABlankScreenThatTheTextContradicts() {
        // the bundled model's refined caption of a shell's screen, its quotes removed (real_check, seed 2029, stop 24)
        assertThat(KindCheck.namesBlank("Probably a blank.")).isTrue();
        assertThat(KindCheck.namesBlank("A blank, plain black screen with no text, windows or icons.")).isTrue();
        assertThat(KindCheck.namesBlank("A blank document in a text editor.")).isFalse();
        // the detailed level's words for it (FileZilla's welcome dialog, stop 30)
        assertThat(KindCheck.namesBlank("Probably this screenshot shows a single flat white colour.")).isTrue();
        assertThat(KindCheck.namesBlank("A drawing program with one flat colour swatch.")).isFalse();
        // a black and empty screen, in words the model ran together (Wine's Minesweeper on a black desktop, stop 53):
        // its game's menu says what it is
        assertThat(KindCheck.namesBlank("Probably the screen is completely: the whole screen is black and empty."))
                .isTrue();
        assertThat(KindCheck.namesBlank("A text editor with a black and white theme.")).isFalse();
        assertThat(KindCheck.namesBlank("The screen is entirely taken up by a text editor.")).isFalse();
        assertThat(verdict("Probably the screen is completely: the whole screen is black and empty.",
                List.of("Wi... ne  d x", "Game Help", "000", "80"))).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // "a blank" as a noun (zenity's colour dialog, stop 29)
        assertThat(KindCheck.namesBlank("Probably a blank with the desktop background and the taskbar clock."))
                .isTrue();
        assertThat(verdict("Probably a blank with the desktop background.", List.of("Pick a colour", "#FFFFF",
                "Cancel", "Select"))).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        List<String> shell = List.of("xtem", "$ cat gift_2020.txt", "Our office in Atlanta will be closed on Thursday.",
                "The garden needs watering twice a week in summer.",
                "The app crashed when I tried to open the campaign.", "The store opens at 15:55 and closes at nine.");
        assertThat(verdict("Probably a blank.", shell)).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        // a plain desktop too: a zenity scale dialog's window (real_check, seed 2032, stop 26)
        List<String> scale = List.of("Choose the zoom level", "Cancel", "OK");
        assertThat(verdict("Probably a plain black desktop with the desktop background and the desktop clock shows.",
                scale)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // a desktop with no text is not contradicted
        assertThat(verdict("An empty desktop.", List.of())).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void libreOfficesMenuBarNamesItsApplication() {
        // Writer's window with its Format menu open, without its title bar, as PP-OCR read it (stop 39, by hand): a
        // toolbar's superscript button read "X2" looked like a spreadsheet's cell
        List<String> writer = List.of("File Edit View Insert Format_ Styles Table Form Tools Window Help", "x", "Text",
                "Spacing", "Preformatted Text", "Align Text", "X2", "X2", "Clone Formatting", "You are running vers",
                "Character...", "Paragraph...", "Lists");
        assertThat(verdict("Probably a spreadsheet, with a table of 3 inventory.", writer))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(writer)).hasValue("A word processor. The text on it begins \"Text\".");
        assertThat(verdict("A word processor.", writer)).isEqualTo(KindCheck.Verdict.HOLDS);
        // Calc's menus read one to a line (stop 39, by hand)
        List<String> calc = List.of("Untitled 1 -LibreOffice Calc", "File Edit", "View", "Insert", "Format",
                "Styles", "Sheet", "Data", "Tools", "Window", "Help");
        assertThat(KindCheck.officeShown(calc)).hasValue("a spreadsheet");
        // menus without "Styles" (another suite's) name nothing
        assertThat(KindCheck.officeShown(List.of("File Edit View Insert Format Table Form Tools Help"))).isEmpty();
    }

    @Test
    void aKindWithoutMarksOnASmallDialogsTextIsTheDialog() {
        // Thunar's Rename dialog without its title bar, as PP-OCR read it (stop 39, by hand)
        List<String> rename = List.of("Enter the new name:", "team-photo.jpg", "Cancel", "Rename");
        assertThat(verdict("Probably a web page with a cookie banner.", rename))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        assertThat(verdict("Probably a web page.", List.of("Create a new folder", "Folder name:", "Cancel",
                "Create"))).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // a dialog's own word, or text that ends in no buttons, holds
        assertThat(verdict("A dialog.", rename)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("Probably a web page.", List.of("Enter the new name:", "team-photo.jpg")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void menuNamesRunTogetherAreStillAMenuBar() {
        // Mousepad's screen as PP-OCR read it (real_check, seed 2029, stop 24): "File" and "Edit" ran together
        List<String> mousepad = List.of("/tmp/tmptens9pj5/minutes.txt - Mousepad", "000",
                "FileEd it Search View Document Help",
                "Warning: you are using the root account. You may harm your system.", "Contact details",
                "The quarterly report shows a small increase in sales. Print and top say",
                "Heavy rain is expected in Paris this after noon.");
        assertThat(KindCheck.hasMenuBar(mousepad)).isTrue();
        assertThat(KindCheck.editorMenuBar(mousepad)).isTrue();
        assertThat(verdict("A save dialog.", mousepad)).isEqualTo(KindCheck.Verdict.EDITOR_SHOWN);
        assertThat(KindCheck.hasMenuBar(List.of("FileEditView"))).isTrue();
        // two names run together, or names with a word between them, are no bar
        assertThat(KindCheck.hasMenuBar(List.of("Edit it", "Viewit", "Go help others"))).isFalse();
    }

    @Test
    void aTextEditorsMenuBarSaysWhatTheWindowIs() {
        // Mousepad's windows (no title) as PP-OCR read them (real_check, stop 23): the model said a PDF viewer (whose
        // marks its text held: "document"), a music player, and "cannot tell" was said for the rest
        List<String> oneLine = List.of("File Edit Search View Document Help",
                "Warning: you are using the root account. You may harm your system.", "Reading list",
                "Bring your ID card and a copy of the table. This document descrj",
                "The new office in Denver opens next July.");
        List<String> split = List.of("File", "Edit", "Search", "View Document", "Help",
                "Warning: you are using the root account. You may harm your system", "Packing list",
                "The weather in Cairo will be sunny with a light wind", "The kitchen will be cleaned on Saturday");
        for (List<String> lines : List.of(oneLine, split)) {
            assertThat(KindCheck.editorMenuBar(lines)).isTrue();
            for (String kind : List.of("Probably a PDF viewer.", "Probably a music player.", "A video page.")) {
                assertThat(verdict(kind, lines)).as(kind)
                        .isEqualTo(KindCheck.Verdict.EDITOR_SHOWN);
            }
        }
        assertThat(KindCheck.editor(split)).isEqualTo(
                "A text editor. The text on it begins \"Warning: you are using the root account. You\u2026\".");
        // Notepad's bar; a text editor's own kind stands
        assertThat(KindCheck.editorMenuBar(List.of("File Edit Format View Help", "Dear Ann,"))).isTrue();
        assertThat(verdict("Probably a text editor.", split)).isEqualTo(KindCheck.Verdict.HOLDS);
        // a dialog over the editor is a dialog's text; its type of dialog is not contradicted by the editor's bar
        List<String> asked = with(oneLine, "Save changes to list.txt before closing?", "Cancel", "Save");
        assertThat(verdict("Probably a PDF viewer.", asked))
                .isNotEqualTo(KindCheck.Verdict.EDITOR_SHOWN);
        // other windows' bars: a word processor, a browser, an image editor, a file manager; menus apart
        for (String bar : List.of("File Edit View Insert Format Styles Table Form Tools Window Help",
                "File Edit View History Bookmarks Tools Help", "File Edit Select View Image Layer Colors Tools",
                "File Edit View Bookmarks Go Tools Help", "File Edit Search View")) {
            assertThat(KindCheck.editorMenuBar(List.of(bar, "Some text below"))).as(bar).isFalse();
        }
        assertThat(KindCheck.editorMenuBar(List.of("File Edit Search", "Chapter one", "View Document Help")))
                .isFalse();
    }

    @Test
    void aTextEditorsTextDoesNotBeginWithAShellsCommand() {
        // xterm's windows as PP-OCR read them (real_check, stop 23): the model said "Probably a text editor."
        List<String> cat = List.of("$ cat Screen June.txt", "cat: Screen: No such file or directory",
                "cat: June.txt: No such file or directory", "$");
        List<String> ls = List.of("$ ls -1", "busy-workshop.odt", "clip_237.mkv", "weekly-model.mkv", "$");
        for (List<String> lines : List.of(cat, ls, List.of("ann@box:~$ cat notes.txt", "Buy milk"))) {
            assertThat(verdict("Probably a text editor.", lines)).as(lines.get(0))
                    .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        }
        assertThat(KindCheck.terminal(cat)).isEqualTo("A terminal. The text on it begins \"$ cat Screen June.txt\".");
        // a file that begins with a comment, or quotes a command further down, is an editor's text
        for (List<String> lines : List.of(List.of("# settings for the backup", "target = /media/disk"),
                List.of("Installing", "$ npm install glance", "Then run it"), List.of("Price: $ 12"))) {
            assertThat(verdict("A text editor.", lines)).as(lines.get(0))
                    .isEqualTo(KindCheck.Verdict.HOLDS);
        }
    }

    /**
     * zenity's text dialog as PP-OCR read it (real_check, stop 24): "Probably a text editor." The first lines pass 2
     * read show no buttons; all of the text ends in them. An editor's menu bar or title in the first lines settles
     * the kind without waiting for the rest.
     */
    @Test
    void aTextThatEndsInADialogsButtonsIsNoTextEditors() {
        List<String> all = List.of("Release notes", "口x", "Garden tasks", "The children's swimming lesson starts at"
                + " 07:55.", "The recipe needs two cups of flour and one egg. Thank you for your order, it wil",
                "Cancel", "OK");
        assertThat(KindCheck.check("A text editor.", all.subList(0, 5), () -> all))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        List<String> letter = List.of("letter.txt", "Dear Ann,", "Thank you for the letter about the garden.",
                "The volunteers will meet on Saturday.", "Kind regards, Tom");
        assertThat(verdict("A text editor.", letter)).isEqualTo(KindCheck.Verdict.HOLDS);
        AtomicInteger asked = new AtomicInteger();
        for (List<String> top : List.of(List.of("letter.txt - Mousepad", "Dear Ann,", "Thank you for the letter"),
                List.of("File Edit Search View Document Help", "Dear Ann,", "Thank you for the letter"))) {
            assertThat(KindCheck.check("A text editor.", top, () -> {
                asked.incrementAndGet();
                return all;
            })).as(top.get(0)).isEqualTo(KindCheck.Verdict.HOLDS);
        }
        assertThat(asked).as("the rest of the text was asked for").hasValue(0);
    }

    /**
     * Geany's Find dialog without its title bar (stop 37, by hand): a field, six options and the buttons "Find All",
     * "Close", "Previous" and "Next" were "Probably a music player, showing 7 rows.". A player's own "Previous" and
     * "Next", with no button that answers a dialog, are no dialog's.
     */
    @Test
    void aFindDialogsOptionsAndButtonsAreADialogs() {
        List<String> find = List.of("Search for: import", "JUse regular expressions", "Case sensitive",
                "J Use multi-line matching", "Match only a whole word", "J Use escape sequences",
                "Match from start of word", "Find All", "Close", "Previous", "Next");
        assertThat(verdict("Probably a music player, showing 7 rows.", find)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        List<String> player = List.of("Now playing", "The quiet morning of the garden", "Ann Lee", "1:02 / 3:45",
                "Shuffle", "Previous", "Next");
        assertThat(verdict("A music player.", player)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    /** Mousepad's note, captured by hand (stop 25): "Probably a video page." for its "camera charger". */
    @Test
    void aCameraInASentenceIsNoVideoCall() {
        List<String> note = List.of("Warning: you are using the root account. You may harm your system.",
                "Trip checklist", "Book the train tickets to Leeds for Friday morning.",
                "Pack the blue suitcase and the camera charger.",
                "Water the tomatoes before leaving and ask Sam to feed the cat.",
                "Print the hotel booking, confirmation number 48213.");
        assertThat(verdict("A video page.", note)).isEqualTo(KindCheck.Verdict.KIND_CONTRADICTED);
        List<String> call = List.of("Weekly planning", "Ann Lee", "Tom Walker", "Camera", "Share screen", "Leave");
        assertThat(verdict("A video call.", call)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A video call.", List.of("Weekly planning", "Ann Lee", "Camera off", "Share screen")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aLongDialogsButtonsComeLastWhereTheKindIsContradicted() {
        // zenity's list and text dialogs as PP-OCR read them (real_check, stop 23): the first lines show no buttons
        List<String> list = List.of("Select", "Select an item", "Name", "Size", "notice.webm", "717 kB",
                "Camera May.flac", "360 kB", "Driver November.tar.gz 927 kB", "budget.py", "818 kB", "report.odt",
                "12 kB", "Cancel", "OK");
        List<String> first = list.subList(0, 6);
        assertThat(KindCheck.check("Probably a terminal.", first, () -> list))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // a kind that the text bears out stands; so does one that a long text's buttons do not contradict
        assertThat(KindCheck.check("A list dialog.", first, () -> list)).isEqualTo(KindCheck.Verdict.HOLDS);
        List<String> page = new ArrayList<>();
        for (int i = 0; i < KindCheck.LONG_DIALOG_LINES; i++) {
            page.add("Paragraph " + i + " of the long article about the garden");
        }
        page.add("Cancel OK");
        assertThat(verdict("Probably a terminal.", page))
                .isEqualTo(KindCheck.Verdict.KIND_CONTRADICTED);
        // a type of dialog named on a text editor's window (its menu bar, no buttons): the editor is said
        List<String> mousepad = List.of("File Edit Search View [", "Document Help",
                "Warning: you are using the root account. You may harm your system.", "Garden tasks",
                "Do not forget to charge the laptop before the trip.");
        assertThat(verdict("Probably a list dialog.", mousepad))
                .isEqualTo(KindCheck.Verdict.EDITOR_SHOWN);
    }

    @Test
    void promptsOnTwoLinesOfALittleTextAreASessions() {
        // xterm's window running Python as PP-OCR read it under Xvfb (stop 22, by hand): too little text to judge by,
        // and the model said "Probably a video page."
        List<String> python = List.of("topg1 1ght -", "Tor mor e mormation+", "\u300b import math",
                ">>>.Print(math+Pi", "i * 2)", "6.283185307179586");
        assertThat(KindCheck.enoughToJudge(python)).isFalse();
        assertThat(verdict("Probably a video page.", python))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        // one prompt, or a type of dialog, is left as it was
        List<String> one = python.subList(0, 3);
        assertThat(verdict("Probably a video page.", one)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A print dialog.", python)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aMonthsGridNeedsItsWeekdaysAndItsDaysOnLinesOfTheirOwn() {
        // zenity's date picker's screen as PP-OCR read it (real_check, stop 23; some days read as one line)
        List<String> picker = new ArrayList<>(List.of("Select a date", "X", "Choose the start date", "Calendar:",
                "November >", "<2021", "Sun Mon", "Tue", "WedThu", "Fri", "Sat", "31"));
        for (int day = 1; day <= 28; day++) {
            picker.add(String.valueOf(day));
        }
        picker.addAll(List.of("29 30", "Cancel OK"));
        assertThat(KindCheck.monthShown(picker)).isTrue();
        assertThat(verdict("Probably a progress dialog.", picker))
                .isEqualTo(KindCheck.Verdict.MONTH_SHOWN);
        assertThat(KindCheck.month(picker)).isEqualTo(
                "A dialog with a calendar, showing November 2021. The text on it begins \"Select a date\".");
        // a kind that the text bears out stands
        assertThat(verdict("A calendar page.", picker)).isEqualTo(KindCheck.Verdict.HOLDS);
        // a picker short enough to be a long dialog's text is said to be a calendar all the same
        List<String> shorter = new ArrayList<>(picker.subList(0, 36));
        shorter.add("Cancel OK");
        assertThat(shorter.size()).isLessThanOrEqualTo(KindCheck.LONG_DIALOG_LINES);
        assertThat(verdict("Probably a terminal.", shorter))
                .isEqualTo(KindCheck.Verdict.MONTH_SHOWN);
        // Windows' picker: two letters a day, a week on a line
        List<String> windows = List.of("December 2026", "Su Mo Tu We Th Fr Sa", "1 2 3 4 5", "6 7 8 9 10 11 12",
                "13 14 15 16 17 18 19", "20 21 22 23 24 25 26", "27 28 29 30 31");
        assertThat(KindCheck.monthShown(windows)).isTrue();
        assertThat(KindCheck.month(windows)).isEqualTo("A calendar, showing December 2026."); // nothing else legible
        // zenity's calendar with 19 of its days read (real_check, stop 42: "A dialog. The text on it begins ...")
        List<String> missed = List.of("When is your appointment?", "Calendar:", "November>", "<2020>", "Sun Mon",
                "Tue Wed Thu", "Fri", "Sat", "2", "3", "4", "5", "6", "8", "9", "10", "12", "13", "14", "18", "20",
                "21", "22", "27", "28", "29", "30", "Cancel", "OK");
        assertThat(KindCheck.month(missed)).isEqualTo("A dialog with a calendar, showing November 2020. The text on it "
                + "begins \"When is your appointment?\".");
        assertThat(KindCheck.monthShown(missed.subList(0, missed.size() - 7))).as("14 days").isFalse();
        // too few weekdays, or days among words: no grid
        assertThat(KindCheck.monthShown(windows.subList(2, windows.size()))).isFalse();
        List<String> prose = new ArrayList<>(List.of("Sun Mon", "Tue Wed", "Thu Fri"));
        for (int day = 1; day <= 30; day++) {
            prose.add("Step " + day);
        }
        assertThat(KindCheck.monthShown(prose)).isFalse();
    }

    @Test
    void aTimeAloneInTheFirstLinesWaitsForTheWholeScreen() {
        List<String> first = List.of("Meeting notes", "Please bring the slides", "Starts at 10:30");
        List<String> all = with(first, "drwxr-xr-x 2 root root 4096 Nov 28 06:31 notes",
                "-rw-r--r-- 1 root root 3040 May 25 11:20 slides.odp");
        AtomicInteger asked = new AtomicInteger();
        assertThat(contradicted("A chat page.", first, () -> {
            asked.incrementAndGet();
            return all;
        })).as("the rest of the screen is a listing").isTrue();
        assertThat(asked).hasValue(1);
    }

    @Test
    void otherKindsWithMarksOfTheirOwn() {
        // GNOME's zenity question dialog (its help's screenshot), which the bundled model called a file manager
        List<String> question = List.of("Question", "Are you sure", "you wish to", "proceed?", "No", "Yes");
        for (String kind : List.of("a file manager", "a music player", "a map page", "a PDF viewer", "a word processor",
                "a news article", "a dashboard page", "a weather page", "a login page", "an online shop page",
                "a code editor", "a spreadsheet", "a 404 page", "a system monitor", "a context menu")) {
            assertThat(KindCheck.contradicted("Probably " + kind + ".", question)).as(kind).isTrue();
        }
        assertThat(KindCheck.contradicted("A file manager.", FILE_MANAGER)).isFalse();
        assertThat(KindCheck.contradicted("A file manager.", with(question, "report.pdf", "IMG_7322.png"))).isFalse();
        assertThat(KindCheck.contradicted("A music player.", with(question, "Now Playing"))).isFalse();
        assertThat(KindCheck.contradicted("A map page.", with(question, "Directions"))).isFalse();
        // (after the buttons, a line without letters would be a dialog's own: a slider's value)
        assertThat(KindCheck.contradicted("A PDF viewer.", with(question.subList(0, 4), "100%"))).as("a zoom level")
                .isFalse();
        // htop's meters, which the bundled model called a PDF viewer
        assertThat(KindCheck.contradicted("A PDF viewer.", with(question, "99.3%", "1198.7%"))).isTrue();
        assertThat(KindCheck.contradicted("A PDF viewer.", with(question, "3 of 12"))).isFalse();
        assertThat(KindCheck.contradicted("A word processor.", with(question, "Default Paragraph Style"))).isFalse();
        assertThat(KindCheck.contradicted("A news article.", with(question, "Published March 3, 2026"))).isFalse();
        assertThat(KindCheck.contradicted("A dashboard page.", with(question, "Revenue up 12%"))).isFalse();
        assertThat(KindCheck.contradicted("An online shop page.", with(question, "Add to basket"))).isFalse();
        assertThat(KindCheck.contradicted("A code editor.", with(question, "def main():"))).isFalse();
        assertThat(KindCheck.contradicted("A spreadsheet.", with(question, "=SUM(B2:B9)"))).isFalse();
        // an empty screen has no lines of text to speak of
        assertThat(KindCheck.contradicted("Probably the screen is empty: only the wallpaper.", question)).isTrue();
        assertThat(KindCheck.contradicted("A blank screen.", List.of("Home", "Trash", "10:40"))).isFalse();
        // an empty document has menus and toolbars all round it
        assertThat(KindCheck.contradicted("A blank document in a word processor.", with(question, "Default Paragraph "
                + "Style"))).isFalse();
        // a kind this check knows wins over an unchecked word at the same place ("shop page" over "shop")
        assertThat(KindCheck.contradicted("A shop page.", question)).isTrue();
    }

    @Test
    void aTypeOfDialogNeedsItsWords() {
        // LibreOffice's document recovery (stop 29): "working" inside a sentence is no progress; a status that begins
        // with what is being done is
        List<String> recovery = List.of("LibreOffice 7.4 Document Recovery",
                "LibreOffice will attempt to recover the state of the files you were working on before it",
                "crashed. Click 'Start' to begin the process, or click 'Discard' to cancel the recovery.",
                "Status of recovered documents:", "Document Name", "Status", "Untitled1", "Start", "Discard");
        assertThat(verdict("Probably a progress dialog.", recovery))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A progress dialog.", List.of("Copying files", "Copying letter.txt to /media/usb",
                "Cancel"))).isEqualTo(KindCheck.Verdict.HOLDS);
        List<String> volume = List.of("Set the volume", "Move the slider to change how loud it plays",
                "Higher values are louder", "Cancel", "OK", "50");
        assertThat(verdict("Probably a progress dialog.", volume))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A print dialog, with 3 copies.", volume))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A question dialog.", volume))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A slider dialog.", volume)).isEqualTo(KindCheck.Verdict.HOLDS);
        List<String> error = List.of("Backup failed", "The disk /media/usb is full.", "Try another disk",
                "Free some space first", "OK");
        assertThat(verdict("An error dialog.", error)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A login dialog.", error))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(KindCheck.someDialog(error)).isEqualTo("A dialog. The text on it begins \"Backup failed\".");
        assertThat(KindCheck.corrects(KindCheck.someDialog(error))).isTrue();
        assertThat(KindCheck.corrects("Probably a dialog. The text on it begins \"Backup failed\".")).isTrue();
        assertThat(KindCheck.corrects(KindCheck.unknownKind(error))).isTrue();
        assertThat(KindCheck.corrects("An error dialog.")).isFalse();
        // a kind of window that is no dialog, on a dialog's text (a message, then buttons), is a wrong guess
        assertThat(verdict("A terminal.", error)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // three legible lines are enough to judge a type of dialog, two are not
        List<String> small = List.of("Delete the file?", "This cannot be undone", "No", "Yes");
        assertThat(verdict("A properties dialog.", small))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        List<String> smaller = small.subList(1, 4);
        assertThat(verdict("A properties dialog.", smaller)).isEqualTo(KindCheck.Verdict.HOLDS);
        // but a progress dialog always shows its status (below)
        assertThat(verdict("A progress dialog.", smaller)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        // too little text, but below an application's title and with no buttons: that application's window, no dialog
        // (xterm running "cal -y | less", its pager at "(END)": "Probably a progress dialog.", stop 33, by hand)
        List<String> pager = List.of("cal -y I less", "000", "[END]");
        assertThat(verdict("Probably a progress dialog.", pager))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A dialog.", pager)).isEqualTo(KindCheck.Verdict.HOLDS); // no type to contradict
        // a document's name is no application's, and a dialog's buttons are a dialog's, in front of the window
        assertThat(verdict("A progress dialog.", List.of("notes.txt", "000", "[END]")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A properties dialog.", List.of("cal -y I less", "Quit?", "OK")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        // a whole small dialog without the word a print, save changes or login dialog always shows (zenity's scale
        // dialog, real_check, stop 33); a type that need not show its word stands
        List<String> scale = List.of("Set the speed", "13", "Cancel", "OK");
        assertThat(verdict("Probably a print dialog.", scale)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A login dialog.", scale)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A warning dialog.", scale)).isEqualTo(KindCheck.Verdict.HOLDS);
        // a list with so little text has no rows (zenity's warning, captured at stop 44)
        assertThat(verdict("A list dialog.", scale)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("Probably a list dialog, with 7 rows.", List.of("Battery is at 5%. Plug in the charger to "
                + "keep working.", "!", "OK"))).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        // a battery's level is no progress
        assertThat(verdict("Probably a progress dialog.", List.of("Battery low", "000", "Battery is at 5%. Plug in "
                + "the charger to keep working", "OK"))).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        // a question dialog asks its question (zenity's information box, real_check at stop 34)
        assertThat(verdict("Probably a question dialog.", scale)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("Probably a question dialog.", List.of("12 files were backed up to \u201dKINGSTON\u201d",
                "OK"))).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A question dialog.", List.of("Delete the file?", "No", "Yes")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A confirmation dialog.", List.of("Are you sure you want to quit", "No", "Yes")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A print dialog.", List.of("Set the speed", "13"))).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A print dialog.", List.of("Copies: 2", "Cancel", "Print")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        // nor the status a progress dialog always shows (zenity's scale, form and information dialogs, real_check at
        // stop 34); a title cut short is no status going on
        assertThat(verdict("Probably a progress dialog.", List.of("Adjust", "Choose the zoom level", "66", "Cancel",
                "OK"))).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("Probably a progress dialog.", List.of("Your changes have been saved.", "OK")))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("Probably a progress dialog.", List.of("Register f... the event", "Register for the event",
                "Title", "Place", "Notes", "Cancel", "OK"))).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("Probably a progress dialog.", List.of("Form", "Shipping address", "Title", "Place",
                "Notes", "Cancel", "OK"))).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        for (List<String> progress : List.of(List.of("Progress", "Downloading updates..", "Cancel", "OK"),
                List.of("Backup", "Copying 34 of 120 files", "Cancel"), List.of("Export", "45%", "Cancel"),
                List.of("Update", "Fetching the list...", "Cancel"), List.of("Please wait", "Cancel"))) {
            assertThat(verdict("A progress dialog.", progress)).as("%s", progress).isEqualTo(KindCheck.Verdict.HOLDS);
        }
        // a title that names the box's type, over too little text for its type's marks (zenity's information box)
        List<String> info = List.of("Information", "Your files were saved.", "OK");
        assertThat(verdict("Probably a progress dialog.", info)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("An information dialog.", info)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.says(info)).hasValue("A dialog, \"Information\", says \"Your files were saved.\".");
        // unless the two hold six English words: zenity's warning under Xvfb
        List<String> battery = List.of("Battery low", "00x", "Battery is at 5%. Plug in the charger to keep working.",
                "4", "OK");
        assertThat(verdict("A question dialog.", battery))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("A warning dialog.", battery)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aDialogsTextIsNoOtherKindOfWindow() {
        // GNOME's question: "items" is a file manager's word, but the buttons say what this is (real_check, stop 22)
        List<String> delete = List.of("Are you sure you want to permanently delete 2 selected items?", "Cancel",
                "Delete");
        assertThat(verdict("Probably a file manager.", delete))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // a slider's value after the buttons; too few lines to judge by marks, but the buttons are enough
        List<String> volume = List.of("Set the volume", "13", "Cancel", "OK");
        assertThat(verdict("Probably a file manager.", volume))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        List<String> row = List.of("Set the volume", "Cancel OK", "13");
        assertThat(verdict("A terminal.", row)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        List<String> info = List.of("Garden tasks", "The children's swimming lesson starts at 07:55.",
                "The recipe needs two cups of flour and one egg.", "Cancel", "OK");
        assertThat(verdict("Probably a video page.", info))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        List<String> save = List.of("Save changes before closing?", "Don\u2019t Save", "Cancel", "Save");
        assertThat(verdict("A text editor.", save)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // a dialog, or a type of one, is no other kind
        assertThat(verdict("A dialog.", delete)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A question dialog.", delete)).isEqualTo(KindCheck.Verdict.HOLDS);
        // the first lines end in buttons, but more text follows: the whole text decides
        List<String> more = new ArrayList<>(volume);
        for (int i = 0; i < 12; i++) {
            more.add("Track " + i + " of the album");
        }
        assertThat(KindCheck.check("A music player.", volume, () -> more)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aWindowWithMenusIsNoDialog() {
        // a list in a text editor is no list dialog
        List<String> files = List.of("Shopping", "File Edit View", "Tools Help", "The list has 13 items",
                "Select the cheapest", "Milk", "Eggs", "Bread");
        assertThat(verdict("Probably a list dialog, showing 3 rows.", files))
                .isEqualTo(KindCheck.Verdict.KIND_CONTRADICTED);
        // the menus are found among the first lines; the buttons of a dialog over the window may come last
        AtomicInteger asked = new AtomicInteger();
        List<String> first = List.of("Shopping", "File Edit Search View", "Document Help");
        List<String> over = new ArrayList<>(files);
        over.addAll(List.of("Choose a recipe", "Cancel", "OK"));
        assertThat(KindCheck.check("A list dialog.", first, () -> {
            asked.incrementAndGet();
            return over;
        })).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(asked).hasValue(1);
        // no menus among the first lines: the dialog's marks decide as before, the rest is not awaited
        List<String> list = List.of("Pick a printer", "Select one of the 4 items", "Canon", "Brother");
        assertThat(KindCheck.check("A list dialog.", list, () -> {
            throw new AssertionError("not needed");
        })).isEqualTo(KindCheck.Verdict.HOLDS);
        // a kind of window is not judged by its menus
        assertThat(verdict("A text editor.", files)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aLockScreensClockAboveTheDaysNameSaysWhatItIs() {
        // Windows' lock screen before and after a click, and GNOME's with its panel, as written down (stop 40)
        assertThat(KindCheck.lockScreen("A terminal.", List.of("12:45", "Thursday, November 28")))
                .hasValue("A lock screen. Its clock shows 12:45.");
        assertThat(KindCheck.lockScreen("Probably a list dialog.", List.of("12:45", "Thursday, November 28",
                "Ann Lee", "PIN", "Sign-in options"))).hasValue("A lock screen. Its clock shows 12:45.");
        assertThat(KindCheck.lockScreen("A calculator.", List.of("Thu 12:45", "9:41 AM", "Thursday 28 November")))
                .hasValue("A lock screen. Its clock shows 9:41 AM.");
        // a caption that says so stands; a panel's clock on one line, a page with more text, no day's name: none
        assertThat(KindCheck.lockScreen("The screen is locked.", List.of("12:45", "Thursday, November 28")))
                .isEmpty();
        assertThat(KindCheck.lockScreen("A desktop.", List.of("Activities", "Thu 12:45", "Trash"))).isEmpty();
        // a day named in a mail's subject is no date's line (Windows' Mail, stop 42, written down: "A lock screen.")
        assertThat(KindCheck.lockScreen("A terminal.", List.of("Mail", "Inbox", "Focused", "Other", "Ann Lee",
                "Lunch on Friday?", "12:40"))).isEmpty();
        assertThat(KindCheck.lockScreen("A calendar page.", List.of("12:45", "Thursday, November 28",
                "Team meeting in the small room", "Lunch with Sam", "Call the dentist", "Buy milk and bread",
                "Pay the rent", "Water the garden"))).isEmpty();
        assertThat(KindCheck.lockScreen("A terminal.", List.of("12:45", "$ date"))).isEmpty();
    }

    @Test
    void aFileManagersPlacesAndStatusLineSayWhatItIs() {
        // PCManFM under Xvfb as PP-OCR read it (real_check, stop 22): called a text editor, a calendar, a list dialog
        List<String> pcmanfm = List.of("File", "Edit Yiew", "Bookmarks", "Go", "Tools Help", "A",
                "/tmp/tmpirv9q5mj/f396280/Projects", "Places", "Home Folder", "Applications", "Notes",
                "hard-station.mp4", "Health.tar.gz", "Subscription.ods", "[4 items",
                "Free space: 77.8 GiB (Total: 252.0 GiB)");
        assertThat(KindCheck.fileManagerShown(pcmanfm)).isTrue();
        for (String kind : List.of("Probably a text editor.", "Probably a calendar page.", "A list dialog.",
                "Probably a video page.", "A terminal.")) {
            assertThat(verdict(kind, pcmanfm)).as(kind)
                    .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        }
        assertThat(verdict("A file manager.", pcmanfm)).isEqualTo(KindCheck.Verdict.HOLDS);
        // the first lines that pass 2 read may hold one place or none: a contradicted kind still finds them after
        List<String> first = pcmanfm.subList(0, 8);
        assertThat(KindCheck.check("Probably a settings page.", first, () -> pcmanfm))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        assertThat(KindCheck.fileManager(pcmanfm)).isEqualTo("A file manager in the folder \"Projects\", showing 4 "
                + "items. Among them: hard-station.mp4, Health.tar.gz and Subscription.ods.");
        // a window without its title: the places and the columns' headings before the path are passed over
        List<String> window = List.of("Places", "Name", "Size Modified", "Home Folder", "Applications",
                "/tmp/f396280/Projects", "Notes", "4 items");
        assertThat(KindCheck.fileManager(window))
                .isEqualTo("A file manager in the folder \"Projects\", showing 4 items.");
        // no folder, no files: where the text begins, its places passed over
        assertThat(KindCheck.fileManager(List.of("Places", "Home Folder", "Applications", "Notes", "4 items")))
                .isEqualTo("A file manager, showing 4 items. The text on it begins \"Notes\".");
        // a selection's count is not the folder's (Nemo's status line, stop 54, captured)
        assertThat(KindCheck.fileManager(List.of("Places", "Home", "Desktop", "Trash",
                "\"Untitled Folder\" selected (containing 0 items), Free space: 77.1 GB")))
                .doesNotContain("showing 0 items");
        // a breadcrumb read as one line is no path ("/ tmp  cap2  files"); Windows' path is
        assertThat(KindCheck.fileManager(List.of("/ tmp  cap2  files", "Places", "Home", "Trash", "4 items")))
                .isEqualTo("A file manager, showing 4 items. The text on it begins \"/ tmp  cap2  files\".");
        assertThat(KindCheck.fileManager(List.of("C:\\Users\\Ann\\Documents", "Quick access", "2 items")))
                .isEqualTo("A file manager in the folder \"Documents\", showing 2 items.");
        // a folder's name as the title, above its title bar's buttons (Caja's window, stop 49); not a place
        assertThat(KindCheck.fileManager(List.of("files", "00", "File", "Edit", "View", "Go", "Bookmarks", "Help",
                "Places", "Home", "Desktop", "Trash", "budget.csv", "demo.png", "9 items")))
                .isEqualTo("A file manager in the folder \"files\", showing 9 items. "
                        + "Among them: budget.csv and demo.png.");
        assertThat(KindCheck.fileManager(List.of("Desktop", "00", "Places", "Home", "Trash", "budget.csv",
                "demo.png"))).isEqualTo("A file manager. It shows budget.csv and demo.png.");
        // a title that names a file manager is said as its title, with what it shows (stop 47's Dolphin)
        assertThat(KindCheck.fileManager(List.of("files-Dolphin", "Places", "Home", "Trash", "notes.pdf", "demo.png",
                "5 Files (134.0 KiB)"))).isEqualTo("A file manager: its title is \"files-Dolphin\". It shows 5 files. "
                + "Among them: notes.pdf and demo.png.");
        // four places beside files' names, no status line: GNOME Files (stop 47's capture, mended at stop 48)
        List<String> nautilus = List.of("Debian GNU/Linux", "Starred", "Home", "Desktop", "Trash",
                "demo.png", "notes.pdf", "notes.txt", "photo.jpg", "+ Other Locations", "report.py");
        assertThat(KindCheck.fileManagerShown(nautilus)).isTrue();
        // its files say more than where its text begins, a place of its sidebar (stop 49)
        assertThat(KindCheck.fileManager(nautilus))
                .isEqualTo("A file manager. It shows demo.png, notes.pdf, notes.txt and 2 more files.");
        // Dolphin's status line counts them (stop 48's capture on a screen twice as wide: "begins "Back_"")
        assertThat(KindCheck.fileManager(List.of("Back_", "Forward", "Icons", "Places", "Home", "Trash", "Network",
                "budget.csv", "demo.png", "letter.txt", "9 Files (252.5 KiB)", "74.5 GiB free")))
                .isEqualTo("A file manager, showing 9 files. Among them: budget.csv, demo.png and letter.txt.");
        assertThat(KindCheck.fileManagerShown(List.of("Starred", "Home", "Desktop", "Trash", "demo.png", "notes.pdf",
                "notes.txt", "Cancel", "Open"))).as("a file chooser's buttons").isFalse();
        // Windows' File Explorer and macOS's Finder
        assertThat(KindCheck.fileManagerShown(List.of("Quick access", "Desktop", "Downloads", "Documents", "This PC",
                "Budget.xlsx", "12 items"))).isTrue();
        assertThat(KindCheck.fileManagerShown(List.of("Favorites", "Recents", "Applications", "Desktop",
                "12 items, 56.3 GB available"))).isTrue();
        // two places, where the status line has both the count and the free space (PCManFM's icons, its window in a
        // bare session, real_check, stop 33: the model said "A calculator window")
        List<String> icons = List.of("File", "Edit", "View", "Bookmarks", "G0", "Tools", "Help",
                "/tmp/tmpcpsnbhol/f447255/Music", "Places", "Home Folder", "closed-", "Family", "feedback_2",
                "album.zip", "January.txt", "texts.json", "total.ogg", "[11 items",
                "Free space: 78.4 GiB (Total: 252.0 GiB)");
        assertThat(KindCheck.fileManagerShown(icons)).isTrue();
        assertThat(verdict("A calculator window, \"Calculator\".", icons))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        assertThat(KindCheck.fileManagerShown(icons.subList(0, 18))).isFalse(); // the count alone
        // one place and the free space in bytes, a dialog in front hiding the rest (PCManFM's screen with a file's
        // Properties dialog, stop 40, by hand: "Glance cannot tell ...")
        List<String> properties = List.of("reports", "File", "Edit", "View", "Bookmarks", "GO", "Tools Help", "Places",
                "Ho", "/tmp/tmpvh911u07/reports", "File Properties", "Genera", "Permissions", "Name: annual-report.pdf",
                "Location:", "File type:", "PDF document", "Last access:", "11/30/2623:25", "cancel", "h QK",
                "\"annual-report.pdf\"(2.0 KiB) PDF document", "Free space: 74.1 GiB (Total: 252.0 GiB)");
        assertThat(verdict("A calculator with the title \"Calculator\", with the display showing 2.", properties))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        assertThat(KindCheck.fileManagerShown(properties.subList(0, 22))).isFalse();
        assertThat(KindCheck.fileManagerShown(List.of("Downloads", "Free space: 2 slots"))).isFalse();
        // GNOME Files, which has no status line: its whole sidebar, where no dialog's buttons show (written down, stop
        // 40: "A video page." by its "Videos")
        List<String> files = List.of("Home", "Recent", "Starred", "Home", "Documents", "Downloads", "Music",
                "Pictures", "Videos", "Trash", "Other Locations", "Desktop", "Public", "Templates");
        assertThat(verdict("A video page.", files)).isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        List<String> chooser = new ArrayList<>(files);
        chooser.addAll(List.of("Cancel", "Open"));
        assertThat(KindCheck.fileManagerShown(chooser)).isFalse();
        assertThat(KindCheck.fileManagerShown(files.subList(0, 6))).isFalse();
        assertThat(KindCheck.fileManagerShown(List.of("Home", "Your basket: 3 items", "Free space: 2 slots")))
                .isFalse();
        // places without a status line: with the folder's path and three files' names, PCManFM's window (stop 49;
        // its status line unread on a screen twice as wide); not without the path, not with a file chooser's buttons,
        // not below a prompt (a shell's "pwd" and "ls -1")
        assertThat(KindCheck.fileManagerShown(pcmanfm.subList(0, 14))).isTrue();
        List<String> noPath = new ArrayList<>(pcmanfm.subList(0, 14));
        noPath.remove("/tmp/tmpirv9q5mj/f396280/Projects");
        assertThat(KindCheck.fileManagerShown(noPath)).isFalse();
        List<String> chooserButtons = new ArrayList<>(pcmanfm.subList(0, 14));
        chooserButtons.addAll(List.of("Cancel", "Open"));
        assertThat(KindCheck.fileManagerShown(chooserButtons)).isFalse();
        assertThat(KindCheck.fileManagerShown(List.of("ann@host:~$ pwd", "/home/ann", "ann@host:~$ ls -1", "Desktop",
                "Music", "a.txt", "b.pdf", "c.png"))).isFalse();
        // a status line without places (a shop's basket)
        assertThat(KindCheck.fileManagerShown(List.of("Home", "Shop", "Your basket: 3 items", "Checkout"))).isFalse();
        // places in a sentence are no sidebar
        assertThat(KindCheck.fileManagerShown(List.of("Save it to your Documents or Desktop folder",
                "Then open Downloads", "Home of 3 items"))).isFalse();
        // a list of files in columns, without a sidebar (the OCR benchmark's Files window, stop 35)
        List<String> list = List.of("Pictures", "File Edit", "View Go Help", "Home > Pictures", "Name", "Size",
                "Type", "Modified", "Projects", "28 items", "Folder", "book.zip", "314.9 MB", "Archive",
                "course_2022.ods", "996.7 MB", "Spreadsheet", "Phone May.csv");
        assertThat(KindCheck.fileManagerShown(list)).isTrue();
        assertThat(verdict("Probably a terminal.", list))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        // the same without its count of items, or with one heading only, or with too few files: no file manager
        assertThat(KindCheck.fileManagerShown(list.stream().filter(l -> !l.equals("28 items")).toList())).isFalse();
        assertThat(KindCheck.fileManagerShown(List.of("Name", "book.zip", "course.ods", "Phone.csv", "3 items")))
                .isFalse();
        assertThat(KindCheck.fileManagerShown(List.of("Name Size Type", "book.zip", "Phone.csv", "2 items")))
                .isFalse();
    }

    @Test
    void aPromptVimsFileLineOrAManualPageSayTerminalWhereTheKindIsContradicted() {
        // xterm and vim as PP-OCR read them (real_check, stop 22)
        List<String> cat = List.of("$ cat shift.txt", "The team agreed to review the car every Monday.",
                "Michelle will present the final folder on Friday", "The recipe needs two cups of flour and one egg.");
        assertThat(verdict("Probably a music player.", cat))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        // a kind whose marks the text shows stands: a calendar's weekdays
        assertThat(verdict("Probably a calendar page.", cat)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.terminal(cat)).isEqualTo("A terminal. The text on it begins \"$ cat shift.txt\".");
        List<String> ls = List.of("xterm", "$ ls -1", "budget.ods", "letter.odt", "music.mp4", "report.pdf",
                "summer holiday.zip");
        assertThat(verdict("Probably a print dialog.", ls))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        List<String> vim = List.of("Gontact details", "Chen will present the free upload on Monday.",
                "Traffic is heavy near the city centre this morning.", "\"README.md\"6 lines,", "135 bytes");
        assertThat(verdict("Probably a music player.", vim))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        assertThat(KindCheck.terminal(vim))
                .isEqualTo("A text editor in a terminal. The text on it begins \"Gontact details\".");
        List<String> man = List.of("man chmod", "CHMOD(1)", "User Commands", "CHMOD(1)", "NAME",
                "chmod - change file mode bits", "SYNOPSIS", "chmod [OPTION]... MODE[,MODE]... FILE...");
        assertThat(KindCheck.terminalShown(man)).isTrue();
        assertThat(verdict("Probably a settings page.", man))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        // a kind that the text bears out stands, prompt or not (a page that quotes a shell's commands)
        List<String> docs = List.of("Installation guide", "Getting started", "$ npm install glance",
                "Then run the tests", "Next: configuration");
        assertThat(verdict("A documentation page.", docs)).isEqualTo(KindCheck.Verdict.HOLDS);
        // without any of these, "cannot tell" as before
        List<String> notes = cat.subList(1, 4);
        assertThat(KindCheck.terminalShown(notes)).isFalse();
        assertThat(verdict("Probably a music player.", notes))
                .isEqualTo(KindCheck.Verdict.KIND_CONTRADICTED);
        assertThat(KindCheck.terminalShown(List.of("MV(1)", "Move the file"))).isFalse();
        // Python's prompt, also as PP-OCR read it under Xvfb (stop 22, by hand)
        assertThat(KindCheck.terminalShown(List.of(">>> import math"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("Python 3.11.7 on linux", "\u300bimport math", "6.283185307179586",
                ">\u300b"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("> a quoted reply", ">> an older one"))).isFalse();
        // Python's greeting with its prompt unread, and a root prompt whose colon OCR misread (stop 36, by hand:
        // "Probably a text editor.", "Probably a video page.")
        List<String> python = List.of("Python.3;11.7.(main, May 9 2026, 07:35:25) [GCC 12.2.0] on 1inux",
                "Type\"heip\",\"copyright\", \"credits\" or\"\"license\"for more information.", ">");
        assertThat(KindCheck.terminalShown(python)).isTrue();
        assertThat(verdict("Probably a text editor.", python)).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        List<String> root = List.of("xtermt Can't execve nanot No such file or directory", "root@vm*/tmp/t36#");
        assertThat(KindCheck.terminalShown(root)).isTrue();
        assertThat(verdict("Probably a video page.", root)).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        assertThat(verdict("Probably a video page.", List.of("Watch later", "ann@example.com"))).as("an address")
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.terminalShown(List.of("root@vm+/tmp/t.36# ls"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("Mail ann@example.com * see the notes"))).isFalse();
    }

    @Test
    void anAddressBarSaysBrowserWhereTheKindIsContradicted() {
        // Chromium under Xvfb with a local page, as PP-OCR read it (stop 22, by hand)
        List<String> chromium = List.of("Rain expected across the no", "@ File", "/tmp/hand22/article.html", "\u2606",
                "You are using an unsupported command-line flag: --no-sandbox. Stability and security will suffer.",
                "Rain expected across the north this weekend",
                "By Maria Lopez, Weather reporter. Published 28 November 2026");
        assertThat(KindCheck.browserShown(chromium)).isTrue();
        assertThat(verdict("Probably a calculator.", chromium))
                .isEqualTo(KindCheck.Verdict.BROWSER_SHOWN);
        assertThat(KindCheck.browser(chromium))
                .isEqualTo("A web browser. The text on it begins \"Rain expected across the no\".");
        for (String address : List.of("https://example.org/news", "github.com/ann/notes", "www.bbc.co.uk",
                "localhost.dev:8080/app", "C:/Users/ann/page.htm")) {
            assertThat(KindCheck.browserShown(List.of("Tab", address))).as(address).isTrue();
        }
        // an address inside a sentence, or far down the text, is no address bar
        assertThat(KindCheck.browserShown(List.of("Read more at example.org today"))).isFalse();
        List<String> late = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        late.add("example.org");
        assertThat(KindCheck.browserShown(late)).isFalse();
        // a kind that the text bears out stands: a news page
        assertThat(verdict("A news article.", chromium)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void menuBarsAsOcrReadsThem() {
        assertThat(KindCheck.hasMenuBar(List.of("Recipe", "File Edit Search View ["))).isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("Document Help"))).isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("File Edit Format View Help"))).as("Notepad's").isTrue();
        // one menu's name alone is a dialog's button as well; and menu names in a sentence are no menu bar
        assertThat(KindCheck.hasMenuBar(List.of("Set the volume", "Help", "OK"))).isFalse();
        assertThat(KindCheck.hasMenuBar(List.of("Edit the file", "View the page"))).isFalse();
        // and as OCR garbles them
        assertThat(KindCheck.hasMenuBar(List.of("Eile Edit View"))).isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("Edit Yiew"))).isTrue();
        // but one menu's name beside a word OCR did not know is no bar: a Find and Replace dialog's options (stop 40)
        assertThat(KindCheck.hasMenuBar(List.of("Similarity search"))).isFalse();
        assertThat(KindCheck.hasMenuBar(List.of("vother options"))).isFalse();
        // Microsoft Office's ribbon tabs (stop 40)
        assertThat(KindCheck.hasMenuBar(List.of("File Home Insert Page Layout Formulas Data Review View Help")))
                .isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("File Home Insert Draw Design Layout References Mailings Review View"
                + " Help"))).isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("File a home insurance claim online", "Home Insert View"))).isFalse();
        assertThat(KindCheck.dialogShaped(List.of("Set the volume", "Help", "Cancel OK"))).isTrue();
        // menus that only a bar counts (stop 42, written down): Photoshop's, PyCharm's; not a form's label alone
        assertThat(KindCheck.hasMenuBar(List.of("File Edit Image Layer Type Select Filter 3D View Plugins Window "
                + "Help"))).isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("File Edit View Navigate Code Refactor Run Tools VCS Window Help")))
                .isTrue();
        assertThat(KindCheck.hasMenuBar(List.of("File Edit Select View Transport Tracks Generate Effect Analyze Tools "
                + "Help"))).as("Audacity's").isTrue();
        assertThat(KindCheck.menuLine("Type:")).isFalse();
        assertThat(KindCheck.menuLine("Type")).isFalse();
    }

    @Test
    void whatIsNotADialogsText() {
        // buttons must come last, after a message, with an answer among them
        assertThat(KindCheck.dialogShaped(List.of("Set the volume", "Cancel", "OK"))).isTrue();
        assertThat(KindCheck.dialogShaped(List.of("Cancel", "OK"))).isFalse();
        // xmessage's buttons in brackets, as OCR read them (stop 22, by hand)
        assertThat(KindCheck.dialogShaped(List.of("xmessage", "The backup disk is alnost full, Only 2 GB are left.",
                "(Retry) (Cancel)"))).isTrue();
        assertThat(KindCheck.dialogShaped(List.of("Cancel OK", "Set the volume"))).isFalse();
        assertThat(KindCheck.dialogShaped(List.of("Pick a page", "Next", "Back"))).isFalse();
        assertThat(KindCheck.dialogShaped(List.of("Okay then", "Cancelled"))).isFalse();
        // a terminal's prompt, vim's file line or a menu bar: another kind of window
        assertThat(KindCheck.dialogShaped(List.of("ann@box:~$ rm -i notes.txt", "rm: remove notes.txt?", "no")))
                .isFalse();
        assertThat(KindCheck.dialogShaped(List.of("File Edit View Help", "Dear Ann,", "OK"))).isFalse();
        assertThat(KindCheck.dialogShaped(List.of("\"notes.txt\" 6 lines, 158 bytes", "Yes"))).isFalse();
        // more lines than a small dialog has
        List<String> list = new ArrayList<>();
        for (int i = 0; i < KindCheck.DIALOG_LINES; i++) {
            list.add("Printer number " + i);
        }
        list.add("Cancel OK");
        assertThat(KindCheck.dialogShaped(list)).isFalse();
        assertThat(KindCheck.dialogShaped(list.subList(1, list.size()))).isTrue();
    }

    @Test
    void littleOrIllegibleTextContradictsNothing() {
        assertThat(KindCheck.contradicted("A calculator.", List.of())).isFalse();
        assertThat(KindCheck.contradicted("A calculator.", TEXT_EDITOR.subList(0, 2))).isFalse();
        // what OCR made of a blurred chat page
        assertThat(KindCheck.contradicted("A chat page.", List.of("EtizabethSant", "wehlastquartet", "ng the updte.",
                "gtn-donk", "Thbmcloeoi"))).isFalse();
    }

    @Test
    void kindsWithoutMarksAndCaptionsWithoutAKindAreLeftAlone() {
        // PCManFM's text without its status line: no file manager's for sure, and a text editor may hold any text
        List<String> files = FILE_MANAGER.subList(0, FILE_MANAGER.size() - 2);
        assertThat(KindCheck.contradicted("A web browser.", files)).isFalse();
        assertThat(KindCheck.contradicted("A text editor.", files)).isFalse();
        assertThat(KindCheck.contradicted("A dialog.", files)).isFalse();
        assertThat(KindCheck.contradicted("Glance cannot tell what this shows.", files)).isFalse();
        // only the kind named first is checked: it is what the caption says the window is
        assertThat(KindCheck.contradicted("A text editor in a terminal.", files)).isFalse();
        assertThat(KindCheck.contradicted("A text editor, not a calculator.", files)).isFalse();
        assertThat(KindCheck.contradicted("A terminal, not a file manager.", files)).isTrue();
        // with its status line, two places are a file manager's (since stop 33)
        assertThat(KindCheck.check("A text editor.", FILE_MANAGER, () -> FILE_MANAGER))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
    }

    @Test
    void allTheTextIsAskedForOnlyWhenTheFirstLinesShowNoMark() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<List<String>> all = () -> {
            asked.incrementAndGet();
            return with(TEXT_EDITOR, "root@host:/tmp# ls");
        };
        List<String> first = TEXT_EDITOR.subList(0, 5);
        assertThat(contradicted("A terminal.", List.of("$ ls", "notes.txt"), all)).isFalse();
        assertThat(asked).hasValue(0);
        // the first lines show no prompt, the rest of the screen does: the answer is the one all the text gives
        assertThat(contradicted("A terminal.", first, all)).isFalse();
        assertThat(asked).hasValue(1);
        assertThat(contradicted("A terminal.", first, () -> TEXT_EDITOR)).isTrue();
        // a dialog of no type this check knows over a text editor's menu bar: all of the text is asked for, and
        // holds the dialog's buttons ("No", "Yes"); without them the menu bar is the editor's (stop 39)
        assertThat(contradicted("A dialog.", first, all)).isFalse();
        assertThat(asked).hasValue(2);
        assertThat(KindCheck.check("A dialog.", first, () -> TEXT_EDITOR.subList(0, 6)))
                .isEqualTo(KindCheck.Verdict.EDITOR_SHOWN);
        assertThat(contradicted("A dialog.", List.of("Save changes?", "Cancel", "Save"), all)).isFalse();
        assertThat(asked).hasValue(2);
        // a calendar's first days look like a keypad: only the whole month shows that they are not
        assertThat(contradicted("A calculator.", CALENDAR.subList(0, 19), () -> CALENDAR)).isTrue();
        assertThat(KindCheck.contradicted("A calculator.", CALENDAR.subList(0, 19))).isFalse();
    }

    @Test
    void whatIsSaidInsteadNamesWhereTheTextBegins() {
        assertThat(KindCheck.unknownKind(TEXT_EDITOR.subList(0, 6))).isEqualTo("Glance cannot tell what kind of window "
                + "this is. The text on it begins \"/tmp/shots/letter.txt - Mousepad\".");
        // a dialog in front, its heading, question and buttons read, is said instead (stop 48)
        assertThat(KindCheck.unknownKind(TEXT_EDITOR)).isEqualTo("A dialog, \"Save changes\", asks \"Save changes to "
                + "letter.txt before closing?\". Its buttons: No, Yes.");
        // the first line with an English word; a long one is cut after eight words, a quote mark in it is curled
        assertThat(KindCheck.unknownKind(List.of("X", "Thbmcloeoi", "Save the \"draft\" before you close this window "
                + "or the changes are lost"))).endsWith(
                "begins \"Save the \u201ddraft\u201d before you close this window\u2026\".");
        assertThat(KindCheck.unknownKind(List.of("X", "42"))).isEqualTo(KindCheck.UNKNOWN_KIND);
        // a menu bar says nothing about which window this is
        assertThat(KindCheck.unknownKind(FILE_MANAGER)).endsWith("begins \"Public\".");
        assertThat(KindCheck.unknownKind(List.of("File Edit View", "Help", "Monthly budget.ods")))
                .endsWith("begins \"Monthly budget.ods\".");
        // nor does a desktop's panel at the top of the screen (the OCR benchmark's GNOME screen, stop 35)
        assertThat(KindCheck.unknownKind(List.of("Activities", "Fri Apr 28 4:14PM", "desk.py - review-app Kate")))
                .endsWith("begins \"desk.py - review-app Kate\".");
        // a folder of that name further down is text like any other
        assertThat(KindCheck.unknownKind(List.of("X", "42", "Applications", "Documents")))
                .endsWith("begins \"Applications\".");
        // a text editor named and nothing more (vim's windows, real_check, stop 35): where its text begins
        List<String> vim = List.of("Packing list", "Traffic is heavy near the city centre this morning.");
        assertThat(KindCheck.withEditorText("A text editor.", vim, () -> vim, true))
                .isEqualTo("A text editor. The text on it begins \"Packing list\".");
        assertThat(KindCheck.withEditorText("A text editor with a list.", vim, () -> vim, true))
                .isEqualTo("A text editor with a list.");
        // where a title was read, the text begins with it: not quoted as the text's start
        assertThat(KindCheck.withEditorText("A text editor.", vim, () -> vim, false)).isEqualTo("A text editor.");
        // vim's file line at the foot: vim, for sure (real_check's vim window, its lines as PP-OCR read them, stop 51)
        List<String> vimFile = List.of("Project plan", "] Download the product and open it with any text editor",
                "The kitchen will be cleaned on Tuesday morning", "\"plan.txt\"11 lines,313 bytes");
        assertThat(KindCheck.withEditorText("Probably a text editor.", vimFile, () -> vimFile, true))
                .isEqualTo("A text editor in a terminal. The text on it begins \"Project plan\".");
        assertThat(KindCheck.terminalBorneOut("A text editor in a terminal. The text on it begins \"Project plan\".",
                vimFile, () -> vimFile)).isTrue();
        assertThat(KindCheck.terminalBorneOut("A text editor in a terminal.", vim, () -> vim)).isFalse();
        // the file line further down than the lines pass 2 read: all of the text is asked
        List<String> top = vimFile.subList(0, 2);
        assertThat(KindCheck.withEditorText("Probably a text editor.", top, () -> vimFile, true))
                .isEqualTo("A text editor in a terminal. The text on it begins \"Project plan\".");
        assertThat(KindCheck.withEditorText("Probably a text editor.", top, () -> top, true))
                .isEqualTo("Probably a text editor. The text on it begins \"Project plan\".");

        // Geany's window after a failed build, without its title bar, as PP-OCR read it (stop 40, by hand): its menus
        // go on with a project's and a build's, a code editor's
        List<String> geany = List.of("File", "Edit", "Search", "View", "Document", "Project", "Build", "Tools", "Help",
                "Symbols", "broken.py X", "Functions", "def total(items):", "Compiler",
                "syntaxError: '(' was never closed", "line: 1 / 5 col: 0", "encoding: UTF-8");
        assertThat(KindCheck.withEditorText("Probably a text editor.", geany, () -> geany, true))
                .isEqualTo("Probably a code editor. The text on it begins \"Symbols\".");
        assertThat(KindCheck.editor(geany)).isEqualTo("A code editor. The text on it begins \"Symbols\".");
        // a project's and a build's words in a text editor's text are no menus
        List<String> notes = List.of("File", "Edit", "Search", "View", "Document", "Help", "Project", "Notes on the",
                "Build", "Garden shed");
        assertThat(KindCheck.editor(notes)).startsWith("A text editor.");
    }

    @Test
    void aFileManagersVideosAndSongsAreFilesNotAPlayer() {
        // PCManFM in a folder of a real shot (rc17, files.list): "Probably a video page." was kept for its .mkv files
        List<String> folder = List.of("Third Class", "Eile Edit Yiew", "Bookmarks", "Go", "Tools Help",
                "/tmp/tmpbgoz45qm/f280737/Third Class", "Places", "Archive", "Home Folder", "Applications", "Bil.md",
                "clip_004.mkv", "Email September.md", "fresh-bus.csv", "net-coffee.mp4", "partial-contact.svg",
                "reservations.html", "Subscription April.pdf", "summer.flac", "12 items",
                "Free space: 56.8 GiB (Total: 252.0 GiB)");
        assertThat(KindCheck.contradicted("Probably a video page.", folder)).isTrue();
        assertThat(KindCheck.contradicted("Probably a music player.", folder)).isTrue();
        // without a file manager's status line and its folder's path a video's file name is still a mark (a player's
        // playlist)
        List<String> list = new ArrayList<>(folder.subList(0, folder.size() - 2));
        list.remove("/tmp/tmpbgoz45qm/f280737/Third Class");
        assertThat(KindCheck.contradicted("Probably a video page.", list)).isFalse();
        assertThat(KindCheck.contradicted("Probably a music player.", list)).isFalse();
    }

    @Test
    void aFileManagersPlacesOutweighItsFilesTypesItsMenuBarAndAnIconReadAsALetter() {
        // PCManFM as PP-OCR read it (real_check shots, stop 24): a window whose description column says "MPEG-4 video"
        List<String> window = List.of("Eile Edit View", "Bookmarks", "Go", "Tools  Help", "A", "\u4e2a",
                "/tmp/tmpqdem2166/f89928/Top Schedule", "Places", "Name", "Description", "Size", "Modified",
                "Home Folder", "Backup", "folder", "11/29/26 08:01", "Applications", "Reports", "folder",
                "Agreement June.docx", "Word 2007 document 4.4 KiB 11/29/26 08:01", "busy-laptop.ogg", "Ogg audio",
                "1 cable.mp4", "MPEG-4 video", "1.7 KiB 11/29/26 08:01", "10 items",
                "Free space: 77.8 GiB (Total: 252.0 GiB)");
        // its first lines (what pass 2 read) show no place: the places and the status line come with the rest
        assertThat(KindCheck.check("Probably a video page.", window.subList(0, 7), () -> window))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        // a screen whose first lines show the menu bar, where the model named a type of dialog
        List<String> screen = List.of("Easy Shop", "File", "Edit", "View", "Bookmarks", "Go", "Tools Help", "\u4e2a",
                "/tmp/tmpqdem2166/f313260/EasyShop", "Places", "Name", "Description", "Size", "Modified",
                "Home Folder", "Archive", "folder", "11/29/2608:01", "Applications", "Budget", "folder",
                "image.java", "Java source code", "7 items", "Free space: 77.8 GiB (Total: 252.0 GiB)");
        assertThat(KindCheck.check("Probably a save changes dialog.", screen.subList(0, 8), () -> screen))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        // without the status line the menu bar still contradicts the dialog
        List<String> noStatus = screen.subList(0, screen.size() - 2);
        assertThat(KindCheck.check("Probably a save changes dialog.", noStatus.subList(0, 8), () -> noStatus))
                .isEqualTo(KindCheck.Verdict.KIND_CONTRADICTED);
        // the sidebar's icon read as a letter before a place
        List<String> icons = List.of("Main Template", "File", "Edit", "View", "Bookmarks", "Go", "Tools Help",
                "/tmp/tmp3wduo_21/f726156/MainTemplate", "Places", "Photos", "I Home Folder", "board_2025.js",
                "Applications", "open-template.jpg", "server june.mp4", "J space Octoberflac", "5 items",
                "Free Space: 77.2 GiB (Total: 252.0 GiB)");
        assertThat(KindCheck.fileManagerShown(icons)).isTrue();
        assertThat(KindCheck.fileManagerShown(with(icons.subList(0, 10), "IHome Folder", "Applications", "5 items")))
                .as("two places").isFalse();
    }

    @Test
    void aManualPagesHeaderSaysTerminalOverAKindItsTextBearsOut() {
        // man's own page in an xterm window, as PP-OCR read it (real_check, seed 2031, stop 26): "Probably a text
        // editor." held, since an editor holds any text
        List<String> man = List.of("MAN(1)", "Manual pager utils", "MAN(1)", "NAME",
                "an interface to the system reference manuals", "SYNOPSIS", "man", "[man options][[section] page",
                "DESCRIPTION", "man is the system's manual pager.", "Each page argument given to man is normally the",
                "name of a program, utility or function.");
        assertThat(verdict("Probably a text editor.", man)).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        assertThat(verdict("A terminal.", man)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.manualPage(with(List.of("man ls"), man.toArray(String[]::new)))).isTrue();
        // the header must be at the top, with a section after it: a page that mentions "LS(1)" further down is none
        List<String> page = List.of("Docs", "Shell basics", "Commands", "How to list files", "See also", "LS(1)",
                "SYNOPSIS");
        assertThat(KindCheck.manualPage(page)).isFalse();
        assertThat(KindCheck.manualPage(List.of("MAN(1)", "Manual pager utils", "NAME"))).isFalse();
    }

    @Test
    void gitsLogSaysTerminalOverItsDates() {
        // `git log --stat | less` in xterm, its window as PP-OCR read it (stop 31, by hand): its dates' times held
        // the model's "a chat page"
        List<String> log = List.of("Achor +", "Mon Nov 30 04+13:09 2026 +0000",
                "README: stop 30's windows captured by hand at the end, and what they changed",
                "README.md I 12 +++++++++", "1 file changed, 11 insertions(+), 1 deletion(-)",
                "commit ceb40b842162efca981b2142fe542cc64d9f1257",
                "Authort Seed 032c8313 maintainers <maintainers@users+noreply+r-seed-032c8313,example>",
                "Date: Mon Nov 30 03+59:58 2026 +0000", "A named dialog's text is not quoted");
        assertThat(KindCheck.gitLog(log)).isTrue();
        assertThat(verdict("Probably a chat page.", log)).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        assertThat(KindCheck.terminalShown(log)).isTrue();
        // the columns' names above `df`'s and `ps`'s tables, as PP-OCR read them in xterm (stop 31, by hand)
        assertThat(KindCheck.terminalShown(List.of("File system", "Size", "Used Avail Usex Mounted on", "devtmpfs",
                "126", "0% dev"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("USER", "PID CPU MEM", "VS2", "RSS TY", "STAT START",
                "TIME COMMAND", "root."))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("Mounted on the wall, the clock shows the time", "Available now")))
                .isFalse();
        // a commit's line without its fields is a sentence about a commit
        assertThat(KindCheck.gitLog(List.of("commit 3f2a9c1 fixed the build", "Thanks, Ann!"))).isFalse();
    }

    @Test
    void aLongDialogBelowItsOwnTitleBarEndsInItsButtons() {
        // LibreOffice Calc's "Text Import" over its sheet, as PP-OCR read the screen (stop 31, by hand): 47 lines
        List<String> csv = new ArrayList<>(List.of("Text Import - [groceries.csv]", "000", "Import",
                "Character set:", "Unicode (UTF-8)", "Locale:", "Default - English (USA)", "From row:", "Separator"
                        + " Options", "OFixed width", "O separated by", "? Tab", "Comma", "?Semicolon"));
        for (int i = 0; i < 30; i++) {
            csv.add(i % 2 == 0 ? "Apples" : "2.40");
        }
        csv.addAll(List.of("Help", "Cancel", "OK"));
        assertThat(verdict("Probably a music player.", csv)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // nor with a menu bar below the title bar: an application's window
        List<String> window = new ArrayList<>(csv);
        window.add(2, "File Edit View Help");
        assertThat(verdict("Probably a music player.", window)).isNotEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // without the title bar on top, so long a text is no dialog's
        assertThat(verdict("Probably a music player.", csv.subList(2, csv.size())))
                .isNotEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
    }

    @Test
    void aSettingsWindowsTitleIsNoOtherTypeOfDialog() {
        // xfce4-terminal's preferences (stop 31, by hand): "copy selection to clipboard" held a print dialog's "copy"
        AppTitles.Title title = AppTitles.find(List.of("Terminal Preferences", "000", "General")).orElseThrow();
        assertThat(title.kind()).isEqualTo("a settings window");
        assertThat(KindCheck.contradictedByTitle("Probably a print dialog.", title)).isTrue();
        assertThat(KindCheck.contradictedByTitle("A settings window.", title)).isFalse();
        AppTitles.Title print = AppTitles.find(List.of("Print Settings", "000", "Copies")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("Probably a print dialog.", print)).isFalse();
    }

    /** Wireshark's start (stop 55, captured: "A web page."), and Outlook's page with its address (stop 45). */
    @Test
    void aWebPageUnderAnApplicationsTitleThatShowsNoneIsThatApplication() {
        List<String> wireshark = List.of("The Wireshark Network Analyzer", "00", "File", "Edit", "View", "Go",
                "Capture", "Welcome to Wireshark");
        AppTitles.Title title = AppTitles.find(wireshark).orElseThrow();
        assertThat(KindCheck.pageUnderApplication("A web page.", title, wireshark)).isTrue();
        assertThat(KindCheck.pageUnderApplication("Probably a web page with a cookie banner.", title, wireshark))
                .isTrue();
        assertThat(KindCheck.pageUnderApplication("A terminal.", title, wireshark)).isFalse();
        // a browser's page, a document's name, or an address bar below the title: a page it may be
        List<String> chrome = List.of("Wireshark - Google Chrome", "wireshark.org");
        assertThat(KindCheck.pageUnderApplication("A web page.", AppTitles.find(chrome).orElseThrow(), chrome))
                .isFalse();
        assertThat(KindCheck.pageUnderApplication("A web page.", new AppTitles.Title("a text editor", "index.html",
                true), List.of("index.html", "File", "Edit"))).isFalse();
        List<String> outlook = List.of("Mail - Ann Lee - Outlook", "outlook.office.com/mail/inbox", "New mail",
                "Inbox");
        assertThat(KindCheck.pageUnderApplication("A web page.", AppTitles.find(outlook).orElseThrow(), outlook))
                .isFalse();
    }

    @Test
    void aBrowsersTitleContradictsOnlyAKindThatNoPageIs() {
        // Edge's new tab with no address bar read (stop 42, written down): "A text editor." had been kept
        AppTitles.Title edge = AppTitles.find(List.of("New Tab - Microsoft Edge", "Search the web")).orElseThrow();
        assertThat(KindCheck.contradictedByTitle("A text editor.", edge)).isTrue();
        assertThat(KindCheck.contradictedByTitle("Probably a terminal.", edge)).isTrue();
        assertThat(KindCheck.contradictedByTitle("A file manager, showing 3 items.", edge)).isTrue();
        // a page may be of any other kind
        assertThat(KindCheck.contradictedByTitle("A video page.", edge)).isFalse();
        assertThat(KindCheck.contradictedByTitle("A spreadsheet.", edge)).isFalse();
        // and a page's title that bears out the kind stands
        AppTitles.Title notes = AppTitles.find(List.of("notes.txt - Mozilla Firefox", "Call the plumber"))
                .orElseThrow();
        assertThat(KindCheck.contradictedByTitle("A text editor.", notes)).isFalse();
    }

    @Test
    void aLongTextEndingInADialogsAnswersIsADialogWhateverMarksItHolds() {
        // a zenity text dialog's window (real_check, seed 2031, stop 26): "4%" is a PDF viewer's zoom mark, and the
        // model's "Probably a PDF viewer." held
        List<String> textInfo = List.of("Recipe", "[] The recipe needs two cups of flour and one egg",
                "- Hi Peter, thanks for your quick reply", "Tomorrow's meeting is cancelled, see you next week",
                "* Please sign the plan and return it by September 14", "The battery lasts about ten hours",
                "* We moved the launch to july 11 because of testing", "The recipe takes about forty minutes",
                "- Our team reached 4% of the yearly goal in February", "* A copy of the result has been sent to you",
                "Each member of the group should read chapter 24.", "Cancel", "OK");
        assertThat(verdict("Probably a PDF viewer.", textInfo)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // without the buttons, the viewer's mark stands
        assertThat(verdict("Probably a PDF viewer.", textInfo.subList(0, 11))).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aWindowWhoseTextBeginsWithACommandOnAFileIsATerminalEvenWithoutItsPrompt() {
        // an xterm window whose prompt the capture cut off (real_check, seed 2032, stop 26)
        List<String> shell = List.of("cat case.txt", "Our support team will answer within 24 hours.",
                "The notice for November is ready and has been shared with th");
        assertThat(verdict("Probably a text editor.", shell)).isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        // a note that begins with a sentence about a cat, or a command with no file, is no shell
        assertThat(verdict("A text editor.", with(List.of("cat food on Monday"), "Buy milk", "Call the vet")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A text editor.", with(List.of("less is more"), "Buy milk", "Call the vet")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void anEditorsMenusOneToALineAreNoDialogs() {
        // Mousepad's screen as PP-OCR read it (real_check, seed 2032, stop 26): its menus one to a line, then its
        // root-account warning, which the model took for a warning dialog
        List<String> mousepad = List.of("/tmp/tmp8uuwqy2k/grade_2024.md - Mousepad", "File", "Edit", "Search", "View",
                "Document", "Help", "Ideas", "Warning: you are using the root account. You may harm your system.",
                "Please review the attached report before the meeting on Tuesday.");
        assertThat(verdict("Probably a warning dialog.", mousepad)).isEqualTo(KindCheck.Verdict.EDITOR_SHOWN);
        // a dialog over the editor shows its buttons: the dialog stands
        assertThat(verdict("A warning dialog.", with(mousepad, "Close without Saving", "Cancel", "Save")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aDesktopSaidToBeLockedIsALockScreenClaim() {
        // a zenity password dialog on a grey desktop, as PP-OCR read it (real_check, seed 2031, stop 26)
        List<String> password = List.of("Rename", "Type your password", "Password:", "Cancel", "OK");
        assertThat(verdict("Probably the desktop is locked: the desktop wallpaper and the taskbar clock.", password))
                .isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        assertThat(verdict("The computer is locked.", password)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        assertThat(verdict("The screen is locked.", List.of("10:42", "Sunday, 29 November")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    /** LibreOffice Writer's window with a letter, as PP-OCR read it (stop 27, by hand; the model: "a search page"). */
    private static final List<String> WRITER = List.of("a", "abc q1", "Preformatted Text", "P", "Liberation Mono",
            "10 pt", "B", "1", "Dear Mrs. Patel,", "Thank you for your letter",
            "of 12 November about the community garden.", "Kind regards,", "Tom Hughes", "Garden Committee",
            "Page1 of 1", "52 words, 271 characters", "Default Page Style", ">>", "\u4e09", "100%");
    /** LibreOffice Calc's window with a list of groceries (the model said "a music player"). */
    private static final List<String> CALC = List.of("A", "a", "abs", "2", "Liberation Sans", "10 pt", "B", "I", "A",
            "%", "0.0", "A1", "fx -=", "Item", "E", "A", "B", "D", "E", "F", "G", "$", "Item", "Quantity", "Price", "2",
            "Apples", "6", "2.4", "3", "Bread", "1", "1.85", "groceries", "Sheet 1 of 1", "Default", "English (USA)",
            "Average: ; Sum: 0", "100%");
    /** Evince's window with a letter (the model said "a text editor"). */
    private static final List<String> EVINCE = List.of("of 1", "letter.pdf", "73.4%", "\u53e3", "X",
            "Dear Mrs. Patel,", "Thank you for your Letter. of 12 November about the community garden.",
            "Kind regards,", "Tom Hughes");
    /** Geany's window with a Python file (the model said "a PDF viewer"). */
    private static final List<String> GEANY = List.of("Symbols", "serve.py", "x", "8 Classes", "1",
            "import http.server, ssl, sys, os, threading", "H [4]", "2",
            "class H(http.server. BaseHTTPRequestHandler):", "co log_message [", "5", "def do_GET(self) :",
            "Variables", "6", "f = HosTs.get(self.headers.get(\"Host\"))",
            "7", "if not f:", "a [12]", "9", "10", "11", "def log_message(self, *a): pass", "Status",
            "18:59:34: This is Geany 1.38.");

    @Test
    void anApplicationsOwnBarsSayWhatItIsWhereTheKindIsContradicted() {
        assertThat(KindCheck.applicationShown(WRITER))
                .hasValue("A word processor. The text on it begins \"Dear Mrs. Patel,\".");
        assertThat(verdict("Probably a search results page.", WRITER))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // the window's menus one to a line before its text, and its page count run together with its word count
        List<String> screen = with(List.of("File", "Edit", "View", "Insert", "Format", "Styles", "Table", "Form",
                "Tools", "Window", "Help"), "Preformatted Text", "Dear Mrs. Patel,",
                "Page 1 of 152 words, 271 characters");
        assertThat(KindCheck.applicationShown(screen))
                .hasValue("A word processor. The text on it begins \"Dear Mrs. Patel,\".");
        assertThat(KindCheck.applicationShown(List.of("Report", "Page 1 of 3", "1,204 words", "English (UK)")))
                .as("Word's status bar").isPresent();
        assertThat(KindCheck.applicationShown(CALC)).hasValue("A spreadsheet. The text on it begins \"Item\".");
        assertThat(verdict("Probably a music player.", CALC)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(EVINCE)).hasValue("A PDF viewer showing \"letter.pdf\".");
        assertThat(verdict("A text editor.", EVINCE)).as("an editor holds any text, not a viewer's bars")
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // Evince's header bar with the file's name cut short, as PP-OCR read it (stop 36, by hand): its page count and
        // fitted zoom; the text begins after them, past the shortened labels
        List<String> shortened = List.of("of 1", "quart...", "54.7% *", "quarter...", "Quarterly Report",
                "Sales rose by 12 percent in the third quarter.");
        assertThat(KindCheck.applicationShown(shortened))
                .hasValue("A document viewer. The text on it begins \"Quarterly Report\".");
        assertThat(verdict("Probably a terminal.", shortened)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.corrects("A document viewer. The text on it begins \"Quarterly Report\".")).isTrue();
        // its page count in brackets beside a page's label ("T-1", "(1 of 36)"; stop 41, by hand)
        assertThat(KindCheck.applicationShown(List.of("T-1", "(1 of 36)", "libtasn!....", "71.4%",
                "Reference manual"))).hasValue("A document viewer. The text on it begins \"Reference manual\".");
        // AbiWord's window without its title, as PP-OCR read it (stop 36, by hand): its menus one to a line, then its
        // formatting toolbar's style, font and size; the text begins below them, past the page on its status bar
        List<String> abiword = List.of("File", "Edit", "View", "Insert", "Format", "Tools", "Table", "RDF",
                "Documents", "Help", "Page Width", "R", "00", "Normal", "Liberation Serif", "12", "a", "a", "2", "3",
                "Page: 1/1|", "Minutes of the garden club", "We met on Tues day and agreed to plant beans.");
        assertThat(KindCheck.applicationShown(abiword))
                .hasValue("A word processor. The text on it begins \"Minutes of the garden club\".");
        assertThat(KindCheck.applicationShown(List.of("Calibri (Body)", "11", "Normal", "No Spacing", "Heading 1",
                "Report for March"))).hasValue("A word processor. The text on it begins \"Report for March\".");
        // a style, a font and a size far apart are no toolbar
        assertThat(KindCheck.applicationShown(List.of("Normal", "a", "b", "c", "d", "e", "f", "g", "h", "i",
                "Arial", "12"))).isEmpty();
        // Audacious's playlist (stop 36, by hand: "Probably a chat page, ..."): its columns and its position
        List<String> audacious = List.of("Eile Play back", "Playlist", "Services", "Qutput View", "Q+",
                "New Playlist \u00d7", "Title", "Artist", "Album", "0:00/0:00");
        assertThat(KindCheck.applicationShown(audacious)).hasValue("A music player.");
        assertThat(verdict("Probably a chat page.", audacious)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(verdict("A music player.", audacious)).isEqualTo(KindCheck.Verdict.HOLDS);
        // a player's position and length are no chat's two times
        List<String> playing = List.of("Shuffle the whole collection", "Repeat every track of the list",
                "The quiet morning of the garden", "1:02 / 3:45", "Volume and balance");
        assertThat(verdict("Probably a chat page.", playing)).isNotEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("Probably a chat page.", with(playing, "10:41 Ann: on my way", "10:43 Tom: see you")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        // Ristretto's window (stop 36, by hand): a picture's file and its size in pixels on the status bar
        List<String> ristretto = List.of("File", "Edit", "View", "Go", "Help", "webcam-640x480.jpg",
                "640x48046.9kB", "100.0%", "Document Help", "Dear Mrs. Patel,", "Thank you for your letter");
        assertThat(KindCheck.applicationShown(ristretto))
                .hasValue("An image viewer showing \"webcam-640x480.jpg\".");
        assertThat(verdict("Probably a word processor.", ristretto)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("Photos to sort", "beach.jpg", "Holiday notes"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Background", "wallpaper.jpg", "Display", "1920 x 1080 (16:9)")))
                .as("a file's name and a size apart").isEmpty();
        // an image viewer's place in its folder and a whole zoom are no document's pages
        assertThat(KindCheck.applicationShown(List.of("3 / 12", "beach.jpg", "54.7%", "A day at the sea")))
                .isEmpty();
        assertThat(KindCheck.applicationShown(List.of("of 12", "Holiday", "100%", "A day at the sea"))).isEmpty();
        assertThat(KindCheck.applicationShown(GEANY))
                .hasValue("A code editor. The code on it begins \"import http.server, ssl, sys, os, threading\".");
        assertThat(verdict("Probably a PDF viewer.", GEANY)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // a kind whose marks the document holds gives way too: the letter's dates kept "a calendar page" on Writer's
        // 4K screen; the application's own kind stands
        List<String> dated = with(WRITER, "We are happy to confirm that the plots will open on 1 March.");
        assertThat(verdict("Probably a calendar page.", dated)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(verdict("A spreadsheet.", CALC)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A word processor.", WRITER)).isEqualTo(KindCheck.Verdict.HOLDS);
        // Writer's screen with its save dialog in front, as PP-OCR read it (stop 27): the model said "a calculator"
        List<String> saving = List.of("File", "Edit", "View", "Insert", "Format", "Styles", "Table", "Form", "Tools",
                "Window", "Help", "X", "abs", "A", "Preformatted Text", "Liberation Mono", "10 pt",
                "PSDear Mrs. Patel,", "Thank", "Save Document?", "000", "We are",
                "Save changes to document\"letter.txt\"before closing?", "arch.", "Each p", "shed.", "Kind re",
                "Tom Hug", "Garden",
                "Your changes will be lost if you don't save them.", "Don't Save", "Cancel", "Save", "0", "0",
                "Page 1 of 1 52 words, 273 characters Default Page Style", "100%");
        assertThat(KindCheck.applicationShown(saving)).hasValue("A dialog in front of a word processor asks \"Save"
                + " changes to document\u201dletter.txt\u201dbefore closing?\".");
        assertThat(KindCheck.corrects(KindCheck.applicationShown(saving).orElseThrow())).isTrue();
        // GNOME's System Monitor (stop 28): the model said "a print dialog"; its processes' columns say what it is
        List<String> monitor = List.of("\u4e09 Processes", "? Resources", "File Systems", "x", "Process Name", "User",
                "% CPU", "ID", "Memory", "Disk read tota Disk writ", "xvfb", "root", "0.18", "15834", "26.7 MB");
        assertThat(verdict("A print dialog with the title \"Print\".", monitor))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(monitor)).hasValue("A system monitor, listing processes.");
        assertThat(KindCheck.corrects("A system monitor, listing processes.")).isTrue();
        assertThat(verdict("A system monitor showing processes.", monitor)).isEqualTo(KindCheck.Verdict.HOLDS);
        // LibreOffice Impress's window (stop 28): no title (the window manager draws it), its status bar says it
        List<String> impress = List.of("X", "Slides 1", "Click to add Title", "Click to add Text", "Properties",
                "vslide", "Format:", "Screen 16:9", "Slide 1 of 1", "Default", "English (USA)", "92%");
        assertThat(KindCheck.applicationShown(impress)).hasValue("A presentation editor, showing slide 1 of 1.");
        assertThat(verdict("A music player labelled \"Clementine\".", impress))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.corrects("A presentation editor, showing slide 1 of 1.")).isTrue();
        // galculator's window (real_check, stop 30): its menus one to a line, "Calculator" among them, and its keys;
        // the model said "a progress dialog", and Glance "A dialog."
        List<String> galculator = List.of("File", "Edit", "View", "Calculator", "Help", "49", "AC", "MS", "MRv", "M+",
                "V", "9", "sqrt", "5", "6", "%", "2", "+/-");
        assertThat(verdict("Probably a progress dialog.", galculator)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(galculator)).hasValue("A calculator with the display showing 49.");
        assertThat(KindCheck.corrects("A calculator with the display showing 49.")).isTrue();
        // a clock application's views: GNOME Clocks as PP-OCR read it (stop 33, by hand), Windows' Clock
        List<String> clocks = List.of("+", "? World", "Alarms", "@ stop watch", "\u533a Timer", "Add World Clock");
        assertThat(KindCheck.applicationShown(clocks)).hasValue("A clock app.");
        assertThat(verdict("Probably a calendar page.", clocks)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("Focus sessions", "Timer", "Alarm", "Stopwatch",
                "World clock"))).hasValue("A clock app.");
        assertThat(KindCheck.corrects("A clock app.")).isTrue();
        // two views, or the words in a sentence, are not enough
        assertThat(KindCheck.applicationShown(List.of("Alarms", "Timers", "Set an alarm for the world tour")))
                .isEmpty();
        // a music library's views down its side: Elisa's empty view (stop 56, captured: "Glance cannot tell ...")
        List<String> elisa = List.of("<", "x", "Show Playlist", "Now Playing", "Playlist", "Save...", "Load...",
                "Recently Played", ".i Frequently Played", "Albums", "\u03b1 Artists", "Tracks", "0", "Genres", "Files",
                "Radio Stations", "Nothing playing", "Playlist is empty", "Add some songs to get started.");
        assertThat(KindCheck.applicationShown(elisa)).hasValue("A music player.");
        assertThat(verdict("Probably a calendar page.", elisa)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // three of them, or the words in a sentence, are not enough (a shop's menu, a list of what to sort)
        assertThat(KindCheck.applicationShown(List.of("Albums", "Artists", "Tracks", "Sort your albums by artists, "
                + "tracks or genres"))).isEmpty();
        // a code editor's start screen by its choices to begin, whatever its suggested projects say (GNOME Builder's,
        // stop 56, captured: "Probably a music player, with 7 rows.")
        List<String> builder = List.of("Open a Project", "0", "Q earch all Builder projects...",
                "Suggested GNOME Projects", "Learn More...", "Boxes", "Vala", "Calendar",
                "A calendar application for GNOME", "Music", "Python", "Music player and management application",
                "Create New Project...", "Select a Folder...", "Clone Repository...");
        assertThat(KindCheck.applicationShown(builder)).hasValue("A code editor's start screen. It offers: Open a "
                + "Project, Create New Project, Select a Folder, Clone Repository.");
        assertThat(verdict("Probably a music player, with 7 rows.", builder))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.corrects("A code editor's start screen. It offers: New Project, Open, Get from VCS."))
                .isTrue();
        // VS Code's and IntelliJ's, their icons and dots aside
        assertThat(KindCheck.applicationShown(List.of("Editing evolved", "Start", "D New File...", "Open File...",
                "Open Folder...", "Clone Git Repository...", "Connect to...", "Recent", "Walkthroughs")))
                .hasValue("A code editor's start screen. It offers: New File, Open File, Open Folder, Clone Git "
                        + "Repository, Connect to.");
        // after a code editor's title, its start screen's choices
        List<String> vsCode = List.of("Welcome - Visual Studio Code", "File Edit Selection View Go Run Terminal Help",
                "Start", "New File...", "Open File...", "Open Folder...", "Recent", "Walkthroughs");
        assertThat(KindCheck.officeStartOnScreen(vsCode, "A code editor: its title is \"Welcome - Visual Studio "
                + "Code\".")).hasValue("It shows its start screen. It offers: New File, Open File, Open Folder.");
        assertThat(KindCheck.officeStartOnScreen(vsCode, "A text editor.")).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Welcome to IntelliJ IDEA", "Projects", "Customize", "Plugins",
                "New Project", "Open", "Get from VCS")))
                .hasValue("A code editor's start screen. It offers: New Project, Open, Get from VCS.");
        // not its File menu, which saves; not two choices
        assertThat(KindCheck.applicationShown(List.of("New Text File", "New File...", "New Window", "Open File...",
                "Open Folder...", "Open Recent", "Save", "Save As..."))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Projects", "New Project", "Open"))).isEmpty();
        // a map's scale and its data's credit (GNOME Maps, stop 56, captured: "Probably a text editor. ...")
        List<String> maps = List.of("Q", "Y", "E", "5000 km",
                "Map Data ODBL OpenStreetMap Contributors, Map Imagery CC-BY-SA 2.0 OpenStreetMap");
        assertThat(KindCheck.applicationShown(maps)).hasValue("A map app.");
        assertThat(KindCheck.corrects("A map app.")).isTrue();
        assertThat(KindCheck.applicationShown(List.of("Run 5 km", "Map data is in the appendix"))).isEmpty();
        // KDevelop's start screen and Calligra Sheets' templates (stop 56, captured)
        assertThat(KindCheck.applicationShown(List.of("KDevelop", "New Project", "Open Project", "Fetch Project",
                "Recent Projects"))).hasValue("A code editor's start screen. It offers: New Project, Open Project, "
                + "Fetch Project.");
        assertThat(KindCheck.officeStartOnScreen(List.of("Calligra Sheets", "00", "Recent Documents", "Business",
                "Blank Worksheet", "Use This Template"), "A spreadsheet: its title is \"Calligra Sheets\"."))
                .hasValue("It shows its start screen.");
        // LibreOffice's Start Center without its title bar, as PP-OCR read it (stop 40, by hand: "Glance cannot tell")
        List<String> start = List.of("File", "Tools Help", "Open File", "Remote Files", "Recent Documents", "Templates",
                "Create:", "Writer Document", "Calc Spreadsheet", "mpress Present at i on", "Draw Drawing",
                "Math Formula", "Base Database", "LibreOffice", "Community", "Help", "Extensions");
        assertThat(KindCheck.applicationShown(start)).hasValue("An office suite: LibreOffice's Start Center.");
        assertThat(verdict("Probably a calendar page.", start)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.corrects("An office suite: LibreOffice's Start Center.")).isTrue();
        // two of its buttons, as a help page names them, are not enough
        assertThat(KindCheck.applicationShown(List.of("Create a new", "Writer Document", "or a", "Calc Spreadsheet")))
                .isEmpty();
        // an editor's cursor position in its status bar
        for (String cursor : List.of("Ln 1, Col 1", "line: 1 / 5 col: 0", "Line: 3 Column: 12",
                "Ln 12, Col 4  Spaces: 4")) {
            assertThat(KindCheck.cursorShown(List.of("Text", cursor))).as(cursor).isTrue();
        }
        assertThat(KindCheck.cursorShown(List.of("Line 3 of the column", "Col 1", "Lines: 5"))).isFalse();
        // with "File Edit" read as one menu bar, which a dialog has not (real_check, stop 33: "Glance cannot tell")
        List<String> barred = List.of("File Edit", "View", "Calculator", "Help", "3712", "AC", "MSv", "MRV", "M+v", "8",
                "9", "sqrt", "5", "6", "%", "0", "+/-");
        assertThat(verdict("A list dialog with the title \"Select a printer\".", barred))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(barred)).hasValue("A calculator with the display showing 3712.");
        assertThat(KindCheck.applicationShown(List.of("Calculator", "7", "8", "9", "4", "5", "6", "+", "=")))
                .hasValue("A calculator.");
        // GNOME Calculator's and Qalculate's windows without a title (stop 29, by hand): the whole keypad says it
        List<String> gnome = List.of("Undo", "Basic v", "0", "End Group D)] mod", "7", "8", "9", "v", "5", "6", "x2",
                "1", "2", "3", "0", "%", "+");
        assertThat(KindCheck.applicationShown(gnome)).hasValue("A calculator.");
        assertThat(verdict("Probably a list dialog.", gnome)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // a PIN pad has digits and no operators
        assertThat(KindCheck.applicationShown(List.of("Enter your PIN", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                "0", "OK"))).isEmpty();
        // a spreadsheet's row numbers are keys too, but "Calc" in its title is no calculator's name
        assertThat(KindCheck.applicationShown(List.of("Budget.ods - LibreOffice Calc", "1", "2", "3", "4", "5",
                "6", "7", "Rent", "Food"))).isEmpty();
        // a table with a name and a size is no list of processes
        assertThat(KindCheck.applicationShown(List.of("Name", "Size", "Memory", "notes.txt", "2 kB"))).isEmpty();
        // the same screen in stop 28's reading order: more of the letter's fragments between question and buttons
        List<String> fragments = new ArrayList<>(saving);
        fragments.add(fragments.indexOf("Kind re"), "0");
        assertThat(KindCheck.applicationShown(fragments)).isEqualTo(KindCheck.applicationShown(saving));
        // a column of answers is no dialog: no question above it
        assertThat(KindCheck.applicationShown(with(CALC, "Paid", "Yes", "No", "Yes")))
                .hasValue("A spreadsheet. The text on it begins \"Item\".");
        // a dialog in front of the application, its buttons on screen, stands
        assertThat(verdict("A save changes dialog.", with(WRITER, "Save changes to letter.odt before closing?",
                "Don't Save", "Cancel", "Save"))).isEqualTo(KindCheck.Verdict.HOLDS);
        // each is a correction of the first sentence, said at once
        for (List<String> lines : List.of(WRITER, CALC, EVINCE, GEANY)) {
            assertThat(KindCheck.corrects(KindCheck.applicationShown(lines).orElseThrow())).isTrue();
        }
        assertThat(KindCheck.corrects("A spreadsheet with a list of groceries.")).isFalse();
    }

    /**
     * Windows', macOS's, Teams' and GNOME's windows written down as the lines OCR would read (stop 41): each was
     * "Glance cannot tell ..." where the model named another kind.
     */
    @Test
    void writtenDownWindowsSayWhatTheyAreByTheirOwnText() {
        // Teams' meeting, Zoom's, Teams' chat, Windows' quick settings
        List<String> meeting = List.of("Meeting with Ann", "00:12:45", "Chat", "People", "React", "View", "More",
                "Camera", "Mic", "Share", "Leave", "Ann Lee", "Sam Park (Guest)");
        assertThat(KindCheck.applicationShown(meeting)).hasValue("A video call app, in a call.");
        assertThat(verdict("A terminal.", meeting)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("Zoom", "Ann Lee", "Mute", "Start Video", "Participants",
                "Share Screen", "Reactions", "End"))).hasValue("A video call app, in a call.");
        // Zoom's waiting room
        assertThat(KindCheck.applicationShown(List.of("Please wait, the meeting host will let you in soon.",
                "Ann Lee's Zoom Meeting", "Test Computer Audio", "Leave")))
                .hasValue("A video call app, waiting for the host to let you in.");
        assertThat(KindCheck.corrects("A video call app, waiting for the host to let you in.")).isTrue();
        // its own line alone, with no button to leave read (stop 50); an article's sentence about a host is none
        assertThat(KindCheck.applicationShown(List.of("Zoom Meeting", "Please wait, the meeting host will let you in "
                + "soon.", "Weekly team sync"))).hasValue("A video call app, waiting for the host to let you in.");
        assertThat(KindCheck.applicationShown(List.of("How waiting rooms work", "In Zoom the host will let you in "
                + "when the meeting starts, so arrive early."))).isEmpty();
        // no button to leave, or two controls only: a video page's "Share", a list of people
        assertThat(KindCheck.applicationShown(List.of("How to bake bread", "Share", "Camera", "Mic", "People",
                "Leave a comment"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Team", "People", "Share", "Leave"))).isEmpty();
        List<String> chat = List.of("Chat", "Recent", "Ann Lee", "Sam Park", "See you at 3", "Type a message");
        assertThat(KindCheck.applicationShown(chat)).hasValue("A chat app. The text on it begins \"Chat\".");
        assertThat(verdict("Probably a list dialog.", chat)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("general", "Ann: hello", "Message #general")))
                .hasValue("A chat app. The text on it begins \"general\".");
        assertThat(KindCheck.applicationShown(List.of("How to type a message faster", "Read more"))).isEmpty();
        List<String> quick = List.of("Wi-Fi", "Bluetooth", "Airplane mode", "Energy saver", "Accessibility",
                "Night light", "80%", "Battery");
        assertThat(KindCheck.applicationShown(quick)).hasValue("A quick settings panel.");
        assertThat(verdict("A text editor.", quick)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // GNOME Settings' sidebar has Wi-Fi and Bluetooth, and no other toggle
        assertThat(KindCheck.applicationShown(List.of("Wi-Fi", "Network", "Bluetooth", "Displays", "Sound", "Power",
                "Multitasking", "Appearance"))).isEmpty();
        // macOS Messages' box
        assertThat(KindCheck.applicationShown(List.of("Messages", "Sam Park", "See you at 3", "Delivered", "iMessage")))
                .hasValue("A chat app. The text on it begins \"Messages\".");
        for (String said : List.of("A video call app, in a call.", "A chat app.", "A quick settings panel.")) {
            assertThat(KindCheck.corrects(said)).as(said).isTrue();
        }
        // Windows 11's Notepad (its status bar), the Start menu, the sign-in screen, macOS's About This Mac, macOS Mail
        List<String> notepad = List.of("Untitled", "+", "File", "Edit", "View", "Dear Sam,", "Thanks for the photos.",
                "Ln 3, Col 1", "42 characters", "100%", "Windows (CRLF)", "UTF-8");
        assertThat(KindCheck.applicationShown(notepad)).hasValue("A text editor. The text on it begins \"Untitled\".");
        assertThat(verdict("A terminal.", notepad)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // a cursor's position alone is a spreadsheet's or a page's as well
        assertThat(KindCheck.applicationShown(List.of("Report", "Ln 3, Col 1", "Page 1"))).isEmpty();
        List<String> startMenu = List.of("Search for apps, settings, and documents", "Pinned", "All apps", "Edge",
                "Word", "Excel", "Mail", "Photos", "Settings", "Calculator", "Recommended", "report.docx", "2h ago",
                "Ann Lee");
        assertThat(KindCheck.applicationShown(startMenu))
                .hasValue("The Start menu. Its pinned apps: Edge, Word, Excel, Mail, Photos, Settings.");
        assertThat(verdict("A text editor.", startMenu)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("Pinned messages", "Ann: hello"))).isEmpty();
        List<String> signIn = List.of("Ann Lee", "PIN", "I forgot my PIN", "Sign-in options", "ENG", "12:45");
        assertThat(KindCheck.applicationShown(signIn)).hasValue("A sign-in screen for Ann Lee.");
        assertThat(KindCheck.applicationShown(List.of("Password", "Sign-in options"))).hasValue("A sign-in screen.");
        assertThat(KindCheck.applicationShown(List.of("Change your PIN", "PIN", "Old PIN", "OK"))).isEmpty();
        List<String> mac = List.of("MacBook Air", "13-inch, M2, 2022", "Chip Apple M2", "Memory 8 GB",
                "Serial number C02XXXX", "macOS Sonoma 14.5", "More Info...");
        assertThat(KindCheck.applicationShown(mac))
                .hasValue("A description of this computer, running macOS Sonoma 14.5.");
        List<String> windows = List.of("Device specifications", "Device name DESKTOP-1A2B", "Processor Intel Core i5",
                "Installed RAM 8.00 GB", "System type 64-bit operating system", "Windows specifications",
                "Edition Windows 11 Home");
        assertThat(KindCheck.applicationShown(windows)).hasValue("A description of this computer.");
        assertThat(KindCheck.applicationShown(List.of("Memory 8 GB", "Graphics card", "Price 499"))).isEmpty();
        List<String> mail = List.of("Inbox - iCloud", "Favourites", "Inbox", "Sent", "Drafts", "Sam Park",
                "Photos from Saturday", "Reply", "Forward");
        assertThat(KindCheck.applicationShown(mail)).hasValue("A mail client.");
        assertThat(KindCheck.applicationShown(List.of("Inbox", "Inbox", "Archive (2)"))).isEmpty();
        for (String said : List.of("The Start menu.", "A sign-in screen for Ann Lee.", "A mail client.",
                "A description of this computer.")) {
            assertThat(KindCheck.corrects(said)).as(said).isTrue();
        }
        // Windows' copy dialog, its notifications, GNOME Software, a cookie notice
        List<String> copying = List.of("12% complete", "Copying 340 items from Downloads to Backup",
                "Speed: 45.2 MB/s", "Name: IMG_2201.jpg", "Time remaining: About 2 minutes", "Fewer details");
        assertThat(KindCheck.applicationShown(copying))
                .hasValue("A progress dialog, 12% complete: \"Copying 340 items from Downloads to Backup\".");
        assertThat(verdict("A terminal.", copying)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("Backup", "45 % done")))
                .hasValue("A progress dialog, 45% complete.");
        assertThat(KindCheck.applicationShown(List.of("Notifications", "Clear all", "Outlook",
                "New message from Sam Park"))).hasValue("A notifications panel. The text on it begins \"Outlook\".");
        assertThat(KindCheck.applicationShown(List.of("Notifications", "Email", "Sounds", "Clear all history")))
                .isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Software", "Explore", "Installed", "Updates", "Firefox")))
                .hasValue("A software store.");
        List<String> cookies = List.of("We use cookies", "We use cookies to improve your experience.", "Accept all",
                "Reject all", "Manage preferences");
        assertThat(KindCheck.applicationShown(cookies))
                .hasValue("A cookie notice. Its buttons: Accept all, Reject all, Manage preferences.");
        assertThat(KindCheck.applicationShown(List.of("How to bake cookies", "Settings", "Reject all"))).isEmpty();
        assertThat(KindCheck.cookieNoticeOnScreen(cookies, "A web page with a cookie banner.")).isEmpty();
        assertThat(KindCheck.cookieNoticeOnScreen(cookies, "A web browser showing \"Bread\".")).hasValue(
                "A cookie notice is on screen. Its buttons: Accept all, Reject all, Manage preferences.");
        for (String said : List.of("A progress dialog, 12% complete.", "A notifications panel.", "A cookie notice.",
                "A software store.")) {
            assertThat(KindCheck.corrects(said)).as(said).isTrue();
        }
        // Windows' crash screen: its share done is no progress dialog's; GNOME's sign-in screen
        List<String> crash = List.of(":(", "Your PC ran into a problem and needs to restart. We're just collecting "
                + "some error info, and then we'll restart for you.", "20% complete",
                "Stop code: CRITICAL_PROCESS_DIED");
        assertThat(KindCheck.applicationShown(crash)).hasValue("A crash screen: \"Your PC ran into a problem and needs "
                + "to restart.\", \"Stop code: CRITICAL_PROCESS_DIED\".");
        assertThat(KindCheck.corrects("A crash screen: \"Your PC ran into a problem and needs to restart.\"."))
                .isTrue();
        // whatever the model took it for (stop 50: "A web page."); and Windows' update screen
        assertThat(verdict("A web page.", crash)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        List<String> updating = List.of("Working on updates", "30% complete", "Don't turn off your computer");
        assertThat(verdict("A dialog.", updating)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(updating)).hasValue("An update screen: \"Working on updates\", 30% "
                + "complete. It says \"Don't turn off your computer\".");
        assertThat(KindCheck.corrects(KindCheck.applicationShown(updating).orElseThrow())).isTrue();
        // a help page that quotes a crash screen's words among many of its own is the page the model said
        List<String> help = new ArrayList<>(List.of("support.microsoft.com/en-gb/windows/troubleshoot",
                "Troubleshoot blue screen errors", "Your PC ran into a problem and needs to restart.",
                "Stop code: CRITICAL_PROCESS_DIED"));
        for (int i = 1; i <= 8; i++) {
            help.add("Step " + i + ": try this fix before you call a support person about the error.");
        }
        assertThat(verdict("A web page.", help)).isNotEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // its heading and its share done read as one line
        assertThat(KindCheck.applicationShown(List.of("Working on updates 30% complete", "Don't turn off your "
                + "computer"))).hasValue("An update screen: \"Working on updates\", 30% complete. It says \"Don't turn "
                + "off your computer\".");
        // a software updater's dialog says its heading, with no plea to keep the computer on: none
        assertThat(KindCheck.applicationShown(List.of("Installing updates", "45% complete", "Cancel"))
                .filter(s -> s.startsWith("An update screen"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Ann Lee", "Password", "Not listed?", "Ubuntu")))
                .hasValue("A sign-in screen for Ann Lee.");
        // a dialog's own action after "Cancel" ends its buttons: macOS's "Cancel", "Empty Bin"
        List<String> empty = List.of("Are you sure you want to permanently erase the items in the Bin?",
                "You can't undo this action.", "Cancel", "Empty Bin");
        assertThat(verdict("A terminal.", empty)).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        assertThat(verdict("A terminal.", List.of("Are you sure?", "The list", "Cancel", "empty bin 42")))
                .isNotEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
    }

    @Test
    void moreWrittenDownScreensSayWhatTheyAreByTheirOwnText() {
        // written down at stops 41 and 42, each "Glance cannot tell ..." where the model named another kind
        assertThat(KindCheck.applicationShown(List.of("Desktop 1", "Desktop 2", "New desktop", "report.docx - Word",
                "Inbox - Outlook", "Calculator"))).hasValue("The task view, with 2 desktops. Its windows: report.docx "
                + "- Word, Inbox - Outlook, Calculator.");
        assertThat(KindCheck.applicationShown(List.of("Replace or Skip Files", "Copying 1 item from Downloads to "
                + "Documents", "The destination already has a file named \"report.pdf\"", "Replace the file in the "
                + "destination", "Skip this file"))).hasValue("A dialog, \"Replace or Skip Files\", says \"The "
                + "destination already has a file named \u201dreport.pdf\u201d\".");
        assertThat(KindCheck.applicationShown(List.of("Activities", "Type to search", "Firefox", "Files", "Terminal",
                "Show Apps"))).hasValue("The activities overview. Its dock: Firefox, Files, Terminal.");
        assertThat(KindCheck.applicationShown(List.of("Mail", "Inbox", "Focused", "Other", "Ann Lee")))
                .hasValue(KindCheck.MAIL_CLIENT);
        assertThat(KindCheck.messageBox(List.of("Restore pages?", "Chrome didn't shut down correctly.", "Restore")))
                .hasValue("A dialog asks \"Restore pages?\".");
        assertThat(KindCheck.messageBox(List.of("Force Quit Applications", "If an app doesn't respond for a while, "
                + "select its name and click Force Quit.", "Safari", "Mail", "Force Quit"))).isPresent();
        assertThat(KindCheck.corrects("The task view, with 2 desktops.")).isTrue();
        // a browser's own page for a page it could not load, read without its address bar (written down at stop 43)
        assertThat(KindCheck.applicationShown(List.of("No internet", "x", "+", "No internet", "Try:", "Checking the "
                + "network cables, modem, and router", "Reconnecting to Wi-Fi", "ERR_INTERNET_DISCONNECTED")))
                .hasValue("An error page: \"No internet\".");
        assertThat(KindCheck.applicationShown(List.of("Wi-Fi", "No internet", "Bluetooth", "Off")))
                .as("a quick settings' status").isEmpty();
        // Chromium's offline page once its window has the focus: its heading is a game's, its code says what failed
        // (a region of it, captured at stop 43)
        assertThat(KindCheck.applicationShown(List.of("Press space to play", "Try:", ".Checking the network cables,"
                + "modem,and router", "• Reconnecting to Wi-Fi", "ERR_INTERNET_DISCONNECTED", "Restore pages?",
                "Chromium didn't shut down c"))).hasValue("An error page: \"No internet\".");
        assertThat(KindCheck.applicationShown(List.of("Try:", "Checking the proxy", "ERR_SSL_PROTOCOL_ERROR")))
                .hasValue("An error page: \"ERR_SSL_PROTOCOL_ERROR\".");
        assertThat(KindCheck.applicationShown(List.of("$ grep -r ERR_INTERNET_DISCONNECTED src", "net/errors.h")))
                .as("a code's name without the page's advice").isEmpty();
        // a sign-in screen's message where the password was wrong
        assertThat(KindCheck.applicationShown(List.of("Ann Lee", "Password", "Incorrect password. Try again.",
                "I forgot my password", "Sign-in options")))
                .hasValue("A sign-in screen for Ann Lee. It says \"Incorrect password. Try again.\".");
        // a power menu (written down at stop 43), not a page that lists its choices among its text
        assertThat(KindCheck.applicationShown(List.of("Sleep", "Shut down", "Restart", "Sign out", "Lock")))
                .hasValue("A power menu: Sleep, Shut down, Restart, Sign out, Lock.");
        assertThat(KindCheck.applicationShown(List.of("Suspend", "Restart\u2026", "Power Off\u2026", "Log Out")))
                .hasValue("A power menu: Suspend, Restart\u2026, Power Off\u2026, Log Out.");
        assertThat(KindCheck.applicationShown(List.of("How to turn off your PC", "Open the Start menu and choose one "
                + "of these:", "Sleep", "Shut down", "Restart", "Sleep keeps your work open.", "Shut down closes all "
                + "apps.", "Restart installs updates.", "Related articles"))).isEmpty();
        assertThat(KindCheck.corrects("A power menu: Sleep, Restart, Lock.")).isTrue();
        // a terminal that the text shows, with a traceback's error
        assertThat(KindCheck.terminal(List.of("Traceback (most recent call last):", "File \"main.py\", line 3, in "
                + "<module>", "print(1/0)", "ZeroDivisionError: division by zero", "ann@laptop:~$")))
                .isEqualTo("A terminal. A program on it stopped with \"ZeroDivisionError: division by zero\".");
        assertThat(KindCheck.corrects("The activities overview.")).isTrue();
        // LibreOffice's tip of the day in front of Calc, a toolbar's lines read between the tip's (stop 36, by hand)
        List<String> tip = List.of("Ele", "Edt", "Insert", "Did you know?", ". styles", "B", "5|", "Eile", "Home",
                "Libreoffice offers a variety of user interface options to make", "Cut styles", "you feel at home",
                "Paste", "Run this action now...", "Show tips on startup", "Next Tip", "OK");
        assertThat(KindCheck.tip(tip)).hasValue("A Tip of the Day dialog. It says \"Libreoffice offers a variety of "
                + "user interface options to make you feel at home\".");
        assertThat(KindCheck.corrects(KindCheck.tip(tip).orElseThrow())).isTrue();
        assertThat(KindCheck.tip(List.of("Did you know?", "Bread keeps longer in the freezer.", "Read more")))
                .as("a page's heading").isEmpty();
        // GNOME's image viewer, its name between the picture's file and its size, which is no sum
        List<String> viewer = List.of("Screenshot from 2026-11-28 12-40-11.png", "Image Viewer", "1920 \u00d7 1080",
                "100%");
        assertThat(KindCheck.applicationShown(viewer))
                .hasValue("An image viewer showing \"Screenshot from 2026-11-28 12-40-11.png\".");
        assertThat(verdict("A calculator.", viewer)).isNotEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A calculator.", List.of("Calculator", "1920 \u00d7 1080", "7 8 9")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        // Ubuntu's updater, its buttons of two words
        assertThat(KindCheck.messageBox(List.of("Software Updater", "Updated software is available for this computer."
                + " Do you want to install it now?", "Settings...", "Remind Me Later", "Install Now")))
                .hasValue("A dialog asks \"Updated software is available for this computer. Do you want to install"
                        + "\u2026\".");
        // LibreOffice's Keep Current Format, its buttons ending in "!"
        assertThat(KindCheck.messageBox(List.of("Keep Current Format", "This document may contain formatting or "
                + "content that cannot be saved in the currently selected file format.", "Use Word 2007-365!",
                "Use ODF Format!"))).hasValue("A dialog, \"Keep Current Format\", says \"This document may contain "
                + "formatting or content that cannot be saved in\u2026\".");
        // a browser's bubble, Microsoft's sign-in
        assertThat(KindCheck.messageBox(List.of("Save password?", "Username", "ann@example.com", "Password",
                "\u2022\u2022\u2022\u2022\u2022\u2022", "Save", "Never")))
                .hasValue("A dialog asks \"Save password?\".");
        assertThat(KindCheck.applicationShown(List.of("Sign in", "Use your Microsoft account.",
                "Email, phone, or Skype", "No account? Create one!", "Can't access your account?", "Next")))
                .hasValue("A sign-in screen.");
        // an app launcher's grid: its first name is no window's title (stop 42, written down: "A calculator: its title
        // is "Calculator".", "A web browser: its title is "Safari".")
        List<String> grid = List.of("Calculator", "Calendar", "Camera", "Characters", "Clocks", "Contacts", "Disks",
                "Document Scanner", "Files", "Fonts", "Help", "Image Viewer");
        assertThat(AppTitles.find(grid)).isEmpty();
        assertThat(KindCheck.applicationShown(grid)).hasValue("An app launcher, showing Calculator, Calendar, Clocks, "
                + "Disks, Document Scanner, and 2 more.");
        assertThat(KindCheck.corrects(KindCheck.applicationShown(grid).orElseThrow())).isTrue();
        // a calculator's keypad below its name, a file manager's places: no grid
        assertThat(AppTitles.find(List.of("Calculator", "7", "8", "9", "4", "5", "6"))).isPresent();
        assertThat(AppTitles.appGrid(List.of("Files", "Recent", "Home", "Documents", "Music", "Pictures", "Videos",
                "Trash"))).isEmpty();
        // a shell's commands, which a terminal's title may be, are no applications' names
        assertThat(AppTitles.appGrid(List.of("git status", "less notes.txt", "git log --oneline", "ls -la",
                "ssh ann@nas", "journalctl -f"))).isEmpty();
        // web pages dragged out of their browser's frame (stop 42, written down)
        assertThat(KindCheck.applicationShown(List.of("Barn owl", "From Wikipedia, the free encyclopedia",
                "The barn owl (Tyto alba) is the most widely distributed species of owl in the world.")))
                .hasValue("A Wikipedia article, \"Barn owl\".");
        assertThat(KindCheck.applicationShown(List.of("All", "Images", "Videos", "About 1,230,000,000 results (0.41 "
                + "seconds)", "Logitech Wireless Mouse M185", "https://www.logitech.com \u203a mice")))
                .hasValue("A page of search results. The text on it begins \"Logitech Wireless Mouse M185\".");
        assertThat(KindCheck.applicationShown(List.of("404", "Page not found", "Sorry, we couldn't find the page "
                + "you're looking for.", "Go back home"))).hasValue("An error page: \"Page not found\".");
        assertThat(KindCheck.applicationShown(List.of("Logitech M185 Wireless Mouse", "4.6 out of 5 stars",
                "$14.99", "In Stock", "Add to Cart", "Buy Now")))
                .hasValue("A shop's page for \"Logitech M185 Wireless Mouse\".");
        assertThat(KindCheck.corrects("A shop's page for \"Logitech M185 Wireless Mouse\".")).isTrue();
        // a news article by its byline, its headline above and a paragraph below (a page captured without its frame,
        // stop 44: "Probably a text editor.")
        List<String> article = List.of("Rain returns to the valley after a dry summer", "By Ann Lee, 1 December 2026",
                "After four months without rain, farmers in the valley welcomed a steady downpour on Monday. The "
                + "reservoir, which had", "Water restrictions will stay in place until the end of the year.");
        assertThat(KindCheck.applicationShown(article))
                .hasValue("An article, \"Rain returns to the valley after a dry summer\", by Ann Lee.");
        assertThat(verdict("Probably a text editor.", article)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("Budget cuts hit the north hardest", "By Sam Park and Jo Li | "
                + "Reuters", "The council's budget for next year cuts spending on roads and libraries by a fifth, "
                + "papers show."))).hasValue("An article, \"Budget cuts hit the north hardest\", by Sam Park and Jo "
                + "Li.");
        assertThat(KindCheck.corrects("An article, \"Rain returns\", by Ann Lee.")).isTrue();
        // after a browser's page said by its title; not after another window's sentence
        assertThat(KindCheck.pageOnScreen(article, "A web browser showing \"Rain returns\", from the file "
                + "article.html.")).hasValue("It shows an article, \"Rain returns to the valley after a dry summer\", "
                + "by Ann Lee.");
        assertThat(KindCheck.pageOnScreen(article, "A text editor: its title is \"draft.txt\".")).isEmpty();
        // a sentence that begins "By", a byline with no paragraph, a heading too short to be a headline
        assertThat(KindCheck.applicationShown(List.of("Notes for the meeting", "By Monday we need the figures",
                "Send them to Ann before the end of the day so that she can check them in time."))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Rain returns to the valley", "By Ann Lee"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("News", "By Ann Lee", "After four months without rain, "
                + "farmers in the valley welcomed a steady downpour on Monday."))).isEmpty();
        // a bubble in front of a region of a page, a viewer's toolbar below its picture: the page or the picture, not
        // a dialog's text (stop 42: Chromium's "Restore pages?" by hand, Windows' Photos written down)
        List<String> bubble = List.of("404", "Page not found", "Sorry, we couldn't find the page you're looking for.",
                "Go back home", "Restore pages?", "Chromium didn't shut down", "correctly.", "Restore");
        assertThat(verdict("A terminal.", bubble)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(bubble)).hasValue("An error page: \"Page not found\".");
        List<String> photos = List.of("Photos", "Screenshot 2026-11-28 124011.png", "1920 x 1080", "Edit", "Rotate",
                "Delete");
        assertThat(verdict("A terminal.", photos)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // Photos without the size line: its file and its tools, one a viewer's only (stop 44, written down)
        List<String> noSize = List.of("Photos", "IMG_2041.jpg", "Edit", "Rotate", "Delete");
        assertThat(KindCheck.applicationShown(noSize)).hasValue("An image viewer showing \"IMG_2041.jpg\".");
        assertThat(verdict("A terminal.", noSize)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(verdict("A dialog.", noSize)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(List.of("IMG_2041.jpg - Photos", "See all photos", "Edit image",
                "Rotate", "Delete"))).hasValue("An image viewer showing \"IMG_2041.jpg\".");
        // a file's name with an application's tools that any has, and a dialog about a picture, are none
        assertThat(KindCheck.applicationShown(List.of("IMG_2041.jpg", "Edit", "Delete", "Print"))).isEmpty();
        assertThat(verdict("A dialog.", List.of("Delete IMG_2041.jpg?", "Cancel", "Delete")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        // the bubble alone is a dialog
        assertThat(verdict("A terminal.", bubble.subList(4, bubble.size()))).isEqualTo(KindCheck.Verdict.DIALOG_SHOWN);
        // a note that names a price and a cart, a file not found with no page's code: none
        assertThat(KindCheck.applicationShown(List.of("Shopping", "Add to cart: milk", "Bread $2.99"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Error", "File not found", "report.pdf"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Sign in", "Email", "Password", "Remember me",
                "Forgot your password?", "Sign in"))).hasValue("A sign-in screen.");
        // one desktop's name alone (a folder), a search's hint with no dock, one folder under another title: none
        assertThat(KindCheck.applicationShown(List.of("Desktop 1", "report.docx", "notes.txt"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Files", "Type to search", "Documents"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Notes", "Inbox", "Buy milk"))).isEmpty();
    }

    @Test
    void otherTextIsNoApplicationsBars() {
        assertThat(KindCheck.applicationShown(List.of("Chapter 2", "It was page 1 of 3 in the old book.")))
                .as("a page count alone").isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Downloads", "letter.pdf", "report.pdf", "3 items")))
                .as("a file manager's PDF files").isEmpty();
        assertThat(KindCheck.applicationShown(List.of("$ cat serve.py", "import os", "def main():", "return 1",
                "if x:"))).as("code with no line numbers").isEmpty();
        assertThat(KindCheck.applicationShown(List.of("A", "B", "C", "D", "Grades", "Sum of marks"))).as("no cell")
                .isEmpty();
    }

    @Test
    void aPromptAloneIsATerminalsMarkOnlyBesideACommand() {
        // LibreOffice's toolbar chevrons, read as Python's prompt, made Writer's screen "A terminal.", and a
        // spreadsheet's "$" made Calc's window one (stop 27)
        assertThat(KindCheck.terminalShown(WRITER.subList(0, 8))).isFalse();
        assertThat(KindCheck.terminalShown(List.of("\u300b>", ">\u300b>", "Preformatted Text"))).isFalse();
        assertThat(KindCheck.terminalShown(CALC)).isFalse();
        assertThat(KindCheck.terminalShown(List.of("$ ls", "notes.txt", "$"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("ann@box:~$"))).as("user and host").isTrue();
        // Python's greeting above its prompt alone, as PP-OCR read an xterm window (stop 27)
        assertThat(KindCheck.terminalShown(List.of("python3", "000", "Python 3,11.7.(main. May 9 2026. 07:35:25) [GCC"
                + " 12.2.0] on linux", "Tupe_\"help\",\"copyright\", \"credits\" or \"license\" for more information.",
                ">\u300b"))).isTrue();
    }

    @Test
    void aValueBetweenItsLabelAndTheButtonsIsSaid() {
        // zenity's scale dialog as its window and as the screen, its title above (real_check, stop 44)
        List<String> scale = List.of("Set the volume", "13", "Cancel", "OK");
        assertThat(KindCheck.value(scale)).hasValue("A dialog says \"Set the volume\". Its value is 13.");
        assertThat(KindCheck.value(List.of("Adjust volume", "Set the volume", "13", "Cancel", "OK")))
                .hasValue("A dialog, \"Adjust volume\", says \"Set the volume\". Its value is 13.");
        assertThat(KindCheck.withDialogText("A dialog.", scale, true))
                .isEqualTo("A dialog. It says \"Set the volume\". Its value is 13.");
        assertThat(KindCheck.corrects("A dialog says \"Set the volume\". Its value is 13.")).isTrue();
        // a title bar's buttons read as "00" are no value (zenity's entry dialog maximised, stop 48)
        assertThat(KindCheck.value(List.of("Enter a new name for the file:", "report-final.py", "00", "Cancel", "OK")))
                .isEmpty();
        // a share beside what is being done
        assertThat(KindCheck.value(List.of("Copying 3 items from Downloads to Backup", "45%", "Cancel")))
                .hasValue("A dialog says \"Copying 3 items from Downloads to Backup\". 45% done.");
        assertThat(KindCheck.value(List.of("Brightness", "70%", "Cancel", "OK")))
                .hasValue("A dialog says \"Brightness\". Its value is 70%.");
        // a field's label is asked for; a list's last row is no value; a value with text between it and the buttons
        assertThat(KindCheck.value(List.of("Print", "Copies:", "1", "Cancel", "Print"))).isEmpty();
        assertThat(KindCheck.value(List.of("Select items", "Name", "Size", "report.pdf", "12", "Cancel", "OK")))
                .isEmpty();
        assertThat(KindCheck.value(List.of("Set the volume", "13", "Mute", "Cancel", "OK"))).isEmpty();
    }

    @Test
    void aFieldsLabelAboveTheButtonsIsWhatADialogAsksFor() {
        // zenity's entry dialog with its title bar, its buttons read on the title's line (stop 33, by hand), and its
        // password dialog as the whole screen and as its window (real_check, stop 33)
        List<String> entry = List.of("Rename file 0\u00d7", "New name:", "Cancel", "OK");
        assertThat(KindCheck.asksFor(entry)).hasValue("A dialog, \"Rename file\", asks for \"New name\".");
        assertThat(KindCheck.asksFor(List.of("Input", "Type your password", "Password:", "Cancel", "OK")))
                .hasValue("A dialog, \"Type your password\", asks for \"Password\".");
        assertThat(KindCheck.asksFor(List.of("Password:", "Cancel", "OK"))).hasValue("A dialog asks for \"Password\".");
        assertThat(KindCheck.corrects("A dialog asks for \"Password\".")).isTrue();
        // a generic dialog's caption gets it; where the text begins is said without the title bar's buttons
        assertThat(KindCheck.withDialogText("Probably a dialog.", entry, true))
                .isEqualTo("Probably a dialog. It asks for \"New name\".");
        // a "title" that is the first line's start, on a dialog with no title (gedit's window, stop 36, by hand): the
        // question follows, wrapped onto two lines as it was read
        List<String> save = List.of("Save changes to document \"shopping.txt\" before", "closing?",
                "If you don't save, changes from the last 5 seconds will be permanently", "Iost.",
                "Close without Saving", "Cancel", "Save");
        assertThat(KindCheck.withDialogText("Probably a save changes dialog with the title \"Save Changes\".", save,
                true)).isEqualTo("Probably a save changes dialog with the title \"Save Changes\". It asks \"Save "
                + "changes to document \u201dshopping.txt\u201d before closing?\".");
        assertThat(KindCheck.withDialogText("A save changes dialog titled \"Save ch\".", save, true))
                .as("a word cut short is no start of the line").isEqualTo("A save changes dialog titled \"Save ch\".");
        // a short question with a capital is a heading, not a wrapped end: the line above it is the document's behind
        // (GNOME Text Editor's, stop 55, captured)
        assertThat(KindCheck.withDialogText("A dialog.", List.of("Thank you for your letter of 12 November",
                "From January the", "Save Changes?", "Open documents contain unsaved changes.", "Cancel", "Discard",
                "Save"), true)).isEqualTo("A dialog. It asks \"Save Changes?\".");
        // its question quoted whole already (Writer's, the model's quote said in the screen's words, stop 38): not
        // said twice
        List<String> writer = List.of("Save changes to document \"minutes.txt\" before closing?",
                "Your changes will be lost if you don't save them.", "Don't Save", "Cancel", "Save", "OK");
        String quoting = "A save changes dialog with the title \"Save Changes\", with the text \"Save changes to"
                + " document \u201dminutes.txt\u201d before closing?\".";
        assertThat(KindCheck.withDialogText(quoting, writer, true)).isEqualTo(quoting);
        assertThat(KindCheck.textBegins(List.of("Rename file 0\u00d7", "Cancel")))
                .isEqualTo(" The text on it begins \"Rename file\".");
        // a label far from any button, a sentence ending in a colon, a line of a window's form: no field of a dialog
        assertThat(KindCheck.asksFor(List.of("New name:", "Old name", "Size", "Type", "Owner", "Group", "Created",
                "Cancel", "OK"))).isEmpty();
        assertThat(KindCheck.asksFor(List.of("Backup", "The following files could not be copied to the disk:",
                "OK"))).isEmpty();
        assertThat(KindCheck.asksFor(List.of("Name:", "Size:"))).isEmpty();
    }

    @Test
    void aWarningsOwnButtonsEndItsText() {
        // Windows' SmartScreen and macOS's check of a download (stop 42, written down: "Glance cannot tell ..."); the
        // heading above the message is its title (since stop 54; its message had gone unsaid)
        assertThat(KindCheck.messageBox(List.of("Windows protected your PC", "Microsoft Defender SmartScreen prevented"
                + " an unrecognised app from starting.", "More info", "Don't run")))
                .hasValue("A dialog, \"Windows protected your PC\", says \"Microsoft Defender SmartScreen prevented an "
                        + "unrecognised app from starting.\".");
        assertThat(KindCheck.messageBox(List.of("\"Zoom.pkg\" can't be opened because Apple cannot check it for "
                + "malicious software.", "OK", "Show in Finder")))
                .hasValue("A dialog says \"\u201dZoom.pkg\u201d can't be opened because Apple cannot check it for "
                        + "malicious software.\".");
        assertThat(KindCheck.messageBox(List.of("Battery low", "9% remaining", "Turn on battery saver", "Dismiss")))
                .isPresent();
        // "Show in Finder" alone, with no answer beside it, ends no dialog
        assertThat(KindCheck.messageBox(List.of("Downloads", "report.pdf", "Show in Finder"))).isEmpty();
    }

    /** Gramps' warning over its window, as PP-OCR read it (stop 53, captured: unsaid). */
    @Test
    void aMessageDialogTitledWithItsHeadingIsSaid() {
        List<String> gramps = List.of("No Family Tree - Gramps", "Family Trees", "Edit", "View", "Help",
                "GExiv2 module not loaded. - Gramps", "00x", "A", "GExiv2 module not loaded.",
                "Image metadata functionality will not be available.", "To build it for Gramps see http://gramps-"
                        + "project.org/wiki/index.php?title=GEPS_029:_GTK3-", "Do not show this dialog again", "Close",
                "Registering plugins...");
        assertThat(KindCheck.dialogOnScreen(gramps, "A genealogy app: its title is \"No Family Tree - Gramps\"."))
                .hasValue("A message on screen says \"GExiv2 module not loaded. Image metadata functionality will "
                        + "not be available.\". Its button: Close.");
        // without an answer's button below, or where the heading is no title's, it is none
        assertThat(KindCheck.dialogOnScreen(gramps.subList(0, 11), "A genealogy app.")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(List.of("Notes - Editor", "File", "Chapter one - Notes", "00x",
                "Chapter two", "It was late.", "Close"), "A text editor.")).isEmpty();
    }

    /** vokoscreenNG's, LyX's and TeXstudio's warnings, as PP-OCR read them (stop 54, captured: unsaid). */
    @Test
    void aTitledMessageThatGoesOnIntoAListOrPastItsSentenceIsSaid() {
        List<String> vokoscreen = List.of("vokoscreenNG3.5.0", "000", "No write access on pictures folder",
                "vokoscreenNG can not create a picture on", "/root/Pictures", "Possible Cause:",
                "1. The folder does not exist", "2. The folder is read-only", "3. Operating system security settings",
                "4. Antivirus program prevents writing", "Please fix the problem and restart vokoscreenNG", "oK");
        assertThat(KindCheck.dialogOnScreen(vokoscreen, "A screen recorder: its title is \"vokoscreenNG3.5.0\"."))
                .hasValue("A dialog, \"No write access on pictures folder\", says \"vokoscreenNG can not create a "
                        + "picture on /root/Pictures\". Its button: OK.");
        List<String> lyx = List.of("LyX", "File", "Edit", "View", "Insert", "Navigate", "Document", "Tools", "Help",
                "ADS", "A", "LyX: Document class not available", "000", "The selected document class",
                "Article (Standard Class)", "requires external files that are not available.",
                "The document class can still be used, but the", "document cannot be compiled until the following",
                "prerequisites are installed:", "article.cls", "Do not show this warning again!", "version", "oK",
                "Opening document [examples/splash.lyx]..");
        assertThat(KindCheck.dialogOnScreen(lyx, "A LaTeX editor: its title is \"LyX\"."))
                .hasValue("A dialog, \"LyX: Document class not available\", says \"The selected document class "
                        + "Article (Standard Class) requires external files that are\u2026\". Its button: OK.");
        // no button read, but a check box not to warn again; the title said already, the icons behind passed over
        List<String> texstudio = List.of("TeXstudio", "File", "Edit", "Tools", "LaTeX", "Help", "label", "TeXstudio",
                "000", "PS", "?", "No LaTex distribution was found on your system. As a result, the",
                "corresponding commands are not configured.", "AS", "I Do not warn again.", "Messages", "Log");
        assertThat(KindCheck.dialogOnScreen(texstudio, "A LaTeX editor: its title is \"TeXstudio\"."))
                .hasValue("A message on screen says \"No LaTex distribution was found on your system.\".");
        // a long paragraph, "Continue" its answer (VLC's privacy policy in front of its window, stop 55, captured)
        List<String> vlc = List.of("Privacy and Network Access Policy", "00x", "Privacy and Network Access Policy",
                "In order to protect your privacy, VLC media player does not",
                "collect personal data or transmit them, not even in", "anonymized form, to anyone.",
                "Nevertheless, VLC is able to automatically retrieve",
                "information about the media in your playlist from third party",
                "Internet-based services. This includes cover art, track", "names, artist names and other meta-data.",
                "Consequently, this may entail identifying some of your",
                "media files to third party entities. Therefore the VLC",
                "developers require your express consent for the media", "player to access the Internet automatically.",
                "VLC media player", "dio Video Subtitle Tools View Help", "Network Access Policy",
                "V Allow metadata network access", "Continue", "100%");
        assertThat(KindCheck.dialogOnScreen(vlc, "Probably a music player."))
                .hasValue("A dialog, \"Privacy and Network Access Policy\", says \"In order to protect your privacy, "
                        + "VLC media player does not collect\u2026\". Its button: Continue.");
        // a row of buttons with specks of icons between them, read whole (wxMaxima's, stop 55, captured: "Help" alone;
        // its sidebar's "Help" read among them, as the lines' order has it)
        assertThat(KindCheck.dialogOnScreen(List.of("wxMaxima 22.12.0 [unsaved* ]", "File", "Edit", "View", "Cell",
                "(%i1)", "2+2;", "wxMaxima", "000", "Do you want to save the changes you made in the",
                "document\"unsaved\"?", "V", "Your changes will be lost if you don't save them.", "a", "Help", "\u03b2",
                "\u2264", "\u516c", "Don't save", "Cancel", "Save", "Gis", "Plot using Draw"), "A mathematics app."))
                .hasValue("A dialog on screen asks \"Do you want to save the changes you made in the "
                        + "document\u201dunsaved\u201d?\". Its buttons: Help, Don't save, Cancel, Save.");
        // a label of the window behind read just before the row is none of its buttons, and a button that opens a
        // window is one, said without its dots (gedit's, KBruch's "Exercise" beside it, stop 56, captured)
        assertThat(KindCheck.dialogOnScreen(List.of("Open", "+", "*Untitled Document 1", "Save", "KBruch",
                "Eile Settings Help", "1 Hello there", "KBruch modes:",
                "Save changes to document \"Untitled Document 1\"", "before closing?",
                "Iif you don't save, changes from the last 9 seconds will be permanently", "lost.", "Exercise",
                "Close without Saving", "Cancel", "Save As...", "Plain Text", "Tab Width: 8"), "A text editor."))
                .hasValue("A dialog on screen asks \"Save changes to document \u201dUntitled Document 1\u201d before "
                        + "closing?\". Its buttons: Close without Saving, Cancel, Save As.");
        // a titled message's heading said again on its page, its message below it begun with a small letter (digiKam's
        // first run, its name read "digikam", stop 56, captured)
        assertThat(KindCheck.dialogOnScreen(List.of("digiKam", "000", "Welcome to digiKam 7.9.0",
                "Welcome to digiKam 7.9.0", "digikam is an advanced digital photo management",
                "application published as open-source.",
                "This assistant will help you to configure first run settings to", "be able to use digiKam quickly.",
                "Help", "< Back", "Cancel", "Next >"), "A dialog."))
                .hasValue("A dialog, \"Welcome to digiKam 7.9.0\", says \"digikam is an advanced digital photo "
                        + "management application published as open-source.\". Its button: Cancel.");
        // a toolbar's button read above specks is no title of a dialog whose message stands between it and the buttons
        // (Transmission's legal notice, stop 56, captured: "A dialog on screen, "Open". ...")
        assertThat(KindCheck.dialogOnScreen(List.of("Transmission", "File", "Edit", "Torrent", "View", "Help", "Open",
                "00", "Properties", "Show:", "All", "All",
                "Transmission is a file sharing program. When you run a torrent, its data",
                "will be made available to others by means of upload. Any content you",
                "share is your sole responsibility.", "Cancel", "I Agree", "Ratio: None"),
                "A BitTorrent client: its title is \"Transmission\"."))
                .hasValue("A message on screen says \"Transmission is a file sharing program.\". Its buttons: Cancel, "
                        + "I Agree.");
        // an answer's icon read as a letter run into its name, "OYes" (LMMS's question over KCalc, stop 55, captured)
        assertThat(KindCheck.dialogOnScreen(List.of("KCalc", "Eile Edit Settings Help", "Working directory", "00",
                "The LMMS working directory /root/Documents/lmms/ does not",
                "exist. Create it now? You can change the directory later via Edit -", "> Settings.", "OYes", "O No",
                "5", "6", "0", "NORM"), "A calculator: its title is \"KCalc\"."))
                .hasValue("A dialog, \"Working directory\", says \"The LMMS working directory /root/Documents/lmms/ "
                        + "does not exist.\". Its buttons: Yes, No.");
        // a dialog said with its heading quoted: what it says, as its own (zenity's text box, real_check's)
        assertThat(KindCheck.dialogOnScreen(List.of("Shopping list", "000", "Shopping list",
                "The store opens at 10:15 AM and closes at nine. Write down any", "problems you find",
                "* Students must hand in the address before August 9",
                "- The museum in Brussels offers free entry on Friday",
                "[ ] Thank you for your order, it will be delivered on Saturday", "Cancel", "OK"),
                "Probably a warning dialog. The text on it begins \"Shopping list\"."))
                .hasValue("It says \"The store opens at 10:15 AM and closes at nine.\". Its buttons: Cancel, OK.");
        // not a window's menu bar above a document, nor a message with no answer's button or check box below it
        assertThat(KindCheck.dialogOnScreen(List.of("photo - GIMP", "000", "File Edit Select View Image Layer Colors "
                + "Tools Filters Windows Help", "Delete cropped pixels", "Allow growing"), "An image editor."))
                .isEmpty();
        assertThat(KindCheck.dialogOnScreen(vokoscreen.subList(0, 11), "A screen recorder.")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(List.of("GSmartControl", "000", "File Device Options Help",
                "Drive information: No drive selected", "Basic health check: No drive selected", "No drive selected"),
                "A disk health app.")).isEmpty();
    }

    /**
     * GNOME Text Editor's "Save Changes?" over its letter and another window, as PP-OCR read it (stop 55, captured: "A
     * dialog. The text on it begins ..." alone, the question far below the lines read first).
     */
    @Test
    void aDialogsOwnQuestionIsSaidAfterWhereItsTextBeginsWithItsButtonsAlone() {
        List<String> gte = List.of("KBruch", "Eile Settings Help", "KBruch modes:", "Open", ". letter.txt",
                "/tmp/cap55/docs", "Hello thereDear Ms. Alvarez,",
                "Thank you for your letter of 12 November about the library's opening", "hours.", "From January the",
                "Save Changes?", "ays and at 10 am", "on Saturdays.", "Open documents contain unsaved changes.",
                "Exercise", "Learning", "Changes which are not saved will be", "Kind regards,", "permanently lost.",
                "Tom Becker", "letter.txt", "/tmp/cap55/docs", "Cancel", "Discard", "Save");
        assertThat(KindCheck.dialogOnScreen(gte, "A dialog. The text on it begins \"File Settings Help\"."))
                .hasValue("It asks \"Save Changes?\". Its buttons: Cancel, Discard, Save.");
        // quoted already, or another dialog's text quoted: nothing more
        assertThat(KindCheck.dialogOnScreen(gte, "A dialog. It asks \"Save Changes?\".")).isEmpty();
    }

    /** uGet's list, as PP-OCR read it (stop 55, captured: "A dialog on screen, "Status". Its buttons: ..."). */
    @Test
    void aListsColumnAfterAnotherNamedAsAButtonIsNoDialogsButton() {
        assertThat(KindCheck.dialogOnScreen(List.of("uGet", "00x", "File Edit View", "Category", "Download Help",
                "Status", "All Status", "00", "Active", "Name", "Complete", "Size", "%", "Elapsed", "Left", "Speed",
                "Up Speed", "Ratio", "Retry", "Added On", "jQueuing", "0", "Finished"), "A download manager."))
                .isEmpty();
        // a label after "Cancel" is a button (Mousepad's "Jump to" in front of its window)
        assertThat(KindCheck.dialogOnScreen(List.of("notes.txt - Mousepad", "File Edit", "Dear Ann,", "It was late.",
                "The train had gone.", "We walked home.", "Go to", "000", "Line number:", "Column number:", "0",
                "Cancel", "Jump to"), "A text editor."))
                .hasValue("A dialog on screen, \"Go to\". Its buttons: Cancel, Jump to.");
    }

    /** Openbox's question on leaving, over a terminal, as PP-OCR read it (stop 54, captured: "A terminal. ..."). */
    @Test
    void exitIsAnAnswer() {
        assertThat(KindCheck.dialogOnScreen(List.of("/bin/bash", "root@vm:/tmp/cap54#", "Exit Openbox", "00",
                "Are you sure you want to exit Openbox?", "Cancel", "Exit"), "A terminal."))
                .hasValue("A dialog on screen asks \"Are you sure you want to exit Openbox?\". Its buttons: Cancel, "
                        + "Exit.");
    }

    /** Blueman's error without Bluetooth, as PP-OCR read it (stop 54, captured: "A dialog. The text ..."). */
    @Test
    void aHeadingAboveAMessageAndALineThatEndsOnAnOpenWordAreNoMoreLinesOfIt() {
        List<String> blueman = List.of("blueman-manager", "000", "Connection to BlueZ failed",
                "Bluez daemon is not running, blueman-manager cannot continue.",
                "This probably means that there were no Bluetooth adapters detected or",
                "Bluetooth daemon was not started.", "Close");
        assertThat(KindCheck.says(blueman))
                .hasValue("A dialog says \"Bluez daemon is not running, blueman-manager cannot continue.\".");
        // a line that ends a sentence is no heading; three sentences are a text dialog's paragraphs, no message
        assertThat(KindCheck.says(List.of("Setup", "000", "The files are copied to your disk.",
                "Your settings are kept in the folder of your account.", "Your old files are not changed.", "Close")))
                .isEmpty();
    }

    @Test
    void aDialogsQuestionOrMessageAboveItsButtonsIsWhatItSays() {
        // zenity's dialogs under Xvfb, as PP-OCR read them (stop 28)
        assertThat(KindCheck.asks(List.of("Question", "000", "Delete the file letter.txt for ever?", "N0", "Yes")))
                .hasValue("A dialog asks \"Delete the file letter.txt for ever?\".");
        assertThat(KindCheck.says(List.of("Backup failed", "000",
                "The disk /media/usb is full. Free some space and try again.", "OK"))).hasValue(
                "A dialog, \"Backup failed\", says \"The disk /media/usb is full. Free some space and try again.\".");
        assertThat(KindCheck.says(List.of("Choose a printer", "00", "Select items from the list below.", "Printer",
                "Location", "Office Laserjet Room2", "Home Inkjet", "Study", "Cancel", "OK"))).hasValue(
                "A dialog, \"Choose a printer\", says \"Select items from the list below.\".");
        // a question with another sentence after it on its line: the question is asked (zenity's, stop 39, by hand)
        assertThat(KindCheck.asks(List.of("Empty trash", "AX", "Do you want to permanently delete all 14 items in the "
                + "trash? Once deleted, they cannot be brought back.", "No", "Yes"))).hasValue("A dialog asks \"Do you "
                + "want to permanently delete all 14 items in the trash?\".");
        assertThat(KindCheck.withDialogText("Probably a warning dialog.", List.of("Do you want to delete all 14 "
                + "items? Once deleted, they cannot be brought back.", "No", "Yes"), true))
                .isEqualTo("Probably a warning dialog. It asks \"Do you want to delete all 14 items?\".");
        // Transmission's notice, its buttons "Cancel" and "I Agree" read as one word (stop 32, with its frame); its
        // message goes on on the next line, which the quote's end says (stop 39)
        assertThat(KindCheck.says(List.of("000", "Transmission is a file sharing program. when you run a torrent, its",
                "made available to others by means of upload. Any content you share is your", "sole responsibility.",
                "Cancel", "IAgree"))).hasValue("A dialog says \"Transmission is a file sharing program. when you run a "
                + "torrent, its\u2026\".");
        // a name in a list or a field is no message: Windows' print dialog's printer (stop 40)
        assertThat(KindCheck.says(List.of("Print", "Printer", "Microsoft Print to PDF", "Copies", "1", "Orientation",
                "Portrait", "Print", "Cancel"))).isEmpty();
        // a title OCR could not read (an ellipsized one) is left out
        assertThat(KindCheck.says(List.of("Copyi...iles", "Copying 3 of 12 files", "Cancel", "OK")))
                .hasValue("A dialog says \"Copying 3 of 12 files\".");
        assertThat(KindCheck.corrects("A dialog says \"Copying 3 of 12 files\".")).isTrue();
        assertThat(KindCheck.corrects("A dialog, \"Rename\", says \"New name for the file:\".")).isTrue();
        // corpus dialogs under Xvfb (real_check, stop 28): a title bar that repeats the message, or cuts it short, is
        // not said; nor a title bar's icon; nor a line more than 3 lines above the message
        assertThat(KindCheck.says(List.of("Choose the zoom level", "Choose the zoom level", "50", "Cancel", "OK")))
                .hasValue("A dialog says \"Choose the zoom level\".");
        assertThat(KindCheck.says(List.of("Enter a name for the", "Enter a name for the new folder", "Cancel", "OK")))
                .hasValue("A dialog says \"Enter a name for the new folder\".");
        assertThat(KindCheck.says(List.of("? Question", "000", "Your changes have been saved.", "OK")))
                .hasValue("A dialog, \"Question\", says \"Your changes have been saved.\".");
        assertThat(KindCheck.says(List.of("Backup", "000", "0", "x", "The disk is full now.", "OK")))
                .hasValue("A dialog says \"The disk is full now.\".");
        // a message on two lines is said from its first; a text dialog's paragraphs are no message (real_check)
        assertThat(KindCheck.says(List.of("Large file", "The file \u201dclients.svg\u201d is 48 MB.",
                "Opening it may take a long time.", "Cancel", "Open"))).hasValue(
                "A dialog, \"Large file\", says \"The file \u201dclients.svg\u201d is 48 MB.\".");
        assertThat(KindCheck.says(List.of("Agenda", "This chapter explains how to set up the picture.",
                "Call Fatima about the catalog when you have a minute.", "recipe takes about for",
                "The flight from Athens lands at 12:05.", "Cancel", "OK"))).isEmpty();
        // two lines of a text dialog: said from the first, as a message on two lines would be
        assertThat(KindCheck.says(List.of("Read me", "This chapter explains how to set up the printer",
                "Water the beans", "Pick the peas", "The flight from Athens lands at 12:05.", "Cancel", "OK")))
                .hasValue("A dialog, \"Read me\", says \"This chapter explains how to set up the printer\".");
        // a list's row is no message: it has no little word of a sentence
        assertThat(KindCheck.says(List.of("Pick a printer", "Ready", "Canon MG3600 2 Offline", "Cancel", "OK")))
                .isEmpty();
        // no line of four words above the buttons (a form's fields), or no buttons: nothing
        assertThat(KindCheck.says(List.of("New contact", "Add a contact", "First name", "Email", "Cancel", "OK")))
                .isEmpty();
        assertThat(KindCheck.says(List.of("Backup failed", "The disk /media/usb is full."))).isEmpty();
        assertThat(KindCheck.asks(List.of("Backup failed", "The disk /media/usb is full.", "OK"))).isEmpty();
    }

    @Test
    void aDialogsMessageThatTheFirstLinesDidNotReachIsSaidAfterItsCaption() {
        // LibreOffice's "Document in Use" dialog, as PP-OCR read it (stop 39, by hand): its message wraps over six
        // lines, above four buttons that the first lines that pass 2 reads did not reach
        List<String> all = List.of("Document in Use", "LibreOffice 7.4", "X", "Document file 'minutes.txt' is locked "
                + "for editing by yourself on a different", "system since 30.11.2026 22:34", "Open document read-only, "
                + "or ignore own file locking and open the", "document for editing.", "Select Notify to open read-only "
                + "and get notified when the document", "becomes edit able.", "Open Read-Only", "Notify", "Open",
                "Cancel");
        String message = "\"Document file 'minutes.txt' is locked for editing by yourself on a different\u2026\".";
        assertThat(KindCheck.says(all)).hasValue("A dialog, \"Document in Use\", says " + message);
        assertThat(KindCheck.dialogOnScreen(all, "A dialog. The text on it begins \"Document in Use\"."))
                .hasValue("It says " + message);
        assertThat(KindCheck.dialogOnScreen(all, "Probably a list dialog, containing 3 rows."))
                .hasValue("It says " + message);
        // an option's label above the buttons is no message (Geany's Find dialog without its title bar, by hand)
        assertThat(KindCheck.dialogOnScreen(List.of("Search for: import", "JUse regular expressions", "Case sensitive",
                "Match only a whole word", "Match from start of word", "Find All", "Close", "Previous", "Next"),
                "A dialog. The text on it begins \"Search for: import\".")).isEmpty();
        // said already, where the text begins too, or a caption that names no dialog: nothing more
        assertThat(KindCheck.dialogOnScreen(all.subList(3, all.size()), "Probably a list dialog, containing 3 rows. "
                + "The text on it begins \"Document file 'minutes.txt' is locked for editing by\u2026\".")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(all, "A dialog, \"Document in Use\", says " + message)).isEmpty();
        assertThat(KindCheck.dialogOnScreen(all, "A word processor: its title is \"minutes.txt\".")).isEmpty();
        // the first line of a long message, wrapped where a small letter goes on, is joined to the next; a field's
        // text below a short message is not (zenity's entry, real_check, stop 39)
        assertThat(KindCheck.says(List.of("Backup", "There is not enough space left on the disk /media/usb to",
                "copy the files.", "OK"))).hasValue("A dialog, \"Backup\", says \"There is not enough space left on "
                + "the disk /media/usb to copy\u2026\".");
        assertThat(KindCheck.says(List.of("Enter a name for the new folder", "lack Khan", "Cancel", "OK")))
                .hasValue("A dialog says \"Enter a name for the new folder\".");
    }

    @Test
    void aDialogsQuestionInFrontOfAWindowIsFoundAmongAllOfTheText() {
        // AbiWord's save dialog in front of its document, the whole 1600x900 screen as PP-OCR read it (stop 29)
        List<String> abiword = List.of("*letter.txt", "File", "Edit", "View", "Insert", "Format", "Tools", "Table",
                "RDF", "Documents", "Help", "+", "Page Width", "R", "00", "Normal", "Liberation Serif", "12", "a", "a",
                "a", "1", "xy", "T", "W", "E", "00x", "Save changes to document letter.txt before closing?",
                "Your changes will be lost if you don't save them.", "Close Without Saving", "Cancel", "Save",
                "Page: 1/1Liberation Serif", "Insert default C-US");
        assertThat(KindCheck.dialogOnScreen(abiword, "A text editor: its title is \"*letter.txt\".")).hasValue(
                "A dialog on screen asks \"Save changes to document letter.txt before closing?\". Its buttons: Close "
                        + "Without Saving, Cancel, Save.");
        // said already: nothing more
        assertThat(KindCheck.dialogOnScreen(abiword, "A dialog in front of a word processor asks \"Save changes to "
                + "document letter.txt before closing?\".")).isEmpty();
        // a question that the dialog wrapped, its last word alone on a line (gedit's, stop 36, by hand)
        List<String> gedit = List.of("Open", "*shopping.txt", "Save", "/tmp/t36", "1 more milk eggs", "2 flour",
                "Save changes to document \"shopping.txt\" before", "closing?",
                "If you don't save, changes from the last 5 seconds will be permanently", "Iost.",
                "Close without Saving", "Cancel", "Save", "Plain Text - Tab Width: 8", "Ln 1, Col 10", "INS");
        assertThat(KindCheck.dialogOnScreen(gedit, "A text editor: its title is \"*shopping.txt\".")).hasValue(
                "A dialog on screen asks \"Save changes to document \u201dshopping.txt\u201d before closing?\". Its "
                        + "buttons: Close without Saving, Cancel, Save.");
        assertThat(KindCheck.asks(gedit))
                .hasValue("A dialog asks \"Save changes to document \u201dshopping.txt\u201d before closing?\".");
        // buttons read as one line are each named
        assertThat(KindCheck.dialogOnScreen(List.of("notes.txt - Mousepad", "Replace the file notes.txt?",
                "[Cancel] Replace"), "A text editor.")).hasValue(
                "A dialog on screen asks \"Replace the file notes.txt?\". Its buttons: Cancel, Replace.");
        assertThat(KindCheck.dialogOnScreen(List.of("Mines", "Game", "Quit the game?", "Cancel", "OK"),
                "A game: its title is \"Mines\".")).hasValue(
                "A dialog on screen asks \"Quit the game?\". Its buttons: Cancel, OK.");
        // a dialog named with nothing of it quoted: its question is said (Mousepad's "Save Changes", stop 30)
        assertThat(KindCheck.dialogOnScreen(List.of("*/tmp/hand30/list.txt- Mousepad", "File Edit Search View "
                + "Document Help", "Milk", "Save Changes", "Do you want to save the changes before closing?",
                "If you don't save the document, all the changes will be lost.", "Cancel", "Don't Save", "Save"),
                "Probably a warning dialog.")).hasValue("A dialog on screen asks \"Do you want to save the changes "
                + "before closing?\". Its buttons: Cancel, Don't Save, Save.");
        // FeatherPad's "Save changes?" (stop 30, by hand): a Qt dialog's buttons with their icons, one of them named
        // in two words
        List<String> feather = List.of("*/tmp/hand30/list.txt", "File", "Edit", "Options", "Search", "Help", ">",
                "*list.txt X", "Eggs and tea shopping list", "Milk", "Bread", "FeatherPad", "000", "Save changes?",
                "The document has been modified.", "save", "Discard changes", "X Cancel", "Search...",
                "Encoding: UTF-8 Lines: 4 Sel. Chars: 0 Words: C");
        assertThat(KindCheck.dialogOnScreen(feather, "A text editor: its title is \"*/tmp/hand30/list.txt\"."))
                .hasValue("A dialog on screen asks \"Save changes?\". Its buttons: save, Discard changes, Cancel.");
        // xmessage's buttons, each read in brackets (stop 31, by hand)
        assertThat(KindCheck.asks(List.of("xmessage", "000", "Delete the file report,txt for ever?",
                "(Cancel) (Celete)"))).hasValue("A dialog asks \"Delete the file report,txt for ever?\".");
        assertThat(KindCheck.asks(List.of("Is it (maybe) (really) so?", "(see above) (and below)"))).isEmpty();
        // a list's instruction is no button's name ("Select an item", zenity's list above its answers)
        assertThat(KindCheck.dialogOnScreen(List.of("Pick one?", "Select an item", "Cancel"), "A list.")).isEmpty();
        // where the description named a dialog and quoted it, a question in it is its text: zenity's text dialog
        // (real_check, stop 30)
        assertThat(KindCheck.dialogOnScreen(List.of("Action items", "Water the beans.",
                "Can you send me the latest version of the ticket?", "Cancel", "OK"),
                "A dialog. The text on it begins \"Action items\".")).isEmpty();
        // a question in a document, with no buttons below it, or above a single button, is no dialog
        assertThat(KindCheck.dialogOnScreen(List.of("letter.txt", "Did you get the flowers?", "Love, Ann"), "A text"
                + " editor.")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(List.of("Help", "Where is my file?", "Search the help pages.", "Close"),
                "A help window.")).isEmpty();
    }

    @Test
    void aDialogInFrontIsKnownByItsOwnTitleBarFurtherDownAndItsButtons() {
        // gedit's print dialog over the letter, and Mousepad's "Go To", as PP-OCR read them (stops 28-29)
        List<String> gedit = List.of("letter.txt", "Open", "\u7530", "Save", "\u53e3", "/tmp/hand29",
                "1 Dear Mrs. Patel,", "2", "3 Thank you for your letter of 12 November about the community garden.",
                "4we are happy", "Print", "000", "5Each plot cos", "General", "Page Setup", "Text Editor", "Printer",
                "Location", "Status", "Print to File", "Range", "Copies", "O All Pages", "Copies:", "Preview", "Cancel",
                "Print", "Plain Text", "Tab Width: 8", "Ln 1, Col 1", "INS");
        assertThat(KindCheck.dialogOnScreen(gedit, "A text editor: its title is \"letter.txt\".")).hasValue(
                "A dialog on screen, \"Print\". Its buttons: Cancel, Print.");
        List<String> mousepad = List.of("/tmp/hand27/letter.txt - Mousepad", "000", "File Edit Search View Document "
                + "Help", "Dear Mrs. Patel,", "Thank you for your letter", "Each plot costs", "Kind regards,", "Go To",
                "000", "Tom Hughes", "0", "Line number:", "Garden Committee", "Column number:", "+", "Cancel",
                "jump to");
        assertThat(KindCheck.dialogOnScreen(mousepad, "A text editor.")).hasValue(
                "A dialog on screen, \"Go To\". Its buttons: Cancel, jump to.");
        // the title said already; the window's own title bar among the first lines; one button only (Openbox's
        // configuration: a theme's preview title bar, then the window's "Close")
        assertThat(KindCheck.dialogOnScreen(gedit, "A text editor. The text on it begins \"Print\".")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(List.of("Print", "000", "General", "Cancel", "Print"), "A text editor."))
                .isEmpty();
        // a word with a question mark apart is a digit misread, no question (Wine's "Windows 7", stop 53, captured)
        assertThat(KindCheck.dialogOnScreen(List.of("Wine configuration", "00x", "Drives", "Audio", "About",
                "Windows Version:", "Windows ?", "OK", "Cancel", "Apply"), "A settings window.")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(List.of("notes.txt - Mousepad", "000", "Dear Ann", "Quit?", "Cancel",
                "Quit"), "A text editor.")).hasValue("A dialog on screen asks \"Quit?\". Its buttons: Cancel, Quit.");
        assertThat(KindCheck.dialogOnScreen(List.of("Openbox Configuration Manager", "000", "Theme", "Appearance",
                "Windows", "Move & Resize", "In active", "Active", "00x", "Menu", "Normal", "Disabled", "Selected",
                "Close"), "A settings window.")).isEmpty();
        // a heading of the window behind after a dialog's one button, above a row of that window's buttons: HomeBank's
        // welcome had been "Its buttons: Close, Scheduled transactions." (stop 52, captured)
        List<String> homeBank = List.of("HomeBank", "File", "Edit", "View", "Manage", "Transactions", "Reports",
                "Tools", "Help", "m", "Add", "0", "Welcome to HomeBank", "00", "Accounts", "Reconciled", "Cleared",
                "Today", "HomeBank", "Free, easy, personal accounting for everyone", "Open last opened file",
                "Create a new file", "Open an existing file", "Your accounts", "Open the example file", "All Date",
                "Scheduled", "Late", "Still", "Next date", "Read HomeBank Manual", "Account", "Future", "Remind",
                "Configure preferences", "Show this window next time", "Close", "Scheduled transactions", "Skip",
                "Edit & Post", "Post", "maximum post date", "All");
        assertThat(KindCheck.dialogOnScreen(homeBank, "A personal finance app: its title is \"HomeBank\".")).isEmpty();
    }

    @Test
    void aSmallDialogsWholeTextIsEnoughToJudgeItsType() {
        // Thunderbird's "Profile Missing" window as PP-OCR read it (stop 27): the model said "a login dialog"
        List<String> missing = List.of("Your Thunderbird profile cannot be loaded. It may be missing or inaccessible.",
                "OK");
        assertThat(verdict("A login dialog.", missing)).isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
        assertThat(verdict("An error dialog.", missing)).isEqualTo(KindCheck.Verdict.HOLDS);
        // a short message is still too little to judge by; but a login dialog always shows its password's word
        // (since stop 33)
        assertThat(verdict("A warning dialog.", List.of("Done.", "OK"))).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(verdict("A login dialog.", List.of("Done.", "OK")))
                .isEqualTo(KindCheck.Verdict.DIALOG_TYPE_CONTRADICTED);
    }

    @Test
    void aGamesOwnButtonsAndStateSayItIsAGame() {
        // as PP-OCR read them (stops 52-53, captured): Mahjongg's tiles as "888", Chess's warning bar over its board
        List<String> mahjongg = List.of("Easy", "Moves Left: 17 00:00", "888", "LA", "88", "88", "888", "HH",
                "00\u4e09\u53f7\u4e8c\u53f7", "88", "88", "11", "88", "GNOME");
        assertThat(verdict("Probably a calculator.", mahjongg)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(mahjongg)).hasValue("A game. The text on it begins \"Easy\".");
        List<String> chess = List.of("White to Move",
                "No chess engine is installed. You will not be able to play against the computer.", "88888888", "K",
                "Game Start");
        assertThat(verdict("A warning dialog.", chess)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // the game's button is not where its text begins
        assertThat(KindCheck.applicationShown(List.of("Classic Reversi", "Reverse Reversi", "Color: Dark",
                "Difficulty: Easy", "Start Game"))).hasValue("A game. The text on it begins \"Classic Reversi\".");
        assertThat(KindCheck.applicationShown(List.of("New Game", "Score: 40", "Best: 120")))
                .hasValue("A game. The text on it begins \"Score: 40\".");
        // a dialog over the game, its answers on screen, stands; the words inside a sentence are no game's
        assertThat(verdict("A dialog.", List.of("Congratulations!", "You won in 3:12.", "New Game", "Quit")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.applicationShown(List.of("Release notes", "Start a new game from the menu",
                "The white king moves first"))).isEmpty();
        // GNU Backgammon's toolbar (stop 54, captured: "A terminal.")
        assertThat(verdict("A terminal.", List.of("GNY", "GNU Backgammon", "File Edit View", "Game", "New", "Open",
                "Accept", "Reject", "Double", "Resign", "End Game", "Undo", "Hint", "Score:", "0")))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
    }

    @Test
    void aGitClientIsKnownByItsViewsOfTheRepository() {
        // gitg's log as PP-OCR read it (stop 53, captured): "Probably a PDF viewer."
        List<String> gitg = List.of("main (/work)", "main", "All commits", "Branches", "V main", "Remotes", "Tags",
                "(main Review: Palette measures the tone of windows on a Seed o",
                "README: stop 52's bench, HEAD and stop 51's end on the Seed o", "++",
                "Seed 032c8313 maintainers <maintainers@users.nore..", "12/03/26 13:20:22 +0000");
        assertThat(verdict("Probably a PDF viewer.", gitg)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(gitg)).hasValue("A Git client. The text on it begins \"main (/work)\".");
        // a code host's page lists branches and tags too, but no remotes
        assertThat(KindCheck.applicationShown(List.of("github.com/ann/garden", "Code", "Issues", "Pull requests",
                "main", "Branches", "Tags", "README.md"))).isEmpty();
    }

    @Test
    void aCharacterMapIsKnownByItsGroupsOfEmoji() {
        // GNOME Characters as PP-OCR read it (stop 52, captured): its title, "Characters", is an everyday word
        List<String> characters = List.of("Q", "Characters", "0", "Recently Used", "Emojis", "Smileys & Emotion",
                "People & Body", "Animals & Nature", "44", "Food & Drink", "Travel & Places", "9", "Activities", "0",
                "Objects", "Symbols", "Flags", "Letters & Symbols", "&", "Punctuation", "Melting", "Face");
        assertThat(KindCheck.applicationShown(characters)).hasValue("A character map, showing emoji.");
        assertThat(verdict("A dialog.", characters)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // a shop's aisles are no emoji's groups
        assertThat(KindCheck.applicationShown(List.of("Aisles", "Food & Drink", "Home & Garden", "Toys & Games")))
                .isEmpty();
    }

    @Test
    void aFormsRadioButtonIsNoMusicPlayers() {
        // LXAppearance's preview of a widget style (stop 27), which the model called a music player
        List<String> lxappearance = List.of("Customize Look and Feel",
                "Widget Color Icon Theme Mouse Cursor Font other", "Raleigh", "Preview of the selected widget style",
                "Eile", "Edit Help", "Page1", "Demo-", "60 %", "O Radio Button", "0.0", "Check Button", "0", "button",
                "Default font:", "Sans", "10", "About", "X close", "Apply");
        assertThat(verdict("A music player.", lxappearance)).isEqualTo(KindCheck.Verdict.KIND_CONTRADICTED);
        assertThat(verdict("A music player.", List.of("Radio", "Now playing", "Jazz FM", "Library")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void htopsMetersReadBadlyStillShowATerminal() {
        // htop's window as PP-OCR read it (stop 27): "Load average" with a 9, its memory and swap meters
        assertThat(KindCheck.terminalShown(List.of(".2 1 amng", "Load avera9e.2.43 1.80 1.39", "Mem[II!",
                "576H/23.5G] Upt ime: 11:22:13"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("Swp[", "OK/OK]"))).isTrue();
        assertThat(KindCheck.terminalShown(List.of("Members [admin]", "Memory of summer"))).isFalse();
    }

    /** What the check says of {@code caption} when {@code lines} are all of the screen's text. */
    @Test
    void aWordProcessorIsSureOfItsOwnBarsAndOfItsWordsOnlyWhereNoOtherApplicationsShow() {
        // Gnumeric's screen with its save dialog, as PP-OCR read it (stop 38, by hand): its title in two pieces, its
        // menus and toolbar with a word processor's words ("Insert", "Format", "Sans"); the model said "a word
        // processor". Its name box, columns and sum come after the first lines.
        List<String> seen = List.of("*buclget", "Gnumeric", "0 X", "File", "Edit", "View", "Insert", "Format",
                "Tools", "Statistics", "Data", "Help", "1", "fa", ".", "100%", "Sans", "10");
        List<String> all = with(seen, "a", "a", "8", "%", "+:", "0", "OK", "A2", "Rent", "A", "B", "D", "E", "G",
                "1", "2", "Rent", "3", "Food", "4", "Bus", "5", "6", "7", "10", "5Cost", "900", "32Warning",
                "Save changes to workbook'budget.csv' before closing?", "A",
                "If you close without saving, changes will be discarded.", "Discard", "Don't close", "Save",
                "budget.csv", "Sum = 0");
        assertThat(KindCheck.check("Probably a word processor.", seen, () -> all))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.applicationShown(all)).hasValue("A dialog in front of a spreadsheet asks \"Save changes"
                + " to workbook'budget.csv' before closing?\".");
        // without the dialog: the spreadsheet, not its formatting toolbar's word processor
        List<String> sheet = all.subList(0, all.indexOf("32Warning"));
        assertThat(KindCheck.applicationShown(with(sheet, "Sum = 0")))
                .hasValue("A spreadsheet. The text on it begins \"Rent\".");
        // Ristretto's window with a photo of a letter (stop 36, by hand): the letter's words among the first lines
        // (the window's top), the picture's file and size on the status bar, which all of the text in reading order
        // puts beside the menus
        List<String> photo = List.of("File", "Edit", "View", "Go", "Help", "8", "eEdSearchyie", "Document Help",
                "Dear rs, Patol,", "Thank you for your tetter of 12 March about the garden project,");
        List<String> viewer = List.of("File", "Edit", "View", "Go", "Help", "8", "webcam-640x480.jpg",
                "640x48046.9kB", "100.0%", "eEdSearchyie", "Document Help", "Dear rs, Patol,",
                "Thank you for your tetter of 12 March about the garden project,", "Kindregards,", "TonWalker");
        assertThat(KindCheck.check("Probably a word processor.", photo, () -> viewer))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // a word processor's own toolbar among the first lines: the rest of the text is not waited for
        List<String> writer = List.of("File", "Edit", "View", "Insert", "Format", "Styles", "Table", "Tools", "Help",
                "Default Paragraph Style", "Liberation Serif", "12", "Dear Mrs. Patel,");
        Supplier<List<String>> unasked = () -> {
            throw new AssertionError("all of the text was asked for");
        };
        assertThat(KindCheck.check("A word processor.", writer, unasked)).isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.check("A word processor.", List.of("Report", "1,204 words, 6,230 characters"), unasked))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        assertThat(KindCheck.check("A word processor.", List.of("minutes.odt", "Minutes"), unasked))
                .isEqualTo(KindCheck.Verdict.HOLDS);
        // its words alone hold once all of the text shows no other application's bars
        List<String> letter = List.of("File", "Edit", "View", "Insert", "Format", "Help", "Dear Mrs. Patel,");
        assertThat(KindCheck.check("A word processor.", letter, () -> with(letter, "Kind regards,")))
                .isEqualTo(KindCheck.Verdict.HOLDS);
    }

    private static KindCheck.Verdict verdict(String caption, List<String> lines) {
        return KindCheck.check(caption, lines, () -> lines);
    }

    private static boolean contradicted(String caption, List<String> seen, Supplier<List<String>> all) {
        return KindCheck.check(caption, seen, all) != KindCheck.Verdict.HOLDS;
    }

    private static List<String> with(List<String> lines, String... more) {
        List<String> out = new ArrayList<>(lines);
        out.addAll(List.of(more));
        return out;
    }

    @Test
    void aMailBeingWrittenWifiNetworksAndAPrintDialogAreSaidByTheirFields() {
        // written down at stop 44: Gmail's box for a new message, Windows' Wi-Fi flyout, Windows' print dialog
        assertThat(KindCheck.applicationShown(List.of("New Message", "To", "Subject", "Send")))
                .hasValue("A new mail being written.");
        assertThat(KindCheck.applicationShown(List.of("Send", "To", "ann@example.com", "Cc", "Subject",
                "Lunch on Friday", "Hi Ann, are you free?")))
                .hasValue("A new mail being written, \"Lunch on Friday\".");
        assertThat(KindCheck.applicationShown(List.of("Wi-Fi", "HomeNetwork", "Connected, secured", "CoffeeShop_Guest",
                "Open", "Neighbour5G", "Secured", "Connect"))).hasValue("A list of Wi-Fi networks: HomeNetwork "
                + "(connected, secured), CoffeeShop_Guest (open), Neighbour5G (secured).");
        assertThat(KindCheck.printDialog(List.of("Print", "Printer", "Microsoft Print to PDF", "Copies", "1",
                "Orientation", "Portrait", "Print", "Cancel")))
                .hasValue("A print dialog, printing to \"Microsoft Print to PDF\".");
        // GTK's over Evince (stop 48, captured): its tabs and its list of printers under their headings
        assertThat(KindCheck.printDialog(List.of("Print", "000", "General", "Page Setup", "Page Handling", "Printer",
                "Location", "Status", "Print to File", "Range", "Copies", "O All Pages", "Copies:", "Preview", "Cancel",
                "Print"))).hasValue("A print dialog, printing to \"Print to File\".");
        // a sure "A dialog." gives way to a mail's fields, a calculator's keys and a call's controls (no answer shown)
        List<String> compose = List.of("New Message", "To", "Subject", "Send");
        assertThat(KindCheck.check("A dialog.", compose, () -> compose)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        List<String> zoom = List.of("Zoom Meeting", "Ann Lee", "Mute", "Stop Video", "Participants", "Share Screen",
                "End");
        assertThat(KindCheck.check("A dialog.", zoom, () -> zoom)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        List<String> withAnswer = new ArrayList<>(zoom);
        withAnswer.addAll(List.of("Leave the meeting?", "Cancel", "OK"));
        assertThat(KindCheck.check("A dialog.", withAnswer, () -> withAnswer)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void fieldsOfAnotherKindAreNoMailNetworksOrPrintDialog() {
        // a form with a subject but no button to send; quick settings' Wi-Fi with no network's state; one network
        assertThat(KindCheck.applicationShown(List.of("Contact us", "To", "Subject", "Message", "Submit")))
                .isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Wi-Fi", "On", "Bluetooth", "Off"))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Wi-Fi", "HomeNetwork", "Connected, secured"))).isEmpty();
        // a page about printing, no button to print
        assertThat(KindCheck.printDialog(List.of("How to print", "Printer", "Copies", "Orientation",
                "Choose your paper"))).isEmpty();
    }

    @Test
    void kindsThatAlwaysShowWordsAreKnownByName() {
        assertThat(KindCheck.needsWords("A terminal, and light text on a dark background.")).isTrue();
        assertThat(KindCheck.needsWords("A dialog.")).isTrue();
        assertThat(KindCheck.needsWords("A save changes dialog.")).isTrue();
        assertThat(KindCheck.needsWords("A file manager.")).isTrue();
        // a lock screen's clock, a calculator's display, a player's picture, a game: digits or no text at all
        assertThat(KindCheck.needsWords("A lock screen.")).isFalse();
        assertThat(KindCheck.needsWords("A calculator.")).isFalse();
        assertThat(KindCheck.needsWords("A video player.")).isFalse();
    }

    @Test
    void aLockScreensClockOrDateIsALineOfItsOwnNotADayInASentence() {
        // a letter of two lines that names a day had borne out "a lock screen" (stop 45, by hand)
        assertThat(KindCheck.contradicted("A lock screen.", List.of("Dear Ann, thank you for the lovely",
                "They arrived on Tuesday morning"))).isTrue();
        assertThat(KindCheck.contradicted("A lock screen.", List.of("10:40", "Tuesday, 1 December"))).isFalse();
        assertThat(KindCheck.contradicted("A lock screen.", List.of("Tue 1 Dec 10:40", "Ann Walker"))).isFalse();
    }

    @Test
    void aBrowsersErrorPageIsSaidInsteadOfADialogWhereItsTextLeavesNoDoubt() {
        // Chromium's offline page and its crashed tab (stop 44, written down): its code, or a heading only browsers
        // write
        List<String> offline = List.of("No internet", "Try:", "Checking the network cables, modem, and router",
                "ERR_INTERNET_DISCONNECTED");
        assertThat(KindCheck.browserErrorPage("A dialog.", offline)).hasValue("An error page: \"No internet\".");
        List<String> snap = List.of("Aw, Snap!", "Something went wrong while displaying this webpage.", "Reload");
        assertThat(KindCheck.browserErrorPage("A dialog.", snap)).hasValue("An error page: \"Aw, Snap!\".");
        // an application's dialog that cannot connect, with its button to try again, is a dialog; so is a caption
        // that names no dialog
        assertThat(KindCheck.browserErrorPage("A dialog.", List.of("Unable to connect",
                "Check your network and try again.", "Try again", "Cancel"))).isEmpty();
        assertThat(KindCheck.browserErrorPage("A web page.", snap)).isEmpty();
    }

    @Test
    void aPageOfAKindKnownByItsLinesIsSaidAfterABrowserOrAWebPage() {
        List<String> error = List.of("example-shop.com", "This site can't be reached",
                "example-shop.com's server IP address could not be found.", "Try:", "Checking the connection",
                "ERR_NAME_NOT_RESOLVED", "Reload");
        assertThat(KindCheck.pageOnScreen(error, "A web browser at example-shop.com.")).hasValue(
                "It shows an error page: \"This site can't be reached\".");
        List<String> wiki = List.of("Wikipedia", "The Free Encyclopedia", "Eiffel Tower",
                "From Wikipedia, the free encyclopedia", "The Eiffel Tower is a wrought-iron lattice tower.");
        assertThat(KindCheck.pageOnScreen(wiki, "A web page.")).hasValue(
                "It is a Wikipedia article, \"Eiffel Tower\".");
        // where the text begins is said once; what the sentence quotes already is not said again
        List<String> results = List.of("google.com/search?q=barn+owl", "Google", "barn owl",
                "About 12,400,000 results (0.41 seconds)", "Barn owl - Wikipedia");
        assertThat(KindCheck.pageOnScreen(results, "A web browser at google.com. The text on it begins "
                + "\"Google\".")).hasValue("It shows a page of search results.");
        assertThat(KindCheck.pageOnScreen(error, "A web browser showing \"This site can't be reached\"."))
                .isEmpty();
        // a video's place in it, after a browser's page; a music player's is no page's
        List<String> video = List.of("youtube.com/watch?v=abc123", "YouTube", "How to bake bread at home",
                "Baking with Ann", "Subscribe", "3:41 / 12:05");
        assertThat(KindCheck.pageOnScreen(video, "A web browser showing \"How to bake bread at home - YouTube\", "
                + "from youtube.com.")).hasValue("It shows a video, at 3:41 of 12:05.");
        // after the model's video page, where its video is (a page made like YouTube, stop 50)
        List<String> player = List.of("YouTube", "Search", "and that's why the bridge was built in 1932",
                "3:41 / 12:05", "The history of the Sydney Harbour Bridge");
        assertThat(KindCheck.pageOnScreen(player, "Probably a video page.")).hasValue("The video is at 3:41 of 12:05.");
        assertThat(KindCheck.pageOnScreen(List.of("YouTube", "Search"), "A video page.")).isEmpty();
        assertThat(KindCheck.pageOnScreen(video, "A music player.")).isEmpty();
        // a shop's product is its first line below the browser's address, not the address
        List<String> shop = List.of("amazon.com/Logitech-M185-Wireless-Mouse", "Logitech M185 Wireless Mouse",
                "$14.99", "Add to Cart");
        assertThat(KindCheck.pageOnScreen(shop, "A web browser at amazon.com.")).hasValue(
                "It shows a shop's page for \"Logitech M185 Wireless Mouse\".");
    }

    @Test
    void anApplicationsTitleOverNoDialogsTextIsItsWindowNotADialog() {
        AppTitles.Title spotify = AppTitles.find(List.of("Spotify Premium")).orElseThrow();
        List<String> player = List.of("Spotify Premium", "Home", "Search", "Your Library", "Bohemian Rhapsody",
                "Queen", "2:14", "5:55");
        assertThat(KindCheck.applicationNotDialog("A dialog.", spotify, () -> player)).isTrue();
        // its message box, its question, a sign-in; a caption that names no dialog
        assertThat(KindCheck.applicationNotDialog("A dialog.", spotify, () -> List.of("Spotify",
                "Are you sure you want to log out?", "Cancel", "Log out"))).isFalse();
        assertThat(KindCheck.applicationNotDialog("A dialog.", spotify, () -> List.of("Spotify",
                "You have been logged out.", "OK"))).isFalse();
        assertThat(KindCheck.applicationNotDialog("A login dialog.", spotify, () -> List.of("Bitwarden",
                "Your vault is locked. Verify your master password to continue.", "Master password", "Unlock")))
                .isFalse();
        assertThat(KindCheck.applicationNotDialog("A music player.", spotify, () -> player)).isFalse();
        // a document's title and a browser's are no application's window alone
        AppTitles.Title browser = AppTitles.find(List.of("Inbox - Mozilla Firefox")).orElseThrow();
        assertThat(KindCheck.applicationNotDialog("A dialog.", browser, () -> player)).isFalse();
    }

    @Test
    void aFileManagersPlacesAndStatusLineAreNoDialogWithoutADialogsButtons() {
        List<String> explorer = List.of("Documents", "File Home Share View", "Quick access", "Desktop", "Downloads",
                "Documents", "Pictures", "Name", "Date modified", "Type", "Size", "Budget 2026.xlsx", "2 items");
        assertThat(KindCheck.check("A dialog.", explorer, () -> explorer))
                .isEqualTo(KindCheck.Verdict.FILE_MANAGER_SHOWN);
        List<String> chooser = new ArrayList<>(explorer);
        chooser.addAll(List.of("File name:", "Open", "Cancel"));
        assertThat(KindCheck.check("A dialog.", chooser, () -> chooser)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aLaterSentenceNamingAnotherKindOfWindowGoes() {
        // the bundled model's detailed descriptions of xterm's manual pages (stop 45, `real_check`'s shots)
        assertThat(KindCheck.withoutOtherKinds("The whole screen is captured: a terminal. In short, it shows a shell. "
                + "It shows a file manager. It has light text on a dark background.")).isEqualTo("The whole screen is "
                + "captured: a terminal. In short, it shows a shell. It has light text on a dark background.");
        // a dialog in front of the window stays; so does all of a caption whose first sentence names no kind
        assertThat(KindCheck.withoutOtherKinds("A text editor. A dialog in front of it asks to save.")).isEqualTo(
                "A text editor. A dialog in front of it asks to save.");
        assertThat(KindCheck.withoutOtherKinds("A screenshot. It shows a file manager.")).isEqualTo(
                "A screenshot. It shows a file manager.");
        // a quote's words name no kind (a file's name, "daily-dashboard.txt", `real_check`'s shell)
        assertThat(KindCheck.withoutOtherKinds("A terminal. It runs \"cat daily-dashboard.txt\".")).isEqualTo(
                "A terminal. It runs \"cat daily-dashboard.txt\".");
    }

    @Test
    void aManualPageIsATerminalWhateverUnknownKindTheModelNamed() {
        List<String> man = List.of("GREP(1)", "User Commands", "GREP(1)", "NAME",
                "grep, egrep, fgrep, rgrep - print lines that match patterns", "SYNOPSIS");
        assertThat(KindCheck.check("Probably the whole screen is captured: a large clock.", man, () -> man))
                .isEqualTo(KindCheck.Verdict.TERMINAL_SHOWN);
        List<String> page = List.of("How to use grep", "Type grep and a pattern.");
        assertThat(KindCheck.check("A large clock.", page, () -> page)).isEqualTo(KindCheck.Verdict.HOLDS);
    }

    @Test
    void aFileManagerSaidByItsTitleIsFollowedByItsCountAndItsFiles() {
        // Dolphin's status line (stop 47, captured), Thunar's and Explorer's
        String dolphin = "A file manager: its title is \"files-Dolphin\".";
        assertThat(KindCheck.filesOnScreen(List.of("files-Dolphin", "Places", "report.py", "5 Files (134.0 KiB)",
                "Zoom:", "75.1 GiB free"), dolphin)).hasValue("It shows 5 files.");
        assertThat(KindCheck.filesOnScreen(List.of("2 Folders, 5 Files (134.0 KiB)"), dolphin))
                .hasValue("It shows 2 folders and 5 files.");
        assertThat(KindCheck.filesOnScreen(List.of("5 files: 134.0 KiB (137,216 bytes), Free space: 75.1 GiB"),
                dolphin)).hasValue("It shows 5 files.");
        assertThat(KindCheck.filesOnScreen(List.of("Music", "[7 items"), "A file manager: its title is \"Music\"."))
                .hasValue("It shows 7 items.");
        // with the files' names read: the first three, and how many more (Dolphin maximised, stop 47's capture,
        // had been its title alone: no status line read)
        List<String> maximised = List.of("files - Dolphin", "000", "Back", "Forward_", "Details/ tmp cap files",
                "Places", "Home", "Running Dolphin as root can be dangerous. Please be careful.", "Trash", "budget.csv",
                "demo.png", "letter.txt", "notes.pdf", "notes.txt", "photo.jpg", "report.py", "Modified Today");
        String max = "A file manager: its title is \"files - Dolphin\".";
        assertThat(KindCheck.filesOnScreen(maximised, max))
                .hasValue("It shows budget.csv, demo.png, letter.txt and 4 more files.");
        List<String> counted = new ArrayList<>(maximised.subList(0, 12));
        counted.add("3 Files (2.1 KiB)");
        assertThat(KindCheck.filesOnScreen(counted, max))
                .hasValue("It shows 3 files. Among them: budget.csv, demo.png and letter.txt.");
        // not a sentence that counts files, not after another kind or a count said already; one name is not a list
        assertThat(KindCheck.filesOnScreen(List.of("5 files were copied to the USB stick"), dolphin)).isEmpty();
        assertThat(KindCheck.filesOnScreen(List.of("7 items"), "A text editor: its title is \"list.txt\"."))
                .isEmpty();
        assertThat(KindCheck.filesOnScreen(List.of("7 items"), "A file manager, showing 7 items.")).isEmpty();
        assertThat(KindCheck.filesOnScreen(List.of("Home", "notes.txt"), dolphin)).isEmpty();
    }

    @Test
    void aDocumentViewerIsKnownByItsZoomControls() {
        // Okular on a screen twice as wide, its title cut (stop 48's capture)
        List<String> okular = List.of("otes.pdt", "00", "File", "View", "Edit", "Go", "Bookmarks Iools Settings",
                "Help", "Show Sidebar", "Browse", "Text Selection", "Yellow Highlighter", "of", "1", "Zoom Out",
                "Fit Width", "Zoom In", "Thumbnails", "Search...", "Shopping list for Saturday",
                "oat milk, two cartons");
        assertThat(KindCheck.applicationShown(okular))
                .hasValue("A document viewer. The text on it begins \"Shopping list for Saturday\".");
        // not without a page fitted to the window (an image viewer's zoom)
        List<String> zoomOnly = new ArrayList<>(okular);
        zoomOnly.remove("Fit Width");
        assertThat(KindCheck.applicationShown(zoomOnly)).isEmpty();
    }

    @Test
    void anImageViewersFolderIsKnownByItsCountOfImages() {
        // Gwenview browsing a folder (stop 49, captured): "A desktop with 2 icons" before
        List<String> gwenview = List.of("Start Page", "Browse", "View", "Previous", "Next Show Editing Tools : Share",
                "Full Screen", "Open Menu", "tmp \u2192 cap2 files", "demo.png", "photo.jpg", "Add Filter.",
                "2 images");
        assertThat(KindCheck.applicationShown(gwenview))
                .hasValue("An image viewer, showing 2 images: demo.png and photo.jpg.");
        assertThat(KindCheck.check("Probably a text editor.", gwenview, () -> gwenview))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // a count alone, or pictures' names alone, is not enough
        assertThat(KindCheck.applicationShown(gwenview.subList(0, 11))).isEmpty();
        assertThat(KindCheck.applicationShown(List.of("Start Page", "2 images", "notes.txt"))).isEmpty();
    }

    @Test
    void anImageEditorIsKnownByItsMenus() {
        // GIMP's window cut to 16 colours, its title garbled (stop 47's capture): the model said a terminal
        List<String> gimp = List.of("photoJ timported)-1 D (RcB color B bit gamma nteger cMP built-in sRce I layeriBoo",
                "GIM", "File Edit Select View Image Layer Colors Tools Filters Windows Help", "Crop",
                "Current layer only", "Aspect ratio", "800:600", "photo.jpg");
        assertThat(KindCheck.applicationShown(gimp)).hasValue("An image editor showing \"photo.jpg\".");
        assertThat(KindCheck.check("A terminal, and light text on a dark background.", gimp, () -> gimp))
                .isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        // Photoshop's and Paint.NET's menus, one to a line
        assertThat(KindCheck.applicationShown(List.of("Ps", "File", "Edit", "Image", "Layer", "Type", "Select",
                "Filter", "3D", "View"))).hasValue("An image editor.");
        assertThat(KindCheck.applicationShown(List.of("File Edit View Image Layers Adjustments Effects", "Untitled")))
                .hasValue("An image editor.");
        // a sentence about images is no menu bar
        assertThat(KindCheck.applicationShown(List.of("Image layers and filters explained", "Read more")))
                .isEmpty();
    }

    @Test
    void aCalculatorSaidByItsTitleIsFollowedByItsDisplay() {
        // KCalc after 12 + 30 (stop 49, captured)
        List<String> kcalc = List.of("KCalc", "000", "File Edit", "Settings  Help", "Dec", "Deg", "42", "%", "7", "8",
                "9", "AC", "+", "4", "5", "6", "1", "2", "3", ")", "0", "+/-");
        assertThat(KindCheck.displayOnScreen(kcalc, "A calculator: its title is \"KCalc\"."))
                .hasValue("Its display shows 42.");
        // one digit is a key; said already; another kind
        assertThat(KindCheck.displayOnScreen(kcalc.subList(7, kcalc.size()), "A calculator: its title is \"KCalc\"."))
                .isEmpty();
        assertThat(KindCheck.displayOnScreen(kcalc, "Probably a calculator labelled \"Calculator\"."))
                .hasValue("Its display shows 42.");
        assertThat(KindCheck.displayOnScreen(kcalc, "A calculator with the display showing 42.")).isEmpty();
        assertThat(KindCheck.displayOnScreen(kcalc, "A text editor: its title is \"KCalc\".")).isEmpty();
    }

    @Test
    void aFilesNameIsALineThatEndsInAnExtension() {
        assertThat(KindCheck.fileNames(List.of("budget.csv", " photos.tar.gz ", "IMG 2041.JPG", "252.5",
                "www.example.com", "example.org", "https://a.b/c.html", "Please be careful.", "a/b.txt",
                "budget.csv", "Holiday photos 2026 in the mountains of Wales.jpg", "(1) copy.pdf")))
                .containsExactly("budget.csv", "photos.tar.gz", "IMG 2041.JPG", "(1) copy.pdf");
        // names wrapped under a grid of icons (PCManFM's, real_check, stop 49): "2025.tar.gz" is the end of one
        for (String cut : List.of("November.", "October.xl-", "gz",
                "birthday_202 clip_235.web- course_2026. spaces.pdf")) {
            assertThat(KindCheck.fileNames(List.of("season_20", "2025.tar.gz", "feature.md", cut))).as(cut).isEmpty();
        }
        assertThat(KindCheck.fileNames(List.of("Budget 2026", "2025.tar.gz", "feature.md", "A sentence. It ends.")))
                .containsExactly("2025.tar.gz", "feature.md");
    }

    @Test
    void officesStartScreenIsSaidWithItsRecentDocuments() {
        // as OCR read a page made like Word's (stop 50: "Probably a music player.")
        List<String> word = List.of("Word", "Good after noon", "Home", "New", "New", "Open", "Account", "Options",
                "Blank document", "Welcome to Word", "Single spaced (blank)", "Recent", "Pinned", "Shared with Me",
                "Name", "Date modified", "Letter to Ann", "Yesterday at 16:02", "Report draft", "1 Dec 2026 at 09:03",
                "CV 2026", "28 Nov 2026 at 11:40", "Budget", "27 Nov 2026 at 10:00");
        assertThat(KindCheck.applicationShown(word)).hasValue("A word processor's start screen. Its recent documents: "
                + "\"Letter to Ann\", \"Report draft\", \"CV 2026\" and 1 more.");
        assertThat(verdict("Probably a music player.", word)).isEqualTo(KindCheck.Verdict.APPLICATION_SHOWN);
        assertThat(KindCheck.corrects("A spreadsheet app's start screen.")).isTrue();
        assertThat(KindCheck.applicationShown(List.of("Excel", "Blank workbook", "Recent")))
                .hasValue("A spreadsheet app's start screen.");
        // after the model's word processor, what it shows; not after another kind
        assertThat(KindCheck.officeStartOnScreen(word, "A word processor.")).hasValue("It shows its start screen. Its "
                + "recent documents: \"Letter to Ann\", \"Report draft\", \"CV 2026\" and 1 more.");
        assertThat(KindCheck.officeStartOnScreen(word, "A spreadsheet app.")).isEmpty();
        // a button for a blank document without the list of recent ones: none
        assertThat(KindCheck.applicationShown(List.of("New", "Blank document", "Templates"))).isEmpty();
    }

    @Test
    void aMarkBeforeANumberIsNoPrompt() {
        // a page made like Amazon's orders (stop 50: "A terminal."): its order's number, a price
        List<String> orders = List.of("amazon", "Your Orders", "ORDER PLACED", "TOTAL", "SHIP TO",
                "ORDER# 112-4478123-9911", "1 December 2026", "$ 14.99", "Ann Lee", "Arriving Friday",
                "Logitech M185 Wireless Mouse, 2.4GHz with USB Mini Receiver", "Track package");
        assertThat(verdict("A terminal.", orders)).isNotEqualTo(KindCheck.Verdict.HOLDS);
        // where Glance cannot tell the window's kind, what the page's lines show is said all the same
        assertThat(KindCheck.pageOnScreen(orders, "Glance cannot tell what kind of window this is. The text on it "
                + "begins \"amazon\".")).hasValue("It shows a list of orders. The first: \"Arriving Friday\", "
                + "\"Logitech M185 Wireless Mouse, 2.4GHz with USB Mini Receiver\".");
        assertThat(KindCheck.terminalShown(List.of("root@vm:/tmp# ls", "notes.txt"))).isTrue();
    }

    @Test
    void aTerminalIsBorneOutByAPromptWithItsUserAndHost() {
        assertThat(KindCheck.terminalBorneOut("A terminal.", List.of("ann@laptop:~/projects$ ls -l", "total 12"),
                List::of)).isTrue();
        // a title with user and host but no prompt's mark, prompts without their host (a tutorial's page quotes
        // them), another kind: not so
        assertThat(KindCheck.terminalBorneOut("A terminal.", List.of("ann@laptop: ~/letters", "Dear Mrs. Patel,"),
                List::of)).isFalse();
        assertThat(KindCheck.terminalBorneOut("A terminal.", List.of("$ ls", "notes.txt", "$ cat notes.txt"),
                List::of)).isFalse();
        assertThat(KindCheck.terminalBorneOut("A text editor.", List.of("ann@laptop:~/projects$ ls -l"), List::of))
                .isFalse();
    }

    @Test
    void aNameWithoutItsExtensionIsTheLineBeforeWhenItWasChangedInAListOfNames() {
        // Explorer's details, extensions hidden: a column a line (stop 50, written down)
        List<String> explorer = List.of("Documents", "Quick access", "Desktop", "Name", "Date modified", "Type",
                "Size", "Projects", "12/2/2026 9:40 AM", "File folder", "Budget 2026", "12/1/2026 4:12 PM",
                "Microsoft Excel Worksheet", "24 KB", "notes.txt", "11/30/2026 8:00 AM", "2 items");
        assertThat(KindCheck.fileNames(explorer)).containsExactly("Projects", "Budget 2026", "notes.txt");
        // a row read as one line; Finder's times
        assertThat(KindCheck.fileNames(List.of("Name Date modified Type Size", "setup 12/2/2026 9:40 AM Application",
                "report 2026-12-01 16:12 PDF Document"))).containsExactly("setup", "report");
        assertThat(KindCheck.fileNames(List.of("Name", "Date Modified", "Size", "Budget 2026", "Today at 10:14",
                "24 KB", "Letter to Ann", "1 Dec 2026 at 09:03", "Holiday photos", "Yesterday, 16:02")))
                .containsExactly("Budget 2026", "Letter to Ann", "Holiday photos");
        // no column of names: a line before a date is no file's (a mail's subject above when it came)
        assertThat(KindCheck.fileNames(List.of("Inbox", "Lunch on Friday?", "12/1/2026 4:12 PM"))).isEmpty();
        // nor where another column stands between the names and the dates: PCManFM's type before its date (real_check)
        assertThat(KindCheck.fileNames(List.of("Name", "Description", "Size", "Modified", "Work", "folder",
                "11/29/2026 08:15", "cable.mp4", "MPEG-4 video", "12.1 MiB", "11/28/2026 10:00")))
                .containsExactly("cable.mp4");
        // nor a date, a size or a heading before a date
        assertThat(KindCheck.fileNames(List.of("Name", "Modified", "12/1/2026", "12/2/2026", "24 KB", "12/3/2026")))
                .isEmpty();
        assertThat(KindCheck.fileManager(List.of("C:\\Users\\Ann\\Documents", "Quick access", "Desktop", "Name",
                "Date modified", "Letter to Ann", "11/28/2026 9:03 AM", "Tax return", "10/3/2026 2:20 PM", "2 items")))
                .isEqualTo("A file manager in the folder \"Documents\", showing 2 items. Among them: \"Letter to Ann\" "
                        + "and \"Tax return\".");
        // Finder's, as OCR read a page made like it: its title, a place's name, right above its sidebar's heading
        assertThat(KindCheck.fileManager(List.of("Documents", "Favourites", "Name", "Date Modified", "Size", "Kind",
                "Recents", "Applications", "Budget 2026", "Today at 10:14", "24 KB", "Desktop", "Holiday photos",
                "Yesterday at 16:02"))).isEqualTo("A file manager in the folder \"Documents\". It shows \"Budget "
                + "2026\" and \"Holiday photos\".");
        // a sidebar's heading first, its places below: no title
        assertThat(KindCheck.fileManager(List.of("Favourites", "Documents", "Desktop", "budget.csv", "demo.png")))
                .isEqualTo("A file manager. It shows budget.csv and demo.png.");
        // as OCR read a page made like it in 16 colours: the heading's last letter, the time joined to the date; the
        // folder from the address bar's parts, a place first
        assertThat(KindCheck.fileManager(List.of("Docuiments", "This PC > Documents", "Quick access", "Name",
                "Date modifiec", "Type", "Desktop", "Budget 2026", "12/1/2026 4:12PM", "Tax return", "10/3/20262:20PM",
                "4 items"))).isEqualTo("A file manager in the folder \"Documents\", showing 4 items. Among them: "
                + "\"Budget 2026\" and \"Tax return\".");
    }

    @Test
    void aDialogAboveItsWindowsTextIsReadFromItsButtonsUp() {
        // GParted's error at the top of its window, its title bar's buttons between its heading and message (stop 49)
        List<String> gparted = List.of("Libparted Error", "000", "Error opening /dev/vda: Operation not permitted",
                "Retry", "Cancel", "GParted", "GParted", "Edit", "View", "Device", "Part it i on", "Help", "8",
                "Part it i on Name", "File System", "Mount Point Label", "Size", "Used", "Unused", "Flags",
                "Scanning /dev/vda");
        assertThat(KindCheck.headedDialog(gparted)).hasValue("A dialog, \"Libparted Error\", says \"Error opening "
                + "/dev/vda: Operation not permitted\". Its buttons: Retry, Cancel.");
        // a window's own list with a button, no heading above a message: none
        assertThat(KindCheck.headedDialog(gparted.subList(5, gparted.size()))).isEmpty();
        // a menu's name read below the dialog's title is no heading (stop 55, captured: "A dialog, "File", ...")
        assertThat(KindCheck.headedDialog(List.of("GParted", "Edit", "View", "Libparted Error", "00", "File",
                "Error opening /dev/vda: Operation not permitted", "Retry", "Cancel", "Scanning /dev/vda")))
                .hasValue("A dialog, \"Libparted Error\", says \"Error opening /dev/vda: Operation not permitted\". "
                        + "Its buttons: Retry, Cancel.");
    }

    @Test
    void aDialogIsReadFromItsButtonsUpToItsHeading() {
        // Pidgin's accounts over its buddy list, as PP-OCR read it (stop 48, captured)
        List<String> pidgin = List.of("Buddy List", "000", "Buddies Accounts Tools Help", "Welcome to Pidgin!",
                "You have no accounts enahled", "Accounts", "Welcome to Pidgin!",
                "You have no IM accounts configured. To start connecting with",
                "Pidgin press the Add... button below and configure your first",
                "account. if you want Pidgin to connect to multiple IM accounts,",
                "press Add... again to configure them all.",
                "You can come back to this window to add, edit, or remove",
                "accounts from Accounts-Manage Accounts in the Buddy List", "window", "+ Ad...", "% modify...",
                "S Delete", "X close");
        assertThat(KindCheck.headedDialog(pidgin)).hasValue("A dialog, \"Welcome to Pidgin!\", says \"You have no IM "
                + "accounts configured.\". Its buttons: Ad, Modify, Delete, Close.");
        assertThat(KindCheck.someDialog(pidgin)).isEqualTo(KindCheck.headedDialog(pidgin).orElseThrow());
        // a button PP-OCR garbled between two it read is passed over (stop 56, captured: "% mo.diy.")
        List<String> garbled = new ArrayList<>(pidgin);
        garbled.set(garbled.indexOf("% modify..."), "% mo.diy.");
        assertThat(KindCheck.headedDialog(garbled)).hasValue("A dialog, \"Welcome to Pidgin!\", says \"You have no IM "
                + "accounts configured.\". Its buttons: Ad, Delete, Close.");
        // a greeting heads a dialog, and KDE's tick before "OK" is read as a "V" (Krusader's first run, stop 56,
        // captured: "Probably a dialog. The text on it begins ..." for its title)
        assertThat(KindCheck.headedDialog(List.of("Information -Kr... ROOT PRIVILEGES", "Welcome to Krusader.",
                "As this is your first run, your machine", "will now be checked for extermal",
                "applications. Then the Konfigurator will", "be launched where you can customize",
                "Krusader to your needs.", "VOK"))).hasValue("A dialog, \"Welcome to Krusader.\", says \"As this is "
                + "your first run, your machine will now be checked\u2026\". Its button: OK.");
        // Synaptic's introduction: its check box to show it at startup passed over, the packages behind it below
        List<String> synaptic = List.of("Quick Introduction", "The software on your system is organized in so called "
                + "packages. The package manager enables you to install, to upgrade or to remove software packages.",
                "Note: Changes are not applied instantly. At first you have to mark all changes and then apply them.",
                "- Double click on the package name.", "show this dialog at startup", "Close", "Cross Platform",
                "Sections", "Status", "No package is selected.", "63710 packages listed, 1657 installed");
        assertThat(KindCheck.unknownKind(synaptic)).isEqualTo("A dialog, \"Quick Introduction\", says \"The software "
                + "on your system is organized in so called packages.\". Its button: Close.");
        // no heading above the message, no answer among the buttons, or no message: nothing
        assertThat(KindCheck.headedDialog(synaptic.subList(1, synaptic.size()))).isEmpty();
        assertThat(KindCheck.headedDialog(List.of("Setup", "Welcome to the setup of the program on this computer.",
                "Back", "Next"))).isEmpty();
        assertThat(KindCheck.headedDialog(List.of("Settings", "Dark mode", "Close"))).isEmpty();
        // a file's path on a line of its own is one of the message's lines (Octave's welcome, stop 55, captured)
        assertThat(KindCheck.headedDialog(List.of("Welcome to GNU Octave", "Welcome to Octave!",
                "You seem to be using the Octave graphical interface for the",
                "first time on this computer. Click 'Next' to create a", "configuration file and launch Octave.",
                "The configuration file is stored in", "/root/.config/octave/octave-gui.ini.", "Next", "Cancel")))
                .hasValue("A dialog, \"Welcome to Octave!\", says \"You seem to be using the Octave graphical "
                        + "interface for the first\u2026\". Its buttons: Next, Cancel.");
    }

    @Test
    void aFormsButtonAboveADialogsHintIsNoHeading() {
        // Zim's Add Notebook, as PP-OCR read it (stop 52, captured): "Browse" had been said as its heading
        List<String> zim = List.of("Add Notebook", "00", "Please select a name and a folder for the notebook.", "Name:",
                "Notes", "Folder:", "~/Notebooks/Notes", "Browse",
                "To create a new notebook you need to select an empty folder.",
                "Of course you can also select an existing zim notebook folder.", "Cancel", "OK");
        assertThat(KindCheck.headedDialog(zim)).hasValue("A dialog, \"Add Notebook\", says \"To create a new notebook "
                + "you need to select an empty folder.\". Its buttons: Cancel, OK.");
        // with no title bar above it, no heading at all
        List<String> untitled = new ArrayList<>(zim);
        untitled.remove("00");
        assertThat(KindCheck.headedDialog(untitled)).isEmpty();
        // Grisbi's first-run assistant: "Forward" is one of its buttons
        List<String> grisbi = List.of("Grisbi Application", "File", "Edit", "View", "Help",
                "Welcome to Grisbi! (1 of 2)", "000", "Welcome to Grisbi!", "This is the first time you use Grisbi, "
                        + "this assistant will guide you through the configuration process. You can change",
                "any option later in the configuration window, where many other options are available.",
                "Thanks for using Grisbi, enjoy!", "Cancel", "Back", "Forward");
        assertThat(KindCheck.headedDialog(grisbi)).hasValueSatisfying(d -> assertThat(d)
                .startsWith("A dialog, \"Welcome to Grisbi!\", says \"This is the first time you use Grisbi")
                .endsWith("Its buttons: Cancel, Back, Forward."));
    }

    @Test
    void aTitleWithoutCommonWordsStillBeginsTheText() {
        // applications' titles passed over as illegible, the text said to begin with a menu (stop 52, captured)
        assertThat(KindCheck.textBegins(List.of("HomeBank", "File", "Edit", "View", "Manage", "Transactions")))
                .isEqualTo(" The text on it begins \"HomeBank\".");
        assertThat(KindCheck.textBegins(List.of("Sylpheed 3.8.0betal", "File Edit View", "Message")))
                .isEqualTo(" The text on it begins \"Sylpheed 3.8.0betal\".");
        assertThat(KindCheck.textBegins(List.of("Chess", "Game", "View"))).endsWith("\"Chess\".");
        // gThumb's folder, its name in the header bar and on the location's button (stop 52, captured)
        assertThat(KindCheck.textBegins(List.of("pics", "pics", "pics", "Organize", "hsperfdata_root")))
                .endsWith("\"pics\".");
        assertThat(KindCheck.textBegins(List.of("pics", "Open the file"))).endsWith("\"Open the file\".");
        assertThat(KindCheck.textBegins(List.of("a", "a", "Open the file"))).endsWith("\"Open the file\".");
        // a name is one where each of its capitals begins a known word; OCR's garble is none, nor further down
        assertThat(KindCheck.textBegins(List.of("ThbMcloe", "Xyzzy 2", "Manage"))).endsWith("\"Manage\".");
        assertThat(KindCheck.textBegins(List.of("42", "Sylpheed 3.8.0", "Manage"))).endsWith("\"Manage\".");
    }

    @Test
    void aDocumentsNameAboveAnOfficeApplicationsBarsBearsItsKindOut() {
        // AbiWord's "letter.txt" above its formatting toolbar (stop 48, captured): the title's kind from its bars
        AppTitles.Title byBars = new AppTitles.Title("a word processor", "letter.txt", true);
        assertThat(KindCheck.namesOffice("A word processor labelled \"Heavy rain.odt\".")).isTrue();
        assertThat(KindCheck.namesOffice("A text editor.")).isFalse();
        assertThat(KindCheck.confirmedByTitle("A word processor.", byBars, List::of)).isTrue();
        assertThat(KindCheck.confirmedByTitle("A word processor.", byBars)).as("without the office's check").isFalse();
        // a document's name alone, a text editor's by its ending, bears out no word processor
        assertThat(KindCheck.confirmedByTitle("A word processor.", new AppTitles.Title("a text editor", "letter.txt",
                true), List::of)).isFalse();
    }

    @Test
    void aFileComparisonToolSaysWhichTwoFilesItCompares() {
        // Meld's window, its two files' paths cut short above its panes (stop 48, captured)
        List<String> meld = List.of("0", "Meld", "Text Filters", ".../files/letter.txt", "../files/letter2.txt",
                "Dear Mr. Okafor,", "Dear Mr. Okafor,", "Version 2.0", "Ln 1, Col 1 v");
        assertThat(KindCheck.comparedOnScreen(meld, "A file comparison tool: its title is \"Meld\"."))
                .hasValue("It compares letter.txt and letter2.txt.");
        assertThat(KindCheck.comparedOnScreen(meld, "A text editor.")).isEmpty();
        assertThat(KindCheck.comparedOnScreen(List.of("Meld", "letter.txt", "Version 2.0"), "A file comparison tool."))
                .as("one file, and a version is no file").isEmpty();
    }

    @Test
    void aMessageBoxWithItsOkInFrontOfAWindowIsSaid() {
        // Ristretto's warning over its photo, as PP-OCR read it (stop 47, captured)
        List<String> ristretto = List.of("coffee.png - Image Viewer [15/40]", "File", "Edit", "View", "Go", "Help",
                "coffee.png", "600x400", "466.7kB 100.0%", "00", "The thumbnailer-service can not be reached,",
                "for this reason, the thumbnails can not be", "created.",
                "Install Tumbler or another thumbnailing daemon", "to resolve this issue.",
                "J Do not show this message again", "OK");
        String viewer = "An image viewer: its title is \"coffee.png - Image Viewer [15/40]\".";
        assertThat(KindCheck.dialogOnScreen(ristretto, viewer)).hasValue("A message on screen says \"The "
                + "thumbnailer-service can not be reached, for this reason, the thumbnails can\u2026\". Its button: "
                + "OK.");
        // not after a dialog said, nor a short line alone above "OK", nor a line that ends no sentence
        assertThat(KindCheck.dialogOnScreen(ristretto, "A dialog.")).isNotEqualTo(
                KindCheck.dialogOnScreen(ristretto, viewer));
        assertThat(KindCheck.dialogOnScreen(List.of("notes.txt - Mousepad", "File Edit", "Saved.", "OK"),
                "A text editor: its title is \"notes.txt - Mousepad\".")).isEmpty();
        assertThat(KindCheck.dialogOnScreen(List.of("Settings", "Choose how the clock shows the time of day", "OK"),
                "A settings window: its title is \"Settings\".")).isEmpty();
    }

    @Test
    void aMessageBoxWithARowOfButtonsInFrontOfAWindowIsSaidWhereItsKindIsNot() {
        // Transmission's agreement over its window, as PP-OCR read it (stop 48, captured)
        List<String> transmission = List.of("Transmission is a file sharing program. When you run a torrent, its data",
                "will be made available to others by means of upload. Any content you",
                "share is your sole responsibility.", "Cancel", "I Agree", "Show:", "All", "All", "0", "Ratio: None");
        String agreement = "A message on screen says \"Transmission is a file sharing program.\". Its buttons: Cancel, "
                + "I Agree.";
        assertThat(KindCheck.dialogOnScreen(transmission, "A web page.")).hasValue(agreement);
        // where the model's kind is contradicted, the message instead of where the text begins
        assertThat(KindCheck.unknownKind(transmission)).isEqualTo(agreement);
        assertThat(KindCheck.unknownKind(List.of("Public", "Documents", "Music"))).isEqualTo(KindCheck.UNKNOWN_KIND
                + " The text on it begins \"Public\".");
        // a row of buttons with no answer among them ("Next", "Back") is a page's, not a message box's
        assertThat(KindCheck.dialogOnScreen(List.of("Welcome to the setup of the program on this computer.",
                "It will take a few minutes to finish.", "Back", "Next"), "A web page.")).isEmpty();
        // the dialog, said: what it says, in its own words
        assertThat(KindCheck.says(transmission)).hasValue("A dialog says \"Transmission is a file sharing program. "
                + "When you run a torrent, its\u2026\".");
    }

    @Test
    void anUnsureDialogUnderADocumentsTitleWithNothingOfADialogIsTheDocumentsWindow() {
        // Eye of GNOME maximised, its properties panel beside the photo (stop 47, captured)
        List<String> eog = List.of("100% V", "astronaut.png", "Properties", "Size 512 \u00d7 512 pixels",
                "Type PNG image", "File Size 791.6 kB", "Folder data", "Aperture", "Exposure", "Camera", "Date");
        AppTitles.Title title = AppTitles.find(eog).orElseThrow();
        assertThat(KindCheck.documentNotDialog("Probably a dialog.", title, () -> eog)).isTrue();
        // a dialog's buttons or question, a title that names a type of dialog, a caption of another kind: no
        List<String> asked = new ArrayList<>(eog);
        asked.addAll(List.of("Save changes to astronaut.png before closing?", "Cancel", "Save"));
        assertThat(KindCheck.documentNotDialog("Probably a dialog.", title, () -> asked)).isFalse();
        assertThat(KindCheck.documentNotDialog("Probably an image viewer.", title, () -> eog)).isFalse();
        List<String> properties = List.of("astronaut.png Properties", "Size 512 \u00d7 512 pixels");
        assertThat(AppTitles.find(properties)).hasValueSatisfying(t -> assertThat(KindCheck.documentNotDialog(
                "Probably a dialog.", t, () -> properties)).isFalse());
    }
}
