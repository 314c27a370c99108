package app.glance.inference.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web applications known by their own lines, as PP-OCR read them from pages captured in Chromium under Xvfb at stop 46
 * (cut to the lines that matter, in the reading order Glance gave them), and lines that look like them but are not.
 */
class WebAppsTest {

    @Test
    void aVideoCallIsItsButtonToLeaveBesideItsMicrophoneAndCamera() {
        List<String> call = List.of("Weekly sync", "Recording -12:34", "Olivia Chen 10:03",
                "Sorry, my mic is playing up - I'll type.", "Send a message", "O Mic", "Camera", "\u2191 Share",
                "Raise hand", "Leave");
        assertThat(WebApps.shown(call)).hasValue("A video call, being recorded.");
        assertThat(WebApps.shown(call.stream().filter(l -> !l.startsWith("Recording")).toList()))
                .hasValue("A video call.");
        // a page that only mentions a camera and leaving is none (a shop's product page)
        assertThat(WebApps.shown(List.of("Webcam HD 1080p", "Camera", "Microphone built in",
                "Leave a review"))).isEmpty();
    }

    @Test
    void aChatIsItsBoxToWriteInWithTheLastMessageAboveIt() {
        List<String> chat = List.of("Bright line Studio", "# design ~", "Priya Raman 9:14 AM", "PR",
                "Morning all! Had a look at v4 - the progress bar is a big improvement.", "Tom Osei 10:17 AM", "TO",
                "Can someone share the latest icon set? I need the outline versions for the settings page.",
                "Add coworkers", "Never mind, found it in Files :)", "</>", "Message #design");
        assertThat(WebApps.shown(chat)).hasValue("A chat, \"#design\". The last message is from Tom Osei at 10:17 AM: "
                + "\"Can someone share the latest icon set? I need the outline versions\u2026\".");
        // a box to write to a person; one's own message; no sender read
        assertThat(WebApps.shown(List.of("Ann Lee", "You 10:11", "Sure, see you at noon.", "Message Ann Lee")))
                .hasValue("A chat, \"Ann Lee\". The last message is from you at 10:11: \"Sure, see you at noon.\".");
        assertThat(WebApps.shown(List.of("Chats", "Family", "Type a message"))).hasValue("A chat.");
        // zoomed in, the box below the window's edge: senders with their times (not a mail list's subjects)
        List<String> zoomed = List.of("# design ~", "MarcusLee 4:52PM", "Pushed the updated onboarding flow",
                "Priya Raman 9:14AM", "Morning all! Had a look at v4", "Marcus Lee 9:33 AM",
                "Good catch @Sarah Jones, I'll add a breakpoint");
        assertThat(WebApps.shown(zoomed)).hasValue("A chat. The last message on screen is from Marcus Lee at 9:33 AM: "
                + "\"Good catch @Sarah Jones, I'll add a breakpoint\".");
        assertThat(WebApps.shown(List.of("Inbox", "Team Meeting 10:41 AM", "Budget Review 9:30 AM",
                "Weekly Report 9:02 AM"))).isEmpty();
        // one's own last message at the right, read after the box (a page made like Slack, stop 50)
        assertThat(WebApps.shown(List.of("# design", "Tom Osei 10:17 AM", "Can someone share the latest icon set?",
                "Message #design", "Bob Smith 10:30 AM", "Thanks both, that looks great to me"))).hasValue("A chat, "
                + "\"#design\". The last message is from Bob Smith at 10:30 AM: \"Thanks both, that looks great to "
                + "me\".");
        // "Message" as a field's label or a page's heading is no box to write in
        assertThat(WebApps.shown(List.of("Contact us", "Name", "Email", "Message", "Send"))).isEmpty();
        assertThat(WebApps.shown(List.of("Inbox", "Message sent", "Undo"))).isEmpty();
    }

    @Test
    void anInboxIsItsFoldersWithItsButtonToWrite() {
        List<String> inbox = List.of("Postly", "Q Search mail", "Compose", "Primary", "Inbox", "23", "Starred",
                "Daniel Okafor", "Re: Q4 budget review - final numbers - Hi Sarah, I've gone through the revised "
                        + "spreadsheet", "10:42 AM", "Snoozed", "Sent", "Drafts");
        assertThat(WebApps.shown(inbox)).hasValue("A mail inbox, 23 unread. The first message is from Daniel Okafor: "
                + "\"Re: Q4 budget review\".");
        // the count on the inbox's line; no message whose sender, subject and time are lines in a row
        assertThat(WebApps.shown(List.of("New mail", "Inbox (4)", "Sent Items", "Bob Smith", "Lunch on Friday?")))
                .hasValue("A mail inbox, 4 unread.");
        assertThat(WebApps.shown(List.of("Compose", "Inbox", "1,204", "Sent"))).hasValue("A mail inbox, 1,204 unread.");
        // zoomed in, the times past the window's edge: two senders above their subjects
        assertThat(WebApps.shown(List.of("Compose", "Inbox", "23", "Daniel Okafor", "Re: Q4 budget review - final "
                + "numbers - Hi Sarah, I've", "Snoozed", "Emma Whitfield", "Dinner on Saturday? - We're thinking of",
                "Sent"))).hasValue("A mail inbox, 23 unread. The first message is from Daniel Okafor: \"Re: Q4 budget "
                + "review\".");
        assertThat(WebApps.shown(List.of("Compose", "Inbox", "Daniel Okafor", "Re: Q4 budget review - final numbers",
                "Sent"))).hasValue("A mail inbox.");
        // a mail being read, its recipients' line "to me" below its sender, beside the folders: the mail, not the inbox
        List<String> open = List.of("Compose", "Inbox", "Sent", "Your verification code Inbox x",
                "Example Accounts <no-reply@accounts.example.com>", "10:42 AM (2 minutes ago)", "to me",
                "Your verification code is 482913. It expires in 10 minutes.");
        assertThat(WebApps.shown(open)).hasValue("A mail, \"Your verification code\", from Example Accounts. It begins "
                + "\"Your verification code is 482913. It expires in 10 minutes.\".");
        assertThat(WebApps.inApplication(List.of("Lunch on Friday?", "bob@example.com", "To: You", "Are you free?"),
                "A mail client.")).hasValue("It shows a mail, \"Lunch on Friday?\", from bob@example.com. It begins "
                + "\"Are you free?\".");
        // the sidebar's folders read between the sender and "to me" (a page made like Gmail, stop 50)
        assertThat(WebApps.shown(List.of("Compose", "Your verification code Inbox x",
                "Example Accounts<no-reply@accounts.example.com>", "10:42 AM (2 minutes ago)", "Inbox", "3", "to me *",
                "Starred", "Sent", "Your verification code is 482913."))).hasValue("A mail, \"Your verification "
                + "code\", from Example Accounts. It begins \"Your verification code is 482913.\".");
        // in dark mode the label is read as a line of its own, and the subject's words with spaces inside
        assertThat(WebApps.shown(List.of("Compose", "Your verif i cat i on code", "Inbox x",
                "ExampleAccounts<no-reply@accounts.example.com>", "10:42 AM (2 minutes ago)", "Inbox", "to me",
                "Your verification code is 482913."))).hasValue("A mail, \"Your verif i cat i on code\", from "
                + "ExampleAccounts. It begins \"Your verification code is 482913.\".");
        // "to me" with no sender's address above it is no mail's
        assertThat(WebApps.shown(List.of("Notes", "Reminder", "to me", "Buy milk and eggs today"))).isEmpty();
        // folders without a button to write: a file manager's folder named Inbox
        assertThat(WebApps.shown(List.of("Home", "Inbox", "Sent", "Drafts", "report.pdf"))).isEmpty();
    }

    @Test
    void aCalendarIsItsWeekdaysWithItsHoursOrItsMonth() {
        List<String> week = List.of("Calendar", "Today", "December 2026", "MON", "TUE", "WED", "THU", "FRI", "SAT",
                "SUN", "8 AM", "9 AM", "Weekly sync", "10 AM", "Design review", "2 - 4pm");
        assertThat(WebApps.shown(week)).hasValue("A calendar, December 2026.");
        assertThat(WebApps.shown(List.of("Mon 30", "Tue 1", "Wed 2", "Thu 3", "Fri 4", "9:00", "10:00", "11:00")))
                .hasValue("A calendar.");
        // zoomed in: four days with the hours and the month (the mini calendar's letters are no days' names)
        assertThat(WebApps.shown(List.of("Calendar", "Today", "December 2026", "M", "T", "W", "MON", "TUE", "WED",
                "THU", "8 AM", "9 AM", "10 AM"))).hasValue("A calendar, December 2026.");
        assertThat(WebApps.shown(List.of("December 2026", "MON", "TUE", "WED", "THU", "Gym"))).isEmpty();
        // a forecast's days with no hours of a grid
        assertThat(WebApps.shown(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sunny", "Cloudy"))).isEmpty();
    }

    @Test
    void aSignInPageIsItsHeadingAboveItsFieldsForAnAccountAndAPassword() {
        List<String> page = List.of("Lumora", "Sign in", "Welcome back! Please enter your details.", "Email address",
                "sarah.jones@brightline.studio", "Password", "Enter your password", "Forgot password?", "Sign in");
        assertThat(WebApps.shown(page)).hasValue("A sign-in page, asking for the email address and the password.");
        assertThat(WebApps.shown(List.of("Sign in to GitHub", "Username or email address", "Password",
                "Sign in"))).hasValue("A sign-in page, \"Sign in to GitHub\", asking for the username or email "
                + "address and the password.");
        // the browser's own offer to sign in is no page's heading; a password alone is a settings page's
        assertThat(WebApps.shown(List.of("Sign in to Chromium?", "Email", "Password"))).isEmpty();
        assertThat(WebApps.shown(List.of("Security", "Password", "Change password", "Email"))).isEmpty();
    }

    @Test
    void aSpreadsheetAndADocumentAreTheirToolbars() {
        List<String> sheet = List.of("Budget 2027 \u2606", "File", "Edit", "View Insert", "Format", "Data", "E2",
                "=SUM(B2:D2)", "A", "B", "D", "E", "F", "Month", "Rent");
        assertThat(WebApps.shown(sheet)).hasValue("A spreadsheet.");
        List<String> doc = List.of("Q4 planning notes", "File Edit View Insert Format Tools Extensions Help",
                "100%", "Normal text", "Arial", "1. Where we are");
        assertThat(WebApps.shown(doc)).hasValue("A document being written.");
        // menus without a paragraph's style (an image editor's), letters without a formula bar (a keyboard's keys)
        assertThat(WebApps.shown(List.of("File Edit View Insert Format", "Layers", "Brush"))).isEmpty();
        assertThat(WebApps.shown(List.of("Q", "W", "E", "R", "T", "Y"))).isEmpty();
    }

    @Test
    void aBasketIsItsHeadingWithItsButtonToCheckOut() {
        List<String> basket = List.of("basketful", "Sign in", "Basket", "Home > Basket", "Your basket (3 items)",
                "Order summary", "Subtotal (3 items)", "84.97", "Delivery", "FREE", "Total", "84.97", "Checkout");
        assertThat(WebApps.shown(basket)).hasValue("A shopping basket with 3 items, total 84.97.");
        assertThat(WebApps.shown(List.of("Shopping cart", "Total: $19.98", "Proceed to checkout")))
                .hasValue("A shopping basket, total $19.98.");
        // zoomed in, the button below the window's edge: the heading's count of items
        assertThat(WebApps.shown(List.of("basketful", "Home>Basket", "Your basket (3 items)", "24.99", "Remove")))
                .hasValue("A shopping basket with 3 items.");
        // a shop's name with "basket" in it, and no button to check out
        assertThat(WebApps.shown(List.of("Basketful", "Christmas Sale", "Add to basket"))).isEmpty();
    }

    @Test
    void aWeatherForecastIsATemperatureWithItsCondition() {
        List<String> weather = List.of("Leeds", "7-day forecast", "8\u00b0/3\u00b0", "Today", "3\u00b0",
                "8\u00b0", "7\u00b0C", "Light rain", "Feels like 4\u00b0");
        assertThat(WebApps.shown(weather)).hasValue("A weather forecast: 7\u00b0C, light rain.");
        assertThat(WebApps.shown(List.of("Oslo", "3\u00b0", "-2 \u00b0C", "Feels like -6\u00b0")))
                .hasValue("A weather forecast: -2\u00b0C.");
        // an oven's temperature is no forecast
        assertThat(WebApps.shown(List.of("Bake at", "180\u00b0C", "for 25 minutes"))).isEmpty();
    }

    @Test
    void afterAnApplicationOfTheSameKindWhatOnlyItsLinesShowIsAdded() {
        List<String> slack = List.of("Slack", "Channels", "general", "Ann Lee 10:41 AM",
                "Has everyone seen the new budget?", "Bob Smith 10:43 AM", "Yes, looks good to me", "Message #general");
        assertThat(WebApps.inApplication(slack, "A chat app: its title is \"Slack\".")).hasValue("It shows a chat, "
                + "\"#general\". The last message is from Bob Smith at 10:43 AM: \"Yes, looks good to me\".");
        // another kind, or the kind named only in a quote; the kind alone; what was quoted already
        assertThat(WebApps.inApplication(slack, "A text editor: its title is \"chat.txt\".")).isEmpty();
        assertThat(WebApps.inApplication(List.of("Chats", "Type a message"), "A chat app.")).isEmpty();
        assertThat(WebApps.inApplication(List.of("#general", "Message #general"), "A chat app. The text on it begins "
                + "\"#general\".")).isEmpty();
        // a call in a chat application (Teams' window is said by its title as a chat app)
        List<String> teams = List.of("Microsoft Teams", "Recording has started.", "Camera", "Mic", "Share", "Leave");
        assertThat(WebApps.inApplication(teams, "A chat app: its title is \"Microsoft Teams\".")).hasValue(
                "It shows a video call, being recorded.");
        // a sign-in page's fields after a login dialog's are said once, by the dialog
        assertThat(WebApps.inApplication(List.of("Sign in", "Email", "Password"), "A login dialog. It asks for Email "
                + "and Password.")).isEmpty();
    }

    @Test
    void aQuestionsPageAndAFeedAreSaidWithTheirFirstQuestionAndPost() {
        List<String> qa = List.of("python - Why does my lis", "Sign in to Chromium?", "Home",
                "Why does my list comprehension return a list of None values?", "Ask Question",
                "Asked 3 days ago Modified today", "What am I doing wrong? I'm on Python 3.12.", "3 Answers");
        assertThat(WebApps.shown(qa)).hasValue("A question, \"Why does my list comprehension return a list of None "
                + "values?\", with 3 answers.");
        // a help page's questions with no count of answers
        assertThat(WebApps.shown(List.of("Ask a question", "How do I reset my password?"))).isEmpty();
        List<String> feed = List.of("For you", "Following", "Home", "What is happening?!", "Explore",
                "Pen nine Weather Watch", "@penninewx -2h", "PW", "Amber rain warning extended for the South "
                        + "Pennines until 6pm Friday. 40-60", "Daniel okafor @dokafor - 2h",
                "Hot take: most dashboards");
        assertThat(WebApps.shown(feed)).hasValue("A social media feed. The first post is from Pen nine Weather Watch: "
                + "\"Amber rain warning extended for the South Pennines until 6pm Friday. 40-60\".");
        assertThat(WebApps.shown(List.of("What's on your mind, Sarah?", "Ann Lee @annlee \u00b7 5m",
                "Off to the coast for the weekend!"))).hasValue("A social media feed. The first post is from Ann Lee: "
                + "\"Off to the coast for the weekend!\".");
        // an address's handle in a mail, with no box to post
        assertThat(WebApps.shown(List.of("Ann Lee @annlee 2h", "See you at lunch today"))).isEmpty();
    }

    @Test
    void aRouteIsSaidByItsEndsAndItsFirstStep() {
        List<String> route = List.of("From: King's Cross Station", "St Pancras", "To: British Museum", "Leave now",
                "via Judd St", "18 min", "1.4 km", "Head west on Euston Rd towards Belgrove St", "160m",
                "Turn left onto Judd St", "450 m");
        assertThat(WebApps.shown(route)).hasValue("Directions from King's Cross Station to British Museum. The first "
                + "step: \"Head west on Euston Rd towards Belgrove St\".");
        assertThat(WebApps.shown(List.of("Turn right onto Main St", "Continue onto Route 9"))).hasValue("Directions. "
                + "The first step: \"Turn right onto Main St\".");
        // one step in a text, not a route
        assertThat(WebApps.shown(List.of("Turn left at the church and the shop is on your right.", "Opening hours")))
                .isEmpty();
    }

    @Test
    void moreDetailSaysTheNextMailsAndTheMessagesBeforeTheLast() {
        List<String> inbox = List.of("Compose", "Inbox", "23", "Sent", "Daniel Okafor", "Re: Q4 budget review - final",
                "10:42 AM", "Emma Whitfield", "Dinner on Saturday? - We're thinking", "9:15 AM", "Northway Rail",
                "Your e-ticket for Leeds - Booking reference", "8:03 AM");
        String said = "A web page. It is " + WebApps.shown(inbox).orElseThrow();
        assertThat(said).endsWith("The first message is from Daniel Okafor: \"Re: Q4 budget review\".");
        assertThat(WebApps.more(inbox, said)).hasValue("The next messages are from Emma Whitfield: \"Dinner on "
                + "Saturday?\"; from Northway Rail: \"Your e-ticket for Leeds\".");
        List<String> chat = List.of("# design", "Priya Raman 9:14 AM", "PR", "Morning all! Had a look at v4.",
                "Sarah Jones 9:21 AM", "+1 on the teal, it reads better.", "Tom Osei 10:17 AM",
                "Can someone share the latest icon set?", "Message #design");
        String chatSaid = "A web page. It is " + WebApps.shown(chat).orElseThrow();
        assertThat(WebApps.more(chat, chatSaid)).hasValue("Before it: Priya Raman at 9:14 AM: \"Morning all! Had a "
                + "look at v4.\"; Sarah Jones at 9:21 AM: \"+1 on the teal, it reads better.\".");
        // a sidebar's item between a sender and the message is no message: its words with letters are too few
        List<String> zoomed = List.of("MarcusLee 4:52PM", "ML", "Drafts & sent", "Pushed the updated onboarding flow",
                "Priya Raman 9:14AM", "Morning all! Had a look at v4", "Marcus Lee 9:33 AM", "Good catch, I'll add it");
        assertThat(WebApps.more(zoomed, "A web page. It is " + WebApps.shown(zoomed).orElseThrow())).hasValue(
                "Before it: MarcusLee at 4:52PM: \"Pushed the updated onboarding flow\"; Priya Raman at 9:14AM: "
                + "\"Morning all! Had a look at v4\".");
        // nothing more where the first sentence said no mail or message of them
        assertThat(WebApps.more(chat, "A chat app.")).isEmpty();
    }

    @Test
    void aShopsOrdersAreSaidWithWhereTheFirstIs() {
        // a page made like Amazon's orders, as OCR read it (stop 50)
        List<String> orders = List.of("amazon", "Your Orders", "ORDER PLACED", "TOTAL", "SHIP TO",
                "ORDER# 112-4478123-9911", "1 December 2026", "$14.99", "Ann Lee", "Arriving Friday",
                "Logitech M185 Wireless Mouse, 2.4GHz with USB Mini Receiver", "Track package");
        assertThat(WebApps.shown(orders)).hasValue("A list of orders. The first: \"Arriving Friday\", \"Logitech M185 "
                + "Wireless Mouse, 2.4GHz with USB Mini Receiver\".");
        // the heading alone, in a menu: none
        assertThat(WebApps.shown(List.of("Account", "Your Orders", "Your Lists", "Sign out"))).isEmpty();
    }

    @Test
    void aBrowsersDownloadsAreSaidWithTheirFilesAndWhichFailed() {
        // Chromium's page (stop 50, written down: its title alone)
        List<String> page = List.of("Downloads", "chrome://downloads", "Search downloads", "Today", "setup-2.4.1.exe",
                "example.com/files/setup-2.4.1.exe", "Show in folder", "report.pdf", "Failed - Network error", "Retry",
                "notes.txt", "Show in folder", "a.zip", "Show in folder");
        assertThat(WebApps.shown(page)).hasValue("A list of downloads: setup-2.4.1.exe, report.pdf (failed), notes.txt "
                + "and 1 more.");
        // a folder named Downloads in a file manager: no button to show a download's file
        assertThat(WebApps.shown(List.of("Home", "Downloads", "setup-2.4.1.exe", "report.pdf"))).isEmpty();
    }

    @Test
    void aBoardAPageOfResultsAndADriveAreSaidByTheirOwnLines() {
        // as PP-OCR read the pages captured at stop 46, cut to the lines that matter
        assertThat(WebApps.shown(List.of("Website Revamp", "WEB Sprint 14", "Backlog", "To Do 4", "In Progress 3",
                "In Review 3", "Done 4", "Add saved payment methods to"))).hasValue("A task board: Backlog; To Do, 4; "
                + "In Progress, 3; In Review, 3; Done, 4.");
        assertThat(WebApps.shown(List.of("wireless headphones", "Basket", "1-24 of over 2,000 results for \"wireless "
                + "headphones\"", "Sort by: Featured"))).hasValue("A page of search results for \"wireless "
                + "headphones\".");
        assertThat(WebApps.shown(List.of("Drive", "Search in Drive", "New", "My Drive", "Name", "Owner",
                "Q4 Budget Forecast", "Storage", "7.2 GB of 15 GB uSed"))).hasValue("A cloud drive, 7.2 GB of 15 GB "
                + "used.");
        // a list's words without counts, a sentence with results in it, a disk's use in a file manager's status
        assertThat(WebApps.shown(List.of("To do", "Done", "Review"))).isEmpty();
        assertThat(WebApps.shown(List.of("We found 3 results for your search."))).isEmpty();
        assertThat(WebApps.shown(List.of("Home", "Documents", "7.2 GB of 15 GB used"))).isEmpty();
    }
}
