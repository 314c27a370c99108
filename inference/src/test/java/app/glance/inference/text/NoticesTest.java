package app.glance.inference.text;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A notification's toast and a notice of a key or a setting, by their own lines (written down at stop 44). */
class NoticesTest {

    @Test
    void aToastNamesItsApplicationAndSaysItsMessage() {
        assertThat(Notices.shown(List.of("Outlook", "Ann Lee", "Budget review for Q3", "Hi team, please look at the "
                + "numbers before Friday"))).hasValue("A notification from Outlook: \"Ann Lee\", \"Budget review for "
                + "Q3\" and \"Hi team, please look at the numbers before Friday\".");
        // Teams' box to reply is no part of the message
        assertThat(Notices.shown(List.of("Microsoft Teams", "Ann Lee", "Are you joining the standup?",
                "Send a quick reply"))).hasValue("A notification from Microsoft Teams: \"Ann Lee\" and \"Are you "
                + "joining the standup?\".");
        // how long ago, on a line of its own or beside the application's name
        assertThat(Notices.shown(List.of("Messages", "now", "Ann Lee", "Are you coming?")))
                .hasValue("A notification from Messages: \"Ann Lee\" and \"Are you coming?\".");
        assertThat(Notices.shown(List.of("Thunderbird \u00b7 Just now", "Ann Lee", "Budget review for Q3")))
                .hasValue("A notification from Thunderbird: \"Ann Lee\" and \"Budget review for Q3\".");
        // a web page's notification: the site's address unsaid; Windows' glyphs for its menu and its close button
        assertThat(Notices.shown(List.of("Google Chrome", "...", "X", "Ann Lee", "New message: lunch at 12?",
                "mail.google.com"))).hasValue("A notification from Google Chrome: \"Ann Lee\" and \"New message: "
                + "lunch at 12?\".");
    }

    @Test
    void aToastWithoutItsApplicationsNameIsKnownByHowLongAgoOrASystemsHeading() {
        assertThat(Notices.shown(List.of("Ann Lee", "Budget review for Q3", "just now")))
                .hasValue("A notification: \"Ann Lee\" and \"Budget review for Q3\".");
        assertThat(Notices.shown(List.of("Low Battery", "Your Mac will sleep soon unless plugged into a power "
                + "outlet."))).hasValue("A notification: \"Low Battery\" and \"Your Mac will sleep soon unless plugged "
                + "into a power outlet.\".");
        // its choices, where it offers some
        assertThat(Notices.shown(List.of("Windows Update", "Restart required", "Your device will restart outside of "
                + "active hours.", "Restart now", "Dismiss"))).hasValue("A notification from Windows Update: "
                + "\"Restart required\" and \"Your device will restart outside of active hours.\". Its choices: "
                + "Restart now.");
    }

    @Test
    void listsAndWindowsThatNameAnApplicationAreNoToasts() {
        // a mail client's folders under its name: no sentence of a message, no mark of a toast
        assertThat(Notices.toast(List.of("Mail", "Inbox", "Sent", "Drafts"))).isEmpty();
        // a calendar's views: more lines than a toast's message
        assertThat(Notices.toast(List.of("Calendar", "Day", "Week", "Month", "Year", "Today"))).isEmpty();
        // a document's name as its title, whatever "now" it holds
        assertThat(Notices.toast(List.of("notes.txt", "Ann Lee", "now", "Budget review for Q3"))).isEmpty();
        // a list of mails: more lines than a toast
        assertThat(Notices.toast(List.of("Inbox", "Ann Lee", "Budget review for Q3", "10:42", "Bob Smith",
                "Lunch on Friday?", "09:15", "Carol White", "Re: invoice 1043"))).isEmpty();
        // a chat's list of conversations under its name, a time beside each
        assertThat(Notices.toast(List.of("Messages", "Ann Lee", "Are you coming to the party tonight?", "Yesterday")))
                .isEmpty();
        // a call's toast is a call
        assertThat(Notices.shown(List.of("Teams", "Ann Lee", "Incoming call", "Accept", "Decline"))).isEmpty();
        // a browser's page for no connection
        assertThat(Notices.shown(List.of("No internet", "Try:", "Checking the network cables, modem, and router",
                "Reconnecting to Wi-Fi", "ERR_INTERNET_DISCONNECTED"))).isEmpty();
    }

    @Test
    void aNoticeOfAKeyOrASettingIsSaidWhereItIsAllOfTheText() {
        assertThat(Notices.shown(List.of("Caps Lock is on"))).hasValue("An on-screen notice: \"Caps Lock is on\".");
        assertThat(Notices.shown(List.of("Volume", "45"))).hasValue("An on-screen notice: \"Volume 45\".");
        assertThat(Notices.shown(List.of("Brightness 60%"))).hasValue("An on-screen notice: \"Brightness 60%\".");
        assertThat(Notices.shown(List.of("Airplane mode on"))).hasValue("An on-screen notice: \"Airplane mode on\".");
        assertThat(Notices.shown(List.of("Microphone muted"))).hasValue("An on-screen notice: \"Microphone muted\".");
        // a setting's name over its switch, a dialog's heading over its message, a sentence that names the key
        assertThat(Notices.shown(List.of("Bluetooth", "Off"))).isEmpty();
        assertThat(Notices.shown(List.of("Volume", "Set the volume level"))).isEmpty();
        assertThat(Notices.shown(List.of("Caps Lock is on when the light is lit. Press it again to turn it off."
                ))).isEmpty();
    }

    @Test
    void aToastAmongAWindowsTextIsAddedAfterWhatWasSaid() {
        // GNOME's banner over a document: its application beside how long ago, then its sender and its title
        List<String> screen = List.of("report.docx - Word", "File", "Home", "Quarterly report", "Page 1 of 3",
                "Thunderbird \u00b7 now", "Ann Lee", "Budget review for Q3", "Sales rose by ten percent.");
        assertThat(Notices.onScreen(screen, "A word processor.")).hasValue("It shows a notification from "
                + "Thunderbird: \"Ann Lee\" and \"Budget review for Q3\".");
        // Teams' toast over a browser: its box to reply ends it
        assertThat(Notices.onScreen(List.of("Inbox - Gmail - Google Chrome", "Compose", "Microsoft Teams", "Ann Lee",
                "Are you joining the standup?", "Send a quick reply", "Bob Smith"), "A web browser showing \"Inbox - "
                + "Gmail\".")).hasValue("It shows a notification from Microsoft Teams: \"Ann Lee\" and \"Are you "
                + "joining the standup?\".");
        // a warning that Caps Lock is on, below a password (Chromium's sign-in page, stop 44, captured)
        assertThat(Notices.onScreen(List.of("Sign in", "Email", "ann@example.com", "Password", "Caps Lock is on",
                "Sign in", "Forgot password?"), "A web browser showing \"Sign in\".")).hasValue("It says \"Caps Lock "
                + "is on\".");
        assertThat(Notices.onScreen(List.of("Caps Lock is on when the light is lit."), "A text editor.")).isEmpty();
        // applications' names in a settings list, with neither mark; a toast already said
        assertThat(Notices.onScreen(List.of("Settings", "Notifications", "Outlook", "On", "Microsoft Teams", "On",
                "Slack", "Off"), "A settings window.")).isEmpty();
        assertThat(Notices.onScreen(List.of("Thunderbird \u00b7 now", "Ann Lee", "Budget review for Q3"),
                "A notification from Thunderbird: \"Ann Lee\" and \"Budget review for Q3\".")).isEmpty();
    }

    @Test
    void aToastAloneOnAnEmptyScreenSaysWhereItIsAndJoinsItsWrappedLines() {
        int[] px = new int[1366 * 768];
        Arrays.fill(px, 0x3A6EA5);
        Palette plain = Palette.of(new RgbImage(1366, 768, px));
        // Xfce's toast, captured at stop 44: its sender, then its message wrapped onto a second line
        List<TextLine> xfce = List.of(new TextLine("Ann Lee", 0.9f, 1012, 32, 58, 13),
                new TextLine("Budget review for Q3: please look at the numbers", 0.9f, 1012, 48, 324, 14),
                new TextLine("before Friday", 0.9f, 1012, 65, 86, 14));
        assertThat(Notices.alone(xfce, 1366, 768, plain)).hasValue("A notification at the top right of an empty "
                + "screen: \"Ann Lee\" and \"Budget review for Q3: please look at the numbers before Friday\".");
        // an application's name first, at the bottom right
        List<TextLine> slack = List.of(new TextLine("Slack", 0.9f, 1100, 650, 40, 13),
                new TextLine("Ann Lee", 0.9f, 1100, 670, 58, 13), new TextLine("are you coming?", 0.9f, 1100, 690, 110,
                        13));
        assertThat(Notices.alone(slack, 1366, 768, plain)).hasValue("A notification from Slack at the bottom right of "
                + "an empty screen: \"Ann Lee\" and \"are you coming?\".");
        // two toasts stacked, a gap wider than a line between them (Xfce's, captured at stop 44)
        List<TextLine> two = List.of(xfce.get(0), xfce.get(1), xfce.get(2),
                new TextLine("Bob Smith", 0.9f, 1227, 127, 78, 13), new TextLine("Lunch on Friday?", 0.9f, 1227, 145,
                        108, 14));
        assertThat(Notices.alone(two, 1366, 768, plain)).hasValue("2 notifications at the top right of an empty "
                + "screen: \"Ann Lee\" and \"Budget review for Q3: please look at the numbers before Friday\"; then "
                + "\"Bob Smith\" and \"Lunch on Friday?\".");
        assertThat(KindCheck.corrects(Notices.alone(two, 1366, 768, plain).orElseThrow())).isTrue();
        assertThat(KindCheck.corrects(Notices.alone(slack, 1366, 768, plain).orElseThrow())).isTrue();
        assertThat(KindCheck.corrects("An on-screen notice: \"Caps Lock is on\".")).isTrue();
        // a small window's text: xterm's at the top left (real_check, stop 44), the same at the top right, a dialog's
        List<TextLine> xterm = List.of(new TextLine("xterm", 0.9f, 200, 4, 40, 12),
                new TextLine("$ ls -1", 0.9f, 4, 24, 60, 12), new TextLine("busy-workshop.odt", 0.9f, 4, 40, 140, 12));
        assertThat(Notices.alone(xterm, 1366, 768, plain)).isEmpty();
        List<TextLine> right = xterm.stream().map(l -> new TextLine(l.text(), 0.9f, l.x() + 1000, l.y(), l.width(),
                l.height())).toList();
        assertThat(Notices.alone(right, 1366, 768, plain)).isEmpty();
        assertThat(Notices.alone(List.of(new TextLine("Delete the file?", 0.9f, 1100, 40, 120, 13),
                new TextLine("Cancel", 0.9f, 1100, 70, 50, 13), new TextLine("Delete", 0.9f, 1170, 70, 50, 13)), 1366,
                768, plain)).isEmpty();
        // a small picture (a region), a box as wide as half the screen, a screen of many colours
        assertThat(Notices.alone(slack, 700, 768, plain)).isEmpty();
        assertThat(Notices.alone(List.of(new TextLine("Ann Lee", 0.9f, 600, 32, 700, 13)), 1366, 768, plain))
                .isEmpty();
        int[] stripes = new int[1366 * 768];
        for (int k = 0; k < stripes.length; k++) {
            stripes[k] = new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00}[k / 1366 / 192];
        }
        assertThat(Notices.alone(slack, 1366, 768, Palette.of(new RgbImage(1366, 768, stripes)))).isEmpty();
    }

    @Test
    void aToastOverAWindowIsSaidAfterItAndIsNoneOfTheWindowsText() {
        // Xfce's toast over Mousepad and dunst's over xterm, captured at stop 44 (boxes as OCR read them)
        List<TextLine> mousepad = List.of(new TextLine("/tmp/s45/list.txt-Mousepad", 0.9f, 593, 134, 180, 13),
                new TextLine("FileEd it Search View Document Help", 0.9f, 371, 157, 300, 13),
                new TextLine("Warning: you are using the root account.", 0.9f, 458, 181, 450, 13),
                new TextLine("Shopping list", 0.9f, 366, 205, 117, 14), new TextLine("milk", 0.9f, 366, 223, 36, 14),
                new TextLine("Ann Lee", 0.9f, 1012, 32, 58, 13),
                new TextLine("Budget review for Q3: please look at the numbers", 0.9f, 1012, 48, 324, 14),
                new TextLine("before Friday", 0.9f, 1012, 65, 86, 14));
        assertThat(Notices.overWindowOnScreen(mousepad, 1366, 768, "A text editor.")).hasValue("It shows a "
                + "notification at the top right: \"Ann Lee\" and \"Budget review for Q3: please look at the numbers "
                + "before Friday\".");
        assertThat(Notices.withoutToast(mousepad, 1366, 768)).extracting(TextLine::text).containsExactly(
                "/tmp/s45/list.txt-Mousepad", "FileEd it Search View Document Help",
                "Warning: you are using the root account.", "Shopping list", "milk");
        List<TextLine> xterm = List.of(new TextLine("Ann Lee", 0.9f, 1048, 64, 48, 12),
                new TextLine("Are you coming to lunch today?", 0.9f, 1048, 78, 210, 12),
                new TextLine("xterm", 0.9f, 664, 216, 37, 12), new TextLine("root@vm:/tmp#", 0.9f, 442, 236, 105, 12));
        assertThat(Notices.withoutToast(xterm, 1366, 768)).extracting(TextLine::text)
                .containsExactly("xterm", "root@vm:/tmp#");
        // an application's name first, at the bottom right
        List<TextLine> slack = List.of(new TextLine("Slack", 0.9f, 1100, 650, 40, 13),
                new TextLine("Ann Lee: are you coming to the demo?", 0.9f, 1100, 668, 240, 13),
                new TextLine("xterm", 0.9f, 664, 216, 37, 12), new TextLine("root@vm:/tmp#", 0.9f, 442, 236, 105, 12));
        assertThat(Notices.overWindowOnScreen(slack, 1366, 768, "A terminal.")).hasValue("It shows a notification "
                + "from Slack at the bottom right: \"Ann Lee: are you coming to the demo?\".");
        // not after a toast already said
        assertThat(Notices.overWindowOnScreen(xterm, 1366, 768, "A notification from Slack: \"Ann Lee\".")).isEmpty();
    }

    @Test
    void aColumnOfATableIsNoToast() {
        // a list of files in columns near the top, its types between its dates and its sizes, as OCR read a page made
        // like Explorer (stop 50: "a notification at the top: "Type", "File folder" and ...")
        List<TextLine> table = List.of(
                new TextLine("Documents", 0.9f, 10, 8, 71, 17),
                new TextLine("This PC > Documents", 0.9f, 10, 36, 132, 18),
                new TextLine("Quick access", 0.9f, 8, 73, 83, 21), new TextLine("Name", 0.9f, 212, 78, 41, 18),
                new TextLine("Date modified", 0.9f, 483, 79, 85, 15), new TextLine("Type", 0.9f, 661, 77, 37, 21),
                new TextLine("Size", 0.9f, 872, 78, 32, 19), new TextLine("Desktop", 0.9f, 6, 101, 56, 22),
                new TextLine("Projects", 0.9f, 212, 111, 54, 19),
                new TextLine("12/2/2026 9:40 AM", 0.9f, 482, 112, 116, 17),
                new TextLine("File folder", 0.9f, 663, 112, 63, 17), new TextLine("Downloads", 0.9f, 8, 131, 69, 17),
                new TextLine("Budget 2026", 0.9f, 213, 145, 79, 17),
                new TextLine("12/1/2026 4:12 PM", 0.9f, 482, 145, 117, 17),
                new TextLine("Microsoft Excel Work sheet", 0.9f, 662, 145, 161, 17),
                new TextLine("24 KB", 0.9f, 872, 143, 43, 21), new TextLine("Documents", 0.9f, 8, 159, 71, 17),
                new TextLine("Pictures", 0.9f, 7, 186, 54, 19), new TextLine("Letter to Ann", 0.9f, 212, 179, 80, 17),
                new TextLine("11/28/2026 9:03 AM", 0.9f, 482, 179, 122, 17),
                new TextLine("Microsoft Word Document", 0.9f, 662, 179, 157, 17),
                new TextLine("18 KB", 0.9f, 871, 178, 43, 18), new TextLine("This PC", 0.9f, 7, 214, 53, 19),
                new TextLine("Tax return", 0.9f, 214, 213, 63, 17),
                new TextLine("10/3/20262:20 PM", 0.9f, 484, 214, 114, 15),
                new TextLine("PDF Document", 0.9f, 663, 214, 94, 15), new TextLine("310 KB", 0.9f, 872, 212, 50, 19),
                new TextLine("4 items", 0.9f, 9, 747, 49, 19));
        assertThat(Notices.overWindow(table, 1366, 768)).isEmpty();
    }

    @Test
    void onesOwnMessageAtTheRightOfAChatIsNoToast() {
        // as OCR read a page made like Slack (stop 50: "a notification at the bottom right")
        List<TextLine> chat = List.of(new TextLine("AcmeTeam", 0.9f, 14, 22, 79, 15),
                new TextLine("# general", 0.9f, 11, 48, 65, 19), new TextLine("# design", 0.9f, 9, 74, 62, 22),
                new TextLine("Ann Lee", 0.9f, 11, 131, 59, 19), new TextLine("# design", 0.9f, 303, 9, 67, 24),
                new TextLine("Tom Osei 10:17 AM", 0.9f, 306, 61, 123, 18),
                new TextLine("Can someone share the latest icon set?", 0.9f, 307, 77, 250, 18),
                new TextLine("Message #design", 0.9f, 318, 718, 117, 22),
                new TextLine("Bob Smith 10:30 AM", 0.9f, 1045, 646, 129, 18),
                new TextLine("Thanks both, that looks great to me", 0.9f, 1045, 663, 224, 18));
        assertThat(Notices.overWindow(chat, 1366, 768)).isEmpty();
        // without the chat's box to write in, the same block is a toast
        assertThat(Notices.overWindow(chat.stream().filter(l -> !l.text().startsWith("Message")).toList(), 1366, 768))
                .isPresent();
    }

    @Test
    void textInAWindowsCornerIsNoToast() {
        List<TextLine> window = List.of(new TextLine("xterm", 0.9f, 664, 216, 37, 12),
                new TextLine("root@vm:/tmp#", 0.9f, 442, 236, 105, 12));
        // a page's text beside the block: not apart from the rest
        List<TextLine> page = new ArrayList<>(window);
        page.addAll(List.of(new TextLine("Ann Lee", 0.9f, 1048, 64, 48, 12),
                new TextLine("Are you coming to lunch today?", 0.9f, 1048, 78, 210, 12),
                new TextLine("Sign in to see your messages", 0.9f, 830, 78, 200, 12)));
        assertThat(Notices.overWindow(page, 1366, 768)).isEmpty();
        // a letter's address at the top right: no line of four words or more
        List<TextLine> letter = new ArrayList<>(window);
        letter.addAll(List.of(new TextLine("Ann Lee", 0.9f, 1048, 64, 48, 12),
                new TextLine("12 High Street", 0.9f, 1048, 78, 100, 12), new TextLine("London", 0.9f, 1048, 92, 50,
                        12)));
        assertThat(Notices.overWindow(letter, 1366, 768)).isEmpty();
        // a small dialog with its buttons, a small terminal, a window's title: windows, not toasts
        List<TextLine> dialog = new ArrayList<>(window);
        dialog.addAll(List.of(new TextLine("Delete the file for good?", 0.9f, 1048, 64, 160, 12),
                new TextLine("Cancel", 0.9f, 1048, 84, 50, 12), new TextLine("Delete", 0.9f, 1110, 84, 50, 12)));
        assertThat(Notices.overWindow(dialog, 1366, 768)).isEmpty();
        List<TextLine> titled = new ArrayList<>(window);
        titled.addAll(List.of(new TextLine("notes.txt - Mousepad", 0.9f, 1048, 64, 140, 12),
                new TextLine("Buy milk and bread on the way home", 0.9f, 1048, 84, 230, 12)));
        assertThat(Notices.overWindow(titled, 1366, 768)).isEmpty();
        // at the top left (a window's place), in the middle of the screen, on a small picture
        List<TextLine> left = new ArrayList<>(window);
        left.addAll(List.of(new TextLine("Ann Lee", 0.9f, 20, 64, 48, 12),
                new TextLine("Are you coming to lunch today?", 0.9f, 20, 78, 210, 12)));
        assertThat(Notices.overWindow(left, 1366, 768)).isEmpty();
        List<TextLine> middle = new ArrayList<>(window);
        middle.addAll(List.of(new TextLine("Ann Lee", 0.9f, 1048, 364, 48, 12),
                new TextLine("Are you coming to lunch today?", 0.9f, 1048, 378, 210, 12)));
        assertThat(Notices.overWindow(middle, 1366, 768)).isEmpty();
        // a document's first lines a quarter down the screen, below its viewer's title (Evince, stop 47, captured)
        List<TextLine> evince = List.of(new TextLine("notes.pdf", 0.96f, 586, 97, 76, 19),
                new TextLine("73.4%", 0.98f, 695, 98, 44, 16),
                new TextLine("Shopping list for Saturday", 0.94f, 446, 192, 157, 15),
                new TextLine("-Oat milk,two cartons", 0.85f, 449, 214, 137, 15),
                new TextLine("- Sourdough, bread", 0.95f, 447, 226, 105, 13),
                new TextLine("- Apples (6)", 0.92f, 446, 236, 75, 15),
                new TextLine("- Coffee beans, medium roast", 0.93f, 448, 249, 166, 12),
                new TextLine("Call Grandma about the birthday dinner on the 14th.", 0.93f, 446, 269, 302, 15),
                new TextLine("Return Library books: \"The Overstory\" and \"Braiding Sweetgrass\".", 0.92f, 446, 281,
                        378, 15));
        assertThat(Notices.overWindow(evince, 1366, 768)).isEmpty();
        List<TextLine> small = new ArrayList<>(window);
        small.addAll(List.of(new TextLine("Ann Lee", 0.9f, 548, 64, 48, 12),
                new TextLine("Are you coming to lunch today?", 0.9f, 548, 78, 210, 12)));
        assertThat(Notices.overWindow(small, 760, 560)).isEmpty();
        // at the middle of the bottom edge, where no system puts one: a calendar's event (stop 46, captured)
        List<TextLine> event = new ArrayList<>(window);
        event.addAll(List.of(new TextLine("Design review", 0.9f, 755, 531, 87, 17),
                new TextLine("2 - 4pm", 0.9f, 754, 545, 53, 20),
                new TextLine("Atlas room + video call", 0.9f, 756, 561, 105, 15)));
        assertThat(Notices.overWindow(event, 1366, 768)).isEmpty();
        // nor a calendar's event at the bottom right: its grid's weekdays and hours are read
        List<TextLine> calendar = new ArrayList<>(window);
        int x = 100;
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "8 AM", "9 AM", "10 AM")) {
            calendar.add(new TextLine(day, 0.9f, x, 250, 30, 12));
            x += 60;
        }
        List<TextLine> block = List.of(new TextLine("Drinks with the team", 0.9f, 1100, 650, 112, 13),
                new TextLine("Are you coming to the pub after work?", 0.9f, 1100, 668, 240, 13));
        calendar.addAll(block);
        assertThat(Notices.overWindow(calendar, 1366, 768)).isEmpty();
        List<TextLine> noGrid = new ArrayList<>(window);
        noGrid.addAll(block);
        assertThat(Notices.overWindow(noGrid, 1366, 768)).isPresent();
    }

    @Test
    void aReminderIsSaidWithItsEventWhenItStartsAndItsButtons() {
        // Outlook's, written down at stop 44: "A dialog. The text on it begins "1 Reminder"."
        assertThat(Notices.shown(List.of("1 Reminder", "Team standup", "Start: Tuesday, December 2, 2026 10:00 AM",
                "Location: Teams Meeting", "Join Online", "Dismiss All", "Snooze", "Dismiss")))
                .hasValue("A reminder: \"Team standup\", starting Tuesday, December 2, 2026 10:00 AM. Its buttons: "
                        + "Join Online, Dismiss All, Snooze, Dismiss.");
        assertThat(KindCheck.corrects("A reminder: \"Team standup\". Its buttons: Snooze.")).isTrue();
        // a settings page's "Reminders" with no button to snooze or dismiss
        assertThat(Notices.reminder(List.of("Calendar settings", "Reminders", "Default reminder", "15 minutes before")))
                .isEmpty();
    }

    @Test
    void aBarThatSaysTheScreenIsSharedIsSaidWithItsButton() {
        // Chromium's bar alone, and Zoom's over Notepad (written down at stop 44)
        assertThat(Notices.shown(List.of("meet.google.com is sharing your screen.", "Stop sharing", "Hide")))
                .hasValue("A notice that the screen is being shared: \"meet.google.com is sharing your screen\". Its "
                        + "button: Stop sharing.");
        List<String> zoom = List.of("You are screen sharing", "Stop Share", "notes.txt - Notepad", "File Edit View",
                "Buy milk");
        assertThat(Notices.shown(zoom)).isEmpty();
        assertThat(Notices.onScreen(zoom, "A text editor.")).hasValue("It shows a notice that the screen is being "
                + "shared: \"You are screen sharing\". Its button: Stop Share.");
        // a help page about sharing, with no button to stop
        assertThat(Notices.onScreen(List.of("Help", "You are sharing your screen when the icon is green.",
                "Learn more"), "A web page.")).isEmpty();
    }
}
