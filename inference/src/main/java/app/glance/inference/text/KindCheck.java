package app.glance.inference.text;

import app.glance.inference.ocr.WordSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kind of window a caption names is checked against the text on screen, for the kinds whose text gives them away: a
 * terminal shows a prompt, a shell's or a program's words; a calculator shows its keys or its name; a video page or
 * player shows times, "views" or a video file; a chat shows messages, a channel or times; a music player, a map, a PDF
 * viewer, a word processor, a news article, a dashboard, a file manager, a lock screen, a calendar and a settings page
 * show words and figures of their own (track times, directions, page counts, paragraph styles, bylines, percentages,
 * places and file names, a clock, months, settings; the times and dates of a file listing, "drwxr-xr-x ... Nov 28
 * 06:31", are nobody's clock, and the listing is a terminal's mark); web pages, editors, stores and menus have generous
 * lists of words. When the screen's text has none of that kind's marks, the caption's kind is a guess the screen
 * contradicts (the bundled model called a text editor and a file manager "a terminal", a calendar "a calculator",
 * GNOME's question dialog "a file manager"), and the caption is replaced by {@link #unknownKind}: its other words hang
 * on the kind ("and a traceback", "with the display showing 2"). Types of dialog are checked the same way ("a progress
 * dialog" needs a percentage or a word in -ing, "a print dialog" printing words): a wrong type leaves
 * {@link #someDialog}, "A dialog.". Nothing is judged on fewer than {@link #MIN_LINES} legible lines of text (or two
 * with {@link #MIN_WORDS} English words): pass 1 runs before any text is read, and a screen with so little text, or
 * text OCR could not make out, gives no evidence either way. Other kinds ("a dialog", "a text editor") have no mark
 * that every screen of theirs shows, and are left as they are. The other way round, the text of a small dialog (a
 * message, then its buttons: {@link #dialogShaped}) shows it is one: any other kind of window is then a wrong guess,
 * even when the message holds that kind's words (GNOME's "permanently delete 2 selected items?" was called "a file
 * manager"), and so does a file manager's ({@link #fileManagerShown}); where the caption's kind is contradicted, a
 * prompt or an address bar says "a terminal" or "a web browser" rather than nothing ({@link #terminalShown}, {@link
 * #browserShown}).
 */
public final class KindCheck {

    /** What Glance says instead of a kind of window that the screen's text contradicts. */
    public static final String UNKNOWN_KIND = "Glance cannot tell what kind of window this is.";
    public static final String SOME_DIALOG = "A dialog.";
    /** How AppTitles names the kind of a program that runs in a terminal ("a text editor in a terminal"). */
    private static final String IN_A_TERMINAL = " in a terminal";
    /** What Glance says of vim, by its file line. */
    private static final String VIM = "A text editor in a terminal.";

    /** Fewer legible lines than this say too little about a screen to contradict anything. */
    static final int MIN_LINES = 3;
    /** English words of three letters or more that make two legible lines enough to judge by. */
    static final int MIN_WORDS = 6;
    /** A lock screen shows a clock, a date and little else: at most this many legible lines. */
    static final int LOCK_LINES = 3;
    /** A lock screen's clock or date is a line of at most this many words ({@link #dateLines}). */
    static final int DATE_LINE_WORDS = 4;
    /** A lock screen's text is at most this many legible lines ({@link #lockScreen}). */
    static final int LOCK_SCREEN_LINES = 6;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}{2}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\s]+");
    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]<>]");

    /**
     * A time on a clock, a video's position or a message's stamp: "2:50", "14:21". Not a process's time in hundredths
     * of a second, as top lists them ("0:18.75", which OCR also reads "0:00-84" or "0:00+57").
     */
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}"
            + "(?!\\d|[.,+]\\d|-\\d{2}(?![\\d:]))");
    /**
     * A time after a date of figures, "11/29/26 23:13", "2026-11-29 08:15", "2/26 04:45": when a file was changed (a
     * file dialog's, an FTP client's or a log's list), not a player's, a chat's or a clock's time (FileZilla's welcome,
     * stop 29, was "Probably a music player." by its files' times).
     */
    private static final Pattern DATED_TIME = Pattern.compile("(?:\\b\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?,?\\s+"
            // or after a day named as a list of notes or files names it, "Today, 11:51" (Gnote's, stop 52, captured,
            // had been "Probably a music player."); a chat's "Today at 11:51" stays its message's time
            + "|(?i)\\b(?:today|yesterday)[,.]\\s*)\\d{1,2}:\\d{2}");
    /**
     * A file's type and permissions in a long listing, as OCR reads them from a terminal's small letters:
     * "drwxr-xr-x", "dIwxI-xI-x", "drwx-xI-x", "1rwxrwxrwx", "-rw-r--r--." (see {@link #permissions}).
     */
    private static final Pattern PERMISSIONS = Pattern.compile("(?<!\\S)[dl1-][rwxXsStTIl1-]{7,9}[.+@]?(?!\\S)");

    /** What top and htop print above their list of processes: "load average:", "MiB Mem :", "%Cpu(s):". */
    private static final String TOP_WORDS = "(?i)\\bload\\s*avera\\w*|\\b[KMG]iB (?:Mem|Swap)\\b|Cpu\\(s\\)"
            + "|^\\s*(?:Mem|Swp)\\s*\\[";
    /** A commit's line in git's log, and its fields within this many lines below it. */
    private static final Pattern GIT_COMMIT = Pattern.compile("(?i)commit\\s+[0-9a-f]{7,40}\\b.*");
    private static final Pattern GIT_FIELD = Pattern.compile("(?i)(?:auth\\w*|dat\\w*|merge)\\b");
    static final int GIT_FIELD_LINES = 3;
    /**
     * The columns' names that `df` and `ps` print above their tables, as PP-OCR reads them: "Used Avail Usex Mounted
     * on", "STAT START", "TIME COMMAND", "%CPU %MEM" (xterm's windows without their titles were "Glance cannot tell
     * ...", stop 31, by hand).
     */
    private static final Pattern TABLE_HEADER = Pattern.compile("(?i)\\bavail\\b.*\\bmounted\\s*on\\b"
            + "|\\bstat\\s+start\\b|\\btime\\s+command\\b|%\\s*cpu\\s+%\\s*mem\\b");
    /** A terminal's names, its programs' words, and what they print ("Reading package lists", "64 bytes from"). */
    private static final Pattern TERMINAL_WORDS = Pattern.compile("(?i)\\b(?:terminal|xterm|konsole|tilix|terminator"
            + "|bash|zsh|shell|console|powershell|command prompt|cmd\\.exe|tty\\d*|ssh|sudo|vim?|nano|emacs|htop|tmux"
            + "|traceback|manual page|synopsis|bytes from|package lists|dependency tree|newly installed|upgraded|apt"
            + "|apt-get|git|on branch|not staged|changes to be committed|command not found"
            + "|no such file or directory|permission denied|icmp_seq|ttl|line \\d+, in)\\b"
            + "|-- (?:insert|visual) --|\\(end\\)|modified:|<module>|" + TOP_WORDS);
    /**
     * Vim's file line ("\"notes.txt\" 6 lines, 158 bytes", "\"notes.txt\" 6L, 158B", "\"new.txt\" [New]", also when OCR
     * splits it, or reads a 0 as "o": "1o lines"): its "~" lines are too small to be read.
     */
    // "lines" also with its l read as 1 or I, run into its count, and a full stop for its comma:
    // "\"README.md\"151ines,459bytes", "todo.md\"14 1ines.448bytes" (stop 26)
    private static final Pattern VIM_STATUS = Pattern.compile("(?i)\\d[\\do]*\\s*[l1|i]ines?[,.]?\\s*\\d[\\do]*\\s*"
            + "(?:bytes|characters)\\b|\\b\\d+L,\\s*\\d+B\\b"
            + "|^[\"\u201c][^\"\u201d]+[\"\u201d]\\s*(?:\\[\\w+]|\\d[\\do]*\\s*(?:L|[l1|i]ines?)\\b)"
            // after the file's name, a count of ones read as letters too: "\"notes.txt\" ll lines, 364 bytes" (stop 33)
            + "|^[\"\u201c][^\"\u201d]+[\"\u201d]\\s*[\\dlI|][\\dolI|]*\\s*[l1|i]ines?[,.]?\\s*\\d[\\do]*\\s*"
            + "(?:bytes|characters)\\b");
    /** Vim's file line is its window's last line, or among the last few when OCR reads its "~" rows as letters. */
    static final int VIM_FOOT_LINES = 3;
    /**
     * Vim's last row as OCR reads it in pieces, its lines joined: the counts "5L." "125B", or the ruler "1,1" with
     * "All" ("A11"), "Top", "Bot" or a percentage (a window captured by hand, stop 24).
     */
    private static final Pattern VIM_FOOT = Pattern.compile("(?i)\\b\\d+L[.,]?\\s*\\d+B\\b"
            + "|\\b\\d+,\\d+(?:-\\d+)?\\s+(?:all|a11|al1|a1l|top|bot|\\d+%)$");
    /** The last row in pieces: counts and ruler, up to this many lines. */
    static final int VIM_FOOT_PIECES = 4;
    private static final Pattern TOP = Pattern.compile(TOP_WORDS);
    /** A caption that names an editor of any kind (text, code): vim is one. */
    private static final Pattern EDITOR = words("editor|notepad|ide");
    /**
     * A prompt's user, host and the start of its folder: "ann@box:~", "root@vm:/"; the colon also as OCR misreads it
     * ("root@vm+/tmp#", stop 36).
     */
    private static final String USER_AT_HOST = "[\\w.-]+@[\\w.-]+\\s*[:;*+]?\\s*[~/]";
    /** A shell's prompt with its user, host and folder at the start of a line: "ann@box:~$", "root@vm:/tmp#". */
    private static final Pattern HOST_PROMPT = Pattern.compile("^" + USER_AT_HOST + "\\S*\\s*[$#]");
    /**
     * A shell's command at the start of a line: "$ ls -1", "ann@box:~$ cat notes.txt" (not "# ...", which starts many
     * a configuration file as well as root's prompt).
     */
    private static final Pattern COMMAND = Pattern.compile("^(?:" + USER_AT_HOST + "\\S*\\s*[$#]|[$\u276f])\\s+\\S");
    /**
     * A shell's command whose "$" OCR read as a letter or with a speck after it: "s cat notes.txt", "$. ls -1" (xterm's
     * windows, stop 24); only a command that a shell's line begins with, alone or with an option or a path ("S top
     * quality" is no command).
     */
    private static final Pattern MISREAD_COMMAND = Pattern.compile("^(?:[sS]|\\$[.,])\\s+(?:ls|cat|cd|less|more"
            + "|head|tail|grep|git|vim?|nano|top|htop|sudo|python3?|echo|ssh|apt|make|cp|mv|rm|mkdir)"
            + "(?:\\s*$|\\s+.*[-./~])");
    /**
     * A command that shows a file, and the file's name, alone on a line: "cat case.txt", "less notes.md" (an xterm
     * window whose prompt the capture cut off, stop 26).
     */
    private static final Pattern FILE_COMMAND = Pattern.compile("^(?:cat|less|more|head|tail|vim?|nano)\\s+"
            + "[\\w./~-]*\\.[A-Za-z0-9]{1,5}$");
    /** A manual page's header is its first line, below a terminal's title and tabs at most. */
    static final int MAN_HEADER_LINES = 4;
    /** A manual page's header line, "MV(1)", "CHMOD(1)", with "User Commands" or "SYNOPSIS" below it. */
    private static final Pattern MAN_HEADER = Pattern.compile("^[A-Z][A-Z0-9_.-]*\\(\\d\\w*\\)$");
    private static final Pattern MAN_SECTION = Pattern.compile("(?i)^(?:user commands|synopsis|description"
            + "|system administration commands|library functions manual)$");
    /**
     * A prompt: "user@host:~$", "user@host: /tmp", "$ ls", "root@x:/tmp#", "C:\Users\ann>", "PS C:\>", and Python's
     * {@code >>>} (which PP-OCR often reads as "\u300b", a CJK bracket). Not a mark before a number: a page's "ORDER#
     * 112-4478123" (a page made like Amazon's orders had been "A terminal.", stop 50), a price's "$ 14.99".
     */
    private static final Pattern PROMPT = Pattern.compile(USER_AT_HOST
            + "|(?:^|[\\s~/\\]\\w])[$#\u276f](?:\\s+(?![\\d.,]+\\b)|$)|^[A-Za-z]:\\\\[^>]*>|^PS [A-Za-z]:"
            + "|^(?:>>>|>?\u300b>?)(?![>\u300b])");
    /**
     * A prompt alone on its line, with no command ("$", ">>>", as OCR also reads a toolbar's "\u00bb" chevrons:
     * "\u300b>", LibreOffice's, and a spreadsheet's column "$"): a mark only beside a prompt with a command.
     */
    private static final Pattern BARE_PROMPT = Pattern.compile("^(?:[$#\u276f]|>>>|>?\u300b>?)$");
    /** What Python says when it starts: "Python 3.11.7 (main, ...) [GCC 12.2.0] on linux", "Type "help", ...". */
    private static final Pattern PYTHON_GREETING = Pattern.compile("(?i)^python \\d[.,]\\d|^t[uy]pe\\W+help\\W");
    /**
     * The words of Python's greeting that nothing else says, as OCR reads them too ("Type"heip","copyright",
     * "credits" or""license"for more information."): a terminal's, where its prompt was not read (stop 36, by hand:
     * "Probably a text editor.").
     */
    private static final Pattern PYTHON_NOTICE = Pattern.compile("(?i)copyright\\W{1,6}credits\\W{1,6}(?:or\\W{0,6})?"
            + "license");

    private static final Pattern CALCULATOR_WORDS = Pattern.compile("(?i)calc|qalculate|speedcrunch");
    /** One key of a calculator's keypad, as OCR reads it alone or in a row of keys. */
    private static final Pattern KEY = Pattern.compile("(?i)[0-9]|[-+\u2212\u00d7\u00f7*/=%.,]|ac|ce|c|mc|mr|ms"
            + "|m\\+|m-|m\u2212|sqrt|\u221ax?|\u00b1|\\+/-|x\u00b2|x\\^2|1/x|\u232b|del|backspace");
    /** A calculator's operator keys, read alone (not "x" or "-": a window's close button, a list's bullet). */
    private static final Pattern OPERATOR_KEY = Pattern.compile("[+\u00d7\u00f7*=\u00b1\u221a]|\\+/-|mod|ac|ce|sqrt"
            + "|x[2\u00b2]|1/x|ans");
    static final int KEYPAD_DIGITS = 7;
    static final int KEYPAD_OPERATORS = 2;
    /** A sum on a calculator's display: "21 + 114 =", "703 × 152" (not a date: "11/28/26"). */
    private static final Pattern SUM = Pattern.compile(
            "\\d(?:\\s+[-+\u2212\u00d7\u00f7*/]\\s+\\d[\\d.,]*|\\s*[-+\u2212\u00d7\u00f7*/]\\s*\\d[\\d.,]*\\s*=)\\s*$");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    private static final Pattern VIDEO_WORDS = Pattern.compile("(?i)video|watch|\\bviews\\b|subscribe|playlist|youtube"
            + "|vimeo|stream|\\blive\\b|episode|movie|film|\\bplay|pause|\\bmute|meeting|participants?"
            + "|\\.(?:mp4|mkv|webm|avi|mov|ogv)\\b"
            // a call's camera button, a line of its own: "Pack the camera charger" in a note is none (stop 25)
            + "|^\\s*camera(?:\\s+(?:on|off))?\\s*$");

    private static final Pattern MUSIC_WORDS = Pattern.compile("(?i)\\b(?:music|songs?|artists?|albums?|playlists?"
            + "|tracks?|radio(?!\\s*buttons?)|podcasts?|now playing|lyrics|spotify"
            + "|rhythmbox|clementine|itunes|vlc|audacious|amarok|lollypop)\\b|\\.(?:mp3|ogg|flac|wav|m4a|opus)\\b"
            // a player's buttons and its library, each a line of its own: "Next steps" or "Return the library books"
            // in a note is none (vim windows, stop 24); nor is a form's "Radio Button" (LXAppearance, stop 27)
            + "|^\\s*(?:(?:shuffle|repeat|play|pause|next|previous|prev|stop|library)\\s*)+$");

    private static final Pattern MAP_WORDS = Pattern.compile("(?i)\\b(?:maps?|directions?|routes?|km|mi|miles|zoom"
            + "|street|st|road|rd|avenue|ave|boulevard|lane|park|station|satellite|terrain|traffic|nearby|navigation"
            + "|destination|openstreetmap|restaurants?|hotels?)\\b|\u00a9");

    /**
     * A document viewer's marks: "PDF", page counts ("3 of 12", "3 / 12"), a zoom level (a whole percentage: "99.3%"
     * is a meter's, as in htop), its name.
     */
    private static final Pattern PDF_WORDS = Pattern.compile("(?i)\\bpdf\\b|\\bpages?\\b|\\b\\d+\\s*(?:/|of)\\s*\\d+\\b"
            + "|(?<![\\d.,])\\d+\\s*%|\\bzoom"
            + "|\\b(?:evince|okular|acrobat|reader|document viewer|atril|xreader|sumatra)\\b");
    /** Of those, the ones that settle it at once: "PDF" and a viewer's name. */
    private static final Pattern PDF_NAMES = Pattern.compile("(?i)\\bpdf\\b"
            + "|\\b(?:evince|okular|acrobat|document viewer|atril|xreader|sumatra)\\b");

    private static final Pattern WORD_PROCESSOR_WORDS = Pattern.compile("(?i)\\b(?:writer|word|docs|document|pages?"
            + "|paragraph|heading|normal|default|styles?|font|format|insert|table|liberation|calibri|arial|times"
            + "|serif|sans|bold|italic|words|characters)\\b|\\.(?:docx?|odt|rtf)\\b");

    /** A news page's sections and bylines, and dates written out ("March 3, 2026"). */
    private static final Pattern NEWS_WORDS = Pattern.compile("(?i)\\b(?:news|article|reporter|editor|published"
            + "|updated|min read|ago|share|comments?|subscribe|headlines?|opinion|world|politics|business|sports?"
            + "|science|health|technology|culture|weather)\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+\\d{1,2}\\b");

    /** A sum of money: "$12.99", "€ 5", "£40". */
    private static final Pattern MONEY = Pattern.compile("[$\u20ac\u00a3\u00a5]\\s?\\d|\\d\\s?[$\u20ac\u00a3]");

    /** A dashboard's headings and figures: percentages and sums of money count too. */
    private static final Pattern DASHBOARD_WORDS = Pattern.compile("(?i)\\b(?:dashboard|overview|analytics|reports?"
            + "|revenue|sales|orders|users|visitors|customers|metrics|stats|statistics|total|growth|conversion|income"
            + "|expenses|profit|monthly|weekly|today)\\b|\\d\\s*%|[$\u20ac\u00a3]\\s?\\d");

    /**
     * A file manager's places, columns, status ("7 items", "Free space") and names; not "Bookmarks", a menu of
     * browsers' and notes applications' bars too (CherryTree's, stop 52, captured).
     */
    private static final Pattern FILE_MANAGER_WORDS = words("items?|free space|home|desktop"
            + "|documents|downloads|pictures|music|videos|trash|folders?|files|size|modified|places|this pc"
            + "|finder|explorer|nautilus|thunar|dolphin|pcmanfm|nemo|caja");
    /**
     * A file manager's status line ("11 items", "Free space: 56.8 GiB"): the videos and songs it lists are files, not
     * what a player or a video page shows, so their extensions are no marks of those on such a screen.
     */
    private static final Pattern FILE_STATUS = Pattern.compile("(?i)\\b\\d+ items?\\b|\\bfree space:\\s*\\d");
    /**
     * A file manager's status line: its counts first, of items, files or folders, then its sizes or free space, or
     * nothing ("2 Folders, 5 Files (134.0 KiB)", "5 files: 134.0 KiB (137,216 bytes), Free space: 75.1 GiB").
     */
    private static final Pattern FILE_COUNT = Pattern.compile("(?i)\\d{1,6} (?:items?|files?|folders?)"
            + "(?:,? \\d{1,6} (?:items?|files?|folders?))?(?=$|\\s*[(:,]|\\s+\\d)");
    /** A mark before a status line's count, as OCR reads its edge: "[4 items". */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    /**
     * A file's name, the whole of a line: a letter, digit, "_", "(" or "[" first, at most 60 characters without a
     * path's separators or quotes, then an extension of two to four letters and digits, one a letter at least.
     */
    private static final Pattern FILE_ON_LINE = Pattern.compile("[\\p{L}\\p{N}_(\\[][^/\\\\:*?\"<>|]{0,60}"
            + "\\.(?=[A-Za-z0-9]{0,3}[A-Za-z])[A-Za-z0-9]{2,4}");
    /**
     * A name cut where it wrapped under its icon, as OCR reads a piece of it: one word that ends in "." or "-"
     * ("Vacation.tar.", "October.xl-"), an extension alone ("gz", "mkv"), or several names on one line, a word before
     * the last holding a dot ("clip_235.web- course_2026. spaces.pdf").
     */
    private static final Pattern NAME_CUT = Pattern.compile("[\\p{L}\\p{N}_][^\\s]*[.-]"
            + "|(?i:gz|xz|bz2|zip|tar|mkv|mp4|mp3|ogg|flac|jpg|jpeg|png|gif|pdf|odt|ods|doc|docx|xls|xlsx|txt|md|sx)"
            + "|.*\\S\\.\\S*\\s.*\\.[A-Za-z0-9]{2,4}");
    /** A month's name, written out or cut short ("Dec", "Dec.", "December"), in a group of its own. */
    private static final String MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /**
     * When a file was changed, as a list of files shows it in its own column: "12/1/2026 4:12 PM", "2026-12-01 16:12",
     * "Today at 10:14", "Yesterday, 16:02", "1 Dec 2026 at 09:03", "Dec 1, 2026"; the time may be read joined to the
     * date ("10/3/20262:20 PM").
     */
    private static final Pattern MODIFIED = Pattern.compile("(?i)(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|today|yesterday"
            + "|\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4}|" + MONTHS + "\\s+\\d{1,2},?\\s+\\d{4})"
            + "(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[AP]M)?)?(?![\\p{L}\\p{N}])");
    /** A file's name before when it was changed, on one line (a list's row read as one): "setup 12/2/2026 9:40 AM". */
    private static final Pattern NAME_THEN_MODIFIED = Pattern.compile("(.*?\\p{L}.*?)\\s+(" + MODIFIED.pattern()
            + ").*");
    /** A file's size in a list's column: "24 KB", "4,210 KB", "1.2 MB", "--". */
    private static final Pattern FILE_SIZE = Pattern.compile("(?i)[\\d.,]+\\s*(?:bytes|[kMGT]i?B)|-{1,2}");
    /** What makes a line a web address, not a file: "www.", "://", a domain's ending. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^www\\.|://|\\.(?:com|org|net|gov|edu)$");
    /** A file's name has at most this many words. */
    private static final int FILE_NAME_WORDS = 6;
    /** A file manager's files are said where at least this many are named. */
    private static final int NAMED_FILES_AT_LEAST = 2;
    /** How many of a file manager's files are named. */
    private static final int NAMED_FILES = 3;
    /** A folder's path, the whole of a line, and its last part: "/tmp/s44/p/Photos", "C:\Users\Ann". */
    private static final Pattern PATH_LINE = Pattern.compile("(?:~|[A-Z]:)?[/\\\\](?:[^/\\\\]+[/\\\\])*"
            + "([^/\\\\\\s][^/\\\\]*?)[/\\\\]?");
    /** The heading of a file manager's sidebar, above its places: "Favourites", "Places", "Quick access". */
    private static final Pattern SIDEBAR_HEADING = Pattern.compile("(?i)favou?rites|places|locations|quick access");
    /**
     * Between the parts of a path to a page or a folder: an address bar's "This PC > Documents", "Home \u203a
     * Pictures"; a settings window's "System > Display" ({@link AppTitles}).
     */
    static final Pattern BREADCRUMB_STEP = Pattern.compile("\\s*[>\u203a\u00bb]\\s*");
    /** A folder's name in an address bar has at most this many characters. */
    private static final int MAX_FOLDER_NAME = 60;
    /** The kind of window a file manager's title names ({@link AppTitles}). */
    private static final String FILE_MANAGER_KIND = "a file manager";
    /** One count of {@link #FILE_COUNT}: "5 Files". */
    private static final Pattern COUNTED = Pattern.compile("(?i)(\\d{1,6}) (items?|files?|folders?)");
    private static final Pattern FREE_SPACE = Pattern.compile("(?i)\\bfree space:\\s*\\d");
    /** A disk's free space, in bytes: "Free space: 74.1 GiB". */
    private static final Pattern FREE_BYTES = Pattern.compile("(?i)\\bfree space:\\s*\\d[\\d.,]*\\s*[kMGT]i?B\\b");
    private static final Pattern MEDIA_FILE = Pattern.compile("(?i)\\.(?:mp4|mkv|webm|avi|mov|ogv|mp3|ogg|flac|wav|m4a"
            + "|opus)\\b");
    /**
     * A file name: a line that ends in an extension ("report.pdf", "IMG_7322.png"), which has a letter: a version,
     * a price or a date is none ("CherryTree 0.99.48" had made its empty window "Probably a file manager.", stop 52,
     * captured).
     */
    private static final Pattern FILE_NAME = Pattern.compile("\\.(?=\\d*[A-Za-z])[A-Za-z0-9]{2,4}\\s*$");

    /** Months and weekdays, written out or cut short ("November", "Sun Mon", "Fri 02:00"). */
    private static final Pattern DATE_WORDS = words("jan|feb|mar|apr|may|jun|jul|aug|sep|sept"
            + "|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|today|tomorrow");
    /** A line of a month's heading: weekdays cut short and nothing else ("Sun Mon", "WedThu", "Su Mo Tu We"). */
    private static final Pattern WEEKDAY_ROW = Pattern.compile("(?i)(?:\\s*(?:sun|mon|tue|wed|thu|fri|sat|su|mo|tu|we"
            + "|th|fr|sa)\\s*)+");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)sun|mon|tue|wed|thu|fri|sat|su|mo|tu|we|th|fr|sa");
    /** A line of a month's days and nothing else: "14", "1 2 3 4 5 6 7". */
    private static final Pattern DAY_ROW = Pattern.compile("(?:\\s*(?:[1-9]|[12]\\d|3[01])\\s*)+");
    static final Pattern MONTH = Pattern.compile("(?i)\\b(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /**
     * Weekdays in a month's heading and days in its grid that make a month's grid ({@link #monthShown}); PP-OCR misses
     * some of the days (19 of the 30 read on zenity's calendar, real_check's: "A dialog. The text on it begins "When
     * is your appointment?"." until stop 42).
     */
    static final int GRID_WEEKDAYS = 5;
    static final int GRID_DAYS = 15;
    /** A big clock's time, alone on its line: "12:45", "9:41 AM". */
    private static final Pattern CLOCK_ALONE = Pattern.compile("(?i)^\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?$");
    /**
     * A day's full name beginning a line of a date, at most a few words more and no question ("Thursday, November 28";
     * not a mail's subject, "Lunch on Friday?": Windows' Mail app had been "A lock screen.", stop 42, written down).
     */
    private static final Pattern FULL_WEEKDAY = Pattern.compile("(?i)^(?:monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)\\b[\\s,.\\p{L}\\d]{0,24}$");
    /** A caption that says the screen is locked. */
    private static final Pattern LOCKED = Pattern.compile("(?i)\\block(?:ed)? screen\\b|\\bis locked\\b");
    private static final Pattern LOCK_WORDS = words("lock|locked|unlock|password|sign in|log in"
            + "|login|enter|swipe|press");
    private static final Pattern LOGIN_WORDS = words("password|passphrase|username|user name|user"
            + "|sign in|log in|login|e-?mail|account|pin|authenticate|authentication|credentials");
    private static final Pattern SETTINGS_WORDS = words("settings|preferences|options|enable"
            + "|enabled|disable|disabled|on|off|account|privacy|notifications?|display|sound|network|appearance"
            + "|general|language|theme|system|about|security|bluetooth|wi-?fi|power|keyboard|mouse|default");

    private static final Pattern CHAT_WORDS = Pattern.compile("(?i)chat|messages?\\b|\\bsend\\b|type a|reply|online"
            + "|typing|conversation|channel|#[\\w-]+|slack|discord|whatsapp|telegram|messenger");

    /**
     * A kind of window as captions name it, and the marks its screens show; {@code sure} are those of its marks that
     * more lines can never undo (a prompt stays a prompt; a keypad may turn out to be a calendar's days), so finding
     * them in the first lines settles the question. A {@code dialog} kind is one type of dialog ("a print dialog"):
     * when its marks are missing, the dialog stays and only its type goes.
     */
    private record Kind(Pattern named, Predicate<List<String>> sure, Predicate<List<String>> marked, boolean dialog) {

        Kind(Pattern named, Predicate<List<String>> marked) {
            this(named, marked, marked, false);
        }

        /** A kind whose marks are one pattern: any line that shows it. */
        Kind(Pattern named, Pattern marks) {
            this(named, lines -> any(lines, marks));
        }

        Kind(Pattern named, Predicate<List<String>> sure, Predicate<List<String>> marked) {
            this(named, sure, marked, false);
        }

        static Kind dialog(String names, Pattern marks) {
            Predicate<List<String>> marked = lines -> any(lines, marks);
            return new Kind(words(names), marked, marked, true);
        }
    }

    /** What the check finds of the kind a caption names. */
    public enum Verdict {
        /** No kind this check knows, too little text to judge, or the kind's marks are on screen. */
        HOLDS,
        /**
         * The kind of window is one whose marks none of the screen's text shows, or a type of dialog on a window with a
         * menu bar and no dialog's buttons.
         */
        KIND_CONTRADICTED,
        /** A type of dialog ("a print dialog") whose marks none of the screen's text shows. */
        DIALOG_TYPE_CONTRADICTED,
        /**
         * The screen's text is a small dialog's ({@link #dialogShaped}: a few lines, its buttons last), and the caption
         * names a kind of window that is no dialog, whatever marks of that kind the dialog's message holds; or the
         * caption's kind is contradicted and the text is a dialog's of up to {@value #LONG_DIALOG_LINES} lines.
         */
        DIALOG_SHOWN,
        /**
         * The screen's text is a file manager's ({@link #fileManagerShown}: places of its own lines, a status line of
         * items or free space), and the caption names another kind of window or a type of dialog.
         */
        FILE_MANAGER_SHOWN,
        /**
         * The caption's kind is contradicted (as {@link #KIND_CONTRADICTED} or {@link #DIALOG_TYPE_CONTRADICTED}), and
         * the text shows a terminal for sure ({@link #terminalShown}: a prompt, vim's file line, a long listing, a
         * manual page's header); or the caption names a text editor and the text begins with a shell's command ("$ ls
         * -1"); or the text is too little to judge a kind by and two of its lines hold a prompt; or vim's file line is
         * at the foot of the text ({@link #vimFoot}) and the caption names neither a terminal nor an editor, whatever
         * marks of its kind the text holds.
         */
        TERMINAL_SHOWN,
        /**
         * The caption's kind is contradicted, and one of the first lines is a browser's address bar ({@link
         * #browserShown}).
         */
        BROWSER_SHOWN,
        /**
         * The first lines hold a text editor's menu bar ({@link #editorMenuBar}: "File Edit Search View Document
         * Help"), no dialog's buttons are on screen, and the caption names another kind of window, whatever marks of
         * that kind the editor's text holds, or a type of dialog.
         */
        EDITOR_SHOWN,
        /**
         * The caption's kind is contradicted, and the text shows a month's grid ({@link #monthShown}: its weekdays and
         * its days, each a line of its own), as date pickers and calendars do.
         */
        MONTH_SHOWN,
        /**
         * The caption names another kind of window (or a type of dialog with no buttons on screen) than the one the
         * text shows by its own bars ({@link #applicationShown}: a word processor's word count, a spreadsheet's cell
         * name and columns, a PDF viewer's file and zoom, a code editor's line numbers beside code), and the first
         * lines show none of the caption kind's sure marks.
         */
        APPLICATION_SHOWN
    }

    private static final Kind TERMINAL = new Kind(words("terminal|console|shell window"),
            lines -> any(lines, TERMINAL_WORDS) || prompts(lines) > 0 || any(lines, VIM_STATUS)
                    || tildes(lines) >= 2 || listing(lines));
    /** Words in "-ing" that label a field or a setting rather than say what is being done. */
    private static final String ING_NOUNS = "(?:shipping|billing|mailing|heading|padding|spacing|settings?|sharing"
            + "|warning|something|nothing|everything|anything|morning|evening|meeting|string|ceiling|clothing"
            + "|parking|pricing|rating|ranking|wording|spring|during)";
    /**
     * An empty screen has no text to speak of: three lines with English words contradict it. "A blank." alone is this
     * kind too (the bundled model's caption of a shell's screen, once its quotes were gone; stop 24), and so is "a
     * plain black desktop" (a zenity scale dialog's window, stop 26).
     */
    private static final Kind BLANK = new Kind(Pattern.compile("(?i)\\b(?:screen is (?:empty|blank)"
            + "|(?:blank|empty|plain black) (?:screen|desktop)"
            // "Probably the screen is completely: the whole screen is black and empty." (Wine's Minesweeper, a small
            // window on a black desktop, stop 53, captured)
            + "|screen is (?:completely|entirely)(?:(?=:)|\\s+(?:black|white|dark|empty|blank))"
            + "|(?:black|white|dark|grey) and (?:empty|blank)"
            // the corpus's detailed words for a blank frame: "shows a single flat white colour" (FileZilla, stop 30)
            + "|(?:single|one) (?:flat|solid|plain) \\w+ colou?r)\\b"
            + "|^(?:probably )?an? (?:blank|empty)(?=[,.;]|$"
            // "a blank" as a noun: "Probably a blank with the desktop background ..." (zenity's colour dialog, stop 29)
            + "| with\\b| and\\b| showing\\b)"),
            lines -> false);
    /**
     * A text editor holds any text, but not a dialog's: its menu bar or an editor's title in the first lines settles
     * it; else all of the text is asked for, and a text that ends in a dialog's buttons is a dialog's (zenity's text
     * dialog, "Release notes" ... "Cancel" "OK", had been "Probably a text editor.", stop 25).
     */
    private static final Kind TEXT_EDITOR = new Kind(words("text editor|notepad"),
            lines -> editorMenuBar(lines) || AppTitles.find(lines).filter(t -> t.kind().startsWith("a text editor"))
                    .isPresent(),
            lines -> !dialogShaped(lines, KindCheck.LONG_DIALOG_LINES));
    /**
     * A word processor: sure at once of its own bars among the lines read so far ({@link #wordProcessorBars}); its
     * words ("Insert", "Format", "document") only once all of the text is read and no other application's bars show,
     * since any office application's menus and any letter hold them (Gnumeric's window behind its save dialog, and
     * Ristretto's with a photo of a letter, were "Probably a word processor.", stops 36-38, by hand).
     */
    private static final Kind WORD_PROCESSOR = new Kind(words("word processor"), KindCheck::wordProcessorBars,
            lines -> any(lines, WORD_PROCESSOR_WORDS));
    /** A spreadsheet's marks: a cell's name, a formula, its words ("Sheet1", "Sum", "fx"). */
    private static final Pattern SHEET_WORDS = Pattern.compile("\\b[A-Z]{1,2}\\d{1,4}\\b|=\\s*[A-Z]+\\("
            + "|(?i)\\b(?:sheets?\\d*|sum|average|fx|calc|excel|column|row)\\b");
    private static final Kind SPREADSHEET = new Kind(words("spreadsheet"), lines -> any(lines, SHEET_WORDS)
            || lines.stream().filter(l -> l.strip().matches("[A-Z]{1,2}")).count() >= 3);
    private static final Kind FILE_MANAGER = new Kind(Pattern.compile("(?i)\\bfile manager\\b"),
            lines -> any(lines, FILE_MANAGER_WORDS) || lines.stream()
                    .filter(l -> FILE_NAME.matcher(l).find()).count() >= 2);

    /**
     * Kinds of window that no web page is: a web browser's title contradicts them where the page's title before the
     * browser's name shows none of their sure marks ("A text editor." on Edge's "New Tab - Microsoft Edge" had been
     * kept; stop 42, written down). A page may be any other kind (a video page, a spreadsheet in Google Sheets).
     */
    private static final List<Kind> NO_PAGE = List.of(TERMINAL, TEXT_EDITOR, FILE_MANAGER);

    private static final List<Kind> KINDS = List.of(
            TERMINAL,
            new Kind(Pattern.compile("(?i)\\bcalculator\\b"), KindCheck::calculatorNamedOrSum,
                    lines -> calculatorNamedOrSum(lines) || keypad(lines)),
            new Kind(Pattern.compile("(?i)\\bvideo (?:page|player|website|call)\\b"),
                    lines -> any(mediaMarks(lines), VIDEO_WORDS),
                    lines -> any(mediaMarks(lines), VIDEO_WORDS) || clockTime(lines)),
            new Kind(Pattern.compile("(?i)\\bchat (?:page|app|window)\\b"),
                    lines -> any(lines, CHAT_WORDS),
                    lines -> any(lines, CHAT_WORDS) || clockTime(withoutPlayerPosition(lines))),
            new Kind(Pattern.compile("(?i)\\bmusic (?:player|app)\\b"),
                    lines -> any(mediaMarks(lines), MUSIC_WORDS),
                    lines -> any(mediaMarks(lines), MUSIC_WORDS) || clockTime(lines)),
            new Kind(Pattern.compile("(?i)\\bmap (?:page|app)\\b"), MAP_WORDS),
            // a viewer's name or "PDF" settle it at once; a page count or a percentage only once the rest of the text
            // has been read (a zenity text dialog's "4%", stop 26)
            new Kind(Pattern.compile("(?i)\\b(?:PDF|document) viewer\\b"), lines -> any(lines, PDF_NAMES),
                    lines -> any(lines, PDF_WORDS)),
            WORD_PROCESSOR,
            new Kind(Pattern.compile("(?i)\\bnews (?:article|page|site)\\b"), NEWS_WORDS),
            new Kind(Pattern.compile("(?i)\\bdashboard(?: page)?\\b"), DASHBOARD_WORDS),
            FILE_MANAGER,
            // "the desktop is locked" too (a zenity password dialog on a grey desktop, stop 26)
            new Kind(Pattern.compile("(?i)\\block screen\\b|\\b(?:screen|desktop|computer|session) is locked\\b"),
                    lines -> any(lines, LOCK_WORDS),
                    lines -> any(lines, LOCK_WORDS) || clockTimeOrDate(dateLines(lines))
                            && legible(lines) <= LOCK_LINES),
            BLANK,
            new Kind(Pattern.compile("(?i)\\bcalendar (?:page|app)\\b"),
                    lines -> false,
                    lines -> datedLines(lines) >= 2),
            new Kind(Pattern.compile("(?i)\\bsettings (?:page|window|app)\\b"), SETTINGS_WORDS),
            new Kind(words("404 (?:error )?page|error page|page not found"), words("404|not found"
                    + "|error|page|doesn't exist|does not exist|missing|oops|moved|broken|sorry")),
            new Kind(words("(?:connection|browser) error page|offline page|no internet page"),
                    words("connect|connection|connected|internet|offline|network|err_\\w+|dns"
                            + "|can't reach|cannot reach|unable|timed out|proxy|firewall|try again|reload|wi-?fi")),
            new Kind(words("weather (?:page|app)"), Pattern.compile("\u00b0|(?i)\\b(?:weather"
                    + "|forecast|temperature|rain|sunny|cloudy|clouds|wind|humidity|snow|storm|showers|uv"
                    + "|precipitation|feels like)\\b")),
            new Kind(words("online shop(?: page)?|shopping (?:cart|basket)(?: page)?|shop page|store page"),
                    lines -> any(lines, MONEY) || any(lines, words("cart|basket|checkout|prices?|buy|orders?"
                            + "|add to|shop|store|sale|deals?|delivery|shipping|in stock|quantity|qty|total"
                            + "|subtotal"))),
            new Kind(words("search results? page"), Pattern.compile("https?://|www\\.|\\.(?:com"
                    + "|org|net|io)\\b|(?i)\\b(?:results?|search|images|videos|news|maps|next)\\b")),
            new Kind(words("e-?mail (?:client|inbox|app)|webmail inbox|mail (?:client|app)"),
                    Pattern.compile("@|(?i)\\b(?:inbox|mail|e-?mail|sent|drafts|compose|reply"
                            + "|forward|subject|from|to|unread|spam|junk|trash|archive|folders|outlook|thunderbird"
                            + "|gmail)\\b")),
            new Kind(words("login (?:page|screen)|sign-in page|web login"),
                    lines -> any(lines, LOGIN_WORDS) || any(lines, words("sign up|register|forgot|remember me"
                            + "|welcome|continue|next"))),
            TEXT_EDITOR,
            new Kind(words("code editor|IDE"), Pattern.compile("[{};]|=>|==|//|#include"
                    + "|\\(\\)|\\.(?:py|js|ts|java|c|cpp|h|rs|go|rb|php|html|css|json|md|sh|xml|yml|yaml)\\b"
                    + "| = |:\\s*$|\\b(?:def|function|func|fn|class|import|return|const|let|var|public|private"
                    + "|static|void|int|console)\\b")),
            new Kind(words("system monitor|task manager|resource monitor"),
                    Pattern.compile("%|(?i)\\b(?:cpu|memory|mem|ram|swap|disk|network"
                            + "|process(?:es)?|pid|load|uptime|threads|gib|mib|kb|mb|gb|usage|performance|htop|top"
                            + ")\\b")),
            new Kind(words("software (?:store|cent(?:er|re))|app store"), words("install"
                    + "|installed|apps?|software|store|categories|updates?|ratings?|reviews?|free|download|explore"
                    + "|popular|featured|editor's")),
            SPREADSHEET,
            new Kind(words("documentation page|docs page"), words("docs?|documentation|guide"
                    + "|tutorial|reference|api|install|installation|getting started|introduction|overview"
                    + "|examples?|usage|version|v\\d[\\w.]*|contents|next|previous|npm|pip")),
            new Kind(words("encyclopedia article|wiki page"), Pattern.compile("\\[\\d+]"
                    + "|(?i)\\b(?:wiki\\w*|encyclopedia|article|contents|references|see also|history|edit|talk"
                    + "|citation needed)\\b")),
            new Kind(words("presentation(?: editor)?|slide ?show"), words("slides?"
                    + "|presentation|impress|powerpoint|keynote|click to add|title|layout|notes|present")),
            new Kind(words("image editor|photo editor"), Pattern.compile("%|(?i)\\b(?:image"
                    + "|layers?|brush|tools?|filters?|colou?rs?|canvas|zoom|gimp|krita|photoshop|pinta|crop|resize|rgb"
                    + "|opacity|px)\\b|\\.(?:png|jpe?g|gif|xcf|psd)\\b")),
            new Kind(words("context menu|right-click menu"), words("open|copy|paste|cut|delete"
                    + "|rename|properties|new|share|send to|refresh|view|sort|select all|undo|redo|print|save"
                    + "|inspect|reload|back|forward")),
            new Kind(words("application menu|app launcher|start menu|launcher"), lines -> any(lines,
                    words("applications|apps|accessories|internet|office|graphics|games|settings|system"
                            + "|utilities|development|education|multimedia|sound|favou?rites|all apps|search|recent"))),
            new Kind(words("quick settings(?: menu| panel)?"), Pattern.compile("%|(?i)\\b(?:"
                    + "wi-?fi|bluetooth|volume|brightness|battery|power|night|airplane|do not disturb|network"
                    + "|settings|dark|mode|sound|off|on)\\b")),
            // a status that begins with what is being done ("Copying 34 of 120 files"): "-ing" inside a sentence is
            // none ("the files you were working on", LibreOffice's recovery dialog, stop 29); an ellipsis ends a
            // status going on ("Downloading updates..."), not a title cut short ("Register f... the event", stop 34);
            // a form's label in "-ing" is no status ("Shipping address", zenity's form, stop 34)
            // a share "at" a level is none ("Battery is at 5%.", zenity's warning, stop 44, captured)
            Kind.dialog("progress dialog", Pattern.compile("(?i)progress|(?<![\\d.,])(?<!\\bat\\s)\\d+\\s*%"
                    + "|\\b\\d+ of \\d+\\b|remaining"
                    + "|elapsed|\\bleft\\b|please wait|(?:\u2026|\\.\\.\\.)\\s*$"
                    + "|^\\s*(?!" + ING_NOUNS + "\\b)\\p{L}{3,}ing\\b")),
            Kind.dialog("print dialog", words("print|printer|printing|copies|copy|pages?|paper"
                    + "|orientation|portrait|landscape|collate|duplex|preview")),
            Kind.dialog("(?:file|save|open) dialog|file chooser", Pattern.compile(FILE_MANAGER_WORDS.pattern()
                    + "|(?i)\\b(?:open|save|name|folder|recent|location|path|browse|other locations|computer)\\b"
                    + "|" + FILE_NAME.pattern())),
            Kind.dialog("(?:question|confirmation) dialog", Pattern.compile("\\?|(?i)\\b(?:sure|want|would|confirm"
                    + "|proceed|continue|really)\\b")),
            Kind.dialog("(?:warning|alert) dialog", Pattern.compile("!|(?i)\\b(?:warning|caution|careful|undone"
                    + "|permanently|cannot|can't|will|attention|risk|danger|harm|sure|low|avoid|problems?)\\b")),
            Kind.dialog("error dialog", Pattern.compile("!|(?i)\\b(?:errors?|failed|failure|fail|could not|couldn't"
                    + "|cannot|can't|unable|not found|denied|invalid|problem|wrong|missing|full|crash|crashed"
                    + "|unexpected|exception|sorry|oops)\\b")),
            Kind.dialog("info(?:rmation)? dialog", words("information|info|complete|completed"
                    + "|done|success|successful|successfully|saved|finished|updated|ready|note|available|installed"
                    + "|welcome|about|version")),
            Kind.dialog("(?:login|password|authentication|sign-in) dialog", LOGIN_WORDS),
            Kind.dialog("properties dialog", words("properties|size|type|location|created"
                    + "|modified|accessed|permissions|owner|group|general|details|contents|attributes")),
            Kind.dialog("(?:software )?updates? dialog", words("updates?|upgrades?|version"
                    + "|install|download|restart|reboot|available|packages?|software")),
            Kind.dialog("save changes dialog", words("save|changes|close|closing|discard"
                    + "|unsaved|saving|lose|lost")),
            Kind.dialog("(?:input|entry|text entry) dialog", Pattern.compile("(?i)\\b(?:enter|name|type|input|value"
                    + "|new|rename|search)\\b|:\\s*$")),
            Kind.dialog("list dialog", words("select|choose|pick|list|items?|columns?")),
            Kind.dialog("date picker(?: dialog)?|calendar dialog", Pattern.compile(DATE_WORDS.pattern()
                    + "|(?i)\\b(?:calendar|date|today)\\b")),
            Kind.dialog("(?:slider|scale) dialog", Pattern.compile("(?i)\\b(?:value|volume|level|brightness"
                    + "|transparency|adjust|set|scale|speed|size)\\b|^\\s*\\d+\\s*%?\\s*$")));

    /** Kinds of window this check has no marks for; when one of them is named first, the caption is left alone. */
    private static final Pattern UNCHECKED = words("dialog|editor|browser|desktop|menu|viewer|client|inbox|article"
            + "|form|store|shop|monitor|switcher");

    /** A word processor's count of words and characters, or its page style, on its status bar. */
    private static final Pattern WORD_COUNT = Pattern.compile(
            "(?i)\\b\\d[\\d,.]*\\s*words?,\\s*\\d[\\d,.]*\\s*characters?\\b"
            + "|\\bdefault (?:page|paragraph) style\\b");
    /** "Page 1 of 3" (also read run together with the count beside it: "Page 1 of 152 words"). */
    private static final Pattern PAGE_COUNT = Pattern.compile("(?i)\\bpage\\s*\\d+\\s*of\\s*\\d+");
    private static final Pattern WORDS_ALONE = Pattern.compile(
            "(?i)^(?:page\\s*\\d+\\s*of\\s*)?\\d[\\d,.]*\\s*words?$");
    /** Fonts' names that a toolbar shows, as {@link #FORMAT} and {@link #FONT} know them. */
    private static final String FONT_FAMILIES = "liberation (?:sans|serif|mono)(?: narrow)?|calibri|cambria|arial"
            + "|helvetica|times new roman|carlito|caladea";
    /**
     * A toolbar's paragraph style, font or size, or a menu's name alone that is not among the {@link #MENU_NAMES}
     * ("Styles", "Table", "Sheet"), which a word processor's or a spreadsheet's text begins with.
     */
    private static final Pattern FORMAT = Pattern.compile("(?i)(?:default (?:paragraph |page )?style|preformatted text"
            + "|text body|body text|heading \\d|normal|" + FONT_FAMILIES + "|dejavu \\w+(?: \\w+)?"
            + "|sans|serif|monospace|noto \\w+"
            + "|\\d+(?:[.,]\\d+)?\\s*pt|\\d+(?:[.,]\\d+)?\\s*%"
            + "|styles|table|form|sheet|data|statistics|review|references|mailings|layout|design|home)");
    /** A word processor's paragraph style, a line of its own. */
    private static final Pattern PARAGRAPH_STYLE = Pattern.compile("(?i)normal(?: text)?|default (?:paragraph )?style"
            + "|text body|body text|no spacing");
    /** Word's gallery of styles beside its font: "No Spacing", "Heading 1", "Title". */
    private static final Pattern STYLE_GALLERY = Pattern.compile("(?i)no spacing|heading \\d|title|subtitle");
    /** A font's name, a line of its own, perhaps with Word's "(Body)". */
    private static final Pattern FONT = Pattern.compile("(?i)(?:" + FONT_FAMILIES
            + "|dejavu (?:sans|serif)(?: mono)?|georgia|verdana|aptos|segoe ui|noto (?:sans|serif))"
            + "(?:\\s*\\((?:body|headings)\\))?");
    /** A font's size, a line of its own: "12", "10.5", "11 pt". */
    private static final Pattern FONT_SIZE = Pattern.compile("(?:[6-9]|[1-7]\\d)(?:[.,]5)?(?:\\s*pt)?");
    /** A formatting toolbar's style, font and size are within this many lines of one another. */
    static final int TOOLBAR_SPAN = 8;
    /** A word processor's page on its status bar: "Page: 1/1", "Page 2 of 5". */
    private static final Pattern PAGE_STATUS = Pattern.compile("(?i)page:?\\s*\\d+\\s*(?:/|of)\\s*\\d+\\W*");
    /** A spreadsheet's cell name alone, as its name box shows it ("A1", "C12"). */
    private static final Pattern CELL = Pattern.compile("[A-Z]{1,3}[1-9]\\d{0,5}");
    /** A column's letter alone. */
    private static final Pattern COLUMN_LETTER = Pattern.compile("[A-Z]");
    /** A word processor's name, or a document of its own kind. */
    private static final Pattern WORD_PROCESSOR_NAMES = Pattern.compile("(?i)\\b(?:libreoffice writer|abiword"
            + "|microsoft word|google docs|wordpad)\\b|\\.(?:docx?|odt|rtf)\\b");
    /**
     * LibreOffice's menu bar, which names its application by the menus after "Styles": Writer's "Table" and "Form",
     * Calc's "Sheet" and "Data" (group 1 or 2), looked for in the first {@value #OFFICE_MENU_LINES} lines read as one
     * (its menus may be read one to a line, a mnemonic's underline after one: "Format_").
     */
    private static final Pattern OFFICE_MENUS = Pattern.compile("(?i)\\binsert\\W+format_?\\W+styles_?\\W+"
            + "(?:(table_?\\W+form)|(sheet_?\\W+data))\\b");
    static final int OFFICE_MENU_LINES = 16;
    /** A line of LibreOffice's menus only, not where its text begins. */
    private static final Pattern OFFICE_MENU_LINE = Pattern.compile("(?i)(?:(?:file|edit|view|insert|format|styles"
            + "|table|form|sheet|data|tools|window|help)_?[\\W&&[^\\p{L}]]*)+");
    /** A spreadsheet's formula bar, its sheets or its sum on its status bar. */
    private static final Pattern SHEET_MARKS = Pattern.compile(
            "(?i)^(?:fx|f\\(x\\))\\b|^\\u03a3|\\bsheet\\s*\\d+\\s*of\\s*\\d+"
            + "|\\bsum\\s*[=:]|\\baverage\\s*[=:]|\\bcount\\s*[=:]");
    /** What Glance says of a system monitor whose list of processes shows ({@link #applicationShown}). */
    static final String MONITOR = "A system monitor, listing processes.";
    /**
     * What Glance says of a music player whose playlist's columns, "Artist" and "Album" each a line of its own, and
     * position ("0:00/0:00") show ({@link #applicationShown}).
     */
    static final String MUSIC_PLAYER = "A music player.";
    private static final Pattern ARTIST_COLUMN = Pattern.compile("(?i)(?:contributing |album )?artists?");
    private static final Pattern ALBUM_COLUMN = Pattern.compile("(?i)albums?");
    /**
     * A music library's views, each a line of its own (an icon before it, as OCR reads it, aside): Elisa's empty view,
     * "Albums", "α Artists", "Tracks", "Genres" down its side, had been "Glance cannot tell ..." (stop 56, captured).
     */
    private static final Pattern LIBRARY_VIEW = Pattern.compile("(?i)(?:\\S{1,2}\\s+)?(albums|artists|tracks|songs"
            + "|genres|composers|playlists)");
    /** At least this many of them. */
    static final int LIBRARY_VIEWS = 4;
    /** A player's position and the length of what it plays, a line of its own: "0:00/0:00", "1:02 / 3:45". */
    private static final Pattern PLAYER_POSITION = Pattern.compile("(?:\\d{1,2}:)?\\d{1,2}:\\d{2}\\s*/\\s*"
            + "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}");
    /** What Glance says of a map whose scale and credit show ({@link #applicationShown}). */
    static final String MAP_APP = "A map app.";
    /** A map's scale, a line of its own: "5000 km", "200 m", "1 mi", "500 ft". */
    private static final Pattern MAP_SCALE = Pattern.compile("(?i)\\d[\\d,.]*\\s?(?:km|m|mi|ft|yd)");
    /** A map's credit for its data or imagery: "Map data ©2026 Google", "© OpenStreetMap contributors". */
    private static final Pattern MAP_CREDIT = Pattern.compile("(?i)\\bmap\\s?data\\b|openstreetmap"
            + "|\\bmap\\s?imagery\\b");
    /** What Glance says of a clock application whose views show ({@link #applicationShown}). */
    static final String CLOCK = "A clock app.";
    /** A clock application's views, each a line of its own (an icon before it, as OCR reads it, aside). */
    private static final Pattern CLOCK_VIEW = Pattern.compile("(?i)(?:\\S{1,2}\\s+)?(world(?: clock)?|alarms?"
            + "|stop ?watch|timers?|focus sessions?)");
    /** At least this many of them. */
    static final int CLOCK_VIEWS = 3;
    /** What Glance says of a game whose own controls show ({@link #applicationShown}), before where its text begins. */
    static final String GAME = "A game.";
    /**
     * A game's own button, a line of its own: "New Game", "Start Game", "Play again", "High Scores" (GNOME 2048's
     * "New Game" beside its score had been "Probably a calculator."; stop 53, captured), "End Game", "Resign" (GNU
     * Backgammon's toolbar, "A terminal.", stop 54, captured).
     */
    private static final Pattern GAME_BUTTON = Pattern.compile("(?i)(?:new|start|restart)\\s?game|play\\s?again"
            + "|high\\s?scores?|end\\s?game|resign"
            // a classic game's menu bar, "Game" and "Help" (Wine's Minesweeper, stop 53, captured)
            + "|game\\s+(?:options\\s+)?help");
    /**
     * A game's state, a line of its own: GNOME Mahjongg's "Moves Left: 17 00:00" (its tiles read as "888" had made it
     * "Probably a calculator. Its display shows 888."), GNOME Chess's "White to Move" and "Game Start" ("Probably a
     * warning dialog."; stops 52 and 53, captured).
     */
    private static final Pattern GAME_STATE = Pattern.compile("(?i)moves\\s?left\\s?:?\\s?\\d+(?:\\s+\\d{1,2}:\\d{2})?"
            + "|(?:white|black)\\s(?:to\\s)?moves?|game\\s?start");
    /** What Glance says of LibreOffice's Start Center, its buttons for new documents shown. */
    static final String START_CENTER = "An office suite: LibreOffice's Start Center.";
    /**
     * Microsoft Office's start screen: its button for a blank document of its kind, a line of its own, and its list of
     * recent ones ("Recent", "Recent documents"), with what each makes; Calligra's too ("Blank Worksheet", stop 56,
     * captured).
     */
    private static final Pattern BLANK_DOCUMENT = Pattern.compile("(?i)blank\\s*(document|workbook|worksheet"
            + "|presentation)");
    private static final Pattern RECENT = Pattern.compile("(?i)recent(?:\\s*(?:documents|files))?\\b.{0,40}");
    private static final Map<String, String> OFFICE_KINDS = Map.of("document", "A word processor",
            "workbook", "A spreadsheet app", "worksheet", "A spreadsheet app", "presentation", "A presentation editor");
    /** How the sentence of an Office start screen ends its kind. */
    static final String START_SCREEN = "'s start screen.";
    /**
     * One of the Start Center's buttons for a new document, its spaces aside ("mpress Present at i on", as PP-OCR read
     * Impress's).
     */
    private static final Pattern NEW_DOCUMENT = Pattern.compile("(?i)writerdocument|calcspreadsheet"
            + "|i?mpresspresentation|drawdrawing|mathformula|basedatabase");
    /** At least this many of them. */
    static final int NEW_DOCUMENTS = 3;
    /**
     * A code editor's start screen: its choices to begin a project, each a line of its own (an icon before it and the
     * dots after it aside): VS Code's "New File...", "Open Folder...", "Clone Git Repository...", IntelliJ's "New
     * Project", "Open", "Get from VCS", GNOME Builder's "Create New Project...", "Select a Folder...", "Clone
     * Repository...", KDevelop's "New Project", "Open Project", "Fetch Project" (group 1: the choice).
     */
    private static final Pattern PROJECT_CHOICE = Pattern.compile("(?i)(?:\\S{1,2}\\s+)?(new (?:file|project|window)"
            + "|open (?:file|folder|(?:a |an existing )?project)|create (?:a )?new project|select a folder"
            + "|clone (?:a )?(?:git )?repository|get from vcs|import project|check out from version control"
            + "|fetch project|connect to|open recent|open)\\s*(?:\\.{2,3}|\u2026)?");
    /** At least this many of them; their names are said, at most {@value #NAMED_CHOICES}. */
    static final int PROJECT_CHOICES = 3;
    static final int NAMED_CHOICES = 5;
    /** A File menu's line, which no start screen shows: "Save", "Save As...", "Save All". */
    private static final Pattern SAVE_ITEM = Pattern.compile("(?i)save(?: as| all)?\\s*(?:\\.{2,3}|\u2026)?");
    /** What Glance says of a video call whose controls show, one of them to leave it. */
    static final String VIDEO_CALL = "A video call app, in a call.";
    /** A call's button to leave it: "Leave", "Leave call", "End", "Hang up". */
    private static final Pattern LEAVE_CALL = Pattern.compile("(?i)^(?:leave(?:\\s*(?:call|meeting))?"
            + "|end(?:\\s*(?:call|meeting))?|hang\\s*up)$");
    /**
     * Its other controls, each a line of its own: Teams' "Camera", "Mic", "Share", "People", "React"; Zoom's "Mute",
     * "Start Video", "Participants", "Share Screen", "Reactions".
     */
    private static final Pattern CALL_CONTROL = Pattern.compile("(?i)((?:un)?mute|camera|mic(?:rophone)?|(?:start|stop)"
            + "\\s*video|share(?:\\s*screen)?|participants|people|react(?:ions?)?|raise\\s*hand)");
    /** At least this many of them, each another. */
    static final int CALL_CONTROLS = 3;
    /** What Glance says of a video call's waiting room: its host lets one in. */
    static final String CALL_WAITING = "A video call app, waiting for the host to let you in.";
    private static final Pattern WAITING_ROOM = Pattern.compile("(?i).*\\b(?:host\\s*will\\s*let\\s*you\\s*in"
            + "|waiting\\s*for\\s*the\\s*host|in\\s*the\\s*waiting\\s*room)\\b.*");
    /** A waiting room's own words, a short line: "Please wait, the meeting host will let you in soon." (Zoom's). */
    private static final Pattern LET_IN = Pattern.compile("(?i)(?:please\\s*wait,?\\s*)?the\\s*(?:meeting\\s*)?host"
            + "\\s*will\\s*let\\s*you\\s*in(?:\\s*soon)?\\W{0,2}");
    /** What Glance says of a chat whose box for a new message shows. */
    static final String CHAT_APP = "A chat app.";
    /**
     * A chat's box for a new message, its hint read: Teams' "Type a message", Telegram's "Write a message...",
     * Slack's "Message #general", Discord's "Message @ann", macOS Messages' "iMessage".
     */
    private static final Pattern MESSAGE_BOX = Pattern.compile("(?i)^(?:(?:type|write|send)\\s+an?\\s+"
            + "(?:new\\s+)?message\\b.{0,3}|message\\s+[#@]\\S+|imessage|text\\s*message)$");
    /** What Glance says of a system's quick settings, its toggles shown. */
    static final String QUICK_SETTINGS = "A quick settings panel.";
    /**
     * A quick setting's toggle, each a line of its own (Windows', GNOME's and macOS's): "Wi-Fi", "Bluetooth", "Airplane
     * mode", "Night light", "Do Not Disturb"; the radios among them are the first three.
     */
    private static final Pattern QUICK_TOGGLE = Pattern.compile("(?i)(wi-?fi|bluetooth|a(?:ir|ero)plane\\s*mode"
            + "|energy\\s*saver|battery\\s*saver|power\\s*mode|night\\s*light|dark\\s*style|do\\s*not\\s*disturb"
            + "|focus(?:\\s*assist)?|nearby\\s*sharing|mobile\\s*hotspot|hotspot|cast|project|live\\s*captions|airdrop"
            + "|stage\\s*manager|screen\\s*mirroring|accessibility)");
    private static final Pattern RADIO_TOGGLE = Pattern.compile("(?i)^(?:wi-?fi|bluetooth|a(?:ir|ero)plane\\s*mode)$");
    /** At least this many of them, each another, among this many first lines. */
    static final int QUICK_TOGGLES = 4;
    static final int QUICK_LINES = 12;
    /**
     * A text editor's status bar: its cursor's position ({@link #CURSOR}) beside its text's encoding or line endings
     * ("UTF-8", "Windows (CRLF)", "Unix (LF)").
     */
    private static final Pattern ENCODING = Pattern.compile("(?i)(?:.*\\s)?(?:utf-?8|utf-?16(?:\\s*[lb]e)?|ascii"
            + "|iso-8859-\\d+|windows-125\\d|(?:windows|unix|macintosh|mac\\s*os)\\s*\\((?:crlf|lf|cr)\\)|crlf)"
            + "(?:\\s.*)?");
    /** The Start menu's headings: "Pinned" with "All apps" or "Recommended" (Windows 11's). */
    private static final Pattern PINNED = Pattern.compile("(?i)pinned(?:\\s*apps)?");
    private static final Pattern START_HEADING = Pattern.compile("(?i)all\\s*apps\\s*[>\u203a]?|recommended"
            + "(?:\\s*more\\s*[>\u203a]?)?");
    /** The Start menu's pinned apps said, at most. */
    static final int PINNED_SAID = 6;
    /** A sign-in screen's own words: "I forgot my PIN", "Sign-in options", GNOME's "Not listed?". */
    private static final Pattern SIGN_IN = Pattern.compile("(?i)i\\s*forgot\\s*my\\s*(?:pin|password)|sign-?\\s*in"
            + "\\s*options|not\\s*listed\\s*\\?|no\\s*account\\s*\\?.*"
            + "|can['\u2019]t\\s*access\\s*your\\s*account\\s*\\?"
            + "|forgot\\s*(?:email|password)\\s*\\?|create\\s*account|forgot\\s*your\\s*password\\s*\\?"
            + "|don['\u2019]t\\s*have\\s*an\\s*account\\s*\\?.*");
    /** Its field, a line of its own: "PIN", "Password", "Enter Password", Microsoft's "Email, phone, or Skype". */
    private static final Pattern SIGN_IN_FIELD = Pattern.compile("(?i)(?:enter\\s*)?(?:pin|password)|email,?\\s*phone,?"
            + "\\s*or\\s*skype|email\\s*or\\s*phone");
    /** A power menu's choices, each a line of its own, "…" after some (GNOME's "Restart…"). */
    private static final Pattern POWER_CHOICE = Pattern.compile("(?i)(sleep|shut\\s*down|restart|sign\\s*out|log\\s*out"
            + "|lock|hibernate|suspend|power\\s*off|switch\\s*user|reboot)\\s*(?:\u2026|\\.{3})?");
    static final int POWER_CHOICES = 3;
    private static final int POWER_SAID = 6;
    static final String POWER_MENU = "A power menu: ";
    /** A sign-in screen's message where what was typed was wrong: "Incorrect password. Try again.". */
    private static final Pattern SIGN_IN_REFUSED = Pattern.compile("(?i).*\\b(?:" + Interruptions.WRONG_ENTRY
            + "|is\\s*not\\s*(?:right|correct)|doesn['\u2019]?t\\s*exist|couldn['\u2019]?t\\s*find\\s*your"
            + "|locked\\s*out)\\b.*");
    /** A person's name, two or three words each with a capital: the account a sign-in screen is for. */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){1,2}");
    /**
     * A computer's description, each a line of its own: macOS's About This Mac ("Chip Apple M2", "Memory 8 GB",
     * "Serial number ..."), Windows' About ("Processor", "Installed RAM", "System type", "Edition").
     */
    private static final Pattern SYSTEM_FACT = Pattern.compile("(?i)(chip|processor|memory|installed\\s*ram"
            + "|serial\\s*number|system\\s*type|device\\s*name|edition|graphics|startup\\s*disk)\\b.*");
    /** At least this many of them, each another. */
    static final int SYSTEM_FACTS = 3;
    /** The system's name and version, said after them: "macOS Sonoma 14.5", "Windows 11 Home". */
    private static final Pattern SYSTEM_NAME = Pattern.compile("(?i)(?:macos|windows|ubuntu|debian|fedora|linux"
            + "\\s*mint)\\s+\\p{L}*\\s*[\\d.]+(?:\\s+\\p{L}+)?");
    /** A mail client's folders, each a line of its own. */
    private static final Pattern MAIL_FOLDER = Pattern.compile("(?i)(inbox|sent(?:\\s*items|\\s*mail)?|drafts"
            + "|junk(?:\\s*e-?mail)?|spam|outbox|deleted\\s*items|archive)(?:\\s*\\(?\\d+\\)?)?");
    /** At least this many of them, each another; or one below the mail app's own title ({@link #MAIL_TITLE}). */
    static final int MAIL_FOLDERS = 3;
    /** Windows' and macOS's mail app's title, the first line: "Mail". */
    private static final Pattern MAIL_TITLE = Pattern.compile("(?i)mail");
    /** What Glance says of a print dialog, its fields shown ({@link #printDialog}). */
    static final String PRINT_DIALOG = "A print dialog";
    /** A print dialog's fields, each label a line of its own. */
    private static final Pattern PRINT_FIELD = Pattern.compile("(?i)(printer|destination|copies|orientation|pages"
            + "|paper\\s*size|colou?r(?:\\s*mode)?|layout|pages\\s*per\\s*sheet|margins|print\\s*range|scale|two-sided"
            + "|double-sided|duplex|range|page\\s*setup)\\s*:?");
    /** Its printer's label, the printer's name on the next line, or below the headings of its list of printers. */
    private static final Pattern PRINTER_LABEL = Pattern.compile("(?i)(?:printer|destination|name)\\s*:?");
    /** The headings of GTK's list of printers beside "Printer": "Location", "Status". */
    private static final Pattern PRINTER_HEADINGS = Pattern.compile("(?i)location|status|state|comment|type");
    private static final Pattern PRINT_BUTTON = Pattern.compile("(?i)print");
    /** At least this many of its fields, each another. */
    static final int PRINT_FIELDS = 3;
    /** What Glance says of a mail being written, its fields shown ({@link #mailBeingWritten}). */
    static final String NEW_MAIL = "A new mail being written";
    /** A mail's fields, each label a line of its own ("To", "Cc", "Subject:"), and its button to send it. */
    private static final Pattern MAIL_TO = Pattern.compile("(?i)to\\s*:?");
    private static final Pattern MAIL_SUBJECT = Pattern.compile("(?i)subject\\s*:?");
    private static final Pattern MAIL_FIELD = Pattern.compile("(?i)(?:to|cc|bcc|from|subject)\\s*:?");
    private static final Pattern SEND = Pattern.compile("(?i)send");
    /** What Glance says of a list of Wi-Fi networks, each with its state ({@link #networks}). */
    static final String NETWORKS = "A list of Wi-Fi networks: ";
    /** Its heading, a line of its own. */
    private static final Pattern WIFI = Pattern.compile("(?i)wi-?\\s*fi(?:\\s*networks)?|networks"
            + "|available\\s*networks");
    /** A network's state, a line of its own below its name: "Connected, secured", "Secured", "Open". */
    private static final Pattern NETWORK_STATE = Pattern.compile("(?i)(?:(?:not\\s*)?connected(?:\\s*,\\s*"
            + "(?:secured|open|unsecured|no\\s*internet))?|secured|open|unsecured|not\\s*secure|no\\s*internet"
            + "(?:\\s*,\\s*secured)?)");
    /** At least this many networks, and at most this many said. */
    static final int NETWORKS_SHOWN = 2;
    private static final int NETWORKS_SAID = 6;
    /** Windows' task view: its desktops ("Desktop 1", "Desktop 2") and its button for another ("New desktop"). */
    private static final Pattern DESKTOP_N = Pattern.compile("(?i)desktop\\s*\\d{1,2}");
    private static final Pattern NEW_DESKTOP = Pattern.compile("(?i)(?:\\+\\s*)?new\\s*desktop");
    /** The task view's windows said, at most. */
    static final int TASK_WINDOWS = 5;
    /**
     * A dialog about a file that is already where it is copied to, its title a line of its own: Windows' "Replace or
     * Skip Files", GNOME's "Replace file ...?", "Confirm File Replace", "File Already Exists".
     */
    private static final Pattern FILE_CONFLICT = Pattern.compile("(?i)replace\\s*or\\s*skip\\s*files|confirm\\s*file"
            + "\\s*replace|file\\s*already\\s*exists|file\\s*conflict");
    /** Its message: "The destination already has a file named ...", "A file named ... already exists". */
    private static final Pattern ALREADY = Pattern.compile("(?i).*\\balready\\b.*");
    /**
     * A web page's own lines, read without the browser's frame (a dragged region of a page): Wikipedia's tagline, a
     * search's count of results, a page not found, a shop's button to buy beside a price.
     */
    private static final Pattern WIKIPEDIA = Pattern.compile("(?i)from\\s*wikipedia,?\\s*the\\s*free\\s*encyclopedia");
    private static final Pattern RESULTS = Pattern.compile("(?i)(?:about\\s*)?[\\d,.]+\\s*results?\\s*\\(\\s*[\\d.,]+"
            + "\\s*seconds?\\s*\\)");
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)(?:404\\s*[-:|]?\\s*)?(?:page\\s*)?not\\s*found"
            + "[.!]?");
    private static final Pattern CODE_404 = Pattern.compile("(?i).*\\b404\\b.*");
    /**
     * A browser's own page where a page could not be loaded, its heading a line of its own ("This site can't be
     * reached", "No internet", "Your connection is not private", Firefox's "Unable to connect", Edge's "Hmm... can't
     * reach this page") ...
     */
    private static final Pattern NET_ERROR = Pattern.compile("(?i)" + browserHeadings()
            + "|no\\s*internet(?:\\s*connection)?|you['\u2019]?re\\s*offline|unable\\s*to\\s*connect"
            + "|server\\s*not\\s*found|secure\\s*connection\\s*failed");
    /** The headings of {@link #NET_ERROR} that only a browser's own pages write ({@link #browserErrorPage}). */
    private static final Pattern BROWSER_ERROR = Pattern.compile("(?i)" + browserHeadings());
    /** Its advice's heading, "Try:". */
    private static final Pattern TRY = Pattern.compile("(?i)^try\\s*:$");
    /** ... with its error's code ("ERR_INTERNET_DISCONNECTED", "NET::ERR_CERT_DATE_INVALID") or its advice. */
    private static final Pattern NET_ERROR_CODE = Pattern.compile("(?:NET::)?ERR_([A-Z_]{4,})");
    private static final Pattern NET_ERROR_MARK = Pattern.compile(NET_ERROR_CODE.pattern() + "|(?i)try\\s*:"
            + "|try\\s*again|reload|refresh|back\\s*to\\s*safety|advanced");
    /**
     * What the commonest codes mean, said where the heading is not read (Chromium's offline page shows "Press space to
     * play" instead of "No internet" once its window has the focus, stop 43, captured).
     */
    private static final Map<String, String> NET_ERRORS = Map.of(
            "INTERNET_DISCONNECTED", "No internet",
            "NAME_NOT_RESOLVED", "The site's address could not be found",
            "CONNECTION_REFUSED", "The site refused to connect",
            "CONNECTION_TIMED_OUT", "The site took too long to respond",
            "TIMED_OUT", "The site took too long to respond",
            "ADDRESS_UNREACHABLE", "The site can't be reached",
            "CONNECTION_RESET", "The connection was reset");
    private static final Pattern BUY = Pattern.compile("(?i)add\\s*to\\s*(?:cart|basket|bag|trolley)|buy\\s*now");
    private static final Pattern PRICE = Pattern.compile("[$\u00a3\u20ac]\\s*\\d[\\d,]*(?:\\.\\d{2})?"
            + "|\\d[\\d,]*(?:[.,]\\d{2})?\\s*[\u20ac\u00a3]");
    /** What Glance says of an app launcher's grid, before the names it shows, at most {@value #LAUNCHER_SAID}. */
    static final String APP_LAUNCHER = "An app launcher, showing ";
    static final int LAUNCHER_SAID = 5;
    /** What Glance's sentences of these screens begin with ({@link #taskView}, {@link #overview}, {@link #webPage}). */
    static final String TASK_VIEW = "The task view, with ";
    static final String OVERVIEW = "The activities overview.";
    static final String WIKIPEDIA_ARTICLE = "A Wikipedia article";
    /** What the model's caption of a page begins with, once said: "A web page", "Probably a web page". */
    private static final Pattern WEB_PAGE_SAID = Pattern.compile("(?:Probably a|A) web page\\b");
    private static final Pattern VIDEO_PAGE_SAID = Pattern.compile("(?:Probably a|A) video page\\b");
    /** The first quote in a sentence. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    static final String SEARCH_RESULTS = "A page of search results.";
    static final String ERROR_PAGE = "An error page: ";
    static final String SHOP_PAGE = "A shop's page for ";
    static final String ARTICLE = "An article, ";
    /**
     * An article's byline, a line of its own: "By Ann Lee, 1 December 2026", "By Sam Park and Jo Li | Reuters": the
     * writers' names, each two to four capitalised words.
     */
    private static final String WRITER = "\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}";
    private static final Pattern BYLINE = Pattern.compile("[Bb][Yy]\\s+(" + WRITER + "(?:\\s*(?:,|and|&)\\s*" + WRITER
            + ")?)(?:\\s*[,|\u00b7\u2022-]\\s*.*)?");
    /** An article's headline has this many words at least, and a paragraph below its byline this many. */
    private static final int HEADLINE_WORDS = 4;
    private static final int PARAGRAPH_WORDS = 12;
    /** The headline stands at most this many lines above the byline. */
    private static final int HEADLINE_ABOVE = 3;
    /** GNOME's activities overview: its search box's hint and its dock's button for all applications. */
    private static final Pattern OVERVIEW_SEARCH = Pattern.compile("(?i)type\\s*to\\s*search");
    private static final Pattern SHOW_APPS = Pattern.compile("(?i)show\\s*app(?:lication)?s");
    static final String MAIL_CLIENT = "A mail client.";
    /** What Glance says of a tip of the day ({@link #tip}), before the tip. */
    static final String TIP_DIALOG = "A Tip of the Day dialog";
    /**
     * A message box's one button, alone on its line ({@link #messageInFront}); not "Close", which a window's own bars
     * hold (a help window's "Search the help pages." above its "Close").
     */
    private static final Pattern ONE_BUTTON = Pattern.compile("(?i)\\s*(?:ok|okay|qk|0k)\\s*");
    /** An icon's speck that OCR read as a line: up to three signs or digits, no letter ("4", "00"). */
    private static final Pattern SPECK = Pattern.compile("[^\\p{L}]{1,3}");
    /** A mark before a message's first word: "* ", "• ". */
    private static final Pattern LEADING_MARK = Pattern.compile("^\\s*[*\u2022]\\s+");
    /** A message box's check box not to show it again, its box read as a letter or a sign before it. */
    private static final Pattern NOT_AGAIN = Pattern.compile("(?i)^\\W{0,2}(?:\\p{L}\\s)?\\s*"
            + "(?:do not|don['\u2019]t|never)\\s+(?:show|ask|display|warn)\\b");
    /** A message's last line ends its sentence. */
    private static final Pattern MESSAGE_END = Pattern.compile("[.!?]\\s*$");
    /** A message's first sentence: to its first full stop, question or exclamation mark before a space or the end. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile(".+?[.!?](?=\\s|$)");
    /** A tip of the day's heading, and its button or check box ({@link #tip}). */
    private static final Pattern TIP_HEADING = Pattern.compile("(?i)did\\s*you\\s*know\\s*\\??"
            + "|tip\\s*of\\s*the\\s*day");
    private static final Pattern TIP_BUTTON = Pattern.compile("(?i)next\\s*tip|show\\s*tips\\s*on\\s*startup");
    /** A tip's first line has at least this many words. */
    static final int TIP_WORDS = 5;
    /** A dialog's own action on a button, after "Cancel": one to three words, the first a capital's. */
    private static final Pattern ACTION = Pattern.compile("\\p{Lu}\\p{L}+(?:\\s+\\p{L}+){0,2}");
    private static final Pattern CANCEL = Pattern.compile("(?i)cancel");
    /** A crash screen's own words: Windows' "Your PC ran into a problem ...", "Stop code: ...". */
    private static final Pattern CRASH = Pattern.compile("(?i)(?:your\\s*(?:pc|device|computer)\\s*ran\\s*into\\s*a"
            + "\\s*problem|kernel\\s*panic)\\b.*");
    private static final Pattern STOP_CODE = Pattern.compile("(?i)stop\\s*code\\s*:.*");
    /** An update screen's heading: Windows' "Working on updates", "Configuring Windows updates", ... */
    private static final Pattern UPDATING = Pattern.compile("(?i)(?:working\\s*on\\s*updates|installing\\s*updates?"
            + "|configuring\\s*(?:windows\\s*)?updates?|updates\\s*are\\s*underway|getting\\s*windows\\s*ready"
            + "|undoing\\s*changes\\s*made\\s*to\\s*your\\s*(?:computer|pc)|preparing\\s*to\\s*configure\\s*windows"
            + "|installing\\s*update\\s*\\d+\\s*of\\s*\\d+)\\b.{0,40}");
    /** What an update screen asks: "Don't turn off your computer", "Please keep your computer on". */
    private static final Pattern KEEP_ON = Pattern.compile("(?i)(?:please\\s*)?(?:do\\s*n['\u2019o]?t\\s*turn\\s*off"
            + "|keep)\\s*your\\s*(?:computer|pc|device)(?:\\s*on)?\\b.{0,60}");
    /** A progress dialog's share done, a line of its own: "12% complete", "45% done". */
    private static final Pattern PERCENT_DONE = Pattern.compile("(?i)(\\d{1,3}\\s*%)\\s*(?:complete|completed|done)");
    /** What it is doing: "Copying 340 items from Downloads to Backup". */
    private static final Pattern UNDER_WAY = Pattern.compile("(?i)(?:copying|moving|deleting|downloading|installing"
            + "|extracting|compressing|uploading|updating|backing\\s*up)\\s.+");
    /** A notifications panel's heading and its button: "Notifications" with "Clear all". */
    private static final Pattern NOTIFICATIONS = Pattern.compile("(?i)notifications?(?:\\s*cent(?:re|er))?");
    private static final Pattern CLEAR_ALL = Pattern.compile("(?i)clear\\s*all(?:\\s*notifications)?");
    /**
     * A Git client's views of a repository, each a line of its own (gitg's "All commits", "Branches", "Remotes",
     * "Tags", whose log had been "Probably a PDF viewer.", stop 53, captured); at least {@value #GIT_VIEWS}, one of
     * them one that a code host's web page has not ({@link #GIT_CLIENT_VIEW}: GitHub's page lists branches and tags
     * too).
     */
    private static final Pattern GIT_VIEW = Pattern.compile("(?i)(?:[>\u25b8\u25be]\\s*)?(all\\s?commits"
            + "|(?:local\\s|remote\\s)?branches|remotes|tags|stashes|submodules|fetch\\sorigin|current\\sbranch)");
    private static final Pattern GIT_CLIENT_VIEW = Pattern.compile("(?i)(?:[>\u25b8\u25be]\\s*)?"
            + "(?:all\\s?commits|remotes|stashes|fetch\\sorigin)");
    static final int GIT_VIEWS = 3;
    /** What Glance says of a Git client known by its views, before where its text begins. */
    static final String GIT_CLIENT = "A Git client.";
    /**
     * The groups of emoji, each a line of its own, as a character map or an emoji picker lists them ("Smileys &
     * Emotion", "Animals & Nature", "Food & Drink"; GNOME Characters, its title an everyday word, had been "Glance
     * cannot tell ...", stop 52, captured); at least {@value #EMOJI_GROUPS}.
     */
    private static final Pattern EMOJI_GROUP = Pattern.compile("(?i)(smileys\\s?&\\s?(?:emotion|people)"
            + "|people\\s?&\\s?body|animals\\s?&\\s?nature|food\\s?&\\s?drink|travel\\s?&\\s?places)");
    static final int EMOJI_GROUPS = 3;
    /** What Glance says of a character map known by its groups of emoji. */
    static final String EMOJI_MAP = "A character map, showing emoji.";
    /** GNOME Software's views, each a line of its own. */
    private static final Pattern STORE_VIEW = Pattern.compile("(?i)(explore|installed|updates)");
    /** A cookie notice: its message names cookies, and a button accepts or rejects them. */
    private static final Pattern COOKIES = Pattern.compile("(?i)\\bcookies?\\b");
    private static final Pattern COOKIE_BUTTON = Pattern.compile("(?i)(?:accept|reject|allow|decline|refuse)"
            + "(?:\\s*all)?(?:\\s*cookies)?|(?:i\\s*)?agree|manage\\s*(?:preferences|settings|cookies|options)"
            + "|(?:cookie\\s*)?settings|necessary\\s*only|only\\s*necessary");
    /** The button that accepts them, one of which a cookie notice always has. */
    private static final Pattern COOKIE_ACCEPT = Pattern.compile("(?i)accept|allow|(?:i\\s*)?agree");
    /** A cookie notice's buttons said, at most. */
    static final int COOKIE_BUTTONS = 4;
    /**
     * How Glance's sentences for a crash screen, an update screen, a notifications panel, a cookie notice and a store
     * begin.
     */
    static final String CRASH_SCREEN = "A crash screen:";
    static final String UPDATE_SCREEN = "An update screen:";
    static final String NOTIFICATIONS_PANEL = "A notifications panel.";
    static final String COOKIE_NOTICE = "A cookie notice.";
    static final String SOFTWARE_STORE = "A software store.";
    /** A crash or an update screen shows at most this many lines of text. */
    private static final int SYSTEM_SCREEN_LINES = 10;
    /** What Glance says of a calculator whose keypad and name show ({@link #applicationShown}). */
    private static final String CALCULATOR = "A calculator";
    /** A calculator as Glance says it, sure or not. */
    private static final Pattern CALCULATOR_SAID = Pattern.compile("(?:Probably )?[Aa] calculator\\b");
    /** A calculator's name alone on a line: its title or, as galculator shows it, one of its menus. */
    private static final Pattern CALCULATOR_NAME = Pattern.compile(
            "(?i)(?:g?calculator|galculator|kcalc|qalculate!?|speedcrunch)");
    /** A number on a calculator's display: two characters or more (a single digit is one of its keys). */
    private static final Pattern DISPLAY = Pattern.compile("-?\\d[\\d.,]*\\d|-\\d");
    /** How {@link BrowserFrame}'s sentences and {@link #applicationShown}'s begin. */
    private static final Pattern CORRECTIONS = Pattern.compile(Pattern.quote(BrowserFrame.BROWSER) + " (?:showing|at) "
            + "|A (?:word processor|spreadsheet)\\.|A dialog in front of a |A dialog asks |A dialog says |A dialog, \""
            + "|A PDF viewer showing |A document viewer\\.|An image viewer showing "
            + "|A code editor\\. The code on it begins "
            + "|A presentation editor, showing slide "
            + "|" + CALCULATOR + "(?: with the display showing [-\\d.,]+)?\\.$"
            + "|" + Pattern.quote(MONITOR) + "|" + Pattern.quote(CLOCK) + "|" + Pattern.quote(MUSIC_PLAYER)
            + "|" + Pattern.quote(MAP_APP)
            + "|" + Pattern.quote(START_CENTER) + "|" + Pattern.quote(VIDEO_CALL) + "|" + Pattern.quote(CALL_WAITING)
            + "|An? [\\p{L} ]+" + Pattern.quote(START_SCREEN)
            + "|" + Pattern.quote(CHAT_APP)
            + "|" + Pattern.quote(QUICK_SETTINGS) + "|The Start menu\\.|A sign-in screen|A description of this computer"
            + "|" + Pattern.quote(MAIL_CLIENT) + "|A progress dialog, \\d|" + Pattern.quote(NOTIFICATIONS_PANEL)
            + "|" + Pattern.quote(COOKIE_NOTICE) + "|" + Pattern.quote(SOFTWARE_STORE)
            + "|" + Pattern.quote(CRASH_SCREEN) + "|" + Pattern.quote(UPDATE_SCREEN) + "|" + Pattern.quote(TASK_VIEW)
            + "|" + Pattern.quote(OVERVIEW)
            + "|" + Pattern.quote(TIP_DIALOG) + "|" + Pattern.quote(WIKIPEDIA_ARTICLE)
            + "|" + Pattern.quote(SEARCH_RESULTS) + "|" + Pattern.quote(ERROR_PAGE) + "|" + Pattern.quote(SHOP_PAGE)
            + "|" + Pattern.quote(ARTICLE) + "|" + Pattern.quote(NEW_MAIL)
            + "|" + Pattern.quote(PRINT_DIALOG + ", printing to ") + "|" + Pattern.quote(NETWORKS)
            + "|" + Pattern.quote(APP_LAUNCHER) + "|" + Pattern.quote(Interruptions.CALL)
            + "|" + Pattern.quote(Interruptions.CAPTCHA) + "|" + Pattern.quote(Interruptions.CODE)
            + "|" + Pattern.quote(Interruptions.FAILED) + "|" + Pattern.quote(Interruptions.PERMISSION)
            + "|" + Pattern.quote(Interruptions.SESSION) + "|" + Pattern.quote(Interruptions.APPROVE)
            + "|" + Pattern.quote(Interruptions.INVITATION)
            + "|" + Pattern.quote(POWER_MENU)
            + "|" + Pattern.quote(Notices.NOTIFICATION) + "|\\d+ notifications |" + Pattern.quote(Notices.NOTICE)
            + "|" + Pattern.quote(Notices.REMINDER) + "|" + Pattern.quote(Notices.SHARING)
            + "|" + Pattern.quote(PageForm.FORM) + "(?:, \"|\\. Its fields)");
    /** A PDF viewer's file, zoom and page count are among this many first lines. */
    static final int VIEWER_LINES = 6;
    /**
     * An image editor's menus in order, among its first lines: "Image", "Layer", then "Colors", "Filters",
     * "Adjustments" or "Effects" (GIMP's "File Edit Select View Image Layer Colors Tools Filters Windows Help",
     * Photoshop's "... Image Layer Type Select Filter ...", Paint.NET's "... Image Layers Adjustments Effects").
     */
    private static final Pattern IMAGE_EDITOR_MENUS = Pattern.compile("\\bImage\\s+(?:\\S+\\s+){0,2}?Layers?\\b"
            + "(?:\\s+\\S+){0,3}?\\s+(?:Colou?rs|Filters?|Adjustments|Effects)\\b");
    /** An image editor's menus are looked for among this many first lines. */
    private static final int IMAGE_MENU_LINES = 15;
    private static final String IMAGE_EDITOR = "An image editor";
    /** An image viewer's count of the pictures in its folder, a line of its own: "2 images", "14 photos". */
    private static final Pattern IMAGE_COUNT = Pattern.compile("(?i)\\d{1,6}\\s+(?:images?|photos?|pictures?)");
    private static final String DOCUMENT_VIEWER = "A document viewer";
    /**
     * An image viewer's picture: its file's name alone on one of the first {@value #PICTURE_LINES} lines, and its size
     * in pixels at the start of the next ("640x480 46.9kB", Ristretto's status bar; its window without the title bar
     * was "Probably a word processor.", stop 36, by hand).
     */
    private static final Pattern PICTURE_FILE = Pattern.compile(
            "(?i)\\S.{0,80}\\.(?:png|jpe?g|gif|webp|bmp|tiff?|heic)");
    private static final Pattern PICTURE_SIZE = Pattern.compile("^\\d{2,5}\\s*[x\u00d7]\\s*\\d{2,5}(?!\\d)");
    static final int PICTURE_LINES = 12;
    /** An image viewer's own name, a line of its own between its picture's file and its size. */
    private static final Pattern VIEWER_NAME = Pattern.compile("(?i)image\\s*viewer|eye\\s*of\\s*gnome|photos|preview"
            + "|loupe|ristretto|gthumb|gwenview");
    /**
     * An image viewer's own tools, each a line of its own, told apart from any application's ("Edit", "Delete",
     * "Print") by one that only a viewer has: "Rotate", "Crop", "Slideshow", "See all photos", "Add to favorites".
     */
    private static final Pattern VIEWER_TOOL = Pattern.compile("(?i)(edit(?:\\s*image)?|delete|print|share|info"
            + "|rotate(?:\\s*(?:left|right))?|crop|zoom\\s*(?:in|out)|slide\\s*show|see\\s*all\\s*photos"
            + "|add\\s*to\\s*favou?rites|enhance|fit\\s*to\\s*window|actual\\s*size)");
    private static final Pattern VIEWER_ONLY = Pattern.compile("(?i)rotate.*|crop|zoom.*|slide\\s*show"
            + "|see\\s*all\\s*photos|add\\s*to\\s*favou?rites|fit\\s*to\\s*window|actual\\s*size");
    /** An image viewer's tools: this many at least, one of them a viewer's only. */
    private static final int VIEWER_TOOLS = 2;
    /** A document viewer's page count, a line of its own: "of 12", "3 of 12", "(1 of 36)" beside a page's label. */
    private static final Pattern VIEWER_PAGES = Pattern.compile("(?i)\\(?(?:\\d+\\s*)?of\\s*\\d+\\)?");
    /** A zoom with a fraction, a page fitted to the window, perhaps with its menu's arrow after it: "54.7% *". */
    private static final Pattern FITTED_ZOOM = Pattern.compile("\\d{1,3}[.,]\\d\\s*%(?:\\s*[^\\p{L}\\p{N}\\s]{1,2})?");
    /** A document viewer's zoom controls are looked for among this many first lines. */
    private static final int ZOOM_CONTROL_LINES = 20;
    private static final Pattern ZOOM_IN = Pattern.compile("(?i)zoom\\s*in");
    private static final Pattern ZOOM_OUT = Pattern.compile("(?i)zoom\\s*out");
    /** A page fitted to the window: "Fit Width", "Fit Page". */
    private static final Pattern FIT_PAGE = Pattern.compile("(?i)fit\\s*(?:to\\s*)?(?:width|page)");
    /** A document viewer's sidebar's tabs: "Thumbnails", "Contents", "Bookmarks", ... */
    private static final Pattern VIEWER_PANEL = Pattern.compile("(?i)thumbnails|contents|outline|bookmarks"
            + "|annotations|reviews|layers|attachments");
    /** A label cut short, one or two words and an ellipsis: "quart...", "Quarterly rep…". */
    private static final Pattern SHORTENED = Pattern.compile("\\S+(?:\\s\\S+)?(?:\\.{3}|\u2026)");
    private static final Pattern PDF_FILE = Pattern.compile("(?i)\\S.{0,80}\\.pdf");
    private static final Pattern ZOOM = Pattern.compile("\\d{1,3}(?:[.,]\\d)?\\s*%");
    private static final Pattern PAGE_OF = Pattern.compile("(?i)(?:\\d+\\s*)?(?:of|/)\\s*\\d+(?:\\s*pages?)?");
    /** A list of processes' columns, each read alone: its processor's share ... */
    private static final Pattern CPU_COLUMN = Pattern.compile("(?i)%\\s*cpu|cpu\\s*%?|cpu\\s*\\(%\\)");
    /** ... its memory ... */
    private static final Pattern MEMORY_COLUMN = Pattern.compile("(?i)memory|%\\s*mem|mem\\s*%?|res|rss");
    /** ... and what names the process. */
    private static final Pattern PROCESS_COLUMN = Pattern.compile("(?i)p?id|process\\s*(?:name|id)?|name|command");
    /** A presentation editor's status bar: "Slide 1 of 12". */
    private static final Pattern SLIDE_COUNT = Pattern.compile("(?i)^slide\\s*(\\d+)\\s*of\\s*(\\d+)\\b.*");
    /** A system monitor's columns are among this many first lines. */
    static final int MONITOR_LINES = 20;
    /** A line of code: a keyword that starts a statement, or a brace or semicolon that ends one. */
    private static final Pattern CODE = Pattern.compile(
            "^(?:def|class|import|from\\s+[\\w.]+\\s+import|return|if|elif|for"
            + "|while|function|const|let|var|public|private|protected|static|package|fn|func|#include|using)\\b.*"
            + "|[{;]$|\\)\\s*:(?:\\s*pass)?$");
    /** An editor's cursor position ({@link #cursorShown}). */
    private static final Pattern CURSOR = Pattern.compile("(?i)\\b(?:ln|line:?)\\s*\\d+\\s*(?:/\\s*\\d+\\s*)?,?\\s*"
            + "col(?:umn)?:?\\s*\\d+\\b");
    /** A line's number alone, in an editor's margin. */
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,4}");
    /** A code editor shows at least this many lines of code... */
    static final int CODE_LINES = 3;
    /** ... and this many line numbers. */
    static final int LINE_NUMBERS = 5;

    private static final String MENU_NAMES = "file|edit|view|search|document|go|bookmarks|tools|help|insert|format"
            + "|window|options|tabs|history|terminal|image|layer|select|run";
    /**
     * Menus' names that only a menu bar's line counts among its menus ({@link #menuBar}), never a line alone (a form's
     * "Type:"): Photoshop's, PyCharm's, Jupyter's, VLC's, Notepad++'s, Audacity's, Blender's (stop 42, written down),
     * GIMP's (stop 47, captured).
     */
    private static final Pattern MORE_MENUS = Pattern.compile("(?i)type|filter|plugins|code|refactor|navigate|vcs"
            + "|kernel|playback|subtitle|macro|encoding|transport|tracks|generate|effect|analyze|render"
            + "|colou?rs|filters|windows");
    /** A line of menu names only ("File Edit View"): it says nothing about which window this is. */
    private static final Pattern MENU_BAR = Pattern.compile("(?i)(?:(?:" + MENU_NAMES + ")\\s*)+");
    private static final Pattern MENU_NAME = Pattern.compile("(?i)" + MENU_NAMES);
    /**
     * Microsoft Office's ribbon tabs, "File Home Insert" and more names of one word, the last "View" or "Help" (Word's,
     * Excel's, PowerPoint's; Outlook's "File Home Send / Receive", stop 46, written down): its menu bar.
     */
    private static final Pattern RIBBON_TABS = Pattern.compile("(?i)file\\s+home\\s+(?:insert|send\\s+receive)"
            + "(?:\\s+\\p{L}+)*\\s+(?:view|help)");
    /** Menu names run together ("FileEd it Search View"): a bar when at least this many make up the whole line. */
    static final int RUN_TOGETHER_MENUS = 3;

    /**
     * The menus that only a text editor's menu bar holds: "Search" with "Document" (Mousepad, Leafpad) or
     * "Documents" (Pluma, gedit 2); Notepad's "Format" in a bar without "Insert".
     */
    private static final Pattern EDITOR_MENUS = Pattern.compile("(?=.*\\bsearch\\b)(?=.*\\bdocuments?\\b).*"
            + "|(?=.*\\bformat\\b)(?!.*\\b(?:insert|image|layer|tools)\\b).*");

    /** A text editor's menu bar names at least this many menus ({@link #editorMenuBar}). */
    static final int EDITOR_MENU_NAMES = 4;

    /** A file manager's text shows at least this many places ({@link #fileManagerShown}). */
    static final int PLACES = 3;
    /** A file manager's whole sidebar shows at least this many places, with no status line needed. */
    static final int FULL_SIDEBAR = 6;
    /** A place in a file manager's sidebar, on Linux, Windows and macOS. */
    private static final Pattern PLACE = words("places|home|home folder|desktop|documents|downloads|music|pictures"
            + "|videos|trash|rubbish bin|applications|computer|network|this pc|quick access|recents?|favou?rites"
            + "|starred|other locations|devices|file ?system");
    /** A file manager's count of items: "11 items", "1 item". */
    private static final Pattern ITEMS = Pattern.compile("(?i)\\b\\d+ items?\\b");
    /** A file manager's status line of what is selected, not of its folder: "3 items selected". */
    private static final Pattern SELECTED = Pattern.compile("(?i)\\bselected\\b");
    /** A sidebar's icon, read as one letter before its place's name. */
    private static final Pattern ICON_LETTER = Pattern.compile("^\\p{L} (?=\\p{L}{2})");

    /** A browser's address bar is among this many first lines ({@link #browserShown}). */
    static final int ADDRESS_LINES = 8;

    /**
     * A small dialog's text has at most this many lines ({@link #dialogShaped}): Geany's Find dialog, a field, six
     * options and four buttons, has 11 (it was "Probably a music player, showing 7 rows." at 10, stop 37, by hand).
     */
    static final int DIALOG_LINES = 12;
    /**
     * A dialog's text where the model's kind is contradicted has at most this many lines (a list to choose from, a
     * long message): where the kind stands, only a small dialog's text overrides it ({@link #DIALOG_LINES}).
     */
    static final int LONG_DIALOG_LINES = 40;
    /** The names of a dialog's buttons (a find dialog's "Find All", "Previous", "Next" too). */
    private static final String BUTTON_NAMES = "ok|okay|cancel|yes|no|close|apply|delete|remove|save"
            + "|don['\u2019]t (?:save|close)|discard|retry|ignore|abort|continue|quit|help|open|replace|skip|allow"
            + "|deny|accept|decline|install|restart|later|not now|done|back|next|finish|print|select|choose|send"
            + "|reset|i ?agree|agree|disagree|start|stop|previous|find(?: all| next| previous)?|replace all|rename"
            + "|create|dismiss|don['\u2019]t run|run anyway|show in finder|move to (?:trash|bin)|restore"
            + "|force quit|never|block|snooze|install now|update now|restart now|remind me later"
            // a setup assistant's "Back" and "Forward" (Grisbi's welcome), a form's "Browse" beside a folder's field
            // (Zim's Add Notebook, taken for that dialog's heading; stop 52, captured)
            + "|forward|browse"
            // Openbox's "Exit Openbox" question, "Cancel" and "Exit" (stop 54, captured: "A terminal. ...")
            + "|exit|log ?out"
            // Quod Libet's "Set up library directories?", "Not Now" and "Set Up" (stop 54, captured: unsaid)
            + "|set ?up"
            // LibreOffice's Keep Current Format: "Use Word 2007-365!", "Use ODF Format!" (stop 42, written down)
            + "|use (?:word|excel|powerpoint) [\\d-]+|use odf format";
    /** A dialog's buttons, read alone or as a row ("Cancel OK", "Don't Save"). */
    private static final Pattern BUTTON_ROW = Pattern.compile("(?i)(?:\\b(?:" + BUTTON_NAMES + ")\\b!?[\\s|]*)+");
    /**
     * A dialog's question is at most this many lines of three words or more above its buttons, and at most twice as
     * many lines of any length: the fragments of a document that a dialog covers come between them in reading order
     * ("arch.", "Kind re", Writer's letter behind its save dialog, stop 28).
     */
    static final int QUESTION_LINES = 8;
    /** A question's end that a dialog wrapped onto a line of its own has at most this many words ("closing?"). */
    static final int WRAPPED_END_WORDS = 2;
    /** A dialog's message has at least this many words ... */
    static final int MESSAGE_WORDS = 4;
    /** ... and its title, on one of the {@value #TITLE_ABOVE} lines above it, at most this many. */
    static final int TITLE_WORDS = 5;
    static final int TITLE_ABOVE = 3;
    /** A word of three letters or more. */
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{3,}");
    /** A dialog's message has fewer legible lines than this above it ... */
    static final int MESSAGE_WITHIN = 4;
    /** ... and at most this many lines (more are a text dialog's paragraphs). */
    static final int MESSAGE_LINES = 2;
    /**
     * The start of a message's line that the dialog wrapped onto the next: a small letter (not a digit: a field's
     * value, "50" below "Choose the zoom level").
     */
    private static final Pattern WRAPPED_ON = Pattern.compile("\\p{Ll}");
    /**
     * The end of a quoted message that is a sentence: a full stop, a question or exclamation mark, or the quote's cut
     * (the message goes on).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!\u2026]\"\\.$");
    /**
     * A question, then another sentence on the same line (group 1: the question): "Do you want to permanently delete
     * all 14 items in the trash? Once deleted, they cannot be brought back." (zenity's, stop 39, by hand, had been
     * "Probably a warning dialog. It says "Do you want to permanently delete all 14 items in the trash?…".").
     */
    private static final Pattern QUESTION_FIRST = Pattern.compile("^([^.!?]{10,}\\?)\\s+\\p{Lu}.*[.!?]$");
    /** A message's line that the dialog wrapped is a long one: at least this many words. */
    static final int WRAPPED_WORDS = 9;
    /** The little words of a sentence, one of which a dialog's message has. */
    private static final Pattern SENTENCE_WORD = words("the|a|an|of|to|is|are|was|be|been|for|your|you|will|has|have"
            + "|in|on|it|this|that|and|or|not|can|may|with|from|could|please|there|no");
    /** A title bar's icon or close button, read as signs at either end of the title ("? Question", "Form ×"). */
    private static final Pattern TITLE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+\\s+|\\s+[^\\p{L}\\p{N}]+$");
    /**
     * Two buttons or more, each read in brackets, one of them a button's name Glance knows: xmessage's "(Cancel)
     * (Celete)" (stop 31, by hand).
     */
    private static final Pattern BRACKETED_ROW = Pattern.compile("(?:[(\\[<][^()\\[\\]<>]{1,24}[)\\]>]\\s*){2,}");
    /** A button's icon as PP-OCR reads it run into the button's name: a circle or a cross ("OYes", "OCancel"). */
    static final String GLUED_ICON_MARK = "[O0X\u00d8\u2298]";
    /** An icon before a button's name: a sign, or a cross read as "X" ("X Cancel"). */
    private static final Pattern BUTTON_ICON = Pattern.compile("^(?:[^\\p{L}\\p{N}\\s]{1,2}|[xX])\\s+(?=\\p{L})");
    /** A button's name, then one or two more words (group 1): "Discard changes". */
    private static final Pattern LONG_BUTTON = Pattern.compile("(?i)(?:" + BUTTON_NAMES + ")((?:\\s+\\p{L}+){1,2})");
    /** One button's name in a row of them. */
    private static final Pattern BUTTON_WORD = Pattern.compile("(?i)\\b(?:" + BUTTON_NAMES + ")\\b");
    /** The buttons that answer a dialog: one of them is among its buttons. */
    private static final Pattern ANSWER = words("ok|okay|cancel|yes|no|close|delete|discard|don['\u2019]t save|retry"
            + "|abort|ignore|quit|not now|later|allow|deny|accept|decline|dismiss|don['\u2019]t run|restore"
            + "|force quit|never|block|snooze|use odf format");

    /**
     * A desktop's panel at the top of a whole screen, read before any window's text: GNOME's "Activities", Xfce's and
     * GNOME Classic's menus. The OCR benchmark's GNOME and Xfce screens were "Glance cannot tell what kind of window
     * this is. The text on it begins "Activities"." (stop 35).
     */
    private static final Pattern PANEL = Pattern.compile("(?i)activities|applications(?:\\s+places)?");
    /** A desktop's panel is among this many first lines. */
    private static final int PANEL_LINES = 2;
    /** A caption that names a text editor and says nothing else ({@link #withEditorText}). */
    private static final Pattern BARE_EDITOR = Pattern.compile("(?i)(?:probably )?an? text editor\\.");
    /** A code editor's own menus among a menu bar's ({@link #ideMenus}), each a line of its own. */
    private static final Pattern PROJECT_MENU = Pattern.compile("(?i)^project$");
    private static final Pattern BUILD_MENU = Pattern.compile("(?i)^(?:build|debug)$");
    static final int IDE_MENU_LINES = 15;
    /** How Glance names a code editor, as its titles say ({@link AppTitles}) and its start screen. */
    private static final String CODE_EDITOR = "A code editor";
    /** How a caption says where the text begins ({@link #textBegins}). */
    private static final String BEGINS = " The text on it begins \"";
    /** Where a caption says the text begins. */
    private static final Pattern TEXT_BEGINS = Pattern.compile(Pattern.quote(BEGINS) + "[^\"]*\"\\.");
    /** A quoted phrase in a caption. */
    private static final Pattern QUOTED_PHRASE = Pattern.compile("[\"\u201c]([^\"\u201d]*)[\"\u201d]");
    /** A dialog named among a caption's first words ("Probably a dialog."), of a type this check knows or not. */
    private static final Pattern DIALOG_WORD = Pattern.compile("(?i)^.{0,60}?\\bdialog\\b");

    /** At most this many words of the first line are quoted after {@link #UNKNOWN_KIND}. */
    static final int QUOTED_WORDS = 8;

    /** The first words of a caption where its kind is named: "Probably a terminal", "A section of a calculator". */
    private static final int KIND_WITHIN = 60;

    private KindCheck() {
    }

    /**
     * What Glance says instead of a kind that the screen's text contradicts: {@link #UNKNOWN_KIND}, then where the
     * text begins (its first legible line in reading order that is not a menu bar: mostly the window's title), so
     * that the user still hears which window this is: "Glance cannot tell what kind of window this is. The text on it
     * begins \"Public\".". Where a message box with its buttons begins the text, the message and its buttons instead:
     * "A message on screen says "Transmission is a file sharing program.". Its buttons: Cancel, I Agree." (had been
     * "Glance cannot tell ..." and the message's first words, stop 48, captured).
     */
    public static String unknownKind(List<String> screenText) {
        return unknownKind(screenText, () -> screenText);
    }

    /** As {@link #unknownKind(List)}, the dialog read from the bottom up among all of the screen's text. */
    public static String unknownKind(List<String> screenText, Supplier<List<String>> allText) {
        List<String> all = allText.get();
        return messageInFront(stripped(all), "").or(() -> messageDialog(all))
                .orElseGet(() -> UNKNOWN_KIND + textBegins(screenText));
    }

    /**
     * What Glance says instead of a type of dialog that the screen's text contradicts: that it is a dialog, and where
     * its text begins: "A dialog. The text on it begins \"Set the volume\".".
     */
    public static String someDialog(List<String> screenText) {
        return someDialog(screenText, () -> screenText);
    }

    /**
     * Whether {@code said} says no more of a dialog than {@code caption} did, or where the text, {@code screenText},
     * begins after it.
     */
    public static boolean saysNoMore(String said, String caption, List<String> screenText) {
        return said.equals(caption) || said.equals(caption + textBegins(screenText));
    }

    /** As {@link #someDialog(List)}, the dialog read from the bottom up among all of the screen's text. */
    public static String someDialog(List<String> screenText, Supplier<List<String>> allText) {
        return messageDialog(allText.get()).orElseGet(() -> SOME_DIALOG + textBegins(screenText));
    }

    /**
     * A caption that names a dialog (of a type this check knows or not) and quotes nothing of it, or only its title,
     * with what the dialog asks or says above its buttons ("A save changes dialog. It asks "Save changes to ”List.txt”
     * before closing?"."), else, where it quotes nothing, where the text begins: "Probably a warning dialog. The text
     * on it begins "Profile Missing"." (Thunderbird's, stop 27, had been "Probably a warning dialog." alone: the
     * model's quotes were not on screen), unless {@code quoteStart} is false (an application's title begins the text:
     * Mousepad's, behind its "Save Changes" dialog, stop 30); any other caption as it is.
     */
    public static String withDialogText(String caption, List<String> screenText, boolean quoteStart) {
        if (!namesDialog(caption) || quotesMoreThanTitle(caption, screenText) || !caption.endsWith(".")) {
            return caption;
        }
        // what asks something of the user is said as such: a system's request for permission, its question and its
        // program's name (written down at stop 44: Windows' User Account Control had been "A dialog. It asks "Do you
        // want to allow this app to ..."), a warning that the session ends, a call ...; and a print dialog by its
        // fields, with its printer
        Optional<String> asking = Interruptions.shown(screenText).or(() -> printDialog(screenText));
        if (asking.isPresent()) {
            return asking.get();
        }
        // not said twice: a dialog with no title bar, its question on its first line, quoted whole (stop 38)
        String quoted = Grounding.normalise(caption);
        Optional<String> asked = question(stripped(screenText), 1)
                .filter(q -> !quoted.contains(Grounding.normalise(q)));
        if (asked.isPresent()) {
            return caption + " It asks \"" + asked.get() + "\".";
        }
        // a value that it sets, with its label, or the details it asks for; else its message
        Optional<String> said = value(screenText).map(s -> s.substring(s.indexOf(" says \"") + 1))
                .or(() -> PageForm.dialog(screenText).map(s -> s.substring(s.contains(" says \"")
                        ? s.indexOf(" says \"") + 1 : s.indexOf(" asks for ") + 1)))
                .or(() -> saysWhat(screenText)
                        .filter(s -> !quoted.contains(Grounding.normalise(s.substring(s.indexOf('"'))))));
        // where the title is quoted, the text begins with it: where it begins is not said again
        boolean titled = QUOTED_PHRASE.matcher(caption).find();
        if (said.isEmpty()) { // a field to fill in: what it asks for
            said = asksFor(screenText).map(s -> s.substring(s.indexOf(" asks for \"") + 1));
        }
        return said.map(s -> caption + " It " + s).orElseGet(() -> quoteStart && !titled
                ? caption + textBegins(screenText) : caption);
    }

    /**
     * Whether {@code caption} quotes anything but the dialog's title, the first legible line of {@code screenText}, or
     * that line's first words: a save dialog "titled "Save Changes"" has said nothing of its question or message yet
     * (Mousepad's with its title bar, stop 32, had been "Probably a save changes dialog titled "Save Changes"."
     * without it).
     */
    private static boolean quotesMoreThanTitle(String caption, List<String> screenText) {
        String title = screenText.stream().map(String::strip).filter(KindCheck::legible).findFirst().orElse("");
        Matcher m = QUOTED_PHRASE.matcher(caption);
        boolean quotes = false;
        while (m.find()) {
            quotes = true;
            String quoted = m.group(1).strip();
            // the first line's start is no more (gedit's "Save changes to document ... before", whose dialog has no
            // title, was "Probably a save changes dialog with the title "Save Changes"." alone, stop 36, by hand)
            if (title.isEmpty() || !title.equalsIgnoreCase(quoted)
                    && !title.toLowerCase(Locale.ROOT).startsWith(quoted.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return caption.indexOf('"') >= 0 && !quotes; // a quote left open
    }

    /**
     * Whether {@code caption} is what Glance says in place of a kind of window or a type of dialog that the screen's
     * text contradicts ({@link #unknownKind}, {@link #someDialog}, also after "Probably", the kind a title names,
     * {@link AppTitles#kindByTitle}, a browser's frame, {@link BrowserFrame}, an application's own bars, {@link
     * #applicationShown}, a file dialog, {@link FileChooser}, a desktop's icons, {@link DesktopIcons}, and an About,
     * a Find or a form's dialog, {@link AboutDialog}, {@link FindDialog}, {@link FormDialog}): a correction of what the
     * first sentence may have said.
     */
    public static boolean corrects(String caption) {
        return caption.startsWith(UNKNOWN_KIND) || caption.startsWith(SOME_DIALOG)
                || caption.startsWith("Probably a dialog.") || AppTitles.isKindByTitle(caption)
                || FileChooser.says(caption) || DesktopIcons.says(caption) || AboutDialog.says(caption)
                || FindDialog.says(caption) || FormDialog.says(caption) || CORRECTIONS.matcher(caption).lookingAt();
    }

    /**
     * " The text on it begins \"...\"." for the first legible line that is not a menu bar, nor a desktop's panel at
     * the top of the screen, or "" when none is. A title counts though no common word is in it: a line above a title
     * bar's buttons, or the first line where it is {@link #titleLike} or the next line repeats it.
     */
    static String textBegins(List<String> screenText) {
        for (int i = 0; i < screenText.size(); i++) {
            String l = withoutTitleBarButtons(screenText.get(i).strip().replace('"', '\u201d'));
            if (i < PANEL_LINES && PANEL.matcher(l).matches()) {
                continue;
            }
            // a title above its title bar's buttons ("Liferea", "00x") though no word of it is known, or a first line
            // said again at once (gThumb's folder "pics" in its header bar and on its location's button)
            String next = i + 1 < screenText.size() ? screenText.get(i + 1).strip() : "";
            boolean titled = !l.isBlank() && (titleBarButtons(next)
                    || i == 0 && next.equals(l) && WORD_OF_THREE.matcher(l).find());
            if ((legible(l) || titled || i == 0 && titleLike(l)) && !MENU_BAR.matcher(l).matches() && !menuBar(l)) {
                return BEGINS + quote(l, QUOTED_WORDS) + "\".";
            }
        }
        return "";
    }

    /** Whether {@code line} is a window's title-bar buttons as PP-OCR reads them ("000", "00x"). */
    static boolean titleBarButtons(String line) {
        return TITLE_BAR_BUTTONS.matcher(line.strip()).matches();
    }

    /** Whether line {@code i} of {@code lines} is a window's title: the next line is its title bar's buttons. */
    static boolean titledAt(List<String> lines, int i) {
        return i >= 0 && i + 1 < lines.size() && titleBarButtons(lines.get(i + 1));
    }

    /** A word of three letters or more: a repeated toolbar's glyph ("a", "a") is no title. */
    private static final Pattern WORD_OF_THREE = Pattern.compile("\\p{L}{3,}");
    /** An application's name and its version at the start of a title: "Sylpheed 3.8.0beta1". */
    private static final Pattern NAME_VERSION = Pattern.compile("\\p{Lu}\\p{L}{3,}\\s+v?\\d+(?:\\.\\d+)+.*");

    /**
     * Whether the text's first line, mostly a window's title, is one though no common word is in it: a word of the
     * spelling dictionary (games' titles, "Chess", "Sudoku") or a name with its version ("Sylpheed 3.8.0beta1", whose
     * window's text had been said to begin with its menu "Message", stop 52, captured).
     */
    private static boolean titleLike(String line) {
        WordSplitter words = WordSplitter.english();
        return NAME_VERSION.matcher(line).matches() || LETTERS.matcher(line).results().map(MatchResult::group)
                .anyMatch(w -> w.length() >= 3 && words.isWord(w));
    }

    /**
     * The first {@code said} of {@code items}, each quoted ({@link #quote}), then how many more there are and a full
     * stop: "Calculator, Calendar, Clocks, and 2 more."
     */
    static String listed(List<String> items, int said) {
        List<String> quoted = items.stream().limit(said).map(i -> quote(i, QUOTED_WORDS)).toList();
        return String.join(", ", quoted)
                + (items.size() > quoted.size() ? ", and " + (items.size() - quoted.size()) + " more." : ".");
    }

    /** {@code items} as a sentence lists them: "a", "a and b", "a, b and c". */
    public static String joined(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code line} as Glance quotes it: its own double quotes made closing ones, cut after {@code maxWords} words. */
    public static String quote(String line, int maxWords) {
        String l = line.strip().replace('"', '\u201d');
        String[] words = l.split("\\s+");
        return words.length <= maxWords ? l : String.join(" ", List.of(words).subList(0, maxWords)) + "\u2026";
    }

    /**
     * Whether the window's {@code title} names an application of another kind than the one {@code caption} names
     * first, among the kinds this check knows (not a type of dialog: a dialog's title often names its application):
     * "Probably a PDF viewer." on htop, "a video page" on vim. A web browser's title contradicts no kind of page, and
     * a document's name no terminal (a shell lists files, one to a line).
     */
    public static boolean contradictedByTitle(String caption, AppTitles.Title title) {
        return titleCanContradict(caption) && (!title.showsPages() || noPage(caption, title))
                && !(title.document() && named(caption) == TERMINAL)
                && !named(caption).named().matcher(title.kind()).find()
                || settingsNotDialog(caption, title);
    }

    /** A web page or a website, as a caption names one with no kind of page this check knows. */
    private static final Pattern WEB_PAGE = Pattern.compile("(?i)\\bweb ?(?:page|site)\\b");

    /**
     * Whether {@code caption} calls the window a web page where its {@code title} names an application that shows no
     * pages (no browser, no document's name), and no browser's address bar is among the first lines of {@code
     * screenText} (Outlook's page, "Mail - Ann Lee - Outlook" above "outlook.office.com/mail/inbox", is one):
     * Wireshark's start, "The Wireshark Network Analyzer", was "A web page.", Kleopatra's self-test "A web page with a
     * cookie banner." (stop 55, captured).
     */
    public static boolean pageUnderApplication(String caption, AppTitles.Title title, List<String> screenText) {
        return WEB_PAGE.matcher(caption).find() && !title.showsPages() && !title.document() && !title.installer()
                && !AppTitles.addressBarShown(screenText);
    }

    /** Whether {@code caption} names a kind that no web page is ({@link #NO_PAGE}), and the browser's title none. */
    private static boolean noPage(String caption, AppTitles.Title title) {
        Kind kind = named(caption);
        return NO_PAGE.contains(kind) && !kind.sure().test(List.of(AppTitles.withoutBrowser(title.line())));
    }

    /**
     * Whether {@code title} is a settings window's ("Terminal Preferences") and {@code caption} names a type of dialog
     * whose marks the title does not hold: "Probably a print dialog." for xfce4-terminal's preferences, whose
     * "Automatically copy selection to clipboard" held a print dialog's "copy" (stop 31, by hand). "Print Settings"
     * is a print dialog's title.
     */
    private static boolean settingsNotDialog(String caption, AppTitles.Title title) {
        Kind kind = named(caption);
        return kind != null && kind.dialog() && title.kind().equals(AppTitles.SETTINGS)
                && !kind.marked().test(List.of(title.line()));
    }

    /**
     * Whether {@code line} is a shell's command ("$ ls -1", "ann@laptop:~$ cat notes.txt", also as OCR misreads its
     * "$": "$. ls -1"), or a command that shows a file ("cat case.txt").
     */
    static boolean shellCommand(String line) {
        String l = line.strip();
        return COMMAND.matcher(l).find() || MISREAD_COMMAND.matcher(l).find() || FILE_COMMAND.matcher(l).matches();
    }

    /**
     * Whether the title's application is of the kind {@code caption} names and says more: a text editor in a
     * terminal (vim's or nano's title) where the caption says "a terminal" or "a text editor". Its sentence names the
     * file too ("A text editor in a terminal: its title is "plan.txt (/tmp) - VIM"."), where the model had said
     * "Probably a terminal with the title "/tmp"." (stop 25).
     */
    public static boolean narrowedByTitle(String caption, AppTitles.Title title) {
        Kind kind = named(caption);
        return kind != null && title.kind().endsWith(IN_A_TERMINAL)
                && !caption.toLowerCase(Locale.ROOT).contains(IN_A_TERMINAL)
                && kind.named().matcher(title.kind()).find();
    }

    /**
     * Whether the title names an application (not a document) of the kind of window {@code caption} names, which is
     * no dialog: the screen's own text bears the model's kind out, and the title's sentence says it with the title
     * ("A text editor: its title is "budget.csv - Mousepad"." for the model's unsure "Probably a text editor.", stop
     * 33, by hand).
     */
    public static boolean confirmedByTitle(String caption, AppTitles.Title title) {
        Kind kind = named(caption);
        return kind != null && !kind.dialog() && !title.document() && kind.named().matcher(title.kind()).find();
    }

    /**
     * As {@link #confirmedByTitle(String, AppTitles.Title)}, and also where the title is a document's name that a
     * text editor shows, {@code caption} names a text editor, and an editor's cursor position shows among {@code
     * allText} ("Ln 1, Col 1"): gedit's "letter.txt" in its header bar, said with its title by the first sentence,
     * had been refined to "Probably a text editor, containing 3 rows." (stop 44, captured). All of the text is asked
     * for only then. A document's name under which an office application's bars show, where {@code caption} names that
     * application, also bears it out (AbiWord's "letter.txt" above its formatting toolbar was "Probably a word
     * processor.", stop 48, captured).
     */
    public static boolean confirmedByTitle(String caption, AppTitles.Title title, Supplier<List<String>> allText) {
        return confirmedByTitle(caption, title) || title.document() && named(caption) == TEXT_EDITOR
                && TEXT_EDITOR.named().matcher(title.kind()).find() && cursorShown(allText.get())
                || title.document() && namesOffice(caption) && named(caption).named().matcher(title.kind()).find();
    }

    /**
     * As {@link #contradictedByTitle(String, AppTitles.Title)}, and also when {@code caption} names a type of dialog
     * and {@code screenText} (the first sentence's top lines) holds a menu bar and no dialog's buttons: "Probably a
     * warning dialog." on Mousepad with its root-account warning bar (a dialog has no menu bar); or the title with its
     * menu bar below it ({@link #windowTitled}).
     */
    public static boolean contradictedByTitle(String caption, AppTitles.Title title, List<String> screenText) {
        if (contradictedByTitle(caption, title) || windowTitled(caption, title, screenText)) {
            return true;
        }
        Kind kind = named(caption);
        return kind != null && kind.dialog() && !title.showsPages() && hasMenuBar(screenText)
                && screenText.stream().noneMatch(KindCheck::buttons);
    }

    /**
     * Whether {@code caption} names a dialog where the window's {@code title} is an application's (not a document's,
     * a browser's, an installer's or a type of dialog's) and nothing of all the text {@code all} is a dialog's: no row
     * of buttons with an answer, no question, no message, no field asking for something, no word of signing in or
     * unlocking (Bitwarden's locked vault is a sign-in dialog: "Master password", "Unlock"), or else its menu bar below
     * its title. Spotify's window, titled "Spotify Premium" above its library and its player, was "A dialog." (stop 45,
     * written down).
     */
    public static boolean applicationNotDialog(String caption, AppTitles.Title title, Supplier<List<String>> all) {
        if (!namesDialog(caption) || title.document() || title.showsPages() || title.installer()
                || title.namesDialog()) {
            return false;
        }
        // or its menu bar below its title, whatever its lines ask (Outlook's inbox, its mails' subjects questions,
        // stop 46, written down)
        List<String> lines = all.get();
        return lines.stream().noneMatch(KindCheck::buttons) && (menuBarBelow(title, lines) || nothingAsked(lines));
    }

    /** Whether no question, no message, no field asking for something and no word of unlocking is in {@code lines}. */
    private static boolean nothingAsked(List<String> lines) {
        return asks(lines).isEmpty() && says(lines).isEmpty() && asksFor(lines).isEmpty() && !any(lines, LOCK_WORDS);
    }

    /**
     * Whether {@code caption} names a dialog where the window's {@code title} is a document's (not a type of dialog's)
     * and nothing of all the text {@code all} is a dialog's: no row of buttons, no question, no message, no field
     * asking for something, no word of signing in or unlocking. Asked only of an unsure caption: Eye of GNOME's
     * "astronaut.png" over its properties panel ("Size 512 × 512 pixels") was "Probably a dialog." (stop 47,
     * captured); a sure "A dialog." under a document's name stands, as a small dialog may show one.
     */
    public static boolean documentNotDialog(String caption, AppTitles.Title title, Supplier<List<String>> all) {
        if (!namesDialog(caption) || !title.document() || title.namesDialog()) {
            return false;
        }
        List<String> lines = all.get();
        return lines.stream().noneMatch(KindCheck::buttons) && nothingAsked(lines);
    }

    /**
     * Whether {@code caption} names a type of dialog where the next lines with letters after the window's
     * {@code title} in {@code screenText} are a menu bar: the title and menu bar of an application's window, which a
     * dialog never has, whatever buttons it shows further down ("Probably a progress dialog." on LXTask's "Task
     * Manager", over its "Quit" button, stop 29).
     */
    public static boolean windowTitled(String caption, AppTitles.Title title, List<String> screenText) {
        Kind kind = named(caption);
        return kind != null && kind.dialog() && !title.showsPages() && menuBarBelow(title, screenText);
    }

    /** Whether the next lines with letters after the window's {@code title} in {@code screenText} are a menu bar. */
    private static boolean menuBarBelow(AppTitles.Title title, List<String> screenText) {
        // the title bar's buttons between them, read as "00x" (GIMP's under Openbox, stop 47, captured)
        List<String> lettered = AppTitles.firstLettered(screenText, Integer.MAX_VALUE).stream()
                .filter(l -> !TITLE_BAR_BUTTONS.matcher(l.strip()).matches()).toList();
        int at = lettered.indexOf(title.line());
        if (at < 0 || at + 1 >= lettered.size()) {
            return false;
        }
        // the menu bar on one line, or read as one menu to a line ("File", "Edit", "View": FeatherPad's, FileZilla's)
        return menuBar(lettered.get(at + 1)) || at + 2 < lettered.size()
                && MENU_BAR.matcher(lettered.get(at + 1)).matches() && MENU_BAR.matcher(lettered.get(at + 2)).matches();
    }

    /**
     * Whether one of {@code lines} is an editor's cursor position in its status bar: gedit's, Notepad's and VS Code's
     * "Ln 1, Col 1", Geany's "line: 1 / 5 col: 0", Mousepad's "Line: 3 Column: 12".
     */
    public static boolean cursorShown(List<String> lines) {
        return any(lines, CURSOR);
    }

    /** Whether one of {@code lines} is a menu bar ("File Edit Search View"): a window's, never a dialog's. */
    public static boolean hasMenuBar(List<String> lines) {
        return lines.stream().anyMatch(KindCheck::menuBar);
    }

    /**
     * A line of two words or more, menu names and no other English word, at least as many menu names as words OCR
     * garbled: "File Edit Search View [", "Eile Edit View", "Edit Yiew" (not "Edit the file"); or a line whose
     * letters, spaces aside, are {@value #RUN_TOGETHER_MENUS} menu names or more and nothing else: "FileEd it Search
     * View Document Help", as PP-OCR read Mousepad's bar (stop 24). With one menu name only, each other word must be
     * one letter off a menu name ("Yiew"): "Similarity search" and "vother options", a Find and Replace dialog's
     * options as PP-OCR read them, were a menu bar, and so that dialog's window "Glance cannot tell ..." (stop 40, by
     * hand). Microsoft Office's ribbon tabs are a menu bar too: "File Home Insert Page Layout Formulas Data Review View
     * Help".
     */
    static boolean menuBar(String line) {
        String letters = lettersOnly(line);
        String together = letters.replaceAll("\\s+", "");
        if (RIBBON_TABS.matcher(letters.strip()).matches() || MENU_BAR.matcher(together).matches()
                && MENU_NAME.matcher(together).results().count() >= RUN_TOGETHER_MENUS) {
            return true;
        }
        String[] words = letters.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        int menus = 0;
        boolean othersGarbled = true;
        WordSplitter english = WordSplitter.english();
        for (String w : words) {
            if (MENU_BAR.matcher(w).matches() || MORE_MENUS.matcher(w).matches()) {
                menus++;
            } else if (english.isKnown(w)) {
                return false;
            } else {
                othersGarbled &= oneLetterOffMenu(w);
            }
        }
        return 2 * menus >= words.length && (menus >= 2 || othersGarbled);
    }

    /** Whether {@code word} is a menu's name with one letter OCR read wrong ("Yiew", "Eile", "Hclp"). */
    private static boolean oneLetterOffMenu(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String menu : MENU_NAMES.split("\\|")) {
            if (menu.length() == w.length() && menu.length() >= 3) {
                int differ = 0;
                for (int i = 0; i < w.length(); i++) {
                    differ += menu.charAt(i) == w.charAt(i) ? 0 : 1;
                }
                if (differ == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code line} is a menu bar ({@link #menuBar}) or a line of menu names alone, as OCR reads a bar on
     * several lines ("File", "Edit", "View Document").
     */
    static boolean menuLine(String line) {
        String l = lettersOnly(line);
        return menuBar(line) || !l.isEmpty() && MENU_BAR.matcher(l).matches();
    }

    /** Whether {@code word} is one of the menu names a menu bar is known by ("File", "Edit", "Help"). */
    static boolean menuName(String word) {
        return MENU_BAR.matcher(word.strip()).matches() && !word.isBlank();
    }

    /** The menu names in {@code line}, also where PP-OCR ran them together ("FileEd it Search" holds 3). */
    static List<String> menuNames(String line) {
        return MENU_NAME.matcher(lettersOnly(line).replaceAll("\\s+", "")).results().map(MatchResult::group).toList();
    }

    /** Whether {@code line} is a toolbar's paragraph style, font or size ("Liberation Serif", "12 pt"). */
    static boolean format(String line) {
        return FORMAT.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code lines} hold a text editor's menu bar ({@link #EDITOR_MENUS}), on one line or, as OCR often reads
     * it, on several lines of menu names in a row ("File", "Edit", "Search", "View Document", "Help").
     */
    static boolean editorMenuBar(List<String> lines) {
        List<String> bar = new ArrayList<>();
        for (String line : lines) {
            if (menuLine(line)) {
                bar.addAll(List.of(lettersOnly(line).toLowerCase(Locale.ROOT).split("\\s+")));
                continue;
            }
            if (editorMenus(bar)) {
                return true;
            }
            bar.clear(); // a bar's menus are on lines in a row
        }
        return editorMenus(bar);
    }

    private static boolean editorMenus(List<String> names) {
        return names.size() >= EDITOR_MENU_NAMES && EDITOR_MENUS.matcher(String.join(" ", names)).matches();
    }

    /**
     * What Glance says of a text editor that its menu bar shows: "A text editor. The text on it begins ..."; "A code
     * editor." where its menus go on with a project's and a build's ({@link #ideMenus}).
     */
    public static String editor(List<String> screenText) {
        return ideMenus(screenText) ? CODE_EDITOR + "." + textBegins(withoutIdeMenus(screenText))
                : "A text editor." + textBegins(screenText);
    }

    /**
     * Whether a run of menus among the first {@value #IDE_MENU_LINES} lines, each a line of its own, holds "Project"
     * and "Build" or "Debug" among {@value #EDITOR_MENU_NAMES} or more: a code editor's (Geany's window after a failed
     * build, without its title bar, was "A text editor. The text on it begins "Project".", stop 40, by hand).
     */
    static boolean ideMenus(List<String> lines) {
        boolean project = false;
        boolean build = false;
        int run = 0;
        for (String l : stripped(lines).subList(0, Math.min(lines.size(), IDE_MENU_LINES))) {
            boolean p = PROJECT_MENU.matcher(l).matches();
            boolean b = BUILD_MENU.matcher(l).matches();
            if (!p && !b && !menuLine(l)) {
                if (project && build && run >= EDITOR_MENU_NAMES) {
                    return true;
                }
                project = build = false; // a bar's menus are on lines in a row
                run = 0;
                continue;
            }
            project |= p;
            build |= b;
            run++;
        }
        return project && build && run >= EDITOR_MENU_NAMES;
    }

    private static List<String> withoutIdeMenus(List<String> lines) {
        return lines.stream().filter(l -> !PROJECT_MENU.matcher(l.strip()).matches()
                && !BUILD_MENU.matcher(l.strip()).matches()).toList();
    }

    /**
     * {@code caption}, where it is "A text editor." and nothing more and no title was read ({@code untitled}: the
     * text would begin with the title), with where the editor's text begins, as {@link #editor} says it: 7 of the 320
     * real_check shots' refined captions had been "Probably a text editor." alone, each a vim window without its title
     * bar (stop 35). Where vim's file line shows among all of the text ({@code allText}: it is the window's last line),
     * "A text editor in a terminal.", for sure ({@link #terminalBorneOut}). Any other caption as it is.
     */
    public static String withEditorText(String caption, List<String> screenText, Supplier<List<String>> allText,
                                        boolean untitled) {
        if (!untitled || !BARE_EDITOR.matcher(caption).matches()) {
            return caption;
        }
        if (vimShown(allText.get())) {
            return VIM + textBegins(screenText); // vim's file line (two vim windows had been "Probably a text editor."
                                                 // where the model read "wiil" as OCR mended it: "will", stop 51)
        }
        return ideMenus(screenText) ? caption.replace("text editor", "code editor")
                + textBegins(withoutIdeMenus(screenText)) : caption + textBegins(screenText);
    }

    /** A row of buttons, also in the brackets some toolkits draw round them ("(Retry) (Cancel)", "[ OK ]"). */
    private static boolean buttonRow(String line) {
        return BUTTON_ROW.matcher(label(line)).matches()
                || BRACKETED_ROW.matcher(line.strip()).matches() && BUTTON_WORD.matcher(line).find();
    }

    /** A button's text without brackets and the icon before it, as PP-OCR reads a Qt button's ("X Cancel"). */
    private static String label(String line) {
        String label = BUTTON_ICON.matcher(BRACKETS.matcher(line).replaceAll(" ").strip()).replaceFirst("");
        Matcher glued = GLUED_ICON.matcher(label);
        return glued.matches() && ANSWER.matcher(glued.group(1)).matches() ? glued.group(1) : label;
    }

    /**
     * An answer's button with its icon read as a letter run into its name: "OYes" (LMMS's question, stop 55, captured:
     * "Its button: No."), "XCancel"; KDE's tick before "OK", read as a "V" ("VOK", Krusader's and KRename's first
     * runs, stop 56, captured).
     */
    private static final Pattern GLUED_ICON = Pattern.compile("(?:" + GLUED_ICON_MARK + "|V\\s?)(\\p{Lu}\\p{Ll}+|OK)");

    /**
     * A row of buttons ({@link #buttonRow}), or one button whose label begins with a button's name and has at most
     * {@value #BUTTON_LABEL_WORDS} words: "Discard changes", "Close Without Saving" (FeatherPad's "Save changes?"
     * dialog went unsaid for its "Discard changes", stop 30), also with the dots of one that opens a window: "Save
     * As..." (gedit's, stop 56, captured: its "save changes?" dialog's buttons were said without it).
     */
    private static boolean buttonLine(String line) {
        if (buttonRow(line)) {
            return true;
        }
        Matcher m = LONG_BUTTON.matcher(label(line).replaceAll(CUT_SHORT.pattern() + "$", ""));
        return m.matches() && !SENTENCE_WORD.matcher(m.group(1)).find(); // not "Select an item", "Back to top"
    }

    /**
     * Whether {@code caption} names a dialog (of any type) and {@code lines} hold a row of two of a dialog's buttons or
     * more, on a line or on lines in a row, with an answer among them ("Cancel Print"): a page's single "Later"
     * (Slack's list of saved messages) is none (a chat page in Chromium that the model called a dialog was "A dialog.
     * It asks ..." with one of its messages, stop 46, written down).
     */
    static boolean dialogWithButtonRow(String caption, List<String> lines) {
        return namesDialog(caption) && aboveButtons(lines, 2, l -> true).isPresent();
    }

    /** Whether {@code caption} names a dialog, of a type this check knows or not ("Probably a dialog."). */
    public static boolean namesDialog(String caption) {
        Kind kind = named(caption);
        return kind != null ? kind.dialog() : DIALOG_WORD.matcher(caption).find();
    }

    /**
     * Whether {@code kind} is a type of dialog that always shows its own word, on a button, a field or its title, so
     * that a whole dialog (its buttons read) without it is another, however little text it has: a print dialog's
     * "Print", a save changes dialog's "Save", a login dialog's "Password" (zenity's scale dialog, "Set the speed",
     * "13", "Cancel", "OK", was "Probably a print dialog.", stop 33), a progress dialog's status ("Copying ...", "45%",
     * "Please wait"; zenity's scale, form and information dialogs were "Probably a progress dialog.", stop 34), a
     * question dialog's question ("?", "Are you sure", "Do you want"; zenity's information box "12 files were backed
     * up to KINGSTON" was "Probably a question dialog.", stop 34), a list dialog's "Select" or "Choose" (a list with
     * so little text has no rows: zenity's warning "Battery is at 5%. ..." above "OK" was "Probably a list dialog,
     * with 7 rows.", stop 44, captured).
     */
    private static boolean ownWordShows(Kind kind) {
        return OWN_WORD_TYPES.stream().anyMatch(type -> kind.named().matcher(type).find());
    }

    /** Whether a title among the first lines names an application ({@link AppTitles}), not a document. */
    private static boolean applicationTitled(List<String> lines) {
        return AppTitles.find(lines).filter(t -> !t.document()).isPresent();
    }

    /** A row of a dialog's buttons with an answer among them ("Cancel OK", "Delete"). */
    static boolean buttons(String line) {
        return buttonRow(line) && ANSWER.matcher(line).find();
    }

    /**
     * Whether {@code caption} names a kind of window that always shows words: a terminal's prompt, a text editor's or
     * a word processor's text, a file manager's names, a dialog's buttons. Said of a picture with no word on it at
     * all, it is no reading of it, however sure the model was (Kubuntu's "20.04" wallpaper, the number its only text,
     * was "A terminal, and light text on a dark background.", stop 45, by hand).
     */
    public static boolean needsWords(String caption) {
        Kind kind = named(caption);
        return kind == TERMINAL || kind == TEXT_EDITOR || kind == WORD_PROCESSOR || kind == FILE_MANAGER
                || kind != null && kind.dialog() || kind == null && DIALOG_WORD.matcher(caption).lookingAt();
    }

    /** Whether {@code caption} says the screen is blank or empty ("A blank, plain black screen with no text."). */
    public static boolean namesBlank(String caption) {
        return named(caption) == BLANK;
    }

    /**
     * Whether a window's title could contradict {@code caption} ({@link #contradictedByTitle}): it names a kind of
     * window this check knows that is not a type of dialog.
     */
    public static boolean titleCanContradict(String caption) {
        Kind kind = named(caption);
        return kind != null && !kind.dialog();
    }

    /**
     * Whether {@code caption} names no kind of window this check knows, nor a dialog: "the whole screen is captured: a
     * large clock". An unsure guess of that sort gives way to an application's title, which is read (xterm's title
     * "man man" over its page not drawn yet, described in detail, stop 45, `real_check`'s shots).
     */
    public static boolean namesUncheckedKind(String caption) {
        return named(caption) == null && !DIALOG_WORD.matcher(caption).find();
    }

    /** What Glance says of applications whose own keys or controls no dialog shows ({@link #noDialogsControls}). */
    private static final Pattern OWN_CONTROLS = Pattern.compile(Pattern.quote(CALCULATOR) + "\\b.*|"
            + Pattern.quote(MONITOR) + "|" + Pattern.quote(MUSIC_PLAYER) + "|" + Pattern.quote(CLOCK) + "|"
            + Pattern.quote(VIDEO_CALL) + "|" + Pattern.quote(CALL_WAITING) + "|" + Pattern.quote(START_CENTER) + "|"
            + "An? [\\p{L} ]+" + Pattern.quote(START_SCREEN) + ".*|"
            + Pattern.quote(NEW_MAIL) + "\\b.*|" + Pattern.quote(NETWORKS) + ".*|" + Pattern.quote(IMAGE_EDITOR)
            + "\\b.*|" + Pattern.quote(DOCUMENT_VIEWER) + "\\b.*|" + Pattern.quote(CRASH_SCREEN) + ".*|"
            + Pattern.quote(UPDATE_SCREEN) + ".*|" + Pattern.quote(GIT_CLIENT) + ".*|" + Pattern.quote(GAME) + ".*|"
            + Pattern.quote(EMOJI_MAP));

    /**
     * Whether the lines read so far ({@code seen}) show an application by keys or controls that no dialog has (a
     * calculator's keypad, a call's controls, a system monitor's columns, a music player's, a clock's views, a mail's
     * fields, a list of Wi-Fi networks, a Git client's views, a game's own buttons, emoji's groups) and all of the text
     * ({@code all}, asked for only then) no dialog's answer: Windows' Calculator, Zoom's call and Gmail's new message,
     * written down at stop 44, were said as the model's "A dialog.".
     */
    private static boolean noDialogsControls(List<String> seen, Supplier<List<String>> all) {
        return applicationShown(seen).filter(a -> OWN_CONTROLS.matcher(a).matches()).isPresent()
                && all.get().stream().noneMatch(KindCheck::buttons);
    }

    /**
     * {@code caption} up to the kind of window it names first, among the kinds this check knows, and a full stop:
     * "Probably a chat page." for "Probably a chat page with a cookie banner."; as it is when it names none.
     */
    public static String kindOnly(String caption) {
        Kind kind = named(caption);
        if (kind == null) {
            return caption;
        }
        Matcher m = kind.named().matcher(caption.substring(0, Math.min(caption.length(), KIND_WITHIN)));
        return m.find() ? caption.substring(0, m.end()) + "." : caption;
    }

    /**
     * {@code caption} without a later sentence that names a kind of window other than its first sentence's (a dialog
     * in front of the window aside): a detailed description's "It shows a file manager." and "It shows light text
     * editor." after "The whole screen is captured: a terminal." on xterm's manual pages (stop 45, `real_check`'s
     * shots described in detail). The first sentence's kind is the one the check holds to the text; a second one is
     * the model's contradiction of it.
     */
    public static String withoutOtherKinds(String caption) {
        List<String> sentences = Grounding.sentences(caption);
        Kind first = sentences.isEmpty() ? null : named(sentences.get(0));
        if (first == null || sentences.size() < 2) {
            return caption;
        }
        StringBuilder out = new StringBuilder(sentences.get(0));
        for (String s : sentences.subList(1, sentences.size())) {
            Kind kind = named(QUOTED.matcher(s).replaceAll("\"\"")); // a quote's words name no kind ("dashboard.txt")
            if (kind == null || kind == first || kind.dialog() || DIALOG_WORD.matcher(s).find()) {
                out.append(' ').append(s);
            }
        }
        return out.toString();
    }

    /** Whether the kind named near the start of {@code caption} has none of its marks in {@code screenText}. */
    public static boolean contradicted(String caption, List<String> screenText) {
        return check(caption, screenText, () -> screenText) != Verdict.HOLDS;
    }

    /**
     * What the screen's text says of the kind named near the start of {@code caption}, looking first at the lines
     * read so far ({@code seen}, e.g. the first lines that pass 2 read) and, only when they show none of the kind's
     * sure marks, at all of the screen's text ({@code all}, which may wait for OCR to finish): the answer is always
     * the one all the text gives.
     */
    public static Verdict check(String caption, List<String> seen, Supplier<List<String>> all) {
        // a crash or an update screen says what it is, whatever kind the model took it for (all of its text awaited
        // where the lines read so far show one)
        if (systemScreen(seen).isPresent() && systemScreen(all.get()).isPresent()) {
            return caption.startsWith(CRASH_SCREEN) || caption.startsWith(UPDATE_SCREEN) ? Verdict.HOLDS
                    : Verdict.APPLICATION_SHOWN;
        }
        Kind kind = named(caption);
        if (kind == null) {
            // a dialog of no type this check knows has no menu bar either: a text editor's menus, with no dialog's
            // buttons on screen, are the editor's (Mousepad's window with its File menu open was "A dialog.", stop
            // 39, by hand)
            if (DIALOG_WORD.matcher(caption).lookingAt()) {
                boolean editor = editorMenuBar(seen) && all.get().stream().noneMatch(KindCheck::buttons);
                // a file manager's places and status line, with no dialog's buttons (a file dialog has them):
                // Windows' File Explorer was "A dialog." (stop 45, written down)
                if (!editor && places(seen) >= 2 && fileManagerShown(all.get())
                        && all.get().stream().noneMatch(KindCheck::buttons)) {
                    return Verdict.FILE_MANAGER_SHOWN;
                }
                // a viewer's picture, its file with its size or its tools (whose "Delete" reads as a dialog's button);
                // an application's own keys or controls, with no dialog's answer on screen
                return editor ? Verdict.EDITOR_SHOWN
                        : pictureShown(stripped(seen)).isPresent() || noDialogsControls(seen, all)
                        ? Verdict.APPLICATION_SHOWN : Verdict.HOLDS;
            }
            // a manual page's header and a section's heading, whatever kind the check has no marks for: a terminal
            // (the model's detailed descriptions name kinds it does not know: "a large clock" on xterm, stop 45,
            // `real_check`'s shots)
            if (manualPage(seen)) {
                return Verdict.TERMINAL_SHOWN;
            }
            // a kind this check has no marks for (or none) on a small dialog's text, its buttons last: the dialog
            // (Thunar's Rename dialog without its title bar was "Probably a web page with a cookie banner.", stop 39,
            // by hand)
            return dialogShaped(seen) && dialogShaped(all.get()) && !pageOrPicture(all.get()) ? Verdict.DIALOG_SHOWN
                    : Verdict.HOLDS;
        }
        Supplier<List<String>> whole = once(all); // all the text, asked for once at most
        // the first lines end in a dialog's buttons mostly when they are all there is: only then is the rest awaited
        if (!kind.dialog() && dialogShaped(seen) && dialogShaped(whole.get()) && !pageOrPicture(whole.get())) {
            return Verdict.DIALOG_SHOWN;
        }
        // places in the first lines: the status line comes last, so only then is the rest awaited
        if (kind != FILE_MANAGER && places(seen) >= 2 && fileManagerShown(whole.get())) {
            return Verdict.FILE_MANAGER_SHOWN;
        }
        // a dialog has no menu bar: the window's own are a dialog's only with its buttons (a dialog over the window)
        // (an editor's menus read one to a line count too: Mousepad's under its root-account warning, stop 26)
        if (kind.dialog() && (hasMenuBar(seen) || editorMenuBar(seen))
                && whole.get().stream().noneMatch(KindCheck::buttons)) {
            // an application's own keys or bars say what it is (galculator's menus over its keypad were "A list
            // dialog.", stop 33)
            return editorMenuBar(seen) ? Verdict.EDITOR_SHOWN
                    : fileManagerShown(whole.get()) ? Verdict.FILE_MANAGER_SHOWN
                    : applicationShown(whole.get()).isPresent() ? Verdict.APPLICATION_SHOWN : Verdict.KIND_CONTRADICTED;
        }
        // a text editor holds any text, but a window whose text begins with a shell's command is a terminal's (also
        // with its prompt cut off, when the command shows a file: "cat case.txt")
        if (kind == TEXT_EDITOR && seen.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(KindCheck::shellCommand).isPresent()) {
            return Verdict.TERMINAL_SHOWN;
        }
        // a text editor's menu bar says what the window is, as its title would
        if (!kind.dialog() && kind != TEXT_EDITOR && editorMenuBar(seen)
                && whole.get().stream().noneMatch(KindCheck::buttons)) {
            return Verdict.EDITOR_SHOWN;
        }
        // git's log says what the window is, as a title would, whatever marks of another kind its text holds ("noreply"
        // in an address is a chat's "reply", its dates' times a chat's times: "a chat page", stop 31, by hand)
        if (kind != TERMINAL && gitLog(seen)) {
            return Verdict.TERMINAL_SHOWN;
        }
        // a picture's file and size among the lines read so far say an image viewer shows it, whatever marks of
        // another kind the picture holds (a photo of a letter in Ristretto's window was "Probably a word processor.",
        // stop 36, by hand); not waited for: a shell's or a file manager's list of pictures would hold up every caption
        if (pictureShown(seen).isPresent()) {
            return Verdict.APPLICATION_SHOWN;
        }
        // a game's own buttons or state the same way, whatever a bar over its board says (GNOME Chess's "No chess
        // engine is installed. You will not be able to ..." was "Probably a warning dialog.", stop 52, captured); a
        // dialog over the game, its buttons on screen ("Quit"), stands
        if (gameShown(stripped(seen)) && whole.get().stream().noneMatch(KindCheck::buttons)) {
            return Verdict.APPLICATION_SHOWN;
        }
        // LibreOffice's menu bar names its application, the same way, whatever marks of another kind the document or
        // a toolbar holds
        Optional<String> office = officeMenus(stripped(seen));
        if (office.isPresent() && !kind.named().matcher(office.get()).find()) {
            return Verdict.APPLICATION_SHOWN;
        }
        // a code editor's start screen the same way, whatever its suggested projects' names say ("Music", "Calendar"
        // of GNOME Builder's: "Probably a music player, with 7 rows.", stop 56, captured); a dialog's buttons stand
        if (projectStart(stripped(seen)).isPresent() && whole.get().stream().noneMatch(KindCheck::buttons)) {
            return Verdict.APPLICATION_SHOWN;
        }
        if (kind.sure().test(seen)) {
            return Verdict.HOLDS;
        }
        List<String> lines = whole.get();
        // vim's file line at the foot of the text says what the window is, as a title would, whatever marks of
        // another kind its text holds (dates, times, prices)
        if (kind != TERMINAL && !EDITOR.matcher(caption).find() && vimFoot(lines)) {
            return Verdict.TERMINAL_SHOWN;
        }
        // a file manager's places and status line, the same way: its files' names and types hold any kind's marks
        // ("MPEG-4 video", "Ogg audio")
        if (kind != FILE_MANAGER && fileManagerShown(lines)) {
            return Verdict.FILE_MANAGER_SHOWN;
        }
        // a manual page's header at the top, "MAN(1)" with "SYNOPSIS" below, the same way: a terminal's pager, whatever
        // its text holds ("Probably a text editor." on man's own page in an xterm window, stop 26); and git's log
        // further down, and Python's greeting (its interpreter in a terminal: "Probably a text editor.", stop 36)
        if (kind != TERMINAL && (manualPage(lines) || gitLog(lines) || any(lines, PYTHON_NOTICE))) {
            return Verdict.TERMINAL_SHOWN;
        }
        // a long text that ends in a dialog's answers ("Cancel", "OK") is a dialog's, whatever marks of a viewer or a
        // page its text holds ("4%" made a zenity text dialog "Probably a PDF viewer.", stop 26); a month's grid is a
        // date picker's, which the calendar's own words say better
        if (!kind.dialog() && kind != TERMINAL && dialogShaped(lines, LONG_DIALOG_LINES) && !monthShown(lines)
                && !pageOrPicture(lines)) {
            return Verdict.DIALOG_SHOWN;
        }
        // an application's own bars (a word count, a cell's name and columns) say what it is, as a title would,
        // whatever marks of another kind its document holds (a letter's dates kept "a calendar page" on Writer's 4K
        // screen, stop 27); a dialog in front of it, its buttons on screen, stands
        Optional<String> application = applicationShown(lines);
        if (application.isPresent() && !kind.named().matcher(application.get()).find()
                && !(kind.dialog() && lines.stream().anyMatch(KindCheck::buttons))) {
            return Verdict.APPLICATION_SHOWN;
        }
        if (kind.marked().test(lines)) {
            return Verdict.HOLDS;
        }
        // a small dialog's whole text, a message of six English words or more and its buttons, is enough to judge
        // its type by ("Your Thunderbird profile cannot be loaded. ..." "OK" was "Probably a login dialog.", stop 27)
        boolean wholeDialog = kind.dialog() && dialogShaped(lines) && manyEnglishWords(lines);
        if (!enoughToJudge(lines) && !wholeDialog) {
            // too little text to contradict a kind, but prompts on two lines are a shell's or Python's session (a page
            // that quotes commands has more to read). A type of dialog whose marks do not show is contradicted all
            // the same (stop 33, by hand and real_check) below an application's title with no buttons on screen (that
            // application's window: xterm's title over less's "(END)" alone was "Probably a progress dialog."), below a
            // title that names another type ("Information" over "Your files were saved."), and where it is a type
            // that always shows its own word and the whole dialog, its buttons too, is read (see ownWordShows)
            if (kind.dialog()) {
                return applicationTitled(lines) && lines.stream().noneMatch(KindCheck::buttons)
                        || AppTitles.firstLettered(lines, 1).stream().anyMatch(l -> TYPE_TITLE.matcher(l).matches())
                        || ownWordShows(kind) && lines.stream().anyMatch(KindCheck::buttons)
                        ? Verdict.DIALOG_TYPE_CONTRADICTED : Verdict.HOLDS;
            }
            // a shell's whole prompt, its user, host and folder, is one even alone (xterm's window with "root@vm:/tmp#"
            // below an error was "Probably a video page.", stop 36, by hand)
            return prompts(lines) < 2 && !any(lines, HOST_PROMPT) ? Verdict.HOLDS : Verdict.TERMINAL_SHOWN;
        }
        if (terminalShown(lines)) { // said instead of "cannot tell", never instead of a kind the text bears out
            return Verdict.TERMINAL_SHOWN;
        }
        if (browserShown(lines)) {
            return Verdict.BROWSER_SHOWN;
        }
        if (monthShown(lines)) {
            return Verdict.MONTH_SHOWN;
        }
        // a dialog's buttons come last, after the first lines when its message or its list is long
        if (!kind.dialog() && dialogShaped(lines, LONG_DIALOG_LINES)) {
            return Verdict.DIALOG_SHOWN;
        }
        return kind.dialog() ? Verdict.DIALOG_TYPE_CONTRADICTED : Verdict.KIND_CONTRADICTED;
    }

    /**
     * Whether {@code lines} show a web page ({@link #webPage}) or a picture in its viewer ({@link #pictureShown}),
     * whose text ends in a dialog's buttons only where a bubble stands in front of it (Chromium's "Restore pages?"
     * over a region of a page was "A dialog asks ...", stop 42, by hand) or a viewer's toolbar ends it ("Edit",
     * "Rotate", "Delete" in Windows' Photos, written down): no dialog's text.
     */
    private static boolean pageOrPicture(List<String> lines) {
        List<String> stripped = stripped(lines);
        return webPage(stripped).isPresent() || pictureShown(stripped).isPresent();
    }

    /**
     * Whether one of the last {@value #VIM_FOOT_LINES} lines is vim's file line ("\"a.txt\" 10 lines, 270 bytes"), or
     * the last {@value #VIM_FOOT_PIECES}, joined, hold its counts or its ruler ("5L." "125B" "1,1" "A11").
     */
    static boolean vimFoot(List<String> lines) {
        return any(lines.subList(Math.max(0, lines.size() - VIM_FOOT_LINES), lines.size()), VIM_STATUS)
                || VIM_FOOT.matcher(String.join(" ", lines.subList(Math.max(0, lines.size() - VIM_FOOT_PIECES),
                        lines.size())).strip()).find();
    }

    /**
     * Whether {@code caption} names a terminal and {@code lines} bear it out beyond doubt: a prompt with its user and
     * host ("ann@laptop:~/projects$ ls -l"; a tutorial's page quotes "$ ls" more often). The model's unsure terminal
     * is then said for sure (a page made like GNOME Terminal was "Probably a terminal.", stop 50). So is vim, by its
     * file line among all of the text ({@code allText}, {@link #withEditorText}).
     */
    public static boolean terminalBorneOut(String caption, List<String> lines, Supplier<List<String>> allText) {
        return named(caption) == TERMINAL && any(stripped(lines), HOST_PROMPT)
                || caption.startsWith(VIM) && vimShown(allText.get());
    }

    /**
     * Whether {@code lines} show a terminal for sure: a shell's prompt ("$ cat notes.txt", "ann@box:~$", also misread:
     * "s cat notes.txt"), vim's file line ("\"plan.txt\" 11 lines, 347 bytes"), a long listing of files, top's or
     * htop's header ("MiB Mem :", "load average:"), git's log ({@link #gitLog}), the columns' names above `df`'s or
     * `ps`'s table, or a manual page ("MV(1)" and "User Commands" or "SYNOPSIS"). A page that quotes a shell's
     * commands shows a prompt too, which is why this only ever stands in for a kind the text has already contradicted.
     */
    static boolean terminalShown(List<String> lines) {
        return prompts(lines) > 0 || any(lines, VIM_STATUS) || listing(lines) || any(lines, TOP) || gitLog(lines)
                || any(lines, TABLE_HEADER) || any(lines, PYTHON_NOTICE)
                || lines.stream().anyMatch(l -> MISREAD_COMMAND.matcher(l.strip()).find())
                || lines.stream().anyMatch(l -> MAN_HEADER.matcher(l.strip()).matches())
                && lines.stream().anyMatch(l -> MAN_SECTION.matcher(l.strip()).matches());
    }

    /**
     * Whether the lines hold git's log: a commit's line ("commit c79d44a593659ace1f38c7538153e21047bfd1d4") with its
     * author's, date's or merge's line within the next {@value #GIT_FIELD_LINES} (as OCR reads them: "Authort Seed",
     * "DatetMon Nov 30").
     */
    static boolean gitLog(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (GIT_COMMIT.matcher(lines.get(i).strip()).matches()) {
                return lines.subList(i + 1, Math.min(lines.size(), i + 1 + GIT_FIELD_LINES)).stream()
                        .anyMatch(l -> GIT_FIELD.matcher(l.strip()).lookingAt());
            }
        }
        return false;
    }

    /**
     * Whether a manual page's header ("MAN(1)") is among the first {@value #MAN_HEADER_LINES} lines (below a
     * terminal's title at most) and one of its sections ("SYNOPSIS") follows.
     */
    static boolean manualPage(List<String> lines) {
        return manualPageHeader(lines).isPresent();
    }

    /** Whether {@code line} is a manual page's header ("MV(1)") or one of its sections' headings ("SYNOPSIS"). */
    static boolean manualPageLine(String line) {
        return MAN_HEADER.matcher(line.strip()).matches() || MAN_SECTION.matcher(line.strip()).matches();
    }

    /** The header of the manual page that {@link #manualPage} finds ("MAN(1)"), stripped; empty where it finds none. */
    static Optional<String> manualPageHeader(List<String> lines) {
        int top = Math.min(lines.size(), MAN_HEADER_LINES);
        for (int i = 0; i < top; i++) {
            String header = lines.get(i).strip();
            if (MAN_HEADER.matcher(header).matches()) {
                boolean section = lines.subList(i + 1, lines.size()).stream()
                        .anyMatch(l -> MAN_SECTION.matcher(l.strip()).matches());
                return section ? Optional.of(header) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether one of the first {@value #ADDRESS_LINES} lines is a browser's address bar: a web address alone on its
     * line ("https://example.org/news", "github.com/ann/notes", "www.bbc.co.uk") or a local page's path
     * ("/tmp/article.html", as Chromium shows a file). Like {@link #terminalShown}, it only stands in for a kind the
     * text has contradicted: an address may be written anywhere.
     */
    static boolean browserShown(List<String> lines) {
        return lines.stream().limit(ADDRESS_LINES).anyMatch(BrowserFrame::isAddress);
    }

    /**
     * What the text says of the application it shows by its own bars, which Glance says instead of another kind named
     * by the model, as LibreOffice, Gnumeric, Evince and Geany showed them (stop 27, by hand):
     * <ul>
     * <li>a word processor's status bar: its count of words and characters ("52 words, 271 characters"), its page
     * style ("Default Page Style"), or "Page 1 of 3" with a count of words: "A word processor. The text on it begins
     * \"Dear Mrs. Patel,\"." (its styles, fonts and sizes are not quoted);</li>
     * <li>a spreadsheet's name box and columns: a cell's name alone ("A1"), four columns' letters alone, and its
     * formula bar ("fx"), its sheets ("Sheet 1 of 1") or its sum ("Sum= 0"): "A spreadsheet. ...";</li>
     * <li>a PDF viewer's file and toolbar: a file's name ending in ".pdf" alone on one of the first
     * {@value #VIEWER_LINES} lines, with a zoom ("73.4%") or a page count ("of 1") there: "A PDF viewer showing
     * \"letter.pdf\".";</li>
     * <li>a code editor's line numbers beside code: {@value #CODE_LINES} lines of code ("def do_GET(self):", "import
     * os", "int x = 1;") and {@value #LINE_NUMBERS} numbers alone: "A code editor. The code on it begins
     * \"import os\".";</li>
     * <li>a presentation editor's status bar, "Slide 1 of 12" (LibreOffice Impress's window, whose title the window
     * manager draws, was "Glance cannot tell ...", stop 28): "A presentation editor, showing slide 1 of 12.";</li>
     * <li>a system monitor's list of processes: its columns among the first {@value #MONITOR_LINES} lines, each read
     * alone, a processor's share ("% CPU"), memory ("Memory") and what names the process ("Process Name", "PID"), as
     * GNOME's System Monitor and Windows' Task Manager show them (the first was "Probably a dialog.", stop 28):
     * "A system monitor, listing processes.";</li>
     * <li>a calculator's keypad with its name alone on a line or a sum on its display, or its whole keypad ({@link
     * #fullKeypad}): "A calculator with the display showing 49." (galculator's window, whose "Calculator" is a menu,
     * was "A dialog.", stop 30);</li>
     * <li>a clock application's views, {@value #CLOCK_VIEWS} or more of "World", "Alarms", "Stopwatch", "Timer" and
     * "Focus sessions", each a line of its own, as GNOME's and Windows' clocks show them (GNOME Clocks was "Glance
     * cannot tell ...", stop 33, by hand): "A clock app.";</li>
     * <li>since stop 36 (by hand, on applications Glance was not trained on): an image viewer's picture, its file and
     * size in pixels ({@link #pictureShown}); a word processor's formatting toolbar ({@link #formattingToolbar}); a
     * document viewer's page count and fitted zoom ({@link #documentViewer}); a music player's playlist columns,
     * "Artist" and "Album", and its position ("0:00/0:00"): "A music player.";</li>
     * <li>LibreOffice's Start Center, {@value #NEW_DOCUMENTS} or more of its buttons for a new document ("Writer
     * Document", "Calc Spreadsheet"): its window without a title bar was "Glance cannot tell ..." (stop 40, by hand);
     * </li>
     * <li>since stop 41 (written down, each "Glance cannot tell ..." where the model named another kind): a video
     * call's controls, one to leave it and {@value #CALL_CONTROLS} others ("Camera", "Mic", "Share"): "A video call
     * app, in a call."; or its button to leave and its waiting room's words ("the meeting host will let you in
     * soon"); a chat's box for a new message ("Type a message"): "A chat app."; a system's quick settings,
     * {@value #QUICK_TOGGLES} of its toggles among the first {@value #QUICK_LINES} lines, a radio's among them
     * ("Wi-Fi", "Bluetooth", "Airplane mode", "Night light"): "A quick settings panel."; an editor's cursor position
     * beside its text's encoding ("Ln 3, Col 1", "UTF-8"): "A text editor."; Windows' Start menu ({@link #startMenu})
     * and a sign-in screen ({@link #signIn}); {@value #SYSTEM_FACTS} facts of a computer ("Chip", "Memory", "Serial
     * number"): "A description of this computer, running macOS Sonoma 14.5."; {@value #MAIL_FOLDERS} mail folders
     * ("Inbox", "Sent", "Drafts"): "A mail client."; a crash screen ({@link #crash}), a progress dialog's share done
     * ({@link #progress}), a notifications panel ({@link #notifications}), a cookie notice ({@link #cookieNotice})
     * and GNOME Software's views ("Explore", "Installed", "Updates"): "A software store.".</li>
     * <li>since stop 43 (written down): an incoming call, a CAPTCHA, a request for a one-time code and a program that
     * stopped ({@link Interruptions}), a browser's own page for a page it could not load ({@link #webPage}), a
     * sign-in screen's message where the password was wrong, a power menu ({@link #powerMenu}) and a page's form to
     * fill in ({@link PageForm}).</li>
     * <li>since stop 53 (captured, applications Glance was not trained on): a Git client's views ({@link #GIT_VIEW}),
     * the groups of emoji of a character map ({@link #EMOJI_GROUP}), a game's own buttons or state ({@link
     * #GAME_BUTTON}, {@link #GAME_STATE}): "A game. The text on it begins ..."; a first run's greeting that names an
     * application ({@link AppTitles#welcome}).</li>
     * <li>since stop 56 (captured): a music library's views ({@link #LIBRARY_VIEW}): "A music player."; a map's scale
     * and credit ({@link #MAP_SCALE}, {@link #MAP_CREDIT}): "A map app."; a code editor's start screen ({@link
     * #projectStart}).</li>
     * </ul>
     * A browser's frame is looked for first, and a terminal's file line, a manual page and a file manager's places:
     * a page or a shell may show code.
     */
    public static Optional<String> applicationShown(List<String> lines) {
        List<String> stripped = stripped(lines);
        Optional<String> picture = pictureShown(stripped);
        if (picture.isPresent()) {
            return picture;
        }
        if (any(stripped, WORD_COUNT) || any(stripped, PAGE_COUNT) && any(stripped, WORDS_ALONE)) {
            return Optional.of(dialogInFront(stripped, "word processor").orElseGet(() -> "A word processor."
                    + textBegins(withoutFormats(stripped))));
        }
        // before the formatting toolbar, which a spreadsheet has too (Gnumeric's "Sans", "10")
        if (spreadsheetShown(stripped)) {
            return Optional.of(dialogInFront(stripped, "spreadsheet").orElseGet(() -> "A spreadsheet."
                    + textBegins(withoutFormats(stripped))));
        }
        int toolbar = formattingToolbar(stripped);
        if (toolbar >= 0) {
            List<String> below = stripped.subList(toolbar + 1, stripped.size()).stream()
                    .filter(l -> !PAGE_STATUS.matcher(l).matches() && !STYLE_GALLERY.matcher(l).matches()).toList();
            return Optional.of(dialogInFront(stripped, "word processor").orElseGet(() -> "A word processor."
                    + textBegins(withoutFormats(below))));
        }
        // an image viewer's folder: its count of images and their files' names (Gwenview's, stop 49, captured: "A
        // desktop with 2 icons")
        Optional<String> images = stripped.stream().filter(l -> IMAGE_COUNT.matcher(l).matches()).findFirst();
        List<String> pictures = fileNames(stripped).stream().filter(f -> PICTURE_FILE.matcher(f).matches()).toList();
        if (images.isPresent() && !pictures.isEmpty()) {
            return Optional.of("An image viewer, showing " + images.get().toLowerCase(Locale.ROOT) + ": "
                    + (pictures.size() <= NAMED_FILES ? joined(pictures)
                    : String.join(", ", pictures.subList(0, NAMED_FILES)) + " and more") + ".");
        }
        // an image editor's menus, its image's layers and filters (GIMP's, Photoshop's, Krita's, Paint.NET's): GIMP's
        // window cut to 16 colours, its title garbled, was "Glance cannot tell ..." (stop 49, captured at stop 47)
        if (IMAGE_EDITOR_MENUS.matcher(String.join(" ", stripped.subList(0, Math.min(stripped.size(),
                IMAGE_MENU_LINES)))).find()) {
            return Optional.of(IMAGE_EDITOR + stripped.stream().filter(l -> PICTURE_FILE.matcher(l).matches())
                    .findFirst().map(f -> " showing \"" + quote(f, QUOTED_WORDS) + "\".").orElse("."));
        }
        Optional<String> menus = officeMenus(stripped);
        if (menus.isPresent()) {
            String application = menus.get().substring(2);
            List<String> below = stripped.stream().filter(l -> !OFFICE_MENU_LINE.matcher(l).matches()).toList();
            return Optional.of(dialogInFront(stripped, application).orElseGet(() -> "A " + application + "."
                    + textBegins(withoutFormats(below))));
        }
        List<String> top = stripped.subList(0, Math.min(stripped.size(), VIEWER_LINES));
        Optional<String> pdf = top.stream().filter(l -> PDF_FILE.matcher(l).matches()).findFirst();
        if (pdf.isPresent() && top.stream().anyMatch(l -> ZOOM.matcher(l).matches() || PAGE_OF.matcher(l).matches())) {
            return Optional.of("A PDF viewer showing \"" + quote(pdf.get(), QUOTED_WORDS) + "\".");
        }
        Optional<String> viewer = documentViewer(stripped);
        if (viewer.isPresent()) {
            return viewer;
        }
        List<String> code = stripped.stream().filter(l -> CODE.matcher(l).find()).toList();
        if (code.size() >= CODE_LINES
                && stripped.stream().filter(l -> LINE_NUMBER.matcher(l).matches()).count() >= LINE_NUMBERS) {
            return Optional.of("A code editor. The code on it begins \"" + quote(code.get(0).replace('"', '\u201d'),
                    QUOTED_WORDS) + "\".");
        }
        Optional<Matcher> slide = stripped.stream().map(SLIDE_COUNT::matcher).filter(Matcher::matches).findFirst();
        if (slide.isPresent()) {
            return Optional.of("A presentation editor, showing slide " + slide.get().group(1) + " of "
                    + slide.get().group(2) + ".");
        }
        // a calculator's keypad with its name alone on a line or a sum on its display (a spreadsheet's row numbers are
        // keys too, but its name is "Calc" in a title, never alone)
        if (keypad(stripped) && (stripped.stream().anyMatch(l -> CALCULATOR_NAME.matcher(l).matches())
                || any(stripped, SUM) || fullKeypad(stripped))) {
            return Optional.of(stripped.stream().filter(l -> DISPLAY.matcher(l).matches()).findFirst()
                    .map(d -> CALCULATOR + " with the display showing " + d + ".").orElse(CALCULATOR + "."));
        }
        List<String> head = stripped.subList(0, Math.min(stripped.size(), MONITOR_LINES));
        if (head.stream().anyMatch(l -> CPU_COLUMN.matcher(l).matches())
                && head.stream().anyMatch(l -> MEMORY_COLUMN.matcher(l).matches())
                && head.stream().anyMatch(l -> PROCESS_COLUMN.matcher(l).matches())) {
            return Optional.of(MONITOR);
        }
        // a map's scale and its data's credit (GNOME Maps', "5000 km" and "Map Data ODBL OpenStreetMap
        // Contributors ...", stop 56, captured: "Probably a text editor. The text on it begins "Map Data ...".")
        if (stripped.stream().anyMatch(l -> MAP_SCALE.matcher(l).matches())
                && stripped.stream().anyMatch(l -> MAP_CREDIT.matcher(l).find())) {
            return Optional.of(MAP_APP);
        }
        if (any(stripped, PLAYER_POSITION) && indexOf(stripped, ARTIST_COLUMN) >= 0
                && indexOf(stripped, ALBUM_COLUMN) >= 0 || distinct(stripped, LIBRARY_VIEW) >= LIBRARY_VIEWS) {
            return Optional.of(MUSIC_PLAYER);
        }
        long views = stripped.stream().map(CLOCK_VIEW::matcher).filter(Matcher::matches)
                .map(m -> m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s]|s$", "")).distinct().count();
        if (views >= CLOCK_VIEWS) {
            return Optional.of(CLOCK);
        }
        if (distinct(stripped, GIT_VIEW) >= GIT_VIEWS
                && stripped.stream().anyMatch(l -> GIT_CLIENT_VIEW.matcher(l).matches())) {
            return Optional.of(GIT_CLIENT + textBegins(stripped));
        }
        if (distinct(stripped, EMOJI_GROUP) >= EMOJI_GROUPS) {
            return Optional.of(EMOJI_MAP);
        }
        if (gameShown(stripped)) {
            return Optional.of(GAME + textBegins(stripped.stream().filter(l -> !GAME_BUTTON.matcher(l).matches())
                    .toList()));
        }
        if (stripped.stream().filter(l -> NEW_DOCUMENT.matcher(l.replaceAll("\\s+", "")).matches()).count()
                >= NEW_DOCUMENTS) {
            return Optional.of(START_CENTER);
        }
        Optional<String> office = officeStart(stripped).map(OfficeStart::sentence).or(() -> projectStart(stripped));
        if (office.isPresent()) {
            return office;
        }
        if (any(stripped, LEAVE_CALL) && distinct(stripped, CALL_CONTROL) >= CALL_CONTROLS) {
            return Optional.of(VIDEO_CALL);
        }
        if (waitingRoom(stripped)) {
            return Optional.of(CALL_WAITING);
        }
        if (any(stripped, MESSAGE_BOX)) {
            return Optional.of(CHAT_APP + textBegins(stripped));
        }
        List<String> first = stripped.subList(0, Math.min(stripped.size(), QUICK_LINES));
        if (any(first, RADIO_TOGGLE) && distinct(first, QUICK_TOGGLE) >= QUICK_TOGGLES) {
            return Optional.of(QUICK_SETTINGS);
        }
        if (cursorShown(stripped) && stripped.stream().anyMatch(l -> ENCODING.matcher(l).matches())) {
            return Optional.of("A text editor." + textBegins(stripped));
        }
        Optional<String> start = startMenu(stripped).or(() -> signIn(stripped)).or(() -> powerMenu(stripped));
        if (start.isPresent()) {
            return start;
        }
        if (distinct(stripped, SYSTEM_FACT) >= SYSTEM_FACTS) {
            return Optional.of("A description of this computer" + stripped.stream().filter(l -> SYSTEM_NAME.matcher(l)
                    .matches()).findFirst().map(n -> ", running " + quote(n, QUOTED_WORDS)).orElse("") + ".");
        }
        Optional<String> special = mailBeingWritten(stripped).or(() -> networks(stripped));
        if (special.isPresent()) {
            return special;
        }
        long folders = distinct(stripped, MAIL_FOLDER);
        if (folders >= MAIL_FOLDERS || folders >= 1 && !stripped.isEmpty()
                && MAIL_TITLE.matcher(stripped.get(0)).matches()) {
            return Optional.of(MAIL_CLIENT);
        }
        return systemScreen(stripped).or(() -> taskView(stripped)).or(() -> fileConflict(stripped))
                .or(() -> overview(stripped)).or(() -> appLauncher(stripped)).or(() -> Interruptions.shown(stripped))
                .or(() -> Notices.shown(stripped))
                .or(() -> PageForm.shown(stripped))
                .or(() -> webPage(stripped))
                .or(() -> progress(stripped)).or(() -> notifications(stripped)).or(() -> cookieNotice(stripped))
                .or(() -> distinct(stripped, STORE_VIEW) == 3 ? Optional.of(SOFTWARE_STORE) : Optional.empty())
                .or(() -> AppTitles.welcome(stripped));
    }

    /**
     * A print dialog by its fields ({@value #PRINT_FIELDS} of "Printer", "Copies", "Orientation", "Pages", ...) and its
     * button to print, with the printer chosen: "A print dialog, printing to "Microsoft Print to PDF"." (Windows'
     * dialog, written down at stop 44, was "A dialog. The text on it begins "Print"." where the model said a list
     * dialog or a web page); GTK's, its tabs "General" and "Page Setup" and its list of printers under the headings
     * "Printer", "Location" and "Status": "A print dialog, printing to "Print to File"." (stop 48, captured).
     */
    public static Optional<String> printDialog(List<String> screenText) {
        List<String> lines = stripped(screenText);
        if (distinct(lines, PRINT_FIELD) < PRINT_FIELDS || lines.stream().noneMatch(l -> PRINT_BUTTON.matcher(l.strip())
                .matches())) {
            return Optional.empty();
        }
        int label = indexOf(lines, PRINTER_LABEL);
        while (label >= 0 && label + 1 < lines.size() && PRINTER_HEADINGS.matcher(lines.get(label + 1).strip())
                .matches()) {
            label++;
        }
        Optional<String> printer = label >= 0 && label + 1 < lines.size() ? Optional.of(lines.get(label + 1))
                .filter(l -> lettered(l) && !PRINT_FIELD.matcher(l.strip()).matches()
                        && !PRINT_BUTTON.matcher(l.strip()).matches()) : Optional.empty();
        return Optional.of(PRINT_DIALOG + printer.map(p -> ", printing to \"" + quote(p, QUOTED_WORDS) + "\".")
                .orElse("."));
    }

    /**
     * A mail being written: its fields "To" and "Subject", each label a line of its own, and its button to send it,
     * with its subject where it is filled in: "A new mail being written, "Lunch on Friday"." (Gmail's box for a new
     * message and Outlook's window, written down at stop 44, were "A dialog. The text on it begins "New Message"." and
     * the model's "A dialog.").
     */
    static Optional<String> mailBeingWritten(List<String> lines) {
        int subject = indexOf(lines, MAIL_SUBJECT);
        if (subject < 0 || indexOf(lines, MAIL_TO) < 0 || indexOf(lines, SEND) < 0) {
            return Optional.empty();
        }
        Optional<String> filled = subject + 1 < lines.size() ? Optional.of(lines.get(subject + 1))
                .filter(l -> lettered(l) && !MAIL_FIELD.matcher(l).matches() && !SEND.matcher(l).matches())
                : Optional.empty();
        return Optional.of(NEW_MAIL + filled.map(f -> ", \"" + quote(f, QUOTED_WORDS) + "\".").orElse("."));
    }

    /**
     * A list of Wi-Fi networks below its heading, each name above its state: "A list of Wi-Fi networks: HomeNetwork
     * (connected, secured), CoffeeShop_Guest (open), Neighbour5G (secured)." (Windows' flyout, written down at stop
     * 44, was "A dialog. The text on it begins "Connected, secured"." where the model said a list dialog).
     */
    static Optional<String> networks(List<String> lines) {
        int heading = indexOf(lines, WIFI);
        if (heading < 0) {
            return Optional.empty();
        }
        List<String> said = new ArrayList<>();
        for (int i = heading + 2; i < lines.size(); i++) {
            String name = lines.get(i - 1).strip();
            if (NETWORK_STATE.matcher(lines.get(i).strip()).matches() && i - 1 > heading
                    && !NETWORK_STATE.matcher(name).matches() && !name.isEmpty()) {
                said.add(name + " (" + lines.get(i).strip().toLowerCase(Locale.ROOT) + ")");
            }
        }
        if (said.size() < NETWORKS_SHOWN) {
            return Optional.empty();
        }
        return Optional.of(NETWORKS + String.join(", ", said.subList(0, Math.min(said.size(), NETWORKS_SAID)))
                + (said.size() > NETWORKS_SAID ? ", and " + (said.size() - NETWORKS_SAID) + " more." : "."));
    }

    /**
     * A screen the system shows over everything, which says what it is whatever the model took it for: a crash screen
     * ({@link #crash}) or an update screen ({@link #updating}), at most {@value #SYSTEM_SCREEN_LINES} lines; Windows'
     * were "A web page." and "A dialog. The text on it begins "Working on updates"." (stop 50, written down).
     */
    static Optional<String> systemScreen(List<String> lines) {
        List<String> stripped = stripped(lines);
        // all of its text is a few lines: a help page about that screen quotes the same words among its own
        if (stripped.size() > SYSTEM_SCREEN_LINES) {
            return Optional.empty();
        }
        return crash(stripped).or(() -> updating(stripped));
    }

    /**
     * An update screen, its heading, its share done and what it asks: "An update screen: "Working on updates", 30%
     * complete. It says "Don't turn off your computer"." Its heading alone is a software updater's dialog, which has
     * no such plea.
     */
    private static Optional<String> updating(List<String> lines) {
        Optional<String> heading = lines.stream().filter(l -> UPDATING.matcher(l).matches()).findFirst();
        Optional<String> plea = lines.stream().filter(l -> KEEP_ON.matcher(l).matches()).findFirst();
        if (heading.isEmpty() || plea.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> done = lines.stream().map(PERCENT_DONE::matcher).filter(Matcher::find).findFirst()
                .map(m -> ", " + m.group(1).replaceAll("\\s+", "") + " complete");
        // its heading without its share done, where OCR read the two as one line ("Working on updates 30% complete")
        String said = PERCENT_DONE.matcher(heading.get()).replaceFirst("").replaceFirst("[\\s.\u2026]+$", "");
        return Optional.of(UPDATE_SCREEN + " \"" + quote(said, QUOTED_WORDS)
                + "\"" + done.orElse("") + ". It says \"" + quote(plea.get().replaceFirst("[.!]+$", ""), QUOTED_WORDS)
                + "\".");
    }

    /**
     * A crash screen, its message said: "A crash screen: "Your PC ran into a problem and needs to restart."" (its
     * "20% complete" is no progress dialog's; written down at stop 41), with its stop code where it is read.
     */
    private static Optional<String> crash(List<String> lines) {
        Optional<String> message = lines.stream().filter(l -> CRASH.matcher(l).matches()).findFirst();
        if (message.isEmpty()) {
            return Optional.empty();
        }
        String first = message.get().replaceFirst("(?<=[.!])\\s.*", "");
        String code = lines.stream().filter(l -> STOP_CODE.matcher(l).matches()).findFirst()
                .map(c -> ", \"" + quote(c, QUOTED_WORDS) + "\"").orElse("");
        return Optional.of(CRASH_SCREEN + " \"" + quote(first, QUOTED_WORDS * 2) + "\"" + code + ".");
    }

    /**
     * What Glance adds after the model's or a title's word processor, spreadsheet app or presentation editor where
     * the text shows that application's start screen ({@link #officeStart}): "It shows its start screen. Its recent
     * documents: ..." ("A word processor." had been all on a page made like Word's, stop 50).
     */
    public static Optional<String> officeStartOnScreen(List<String> allText, String said) {
        if (said.contains(START_SCREEN)) {
            return Optional.empty();
        }
        List<String> lines = stripped(allText);
        // a spreadsheet app's as much as a spreadsheet's, as titles say it ("Calligra Sheets", stop 56, captured); and
        // after a code editor's title, its start screen's choices ("Welcome - Visual Studio Code")
        return officeStart(lines).filter(s -> said.startsWith(s.kind().replace(" app", "")))
                .map(s -> "It shows its start screen." + s.recent())
                .or(() -> said.startsWith(CODE_EDITOR)
                        ? projectChoices(lines).map(o -> "It shows its start screen." + o) : Optional.empty());
    }

    /** An Office start screen: its application's kind ("A word processor") and " Its recent documents: ...", or "". */
    private record OfficeStart(String kind, String recent) {
        String sentence() {
            return kind + START_SCREEN + recent;
        }
    }

    /**
     * Microsoft Office's start screen ({@link #BLANK_DOCUMENT} and its recent documents), with the recent documents'
     * names where its list shows them in columns (the name, then when each was changed: {@link #fileNames}): "A word
     * processor's start screen. Its recent documents: "Letter to Ann", "Report draft" and "CV 2026"." (a page made
     * like Word's had been "Probably a music player.", stop 50).
     */
    private static Optional<OfficeStart> officeStart(List<String> lines) {
        Optional<Matcher> blank = lines.stream().map(BLANK_DOCUMENT::matcher).filter(Matcher::matches).findFirst();
        if (blank.isEmpty() || lines.stream().noneMatch(l -> RECENT.matcher(l).matches())) {
            return Optional.empty();
        }
        List<String> names = fileNames(lines);
        return Optional.of(new OfficeStart(OFFICE_KINDS.get(blank.get().group(1).toLowerCase(Locale.ROOT)),
                names.isEmpty() ? "" : " Its recent documents: " + namesListed(names, " more") + "."));
    }

    /**
     * A code editor's start screen by its choices to begin ({@link #PROJECT_CHOICE}), not a File menu (no "Save" among
     * its lines): "A code editor's start screen. It offers: Create New Project, Select a Folder, Clone Repository."
     * (GNOME Builder's had been "Probably a music player, with 7 rows.", for a suggested project named "Music", stop
     * 56, captured).
     */
    private static Optional<String> projectStart(List<String> lines) {
        return projectChoices(lines).map(offers -> CODE_EDITOR + START_SCREEN + offers);
    }

    /** " It offers: New File, Open Folder." for a code editor's start screen in {@code lines}, if one shows. */
    private static Optional<String> projectChoices(List<String> lines) {
        List<Matcher> choices = lines.stream().map(PROJECT_CHOICE::matcher).filter(Matcher::matches).toList();
        List<String> names = choices.stream().map(m -> m.group(1)).distinct().toList();
        if (choices.stream().map(m -> m.group(1).toLowerCase(Locale.ROOT)).distinct().count() < PROJECT_CHOICES
                || lines.stream().anyMatch(l -> SAVE_ITEM.matcher(l).matches())) {
            return Optional.empty();
        }
        return Optional.of(" It offers: " + String.join(", ", names.subList(0, Math.min(names.size(), NAMED_CHOICES)))
                + ".");
    }

    /**
     * Windows' task view, two desktops or one with its button for a new one: "The task view, with 2 desktops. Its
     * windows: report.docx - Word, Inbox - Outlook, Calculator." (written down at stop 41: "Glance cannot tell ...").
     */
    private static Optional<String> taskView(List<String> lines) {
        long desktops = lines.stream().filter(l -> DESKTOP_N.matcher(l).matches()).count();
        if (desktops < 2 && (desktops < 1 || !any(lines, NEW_DESKTOP))) {
            return Optional.empty();
        }
        List<String> windows = lines.stream().filter(l -> !DESKTOP_N.matcher(l).matches()
                && !NEW_DESKTOP.matcher(l).matches() && legible(l)).limit(TASK_WINDOWS)
                .map(l -> quote(l, QUOTED_WORDS)).toList();
        return Optional.of(TASK_VIEW + desktops + (desktops == 1 ? " desktop." : " desktops.")
                + (windows.isEmpty() ? "" : " Its windows: " + String.join(", ", windows) + "."));
    }

    /**
     * A dialog about a file already at the place it is copied or moved to, its message said: "A dialog, "Replace or
     * Skip Files", says "The destination already has a file named "report.pdf""." (Windows', written down at stop 41:
     * "Glance cannot tell ...").
     */
    private static Optional<String> fileConflict(List<String> lines) {
        int title = indexOf(lines, FILE_CONFLICT);
        if (title < 0) {
            return Optional.empty();
        }
        return Optional.of("A dialog, \"" + quote(lines.get(title), QUOTED_WORDS) + "\"" + lines.stream()
                .skip(title + 1).filter(l -> ALREADY.matcher(l).matches()).findFirst()
                .map(l -> ", says \"" + quote(l.replace('"', '\u201d'), QUOTED_WORDS * 2) + "\".").orElse("."));
    }

    /**
     * GNOME's activities overview, its search box's hint and its dock's "Show Apps": "The activities overview. Its
     * dock: Firefox, Files, Software, Help, Terminal." (written down at stop 41: "Glance cannot tell ...").
     */
    private static Optional<String> overview(List<String> lines) {
        int search = indexOf(lines, OVERVIEW_SEARCH);
        int apps = indexOf(lines, SHOW_APPS);
        if (search < 0 || apps < search) {
            return Optional.empty();
        }
        List<String> dock = lines.subList(search + 1, apps).stream().filter(KindCheck::legible)
                .map(l -> quote(l, QUOTED_WORDS)).toList();
        return Optional.of(OVERVIEW + (dock.isEmpty() ? "" : " Its dock: " + String.join(", ", dock)
                + "."));
    }

    /**
     * An app launcher's grid of applications' names ({@link AppTitles#appGrid}): "An app launcher, showing Calculator,
     * Calendar, Clocks, Disks, Document Scanner, and 6 more." (GNOME's "Show Apps" as written down at stop 42).
     */
    private static Optional<String> appLauncher(List<String> lines) {
        List<String> names = AppTitles.appGrid(lines);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(APP_LAUNCHER + listed(names, LAUNCHER_SAID));
    }

    /**
     * A web page read without its browser's frame, known by lines only pages show: "A Wikipedia article, "Barn
     * owl"." (the line above its tagline), "A page of search results. The text on it begins "Logitech Wireless Mouse
     * M185"." (below the count of results), "An error page: "Page not found"." (with "404"; or a browser's own
     * page for a page it could not load, "An error page: "No internet"." with its code or advice, stop 43), "A shop's
     * page for "Logitech M185 Wireless Mouse"." (a button to buy with a price; the first line). Written down at stop
     * 42, each had been "Glance cannot tell ..." or "A dialog. The text on it begins ..." where the model named a
     * window.
     */
    private static Optional<String> webPage(List<String> lines) {
        int wiki = indexOf(lines, WIKIPEDIA);
        if (wiki >= 0) {
            return Optional.of(WIKIPEDIA_ARTICLE + (wiki > 0 && lettered(lines.get(wiki - 1))
                    ? ", \"" + quote(lines.get(wiki - 1), QUOTED_WORDS) + "\"." : "."));
        }
        int results = indexOf(lines, RESULTS);
        if (results >= 0) {
            return Optional.of(SEARCH_RESULTS + textBegins(lines.subList(results + 1, lines.size())));
        }
        int missing = indexOf(lines, NOT_FOUND);
        if (missing >= 0 && any(lines, CODE_404)) {
            return Optional.of(ERROR_PAGE + "\"" + quote(lines.get(missing), QUOTED_WORDS) + "\".");
        }
        int failed = indexOf(lines, NET_ERROR);
        if (failed >= 0 && lines.stream().anyMatch(l -> NET_ERROR_MARK.matcher(l).matches())) {
            return Optional.of(ERROR_PAGE + "\"" + quote(lines.get(failed), QUOTED_WORDS) + "\".");
        }
        Optional<String> code = lines.stream().map(NET_ERROR_CODE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).findFirst();
        if (code.isPresent() && any(lines, TRY)) {
            String meaning = code.get().startsWith("CERT_") ? "Your connection is not private"
                    : NET_ERRORS.getOrDefault(code.get(), "ERR_" + code.get());
            return Optional.of(ERROR_PAGE + "\"" + meaning + "\".");
        }
        // the product's name first, below the browser's address where its frame shows (amazon.com's address had
        // been said as the product, stop 45, written down)
        Optional<String> product = lines.stream().filter(l -> !BrowserFrame.isAddress(l)).findFirst();
        if (indexOf(lines, BUY) >= 0 && lines.stream().anyMatch(l -> PRICE.matcher(l).find())
                && product.filter(KindCheck::lettered).isPresent()) {
            return Optional.of(SHOP_PAGE + "\"" + quote(product.get(), QUOTED_WORDS) + "\".");
        }
        return article(lines);
    }

    /** The headings only a browser's own pages write, as alternatives of a pattern. */
    private static String browserHeadings() {
        return "this\\s*site\\s*can['\u2019]?t\\s*be\\s*reached|your\\s*connection\\s*is\\s*not\\s*private"
                + "|this\\s*page\\s*isn['\u2019]?t\\s*working|hmm\\W*\\s*can['\u2019]?t\\s*reach\\s*this\\s*page"
                + "|aw,?\\s*snap!?|hmm\\W*\\s*we['\u2019]?re\\s*having\\s*trouble\\s*finding\\s*that\\s*site\\.?";
    }

    /**
     * A browser's own page for a page it could not load, where its text leaves no doubt: its error code
     * ("ERR_NAME_NOT_RESOLVED") or a heading only browsers write ("This site can't be reached", "Aw, Snap!"; not
     * "Unable to connect", which an application's dialog may say above its "Try again"): "An error page: "No
     * internet"." Said instead of the model's dialog, which such a page looks like (its message above a button to
     * reload: Chromium's offline page and its crashed tab had been "A dialog. The text on it begins ...", stop 44,
     * written down).
     */
    public static Optional<String> browserErrorPage(String caption, List<String> lines) {
        List<String> stripped = stripped(lines);
        boolean sure = stripped.stream().anyMatch(l -> NET_ERROR_CODE.matcher(l).find())
                || stripped.stream().anyMatch(l -> BROWSER_ERROR.matcher(l).matches());
        return namesDialog(caption) && sure ? webPage(stripped).filter(p -> p.startsWith(ERROR_PAGE))
                : Optional.empty();
    }

    /**
     * What Glance adds after {@code said}, a browser's page said by its title or the model's "a web page", where all
     * of the screen's text holds a page that {@link #webPage} knows by its lines: "It shows an article, "Rain returns
     * to the valley after a dry summer", by Ann Lee." (Chromium's tab had said "Rain returns" alone, stop 44,
     * captured), "It shows an error page: "This site can't be reached"." (Chrome's tab, "New Tab" or the site's name,
     * had been all that was said, stop 45, written down), "It is a Wikipedia article, "Eiffel Tower"." after "A web
     * page."; a web application's ({@link WebApps}): "It shows a mail inbox, 23 unread. ..."; nothing where {@code
     * said} quotes what it would. After a sentence of an application, what {@link WebApps#inApplication} adds. After
     * the model's "A video page.", where its video is: "The video is at 3:41 of 12:05."; after "Glance cannot tell
     * what kind of window this is.", what the page's lines show as after "A web page.".
     */
    public static Optional<String> pageOnScreen(List<String> lines, String said) {
        if (VIDEO_PAGE_SAID.matcher(said).lookingAt() && !said.contains(" of ")) {
            // the model's video page: where its video is, where a player's line shows it (stop 50, a page made like
            // YouTube: "Probably a video page." alone)
            return playerPosition(stripped(lines)).map(at -> "The video is " + at + ".");
        }
        // where Glance cannot tell the window's kind, what a page's own lines show all the same (a page made like
        // Amazon's orders, its frame cut off, had been "Glance cannot tell ..." alone, stop 50)
        String verb = said.startsWith(UNKNOWN_KIND) ? "It shows " : pageVerb(said);
        if (verb == null) {
            return WebApps.inApplication(lines, said);
        }
        List<String> stripped = stripped(lines);
        Optional<String> page = webPage(stripped).or(() -> videoPlaying(stripped))
                .or(() -> WebApps.shown(stripped));
        Matcher quoted = QUOTED.matcher(page.orElse(""));
        if (page.isEmpty() || quoted.find() && said.contains(quoted.group(1))) {
            return Optional.empty();
        }
        // where its text begins is said once: a search's results after a browser at the search's site
        String begins = BEGINS.strip();
        String p = said.contains(begins) ? page.get().replaceAll(" " + Pattern.quote(begins) + ".*", "") : page.get();
        return Optional.of(verb + Character.toLowerCase(p.charAt(0)) + p.substring(1));
    }

    /**
     * How what is added after {@code said} begins where it says a page: "It shows " after a browser's sentence, "It
     * is " after "A web page."; else null.
     */
    static String pageVerb(String said) {
        return said.startsWith(BrowserFrame.BROWSER) ? "It shows " : WEB_PAGE_SAID.matcher(said).lookingAt() ? "It is "
                : null;
    }

    /**
     * A video's place in it, a player's line of its own ("3:41 / 12:05", YouTube's below its picture): "A video, at
     * 3:41 of 12:05." (YouTube's page had been said by its title alone, stop 45, written down). Said after a browser's
     * page only: a music player shows the same line.
     */
    private static Optional<String> videoPlaying(List<String> lines) {
        return playerPosition(lines).map(at -> "A video, " + at + ".");
    }

    /** Where a player's line of its own ("3:41 / 12:05") says it is: "at 3:41 of 12:05". */
    private static Optional<String> playerPosition(List<String> lines) {
        return lines.stream().filter(l -> PLAYER_POSITION.matcher(l).matches()).findFirst()
                .map(l -> l.split("\\s*/\\s*")).map(at -> "at " + at[0] + " of " + at[1]);
    }

    /**
     * A news article, its headline above its byline and a paragraph below: "An article, "Rain returns to the valley
     * after a dry summer", by Ann Lee." (a page captured without its browser's frame was "Probably a text editor. The
     * text on it begins ...", stop 44, captured).
     */
    private static Optional<String> article(List<String> lines) {
        for (int b = 1; b < lines.size(); b++) {
            Matcher by = BYLINE.matcher(lines.get(b));
            if (!by.matches() || lines.subList(b + 1, lines.size()).stream()
                    .noneMatch(l -> wordCount(l) >= PARAGRAPH_WORDS)) {
                continue;
            }
            for (int h = b - 1; h >= Math.max(0, b - HEADLINE_ABOVE); h--) {
                if (legible(lines.get(h))) {
                    return wordCount(lines.get(h)) < HEADLINE_WORDS ? Optional.empty() : Optional.of(ARTICLE + "\""
                            + quote(lines.get(h), QUOTED_WORDS + 4) + "\", by " + by.group(1) + ".");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A progress dialog's share done ("12% complete") with what it is doing ("Copying 340 items from Downloads to
     * Backup"): "A progress dialog, 12% complete: "Copying 340 items from Downloads to Backup"." (Windows' copy
     * dialog, written down at stop 41: "Glance cannot tell ...").
     */
    private static Optional<String> progress(List<String> lines) {
        Optional<Matcher> done = lines.stream().map(PERCENT_DONE::matcher).filter(Matcher::matches).findFirst();
        if (done.isEmpty()) {
            return Optional.empty();
        }
        String share = done.get().group(1).replaceAll("\\s+", "");
        return Optional.of("A progress dialog, " + share + " complete" + lines.stream()
                .filter(l -> UNDER_WAY.matcher(l).matches()).findFirst()
                .map(l -> ": \"" + quote(l, QUOTED_WORDS) + "\".").orElse("."));
    }

    /**
     * A notifications panel, its heading with its button to clear them: "A notifications panel. The text on it
     * begins "Outlook"." (Windows', written down at stop 41: "Glance cannot tell ...").
     */
    private static Optional<String> notifications(List<String> lines) {
        int heading = indexOf(lines, NOTIFICATIONS);
        int clear = indexOf(lines, CLEAR_ALL);
        if (heading < 0 || clear < 0 || Math.abs(clear - heading) > 2) {
            return Optional.empty();
        }
        return Optional.of(NOTIFICATIONS_PANEL + textBegins(lines.subList(Math.max(heading, clear) + 1,
                lines.size())));
    }

    /**
     * What Glance adds after a file manager said by its title, from all of the screen's text: its status line's count
     * and the files it names, "It shows 2 folders and 5 files. Among them: budget.csv, demo.png and letter.txt."
     * (Dolphin's "2 Folders, 5 Files (134.0 KiB)", Thunar's "5 files: 134.0 KiB", Explorer's and PCManFM's "11
     * items"), or the files alone where no status line is read, "It shows budget.csv, demo.png, letter.txt and 4 more
     * files.". Dolphin's window was its title alone (stop 47, captured); its files were not said until stop 49.
     */
    public static Optional<String> filesOnScreen(List<String> allText, String said) {
        if (!said.startsWith("A file manager" + AppTitles.TITLE_IS) || said.contains(" shows ")) {
            return Optional.empty();
        }
        Optional<String> count = fileCount(allText);
        List<String> names = fileNames(allText);
        String listed = names.size() < NAMED_FILES_AT_LEAST ? "" : filesNamed(names, count.isPresent());
        if (count.isEmpty()) {
            return listed.isEmpty() ? Optional.empty() : Optional.of(listed);
        }
        return Optional.of("It shows " + count.get() + "." + (listed.isEmpty() ? "" : " " + listed));
    }

    /**
     * A file manager's count of what it shows, from the first status line among {@code lines}: "2 folders and 5
     * files", "11 items" (a mark before it passed over: PCManFM's "[4 items").
     */
    private static Optional<String> fileCount(List<String> lines) {
        for (String line : lines) {
            Matcher status = FILE_COUNT.matcher(LEADING_MARKS.matcher(line.strip()).replaceFirst(""));
            if (status.lookingAt()) {
                List<String> counts = new ArrayList<>();
                Matcher count = COUNTED.matcher(status.group());
                while (count.find()) {
                    counts.add(count.group(1) + " " + count.group(2).toLowerCase(Locale.ROOT));
                }
                return Optional.of(joined(counts));
            }
        }
        return Optional.empty();
    }

    /**
     * The names of files among {@code lines}, each a line of its own that ends in an extension with a letter
     * ("budget.csv", "photos.tar.gz", "IMG 2041.JPG"; not "252.5", not an address), in the order read, once each;
     * none where a name is cut ({@link #NAME_CUT}): under a grid of icons a long name wraps, and the line after the
     * cut ends in an extension too ("season_20" above "2025.tar.gz", PCManFM's icons in real_check, stop 49). In a list
     * whose column of names comes right before when each file was changed ({@link #modifiedAfterName}), a name shown
     * without its extension (Explorer's and Finder's, by default) is the line before that date, or what a row read as
     * one line holds before it ("Budget 2026", "12/1/2026 4:12 PM": Explorer's files had gone unsaid, stop 50).
     */
    static List<String> fileNames(List<String> lines) {
        List<String> stripped = stripped(lines);
        if (stripped.stream().anyMatch(l -> NAME_CUT.matcher(l).matches())) {
            return List.of(); // names wrapped under icons: a line's name may be the end of one
        }
        boolean columns = modifiedAfterName(stripped);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < stripped.size(); i++) {
            String l = stripped.get(i);
            if (FILE_ON_LINE.matcher(l).matches() && !WEB_ADDRESS.matcher(l).find()
                    && l.split("\\s+").length <= FILE_NAME_WORDS) {
                names.add(l);
            } else if (columns) {
                Matcher row = NAME_THEN_MODIFIED.matcher(l);
                String name = row.matches() ? row.group(1).strip()
                        : i + 1 < stripped.size() && MODIFIED.matcher(stripped.get(i + 1)).lookingAt() ? l : "";
                if (unextended(name)) {
                    names.add(name);
                }
            }
        }
        return names.stream().distinct().toList();
    }

    /**
     * Whether the headings of a list's columns, a line each or on one line, have when a file was changed right after
     * its name (Explorer's "Name", "Date modified"; Finder's): the column before a date is then the name's, where in
     * PCManFM's list ("Name", "Description", "Size", "Modified") it is a size or a type ("folder", `real_check`).
     */
    private static boolean modifiedAfterName(List<String> lines) {
        List<String> headings = new ArrayList<>();
        for (String l : lines) {
            if (COLUMN.matcher(l).matches()) {
                HEADING.matcher(l.toLowerCase(Locale.ROOT)).results().forEach(m -> headings.add(m.group()));
            }
        }
        int name = headings.indexOf("name");
        return name >= 0 && name + 1 < headings.size() && headings.get(name + 1).contains("modifie");
    }

    /**
     * Whether {@code line} may be a file's name shown without its extension (as Explorer and Finder show them) in a
     * list's name column, the line before when it was changed: two letters at least, at most {@value
     * #FILE_NAME_WORDS} words, not itself a date, a size, a column's heading or a title bar's buttons.
     */
    private static boolean unextended(String line) {
        return line.codePoints().filter(Character::isLetter).count() >= 2 && wordCount(line) <= FILE_NAME_WORDS
                && !MODIFIED.matcher(line).lookingAt() && !FILE_SIZE.matcher(line).matches()
                && !COLUMN.matcher(line).matches() && !TITLE_BAR_BUTTONS.matcher(line).matches()
                && line.indexOf('"') < 0;
    }

    /**
     * The first {@value #NAMED_FILES} of a file manager's {@code names}: "Among them: a, b, c and 4 more." after its
     * count ({@code counted}), else "It shows a, b, c and 4 more files.".
     */
    private static String filesNamed(List<String> names, boolean counted) {
        return counted ? "Among them: " + namesListed(names, " more") + "."
                : "It shows " + namesListed(names, " more files") + ".";
    }

    /**
     * The first {@value #NAMED_FILES} of {@code names} as a sentence lists them, then how many more ({@code more}
     * after the count): "a, b and c", "a, b, c and 4 more". A name without its extension is quoted, where it ends
     * being unclear: ""Letter to Ann" and ...".
     */
    private static String namesListed(List<String> names, String more) {
        List<String> said = names.stream().limit(NAMED_FILES).map(n -> FILE_ON_LINE.matcher(n).matches()
                ? quote(n, QUOTED_WORDS) : "\"" + quote(n, QUOTED_WORDS) + "\"").toList();
        int left = names.size() - said.size();
        return left == 0 ? joined(said) : String.join(", ", said) + " and " + left + more;
    }

    /**
     * What Glance adds after a video call app said by its title ("Zoom Meeting") in its waiting room, its own line
     * read: "It is waiting for the host to let you in." (stop 50, written down).
     */
    public static Optional<String> waitingOnScreen(List<String> allText, String said) {
        if (!said.startsWith("A video call app") || said.contains("waiting")) {
            return Optional.empty();
        }
        return waitingRoom(stripped(allText)) ? Optional.of("It is waiting for the host to let you in.")
                : Optional.empty();
    }

    /**
     * Whether {@code lines} show a call's waiting room: its words ({@link #WAITING_ROOM}) with a button to leave, or
     * Zoom's own line alone ({@link #LET_IN}).
     */
    private static boolean waitingRoom(List<String> lines) {
        return lines.stream().anyMatch(l -> WAITING_ROOM.matcher(l).matches()) && (any(lines, LEAVE_CALL)
                || lines.stream().anyMatch(l -> LET_IN.matcher(l).matches()));
    }

    /**
     * The first month and year written on lines of at most three words ("December", "<2026>"): "December 2026", the
     * month alone where no year is written, or "".
     */
    private static String monthAndYear(List<String> screenText) {
        List<String> few = screenText.stream().filter(l -> l.strip().split("\\s+").length <= 3).toList();
        String month = few.stream().map(MONTH::matcher).filter(Matcher::find).findFirst()
                .map(m -> m.group().substring(0, 1).toUpperCase(Locale.ROOT) + m.group().substring(1)
                        .toLowerCase(Locale.ROOT))
                .orElse(null);
        String year = few.stream().map(YEAR::matcher).filter(Matcher::find).findFirst().map(Matcher::group)
                .orElse(null);
        return month == null ? "" : month + (year == null ? "" : " " + year);
    }

    /** A calendar application as its title says it ({@link AppTitles}). */
    private static final Pattern CALENDAR_APP = Pattern.compile("(?:Probably )?[Aa] calendar app\\b");

    /**
     * What Glance adds after a calendar application said by its title, where a month's grid shows among all of the
     * screen's text ({@link #monthShown}): "It shows December 2026." (Orage's month, said by its grid alone before,
     * went unsaid once its title was known, stop 52, captured).
     */
    public static Optional<String> monthOnScreen(List<String> allText, String said) {
        if (!CALENDAR_APP.matcher(said).lookingAt() || MONTH.matcher(said).find() || !monthShown(allText)) {
            return Optional.empty();
        }
        String shown = monthAndYear(allText);
        return shown.isEmpty() ? Optional.empty() : Optional.of("It shows " + shown + ".");
    }

    /**
     * What Glance adds after a calculator, said by its title or by the model, from all of the screen's text: the
     * number on its display, the first line that is a number of two characters or more (one digit is a key), not a
     * title bar's buttons, "Its display shows 42." (KCalc after 12 + 30 was its title alone, stop 49, captured).
     */
    public static Optional<String> displayOnScreen(List<String> allText, String said) {
        if (!CALCULATOR_SAID.matcher(said).lookingAt() || said.contains("display")) {
            return Optional.empty();
        }
        return stripped(allText).stream().filter(l -> DISPLAY.matcher(l).matches()
                        && !TITLE_BAR_BUTTONS.matcher(l).matches()).findFirst()
                .map(d -> "Its display shows " + d + ".");
    }

    /**
     * What Glance adds after a file comparison tool, from the first two files named among all of the screen's text,
     * each a line of its own with its path cut ("…/files/letter.txt"): "It compares letter.txt and letter2.txt."
     * (Meld's window was its title alone, stop 48, captured).
     */
    public static Optional<String> comparedOnScreen(List<String> allText, String said) {
        if (!said.startsWith("A file comparison tool") || said.contains(" compares ")) {
            return Optional.empty();
        }
        List<String> files = allText.stream().map(l -> COMPARED_FILE.matcher(l.strip())).filter(Matcher::matches)
                .map(m -> m.group(1)).distinct().limit(2).toList();
        return files.size() < 2 ? Optional.empty() : Optional.of("It compares " + joined(files) + ".");
    }

    /**
     * A cookie notice among all of the screen's text ({@code allText}), where {@code said} names none: "A cookie notice
     * is on screen. Its buttons: Accept all, Reject all." added after a browser's page that it covers in part.
     */
    public static Optional<String> cookieNoticeOnScreen(List<String> allText, String said) {
        return COOKIES.matcher(said).find() ? Optional.empty() : cookieButtons(stripped(allText))
                .map(b -> "A cookie notice is on screen." + b);
    }

    /**
     * A cookie notice: a line that names cookies and its buttons to accept or reject them, said: "A cookie notice.
     * Its buttons: Accept all, Reject all, Manage preferences." (written down at stop 41: "Glance cannot tell ...").
     */
    private static Optional<String> cookieNotice(List<String> lines) {
        return cookieButtons(lines).map(b -> COOKIE_NOTICE + b);
    }

    /**
     * " Its buttons: Accept all, Reject all." where {@code lines} name cookies and a button among them accepts them;
     * else nothing.
     */
    private static Optional<String> cookieButtons(List<String> lines) {
        List<String> buttons = lines.stream().filter(l -> COOKIE_BUTTON.matcher(l).matches()).distinct()
                .limit(COOKIE_BUTTONS).toList();
        if (!any(lines, COOKIES) || buttons.stream().noneMatch(b -> COOKIE_ACCEPT.matcher(b).lookingAt())) {
            return Optional.empty();
        }
        return Optional.of(" Its buttons: " + String.join(", ", buttons) + ".");
    }

    /**
     * Windows' Start menu, its heading "Pinned" with "All apps" or "Recommended": "The Start menu. Its pinned apps:
     * Edge, Word, Excel, ...", the lines between its headings (written down at stop 41: "Glance cannot tell ...").
     */
    private static Optional<String> startMenu(List<String> lines) {
        int pinned = indexOf(lines, PINNED);
        if (pinned < 0 || !any(lines, START_HEADING)) {
            return Optional.empty();
        }
        List<String> apps = new ArrayList<>();
        for (String l : lines.subList(pinned + 1, lines.size())) {
            if (START_HEADING.matcher(l).matches() && !apps.isEmpty()) {
                break;
            }
            if (!START_HEADING.matcher(l).matches() && legible(l) && apps.size() < PINNED_SAID) {
                apps.add(quote(l, QUOTED_WORDS));
            }
        }
        return Optional.of("The Start menu." + (apps.isEmpty() ? "" : " Its pinned apps: " + String.join(", ", apps)
                + "."));
    }

    /**
     * A power menu, {@value #POWER_CHOICES} or more of its choices each a line of its own ("Sleep", "Shut down",
     * "Restart", "Sign out", "Lock"; GNOME's "Suspend", "Power Off…"), half of the lines with words at least: "A
     * power menu: Sleep, Shut down, Restart, Sign out, Lock." (Windows' menu from its power button, written down at
     * stop 43: "Glance cannot tell ...").
     */
    private static Optional<String> powerMenu(List<String> lines) {
        if (distinct(lines, POWER_CHOICE) < POWER_CHOICES) {
            return Optional.empty();
        }
        // the menu alone, or most of what is read: a page that lists them among its text is no menu
        List<String> choices = lines.stream().filter(l -> POWER_CHOICE.matcher(l).matches()).distinct().toList();
        if (choices.size() * 2 < lines.stream().filter(KindCheck::lettered).count()) {
            return Optional.empty();
        }
        return Optional.of(POWER_MENU + listed(choices, POWER_SAID));
    }

    /**
     * A sign-in screen, its own words ("I forgot my PIN", "Sign-in options") below its field ("PIN", "Password"): "A
     * sign-in screen for Ann Lee.", the name above the field where one is read (written down at stop 41: "Glance
     * cannot tell ...").
     */
    private static Optional<String> signIn(List<String> lines) {
        int field = indexOf(lines, SIGN_IN_FIELD);
        if (field < 0 || !any(lines, SIGN_IN)) {
            return Optional.empty();
        }
        String name = field > 0 && PERSON.matcher(lines.get(field - 1)).matches() ? lines.get(field - 1) : "";
        // its message where the password or PIN was wrong (written down at stop 43: "Incorrect password. Try again."
        // had been left unsaid)
        String refused = lines.stream().filter(l -> SIGN_IN_REFUSED.matcher(l).matches()).findFirst()
                .map(l -> " It says \"" + quote(l, QUOTED_WORDS) + "\".").orElse("");
        return Optional.of("A sign-in screen" + (name.isEmpty() ? "" : " for " + name) + "." + refused);
    }

    /**
     * What Glance says of an image viewer whose picture's file and, on the next line (or the one after the viewer's
     * name), its size in pixels show among the first {@value #PICTURE_LINES} lines ({@link #PICTURE_FILE}): "An image
     * viewer showing "beach.jpg".", whatever the picture shows. Apart, a file's name and a size are a settings
     * window's (a wallpaper, a screen's resolution).
     */
    private static Optional<String> pictureShown(List<String> lines) {
        List<String> near = lines.stream().limit(PICTURE_LINES).map(String::strip).toList();
        for (int i = 0; i + 1 < near.size(); i++) {
            // the size on the next line, or on the one after the viewer's name ("Image Viewer", stop 42, written down)
            if (PICTURE_FILE.matcher(near.get(i)).matches() && (PICTURE_SIZE.matcher(near.get(i + 1)).find()
                    || i + 2 < near.size() && VIEWER_NAME.matcher(near.get(i + 1)).matches()
                    && PICTURE_SIZE.matcher(near.get(i + 2)).find())) {
                return Optional.of("An image viewer showing \"" + quote(near.get(i), QUOTED_WORDS) + "\".");
            }
        }
        // or its tools, one of them a viewer's only, without the size (Windows' Photos, written down at stop 44: "A
        // dialog. The text on it begins "Photos"." where the model had said a terminal)
        Optional<String> file = near.stream().map(l -> l.replaceFirst("(?i)\\s*[-\u2013\u2014]\\s*(?:photos|preview"
                + "|image\\s*viewer)$", "")).filter(l -> PICTURE_FILE.matcher(l).matches()).findFirst();
        if (file.isPresent() && distinct(lines, VIEWER_TOOL) >= VIEWER_TOOLS
                && lines.stream().anyMatch(l -> VIEWER_ONLY.matcher(l.strip()).matches())) {
            return Optional.of("An image viewer showing \"" + quote(file.get(), QUOTED_WORDS) + "\".");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code lines} show a word processor's own bars or name: its count of words or its page style, its page
     * count, its formatting toolbar ({@link #formattingToolbar}), its name or a document of its kind ("minutes.odt").
     */
    private static boolean wordProcessorBars(List<String> lines) {
        return any(lines, WORD_COUNT) || any(lines, PAGE_COUNT) || any(lines, WORD_PROCESSOR_NAMES)
                || formattingToolbar(stripped(lines)) >= 0;
    }

    /**
     * The office application whose own bars {@code lines} show, as a title would name it: "a spreadsheet" (its name
     * box, columns and sum: {@link #spreadsheetShown}) or "a word processor" (its count of words or its formatting
     * toolbar; not a page count, which any document viewer shows), if either.
     */
    public static Optional<String> officeShown(List<String> lines) {
        List<String> stripped = stripped(lines);
        if (spreadsheetShown(stripped)) {
            return Optional.of("a spreadsheet");
        }
        return any(stripped, WORD_COUNT) || formattingToolbar(stripped) >= 0 ? Optional.of("a word processor")
                : officeMenus(stripped);
    }

    /** Whether {@code caption} names a word processor or a spreadsheet (its kind, not a word in a quote). */
    public static boolean namesOffice(String caption) {
        Kind kind = named(caption);
        return kind == WORD_PROCESSOR || kind == SPREADSHEET;
    }

    /**
     * The office application that LibreOffice's menu bar among the first lines names ({@link #OFFICE_MENUS}): "a
     * word processor" or "a spreadsheet", if either. Writer's window with a menu open, without its title bar, was
     * "Probably a spreadsheet, with a table of 3 inventory." (a toolbar's "X2" read as a cell's name, stop 39, by
     * hand).
     */
    static Optional<String> officeMenus(List<String> lines) {
        Matcher m = OFFICE_MENUS.matcher(String.join(" | ", lines.subList(0, Math.min(lines.size(),
                OFFICE_MENU_LINES))));
        return !m.find() ? Optional.empty() : Optional.of(m.group(1) != null ? "a word processor" : "a spreadsheet");
    }

    /**
     * Whether {@code lines} (stripped) show a spreadsheet's own bars: a cell's name alone in its name box ("A1"), four
     * columns' letters alone, and its formula bar, its sheets or its sum ({@link #SHEET_MARKS}).
     */
    private static boolean spreadsheetShown(List<String> lines) {
        return lines.stream().anyMatch(l -> CELL.matcher(l).matches())
                && lines.stream().filter(l -> COLUMN_LETTER.matcher(l).matches()).count() >= 4
                && any(lines, SHEET_MARKS);
    }

    /**
     * Where a word processor's formatting toolbar ends: a paragraph style, a font and a size, each a line of its own
     * within {@value #TOOLBAR_SPAN} lines ("Normal", "Liberation Serif", "12", as AbiWord shows them; "Calibri (Body)",
     * "11", "Normal" in Word), or -1. AbiWord's window was "Glance cannot tell what kind of window this is. The text on
     * it begins "Table"." (stop 36, by hand).
     */
    private static int formattingToolbar(List<String> lines) {
        int style = indexOf(lines, PARAGRAPH_STYLE);
        int font = indexOf(lines, FONT);
        int size = indexOf(lines, FONT_SIZE);
        int first = Math.min(style, Math.min(font, size));
        int last = Math.max(style, Math.max(font, size));
        return first >= 0 && last - first <= TOOLBAR_SPAN ? last : -1;
    }

    /**
     * A document viewer's toolbar where its file's name is cut short (Evince's header bar: "quart..."): a page count
     * ("of 12", "3 of 12", not an image viewer's "3 / 12") and a zoom with a fraction ("54.7%", a page fitted to the
     * window) each a line of its own among the first {@value #VIEWER_LINES} lines: "A document viewer. The text on it
     * begins "Quarterly Report".", the text after the toolbar, shortened labels ("quarter...") passed over. Evince's
     * window was "Glance cannot tell what kind of window this is. The text on it begins "quart..."." (stop 36, by
     * hand).
     */
    private static Optional<String> documentViewer(List<String> lines) {
        List<String> top = lines.subList(0, Math.min(lines.size(), VIEWER_LINES));
        int pages = indexOf(top, VIEWER_PAGES);
        int zoom = indexOf(top, FITTED_ZOOM);
        if (pages < 0 || zoom < 0) {
            return zoomControls(lines);
        }
        List<String> after = lines.subList(Math.max(pages, zoom) + 1, lines.size()).stream()
                .filter(l -> !SHORTENED.matcher(l).matches()).toList();
        return Optional.of(DOCUMENT_VIEWER + "." + textBegins(after));
    }

    /**
     * A document viewer's zoom controls among the first {@value #ZOOM_CONTROL_LINES} lines, each a line of its own:
     * "Zoom In", "Zoom Out" and a page fitted to the window ("Fit Width", "Fit Page"), as Okular's toolbar shows them:
     * "A document viewer. The text on it begins ...", the text after them, a sidebar's tabs and its search passed over.
     * Okular on a screen twice as wide, its title cut ("otes.pdt"), was "Glance cannot tell what kind of window this
     * is." (stop 48's capture, mended at stop 49).
     */
    private static Optional<String> zoomControls(List<String> lines) {
        List<String> top = lines.subList(0, Math.min(lines.size(), ZOOM_CONTROL_LINES));
        int in = indexOf(top, ZOOM_IN);
        int out = indexOf(top, ZOOM_OUT);
        int fit = indexOf(top, FIT_PAGE);
        if (in < 0 || out < 0 || fit < 0) {
            return Optional.empty();
        }
        List<String> after = lines.subList(Math.max(in, Math.max(out, fit)) + 1, lines.size()).stream()
                .filter(l -> !SHORTENED.matcher(l).matches() && !VIEWER_PANEL.matcher(l).matches()).toList();
        return Optional.of(DOCUMENT_VIEWER + "." + textBegins(after));
    }

    /** The index of the first of {@code lines} that {@code pattern} matches whole, or -1. */
    static int indexOf(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A dialog in front of a word processor or a spreadsheet, as its question and its buttons show it among the
     * document's text: two buttons or more on a row or on lines in a row, one of them an answer ("Don't Save",
     * "Cancel", "Save"), and a question above them within {@value #QUESTION_LINES} lines ("Save changes to document
     * "letter.txt" before closing?"). Writer's screen with its save dialog was "A word processor. The text on it begins
     * "Thank"." (stop 27). A column of "Yes" and "No" has no question above it.
     */
    private static Optional<String> dialogInFront(List<String> lines, String application) {
        return question(lines, 2).map(q -> "A dialog in front of a " + application + " asks \"" + q + "\".");
    }

    /**
     * What Glance says of a lock screen that {@code caption} does not name: at most {@value #LOCK_SCREEN_LINES} legible
     * lines, a time alone on one of them and a day's full name on another ("12:45", "Thursday, November 28", Windows'
     * and GNOME's; a panel's clock is one line, "Thu 12:45"): "A lock screen. Its clock shows 12:45." Written-down
     * Windows lock screens were "Glance cannot tell what kind of window this is." (stop 40).
     */
    public static Optional<String> lockScreen(String caption, List<String> lines) {
        List<String> stripped = stripped(lines);
        if (LOCKED.matcher(caption).find() || legible(stripped) > LOCK_SCREEN_LINES
                || stripped.stream().noneMatch(l -> FULL_WEEKDAY.matcher(l).matches())) {
            return Optional.empty();
        }
        return stripped.stream().filter(l -> CLOCK_ALONE.matcher(l).matches()).findFirst()
                .map(t -> "A lock screen. Its clock shows " + t + ".");
    }

    /**
     * What a small dialog's text ({@link #dialogShaped(List)}) asks ({@link #asks}) or says ({@link #says}) above its
     * buttons, or nothing.
     */
    public static Optional<String> messageBox(List<String> lines) {
        return dialogShaped(lines) ? asks(lines).or(() -> says(lines)) : Optional.empty();
    }

    /**
     * A tip of the day, its heading ("Did you know?", "Tip of the Day") with its button for the next ("Next Tip") or
     * its check box ("Show tips on startup"), and the tip said: its first line of {@value #TIP_WORDS} words or more
     * below the heading, with the lines that go on with it (a small letter first); what a toolbar behind it shows
     * between them is left out. LibreOffice's in front of Calc and Writer had been "A dialog. The text on it begins
     * "Did you know?"." (stop 36's pictures, by hand; said as this at stop 42).
     */
    public static Optional<String> tip(List<String> lines) {
        return tip(lines, () -> lines);
    }

    /**
     * As {@link #tip(List)}, where {@code lines} (the first lines read) show the tip's heading: its button and the tip
     * are looked for among {@code allText}, which is asked for only then.
     */
    public static Optional<String> tip(List<String> lines, Supplier<List<String>> allText) {
        if (indexOf(stripped(lines), TIP_HEADING) < 0) {
            return Optional.empty();
        }
        List<String> stripped = stripped(allText.get());
        int heading = indexOf(stripped, TIP_HEADING);
        if (heading < 0 || !any(stripped, TIP_BUTTON)) {
            return Optional.empty();
        }
        StringBuilder tip = new StringBuilder();
        for (String l : stripped.subList(heading + 1, stripped.size())) {
            int words = l.split("\\s+").length;
            if (tip.isEmpty() && words >= TIP_WORDS && legible(l)) {
                tip.append(l);
            } else if (!tip.isEmpty() && words >= 3 && Character.isLowerCase(l.charAt(0))) {
                tip.append(' ').append(l);
            } else if (!tip.isEmpty() && words >= 3) {
                break;
            }
        }
        return Optional.of(TIP_DIALOG + (tip.isEmpty() ? "." : ". It says \""
                + quote(tip.toString().replace('"', '\u201d'), QUOTED_WORDS * 2) + "\"."));
    }

    /**
     * What Glance says of a dialog whose text ends in a question above its buttons ("Delete the file letter.txt for
     * ever?", then "No" and "Yes"), whatever type of dialog the model named: "A dialog asks "Delete the file letter.txt
     * for ever?"."; or nothing. A zenity question was "Probably a dialog. The text on it begins "Question"." (its
     * title), and the model had called it a progress dialog (stop 28, by hand).
     */
    public static Optional<String> asks(List<String> lines) {
        return question(stripped(lines), 1).map(q -> "A dialog asks \"" + q + "\".");
    }

    /**
     * A dialog's question among all of a screen's text, in front of the window the description named, unless
     * {@code said} quotes it already or names a dialog and quotes its text: "A dialog on screen asks "Save changes to
     * document letter.txt before closing?". Its buttons: Close Without Saving, Cancel, Save." The question stands above
     * a row of two buttons or more (one of them an answer), as for {@link #asks}. The buttons are the lines from the
     * first after the question down to the end of that row that have at most {@value #BUTTON_LABEL_WORDS} words and no
     * full stop ("Close Without Saving" is no button name Glance knows, and stands beside "Cancel" and "Save").
     * AbiWord's "Save changes ... before closing?" in front of its document went unsaid (stop 29, by hand): the title
     * said first was the whole description.
     */
    public static Optional<String> dialogOnScreen(List<String> lines, String said) {
        if (Interruptions.begins(said)) { // its question said already, in its own words
            return Optional.empty();
        }
        List<String> stripped = stripped(lines);
        Optional<List<String>> dialog = questionToButtons(stripped);
        boolean itsOwn = false;
        if (DIALOG_WORD.matcher(said).find() && said.contains("\"")) {
            // the dialog was described: a question in it is its text (zenity's text dialog); but where only where its
            // text begins was quoted, a question below a title bar of its own is another dialog's, in front of it
            // (LibreOffice's "Are you sure ...?" over its document recovery, stop 32, by hand)
            boolean onlyBegins = !TEXT_BEGINS.matcher(said).replaceAll("").contains("\"");
            boolean inFront = onlyBegins && dialog.isPresent() && belowTitleBar(stripped, dialog.get().get(0));
            if (!inFront) {
                // a message dialog titled with its heading is said where only the window's title was ("A dialog in a
                // genealogy app: its title is ...", Gramps' warning over it)
                if (dialog.isEmpty()) {
                    return message(stripped, said).or(() -> echoedTitle(stripped, said))
                            .or(() -> titledMessage(stripped, said));
                }
                // where only where its text begins was said, a short question, the dialog's heading, is its own, said
                // after it (GNOME Text Editor's "Save Changes?" with no title bar, far below the lines read first, stop
                // 55, captured: "A dialog. The text on it begins "File Settings Help"." for the window behind); not a
                // question among the lines of a text dialog's text (zenity's, real_check at stop 30)
                if (!onlyBegins || wordCount(dialog.get().get(0)) > HEADING_QUESTION_WORDS) {
                    return Optional.empty();
                }
                itsOwn = true;
            }
        }
        if (dialog.isEmpty() && !said.startsWith(TIP_DIALOG)) { // a tip in front of the window said: its tip
            Optional<String> tip = tip(stripped, () -> stripped);
            if (tip.isPresent()) {
                return tip.map(t -> TIP_DIALOG + " on screen" + t.substring(TIP_DIALOG.length()));
            }
        }
        if (dialog.isEmpty()) {
            return titledDialog(stripped, said).or(() -> message(stripped, said))
                    .or(() -> messageInFront(stripped, said)).or(() -> echoedTitle(stripped, said))
                    .or(() -> titledMessage(stripped, said));
        }
        String question = quote(dialog.get().get(0), QUOTED_WORDS + 4);
        if (said.contains(quote(question, 4).replace("\u2026", ""))) { // said already: its first four words
            return Optional.empty();
        }
        // its buttons: the row below the question, not the lines of a message or of the window behind between ("Kind
        // regards,", "letter.txt", "/tmp/cap55/docs" of GNOME Text Editor's letter, stop 55, captured), nor a label
        // of the window behind read just before the row ("Exercise" of KBruch's window beside gedit's "Close without
        // Saving", stop 56, captured)
        List<String> below = dialog.get().subList(1, dialog.get().size());
        int row = 0;
        while (row < below.size() && !buttonLine(below.get(row))) {
            row++;
        }
        List<String> buttons = new ArrayList<>();
        for (String l : below.subList(row, below.size())) {
            String label = label(l).replaceAll(CUT_SHORT.pattern() + "$", ""); // "Save As", not "Save As....
            if (buttonRow(label) && BUTTON_WORD.matcher(label).results().count() > 1) {
                BUTTON_WORD.matcher(label).results().map(MatchResult::group).forEach(buttons::add);
            } else if (buttonRow(label) || buttonLabel(label)) {
                buttons.add(label);
            }
        }
        return Optional.of((itsOwn ? "It asks \"" : "A dialog on screen asks \"") + question + "\". Its buttons: "
                + String.join(", ", buttons) + ".");
    }

    /**
     * What a dialog that {@code said} names, and quotes nothing of but its title or where its text begins, says above
     * its buttons among all of the screen's {@code lines} ({@link #says}): "It says "Document file 'minutes.txt' is
     * locked for editing by yourself on a different…"." (LibreOffice's "Document in Use" dialog, whose buttons
     * the first lines that pass 2 reads did not reach, had been "A dialog. The text on it begins "Document in Use".",
     * stop 39, by hand).
     */
    private static Optional<String> message(List<String> lines, String said) {
        if (!namesDialog(said) || said.contains(" says \"") || said.contains(" asks \"")
                || TEXT_BEGINS.matcher(said).replaceAll("").contains("\"") && quotesMoreThanTitle(said, lines)) {
            return Optional.empty();
        }
        // a sentence, ended or long, not an option's label ("Match only a whole word" in Geany's Find dialog, stop
        // 39, by hand); and not said twice: where the text begins with the message, its first four words are said
        return saysWhat(lines).filter(s -> SENTENCE_END.matcher(s).find())
                .filter(s -> !said.contains(quote(s.substring(s.indexOf('"') + 1), 4).replace("\u2026", "")))
                .map(s -> "It " + s);
    }

    /** What {@link #says} finds a dialog saying, from "says" on: "says "The disk is full."." */
    private static Optional<String> saysWhat(List<String> lines) {
        return says(lines).map(s -> s.substring(s.indexOf(" says \"") + 1));
    }

    /**
     * A dialog's message among all of a screen's text, {@code read}, where nothing was said of it: as {@link
     * #headedDialog} reads it from its buttons up, else as {@link #titledMessage} reads it from its title bar down.
     */
    public static Optional<String> messageDialog(List<String> read) {
        return headedDialog(read).or(() -> titledMessage(read, ""));
    }

    /**
     * A dialog read from the bottom up, in front of a window or alone: its buttons, each on a line of its own or in a
     * row, with an answer among them ("X close", "S Delete", "% Modify...", a label cut short to "Ad..."); above them a
     * check box to show it at startup or not again, passed over; its message or question, a paragraph of up to
     * {@value #PARAGRAPH_LINES} lines that begins with a capital (its wrapped ends, "window", in small letters); and
     * its heading, a short line above the paragraph, no sentence's fragment: "A dialog, "Welcome to Pidgin!", says "You
     * have no IM accounts configured.". Its buttons: Ad, Modify, Delete, Close." (Pidgin's accounts over its buddy
     * list and Synaptic's introduction over its packages had been "A dialog. The text on it begins "Buddy List"." and
     * "Glance cannot tell ...", stop 48, captured). Empty where any of the three is missing.
     */
    public static Optional<String> headedDialog(List<String> read) {
        List<String> lines = withoutSpecks(read).stream().map(String::strip).toList();
        // windows' titles: the lines just above their title bars' buttons, which are specks ("00")
        Set<String> titles = new HashSet<>();
        for (int i = 1; i < read.size(); i++) {
            if (TITLE_BAR_BUTTONS.matcher(read.get(i).strip()).matches()) {
                titles.add(read.get(i - 1).strip());
            }
        }
        // the last buttons first; then any above them (GParted's error at the top, its window's own text below,
        // had been "Glance cannot tell ...", stop 49, captured)
        for (int b = lines.size() - 1; b >= 0; b--) {
            if (dialogButton(lines.get(b))) {
                Optional<String> dialog = headedDialogAbove(lines, b, titles);
                if (dialog.isPresent()) {
                    return dialog;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #headedDialog} whose last button is {@code lines.get(b)}, among windows with {@code titles}. */
    private static Optional<String> headedDialogAbove(List<String> lines, int b, Set<String> titles) {
        int row = b;
        while (row > 0 && b - row + 1 < PARAGRAPH_LINES) {
            if (dialogButton(lines.get(row - 1))) {
                row--;
            } else if (row > 1 && garbledButton(lines.get(row - 1)) && dialogButton(lines.get(row - 2))) {
                row -= 2; // a button PP-OCR garbled between two it read ("% mo.diy." for Pidgin's "Modify...", stop
                // 56, captured: "A dialog. The text on it begins "Buddy List".")
            } else {
                break;
            }
        }
        if (b < 0 || lines.subList(row, b + 1).stream().noneMatch(l -> ANSWER.matcher(buttonText(l)).find())) {
            return Optional.empty();
        }
        int end = row - 1;
        while (end >= 0 && (NOT_AGAIN.matcher(lines.get(end)).lookingAt() || AT_STARTUP.matcher(lines.get(end)).find()
                && wordCount(lines.get(end)) <= WRAPPED_WORDS)) {
            end--;
        }
        int start = end;
        // a file's path on a line of its own is one of them too ("/root/.config/octave/octave-gui.ini." below "The
        // configuration file is stored in", Octave's welcome, stop 55, captured: "A dialog. The text on it begins ...")
        while (start >= 0 && end - start < PARAGRAPH_LINES && (PATH_LINE.matcher(lines.get(start)).matches()
                || legible(lines.get(start)) && (wordCount(lines.get(start)) > TITLE_WORDS
                || Character.isLowerCase(lines.get(start).charAt(0))
                || MESSAGE_END.matcher(lines.get(start)).find() && wordCount(lines.get(start)) >= MESSAGE_WORDS))) {
            start--;
        }
        int message = start + 1;
        if (start > 0 && menuLine(lines.get(start)) && titles.contains(lines.get(start - 1))) {
            start--; // a menu's name read below a window's title is no heading ("File" below GParted's "Libparted
            // Error", stop 55, captured)
        }
        if (start > 0 && start < end && TITLE_BAR_BUTTONS.matcher(lines.get(start)).matches()) {
            start--; // the dialog's title bar: its heading, then its buttons ("Libparted Error", "000")
        } else if (start >= 0 && oneButton(lines.get(start))) {
            start = titleAbove(lines, start, titles); // a form's button ("Browse") above a hint: the title heads it
        }
        // a heading, not a sentence's fragment ("The recipe takes about for", zenity's text dialog): no little word of
        // a sentence unless it calls out ("Welcome to Pidgin!")
        if (start < 0 || message > end || !legible(lines.get(start)) || wordCount(lines.get(start)) > TITLE_WORDS
                || !Character.isUpperCase(lines.get(message).charAt(0))
                || !Character.isUpperCase(lines.get(start).charAt(0))
                || SENTENCE_WORD.matcher(lines.get(start)).find() && !CALLS_OUT.matcher(lines.get(start)).find()) {
            return Optional.empty();
        }
        String text = String.join(" ", lines.subList(message, end + 1));
        Matcher first = FIRST_SENTENCE.matcher(text);
        List<String> buttons = new ArrayList<>();
        for (String l : lines.subList(row, b + 1).stream().filter(KindCheck::dialogButton).toList()) {
            String label = buttonText(l);
            List<String> named = BUTTON_WORD.matcher(label).results().map(MatchResult::group).toList();
            (named.size() > 1 && buttonRow(label) ? named : List.of(label)).forEach(n -> buttons.add(
                    Character.toUpperCase(n.charAt(0)) + n.substring(1)));
        }
        String said = first.lookingAt() ? first.group() : text;
        return Optional.of("A dialog, \"" + quote(lines.get(start), TITLE_WORDS) + "\", " + (said.endsWith("?")
                ? "asks" : "says") + " \"" + quote(said, QUOTED_WORDS + 4) + "\". Its button"
                + (buttons.size() > 1 ? "s: " : ": ") + String.join(", ", buttons) + ".");
    }

    /** Whether {@code line} could be a button's name PP-OCR garbled: short, with no English word ("% mo.diy."). */
    private static boolean garbledButton(String line) {
        return !legible(line) && wordCount(line) <= 2 && line.strip().length() <= GARBLED_LETTERS;
    }

    /** A garbled button's name has at most this many characters. */
    private static final int GARBLED_LETTERS = 12;

    /** Whether {@code line} is one button's name and nothing more: "Browse", not the heading "Save changes". */
    private static boolean oneButton(String line) {
        return buttonRow(line) && BUTTON_WORD.matcher(line).results().count() == 1;
    }

    /**
     * Where the nearest of {@code titles} stands among the {@value #PARAGRAPH_LINES} lines above {@code below}, or
     * -1. Zim's Add Notebook had been "A dialog, "Browse", says "To create a new notebook ..."": its folder's button
     * stands above that hint (stop 52, captured).
     */
    private static int titleAbove(List<String> lines, int below, Set<String> titles) {
        for (int i = below - 1; i >= 0 && below - i <= PARAGRAPH_LINES; i--) {
            if (titles.contains(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code lines} as a dialog's message is read from them: an icon's speck read as a line passed over ("4" beside
     * HexChat's warning, stop 48, captured), and a mark before a line's first word left out ("* Running IRC as root
     * ...").
     */
    private static List<String> withoutSpecks(List<String> lines) {
        return lines.stream().filter(l -> !SPECK.matcher(l.strip()).matches())
                .map(l -> LEADING_MARK.matcher(l).replaceFirst("")).toList();
    }

    /**
     * A button's label as {@link #headedDialog} reads it: without its icon (a letter read for one, "S Delete") and the
     * dots after it ("Modify...", "Modify..").
     */
    private static String buttonText(String line) {
        String label = label(line);
        Matcher lettered = LETTER_ICON.matcher(label);
        return (lettered.matches() && buttonLine(lettered.group(1)) ? lettered.group(1) : label)
                .replaceAll(CUT_SHORT.pattern() + "$", "");
    }

    /** Whether {@code line} is a dialog's button: a button's name, or a short label cut short ("Ad...", "Modify.."). */
    private static boolean dialogButton(String line) {
        String text = buttonText(line);
        return !text.isEmpty() && (buttonLine(text) || CUT_LABEL.matcher(line.strip()).matches());
    }

    /** Whether {@code line} comes right below a title bar's buttons ("000", "00x"), or one line below them. */
    private static boolean belowTitleBar(List<String> lines, String line) {
        int at = lines.indexOf(line);
        for (int i = Math.max(0, at - 2); i < at; i++) {
            if (TITLE_BAR_BUTTONS.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dialog's own lines among all of a screen's text: its question above a row of two buttons or more (as for
     * {@link #asks}), down to the end of that row.
     */
    private static Optional<List<String>> questionToButtons(List<String> stripped) {
        OptionalInt at = aboveButtons(stripped, 2, KindCheck::asked);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int start = questionStart(stripped, at.getAsInt());
        int end = at.getAsInt() + 1;
        while (end < stripped.size() && !buttonLine(stripped.get(end))) {
            end++;
        }
        while (end < stripped.size() && buttonLine(stripped.get(end))) {
            end++;
            // the rest of the row past the specks of icons between its buttons ("Help", "β", "≤", "Don't save",
            // "Cancel", "Save": wxMaxima's had been said with "Help" alone, stop 55, captured)
            int next = end;
            while (next < stripped.size() && next - end < ROW_SPECKS && ICON_SPECK.matcher(stripped.get(next))
                    .matches()) {
                next++;
            }
            if (next > end && next < stripped.size() && buttonLine(stripped.get(next))) {
                end = next;
            }
        }
        if (start == at.getAsInt()) {
            return Optional.of(stripped.subList(start, end));
        }
        List<String> dialog = new ArrayList<>();
        dialog.add(String.join(" ", stripped.subList(start, at.getAsInt() + 1)));
        dialog.addAll(stripped.subList(at.getAsInt() + 1, end));
        return Optional.of(dialog);
    }

    /**
     * Where the question that ends on line {@code at} begins: the line above too where the question's end is a word
     * or two alone that the dialog wrapped ("Save changes to document "shopping.txt" before" above "closing?", gedit's,
     * stop 36, by hand), else {@code at}.
     */
    private static int questionStart(List<String> lines, int at) {
        // a short question that begins with a capital is a heading of its own, not a wrapped end ("Save Changes?"
        // below a line of the document behind, GNOME Text Editor's, stop 55, captured: "A dialog asks "From January
        // the Save Changes?"")
        if (at == 0 || wordCount(lines.get(at)) > WRAPPED_END_WORDS || CAPITALISED.matcher(lines.get(at)).lookingAt()) {
            return at;
        }
        String above = lines.get(at - 1).strip();
        return wordCount(above) >= 3 && legible(above) && !above.matches(".*[.?!:]$") && !buttonLine(above) ? at - 1
                : at;
    }

    /**
     * Whether {@code caption} names a dialog that the dialog on screen bears out: a dialog of no type this check
     * knows ("a save changes dialog"), or of a type whose marks are among that dialog's own lines, its question down
     * to its buttons (for {@link #dialogOnScreen}). A document's name behind the dialog is no mark of its type:
     * FeatherPad's "Save changes?" in front of "list.txt" is no list dialog (stop 30, by hand).
     */
    public static boolean namesDialogOnScreen(String caption, List<String> lines) {
        if (!namesDialog(caption)) {
            return false;
        }
        Kind kind = named(caption);
        return kind == null || !kind.dialog() || questionToButtons(stripped(lines))
                .filter(kind.marked()).isPresent();
    }

    /** A button's label has at most this many words ("Close Without Saving"). */
    static final int BUTTON_LABEL_WORDS = 3;

    /**
     * Whether {@code line} could be a button's label Glance does not know: a few legible words, no sentence's end nor a
     * field's colon (Deluge's "Down Speed:" beside its question's "No" and "Yes" had been said among its buttons, stop
     * 52, captured), nor a line of code with its number ("13\\section Introd" of Gummi's document, beside its "save
     * changes?" dialog's buttons, stop 54, captured): {@link #LABEL_LETTERS}.
     */
    private static boolean buttonLabel(String line) {
        String label = line.strip();
        return legible(label) && wordCount(label) <= BUTTON_LABEL_WORDS && LABEL_LETTERS.matcher(label).matches();
    }

    /**
     * A button's label is words of letters, perhaps with dots after it: not a line of code with its number
     * ("13\\section Introd"), a file's name or path ("letter.txt", "/tmp/docs"), a field's label ("Down Speed:") nor a
     * letter's line ("Kind regards,").
     */
    private static final Pattern LABEL_LETTERS = Pattern.compile("\\p{L}[\\p{L}'\u2019&\\s-]*(?:\\.{2,3}|\u2026)?");

    /** A second window's title bar stands below this many lines of text (the first window's is among them). */
    static final int SECOND_TITLE_BELOW = 6;
    /** ... and a row of its buttons at most this many lines below it. */
    static final int DIALOG_BUTTONS_WITHIN = 40;
    /** A dialog's title: a capital, then words of letters ("Print", "Go To", "Page Setup"). */
    private static final Pattern DIALOG_TITLE = Pattern.compile("\\p{Lu}\\p{L}+(?:\\s+\\p{L}+)*");
    /** A window's title-bar buttons as PP-OCR reads them: "000", "00x", "口x" (minimise, maximise, close). */
    private static final Pattern TITLE_BAR_BUTTONS = Pattern.compile("[0oO\u53e3\u25a1xX\u00d7]{2,3}[?xX\u00d7]?");
    /** Those buttons read at the end of the title's own line: "Rename file 0x". */
    private static final Pattern TRAILING_TITLE_BAR_BUTTONS = Pattern.compile("\\s+" + TITLE_BAR_BUTTONS.pattern()
            + "$");
    /** The types of dialog {@link #ownWordShows}. */
    private static final List<String> OWN_WORD_TYPES = List.of("print dialog", "save changes dialog", "login dialog",
            "password dialog", "progress dialog", "question dialog", "confirmation dialog", "list dialog");
    /** A message box's title that names its type, as zenity's and many toolkits' boxes have them. */
    private static final Pattern TYPE_TITLE = Pattern.compile("(?i)(?:\\S{1,2}\\s+)?(?:information|info|warning|error"
            + "|question|alert|confirm(?:ation)?)");
    /** A file's name on a line of its own, its path before it: ".../files/letter.txt", "C:\\Users\\ann\\a.txt". */
    private static final Pattern COMPARED_FILE = Pattern.compile("(?:.*[/\\\\])?([\\w][\\w .()-]*"
            + "\\.[A-Za-z][A-Za-z0-9]{0,4})");
    /** A line that begins with a capitalised word: "Save Changes?", not "closing?" nor ""shopping.txt"?". */
    private static final Pattern CAPITALISED = Pattern.compile("\\s*\\p{Lu}\\p{Ll}");
    /** A question that heads a dialog has at most this many words: "Save Changes?", "Replace the file?". */
    private static final int HEADING_QUESTION_WORDS = 4;
    /** At most this many specks of icons stand between two buttons of a row. */
    private static final int ROW_SPECKS = 3;
    /** A button that closes a dialog, beside which a label Glance does not know is a button too ("Jump to"). */
    private static final Pattern CLOSES = Pattern.compile("(?i)cancel|close|ok|okay");
    /** A dialog's message above its buttons is at most this many lines ({@link #headedDialog}). */
    static final int PARAGRAPH_LINES = 12;
    /** A check box to show a dialog at startup: "Show this dialog at startup", "Don't show this again at start up". */
    private static final Pattern AT_STARTUP = Pattern.compile("(?i)\\b(?:at|on)\\s+start-?\\s?up\\b");
    /**
     * A heading that calls out ends with "!" or ":" ("Welcome to Pidgin!"), or greets ("Welcome to Krusader.", stop 56,
     * captured: "Probably a dialog. The text on it begins ..." for its title).
     */
    private static final Pattern CALLS_OUT = Pattern.compile("[!:]$|^(?i:welcome)\\b");
    /** The dots after a label cut short, or after a button that opens more: "Ad...", "Modify..". */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:\\.{2,3}|\u2026)");
    /** A short label cut short, an icon's sign perhaps before it: "Ad...", "% modify...". */
    private static final Pattern CUT_LABEL = Pattern.compile("(?:\\W\\s)?\\p{L}{2,12}" + CUT_SHORT.pattern());
    /** A line that ends a sentence or a clause: ".", "?", "!" or ":" at its end. */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[.?!:]$");
    /** A letter or a digit that OCR read for a button's icon, before its name: "S Delete", "8 Delete". */
    private static final Pattern LETTER_ICON = Pattern.compile("[\\p{L}\\p{N}]\\s+(\\p{L}.*)");
    /** A message box in front of a window has at most this many buttons, each on a line of its own. */
    static final int FRONT_BUTTONS = 3;
    /** Between a field's label and the dialog's buttons, at most this many lines: what was typed in the field. */
    static final int FIELD_LINES = 1;
    /** A field's label above a dialog's buttons: up to four words and a colon ("New name:", "Password:"). */
    private static final Pattern FIELD_LABEL = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*"
            + "(?:\\s+[\\p{L}\\d'\u2019-]+){0,3}:");

    /**
     * A message box in front of the window {@code said} names (no dialog), its one button "OK" on a line of its own, or
     * a row of {@value #FRONT_BUTTONS} buttons at most, each on a line of its own, with an answer among them: the
     * message is the lines just above them (a check box not to show it again aside), wrapped lines of a sentence's
     * words of which the last ends a sentence, two lines or {@value #WRAPPED_WORDS} words at least:
     * "A message on screen says "The thumbnailer-service can not be reached, for this reason, the thumbnails can not
     * be created.". Its button: OK." (Ristretto's over its photo had gone unsaid, stop 47, captured); "... Its
     * buttons: Cancel, I Agree." (Transmission's agreement over its window was where its text begins, stop 48).
     */
    private static Optional<String> messageInFront(List<String> read, String said) {
        if (namesDialog(said) || said.contains(" says \"")) {
            return Optional.empty();
        }
        List<String> lines = withoutSpecks(read);
        for (int b = lines.size() - 1; b > 0; b--) {
            int row = b;
            while (row > 0 && b - row + 1 < FRONT_BUTTONS && buttonLine(lines.get(row - 1))
                    && BUTTON_WORD.matcher(label(lines.get(row - 1))).results().count() == 1) {
                row--;
            }
            List<String> buttons = lines.subList(row, b + 1).stream().map(String::strip).toList();
            if (buttons.size() == 1 ? !ONE_BUTTON.matcher(lines.get(b)).matches() : !buttonLine(lines.get(b))
                    || buttons.stream().noneMatch(l -> ANSWER.matcher(l).matches())) {
                continue;
            }
            if (buttons.size() == 1) {
                buttons = List.of("OK"); // as OCR may read it: "QK", "0K"
            }
            int end = row - 1;
            while (end >= 0 && NOT_AGAIN.matcher(lines.get(end)).lookingAt()) {
                end--;
            }
            int start = end;
            // its lines: each a sentence's words, or a wrapped line's end ("created.")
            while (start >= 0 && legible(lines.get(start)) && (SENTENCE_WORD.matcher(lines.get(start)).find()
                    || Character.isLowerCase(lines.get(start).charAt(0))) && !buttonLine(lines.get(start))
                    && end - start < MESSAGE_LINES + 3) {
                start--;
            }
            start++;
            if (start > end || !MESSAGE_END.matcher(lines.get(end)).find()
                    || !Character.isUpperCase(lines.get(start).charAt(0))) {
                continue;
            }
            List<String> message = lines.subList(start, end + 1);
            String text = String.join(" ", message);
            if (message.size() < 2 && wordCount(text) < WRAPPED_WORDS || said.contains(quote(text, 4)
                    .replace("\u2026", ""))) {
                continue;
            }
            // its first sentence, or as much as is quoted; not said again (MuseScore's wizard, "Welcome to
            // MuseScore!" said as the greeting that names the application, stop 54, captured)
            Matcher first = FIRST_SENTENCE.matcher(text);
            String quoted = quote(first.lookingAt() ? first.group() : text, QUOTED_WORDS + 4);
            if (said.contains("\"" + quoted + "\"")) {
                continue;
            }
            return Optional.of("A message on screen says \"" + quoted + "\". Its button" + (buttons.size() > 1 ? "s: "
                    : ": ") + String.join(", ", buttons) + ".");
        }
        return Optional.empty();
    }

    /** A message dialog's heading is at most this many lines below its title bar's buttons. */
    static final int HEADING_BELOW = 2;
    /** Its button is at most this many lines below the heading. */
    static final int ECHOED_BUTTON_WITHIN = 8;

    /**
     * A message dialog in front of a window whose title is its message, perhaps with its application's name after a
     * separator, and whose heading below its title bar says the message again ("GExiv2 module not loaded. - Gramps",
     * its buttons, then "GExiv2 module not loaded."), with an answer's button below: "A message on screen says
     * "GExiv2 module not loaded. Image metadata functionality will not be available.". Its button: Close." (Gramps'
     * warning over its window had gone unsaid, stop 53, captured). The heading's next line is said too where it ends a
     * sentence.
     */
    private static Optional<String> echoedTitle(List<String> lines, String said) {
        for (int i = SECOND_TITLE_BELOW; i < lines.size(); i++) {
            String title = lines.get(i - 1);
            if (!titledAt(lines, i - 1) || wordCount(title) < MESSAGE_WORDS - 1) {
                continue;
            }
            for (int h = i + 1; h <= Math.min(lines.size() - 1, i + HEADING_BELOW); h++) {
                String heading = lines.get(h);
                if (wordCount(heading) < MESSAGE_WORDS - 1 || !title.startsWith(heading)
                        || !legible(heading) || said.contains(quote(heading, 4).replace("\u2026", ""))) {
                    continue;
                }
                Optional<String> button = lines.subList(h + 1, Math.min(lines.size(), h + 1 + ECHOED_BUTTON_WITHIN))
                        .stream().map(KindCheck::label).filter(l -> ANSWER.matcher(l).matches()).findFirst();
                if (button.isEmpty()) {
                    continue;
                }
                String next = h + 1 < lines.size() ? lines.get(h + 1) : "";
                String message = heading + (MESSAGE_END.matcher(heading).find() && MESSAGE_END.matcher(next).find()
                        && legible(next) && !buttonLine(next) ? " " + next : "");
                return Optional.of("A message on screen says \"" + quote(message, QUOTED_WORDS + 4)
                        + "\". Its button: " + button.get() + ".");
            }
        }
        return Optional.empty();
    }

    /** A titled message's first line is at most this many lines below its title bar's buttons. */
    static final int TITLED_MESSAGE_BELOW = 3;
    /** Its answer's button, or its check box not to show it again, is at most this many lines below that line. */
    static final int TITLED_MESSAGE_END_WITHIN = 20;
    /** A titled message's answer that no other dialog's rule takes for one: "Continue" (VLC's privacy policy). */
    private static final Pattern GOES_ON = Pattern.compile("(?i)continue");
    /** A short label ending a message's paragraph, a list after it: "Possible Cause:". */
    private static final Pattern LIST_LABEL = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\S+){0,2}:");
    /** A list's item: "1. The folder does not exist", "- The disk is full". */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d{1,2}[.)]|[-\u2022*])\\s+\\S.*");
    /** A line with no letter or two letters at most: the icon of a window behind a dialog's text ("PS", "?"). */
    private static final Pattern ICON_SPECK = Pattern.compile("[^\\p{L}]*(?:\\p{L}[^\\p{L}]*){0,2}");
    /** A name whose capital is inside it begins a sentence too: "vokoscreenNG can not ...". */
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}+\\p{Lu}\\p{L}*\\b.*");

    /**
     * A message dialog known by its title bar ({@link #titledAt}) and, at most {@value #TITLED_MESSAGE_END_WITHIN}
     * lines below its message's first line, an answer's button or a check box not to show it again: its message, the
     * sentence that begins at most {@value #TITLED_MESSAGE_BELOW} lines below the title bar's buttons (the icons of
     * a window behind it passed over), to a list's label or item, a button or the check box; and its heading, a line
     * with no sentence's end just above a line of {@value #MESSAGE_WORDS} words or more, else its title: "A dialog,
     * "No write access on pictures folder", says "vokoscreenNG can not create a picture on /root/Pictures". Its
     * button: OK." (vokoscreenNG's, LyX's and TeXstudio's warnings, whose paragraphs go on past a sentence's end or
     * into a list, had gone unsaid, stop 54, captured). Where {@code said} quotes the heading already: "A message on
     * screen says ...", or "It says ..." where it names a dialog too.
     */
    public static Optional<String> titledMessage(List<String> read, String said) {
        List<String> lines = stripped(read);
        for (int t = 0; t + 1 < lines.size(); t++) {
            if (!titledAt(lines, t)) {
                continue;
            }
            int at = t + 2;
            while (at < lines.size() && at <= t + 1 + TITLED_MESSAGE_BELOW && ICON_SPECK.matcher(lines.get(at))
                    .matches()) {
                at++;
            }
            if (at >= lines.size() || at > t + 1 + TITLED_MESSAGE_BELOW) {
                continue;
            }
            String heading = lines.get(t);
            String first = lines.get(at);
            if (at + 1 < lines.size() && !ENDS_CLAUSE.matcher(first).find() && !menuLine(first) && legible(first)
                    && wordCount(first) <= TITLE_WORDS + 2 && Character.isUpperCase(first.charAt(0))
                    && sentenceStart(lines.get(at + 1)) && wordCount(lines.get(at + 1)) >= MESSAGE_WORDS) {
                heading = first; // "No write access on pictures folder"
                at++;
            }
            // the heading said again on the dialog's page: the message is below it, whatever letter begins it
            // (digiKam's first run, its name read "digikam", stop 56, captured: "... says "Welcome to digiKam 7.9.0
            // digikam is an advanced ..."")
            boolean repeated = false;
            while (at + 1 < lines.size() && lines.get(at).equals(heading)) {
                at++;
                repeated = true;
            }
            // a sentence, not a menu bar; nor a message that its title says already (a message dialog titled with its
            // heading, for echoedTitle: Gramps' "GExiv2 module not loaded. - Gramps")
            if (!(sentenceStart(lines.get(at)) || repeated && legible(lines.get(at)))
                    || wordCount(lines.get(at)) < MESSAGE_WORDS || menuLine(lines.get(at))
                    || !SENTENCE_WORD.matcher(lines.get(at)).find() && wordCount(lines.get(at)) < WRAPPED_WORDS
                    || lines.get(t).startsWith(lines.get(at))) {
                continue;
            }
            List<String> message = new ArrayList<>();
            int end = at;
            for (; end < lines.size() && end - at <= TITLED_MESSAGE_END_WITHIN; end++) {
                String l = lines.get(end);
                if (NOT_AGAIN.matcher(l).lookingAt() || dialogButton(l) || titledAt(lines, end)
                        || LIST_LABEL.matcher(l).matches() || LIST_ITEM.matcher(l).matches()) {
                    break;
                }
                if (!ICON_SPECK.matcher(l).matches()) {
                    message.add(l);
                }
            }
            boolean ended = false;
            for (int e = end; e < lines.size() && e - at <= TITLED_MESSAGE_END_WITHIN && !ended; e++) {
                String l = lines.get(e);
                if (titledAt(lines, e)) {
                    break;
                }
                ended = NOT_AGAIN.matcher(l).lookingAt() || dialogButton(l) && messageAnswer(buttonText(l));
            }
            String text = String.join(" ", message);
            if (!ended || said.contains(quote(text, 4).replace("\u2026", ""))) {
                continue;
            }
            Matcher sentence = FIRST_SENTENCE.matcher(text);
            String says = quote(sentence.lookingAt() ? sentence.group() : text, QUOTED_WORDS + 4);
            List<String> buttons = lines.subList(end, Math.min(lines.size(), at + TITLED_MESSAGE_END_WITHIN + 1))
                    .stream().filter(KindCheck::dialogButton).map(KindCheck::buttonText)
                    .filter(KindCheck::messageAnswer).map(b -> ONE_BUTTON.matcher(b).matches() ? "OK" : b).toList();
            String opening = !said.contains("\"" + heading + "\"") ? "A dialog, \"" + quote(heading, TITLE_WORDS + 2)
                    + "\"," : namesDialog(said) ? "It" : "A message on screen";
            return Optional.of(opening + " says \"" + says + "\"." + (buttons.isEmpty() ? ""
                    : " Its button" + (buttons.size() > 1 ? "s: " : ": ") + String.join(", ", buttons) + "."));
        }
        return Optional.empty();
    }

    /** Whether {@code label}, a button's, answers a titled message: an answer, or "Continue" ({@link #GOES_ON}). */
    private static boolean messageAnswer(String label) {
        return ANSWER.matcher(label).matches() || GOES_ON.matcher(label).matches();
    }

    /** Whether {@code line} may begin a sentence: a capital first, or a name with a capital inside ("vokoscreenNG"). */
    private static boolean sentenceStart(String line) {
        String l = line.strip();
        return !l.isEmpty() && legible(l) && (Character.isUpperCase(l.charAt(0)) || INNER_CAPITAL.matcher(l).matches());
    }

    /**
     * A dialog in front of a window, known by its own title bar further down the text (a title of at most {@value
     * #TITLE_WORDS} words of letters, the first a capital's, then its title-bar buttons, below the first {@value
     * #SECOND_TITLE_BELOW} lines) and a row of two buttons or more below it, one of them an answer (a label of at
     * most {@value #BUTTON_LABEL_WORDS} words just after a row of one counts, unless a row of buttons follows it:
     * Mousepad's "Jump to"): "A dialog on screen, "Print". Its buttons: Cancel, Print." (gedit's print dialog in front
     * of its letter, stop 29, had gone unsaid); or nothing, also where {@code said} quotes that title. A dialog of one
     * button ("Close") is not said: a window's own bars hold such buttons too (Openbox's configuration shows a theme's
     * title bar above its "Close").
     */
    private static Optional<String> titledDialog(List<String> lines, String said) {
        for (int i = SECOND_TITLE_BELOW; i < lines.size(); i++) {
            String title = lines.get(i - 1);
            if (!TITLE_BAR_BUTTONS.matcher(lines.get(i)).matches() || !DIALOG_TITLE.matcher(title).matches()
                    || wordCount(title) > TITLE_WORDS || said.contains("\"" + quote(title, TITLE_WORDS) + "\"")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + 1 + DIALOG_BUTTONS_WITHIN); j++) {
                int end = j;
                List<String> buttons = new ArrayList<>();
                while (end < lines.size() && buttonRow(lines.get(end))) {
                    // a row of buttons read as one line is split; a button's own line is said whole ("Replace All")
                    String row = label(lines.get(end)).replaceAll("[\\s|]+$", "");
                    List<String> named = BUTTON_WORD.matcher(row).results().map(MatchResult::group).toList();
                    buttons.addAll(named.size() > 1 ? named : List.of(row));
                    end++;
                }
                if (buttons.size() == 1 && CLOSES.matcher(buttons.get(0)).matches() && end < lines.size()
                        && buttonLabel(lines.get(end)) && !(end + 1 < lines.size() && buttonRow(lines.get(end + 1)))) {
                    // a label Glance does not know as a button's, after the row ("Jump to"); not a heading over a row
                    // of the window behind (HomeBank's "Scheduled transactions" above its "Skip", stop 52), nor a
                    // list's column after another named as a button is ("Retry", "Added On" in uGet's list, stop 55,
                    // captured: "A dialog on screen, "Status". Its buttons: Retry, Added On.")
                    buttons.add(lines.get(end));
                }
                if (buttons.size() >= 2 && buttons.stream().anyMatch(b -> ANSWER.matcher(b).matches())) {
                    // a title that is a button's name, with a message between it and the buttons, was a toolbar's
                    // button read above specks: the message is what the dialog says, for messageInFront
                    // (Transmission's "Open" over its legal notice, stop 56, captured: "A dialog on screen, "Open".
                    // Its buttons: Cancel, I Agree.")
                    if (buttonLine(title) && lines.subList(i + 1, j).stream().anyMatch(KindCheck::messageLine)) {
                        return Optional.empty();
                    }
                    return Optional.of("A dialog on screen, \"" + quote(title, TITLE_WORDS) + "\". Its buttons: "
                            + String.join(", ", buttons) + ".");
                }
                j = Math.max(j, end);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code line} is a message's: a sentence's words ("Transmission is a file sharing program."). */
    private static boolean messageLine(String line) {
        return legible(line) && wordCount(line) >= MESSAGE_WORDS && SENTENCE_WORD.matcher(line).find()
                && MESSAGE_END.matcher(line).find();
    }

    /**
     * What Glance says of a dialog whose message stands above its buttons: a legible line of {@value #MESSAGE_WORDS}
     * words or more, one of them a little word of a sentence ("the", "of", "is", "your"; a list's row, "Canon MG3600 2
     * Offline", has none), the first of at most {@value #MESSAGE_LINES} such lines (a text dialog has more), with
     * fewer than {@value #MESSAGE_WITHIN} legible lines above it. The dialog's first legible line is said as its
     * title where it stands at most {@value #TITLE_ABOVE} lines above the message, has at most {@value #TITLE_WORDS}
     * words and does not echo the message (a title bar that repeats it, or cuts it short): "A dialog, "Backup failed",
     * says "The disk /media/usb is full. Free some space and try again."."; or nothing. Zenity's error and list were
     * "Probably a dialog. The text on it begins "Backup failed"." (stop 28, by hand): the title alone.
     */
    public static Optional<String> says(List<String> lines) {
        List<String> stripped = stripped(lines);
        // not an application's title ("[photo] (imported)-1.0 (RGB color 8-bit ..., 1 layer) 800x600 - GIMP" had been
        // what a dialog says, stop 47, captured)
        Predicate<String> sentence = l -> legible(l) && wordCount(l) >= MESSAGE_WORDS
                && SENTENCE_WORD.matcher(l).find() && !titleCased(l)
                && AppTitles.find(List.of(l)).filter(t -> !t.document()).isEmpty();
        OptionalInt last = aboveButtons(stripped, 1, sentence);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        // the message's first line: a message has one or two; a text dialog's paragraphs are no message
        List<Integer> lineAt = new ArrayList<>();
        boolean inSentence = false; // whether the line before is a sentence's line or one the dialog wrapped from it
        for (int i = 0; i <= last.getAsInt(); i++) {
            // a line the dialog wrapped is its paragraph's (Transmission's, stop 48), also the third of a sentence
            // (qBittorrent's legal notice, stop 54, captured, had been three sentences' lines)
            boolean wrapped = inSentence && wraps(stripped.get(i - 1), stripped.get(i));
            if (sentence.test(stripped.get(i)) && !wrapped) {
                if (!lineAt.isEmpty() && echoes(stripped.get(lineAt.get(lineAt.size() - 1)), stripped.get(i))) {
                    lineAt.remove(lineAt.size() - 1); // a title bar that repeats the message, or cuts it short
                }
                lineAt.add(i);
            }
            inSentence = wrapped || lineAt.contains(i);
        }
        if (lineAt.size() > 1 && heading(stripped.get(lineAt.get(0)))) {
            // a heading above the message, said as its title ("Connection to BlueZ failed" above "Bluez daemon is not
            // running, blueman-manager cannot continue.": Blueman's error, stop 54, captured, had been too many lines)
            lineAt.remove(0);
        }
        int at = lineAt.get(0);
        if (lineAt.size() > MESSAGE_LINES || legible(stripped.subList(0, at)) >= MESSAGE_WITHIN) {
            return Optional.empty();
        }
        String message = stripped.get(at);
        // its lines that the dialog wrapped: each next that begins with a small letter, after a line of WRAPPED_WORDS
        // words or more that ends in no full stop ("... on a different" above "system since 30.11.2026 22:34",
        // LibreOffice's, stop 39); not a field's text below a short label ("Enter a name for the new folder" above
        // "lack Khan", zenity's, real_check)
        for (int k = at + 1; k < stripped.size() && wraps(stripped.get(k - 1), stripped.get(k))
                && !message.matches(".*[.?!:]$"); k++) {
            message = message + " " + stripped.get(k);
        }
        String title = "";
        for (int t = 0; t < at; t++) {
            String l = TITLE_MARKS.matcher(stripped.get(t)).replaceAll("");
            if (legible(l)) {
                boolean near = t >= at - TITLE_ABOVE && wordCount(l) <= TITLE_WORDS;
                if (near && !echoes(l, message)) {
                    title = ", \"" + quote(l, TITLE_WORDS) + "\",";
                }
                break;
            }
        }
        return Optional.of("A dialog" + title + " says \"" + quote(message, QUOTED_WORDS + 4) + "\".");
    }

    /** Whether {@code line} is a dialog's heading: a title's few words, no clause that it ends. */
    private static boolean heading(String line) {
        return wordCount(line) <= TITLE_WORDS && !ENDS_CLAUSE.matcher(line).find() && !OPEN_END.matcher(line).find();
    }

    /**
     * A line's last word that no sentence ends with: the next line goes on with it, whatever letter begins it ("... no
     * Bluetooth adapters detected or" above "Bluetooth daemon was not started.": Blueman's error, stop 54, captured,
     * had been too many lines for a message).
     */
    private static final Pattern OPEN_END = Pattern.compile("(?i)\\s(?:or|and|the|a|an|of|to|for|with|in|on|that"
            + "|your|no|not)$");

    /**
     * Whether {@code next} goes on with {@code line} as a dialog wrapped it: a line of {@value #WRAPPED_WORDS} words or
     * more that ends in no full stop, then one that begins with a small letter, or with any letter after a word that
     * ends no sentence ({@link #OPEN_END}), and is no button.
     */
    private static boolean wraps(String line, String next) {
        return wordCount(line) >= WRAPPED_WORDS && !ENDS_CLAUSE.matcher(line).find()
                && (WRAPPED_ON.matcher(next).lookingAt() || OPEN_END.matcher(line).find() && !next.isEmpty()
                && Character.isLetter(next.codePointAt(0))) && !buttonLine(next);
    }

    /** A number alone on a line: a slider's or a spin box's value ("13", "-2", "0.5", "45%"). */
    private static final Pattern VALUE = Pattern.compile("[-+]?\\d{1,6}(?:[.,]\\d+)?\\s*%?");
    /** What is being done, its first word: "Copying", "Downloading". */
    private static final Pattern STATUS_VERB = Pattern.compile("\\p{L}{3,}ing\\b");
    /** A value's label has at most this many words. */
    private static final int VALUE_LABEL_WORDS = 10;

    /**
     * What a dialog that sets a value says: its label, the value alone on the next line, then its buttons, with at
     * most a title above: "A dialog says "Set the volume". Its value is 13." (zenity's scale dialog, "Set the volume",
     * "13", "Cancel", "OK", had been "A dialog. The text on it begins "Set the volume"." in real_check, stop 44). A
     * field's label that ends in ":" is what the dialog asks for ({@link #asksFor}).
     */
    public static Optional<String> value(List<String> lines) {
        List<String> stripped = stripped(lines);
        // not a title bar's buttons read as "00" (zenity's entry dialog maximised, "Its value is 00.", stop 48)
        OptionalInt at = aboveButtons(stripped, 1, l -> VALUE.matcher(l).matches()
                && !TITLE_BAR_BUTTONS.matcher(l).matches());
        if (at.isEmpty() || at.getAsInt() == 0 || !buttonLine(stripped.get(at.getAsInt() + 1))) {
            return Optional.empty();
        }
        String label = withoutTitleBarButtons(TITLE_MARKS.matcher(stripped.get(at.getAsInt() - 1)).replaceAll(""));
        List<String> above = stripped.subList(0, at.getAsInt() - 1);
        if (!legible(label) || buttonLine(label) || label.endsWith(":") || wordCount(label) > VALUE_LABEL_WORDS
                || legible(above) > 1) {
            return Optional.empty();
        }
        String title = above.stream().map(l -> withoutTitleBarButtons(TITLE_MARKS.matcher(l).replaceAll("")))
                .filter(KindCheck::legible).filter(l -> wordCount(l) <= TITLE_WORDS && !echoes(l, label)).findFirst()
                .map(l -> ", \"" + quote(l, TITLE_WORDS) + "\",").orElse("");
        // a share beside what is being done is how far it has come ("Copying 3 items ...", "45%")
        String value = stripped.get(at.getAsInt()).replaceAll("\\s+", "");
        boolean status = value.endsWith("%") && (STATUS_VERB.matcher(label).lookingAt() || label.matches(".*(?:\u2026"
                + "|\\.\\.\\.)$"));
        return Optional.of("A dialog" + title + " says \"" + quote(label, VALUE_LABEL_WORDS) + "\". "
                + (status ? value + " done." : "Its value is " + value + "."));
    }

    /**
     * Whether {@code line} is a name, not a sentence: every word of three letters or more begins with a capital, and no
     * full stop, question or exclamation mark ends it ("Microsoft Print to PDF", a printer chosen in Windows' print
     * dialog, is no message the dialog says; stop 40).
     */
    private static boolean titleCased(String line) {
        return !line.matches(".*[.?!]$") && LONG_WORD.matcher(line).results().allMatch(w -> Character.isUpperCase(
                w.group().charAt(0)));
    }

    /**
     * What a dialog asks the user to type, where it asks no question and says no message: the nearest label that ends
     * in ":" above its buttons ({@link #FIELD_LABEL}: a field's label, "New name:", "Password:"), with the dialog's
     * title where one stands close above it: "A dialog, "Rename file", asks for "New name"." (zenity's entry dialog
     * with its title bar, stop 33, by hand, had been "Probably a dialog. The text on it begins "Rename file 0x".").
     * Empty where there is none.
     */
    public static Optional<String> asksFor(List<String> lines) {
        List<String> stripped = stripped(lines);
        OptionalInt at = aboveButtons(stripped, 1, l -> FIELD_LABEL.matcher(l).matches() && legible(l));
        if (at.isEmpty()) {
            return Optional.empty();
        }
        // the field's label, its field (what was typed in it, if OCR read it), then the buttons: not a form's labels
        int between = 0;
        for (int i = at.getAsInt() + 1; i < stripped.size() && !buttonLine(stripped.get(i)); i++) {
            between++;
        }
        if (between > FIELD_LINES) {
            return Optional.empty();
        }
        String field = stripped.get(at.getAsInt());
        String title = "";
        for (int t = at.getAsInt() - 1; t >= Math.max(0, at.getAsInt() - TITLE_ABOVE); t--) {
            String l = withoutTitleBarButtons(TITLE_MARKS.matcher(stripped.get(t)).replaceAll(""));
            if (legible(l)) {
                if (wordCount(l) <= TITLE_WORDS && !l.endsWith(":")) {
                    title = ", \"" + quote(l, TITLE_WORDS) + "\",";
                }
                break;
            }
        }
        return Optional.of("A dialog" + title + " asks for \"" + quote(field.substring(0, field.length() - 1),
                QUOTED_WORDS) + "\".");
    }

    /**
     * Whether {@code line} is a window's, never a desktop icon's label: a title bar's buttons as OCR reads them ("000")
     * or a shell's prompt ("root@vm:/tmp#").
     */
    static boolean windowLine(String line) {
        return titleBarButtons(line) || promptWithCommand(line.strip());
    }

    /** {@code line} without the title bar's buttons that OCR read at its end ("Rename file 0x"). */
    static String withoutTitleBarButtons(String line) {
        return TRAILING_TITLE_BAR_BUTTONS.matcher(line).replaceFirst("");
    }

    /** Whether more than half of {@code title}'s words are {@code message}'s (a title bar that repeats it). */
    private static boolean echoes(String title, String message) {
        Set<String> said = LETTERS.matcher(message.toLowerCase(Locale.ROOT)).results().map(MatchResult::group)
                .collect(Collectors.toSet());
        List<String> words = LETTERS.matcher(title.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
        return words.stream().filter(said::contains).count() * 2 > words.size();
    }

    /**
     * Whether {@code line} asks the user something: a legible line that ends in a question mark, not a tip's heading
     * ("Did you know?" above LibreOffice's tip had been "A dialog on screen asks "Did you know?"", stop 47, captured)
     * nor a word with a mark apart ({@link #LONE_MARK}).
     */
    private static boolean asked(String line) {
        return line.endsWith("?") && legible(line) && !TIP_HEADING.matcher(line.strip()).matches()
                && !LONE_MARK.matcher(line.strip()).matches();
    }

    /**
     * One word, then a question mark apart: a digit PP-OCR read as "?", not a question (Wine's configuration, its
     * "Windows 7" read "Windows ?", had been "A dialog on screen asks "Windows ?".", stop 53, captured).
     */
    private static final Pattern LONE_MARK = Pattern.compile("\\S+\\s+\\?");

    /**
     * The question, quoted, above a row of {@code minButtons} buttons or more: a legible line that ends in "?", or
     * whose first sentence is a question ({@link #QUESTION_FIRST}).
     */
    private static Optional<String> question(List<String> lines, int minButtons) {
        OptionalInt at = aboveButtons(lines, minButtons, l -> asked(l)
                || QUESTION_FIRST.matcher(l).matches() && legible(l));
        if (at.isEmpty()) {
            return Optional.empty();
        }
        String asked = String.join(" ", lines.subList(questionStart(lines, at.getAsInt()), at.getAsInt() + 1));
        Matcher first = QUESTION_FIRST.matcher(asked);
        return Optional.of(quote(first.matches() ? first.group(1) : asked, QUOTED_WORDS + 4));
    }

    /**
     * Where the nearest line that is {@code wanted} stands above a row of {@code minButtons} buttons or more (on a
     * line or on lines in a row, one of them an answer), within {@value #QUESTION_LINES} lines (see there).
     */
    private static OptionalInt aboveButtons(List<String> lines, int minButtons, Predicate<String> wanted) {
        for (int i = 0; i < lines.size(); i++) {
            int end = i;
            int buttons = 0;
            while (end < lines.size() && buttonLine(lines.get(end))) {
                buttons += BUTTON_WORD.matcher(label(lines.get(end))).results().count();
                end++;
            }
            if (end > i && buttons >= minButtons
                    && lines.subList(i, end).stream().anyMatch(l -> ANSWER.matcher(l).find())) {
                int longer = 0;
                for (int q = i - 1; q >= Math.max(0, i - 2 * QUESTION_LINES) && longer < QUESTION_LINES; q--) {
                    String l = lines.get(q);
                    if (wanted.test(l)) {
                        return OptionalInt.of(q);
                    }
                    if (wordCount(l) >= 3) {
                        longer++;
                    }
                }
            }
            i = Math.max(i, end);
        }
        return OptionalInt.empty();
    }

    /** How many lines of {@code lines}, each another, {@code whole} matches whole, its first group told apart. */
    private static long distinct(List<String> lines, Pattern whole) {
        return lines.stream().map(whole::matcher).filter(Matcher::matches)
                .map(m -> m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "")).distinct().count();
    }

    /** Whether {@code line} holds a word: two letters in a row (not an icon read as one letter, not a number). */
    static boolean lettered(String line) {
        return TWO_LETTERS.matcher(line).find();
    }

    /** The indexes of the first {@code most} of {@code lines} that hold a word ({@link #lettered}). */
    static List<Integer> letteredAt(List<String> lines, int most) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size() && found.size() < most; i++) {
            if (lettered(lines.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    /** {@code value}, asked once: later calls get the first answer (all of the screen's text, awaited once). */
    public static <T> Supplier<T> once(Supplier<T> value) {
        AtomicReference<T> got = new AtomicReference<>();
        return () -> got.updateAndGet(v -> v != null ? v : value.get());
    }

    /** The lines without their leading and trailing blanks, as OCR's lines are compared. */
    static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).toList();
    }

    static int wordCount(String line) {
        return line.strip().split("\\s+").length;
    }

    /** The lines that are not a toolbar's style, font or size ("Default Page Style", "Liberation Mono", "10 pt"). */
    private static List<String> withoutFormats(List<String> lines) {
        return lines.stream().filter(l -> !FORMAT.matcher(l).matches()).toList();
    }

    /** What Glance says of a browser that the text shows: "A web browser. The text on it begins \"Sign in\".". */
    public static String browser(List<String> screenText) {
        return "A web browser." + textBegins(screenText.stream()
                .filter(l -> !BrowserFrame.isAddress(l)).toList());
    }

    /**
     * What Glance says of a terminal that the text shows ({@link #terminalShown}): "A terminal. The text on it begins
     * \"$ cat shift.txt\".", or "A text editor in a terminal." when vim's file line is what shows it.
     */
    public static String terminal(List<String> screenText) {
        // a traceback's error or a manual page's command, where shown (a terminal with Python's traceback that the
        // model called a calculator was "A terminal. The text on it begins "Traceback ..."", written down at stop 43)
        return TerminalText.withWhatItShows(vimShown(screenText) ? VIM : "A terminal.", screenText, () -> screenText);
    }

    /** Whether vim's file line or its ruler shows ({@link #vimFoot}) and no shell's prompt does. */
    private static boolean vimShown(List<String> screenText) {
        return (any(screenText, VIM_STATUS) || vimFoot(screenText)) && prompts(screenText) == 0;
    }

    /**
     * Whether {@code lines} show a month's grid, as a date picker or a calendar does: at least {@value #GRID_WEEKDAYS}
     * weekdays on lines that hold weekdays only ("Sun Mon", "Tue", "WedThu"), and at least {@value #GRID_DAYS} of the
     * days 1 to 31 on lines that hold days only. Days among words ("Meet on the 14") are no grid.
     */
    static boolean monthShown(List<String> lines) {
        Set<String> weekdays = new HashSet<>();
        Set<String> days = new HashSet<>();
        for (String line : lines) {
            String l = line.strip();
            if (WEEKDAY_ROW.matcher(l).matches()) {
                WEEKDAY.matcher(l).results().forEach(m -> weekdays.add(m.group().toLowerCase(Locale.ROOT)));
            } else if (DAY_ROW.matcher(l).matches()) {
                days.addAll(List.of(l.split("\\s+")));
            }
        }
        return weekdays.size() >= GRID_WEEKDAYS && days.size() >= GRID_DAYS;
    }

    /**
     * What Glance says of a month's grid that the text shows ({@link #monthShown}): "A calendar, showing November
     * 2021." (the first month and year written on lines of at most three words), "A dialog with a calendar, ..."
     * where a row of a dialog's buttons follows it ("Cancel OK"), and where the text begins.
     */
    public static String month(List<String> screenText) {
        String shown = monthAndYear(screenText);
        String showing = shown.isEmpty() ? "" : ", showing " + shown;
        String kind = screenText.stream().anyMatch(KindCheck::buttons) ? "A dialog with a calendar" : "A calendar";
        // not where the text begins with the month just said ("December 2026", Orage's heading)
        String begins = textBegins(screenText);
        boolean said = !showing.isEmpty() && begins.toLowerCase(Locale.ROOT)
                .contains(showing.substring(", showing ".length()).toLowerCase(Locale.ROOT));
        return kind + showing + "." + (said ? "" : begins);
    }

    /**
     * Whether {@code lines} are a file manager's: at least {@value #PLACES} places, each a line of its own (its
     * sidebar: "Places", "Home Folder", "Documents", "This PC"), and its status line ("11 items", "Free space: 77.8
     * GiB", Finder's "12 items, 56 GB available"). PCManFM's, which the bundled model never once named right on real
     * screens, show both; a shop's "3 items" in the basket comes with a page's links, rarely with three places. Two
     * places do where the status line has both the count of items and the free space: PCManFM's sidebar in a bare
     * session holds "Places" and "Home Folder" alone (its window was "Glance cannot tell ...", stop 33); one place does
     * where the free space is in bytes ("Free space: 74.1 GiB"), as a dialog in front may hide all of it but "Places"
     * (PCManFM's screen with a file's Properties dialog was "Glance cannot tell ...", stop 40, by hand). A count of
     * items does too with a list of files in columns ({@link #fileColumns}), where no sidebar shows. GNOME Files has
     * no status line: {@value #FULL_SIDEBAR} places do where no dialog's buttons show (a file chooser has the same
     * sidebar, and "Cancel" with "Open" or "Save"); written down, its window was "A video page." ("Videos") or "cannot
     * tell" (stop 40); more than {@value #PLACES} places do with {@value #LISTED_FILES} files' names or more.
     */
    static boolean fileManagerShown(List<String> lines) {
        long places = places(lines);
        return places >= PLACES && any(lines, FILE_STATUS)
                || places >= 2 && any(lines, ITEMS) && any(lines, FREE_SPACE)
                || places >= 1 && any(lines, FREE_BYTES)
                || places >= FULL_SIDEBAR && lines.stream().noneMatch(KindCheck::buttons)
                // GNOME Files' five places beside its files' icons (had been "A dialog. The text on it begins "Debian
                // GNU/Linux".", stop 47's capture, mended at stop 48)
                || places > PLACES && lines.stream().filter(l -> FILE_NAME.matcher(l).find()).count() >= LISTED_FILES
                && lines.stream().noneMatch(KindCheck::buttons)
                // PCManFM maximised, its status line not read: two places below its folder's path, and its files
                // (had been "Probably a text editor, containing 3 events.", stop 48's capture on a screen twice as
                // wide; mended at stop 49); no prompt (a shell's "pwd" and "ls -1")
                || places >= 2 && lines.stream().anyMatch(l -> PATH_LINE.matcher(l.strip()).matches())
                && fileNames(lines).size() >= LISTED_FILES && lines.stream().noneMatch(KindCheck::buttons)
                && lines.stream().noneMatch(l -> PROMPT.matcher(l).find())
                || any(lines, ITEMS) && fileColumns(lines);
    }

    /**
     * Whether {@code lines} hold a list of files in columns: the name's heading and two more ("Name", "Size", "Type",
     * "Modified", alone or on one line), and at least {@value #LISTED_FILES} lines that end in a file's extension.
     * With a count of items it is a file manager's list without its sidebar (the OCR benchmark's Files window, "Home
     * > Pictures", had been "Glance cannot tell what kind of window this is.", stop 35).
     */
    private static boolean fileColumns(List<String> lines) {
        Set<String> headings = new HashSet<>();
        for (String line : lines) {
            String l = line.strip();
            if (COLUMN.matcher(l).matches()) {
                HEADING.matcher(l.toLowerCase(Locale.ROOT)).results().forEach(m -> headings.add(m.group()));
            }
        }
        long files = lines.stream().filter(l -> FILE_NAME.matcher(l).find()).count();
        return headings.contains("name") && headings.size() >= 3 && files >= LISTED_FILES;
    }

    /**
     * How many of {@code lines} are a place of a file manager's sidebar, and nothing else (but a letter before it: its
     * icon, as OCR reads it, "I Home Folder").
     */
    private static long places(List<String> lines) {
        return lines.stream().map(KindCheck::placeName).filter(l -> PLACE.matcher(l).matches()).distinct().count();
    }

    /** Whether {@code line} is a place of a file manager's sidebar and nothing else. */
    private static boolean place(String line) {
        return PLACE.matcher(placeName(line)).matches();
    }

    /** {@link #lettersOnly} without a single letter before the name: "I Home Folder" is "Home Folder". */
    private static String placeName(String line) {
        return ICON_LETTER.matcher(lettersOnly(line)).replaceFirst("");
    }

    /** {@code line} with what is not a letter or a space made a space, trimmed: "(Home Folder)" is "Home Folder". */
    static String lettersOnly(String line) {
        return NOT_LETTERS.matcher(line).replaceAll(" ").strip();
    }

    /**
     * The headings of a list of files' columns; "modified"'s last letter may be misread ("Date modifiec" in 16
     * colours, stop 50).
     */
    private static final String HEADINGS = "date modifie\\p{L}|name|size|type|kind|modifie\\p{L}|description";
    /** One heading of a column of files, in lower case. */
    private static final Pattern HEADING = Pattern.compile(HEADINGS);
    /** A list of files in columns shows at least this many names of files. */
    private static final int LISTED_FILES = 3;
    /** The heading of a column of files, which a window's text may begin with: "Name", "Date modified". */
    private static final Pattern COLUMN = Pattern.compile("(?i)(?:" + HEADINGS + ")(?:\\s+(?:" + HEADINGS + "))*");

    /**
     * What Glance says where {@code caption} names a file manager and all of the screen's text bears it out, its
     * places and its status line ({@link #fileManagerShown}): {@link #fileManager}, said for sure with how many items
     * it shows (PCManFM's screen was "Probably a file manager." where its window said "A file manager, showing 3
     * items. ...", stop 44, captured). All of the text is asked for only where the caption names one.
     */
    public static Optional<String> fileManagerBorneOut(String caption, Supplier<List<String>> allText) {
        if (named(caption) != FILE_MANAGER) {
            return Optional.empty();
        }
        List<String> all = allText.get();
        return fileManagerShown(all) ? Optional.of(fileManager(all)) : Optional.empty();
    }

    /**
     * What Glance says of a file manager that the text shows ({@link #fileManagerShown}): its title where it names a
     * file manager, else its folder (the last part of a path) and its count of items, then the files it names ({@link
     * #filesOnScreen}): "A file manager in the folder \"Music\", showing 11 items. Among them: a.ogg, b.ogg, c.ogg and
     * 8 more."; where neither folder nor files are read, where its text begins (its places and its columns' headings
     * passed over).
     */
    public static String fileManager(List<String> screenText) {
        // a title that names a file manager is said as that application's title is, with what it shows
        Optional<AppTitles.Title> title = AppTitles.find(screenText).filter(t -> t.kind().equals(FILE_MANAGER_KIND));
        if (title.isPresent()) {
            String said = title.get().sentence();
            return said + filesOnScreen(screenText, said).map(f -> " " + f).orElse("");
        }
        // not a selection's count: Nemo's "\"Untitled Folder\" selected (containing 0 items)" had made "A file
        // manager, showing 0 items." (stop 54, captured)
        Optional<String> count = fileCount(screenText).or(() -> screenText.stream()
                .filter(l -> !SELECTED.matcher(l).find()).map(ITEMS::matcher)
                .filter(Matcher::find).findFirst().map(Matcher::group));
        Optional<String> folder = screenText.stream().map(l -> PATH_LINE.matcher(l.strip())).filter(Matcher::matches)
                .findFirst().map(m -> quote(m.group(1), QUOTED_WORDS)).or(() -> breadcrumbFolder(screenText))
                .or(() -> folderTitle(screenText));
        List<String> names = fileNames(screenText);
        // the files it shows, where their names are read, say more than where its text begins (GNOME Files' had
        // been "A file manager. The text on it begins "Debian GNU/Linux".", a place of its sidebar; stop 49), and so
        // does its folder, the last part of its path (PCManFM's had begun with its whole path)
        String then = names.size() >= NAMED_FILES_AT_LEAST ? " " + filesNamed(names, count.isPresent())
                : folder.isPresent() ? "" : textBegins(screenText.stream()
                .filter(l -> !place(l) && !COLUMN.matcher(l.strip()).matches()).toList());
        return "A file manager" + folder.map(f -> " in the folder \"" + f + "\"").orElse("")
                + count.map(c -> ", showing " + c).orElse("") + "." + then;
    }

    /**
     * A file manager's folder from its address bar's parts, a place first: "This PC > Documents" is "Documents"
     * (Explorer's, stop 50, a page made like it: the count of items alone had been said).
     */
    private static Optional<String> breadcrumbFolder(List<String> screenText) {
        for (String line : stripped(screenText)) {
            String[] parts = BREADCRUMB_STEP.split(line);
            if (parts.length >= 2 && place(parts[0]) && Arrays.stream(parts).allMatch(p -> !p.isBlank()
                    && p.length() <= MAX_FOLDER_NAME)) {
                return Optional.of(quote(parts[parts.length - 1], QUOTED_WORDS));
            }
        }
        return Optional.empty();
    }

    /**
     * A file manager's title where it is its folder's name: the first line, of at most {@value #TITLE_WORDS} words
     * and no place of a sidebar, right above its title bar's buttons ("files", "00": Caja's window, captured at stop
     * 49, had been said without its folder; stop 50), or a place right above the sidebar's heading.
     */
    private static Optional<String> folderTitle(List<String> screenText) {
        List<String> lines = stripped(screenText);
        if (lines.size() < 2 || !legible(lines.get(0)) || wordCount(lines.get(0)) > TITLE_WORDS) {
            return Optional.empty();
        }
        // a place's name is the title where the sidebar's heading comes right after it, above the sidebar's own
        // places (Finder's "Documents" over "Favourites", a page made like it, stop 50)
        boolean titled = TITLE_BAR_BUTTONS.matcher(lines.get(1)).matches() && !place(lines.get(0))
                || place(lines.get(0)) && SIDEBAR_HEADING.matcher(lines.get(1)).matches();
        return titled ? Optional.of(quote(lines.get(0), TITLE_WORDS)) : Optional.empty();
    }

    /**
     * Whether {@code lines} are all the text of a small dialog: at most {@value #DIALOG_LINES} lines, a legible
     * message or title, then a row of buttons with an answer among them ("Cancel OK", "No", "Yes", "Delete"), after
     * which only lines without letters may follow (a slider's value). A prompt, vim's file line or a menu bar says it
     * is a window of another kind. Buttons are what a dialog shows and other windows do not end with; a message may
     * hold another kind's words ("permanently delete 2 selected items?" is no file manager).
     */
    static boolean dialogShaped(List<String> lines) {
        return dialogShaped(lines, DIALOG_LINES);
    }

    /**
     * As {@link #dialogShaped(List)}, with at most {@code maxLines} lines, or any number below a window's title bar at
     * the top ({@link #titleBarOnTop}) with no menu bar among its first {@value #TOP_MENU_LINES} lines: LibreOffice's
     * "Text Import - [groceries.csv]", 47 lines down to its "Help", "Cancel" and "OK", was "Glance cannot tell ..."
     * (stop 31, by hand; its "Separator Options" further down reads as menus).
     */
    private static boolean dialogShaped(List<String> lines, int maxLines) {
        boolean longer = lines.size() > maxLines;
        if (lines.size() < 2 || longer && !titleBarOnTop(lines) || any(lines, PROMPT) || any(lines, VIM_STATUS)
                || hasMenuBar(longer ? lines.subList(0, Math.min(lines.size(), TOP_MENU_LINES)) : lines)) {
            return false;
        }
        int last = lines.size() - 1;
        while (last > 0 && !LETTERS.matcher(lines.get(last)).find()) {
            last--;
        }
        // the dialog's own action last, after "Cancel": "Cancel", "Empty Bin" (written down at stop 41); not after
        // another answer ("No", "Yes", then a player's "Now Playing")
        boolean action = !buttonRow(lines.get(last)) && last > 1 && CANCEL.matcher(lines.get(last - 1).strip())
                .matches() && ACTION.matcher(lines.get(last).strip()).matches();
        if (!buttonRow(lines.get(last)) && !action) {
            return false;
        }
        int first = action ? last - 1 : last;
        while (first > 0 && buttonRow(lines.get(first - 1))) {
            first--;
        }
        return lines.subList(first, last + 1).stream().anyMatch(l -> ANSWER.matcher(l).find())
                && lines.subList(0, first).stream().anyMatch(KindCheck::legible);
    }

    /**
     * Whether a window's title and its title bar's buttons as PP-OCR reads them ("000", "00x") begin the text, within
     * its first {@value #TITLE_BAR_WITHIN} lines: the text is one window's, from its top.
     */
    private static boolean titleBarOnTop(List<String> lines) {
        for (int i = 1; i < Math.min(lines.size(), TITLE_BAR_WITHIN); i++) {
            if (TITLE_BAR_BUTTONS.matcher(lines.get(i).strip()).matches() && legible(lines.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static final int TITLE_BAR_WITHIN = 3;
    /** A window's menu bar is among its first lines, below its title bar. */
    static final int TOP_MENU_LINES = 6;

    /**
     * How many lines have an English word of three letters or more: text OCR could barely read ("Thbmcloeoi",
     * "wehlastquartet" from a blurred picture) may hide the marks it has, and contradicts nothing.
     */
    static long legible(List<String> lines) {
        return lines.stream().filter(KindCheck::legible).count();
    }

    /**
     * Whether the screen's text is enough to judge a kind by: {@link #MIN_LINES} legible lines, or two that hold
     * {@link #MIN_WORDS} English words between them (a small dialog: "Battery low", "Battery is at 5%. Plug in the
     * charger to keep working.", which the bundled model called a terminal).
     */
    static boolean enoughToJudge(List<String> lines) {
        long legible = legible(lines);
        if (legible != MIN_LINES - 1) {
            return legible >= MIN_LINES;
        }
        return manyEnglishWords(lines);
    }

    /** Whether {@code lines} hold {@link #MIN_WORDS} English words of three letters or more between them. */
    private static boolean manyEnglishWords(List<String> lines) {
        return lines.stream().flatMap(KindCheck::englishWords).limit(MIN_WORDS).count() >= MIN_WORDS;
    }

    /** Whether {@code line} has an English word of three letters or more. */
    static boolean legible(String line) {
        return englishWords(line).findAny().isPresent();
    }

    /**
     * The English words of three letters or more in {@code line}, also a name made of them ("HomeBank": that
     * application's title had been passed over as illegible, and its text said to begin with its menu "Manage", stop
     * 52, captured).
     */
    private static Stream<String> englishWords(String line) {
        WordSplitter words = WordSplitter.english();
        return LETTERS.matcher(line).results().map(MatchResult::group).filter(w -> w.length() >= 3
                && (words.isKnown(w) || knownPieces(w, words)));
    }

    /** A word's pieces where it is written as a name of words is ("HomeBank", "YouTube"): each capital begins one. */
    private static final Pattern NAME_PIECES = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:\\p{Lu}\\p{Ll}{2,})+");

    private static boolean knownPieces(String word, WordSplitter words) {
        return NAME_PIECES.matcher(word).matches()
                && Stream.of(word.split("(?=\\p{Lu})")).allMatch(words::isKnown);
    }

    /** The kind of window named first in the first words of {@code caption}, if it is one this check knows. */
    private static Kind named(String caption) {
        String head = caption.substring(0, Math.min(caption.length(), KIND_WITHIN));
        Matcher other = UNCHECKED.matcher(head);
        Kind first = null;
        int at = other.find() ? other.start() : Integer.MAX_VALUE;
        for (Kind k : KINDS) {
            Matcher m = k.named().matcher(head);
            // a kind this check knows wins over an unchecked word where both start ("shop page" over "shop")
            if (m.find() && (m.start() < at || first == null && m.start() == at)) {
                first = k;
                at = m.start();
            }
        }
        return first;
    }

    /** Whole words or phrases, in any case: {@code words("print|printer")} finds "Print" but not "fingerprint". */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }

    /**
     * How many lines hold a shell's or Python's prompt ({@link #PROMPT}); lines of a prompt alone ({@link
     * #BARE_PROMPT}) count only where another line holds a prompt with its command, or a terminal's words or
     * Python's greeting are on screen ("Python 3.11.7 (main, ...) on linux", with "》" below it).
     */
    /** Whether {@code line} holds a shell's prompt that is not alone on its line ({@link #BARE_PROMPT}). */
    private static boolean promptWithCommand(String line) {
        String l = line.strip();
        return PROMPT.matcher(l).find() && !BARE_PROMPT.matcher(l).matches();
    }

    private static long prompts(List<String> lines) {
        long commands = lines.stream().filter(KindCheck::promptWithCommand).count();
        return commands == 0 && !any(lines, TERMINAL_WORDS) && !any(lines, PYTHON_GREETING) ? 0
                : lines.stream().filter(l -> PROMPT.matcher(l.strip()).find()).count();
    }

    private static boolean any(List<String> lines, Pattern p) {
        return lines.stream().anyMatch(l -> p.matcher(l).find());
    }

    /** {@code lines}, without media files' extensions when a file manager's status line shows they are files. */
    private static List<String> mediaMarks(List<String> lines) {
        return any(lines, FILE_STATUS)
                ? lines.stream().map(l -> MEDIA_FILE.matcher(l).replaceAll("")).toList() : lines;
    }

    /** Whether the lines hold a long listing of files: two or more lines with a file's permissions. */
    private static boolean listing(List<String> lines) {
        return lines.stream().filter(KindCheck::permissions).limit(2).count() >= 2;
    }

    /** Whether {@code line} holds a file's permissions: the letters of "drwxr-xr-x" with two dashes or more. */
    static boolean permissions(String line) {
        Matcher m = PERMISSIONS.matcher(line);
        while (m.find()) {
            String p = m.group();
            if (p.chars().filter(c -> c == '-').count() >= 2 && p.chars().anyMatch(c -> c == 'w' || c == 'x')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lines show two times or more ("2:50 / 4:10", a playlist's lengths, a chat's stamps) that are not
     * files' times in a listing: one time alone is a clock, which a desktop's panel shows on every screen, and in
     * {@code ls -l}'s lines OCR reads times too ("Sep 22 04:45"), which made a terminal "a chat page". More lines can
     * undo this mark (a listing further down), so it never ends the check on the first lines alone.
     */
    private static boolean clockTime(List<String> lines) {
        return lines.stream().mapToLong(l -> TIME.matcher(DATED_TIME.matcher(l).replaceAll(" ")).results().count())
                .sum() >= 2 && !listing(lines);
    }

    /**
     * The lines but a player's position and length ("0:00/0:00"), which are no chat's times: Audacious's window was
     * "Probably a chat page, ..." (stop 36, by hand).
     */
    private static List<String> withoutPlayerPosition(List<String> lines) {
        return lines.stream().filter(l -> !PLAYER_POSITION.matcher(l.strip()).matches()).toList();
    }

    /**
     * Whether the lines show a time or a month's or a day's name, a clock's or a date's, not a file's in a listing
     * ("Nov 28"). A lock screen's mark, where it shows little else ({@link #LOCK_LINES}): a desktop's panel shows a
     * clock and a date above any window.
     */
    private static boolean clockTimeOrDate(List<String> lines) {
        return (any(lines, TIME) || any(lines, DATE_WORDS)) && !listing(lines);
    }

    /**
     * The short lines, of {@value #DATE_LINE_WORDS} words at most, where a clock or a date stands alone ("12:45",
     * "Thursday, November 28", "Sun 29 Nov 10:40"): a day's name in a sentence is none (a letter's "They arrived on
     * Tuesday morning" had borne out "a lock screen", stop 45, by hand).
     */
    private static List<String> dateLines(List<String> lines) {
        return lines.stream().filter(l -> wordCount(l) <= DATE_LINE_WORDS).toList();
    }

    /**
     * How many lines hold a time or a month's or a day's name, none in a listing: a calendar's fill several (its
     * month, its row of days, its hours), a panel's clock is one ("Sun 29 Nov 10:40").
     */
    private static long datedLines(List<String> lines) {
        return listing(lines) ? 0
                : lines.stream().filter(l -> TIME.matcher(l).find() || DATE_WORDS.matcher(l).find()).count();
    }

    /** Lines that are only "~": vim's empty lines. */
    private static long tildes(List<String> lines) {
        return lines.stream().filter(l -> l.strip().equals("~")).count();
    }

    /**
     * Whether the lines hold a calculator's whole keypad, each key read alone: at least {@value #KEYPAD_DIGITS} of the
     * ten digits and {@value #KEYPAD_OPERATORS} of its operators ("+", "×", "mod", "AC"), as GNOME Calculator's and
     * Qalculate's windows show them without a title (stop 29, by hand: "Glance cannot tell ..."). A PIN pad has
     * digits and no operators; a calendar's days are mostly two digits.
     */
    private static boolean fullKeypad(List<String> lines) {
        Set<String> digits = new HashSet<>();
        Set<String> operators = new HashSet<>();
        for (String line : lines) {
            String key = line.strip().toLowerCase(Locale.ROOT);
            if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
                digits.add(key);
            } else if (OPERATOR_KEY.matcher(key).matches()) {
                operators.add(key);
            }
        }
        return digits.size() >= KEYPAD_DIGITS && operators.size() >= KEYPAD_OPERATORS;
    }

    /** Whether a game's own button or its state is a line of its own ({@link #GAME_BUTTON}, {@link #GAME_STATE}). */
    private static boolean gameShown(List<String> stripped) {
        return stripped.stream().anyMatch(l -> GAME_BUTTON.matcher(l).matches() || GAME_STATE.matcher(l).matches());
    }

    /** A calculator's name or a sum on its display: marks that more lines never undo. */
    private static boolean calculatorNamedOrSum(List<String> lines) {
        // a picture's size beside its file's name is no sum ("1920 × 1080" in an image viewer, stop 42, written down:
        // "A calculator." had stood)
        boolean picture = lines.stream().anyMatch(l -> PICTURE_FILE.matcher(l.strip()).matches());
        return any(lines, CALCULATOR_WORDS) || lines.stream().anyMatch(l -> SUM.matcher(l).find()
                && !(picture && PICTURE_SIZE.matcher(l.strip()).find()));
    }

    /**
     * Whether the lines hold a calculator's keypad: at least six keys (digits, operators, "AC", "MR"...), read alone
     * or in rows, and fewer two-digit numbers than half as many (a calendar's days are digits too, mostly two).
     */
    private static boolean keypad(List<String> lines) {
        int keys = 0;
        int twoDigits = 0;
        for (String line : lines) {
            String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
            boolean allKeys = true;
            for (String w : words) {
                if (TWO_DIGITS.matcher(w).matches()) {
                    twoDigits++;
                }
                allKeys &= KEY.matcher(w).matches();
            }
            if (allKeys) {
                keys += words.length;
            }
        }
        return keys >= 6 && twoDigits < keys / 2.0;
    }
}
