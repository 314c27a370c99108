package app.glance.inference.text;

import app.glance.inference.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a system shows for a moment over the screen, known by its own lines whatever window the model took it for: a
 * notification's toast (an application's name, a sender or a title, a line of the message, how long ago) and an
 * on-screen notice of a key or a setting ("Caps Lock is on", "Volume 45"). A toast was "Glance cannot tell what kind
 * of window this is." with where its text begins, and a notice kept the model's kind, as too little text to judge by
 * (both left wrong at stop 43; written down and captured under Xvfb at stop 44).
 * The lines are in reading order: all of the text of a toast captured as a region or a window of its own ({@link
 * #shown}), or of a toast alone on an empty screen, known by where its lines are ({@link #alone}). A toast among a
 * window's text is said only where its application's name stands beside how long ago it came, or above a box to
 * reply; and a warning that Caps Lock is on, a line of its own ({@link #onScreen}).
 */
public final class Notices {

    /** How Glance's sentences begin, for what says them and for the corrections' pattern. */
    static final String NOTIFICATION = "A notification";
    static final String NOTICE = "An on-screen notice";
    static final String REMINDER = "A reminder: ";
    static final String SHARING = "A notice that the screen is being shared: ";
    /** A toast has at most this many lines, and at most this many of its message's lines are said. */
    private static final int MOST_LINES = 7;
    private static final int SAID_LINES = 3;
    /** Of a toast among a window's text, at most this many lines are said. */
    private static final int ON_SCREEN_LINES = 2;
    /** At most this many words of a line are quoted. */
    private static final int QUOTED_WORDS = 12;
    /** A notice is the whole text: at most this many lines. */
    private static final int NOTICE_LINES = 2;

    /** How long ago it came, a line of its own: "now", "Just now", "2m ago", "5 min ago". */
    private static final String AGO = "(?:just\\s*)?now|\\d{1,2}\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?"
            + "|hours?)\\s*ago";
    private static final Pattern WHEN = Pattern.compile("(?i)" + AGO);
    /** An application's name with how long ago, as GNOME and Android show it: "Thunderbird · Just now". */
    private static final Pattern APP_WHEN = Pattern.compile("(?i)(\\p{L}[\\p{L}\\d .&'-]{0,30}?)\\s*"
            + "[\u00b7\u2022]\\s*(?:" + AGO + ")");
    /** Applications that send notifications, by the names their toasts show. */
    private static final Pattern NOTIFIER = Pattern.compile("(?i)(?:microsoft\\s*)?(?:outlook|teams|edge)|mail|gmail"
            + "|slack|discord|whatsapp|telegram(?:\\s*desktop)?|signal|messages|messenger|google\\s*chrome|chrome"
            + "|(?:mozilla\\s*)?(?:firefox|thunderbird)|calendar|reminders|windows\\s*(?:security|update)"
            + "|microsoft\\s*defender|zoom|skype|spotify|onedrive|dropbox|steam|evolution|geary|element|xbox"
            + "|facetime|facebook|instagram|linkedin|github|jira|trello|asana|notion|todoist");
    /** A toast's own actions and its sender's address, never its message. */
    private static final Pattern ACTION = Pattern.compile("(?i)send\\s*a\\s*quick\\s*reply|type\\s*a\\s*reply\\W*"
            + "|reply|mark\\s*as\\s*read|dismiss|snooze|close|archive|delete|open|view|settings|restart\\s*now"
            + "|schedule\\s*(?:the\\s*)?restart|remind\\s*me\\s*later|get\\s*details|not\\s*now|later"
            + "|install(?:\\s*now)?|turn\\s*off|x");
    private static final Pattern REPLY_BOX = Pattern.compile("(?i)send\\s*a\\s*quick\\s*reply|type\\s*a\\s*reply\\W*");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:via\\s*)?(?:[a-z0-9-]+\\.)+(?:com|org|net|io|co"
            + "|app|dev|edu|gov|uk|de|fr|me)");
    /**
     * A system's own toast, its heading first: "Low Battery", "USB device not recognized", "Battery saver", "Restart
     * required", "Storage almost full".
     */
    private static final Pattern SYSTEM = Pattern.compile("(?i)low\\s*battery|battery\\s*(?:is\\s*)?(?:low|saver)"
            + "|usb\\s*device\\s*not\\s*recogni[sz]ed|restart\\s*required|updates?\\s*(?:are\\s*)?(?:available|ready)"
            + "|(?:storage|disk)\\s*(?:is\\s*)?(?:almost\\s*)?full|low\\s*(?:disk\\s*space|storage)"
            + "|screenshot\\s*(?:saved|copied(?:\\s*to\\s*clipboard)?)"
            + "|(?:device|headphones?)\\s*(?:connected|disconnected)");
    /** A toast's message without how long ago or its actions has a line of this many words at least. */
    private static final int MESSAGE_WORDS = 3;
    /** A dialog's answers, which no toast shows. */
    private static final Pattern ANSWER = Pattern.compile("(?i)ok|cancel|yes|no|apply");
    /** A list's time or day, alone on a line, beside each message or mail; a toast says how long ago instead. */
    private static final Pattern LISTED_AT = Pattern.compile("(?i)yesterday|today|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?"
            + "|fri|sat(?:ur)?|sun)(?:day)?|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");
    /** Buttons of a toast that are choices to say (not replying to it or closing it). */
    private static final Pattern CHOICE = Pattern.compile("(?i)restart\\s*now|schedule\\s*(?:the\\s*)?restart"
            + "|remind\\s*me\\s*later|install(?:\\s*now)?|get\\s*details|turn\\s*off|snooze|not\\s*now|later");

    /**
     * A notice of a key or a setting, the whole of a line: "Caps Lock is on", "Num Lock off", "Airplane mode on",
     * "Microphone muted", "Do Not Disturb is on", "Volume: 45%", "Brightness 60%".
     */
    private static final Pattern NOTICE_LINE = Pattern.compile("(?i)(?:(?:caps|num|scroll)\\s*lock|airplane\\s*mode"
            + "|flight\\s*mode|aeroplane\\s*mode|do\\s*not\\s*disturb|focus(?:\\s*assist)?|night\\s*light"
            + "|wi-?\\s*fi|bluetooth|microphone|mic|camera|speakers?|sound)\\s*(?:is\\s*)?(?:turned\\s*)?"
            + "(?:on|off|muted|unmuted|enabled|disabled)\\s*\\.?|(?:volume|brightness)\\s*:?\\s*\\d{1,3}\\s*%?|muted");
    /** A warning that Caps Lock is on, a line of its own. */
    private static final Pattern CAPS_LOCK_ON = Pattern.compile("(?i)caps\\s*lock\\s*(?:is\\s*)?on\\s*[.!]?");
    /** A level's name over its number, a line each (a volume's slider: "Volume", "45"). */
    private static final Pattern LEVEL = Pattern.compile("(?i)volume|brightness");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}\\s*%?");

    /**
     * A toast alone on an empty screen: all of the text in a box at most this share of the screen's width and height,
     * the screen at least {@value #SCREEN_WIDTH} pixels wide, and one colour over at least {@value #PLAIN} of it.
     */
    private static final double TOAST_WIDTH = 0.35;
    private static final double TOAST_HEIGHT = 0.25;
    private static final int SCREEN_WIDTH = 800;
    private static final double PLAIN = 0.5;
    /** Where no toast over a window stands ({@link #overWindow}). */
    private static final String BOTTOM_MIDDLE = "at the bottom";
    /** The box lies within this share of the screen from an edge to be at that edge. */
    private static final double EDGE = 0.3;
    /**
     * A toast at the top edge begins within this share of the screen from it, below a panel or a menu bar at most: a
     * document's first lines a quarter down the screen had been a notification at the top (Evince, stop 47).
     */
    private static final double TOP_EDGE = 0.15;
    /** No other line stands within this many lines' heights of a toast over a window. */
    private static final int APART = 2;
    /** A toast over a window: its first line has at most this many words, and a line below it this many at least. */
    private static final int SENDER_WORDS = 5;
    private static final int OVER_WINDOW_WORDS = 4;
    /** A line wraps onto the next where it is this share of the box's width or wider and the next starts below it. */
    private static final double WRAPPED = 0.8;

    /** A reminder's heading, a line of its own: "1 Reminder", "2 Reminders", "Reminder". */
    private static final Pattern REMINDER_HEADING = Pattern.compile("(?i)(?:\\d{1,2}\\s*)?reminders?");
    /** When it starts or is due: "Start: Tuesday, December 2, 2026 10:00 AM", "Due: today". */
    private static final Pattern STARTS = Pattern.compile("(?i)(?:start|starts|due|when)\\s*:\\s*(\\S.*)");
    /** Its other labels and its buttons, never its event's name. */
    private static final Pattern REMINDER_OWN = Pattern.compile("(?i)(?:location|where|organi[sz]er)\\s*:.*"
            + "|dismiss(?:\\s*all)?|snooze|join(?:\\s*online|\\s*teams\\s*meeting)?|open\\s*item|due\\s*in\\b.*"
            + "|click\\s*snooze\\b.*");
    private static final Pattern REMINDER_BUTTON = Pattern.compile("(?i)dismiss(?:\\s*all)?|snooze|join(?:\\s*online"
            + "|\\s*teams\\s*meeting)?|open\\s*item");

    /**
     * A bar that says the screen is being shared, a line of its own: "You are screen sharing", "meet.google.com is
     * sharing your screen.", "Your screen is being recorded".
     */
    private static final Pattern SCREEN_SHARED = Pattern.compile("(?i)(?:you['\u2019]?re|you\\s*are)\\s*(?:screen\\s*)?"
            + "sharing(?:\\s*your\\s*screen)?\\b.*"
            + "|\\S+\\s*is\\s*sharing\\s*(?:your\\s*screen|a\\s*window|a\\s*tab)\\b.*"
            + "|(?:your\\s*)?screen\\s*is\\s*being\\s*(?:shared|recorded)\\b.*");
    /** The bar alone has at most this many lines: with more, it is over the window shared ({@link #onScreen}). */
    private static final int BAR_LINES = 4;
    /** Its button to stop, a line of its own. */
    private static final Pattern STOP_SHARING = Pattern.compile("(?i)stop\\s*(?:share|sharing|presenting|recording)");

    private Notices() {
    }

    /** What Glance says of a toast or a notice that {@code lines} are the whole text of, if they are one. */
    public static Optional<String> shown(List<String> lines) {
        List<String> stripped = KindCheck.stripped(lines);
        return notice(stripped).or(() -> reminder(stripped))
                .or(() -> stripped.size() <= BAR_LINES ? sharing(stripped) : Optional.empty())
                .or(() -> toast(stripped));
    }

    /**
     * A bar that says the screen is being shared, with its button to stop: "A notice that the screen is being shared:
     * "meet.google.com is sharing your screen". Its button: Stop sharing." (Chromium's bar and Zoom's over Notepad,
     * written down at stop 44, were "A dialog. The text on it begins ..." and unsaid). The button must show.
     */
    static Optional<String> sharing(List<String> lines) {
        Optional<String> bar = lines.stream().filter(l -> SCREEN_SHARED.matcher(l).matches()
                && KindCheck.wordCount(l) <= QUOTED_WORDS).findFirst();
        Optional<String> stop = lines.stream().map(String::strip).filter(l -> STOP_SHARING.matcher(l).matches())
                .findFirst();
        if (bar.isEmpty() || stop.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SHARING + "\"" + KindCheck.quote(bar.get().replaceFirst("\\.$", ""), QUOTED_WORDS)
                + "\". Its button: " + stop.get() + ".");
    }

    /**
     * A calendar's reminder below its heading, with its event, when it starts and its buttons: "A reminder: "Team
     * standup", starting Tuesday, December 2, 2026 10:00 AM. Its buttons: Join Online, Snooze, Dismiss." (Outlook's,
     * written down at stop 44, was "A dialog. The text on it begins "1 Reminder"."). A button to snooze or dismiss it
     * must show: a settings page's "Reminders" is none.
     */
    static Optional<String> reminder(List<String> lines) {
        int heading = KindCheck.indexOf(lines, REMINDER_HEADING);
        List<String> buttons = lines.stream().map(String::strip).filter(l -> REMINDER_BUTTON.matcher(l).matches())
                .distinct().toList();
        if (heading < 0 || buttons.stream().noneMatch(b -> b.toLowerCase(Locale.ROOT).matches("snooze|dismiss.*"))) {
            return Optional.empty();
        }
        List<String> below = lines.subList(heading + 1, lines.size());
        Optional<String> event = below.stream().filter(l -> KindCheck.lettered(l) && !STARTS.matcher(l).matches()
                && !REMINDER_OWN.matcher(l.strip()).matches()).findFirst();
        Optional<String> starts = below.stream().map(STARTS::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .findFirst();
        return event.map(e -> REMINDER + "\"" + KindCheck.quote(e, QUOTED_WORDS) + "\""
                + starts.map(t -> ", starting " + KindCheck.quote(t, QUOTED_WORDS)).orElse("") + ". Its buttons: "
                + String.join(", ", buttons) + ".");
    }

    /**
     * A notice of a key or a setting, where it is all of the text: "An on-screen notice: "Caps Lock is on"." Its
     * level's name and number on two lines are said as one ("Volume 45").
     */
    static Optional<String> notice(List<String> lines) {
        if (lines.isEmpty() || lines.size() > NOTICE_LINES) {
            return Optional.empty();
        }
        if (lines.size() == 2 && LEVEL.matcher(lines.get(0)).matches() && NUMBER.matcher(lines.get(1)).matches()) {
            return Optional.of(NOTICE + ": \"" + lines.get(0) + " " + lines.get(1) + "\".");
        }
        if (!lines.stream().allMatch(l -> NOTICE_LINE.matcher(l).matches())) {
            return Optional.empty();
        }
        return Optional.of(NOTICE + ": \"" + String.join(". ", lines.stream().map(l -> l.replaceAll("\\.$", ""))
                .toList()) + "\".");
    }

    /**
     * A toast captured on its own: its application's name first ({@link #NOTIFIER}, or with how long ago), or a line
     * of how long ago it came, and one to {@value #SAID_LINES} lines of its message: "A notification from Outlook:
     * "Ann Lee", "Budget review for Q3" and "Hi team, please look at ..."." Its choices where it offers some
     * ("Restart now", "Dismiss" under Windows Update's). A list of mails or of messages has more lines.
     */
    static Optional<String> toast(List<String> lines) {
        // a call's toast is a call ({@link Interruptions}); a dialog's answers are a dialog's, and times beside
        // messages a list's
        if (lines.size() < 2 || lines.size() > MOST_LINES || Interruptions.shown(lines).isPresent()
                || lines.stream().anyMatch(l -> ANSWER.matcher(l).matches() || LISTED_AT.matcher(l).matches())) {
            return Optional.empty();
        }
        Optional<String> app = application(lines.get(0));
        boolean when = lines.stream().anyMatch(l -> WHEN.matcher(l).matches());
        boolean system = SYSTEM.matcher(lines.get(0)).matches();
        // no application's name: how long ago it came, or a system's heading, and no document's name as a title
        if (app.isEmpty() && (!when && !system || AppTitles.find(lines).isPresent())) {
            return Optional.empty();
        }
        List<String> message = message(lines.subList(app.isPresent() ? 1 : 0, lines.size()));
        if (message.isEmpty() || message.size() > SAID_LINES + 1 || app.isEmpty() && message.size() > SAID_LINES) {
            return Optional.empty();
        }
        // an application's name over a few words (a mail client's "Mail" over "Inbox", "Sent", "Drafts") is a toast
        // only by a message's sentence or a toast's marks
        boolean marked = when || lines.stream().anyMatch(l -> ACTION.matcher(l).matches() || ADDRESS.matcher(l)
                .matches());
        if (!marked && message.stream().noneMatch(l -> KindCheck.wordCount(l) >= MESSAGE_WORDS)) {
            return Optional.empty();
        }
        return Optional.of(sentence(app, message, lines));
    }

    /**
     * Whether {@code lines} read so far from a picture {@code width} by {@code height} could be a toast alone on an
     * empty screen ({@link #alone}): the cheap test, made before all of the text is awaited.
     */
    public static boolean couldBeAlone(List<TextLine> lines, int width, int height) {
        return corner(lines, width, height).isPresent();
    }

    /**
     * A toast alone on an empty screen, where it is: all of the text in a small box at a corner, or at the middle of
     * the top or the bottom edge, and one colour over most of the rest ({@code palette}): "A notification at the top
     * right of an empty screen: "Ann Lee" and "Budget review for Q3: please look at the numbers before Friday"."
     * Xfce's and dunst's toasts show no application's name and no time: the model took a plain screen with one for a
     * lock screen ("Probably the screen is locked: a lock screen with the desktop clock.", captured at stop 44).
     */
    public static Optional<String> alone(List<TextLine> lines, int width, int height, Palette palette) {
        Optional<String> where = corner(lines, width, height);
        if (where.isEmpty() || palette.colours().values().stream().findFirst().orElse(0.0) < PLAIN) {
            return Optional.empty();
        }
        // toasts stacked one above another: of each, the application's name where it shows, and its message
        // a small window's text: its title (not the name of the application that sent a toast), a shell's prompt or
        // a dialog's buttons (xterm's small window on an empty screen, real_check)
        List<String> all = unwrapped(lines);
        if (AppTitles.find(all).isPresent() && application(all.get(0)).isEmpty() || KindCheck.terminalShown(all)
                || KindCheck.dialogShaped(all)) {
            return Optional.empty();
        }
        List<String> froms = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (List<TextLine> toast : stacked(lines)) {
            List<String> texts = unwrapped(toast);
            Optional<String> app = application(texts.get(0));
            List<String> message = message(texts.subList(app.isPresent() ? 1 : 0, texts.size()));
            if (message.isEmpty()) {
                return Optional.empty();
            }
            froms.add(app.map(a -> "from " + KindCheck.quote(a, QUOTED_WORDS)).orElse(""));
            messages.add(quoted(message));
        }
        String place = where.get() + " of an empty screen: ";
        if (messages.size() == 1) {
            return Optional.of(NOTIFICATION + " " + (froms.get(0).isEmpty() ? "" : froms.get(0) + " ") + place
                    + messages.get(0) + ".");
        }
        List<String> toasts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            toasts.add((froms.get(i).isEmpty() ? "" : froms.get(i) + ", ") + messages.get(i));
        }
        return Optional.of(messages.size() + " notifications " + place + String.join("; then ", toasts) + ".");
    }

    /**
     * A toast over a window, in a corner of the screen ({@link #corner}): a block of two to {@value #MOST_LINES}
     * lines, each at most a line's height below the one above and beside it, no other line within {@value #APART}
     * lines' heights of the block, and the rest of the text elsewhere. Its first line is short (a sender, a title, an
     * application's name) and a line below it has {@value #OVER_WINDOW_WORDS} words at least, not a window's title, a
     * shell's prompt or a dialog's buttons. Xfce's toast over Mousepad and dunst's over xterm (stop 44, captured) had
     * been unsaid, and dunst's message was where xterm's text began.
     */
    static Optional<List<TextLine>> overWindow(List<TextLine> lines, int width, int height) {
        // a calendar's events are blocks apart of their own
        if (width < SCREEN_WIDTH || lines.size() < 3
                || WebApps.calendarShown(lines.stream().map(TextLine::text).toList())) {
            return Optional.empty();
        }
        List<String> screen = lines.stream().map(TextLine::text).toList();
        for (TextLine seed : lines) {
            // a toast begins near the top or the bottom edge (the cheap test, before a block is grown from it)
            if (seed.y() > EDGE * height && seed.y() < (1 - EDGE - TOAST_HEIGHT) * height) {
                continue;
            }
            List<TextLine> block = block(seed, lines);
            // no system puts a toast at the middle of the bottom edge, where a page's last block may stand (a
            // calendar's event, stop 46, captured)
            if (block.size() < 2 || block.size() == lines.size()
                    || corner(block, width, height).filter(c -> !c.equals(BOTTOM_MIDDLE)).isEmpty()
                    || !apart(block, lines) || tableColumn(block, lines)) {
                continue;
            }
            // its lines as read, before a wrapped line is joined to the next (a letter's address wraps no sentence)
            List<String> texts = block.stream().map(l -> l.text().strip()).toList();
            List<String> below = message(texts.subList(1, texts.size()));
            if (KindCheck.wordCount(texts.get(0)) <= SENDER_WORDS && !texts.get(0).strip().endsWith(":")
                    && below.stream().anyMatch(l -> KindCheck.wordCount(l) >= OVER_WINDOW_WORDS)
                    && texts.stream().noneMatch(l -> ANSWER.matcher(l).matches())
                    && (AppTitles.find(texts).isEmpty() || application(texts.get(0)).isPresent())
                    && !KindCheck.terminalShown(texts)
                    && !KindCheck.dialogShaped(texts)
                    && !WebApps.chatMessage(texts, screen)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether most of {@code block}'s lines have another of {@code lines} beside them on both sides, at the same
     * height: a column of a table, no toast (Explorer's types, between its dates and its sizes, had been "a
     * notification at the top", stop 50, a page made like it).
     */
    private static boolean tableColumn(List<TextLine> block, List<TextLine> lines) {
        long flanked = block.stream().filter(b -> beside(b, block, lines, true) && beside(b, block, lines, false))
                .count();
        return flanked * 2 > block.size();
    }

    /** Whether a line of {@code lines} outside {@code block} stands level with {@code b}, on its left or right. */
    private static boolean beside(TextLine b, List<TextLine> block, List<TextLine> lines, boolean left) {
        double middle = b.y() + b.height() / 2.0;
        return lines.stream().filter(l -> !block.contains(l)).anyMatch(l -> Math.abs(l.y() + l.height() / 2.0 - middle)
                < b.height() / 2.0 && (left ? l.x() + l.width() <= b.x() : l.x() >= b.x() + b.width()));
    }

    /** {@code lines} without a toast over a window ({@link #overWindow}): the window's own text. */
    public static List<TextLine> withoutToast(List<TextLine> lines, int width, int height) {
        return overWindow(lines, width, height).map(toast -> lines.stream().filter(l -> !toast.contains(l)).toList())
                .orElse(lines);
    }

    /**
     * What Glance adds after {@code said}, what the window is, where a toast stands over it ({@link #overWindow}):
     * "It shows a notification at the top right: "Ann Lee" and "Are you coming to lunch today?"."
     */
    public static Optional<String> overWindowOnScreen(List<TextLine> lines, int width, int height, String said) {
        if (said.startsWith(NOTIFICATION) || said.contains(" notification")) {
            return Optional.empty();
        }
        return overWindow(lines, width, height).map(toast -> {
            List<String> texts = unwrapped(toast);
            Optional<String> app = application(texts.get(0));
            List<String> message = message(texts.subList(app.isPresent() ? 1 : 0, texts.size()));
            return Interruptions.SHOWS + "a notification" + app.map(a -> " from " + KindCheck.quote(a, QUOTED_WORDS))
                    .orElse("") + " " + corner(toast, width, height).orElseThrow() + ": " + quoted(message) + ".";
        });
    }

    /**
     * The block of lines that {@code seed} begins: it and each line at most a line's height below the block and
     * beside it (their columns overlap), grown until no more come in, or until it has more lines than a toast.
     */
    private static List<TextLine> block(TextLine seed, List<TextLine> lines) {
        List<TextLine> block = new ArrayList<>(List.of(seed));
        boolean grown = true;
        while (grown && block.size() <= MOST_LINES) {
            grown = false;
            Box box = Box.of(block);
            for (TextLine l : lines) {
                if (!block.contains(l) && l.y() >= seed.y() && l.y() - box.bottom() <= Math.max(l.height(),
                        seed.height()) && l.x() < box.right() && l.x() + l.width() > box.left()) {
                    block.add(l);
                    grown = true;
                }
            }
        }
        block.sort(Comparator.comparingInt(TextLine::y));
        return block;
    }

    /** Whether no line but {@code block}'s stands within {@value #APART} lines' heights of its box. */
    private static boolean apart(List<TextLine> block, List<TextLine> lines) {
        int margin = APART * block.stream().mapToInt(TextLine::height).max().getAsInt();
        Box box = Box.of(block);
        return lines.stream().filter(l -> !block.contains(l)).noneMatch(l -> l.x() < box.right() + margin
                && l.x() + l.width() > box.left() - margin && l.y() < box.bottom() + margin
                && l.y() + l.height() > box.top() - margin);
    }

    /** The box around some lines, in the picture's pixels. */
    private record Box(int left, int top, int right, int bottom) {
        /** The box around {@code lines}, one at least. */
        static Box of(List<TextLine> lines) {
            return new Box(lines.stream().mapToInt(TextLine::x).min().getAsInt(),
                    lines.stream().mapToInt(TextLine::y).min().getAsInt(),
                    lines.stream().mapToInt(l -> l.x() + l.width()).max().getAsInt(),
                    lines.stream().mapToInt(l -> l.y() + l.height()).max().getAsInt());
        }
    }

    /** {@code lines} split where a gap wider than a line stands between one and the next below it: one toast each. */
    private static List<List<TextLine>> stacked(List<TextLine> lines) {
        List<TextLine> sorted = lines.stream().sorted(Comparator.comparingInt(TextLine::y)).toList();
        List<List<TextLine>> toasts = new ArrayList<>();
        List<TextLine> toast = new ArrayList<>();
        for (TextLine l : sorted) {
            TextLine above = toast.isEmpty() ? null : toast.get(toast.size() - 1);
            if (above != null && l.y() - (above.y() + above.height()) > Math.max(l.height(), above.height())) {
                toasts.add(toast);
                toast = new ArrayList<>();
            }
            toast.add(l);
        }
        toasts.add(toast);
        return toasts;
    }

    /**
     * Where a small box around all of {@code lines} lies on the screen ("at the top right"): at the right of the top
     * or the bottom edge, or at its middle; a window placed at the top left is no toast.
     */
    private static Optional<String> corner(List<TextLine> lines, int width, int height) {
        if (lines.isEmpty() || lines.size() > MOST_LINES || width < SCREEN_WIDTH) {
            return Optional.empty();
        }
        Box box = Box.of(lines);
        int left = box.left();
        int top = box.top();
        int right = box.right();
        int bottom = box.bottom();
        if (right - left > TOAST_WIDTH * width || bottom - top > TOAST_HEIGHT * height) {
            return Optional.empty();
        }
        String vertical = top <= TOP_EDGE * height ? "top" : bottom >= (1 - EDGE) * height ? "bottom" : null;
        if (vertical == null) {
            return Optional.empty();
        }
        // the left is a window's place, not a toast's
        String side = right >= (1 - EDGE) * width ? " right" : left <= EDGE * width ? null : "";
        return side == null ? Optional.empty() : Optional.of("at the " + vertical + side);
    }

    /** The lines' texts, a line that wraps onto the next joined with it (a toast's long message). */
    private static List<String> unwrapped(List<TextLine> lines) {
        Box box = Box.of(lines);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            boolean wraps = i > 0 && lines.get(i - 1).width() >= WRAPPED * (box.right() - box.left())
                    && Math.abs(l.x() - lines.get(i - 1).x()) <= l.height() && l.y() > lines.get(i - 1).y();
            if (wraps) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + l.text().strip());
            } else {
                texts.add(l.text().strip());
            }
        }
        return texts;
    }

    /**
     * What Glance adds after {@code said} where all of the screen's text ({@code lines}) holds a toast: its
     * application's name beside how long ago it came ("Thunderbird · Just now"), or a known application's name above
     * a box to reply to it, then its message: "It shows a notification from Thunderbird: "Ann Lee" and "Budget review
     * for Q3"." (a list of applications' settings names them without either); else a warning that Caps Lock is on,
     * a line of its own, as it is: "It says "Caps Lock is on"." (below a password, it matters to what is typed).
     */
    public static Optional<String> onScreen(List<String> lines, String said) {
        if (said.startsWith(NOTIFICATION)) {
            return Optional.empty();
        }
        List<String> stripped = KindCheck.stripped(lines);
        for (int i = 0; i < stripped.size(); i++) {
            List<String> below = stripped.subList(i + 1, Math.min(stripped.size(), i + 2 + SAID_LINES));
            Matcher m = APP_WHEN.matcher(stripped.get(i));
            if (!m.matches() && !(NOTIFIER.matcher(stripped.get(i)).matches()
                    && below.stream().anyMatch(l -> REPLY_BOX.matcher(l).matches()))) {
                continue;
            }
            // its sender or title and a line of its message, up to its box to reply or the next toast: the window's
            // own text may follow in reading order
            List<String> message = message(below.stream().takeWhile(l -> !REPLY_BOX.matcher(l).matches()
                    && !APP_WHEN.matcher(l).matches()).toList()).stream().limit(ON_SCREEN_LINES).toList();
            if (!message.isEmpty()) {
                String sentence = sentence(Optional.of(m.matches() ? m.group(1).strip() : stripped.get(i)), message,
                        below);
                return Optional.of(Interruptions.SHOWS + Character.toLowerCase(sentence.charAt(0))
                        + sentence.substring(1));
            }
        }
        // a bar that says the screen is being shared, over the window shared
        Optional<String> shared = said.startsWith(SHARING) ? Optional.empty() : sharing(stripped);
        if (shared.isPresent()) {
            return Optional.of(Interruptions.SHOWS + Character.toLowerCase(shared.get().charAt(0))
                    + shared.get().substring(1));
        }
        // a field's warning that Caps Lock is on, below a password (Chromium's sign-in page, stop 44, captured)
        return stripped.stream().filter(l -> CAPS_LOCK_ON.matcher(l).matches()).findFirst()
                .filter(l -> !said.toLowerCase(Locale.ROOT).contains("caps lock"))
                .map(l -> "It says \"" + l.replaceAll("\\.$", "") + "\".");
    }

    /** The first {@value #SAID_LINES} lines of a toast's message, quoted: ""Ann Lee" and "Are you coming?"". */
    private static String quoted(List<String> message) {
        List<String> quoted = message.stream().limit(SAID_LINES).map(l -> "\"" + KindCheck.quote(l, QUOTED_WORDS)
                + "\"").toList();
        return KindCheck.joined(quoted);
    }

    /** The application that {@code line} names as a toast's first line, with or without how long ago. */
    private static Optional<String> application(String line) {
        Matcher m = APP_WHEN.matcher(line);
        if (m.matches()) {
            return Optional.of(m.group(1).strip());
        }
        return NOTIFIER.matcher(line).matches() ? Optional.of(line) : Optional.empty();
    }

    /** A toast's lines without how long ago, its actions and its sender's address: its message, legible. */
    private static List<String> message(List<String> lines) {
        return lines.stream().filter(l -> !WHEN.matcher(l).matches() && !ACTION.matcher(l).matches()
                && !ADDRESS.matcher(l).matches() && KindCheck.lettered(l)).toList();
    }

    /**
     * "A notification from Outlook: ... .": its application where known, its message's lines quoted, and its choices
     * among {@code lines} where it offers some.
     */
    private static String sentence(Optional<String> app, List<String> message, List<String> lines) {
        String said = quoted(message);
        List<String> choices = lines.stream().filter(l -> CHOICE.matcher(l).matches()).distinct().toList();
        return NOTIFICATION + app.map(a -> " from " + KindCheck.quote(a, QUOTED_WORDS)).orElse("") + ": " + said + "."
                + (choices.isEmpty() ? "" : " Its choices: " + String.join(", ", choices) + ".");
    }
}
