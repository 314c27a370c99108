package app.glance.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web applications a person opens every day, known by the lines that only they show: a video call, a chat, a
 * mail being read, a mail inbox, a weather forecast, a calendar, a sign-in page, a spreadsheet, a document being
 * written, a shopping basket, a question's page, a social feed, directions, a task board, a page of results, a cloud
 * drive, a browser's downloads, a shop's orders (the last four and the mail since stop 50). Each is said
 * with what matters most on it: "A mail inbox, 23 unread. The first message is from Daniel Okafor: "Re: Q4 budget
 * review"." In Chromium, sixteen such pages (captured under Xvfb at stop 46) had been said by their tab's title alone
 * ("A web browser showing "Inbox (23) - sarah.jones@"."), and a calendar's event at the bottom of its grid as a
 * notification.
 * <p>
 * The lines are all of the screen's text in reading order, stripped. Nothing is guessed: a kind needs two or three
 * lines of its own (a call's button to leave with its microphone and camera; a chat's box to write in; an inbox's
 * folders and its button to write), and a detail is said only where its line is read.
 */
public final class WebApps {

    /** At most this many words of a line are quoted. */
    private static final int QUOTED_WORDS = 12;

    /** A button's icon before its word, read as a sign or two or as a letter apart ("O Mic", "\u2191 Share"). */
    private static final String ICON = "(?:[^\\p{L}\\p{N}\\s]{1,2}\\s*|\\p{L}\\s+)?";
    /** A call's own buttons: to leave it, its microphone, its camera. */
    private static final Pattern LEAVE = Pattern.compile("(?i)" + ICON + "(?:leave(?:\\s*(?:call|meeting))?"
            + "|end(?:\\s*(?:call|meeting))?|hang\\s*up)");
    private static final Pattern MICROPHONE = Pattern.compile("(?i)" + ICON + "(?:mic(?:rophone)?|(?:un)?mute)"
            + "(?:\\s*(?:on|off))?");
    private static final Pattern CAMERA = Pattern.compile("(?i)" + ICON + "(?:camera|video|(?:start|stop)\\s*video)"
            + "(?:\\s*(?:on|off))?");
    /**
     * A call that is being recorded says so: "Recording", "Recording \u00b7 12:34", "REC", "Recording has started.",
     * "This meeting is being recorded".
     */
    private static final Pattern RECORDING = Pattern.compile("(?i)(?:\\W{0,2}\\s*)?(?:recording|rec)\\b.{0,60}"
            + "|.*\\bbeing\\s*recorded\\b.*");

    /**
     * A chat's box to write in: "Message #design" (its channel), "Message Priya Raman" (a person, by capitals: a
     * property class matches either case under {@code (?i)}, so it is set apart), "Type a message", "Send a message",
     * "Write a message"; not "Message sent".
     */
    private static final Pattern CHAT_BOX = Pattern.compile("(?i)(?:message\\s+(?<to>#\\s?[\\w-]+|@?(?-i:\\p{Lu})"
            + "[\\p{L}'.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'.-]*){0,3})|(?:type|send|write)\\s*a\\s*(?:new\\s*)?message)"
            + "\\W{0,3}");
    /** A message's sender with the time it was sent, a line of its own: "Tom Osei 10:17 AM", "Olivia Chen 10:03". */
    private static final Pattern SENT_AT = Pattern.compile("(?<name>\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+)"
            + "{0,3})\\s*(?<at>\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?\\s*[Mm]\\.?)?)");
    /** Without a box to write in, a chat shows this many senders' lines with their times at least. */
    private static final int SENT_LINES = 3;
    /** A word with a letter in it (not "&", not a count). */
    private static final Pattern WORD = Pattern.compile("\\S*\\p{L}\\S*");
    /** The detailed level says at most this many more mails or messages. */
    private static final int MORE = 4;
    /** A message said is a line of this many words at least (not an avatar's initials, a reaction's count). */
    private static final int MESSAGE_WORDS = 3;

    /** An inbox's folder with its count of unread mail: "Inbox", "Inbox 23", "Inbox (23)", "Inbox 1,204". */
    private static final String UNREAD = "\\d{1,3}(?:,\\d{3})+|\\d{1,5}";
    private static final Pattern INBOX = Pattern.compile("(?i)\\W{0,2}\\s*inbox(?:\\s*\\(?(?<unread>" + UNREAD
            + ")\\)?)?");
    private static final Pattern COUNT = Pattern.compile(UNREAD);
    private static final Pattern OTHER_FOLDER = Pattern.compile("(?i)\\W{0,2}\\s*(?:sent(?:\\s*(?:items|mail))?"
            + "|drafts?|spam|junk(?:\\s*e-?mail)?|deleted\\s*items|trash|archive)(?:\\s*\\(?\\d{1,5}\\)?)?");
    private static final Pattern WRITE_MAIL = Pattern.compile("(?i)\\W{0,2}\\s*(?:compose|new\\s*(?:mail|message"
            + "|e-?mail)|write)");
    /** A mail's sender in a list, a short line (a name, "Marcus Lee, me 3", "Priya Raman (via Docs)"). */
    private static final Pattern SENDER = Pattern.compile("\\p{Lu}[\\p{L}'.-]+(?:[\\s,]+[\\p{L}'.()-]+){0,4}"
            + "(?:\\s+\\d{1,3})?");
    /** A mail's subject with the start of its text after a dash ("Dinner on Saturday? - We're thinking ..."). */
    private static final Pattern SUBJECT_SNIPPET = Pattern.compile("(?<subject>.+?)\\s+[-\u2013\u2014]\\s+\\S.*");
    /** When a mail came, a line of its own: "10:42 AM", "Dec 7", "7 Dec", "Yesterday", "12/02/2026". */
    private static final Pattern MAIL_TIME = Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\s*\\d{1,2}|\\d{1,2}\\s*(?:jan|feb|mar|apr"
            + "|may|jun|jul|aug|sep|oct|nov|dec)\\w*|yesterday|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");

    /**
     * A mail's recipients where the reader is one, a line of their own under its sender: Gmail's "to me", "to me
     * \u25be", "to Ann, me"; Outlook's "To: You".
     */
    private static final Pattern TO_ME = Pattern.compile("(?i)to\\s*:?\\s*(?:[\\p{L} .'-]{1,40},\\s*)?(?:me|you)"
            + "\\W{0,3}");
    /** A mail's sender, a line with an address, its name before it or not: "Google <no-reply@accounts.google.com>". */
    private static final Pattern SENT_BY = Pattern.compile("(?<name>[^<@]*?)\\s*<?(?<address>[\\w.+-]+@[\\w-]+"
            + "(?:\\.[\\w-]+)+)>?(?:\\s.*)?");
    /**
     * An open mail's sender is within this many lines above its recipients (its time may stand between, and a
     * sidebar's folders read beside them: Gmail's "Inbox", "3").
     */
    private static final int SENDER_WITHIN = 5;
    /** A mail's label after its subject, on the subject's line or a line of its own: Gmail's "Inbox x". */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:^|\\s+)inbox\\W{0,2}[x\u00d7]?$");

    /** A browser's page of downloads: its heading or its address, and each download's button to show its file. */
    private static final Pattern DOWNLOADS = Pattern.compile("(?i)downloads|search\\s*downloads|(?:chrome|edge|about)"
            + "\\s*:\\s*/*\\s*downloads");
    private static final Pattern SHOW_FILE = Pattern.compile("(?i)show\\s*in\\s*(?:folder|finder)|open\\s*file"
            + "|open\\s*containing\\s*folder");
    /** A download that did not finish: "Failed - Network error", "Cancelled", "Download failed". */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)(?:download\\s*)?(?:failed|cancell?ed|interrupted)\\b"
            + ".{0,40}");
    /** At most this many downloads are named. */
    private static final int DOWNLOADS_NAMED = 3;

    /** A shop's list of orders: its heading, an order's own words, and where an order is ("Arriving Friday"). */
    private static final Pattern ORDERS = Pattern.compile("(?i)your\\s*orders|my\\s*orders|order\\s*history");
    private static final Pattern ORDER_WORDS = Pattern.compile("(?i)order\\s*placed|track\\s*package|buy\\s*it\\s*again"
            + "|order\\s*#.*");
    private static final Pattern DELIVERY = Pattern.compile("(?i)(?:arriving|delivered|dispatched|shipped|out\\s*for"
            + "\\s*delivery|expected)\\b.{0,30}");

    /** A calendar's weekdays, each a line of its own or with its date: "MON", "Mon 30", "Tuesday". */
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?<day>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday"
            + "|nesday|rsday|urday)?\\.?(?:\\s*\\d{1,2})?");
    /** An hour in its day's grid: "8 AM", "1PM", "14:00". */
    private static final Pattern HOUR = Pattern.compile("(?i)\\d{1,2}\\s*[ap]\\.?m\\.?|[012]?\\d:00");
    /** The month shown, a line of its own: "December 2026", "Nov – Dec 2026". */
    private static final Pattern MONTH_SHOWN = Pattern.compile("(?i)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)\\w*\\s*[-\u2013]\\s*)?(?:january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\s*(?:19|20)\\d{2}");
    private static final int WEEKDAYS = 5;
    private static final int FEWEST_WEEKDAYS = 3;
    private static final int HOURS = 3;

    /** A sign-in page's heading, a line of its own: "Sign in", "Log in to Lumora", "Welcome back". */
    private static final Pattern SIGN_IN = Pattern.compile("(?i)(?:sign\\s*in|log\\s*in|login)(?:\\s*to\\s*(?!"
            + "chrom)\\S.{0,30})?|welcome\\s*back\\W?");
    private static final Pattern PASSWORD = Pattern.compile("(?i)password\\s*[:*]?");
    private static final String ACCOUNT_WORD = "(?:e-?mail(?:\\s*address)?|username|user\\s*name"
            + "|(?:mobile|phone)(?:\\s*number)?)";
    private static final Pattern ACCOUNT = Pattern.compile("(?i)" + ACCOUNT_WORD + "(?:\\s*(?:or|/)\\s*"
            + ACCOUNT_WORD + ")?\\s*[:*]?");

    /** An editor's menus, one line or a line each: File, Edit, View, Insert, Format. */
    private static final List<String> MENUS = List.of("file", "edit", "view", "insert", "format");
    private static final Pattern MENU_WORD = Pattern.compile("(?i)\\b(?:file|edit|view|insert|format)\\b");
    /** A document's paragraph style on its toolbar: "Normal text", "Normal", "Heading 1". */
    private static final Pattern STYLE = Pattern.compile("(?i)normal(?:\\s*text)?|heading\\s*[1-6]|title|subtitle");
    /** A spreadsheet's formula bar ("fx", "=SUM(B2:D2)"), and its columns' letters, a line each. */
    private static final Pattern FORMULA = Pattern.compile("(?i)fx|=\\s*[A-Z]+\\(.*");
    private static final Pattern COLUMN = Pattern.compile("[A-Z]");
    private static final int COLUMNS = 4;

    /** A basket's heading: "Your basket (3 items)", "Shopping cart", "Your bag (2)". */
    private static final Pattern BASKET = Pattern.compile("(?i)(?:your\\s*)?(?:shopping\\s*)?(?:basket|cart|bag)"
            + "(?:\\s*\\(\\s*(?<items>\\d{1,3})(?:\\s*items?)?\\s*\\))?");
    private static final Pattern CHECKOUT = Pattern.compile("(?i)\\W{0,2}\\s*(?:proceed\\s*to\\s*)?check\\s*out"
            + "(?:\\s*now)?\\W{0,2}");
    private static final Pattern TOTAL = Pattern.compile("(?i)(?:order\\s*|estimated\\s*)?total(?:\\s*\\(.*\\))?"
            + "\\s*:?\\s*(?<amount>[$\u00a3\u20ac]?\\s*\\d[\\d,]*\\.\\d{2})?");
    private static final Pattern AMOUNT = Pattern.compile("[$\u00a3\u20acE]?\\s*(?<amount>\\d[\\d,]*\\.\\d{2})");

    /** A temperature alone on its line ("7°C", "-2°"), a weather's condition, and what it feels like. */
    private static final Pattern TEMPERATURE = Pattern.compile("-?\\d{1,2}\\s*\u00b0\\s*[CF]?|-?\\d{1,2}\\s*\u2103");
    private static final Pattern CONDITION = Pattern.compile("(?i)(?:(?:light|heavy|scattered|patchy|partly|mostly"
            + "|moderate)\\s*)?(?:rain|showers|drizzle|sunny|sun|clear|cloudy|clouds|overcast|snow|sleet|fog|mist|hail"
            + "|thunderstorms?|storms?|windy|fair)(?:\\s*(?:showers|and\\s*\\p{L}+))?");
    private static final Pattern UNIT = Pattern.compile("\u00b0\\s*[CF]|\u2103");
    private static final Pattern FEELS_LIKE = Pattern.compile("(?i)feels\\s*like\\s*-?\\d{1,2}\\s*\u00b0?.*");

    /** A question's page: its count of answers ("3 Answers") and its button to ask one ("Ask Question"). */
    private static final Pattern ANSWERS = Pattern.compile("(?i)(?<count>\\d{1,4})\\s*answers?");
    private static final Pattern ASK = Pattern.compile("(?i)\\W{0,2}\\s*ask\\s*(?:a\\s*)?question");
    private static final Pattern QUESTION = Pattern.compile(".*\\p{L}.*\\?");
    private static final int QUESTION_WORDS = 4;

    /**
     * A social network's feed: its box to write a post ("What is happening?!", "What's on your mind, Sarah?", "Start a
     * post"), and a post's author with its handle and how long ago ("@penninewx · 2h", "Daniel Okafor @dokafor · 2h").
     */
    private static final Pattern COMPOSE = Pattern.compile("(?i)what['\u2019]?s\\s*happening\\W{0,3}"
            + "|what\\s*is\\s*happening\\W{0,3}|what['\u2019]?s\\s*on\\s*your\\s*mind.{0,30}|start\\s*a\\s*post");
    private static final Pattern HANDLE = Pattern.compile("(?<name>\\p{L}.*?)?\\s*@[\\w.]{2,30}\\s*[-\u00b7\u2022]?"
            + "\\s*\\d{1,2}\\s*[smhd]");
    private static final int POST_WORDS = 4;

    /**
     * A route's steps, each a line of its own ("Head west on Euston Rd towards Belgrove St", "Turn left onto Judd St"),
     * and its ends where a line labels them ("From: King's Cross Station", "To: British Museum").
     */
    private static final Pattern STEP = Pattern.compile("(?i)(?:head|turn|continue|keep|bear|slight|make\\s*a\\s*u-turn"
            + "|take\\s*the|at\\s*the\\s*roundabout)\\b.{0,60}?\\b(?:on|onto|towards?|left|right|straight|exit)\\b.*");
    private static final int STEPS = 2;
    private static final Pattern FROM = Pattern.compile("(?i)from\\s*:\\s*(?<place>\\S.{0,40})");
    private static final Pattern TO = Pattern.compile("(?i)to\\s*:\\s*(?<place>\\S.{0,40})");

    /**
     * A task board's columns, each heading a line with its count of cards: "To Do 4", "In Progress 3", "Done 4"; a
     * board has {@value #BOARD_COLUMNS} of them at least, one for work to do or under way and one for work done.
     */
    private static final Pattern BOARD_COLUMN = Pattern.compile("(?i)(?<name>to\\s*do|backlog|in\\s*progress|doing"
            + "|in\\s*review|review|testing|blocked|ready|done|closed)\\s*(?<count>\\d{1,3})?");
    private static final Pattern BOARD_OPEN = Pattern.compile("(?i)to\\s*do|in\\s*progress|doing");
    private static final Pattern BOARD_DONE = Pattern.compile("(?i)done|closed");
    private static final int BOARD_COLUMNS = 3;
    /** A shop's or a site's count of results for what was searched: "1-24 of over 2,000 results for "headphones"". */
    private static final Pattern RESULTS_FOR = Pattern.compile("(?i)\\d[\\d,]*\\s*[-\u2013]\\s*\\d[\\d,]*\\s*of\\s*"
            + "(?:over\\s*|about\\s*)?[\\d,]+\\s*results?\\s*for\\s*[\"\u201c]?(?<query>[^\"\u201d]{1,60})[\"\u201d]?");
    /** A cloud drive's storage: "7.2 GB of 15 GB used"; and its files' own folder's name. */
    private static final Pattern STORAGE = Pattern.compile("(?i)(?<used>[\\d.,]+\\s*[KMGT]B\\s*of\\s*[\\d.,]+\\s*"
            + "[KMGT]B)\\s*used");
    private static final Pattern DRIVE = Pattern.compile("(?i)\\W{0,2}\\s*(?:my\\s*drive|my\\s*files|onedrive|dropbox"
            + "|icloud\\s*drive)\\W{0,2}");

    /**
     * For kinds said after a page only: a sign-in page, a spreadsheet, a document (an application's window of that
     * kind is said as much by its title, and a login dialog with its fields).
     */
    private static final Pattern NAMED_NOWHERE = Pattern.compile("(?!)");
    /** A browser's name in its own line. */
    private static final Pattern BROWSER_NAMED = Pattern.compile("(?i)chrom");
    /** What a sentence quotes first. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    /**
     * The kinds, in the order they are tried (a call's page holds a chat, a chat's page may name a calendar), each
     * with the words of a sentence that names it already: an application's ("A chat app: its title is "Slack".") or
     * the model's ("A video call app.").
     */
    private static final List<App> APPS = List.of(
            new App(WebApps::videoCall, named("video call|meeting|chat app|zoom|teams|webex")),
            new App(WebApps::chat, named("chat|messag|slack|discord|teams|whatsapp|telegram|signal")),
            new App(WebApps::openMail, named("mail|inbox|outlook|thunderbird")),
            new App(WebApps::inbox, named("mail|inbox|outlook|thunderbird")),
            new App(WebApps::weather, named("weather")),
            new App(WebApps::calendar, named("calendar")),
            new App(WebApps::signIn, NAMED_NOWHERE),
            new App(WebApps::spreadsheet, NAMED_NOWHERE),
            new App(WebApps::document, NAMED_NOWHERE),
            new App(WebApps::basket, named("shop|basket|cart")),
            new App(WebApps::question, NAMED_NOWHERE),
            new App(WebApps::feed, named("social")),
            new App(WebApps::directions, named("map")),
            new App(WebApps::board, NAMED_NOWHERE),
            new App(WebApps::results, NAMED_NOWHERE),
            new App(WebApps::drive, named("drive|file manager")),
            new App(WebApps::downloads, NAMED_NOWHERE),
            new App(WebApps::orders, named("shop|order")));
    /** A sentence of a kind alone, with nothing that only its page shows ("A chat.", "A video call."). */
    private static final Pattern BARE = Pattern.compile("An? [\\p{L} -]+\\.");

    /** One kind: what finds it in the lines, and the words of a sentence that names it. */
    private record App(Function<List<String>, Optional<String>> find, Pattern named) {
        /** Whether {@code said} names this kind before anything it quotes (a title "meeting notes.txt" does not). */
        boolean namedIn(String said) {
            return named.matcher(said.split("\"", 2)[0]).find();
        }
    }

    private WebApps() {
    }

    /** The web application that {@code lines} show, as a sentence ("A chat, "#design". ..."); nothing where none is. */
    public static Optional<String> shown(List<String> lines) {
        return found(pageLines(lines)).map(Found::sentence);
    }

    /**
     * What Glance adds after {@code said}, which names the application already (Slack's window, "A chat app."; a mail
     * client by its title), where its lines show more than its kind: "It shows a chat, #general. The last message is
     * from Bob Smith at 10:43 AM: "Yes, looks good to me"."; nothing after a sentence of another kind, nor where only
     * the kind would be said again.
     */
    public static Optional<String> inApplication(List<String> lines, String said) {
        // not the kind alone, nor what the sentence quotes already ("#general" where the text begins), nor a month
        // where one is said (Osmo's calendar of December, its small ones of November and January beside it, had been
        // "A calendar, showing December 2026. ... It shows a calendar, November 2026.", stop 54, captured)
        return found(pageLines(lines)).filter(f -> f.app().namedIn(said) && !BARE.matcher(f.sentence()).matches()
                        && !quotedIn(f.sentence(), said)
                        && !(KindCheck.MONTH.matcher(said).find() && KindCheck.MONTH.matcher(f.sentence()).find()))
                .map(f -> "It shows " + Character.toLowerCase(f.sentence().charAt(0)) + f.sentence().substring(1));
    }

    /** A kind found and its sentence. */
    private record Found(App app, String sentence) {
    }

    /** The first of the kinds ({@link #APPS}) that {@code page}, a page's lines, shows. */
    private static Optional<Found> found(List<String> page) {
        for (App a : APPS) {
            Optional<String> sentence = a.find().apply(page);
            if (sentence.isPresent()) {
                return Optional.of(new Found(a, sentence.get()));
            }
        }
        return Optional.empty();
    }

    /** Whether what {@code sentence} quotes first stands in {@code said}. */
    private static boolean quotedIn(String sentence, String said) {
        Matcher quoted = QUOTED.matcher(sentence);
        return quoted.find() && said.contains(quoted.group(1));
    }

    /**
     * {@code lines} stripped, without those a browser writes of itself ("Sign in to Chromium?", a question of no
     * page's); a page's own "Sign in" stays.
     */
    private static List<String> pageLines(List<String> lines) {
        return KindCheck.stripped(lines).stream().filter(l -> !(BrowserFrame.ownLine(l)
                && BROWSER_NAMED.matcher(l).find())).toList();
    }

    /**
     * Whether {@code block} is a chat's message, its sender with its time first ("Bob Smith 10:30 AM"), where {@code
     * lines}, all of the screen's text, show a chat's box to write in: one's own message, at the right of a chat, no
     * toast (a page made like Slack had "a notification at the bottom right", stop 50).
     */
    static boolean chatMessage(List<String> block, List<String> lines) {
        return !block.isEmpty() && SENT_AT.matcher(block.get(0).strip()).matches()
                && lines.stream().anyMatch(l -> CHAT_BOX.matcher(l.strip()).matches());
    }

    /** Whether {@code lines} show a calendar's week or month ({@link #calendar}). */
    static boolean calendarShown(List<String> lines) {
        return calendar(KindCheck.stripped(lines)).isPresent();
    }

    /**
     * A video call, its button to leave beside its microphone's and its camera's: "A video call, being recorded."
     * where a line says it is recorded (Meet's and Teams' pages in a browser).
     */
    private static Optional<String> videoCall(List<String> lines) {
        if (!whole(lines, LEAVE) || !whole(lines, MICROPHONE) || !whole(lines, CAMERA)) {
            return Optional.empty();
        }
        return Optional.of("A video call" + (whole(lines, RECORDING) ? ", being recorded." : "."));
    }

    /**
     * A chat, known by its box to write in: "A chat, "#design". The last message is from Tom Osei at 10:17 AM: "Can
     * someone share the latest icon set? ..."" ({@link #lastMessage}); or, with no box read, by {@value #SENT_LINES}
     * lines of senders (two at least) with their times: "A chat. The last message on screen is from ...".
     */
    private static Optional<String> chat(List<String> lines) {
        int box = lastIndex(lines, CHAT_BOX, lines.size());
        if (box < 0) {
            // a page zoomed in, its box below the window's edge: its senders with their times, and no mail's folders
            long senders = lines.stream().map(SENT_AT::matcher).filter(Matcher::matches).map(m -> m.group("name"))
                    .distinct().count();
            boolean sent = lines.stream().filter(l -> SENT_AT.matcher(l).matches()).count() >= SENT_LINES;
            return sent && senders >= 2 && !whole(lines, INBOX) ? Optional.of("A chat." + lastMessage(lines,
                    lines.size(), " on screen")) : Optional.empty();
        }
        Matcher m = matched(CHAT_BOX, lines.get(box));
        String to = m.group("to") == null ? "" : ", \"" + m.group("to").replaceAll("#\\s+", "#") + "\"";
        // one's own last message, at the right, is read after the box at the foot of the messages (a page made like
        // Slack, stop 50)
        int end = lastIndex(lines, SENT_AT, lines.size()) > box ? lines.size() : box;
        return Optional.of("A chat" + to + "." + lastMessage(lines, end, ""));
    }

    /**
     * " The last message is from Tom Osei at 10:17 AM: "..."": the last sender with the time read before {@code end},
     * and the first line of that message with {@value #MESSAGE_WORDS} words or more; {@code where} after "message".
     */
    private static String lastMessage(List<String> lines, int end, String where) {
        int sent = lastIndex(lines, SENT_AT, end);
        if (sent < 0) {
            return "";
        }
        Matcher s = matched(SENT_AT, lines.get(sent));
        String from = sender(s);
        return lines.subList(sent + 1, end).stream().filter(WebApps::message).findFirst()
                .map(l -> " The last message" + where + " is from " + from + " at " + s.group("at") + ": \""
                        + KindCheck.quote(l, QUOTED_WORDS) + "\".").orElse("");
    }

    /**
     * A mail inbox, its folders ("Inbox" and another) with its button to write: "A mail inbox, 23 unread.", the count
     * on the inbox's line or alone below it; and where the list shows a sender, a subject before the start of its text
     * and when it came, each a line, the first of them: "The first message is from Daniel Okafor: "Re: Q4 budget
     * review - final numbers"."
     */
    private static Optional<String> inbox(List<String> lines) {
        int inbox = lastIndex(lines, INBOX, lines.size());
        if (inbox < 0 || !whole(lines, OTHER_FOLDER) || !whole(lines, WRITE_MAIL)) {
            return Optional.empty();
        }
        Matcher m = matched(INBOX, lines.get(inbox));
        String unread = m.group("unread") != null ? m.group("unread")
                : inbox + 1 < lines.size() && COUNT.matcher(lines.get(inbox + 1)).matches() ? lines.get(inbox + 1) : "";
        String first = mails(lines).stream().findFirst().map(i -> " The first message is " + mail(lines, i) + ".")
                .orElse("");
        return Optional.of("A mail inbox" + (unread.isEmpty() ? "." : ", " + unread + " unread.") + first);
    }

    /**
     * A mail being read, known by its recipients' line where the reader is one ("to me") below its sender's address:
     * "A mail, "Your verification code", from no-reply@accounts.example.com. It begins "Your verification code is
     * 482913. ..."" (its subject the line above the sender, its text's first line of {@value #MESSAGE_WORDS} words or
     * more below the recipients). Gmail's open mail had been "A web page." (stop 50, written down): the code a person
     * looks for went unsaid. Tried before the inbox, whose folders show beside an open mail.
     */
    private static Optional<String> openMail(List<String> lines) {
        for (int to = 1; to < lines.size(); to++) {
            if (!TO_ME.matcher(lines.get(to)).matches()) {
                continue;
            }
            for (int from = to - 1; from >= Math.max(0, to - SENDER_WITHIN); from--) {
                Matcher by = SENT_BY.matcher(lines.get(from));
                if (by.matches()) {
                    String name = by.group("name").replaceAll("[\"\u201c\u201d]", "").strip();
                    String sender = name.codePoints().anyMatch(Character::isLetter) ? name : by.group("address");
                    Optional<String> subject = Optional.empty();
                    for (int i = from - 1; i >= 0 && subject.isEmpty(); i--) {
                        String l = lines.get(i);
                        String unlabelled = LABEL.matcher(l).replaceFirst("");
                        subject = KindCheck.lettered(unlabelled) && !MAIL_TIME.matcher(l).matches()
                                ? Optional.of(unlabelled) : Optional.empty();
                    }
                    Optional<String> text = lines.subList(to + 1, lines.size()).stream().filter(WebApps::message)
                            .findFirst();
                    return Optional.of("A mail" + subject.map(t -> ", \"" + KindCheck.quote(t, QUOTED_WORDS) + "\"")
                            .orElse("") + ", from " + sender + "." + text.map(t -> " It begins \""
                            + KindCheck.quote(t, QUOTED_WORDS) + "\".").orElse(""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The indexes of the mails in an inbox's list: a sender above a subject, when it came below them; or, where no
     * time is read (a page zoomed in, its times past the window's right edge), two such senders and subjects.
     */
    private static List<Integer> mails(List<String> lines) {
        List<Integer> mails = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (SENDER.matcher(lines.get(i)).matches() && SUBJECT_SNIPPET.matcher(lines.get(i + 1)).matches()) {
                mails.add(i);
            }
        }
        return mails.stream().filter(i -> mails.size() >= 2 || i + 2 < lines.size()
                && MAIL_TIME.matcher(lines.get(i + 2)).matches()).toList();
    }

    /** The mail at {@code i} of {@link #mails}: "from Daniel Okafor: "Re: Q4 budget review"". */
    private static String mail(List<String> lines, int i) {
        return "from " + lines.get(i) + ": \"" + KindCheck.quote(matched(SUBJECT_SNIPPET, lines.get(i + 1))
                .group("subject"), QUOTED_WORDS) + "\"";
    }

    /**
     * More of an inbox or a chat, for the detailed level, after {@code said} named its first mail or its last message:
     * "The next messages are from Emma Whitfield: "Dinner on Saturday?"; from Northway Rail: "Your e-ticket for
     * Leeds"; and 9 more." or "Before it: Priya Raman at 9:14 AM: "Morning all! ..."; ...", at most {@value #MORE}.
     */
    public static Optional<String> more(List<String> lines, String said) {
        List<String> page = pageLines(lines);
        if (said.contains("The first message is from")) {
            List<Integer> mails = mails(page);
            if (mails.size() < 2) {
                return Optional.empty();
            }
            List<String> next = mails.subList(1, Math.min(mails.size(), MORE + 1)).stream()
                    .map(i -> mail(page, i)).toList();
            int left = mails.size() - 1 - next.size();
            return Optional.of("The next messages are " + String.join("; ", next) + (left > 0 ? "; and " + left
                    + " more." : "."));
        }
        if (!said.contains("The last message")) {
            return Optional.empty();
        }
        int box = lastIndex(page, CHAT_BOX, page.size());
        int end = box < 0 ? page.size() : box;
        int last = lastIndex(page, SENT_AT, end);
        List<String> before = new ArrayList<>();
        for (int i = last - 1; i >= 0 && before.size() < MORE; i--) {
            Matcher s = SENT_AT.matcher(page.get(i));
            if (!s.matches()) {
                continue;
            }
            int next = nextIndex(page, SENT_AT, i + 1, end);
            Optional<String> message = page.subList(i + 1, next).stream()
                    .filter(WebApps::message).findFirst();
            if (message.isPresent()) {
                before.add(0, sender(s) + " at " + s.group("at") + ": \"" + KindCheck.quote(message.get(),
                        QUOTED_WORDS) + "\"");
            }
        }
        return before.isEmpty() ? Optional.empty() : Optional.of("Before it: " + String.join("; ", before) + ".");
    }

    /**
     * A calendar's week or month, {@value #WEEKDAYS} weekdays each a line of its own and {@value #HOURS} hours of its
     * grid (or a month's heading), or {@value #FEWEST_WEEKDAYS} weekdays with both: "A calendar, December 2026."
     */
    private static Optional<String> calendar(List<String> lines) {
        long days = lines.stream().map(WEEKDAY::matcher).filter(Matcher::matches)
                .map(d -> d.group("day").toLowerCase(Locale.ROOT)).distinct().count();
        Optional<String> month = lines.stream().filter(l -> MONTH_SHOWN.matcher(l).matches()).findFirst();
        long hours = lines.stream().filter(l -> HOUR.matcher(l).matches()).count();
        // a page zoomed in shows fewer days: then its hours and its month's heading (150 %, stop 46, captured)
        boolean week = days >= WEEKDAYS && (hours >= HOURS || month.isPresent())
                || days >= FEWEST_WEEKDAYS && hours >= HOURS && month.isPresent();
        if (!week) {
            return Optional.empty();
        }
        return Optional.of("A calendar" + month.map(l -> ", " + l).orElse("") + ".");
    }

    /**
     * A sign-in page, its heading above its fields for an account and a password: "A sign-in page, "Sign in to
     * Lumora", asking for the email address and the password."
     */
    private static Optional<String> signIn(List<String> lines) {
        int heading = KindCheck.indexOf(lines, SIGN_IN);
        int account = KindCheck.indexOf(lines, ACCOUNT);
        if (heading < 0 || account < 0 || !whole(lines, PASSWORD)) {
            return Optional.empty();
        }
        String h = lines.get(heading);
        String named = h.length() > "sign in".length() + 2 && !h.toLowerCase(Locale.ROOT).startsWith("welcome")
                ? ", \"" + KindCheck.quote(h, QUOTED_WORDS) + "\"" : "";
        String asked = lines.get(account).replaceAll("[:*]\\s*$", "").strip().toLowerCase(Locale.ROOT);
        return Optional.of("A sign-in page" + named + ", asking for the " + asked + " and the password.");
    }

    /** A spreadsheet: its formula bar, and {@value #COLUMNS} columns' letters, a line each. */
    private static Optional<String> spreadsheet(List<String> lines) {
        long columns = lines.stream().filter(l -> COLUMN.matcher(l).matches()).distinct().count();
        return whole(lines, FORMULA) && columns >= COLUMNS ? Optional.of("A spreadsheet.") : Optional.empty();
    }

    /** A document being written: an editor's menus (File, Edit, View, Insert, Format) and its paragraph's style. */
    private static Optional<String> document(List<String> lines) {
        boolean menus = MENUS.stream().allMatch(menu -> lines.stream().anyMatch(l -> MENU_WORD.matcher(l).results()
                .anyMatch(r -> r.group().equalsIgnoreCase(menu))));
        return menus && whole(lines, STYLE) ? Optional.of("A document being written.") : Optional.empty();
    }

    /**
     * A shopping basket, its heading and its button to check out, or its heading with its count of items (the button
     * below the window's edge): "A shopping basket with 3 items, total 84.97." (the total on its line or the next; OCR
     * may not read the currency's sign).
     */
    private static Optional<String> basket(List<String> lines) {
        // the heading with its count of items where one is read ("Basket" alone may be the site's link to it)
        int counted = lines.stream().map(BASKET::matcher).filter(Matcher::matches).filter(m -> m.group("items") != null)
                .findFirst().map(m -> lines.indexOf(m.group())).orElse(-1);
        int heading = counted >= 0 ? counted : KindCheck.indexOf(lines, BASKET);
        if (heading < 0 || counted < 0 && !whole(lines, CHECKOUT)) {
            return Optional.empty();
        }
        String items = Optional.ofNullable(matched(BASKET, lines.get(heading)).group("items"))
                .map(n -> " with " + n + (n.equals("1") ? " item" : " items")).orElse("");
        String total = "";
        for (int i = 0; i < lines.size() && total.isEmpty(); i++) {
            Matcher t = TOTAL.matcher(lines.get(i));
            if (t.matches() && t.group("amount") != null) {
                total = t.group("amount");
            } else if (t.matches() && i + 1 < lines.size() && AMOUNT.matcher(lines.get(i + 1)).matches()) {
                total = matched(AMOUNT, lines.get(i + 1)).group("amount");
            }
        }
        return Optional.of("A shopping basket" + items + (total.isEmpty() ? "." : ", total " + total + "."));
    }

    /**
     * A question's page, its count of answers with its button to ask one, and its question, the first line of
     * {@value #QUESTION_WORDS} words or more that ends with a question mark: "A question, "Why does my list
     * comprehension return a list of None values?", with 3 answers."
     */
    private static Optional<String> question(List<String> lines) {
        int answers = KindCheck.indexOf(lines, ANSWERS);
        if (answers < 0 || !whole(lines, ASK)) {
            return Optional.empty();
        }
        String count = matched(ANSWERS, lines.get(answers)).group("count");
        return lines.stream().filter(l -> QUESTION.matcher(l).matches() && KindCheck.wordCount(l) >= QUESTION_WORDS)
                .findFirst().map(q -> "A question, \"" + KindCheck.quote(q, QUESTION_WORDS * 4) + "\", with " + count
                        + (count.equals("1") ? " answer." : " answers."));
    }

    /**
     * A social network's feed, its box to write a post with a post's author above or beside its handle: "A social
     * media feed. The first post is from Pennine Weather Watch: "Amber rain warning extended for the South ..."", the
     * first line of {@value #POST_WORDS} words or more below the handle.
     */
    private static Optional<String> feed(List<String> lines) {
        int handle = KindCheck.indexOf(lines, HANDLE);
        if (handle < 0 || !whole(lines, COMPOSE)) {
            return Optional.empty();
        }
        String named = Optional.ofNullable(matched(HANDLE, lines.get(handle)).group("name")).map(String::strip)
                .filter(KindCheck::lettered).orElse(handle > 0 ? lines.get(handle - 1) : "");
        Optional<String> post = lines.subList(handle + 1, lines.size()).stream()
                .filter(l -> KindCheck.wordCount(l) >= POST_WORDS && KindCheck.lettered(l)).findFirst();
        return Optional.of("A social media feed." + (named.isEmpty() || !KindCheck.lettered(named) ? ""
                : post.map(p -> " The first post is from " + named + ": \"" + KindCheck.quote(p, QUOTED_WORDS) + "\".")
                        .orElse("")));
    }

    /**
     * A route on a map, {@value #STEPS} of its steps each a line: "Directions from King's Cross Station to British
     * Museum. The first step: "Head west on Euston Rd towards Belgrove St"." (its ends where lines label them).
     */
    private static Optional<String> directions(List<String> lines) {
        List<String> steps = lines.stream().filter(l -> STEP.matcher(l).matches()).toList();
        if (steps.size() < STEPS) {
            return Optional.empty();
        }
        Optional<String> from = lines.stream().map(FROM::matcher).filter(Matcher::matches).findFirst()
                .map(m -> " from " + m.group("place").strip());
        Optional<String> to = lines.stream().map(TO::matcher).filter(Matcher::matches).findFirst()
                .map(m -> " to " + m.group("place").strip());
        return Optional.of("Directions" + from.orElse("") + to.orElse("") + ". The first step: \""
                + KindCheck.quote(steps.get(0), QUOTED_WORDS) + "\".");
    }

    /**
     * A task board, its columns with their counts of cards: "A task board: To Do, 4; In Progress, 3; In Review, 3;
     * Done, 4."
     */
    private static Optional<String> board(List<String> lines) {
        List<Matcher> columns = lines.stream().map(BOARD_COLUMN::matcher).filter(Matcher::matches).toList();
        List<String> names = columns.stream().map(m -> m.group("name").toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                .distinct().toList();
        if (names.size() < BOARD_COLUMNS || names.stream().noneMatch(n -> BOARD_OPEN.matcher(n).matches())
                || names.stream().noneMatch(n -> BOARD_DONE.matcher(n).matches())
                || columns.stream().noneMatch(m -> m.group("count") != null)) {
            return Optional.empty();
        }
        List<String> said = columns.stream().map(m -> m.group("name") + (m.group("count") == null ? ""
                : ", " + m.group("count"))).distinct().toList();
        return Optional.of("A task board: " + String.join("; ", said) + ".");
    }

    /** A page of results for what was searched: "A page of search results for "wireless headphones"." */
    private static Optional<String> results(List<String> lines) {
        return lines.stream().map(RESULTS_FOR::matcher).filter(Matcher::matches).findFirst()
                .map(m -> "A page of search results for \"" + KindCheck.quote(m.group("query").strip(), QUOTED_WORDS)
                        + "\".");
    }

    /** A cloud drive, its own folder's name with its storage used: "A cloud drive, 7.2 GB of 15 GB used." */
    private static Optional<String> drive(List<String> lines) {
        Optional<String> used = lines.stream().map(STORAGE::matcher).filter(Matcher::matches).findFirst()
                .map(m -> m.group("used").replaceAll("\\s+", " "));
        return used.isPresent() && whole(lines, DRIVE) ? Optional.of("A cloud drive, " + used.get() + " used.")
                : Optional.empty();
    }

    /**
     * A browser's page of downloads, its heading or address with a download's button to show its file: "A list of
     * downloads: setup-2.4.1.exe and report.pdf (failed)." (the files in the order read, one that did not finish
     * marked; Chromium's page had been its title alone, "A web browser showing "Downloads".", stop 50, written down).
     */
    private static Optional<String> downloads(List<String> lines) {
        if (!whole(lines, DOWNLOADS) || !whole(lines, SHOW_FILE) && !whole(lines, NOT_DONE)) {
            return Optional.empty();
        }
        List<String> files = KindCheck.fileNames(lines);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        List<String> said = new ArrayList<>();
        for (String file : files.subList(0, Math.min(files.size(), DOWNLOADS_NAMED))) {
            int at = lines.indexOf(file);
            // its state, below its name (and its address) before the next file's name
            boolean failed = lines.subList(at + 1, Math.min(lines.size(), at + 3)).stream()
                    .takeWhile(l -> !files.contains(l)).anyMatch(l -> NOT_DONE.matcher(l).matches());
            said.add(file + (failed ? " (failed)" : ""));
        }
        int more = files.size() - said.size();
        return Optional.of("A list of downloads: " + (more == 0 ? KindCheck.joined(said)
                : String.join(", ", said) + " and " + more + " more") + ".");
    }

    /**
     * A shop's list of orders, its heading with an order's own words: "A list of orders. The first: "Arriving Friday",
     * "Logitech M185 Wireless Mouse, 2.4GHz with USB Mini Receiver"." (where it is, and the line below that, its
     * product; a page made like Amazon's orders had been "A terminal.", its "ORDER# 112-..." a root's prompt, stop 50).
     */
    private static Optional<String> orders(List<String> lines) {
        if (!whole(lines, ORDERS) || !whole(lines, ORDER_WORDS)) {
            return Optional.empty();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (DELIVERY.matcher(lines.get(i)).matches()) {
                Optional<String> product = lines.subList(i + 1, lines.size()).stream().filter(WebApps::message)
                        .findFirst();
                return Optional.of("A list of orders. The first: \"" + KindCheck.quote(lines.get(i), QUOTED_WORDS)
                        + "\"" + product.map(p -> ", \"" + KindCheck.quote(p, QUOTED_WORDS) + "\"").orElse("") + ".");
            }
        }
        return Optional.of("A list of orders.");
    }

    /**
     * A weather forecast, a temperature alone on its line with its condition below it ("A weather forecast: 7°C,
     * light rain."), else one with its unit where a line says what it feels like ("A weather forecast: 7°C."); not the
     * first number of degrees, which may be a day's low in the forecast's list.
     */
    private static Optional<String> weather(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (TEMPERATURE.matcher(lines.get(i)).matches() && CONDITION.matcher(lines.get(i + 1)).matches()) {
                return Optional.of("A weather forecast: " + lines.get(i).replaceAll("\\s+", "") + ", "
                        + lines.get(i + 1).toLowerCase(Locale.ROOT) + ".");
            }
        }
        return whole(lines, FEELS_LIKE) ? lines.stream().filter(l -> TEMPERATURE.matcher(l).matches()
                && UNIT.matcher(l).find()).findFirst().map(l -> "A weather forecast: " + l.replaceAll("\\s+", "")
                + ".") : Optional.empty();
    }

    /** Words that begin with one of {@code alternatives}, in any case. */
    private static Pattern named(String alternatives) {
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")");
    }

    /** Whether a line of {@code lines} is {@code whole}. */
    private static boolean whole(List<String> lines, Pattern whole) {
        return lines.stream().anyMatch(l -> whole.matcher(l).matches());
    }

    /** Whether {@code line} may be a message: {@value #MESSAGE_WORDS} words with letters at least. */
    private static boolean message(String line) {
        return WORD.matcher(line).results().count() >= MESSAGE_WORDS;
    }

    /** A message's sender as said: its name, or "you". */
    private static String sender(Matcher sentAt) {
        return sentAt.group("name").equals("You") ? "you" : sentAt.group("name");
    }

    /** The index of the first line from {@code from} before {@code end} that is {@code whole}; {@code end} if none. */
    private static int nextIndex(List<String> lines, Pattern whole, int from, int end) {
        for (int i = from; i < end; i++) {
            if (whole.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return end;
    }

    /** The index of the last line before {@code end} that is {@code whole}; -1 where none is. */
    private static int lastIndex(List<String> lines, Pattern whole, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (whole.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** {@code p}'s matcher on the whole of {@code line}, which it matches. */
    private static Matcher matched(Pattern p, String line) {
        Matcher m = p.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException(line);
        }
        return m;
    }
}
