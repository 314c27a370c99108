package app.glance.inference.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kind of window that its title gives away: most applications end their window's title with their own name
 * ("letter.txt - Mousepad", "Inbox - Mozilla Thunderbird", "notes.txt (~/plans) - VIM"), or are their title alone
 * ("galculator", "xterm", "Terminal"). When the model's kind of window is one the screen's text contradicts (see
 * {@link KindCheck}), Glance says the kind that the title names instead of "cannot tell", and quotes the title:
 * "A text editor: its title is "letter.txt - Mousepad"." That is read, not guessed, so it is also said instead of a
 * kind the check knows that the title's application is not ({@link KindCheck#contradictedByTitle}: "a PDF viewer" on
 * htop, "a video page" on vim).
 * <p>
 * Only the first lines are looked at (a window's title comes first in reading order, perhaps after a panel's line),
 * and only a name that ends one of them after a separator ("-", "–", "—", "|", ":"), or that is the whole first line
 * (after at most one short token, the title bar's icon or close button as OCR reads it: "X Terminal", "T bash"): a
 * name alone further down is an item in a list (a software store's "Krita"), a folder (a file manager's "Music") or a
 * menu (galculator's "Calculator"), not a title. Names that are everyday words and folders' names ("Music",
 * "Videos", "Photos", "Settings") count only after a separator: a file manager's title is its folder's name.
 * <p>
 * Where no application is named, a document's name as a whole title gives the kind of window by its extension
 * ("letter.txt" a text editor, "photo.png (1600x900) 40%" an image viewer), unless another of the first lines names
 * files or is a shell's command: a terminal's listing of files is no title.
 */
public final class AppTitles {

    /** What Glance says: the kind, then the title it comes from. */
    static final String TITLE_IS = ": its title is \"";

    private static final String BROWSER = "a web browser";
    /** The kind of an installer's window ("Setup - Notepad++ v8.6"), whose pages are dialogs. */
    private static final String INSTALLER = "an installer";
    /** The kind of a settings window ("Mousepad Preferences", "System Settings"), which no other dialog's is. */
    static final String SETTINGS = "a settings window";

    /** A settings window's title alone, and the search field below it ({@link #find}). */
    private static final Pattern SETTINGS_TITLE = Pattern.compile("(?i)settings|preferences");
    /** A settings window's title alone that is no folder's everyday name. */
    private static final Pattern PREFERENCES = Pattern.compile("(?i)preferences|options");
    private static final Pattern SETTINGS_SEARCH = Pattern.compile("(?i)(?:\\S{1,2}\\s+)?(?:find a setting"
            + "|search(?: settings| preferences)?)");

    /** A section in a settings window's sidebar, the whole line. */
    private static final Pattern SETTINGS_SECTION = Pattern.compile("(?i)wi-?fi|network(?: & internet)?"
            + "|bluetooth(?: & devices)?|displays?|sound|power(?: & battery)?|appearance|notifications|privacy"
            + "(?: & security)?|keyboard|mouse(?: & touchpad)?|printers|users|system|apps|accounts|online accounts"
            + "|personali[sz]ation|time & language|date & time|region & language|accessibility|multitasking|sharing"
            + "|windows update|gaming|about");
    /**
     * An installer's title of another form, the whole first line, where a wizard's button shows too ({@link
     * #WIZARD_BUTTON}): "Python 3.12.0 (64-bit) Setup", "Visual Studio Installer", macOS's "Install Zoom" (stop 42,
     * written down: "Glance cannot tell ..."); not "Page Setup", "Print Setup", a button's "Install Now", nor a
     * document's heading, "Install Guide", above its text.
     */
    private static final Pattern WIZARD_TITLE = Pattern.compile("^(?:\\S{1,2}\\s+)?(?:(?!(?i:page|print|printer)\\s?)"
            + "\\S.{0,60}?(?:\\s|(?<=[)\\d]))(?:Setup|Installer)(?:\\s+Wizard)?"
            + "|Install\\s+(?!(?:Now|Updates?|Later)$)\\p{Lu}.{0,60})$");
    /** A wizard's button, a line of its own: "Next >", "< Back", "Continue", "Go Back", "Install Now", "Modify". */
    private static final Pattern WIZARD_BUTTON = Pattern.compile("(?i)(?:<\\s*)?back|next\\s*>?|continue|go\\s*back"
            + "|install(?:\\s*now)?|finish|modify|launch|i\\s*agree");
    /** The trash's own name as its window's title, and its button to empty it. */
    private static final Pattern TRASH = Pattern.compile("(?i)trash|bin|rubbish\\s*bin|recycle\\s*bin|wastebasket");
    private static final Pattern EMPTY_TRASH = Pattern.compile("(?i)empty(?:\\s*(?:trash|bin|recycle\\s*bin))?");
    /** An app launcher's grid shows at least this many applications' names among this many first lines. */
    static final int GRID_NAMES = 5;
    static final int GRID_LINES = 12;
    /** A browser's address bar below a page's title is among this many first lines. */
    private static final int ADDRESS_WITHIN = 6;
    /** A setting's choice that Windows recommends: "150% (Recommended)". */
    private static final Pattern RECOMMENDED = Pattern.compile("(?i).*\\(recommended\\)");
    /** A setting's switch, a line of its own, below a section's heading as the window's first line. */
    private static final Pattern SWITCH = Pattern.compile("(?i)on|off");
    /**
     * Windows Explorer's ribbon below its folder's name ("Recycle Bin", "File Home Share View Manage"; stop 42,
     * written down: "Glance cannot tell ...").
     */
    private static final Pattern EXPLORER_RIBBON = Pattern.compile("(?i)file\\s+home\\s+share\\s+view(?:\\s+\\p{L}+)*");
    /** At least this many sections among the first {@value #SECTIONS_WITHIN} lines with letters. */
    private static final int SECTIONS = 3;
    private static final int SECTIONS_WITHIN = 8;
    /** A part of the path to a settings window's page has at most this many characters ("Scale & layout"). */
    private static final int MAX_SECTION = 30;

    /** What stands between a document's name and its application's in a window's title: "notes.txt - Notepad". */
    private static final String SEPARATOR = "[-\u2013\u2014|:]";
    private static final Pattern SEPARATED = Pattern.compile(SEPARATOR);

    /** How many of the first lines with three letters or more may be the title. */
    private static final int TITLE_LINES = 3;
    /** At most this many words of the title are quoted. */
    private static final int QUOTED_WORDS = 10;

    /**
     * Applications named in a title, with the kind of window they make: {@code afterSeparator} finds a name that ends
     * a title after a separator, {@code whole} a title that is the name alone (after at most one short token),
     * {@code leading} a title that begins with the name before a separator ({@link #leads}).
     */
    private record App(Pattern afterSeparator, Pattern whole, String kind, boolean everyday, boolean named,
            Pattern leading) {

        /** A title of another form than an application's name ({@code named} false): a shell's command, a setup's. */
        App(Pattern afterSeparator, Pattern whole, String kind, boolean everyday) {
            this(afterSeparator, whole, kind, everyday, false, Pattern.compile("(?!)"));
        }

        /** An application's version after its name: "0.5.4.20", "v2.1", a year ("Adobe Photoshop 2024"). */
        private static final String VERSION = "(?:\\s+v?\\d+(?:\\.\\d+)+|\\s+20\\d\\d)?";
        /** A short note in round or square brackets after a title's application: "(Not Responding)", "[3/12]". */
        private static final String NOTE = "(?:\\([^()\\[\\]]{1,30}\\)|\\[[^()\\[\\]]{1,30}])";

        static App of(String spaced, String kind, boolean everyday) {
            // a name's words may run together as PP-OCR reads them ("OpenboxConfigurationManager", stop 32), and
            // a double letter may be read as one ("Untitled1-LibreOfice Calc", stop 39, by hand)
            String names = spaced.replace(" ", "\\s?").replaceAll("(\\p{Ll})\\1", "$1{1,2}");
            // after the name, at most its version ("backup.zip - xarchiver 0.5.4.20") and a short note in brackets:
            // an image viewer's place in its folder ("photo.jpg - Image Viewer [3/12]"), Windows' "(Not Responding)",
            // "(64-bit)", Geany's "(new instance)"; a name with its version alone is an about dialog's heading
            // ("Geany 1.38", stop 29), not a title; alone, "(Not Responding)" after it ("Microsoft Word (Not
            // Responding)", written down at stop 43: "Glance cannot tell ..."), or a note in square brackets after a
            // dash (Wine's "Wine File Manager - [Z:\]", stop 53, captured: "Glance cannot tell ...")
            return new App(Pattern.compile("(?i)" + SEPARATOR + "\\s*(?:" + names + ")" + VERSION
                    + "\\s*(?:" + NOTE + "\\s*)?$"),
                    Pattern.compile("(?i)^(?:\\S{1,2}\\s+)?(?:" + names + ")(?:\\s*\\(not\\s*responding\\)"
                            + "|\\s*[-\u2013\u2014]\\s*\\[[^()\\[\\]]{1,30}])?$"), kind,
                    everyday, true, Pattern.compile("(?i)^(?:\\S{1,2}\\s+)?(?:" + names + ")\\s*" + SEPARATOR
                            + "\\s*\\p{L}.*"));
        }
    }

    /** A picture's name, size and zoom between dashes, as an image viewer's title: "photo.jpg - 800x600 - 100%". */
    private static final Pattern SIZED_PICTURE = Pattern.compile("^(.{1,60}?\\.(?i:png|jpe?g|gif|webp|bmp|tiff?|heic))"
            + "\\s*[-\u2013\u2014]\\s*(\\d{2,5})\\s*[x\u00d7]\\s*(\\d{2,5})\\s*[-\u2013\u2014]\\s*"
            + "\\d{1,3}(?:[.,]\\d+)?\\s*%$");

    private static final List<App> APPS = List.of(
            // an installer's title, before the application it installs: "Setup - Notepad++ v8.6" (stop 42, written
            // down: had been "A text editor: its title is ..."); see also WIZARD_TITLE
            new App(Pattern.compile("(?!)"),
                    Pattern.compile("^(?:\\S{1,2}\\s+)?(?i:setup)\\s*[-\u2013\u2014]\\s*\\S.{0,60}$"), INSTALLER,
                    false),
            app("xterm|uxterm|gnome-terminal|konsole|tilix|terminator|alacritty|kitty|lxterminal|xfce4-terminal"
                    + "|qterminal|urxvt|rxvt|windows terminal|windows powershell|powershell|command prompt|cmd\\.exe"
                    + "|iterm2?|putty|mobaxterm|warp|wezterm"
                    // Python's interpreter as a terminal's title ("python3", xterm -e python3; stop 32, by hand)
                    + "|python3(?:\\.\\d+)?|ipython3?",
                    "a terminal"),
            app("terminal|bash|zsh", "a terminal"),
            // xterm's title while a manual page shows: the command ("man date"; real_check's man pages whose text
            // was not drawn yet had been "Probably a file manager.", stop 30)
            app("(?-i:man\\s+(?:\\d\\w*\\s+)?[a-z0-9_.:+-]+)", "a terminal"),
            // macOS Terminal: "ann — -zsh — 80×24", the shell and the window's size in characters
            new App(Pattern.compile("(?i)[-\u2013\u2014]\\s*-?(?:zsh|bash|fish|sh|tcsh|ksh)\\s*[-\u2013\u2014]\\s*"
                    + "\\d+\\s*[\u00d7x]\\s*\\d+\\s*$"), Pattern.compile("(?!)"), "a terminal", false),
            everyday("fish|console", "a terminal"),
            // Windows' console titled with its program's path, perhaps as an administrator's: "C:\Windows\system32\
            // cmd.exe", as PP-OCR read Wine's, "C:/windowssystem32/cmd.exe" ("Probably a terminal. The text on it
            // begins ...", stop 53, captured)
            new App(Pattern.compile("(?!)"), Pattern.compile("(?i)^(?:\\S{1,2}\\s+)?(?:administrator\\s*:\\s*)?"
                    + "[a-z]:[\\\\/]\\S*(?:cmd|powershell|pwsh)\\.exe$"), "a terminal", false),
            // Xfce's terminal names itself first: "Terminal - ann@laptop: ~" (stop 41, written down)
            new App(Pattern.compile("(?i)^terminal\\s*[-\u2013\u2014]\\s*[\\w.-]+@[\\w.-]+"), Pattern.compile("(?!)"),
                    "a terminal", false),
            app("vim|nvim|neovim|gnu nano|nano", "a text editor in a terminal"),
            // xterm's title while a text-mode browser or mail reader runs in it (w3m's manual and lynx were "Glance
            // cannot tell ...", stop 53, captured)
            app("w3m|lynx|elinks|links2", "a web browser in a terminal"),
            app("mutt|neomutt|alpine", "a mail client in a terminal"),
            // Midnight Commander's title, "mc [root@vm]:/tmp/files", its bracket read as "j" ("Probably a terminal.
            // The text on it begins "mc[root@vmj:/tmp/cap2/files".", stop 48, captured)
            new App(Pattern.compile("(?!)"), Pattern.compile("(?i)^mc\\s*\\[[\\w.-]+@[\\w.-]+[\\]j1l]\\s*:\\s*\\S*$"),
                    "a file manager in a terminal", false),
            app("mousepad|gedit|notepad\\+\\+|notepad|kate|kwrite|textedit|pluma|xed|leafpad|featherpad|sublime text"
                    + "|gnu emacs|emacs|gnome text editor"
                    // stop 56, captured: Notepadqq's "new 1 - Notepadqq" ("Glance cannot tell ..."), Emacs' "*GNU
                    // Emacs* - GNU Emacs at vm", its host's name run into it ("Probably a dialog. ...")
                    + "|notepadqq|(?:gnu )?emacs at [\\w.-]+", "a text editor"),
            app("text editor", "a text editor"),
            // gedit's, Pluma's and Xed's unsaved document, after its header bar's "Open" (stop 55, captured: "Glance
            // cannot tell ...")
            app("\\*?untitled document \\d+", "a text editor"),
            // Bluefish's "Untitled 0 -Bluefish 2.2.12" (stop 54, captured: "Glance cannot tell ...")
            app("visual studio code|vs ?code|code - oss|vscodium|intellij idea|pycharm|eclipse|geany"
                    + "|android studio|xcode|qt creator|microsoft visual studio|visual studio|bluefish|code::blocks"
                    + "|codeblocks|thonny|spyder|kdevelop|netbeans|bluej|lazarus ide|lazarus", "a code editor"),
            // Markdown editors: ReText's "New document - ReText" (stop 54, captured: "Probably a word processor.")
            app("retext|ghostwriter|apostrophe|typora|marktext|remarkable|zettlr", "a Markdown editor"),
            // TeXstudio's and LyX's titles above their warnings, Gummi's (stop 54, captured: "Glance cannot tell ...",
            // "A text editor.")
            app("texstudio|texmaker|texworks|gummi|lyx|kile|overleaf", "a LaTeX editor"),
            app("mozilla firefox|firefox|google chrome|chromium|microsoft edge|safari|brave|opera|vivaldi"
                    + "|epiphany|gnome web|falkon|konqueror|tor browser|librewolf|waterfox|floorp|duckduckgo|arc",
                    BROWSER),
            // an application's settings named first, before the application (Geeqie's "Preferences - Geeqie", stop
            // 54, captured: "A dialog, "Collection preview:", says ..."); a browser's settings page is its page
            new App(Pattern.compile("(?!)"), Pattern.compile("^(?:\\S{1,2}\\s+)?(?i:preferences|settings|options)"
                    + "\\s*[-\u2013\u2014|:]\\s*\\p{L}.{0,40}$"), SETTINGS, false),
            app("pcmanfm|pcmanfm-qt|nautilus|dolphin|thunar|nemo|caja|file explorer|finder|this pc", "a file manager"),
            // two-pane file managers: Double Commander's "Double Commander - ROOT PRIVILEGES" (stop 56, captured: "A
            // terminal. ...")
            app("double commander|krusader|total commander|far manager|mucommander", "a file manager"),
            app("winefile|wine file manager", "a file manager"),
            everyday("files|file manager", "a file manager"),
            app("galculator|gnome-calculator|kcalc|qalculate!?|speedcrunch", "a calculator"),
            app("calculator", "a calculator"),
            app("libreoffice writer|microsoft word|abiword|openoffice writer|wordpad|calligra words",
                    "a word processor"),
            everyday("word|pages", "a word processor"),
            // Calligra Sheets' start, its title alone ("Glance cannot tell ...", stop 56, captured)
            app("libreoffice calc|microsoft excel|excel|gnumeric|openoffice calc|calligra sheets", "a spreadsheet"),
            everyday("numbers", "a spreadsheet"),
            app("libreoffice impress|microsoft powerpoint|powerpoint|keynote|calligra stage", "a presentation editor"),
            app("libreoffice draw|openoffice draw|microsoft visio|visio|drawio|draw\\.io", "a drawing program"),
            // LibreOffice's Start Center, its title the suite's name alone
            app("libreoffice|openoffice|microsoft office", "an office suite"),
            // a mail client's calendar, its view named first: "Calendar - Outlook" (stop 42, written down: had been
            // "A mail client: ...")
            new App(Pattern.compile("(?!)"),
                    Pattern.compile("(?i)^(?:\\S{1,2}\\s+)?calendar\\s*[-\u2013\u2014|]\\s*\\S.*"), "a calendar app",
                    false),
            app("calendar|gnome calendar|google calendar|orage", "a calendar app"),
            app("mozilla thunderbird|thunderbird|microsoft outlook|outlook|evolution|geary|kmail|claws mail"
                    + "|sylpheed|mailspring", "a mail client"),
            everyday("mail", "a mail client"),
            // Outlook's window for writing a message ("Untitled - Message (HTML)"; stop 40, written down)
            app("message \\(html\\)|message \\(plain text\\)|message \\(rich text\\)", "a mail client"),
            app("evince|document viewer|okular|acrobat reader|adobe acrobat reader|adobe acrobat|atril|zathura"
                    + "|xreader|qpdfview|mupdf|foxit pdf reader|foxit reader|sumatra pdf|pdf-xchange editor",
                    "a PDF viewer"),
            app("image viewer|eye of gnome|eog|ristretto|gthumb|shotwell|gwenview|feh|nomacs|viewnior|geeqie",
                    "an image viewer"),
            // ImageMagick's display names itself first: "ImageMagick: f3.jpg" (stop 31, by hand: "Probably a
            // calculator." on a photo of a circuit board)
            new App(Pattern.compile("(?i)^imagemagick:\\s*\\S"), Pattern.compile("(?!)"), "an image viewer", false),
            everyday("photos|preview", "an image viewer"),
            // a picture's size and zoom end the title ("f3.jpg (720x477) 100%", GPicView's, which PP-OCR read
            // "BJpg(720x477)100%", stop 32: "Probably a video page.")
            new App(Pattern.compile("(?!)"), Pattern.compile("^.{1,60}?\\(\\s*\\d{2,5}\\s*[x\u00d7]\\s*\\d{2,5}\\s*\\)"
                    + "\\s*\\d{1,3}\\s*%$"), "an image viewer", false),
            // or between dashes (Gwenview's "photo.jpg - 800x600 - 100%", read "photo.jpg-800x600-100%", stop 49:
            // "Glance cannot tell ...")
            new App(Pattern.compile("(?!)"), SIZED_PICTURE, "an image viewer", false),
            // Xpdf names itself first: "Xpdf: /tmp/files/notes.pdf" (stop 49: "Glance cannot tell ...")
            new App(Pattern.compile("(?i)^xpdf:\\s*\\S"), Pattern.compile("(?!)"), "a PDF viewer", false),
            app("gimp|gnu image manipulation program|inkscape|krita|paint\\.net|adobe photoshop|photoshop|pinta"
                    + "|kolourpaint|mypaint|adobe illustrator|illustrator|affinity photo|affinity designer|coreldraw"
                    + "|paint 3d|adobe lightroom(?: classic)?|lightroom|darktable|rawtherapee|figma|canva",
                    "an image editor"),
            everyday("paint", "an image editor"),
            app("rhythmbox|spotify(?: premium| free)?|audacious|clementine|strawberry(?: music player)?|lollypop"
                    + "|amarok|itunes|quod libet|juk|elisa|qmmp", "a music player"),
            everyday("music", "a music player"),
            // Parole's "Parole Media Player" (stop 54, captured: "Glance cannot tell ...")
            app("vlc media player|vlc|totem|mpv|celluloid|smplayer|windows media player|media player|mplayer|kaffeine"
                    + "|parole media player|parole", "a video player"),
            everyday("videos", "a video player"),
            app("slack|discord|microsoft teams|telegram(?: desktop)?|whatsapp|pidgin|hexchat|mattermost|rocket\\.chat"
                    // IRC's and XMPP's (Polari's window was "Probably a text editor.", stop 53, captured)
                    + "|polari|konversation|quassel(?: irc)?|weechat|irssi|gajim|dino|psi\\+?", "a chat app"),
            everyday("teams|signal|element", "a chat app"),
            // Windows' and the web's meetings: "Zoom Meeting", "Skype" (not "zoom" alone: a viewer's zoom level)
            app("zoom meeting|zoom workplace|zoom cloud meetings|skype|webex|google meet", "a video call app"),
            // Xournal++, Zim, CherryTree, Gnote (stop 52, captured: "Glance cannot tell ...", "Probably a file
            // manager.", "Probably a music player.")
            app("microsoft onenote|onenote|obsidian|joplin|evernote|notion|simplenote|standard notes|sticky notes"
                    + "|xournal\\+\\+|xournalpp|xournal|zim|cherrytree|gnote|tomboy|rednotebook", "a notes app"),
            // Liferea, HomeBank and Grisbi, Xfburn (stop 52, captured: "Glance cannot tell ...")
            app("liferea|akregator|quiterss|newsflash|rss guard", "a feed reader"),
            app("homebank|grisbi|gnucash|kmymoney|quicken|moneydance", "a personal finance app"),
            app("xfburn|brasero|k3b|imgburn", "a disc burning app"),
            app("system settings|control panel|system preferences|gnome settings|xfce settings manager"
                    + "|openbox configuration manager|customize look and feel|lxappearance|obconf",
                    SETTINGS),
            everyday("settings|preferences", SETTINGS),
            // GNOME Tweaks' header bar, "Tweaks" (stop 55, captured: "Glance cannot tell ...")
            app("tweaks|gnome tweaks|gnome tweak tool", SETTINGS),
            // an application's own settings, the whole first line in title case: "Mousepad Preferences", "Firefox
            // Settings" (not "Open the display settings", nor a menu bar's "File Settings" as PP-OCR read KBruch's,
            // "Eile Settings", stop 55, captured: "A settings window: its title is "Eile Settings"." over Dino)
            new App(Pattern.compile("(?!)"), Pattern.compile("^(?:\\S{1,2}\\s+)?(?!(?i:file|eile|edit|view|tools)\\s)"
                    + "(?:\\p{Lu}[\\p{L}\\d.+-]*\\s+){1,3}"
                    + "(?i:preferences|settings|options|configuration(?: manager)?)$"), SETTINGS, false),
            // a file's or a system's properties: the whole first line, "report.pdf Properties", "File Properties"
            // (Windows' Properties dialog had been "A dialog, "C:\Users\Ann\Documents", asks for "Size"."), or the
            // word after a separator, "annual-report.pdf - Properties" (Thunar's had been "A PDF viewer: its title
            // is ...", by hand); stop 40
            new App(Pattern.compile("\\S\\s*[-\u2013\u2014]\\s*Properties$"), Pattern.compile("^(?:\\S{1,2}\\s+)?\\S"
                    + ".{0,60}?\\s(?:[-\u2013\u2014]\\s+)?Properties$"), "a properties dialog", false),
            app("gnome system monitor|system monitor|task manager|activity monitor|htop|ksysguard",
                    "a system monitor"),
            app("gnome software|microsoft store|app store|synaptic package manager|synaptic|plasma discover",
                    "a software store"),
            everyday("software|discover", "a software store"),
            app("keepassxc|keepass|bitwarden|1password|lastpass|passwords and keys|seahorse", "a password manager"),
            // Windows' own antivirus and firewall (stop 41, written down: "Glance cannot tell ...")
            app("windows security|microsoft defender|windows defender", "a security app"),
            // Windows' and macOS's system tools (stop 41, written down: "Glance cannot tell ...")
            app("device manager", "a device manager"),
            app("registry editor", "a registry editor"),
            app("event viewer", "a log viewer"),
            app("disk management|disk utility|gnome disks|disks|gparted", "a disk manager"),
            app("windows update|software update|software updater|update manager|software & updates"
                    + "|software sources", SETTINGS),
            app("programs and features|installed apps|apps & features", SETTINGS),
            // a calendar's event in a window of its own: Outlook's "Untitled - Meeting" (stop 42, written down)
            everyday("meeting|appointment|event", "a calendar app"),
            app("audacity|ardour|lmms|audition|adobe audition", "an audio editor"),
            app("blender", "a 3D modelling app"),
            // stop 54, captured: Hugin's "Hugin - Panorama Stitcher" behind its tip ("Glance cannot tell ..."),
            // Pencil2D's ("Glance cannot tell ..."), Gpick's "New palette - Gpick" ("Probably a video page."), DB
            // Browser for SQLite's ("Glance cannot tell ...")
            app("hugin(?: - panorama stitcher)?|panorama stitcher", "a panorama stitcher"),
            // stop 54, captured: "Glance cannot tell ..." (or "Probably a PDF viewer.", "Probably a text editor.", "A
            // dialog.") for each
            app("okteta|ghex|bless|hexedit|hxd|hex fiend|wxhexeditor", "a hex editor"),
            app("librecad|freecad|qcad|autocad|draftsight|sketchup|openscad", "a CAD app"),
            app("fritzing|kicad|eagle|easyeda", "an electronics design app"),
            app("fontforge|birdfont|fontlab|glyphs", "a font editor"),
            app("package installer|gdebi", "a package installer"),
            app("cpu-x|cpu-z|hardinfo|hwinfo|system information|system profiler|speccy", "a system information app"),
            app("gsmartcontrol|crystaldiskinfo", "a disk health app"),
            app("goldendict|artha|stardict|qstardict|xfce4-dictionary", "a dictionary app"),
            app("sound recorder|gnome sound recorder|audio recorder|voice recorder", "a sound recorder"),
            app("sound converter|soundconverter|soundkonverter", "an audio converter"),
            app("vokoscreen(?:ng)?|simplescreenrecorder|simple screen recorder|kazam|peek|obs studio"
                    + "|kooha|recordmydesktop", "a screen recorder"),
            app("endeavour|gnome to do|microsoft to do|todoist|ticktick|gnome todo", "a to-do list app"),
            app("gnome contacts|contacts setup|kaddressbook|address book", "a contacts app"),
            // system-config-printer's "Print Settings - localhost" (a print dialog's title is "Print Settings" alone)
            new App(Pattern.compile("(?!)"), Pattern.compile("(?i)^(?:\\S{1,2}\\s+)?print\\s?settings"
                    + "\\s*[-\u2013\u2014]\\s*\\S.{0,40}$"), "a printer settings window", false),
            // KDE's and GNOME's learning apps (stop 54, captured: "Glance cannot tell ...", "A dialog. ...")
            app("kalzium|gperiodic", "a periodic table app"),
            app("kgeography", "a geography quiz"),
            app("typewriting trainer|ktouch|klavaro|tux typing|tuxtype|gtypist|typing tutor", "a typing tutor"),
            // Frescobaldi's "Untitled -Frescobaldi" (stop 54, captured: "Glance cannot tell ...")
            app("frescobaldi|denemo|musescore|muse score|lilypond|rosegarden|sibelius|dorico", "a music notation app"),
            app("pencil2d|synfig studio|opentoonz|tupitube", "an animation app"),
            app("gpick|kcolorchooser|color picker|colour picker", "a colour picker"),
            app("db browser for sqlite|sqlitebrowser|sqlitestudio|dbeaver|pgadmin(?: 4)?|mysql workbench"
                    + "|beekeeper studio|libreoffice base", "a database app"),
            app("adobe premiere pro|premiere pro|davinci resolve|kdenlive|shotcut|openshot|final cut pro|imovie"
                    + "|pitivi", "a video editor"),
            app("calibre|kindle|foliate|e-book viewer", "an e-book reader"),
            app("steam|epic games launcher|gog galaxy|xbox|lutris|heroic games launcher", "a game launcher"),
            // Wireshark's "The Wireshark Network Analyzer" (stop 55, captured: "Glance cannot tell ...")
            app("(?:the )?wireshark network analy[sz]er|wireshark", "a network analyser"),
            app("oracle vm virtualbox manager|oracle vm virtualbox|virtualbox|vmware workstation|vmware fusion"
                    + "|virt-manager|virtual machine manager|gnome boxes|hyper-v manager", "a virtual machine manager"),
            // GNOME Boxes' first run, "Welcome to Boxes" (stop 54, captured: "Probably a dialog. ...")
            everyday("boxes", "a virtual machine manager"),
            app("postman|insomnia", "an API client"),
            app("github desktop|sourcetree|gitkraken|git gui|gitk", "a Git client"),
            app("application finder|app finder|appfinder", "an app launcher"),
            app("gnome maps|google maps|apple maps|bing maps|maps", "a map app"),
            app("document scanner|simple scan|simple-scan|skanlite|naps2", "a scanning app"),
            // OBS Studio names itself first, with its version: "OBS 28.1.2 - Profile: Untitled - Scenes: Untitled", as
            // PP-OCR read it too ("OBs 29.0.2.1-1+b1(linux)-Profile: ...", stop 56, captured: "Probably a music
            // player.")
            new App(Pattern.compile("(?!)"), Pattern.compile("^OB[Ss](?:\\s+Studio)?\\s+\\d+(?:\\.\\d+)+\\b.*"),
                    "a recording and streaming app", false),
            // Spyder's "Spyder (Python 3.11)" and wxMaxima's "wxMaxima 22.12.0 (Linux 6.18.44 ...)[unsaved*]", each
            // with what it runs on (stop 55, captured: "Probably a terminal.", "Probably a list dialog.")
            new App(Pattern.compile("(?!)"), Pattern.compile("^Spyder\\s*\\(Python\\s*\\d+(?:\\.\\d+)*\\)"),
                    "a code editor", false),
            new App(Pattern.compile("(?!)"), Pattern.compile("^wxMaxima\\s*\\d+(?:\\.\\d+)+\\b.*"),
                    "a mathematics app", false),
            app("network connections|network and sharing center", SETTINGS),
            // Windows' classic Control Panel (stop 50, written down: "A dialog. The text on it begins ...")
            app("control panel|all control panel items", SETTINGS),
            // a vendor's or Wine's own ("Wine Control Panel" was "A desktop with 3 icons ...", stop 53, captured)
            app("(?:wine|nvidia|amd|intel|realtek|java) control panel", SETTINGS),
            app("weather|accuweather", "a weather app"),
            app("snipping tool|snip & sketch|gnome-screenshot|spectacle|flameshot|ksnip", "a screenshot tool"),
            app("print queue|printer queue", "a print queue"),
            app("meld|kdiff3|diffuse|kompare|winmerge|beyond compare", "a file comparison tool"),
            // PulseAudio's mixer is titled "Volume Control" (stop 33, by hand: "Probably a calendar page.")
            app("volume control|pavucontrol|pulseaudio volume control|volume mixer|sound mixer", "a volume control"),
            // GNOME's Document Scanner below its header bar's "Scan" (stop 49: "Glance cannot tell ...")
            app("document scanner|simple scan|xsane|naps2|vuescan|windows scan", "a scanning app"),
            app("gnome clocks|clocks|alarms & clock", "a clock app"),
            // FileZilla's title as PP-OCR may read it, "File Zilla" (stop 32, its window with the title bar)
            app("file ?zilla|winscp|cyberduck|gftp", "an FTP client"),
            app("transmission|qbittorrent|deluge|ktorrent|utorrent", "a BitTorrent client"),
            // stop 55, captured: uGet's, LabPlot's "Project - LabPlot", Kleopatra's "Self Test - Kleopatra", Psensor's
            // "Psensor - Temperature Monitor", wxMaxima's and Octave's (each "Glance cannot tell ..." or a wrong kind)
            app("uget|kget|persepolis(?: download manager)?|free download manager|jdownloader", "a download manager"),
            app("labplot2?|scidavis|qtiplot|veusz|gnuplot", "a data plotting app"),
            app("kleopatra|gnu privacy assistant|gpa|kgpg", "an encryption app"),
            app("psensor|temperature monitor|sensors viewer", "a temperature monitor"),
            app("wxmaxima|maxima|gnu octave|octave|kalgebra|cantor|sagemath|matlab|mathematica", "a mathematics app"),
            app("stellarium|kstars|celestia", "a planetarium app"),
            app("xarchiver|file roller|archive manager|engrampa|ark|7-zip|winrar|peazip", "an archive manager"),
            app("character map|gucharmap|charmap|kcharselect", "a character map"),
            // KDE's Sweeper and BleachBit (stop 56, captured: "Glance cannot tell ...")
            app("sweeper|bleachbit|ccleaner|stacer", "a system cleaner"),
            // EasyTAG ("Probably a chat page."), Kid3's "sounds - Kid3" ("Glance cannot tell ..."), HandBrake's title
            // as PP-OCR split it, "HandBra ke" ("Probably a music player, showing 7 rows."; stop 53, captured, see
            // named)
            app("easytag|kid3|puddletag|musicbrainz picard|mp3tag|tagscanner", "a music tagger"),
            app("handbrake|ffmpeg gui|shutter encoder|format factory|winff", "a video converter"),
            // Catfish's window, its title and its view's heading "Catfish File Search" ("Glance cannot tell ...", stop
            // 53, captured)
            app("catfish(?: file search)?|fsearch|searchmonkey|kfind|gnome search tool", "a file search app"),
            // Déjà Dup names itself "Backups" (its first run greets "Welcome to Backups": "Probably a dialog.", stop
            // 53, captured); the word alone is a folder's name as much
            app("deja dup|d\u00e9j\u00e0 dup|timeshift|back in time|duplicati|time machine|grsync|luckybackup",
                    "a backup app"),
            everyday("backups", "a backup app"),
            // Scribus's empty window, "Scribus 1.5.8" ("A terminal.", stop 53, captured, see named)
            app("scribus|adobe indesign|indesign|affinity publisher|microsoft publisher", "a desktop publishing app"),
            // stop 53, captured: Gramps' "No Family Tree - Gramps" and Planner's "Unnamed - Planner" ("Glance cannot
            // tell ..."), Remmina's "Remmina Remote Desktop Cli..." cut short ("Probably a list dialog.")
            app("gramps|rootsmagic|family tree maker|legacy family tree|gedview", "a genealogy app"),
            app("projectlibre|ganttproject|microsoft project|gnome planner", "a project planner"),
            everyday("planner", "a project planner"),
            app("remmina(?: remote desktop cli(?:ent|\\.{2,3}|\u2026))?|remote desktop viewer|vinagre|krdc"
                    + "|tigervnc viewer|vnc viewer|realvnc viewer|remote desktop connection|anydesk|teamviewer"
                    + "|rustdesk", "a remote desktop client"),
            // gitg's own title names its repository ("main (/work)"): its views say what it is (KindCheck.GIT_VIEW)
            app("gitg|gitk|git cola|git-cola|sourcetree|github desktop|gitkraken|smartgit|sublime merge",
                    "a Git client"),
            app("xfontsel|font viewer|gnome-font-viewer|font manager", "a font viewer"),
            // baobab's own title bar names its first view, "Devices & Locations" (stop 33, by hand)
            app("disk usage analyzer|baobab|filelight|qdirstat|windirstat|devices & locations",
                    "a disk usage analyser"),
            app("microsoft solitaire collection|microsoft minesweeper|microsoft mahjong|aisleriot|klondike|freecell"
                    + "|spider solitaire|solitaire|gnome mines|mines|minesweeper|mahjongg"
                    + "|gnome sudoku|sudoku|gnome chess|chess|quadrapassel|tetris"
                    // GNOME's other games (GNOME 2048 was "Probably a calculator.", stop 53, captured) and KDE's
                    + "|gnome 2048|iagno|reversi|gnome mahjongg|four-in-a-row|five or more|swell foop|gnome robots"
                    + "|gnome nibbles|gnome klotski|gnome tetravex|hitori|atomix|kpat|kmines|ksudoku|kmahjongg"
                    + "|kreversi|pychess|xboard|supertux|frozen-bubble|gnu backgammon|gnubg"
                    // Pingus' title with its version above the title bar's buttons (stop 54, captured: "An About dialog
                    // for Pingus 0.7.6.", its copyright at the foot of its menu)
                    + "|pingus|supertuxkart|battle for wesnoth|wesnoth|freeciv|neverball|minetest", "a game"),
            // xterm's title while another program runs in it, the whole line, after every application's name: git,
            // less, ssh, journalctl, `tail -f`, a command with an option first ("df -h; free -h", "ls -la") or piped
            // into a pager ("ps aux | less", OCR's "ps aux / less"; stop 31, by hand). Not "notes.txt -Mousepad".
            new App(Pattern.compile("(?!)"), Pattern.compile("^(?:\\S{1,2}\\s+)?(?:git\\s+[a-z][a-z-]+(?:\\s.*)?"
                    + "|less(?:\\s+\\S+)?|ssh\\s+\\S+|journalctl(?:\\s.*)?|tail\\s+-f\\s+\\S+"
                    + "|(?!.*\\s[-\u2013\u2014]\\s)(?:[a-z][a-z0-9_.+]*\\s+(?:-[a-zA-Z]{1,3}|--[a-z][a-z-]+)"
                    + "(?:[\\s;|=].*)?"
                    + "|[a-z][\\w.+-]*(?:\\s+\\S+)*\\s+[|I/]\\s*(?:less|more)))$"), "a terminal", false));

    /**
     * An application's name alone, the whole line (an everyday one too), of any application in {@link #APPS} that is
     * named: one pattern for an app launcher's grid ({@link #appGrid}), not a title's other forms (a shell's command
     * is no application's name in a grid).
     */
    private static final Pattern APP_NAME = Pattern.compile(APPS.stream().filter(App::named)
            .map(app -> "(?:" + app.whole().pattern() + ")").collect(Collectors.joining("|")));

    /**
     * A document's name or path as a whole title, perhaps marked as changed ("*"), and perhaps followed by what a
     * viewer adds (a size, a zoom, a place in its folder, a page of so many: MuPDF's "invoice.pdf - 1/3 (100 dpi)",
     * Evince's "report.pdf \u2014 3 of 12") or by an application Glance does not know, or by its folder (Geany's
     * "tidy.py - /tmp/work -", its name cut off where OCR lost it: "cannot tell" in front of its Find dialog, stop 40,
     * by hand): "letter.txt", "/tmp/letter.txt", "photo.png (1600x900) 40%", "backup.zip - Foo Archiver". The kind of
     * window comes from the name's extension ({@link #DOCUMENT_KINDS}).
     */
    private static final Pattern DOCUMENT = Pattern.compile("^(?:\\S{1,2}\\s+)?\\*?(?:~?/?(?:[\\w.-]+/)*)"
            + "[\\w-][\\w.-]*\\.([A-Za-z\\d]{1,8})(?:\\s*(?:\\([^)]*\\)|\\[[^]]*]|\\d+\\s*%"
            + "|[-\u2013\u2014]\\s*\\d+\\s*(?:/|of)\\s*\\d+"
            + "|[-\u2013\u2014|]\\s*\\p{L}[\\p{L}\\d .+-]{0,30}"
            + "|[-\u2013\u2014]\\s*~?/[\\w./-]*(?:\\s*[-\u2013\u2014]$)?))*\\s*$");

    /**
     * A GNOME header bar's button, read before the window's title: Evince's start page, "Open..." then "Document
     * Viewer", was "Probably a dialog. The text on it begins "Open..."." (stop 37, by hand); a GNOME game's "New Game"
     * before its title ("GNOME 2048", stop 53, captured); "G open" (its icon read as a letter) before "GHex", "O
     * Record" before "Sound Recorder", "Convert", "Quit", "New List" (stop 54, captured: "Glance cannot tell ..."),
     * "Extract" before File Roller's "Archive Manager" (stop 56, captured: "Probably a print dialog.").
     */
    private static final Pattern HEADER_BUTTON = Pattern.compile("(?i)(?:\\S\\s)?(?:open|new|save|menu|scan|record"
            + "|convert|quit|extract)\\s*(?:\\.{2,3}|\u2026)?|new\\s?(?:game|list)");
    /** An unsaved document's name, perhaps marked as changed: "Untitled", "Untitled 1", "*Untitled 2 *". */
    private static final Pattern UNTITLED = Pattern.compile("(?i)\\*?\\s*untitled(?:\\s*\\d+)?\\s*\\*?");
    /**
     * The heading of a list's column of names, alone or followed by other columns' ("Name", "New Name", "File name",
     * "Name Size Modified"): the file names below it are the list's rows, not a title.
     */
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)(?:(?:new|old|file)\\s*)?name"
            + "(?:\\s+(?:size|type|modified|date modified|kind|new name))*");
    /** A line of this many words before a document's name is a sentence of the window's text: the name is no title. */
    private static final int SENTENCE_WORDS = 3;
    /** A document's title is the only file's name among this many first lines with letters... */
    private static final int DOCUMENT_LINES = 6;
    /** ... where a file's name is a word, a dot and an extension of letters: "letter.txt", "'Old notes.md'". */
    static final Pattern FILE = Pattern.compile("\\w\\.\\p{L}[\\p{L}\\d]{0,7}(?:\\.\\p{L}{1,3})?\\b");

    /** The kind of window a document's extension gives away, in its title. */
    private static final List<Map.Entry<Pattern, String>> DOCUMENT_KINDS = List.of(
            Map.entry(Pattern.compile("(?i)txt|text|md|markdown|log|ini|conf|cfg|rst"), "a text editor"),
            Map.entry(Pattern.compile("(?i)pdf"), "a PDF viewer"),
            Map.entry(Pattern.compile("(?i)png|jpe?g|gif|webp|bmp|tiff?|svg|heic"), "an image viewer"),
            Map.entry(Pattern.compile("(?i)zip|7z|rar|tar|tgz|gz|xz|bz2"), "an archive manager"),
            Map.entry(Pattern.compile("(?i)odt|docx?|rtf"), "a word processor"),
            Map.entry(Pattern.compile("(?i)ods|xlsx?"), "a spreadsheet"),
            Map.entry(Pattern.compile("(?i)odp|pptx?"), "a presentation editor"),
            Map.entry(Pattern.compile("(?i)py|java|js|ts|c|cc|cpp|h|hpp|rs|go|rb|php|kt|cs|sh|css|json|ya?ml|xml"),
                    "a code editor"),
            Map.entry(Pattern.compile("(?i)mp3|flac|ogg|oga|wav|m4a|opus"), "a music player"),
            Map.entry(Pattern.compile("(?i)mp4|mkv|avi|webm|mov|m4v"), "a video player"),
            Map.entry(Pattern.compile("(?i)crt|pem|cer|der|p7b|p12|pfx"), "a certificate viewer"),
            // FontForge's own font file (stop 54, captured: "Glance cannot tell ...")
            Map.entry(Pattern.compile("(?i)sfd|ufo"), "a font editor"));

    private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");
    /**
     * One character other than "A" or "I", then a space, before a title that begins with a letter, a digit or a
     * path: a title bar's icon.
     */
    private static final Pattern ICON = Pattern.compile("^(?![AI] )\\S (?=[\\p{L}\\p{N}/~])");
    /** What {@link Title#sentence} adds after GIMP's title. */
    private static final Pattern IMAGE_SIZE = Pattern.compile("\"\\. The image is \\d+ by \\d+ pixels\\.$");
    /**
     * GIMP's title: the image's name (in brackets when imported or new, after "*" when changed), its view's number,
     * its colour mode and layers in parentheses, its size: "[photo] (imported)-1.0 (RGB color 8-bit gamma integer,
     * GIMP built-in sRGB, 1 layer) 800x600 - GIMP", of which only "photo" and the size tell a user anything.
     */
    private static final Pattern GIMP_TITLE = Pattern.compile("(?i)^\\*?\\s*\\[?\\s*(.+?)\\s*]?\\s*(?:\\(imported\\))?"
            + "\\s*-\\s*\\d+\\.\\d+\\s*\\(.*\\)\\s*(\\d{1,5})\\s*[x\u00d7]\\s*(\\d{1,5})\\s*[-\u2013\u2014]\\s*gimp$");

    /**
     * GIMP's title as OCR reads it run together, its size not read as digits: "[photo](imported)-1.0(RGBcolor8-bit...,
     * 1layer)8oox6o-GiMP" (GIMP's window on a screen scaled by two, stop 48's capture, was quoted whole until stop 49).
     */
    private static final Pattern GIMP_TITLE_BLURRED = Pattern.compile("(?i)^\\*?\\s*\\[?\\s*([^\\[\\]()]+?)\\s*]?\\s*"
            + "(?:\\(imported\\))?\\s*-\\s*\\d+\\s*\\.\\s*\\d+\\s*\\(.*\\)\\S*\\s*[-\u2013\u2014]\\s*gimp$");

    private AppTitles() {
    }

    private static App app(String names, String kind) {
        return App.of(names, kind, false);
    }

    private static App everyday(String names, String kind) {
        return App.of(names, kind, true);
    }

    /**
     * A title that names an application, or a document ({@code document}): the kind of window it makes ("a text
     * editor") and the title's line.
     */
    public record Title(String kind, String line, boolean document) {

        /**
         * What Glance says: "A text editor: its title is "letter.txt - Mousepad".". A title bar's icon that OCR read
         * as one character before the title ("X todo.md (/tmp) - VIM", xterm's icon) is not quoted; "A" and "I",
         * words of their own, are.
         */
        public String sentence() {
            String title = ICON.matcher(line).replaceFirst("");
            Matcher gimp = GIMP_TITLE.matcher(title.strip());
            Matcher blurred = GIMP_TITLE_BLURRED.matcher(title.strip());
            Matcher sized = SIZED_PICTURE.matcher(title.strip());
            if (sized.matches()) { // "An image viewer: its title is "photo.jpg". The image is 800 by 600 pixels."
                return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + TITLE_IS
                        + KindCheck.quote(sized.group(1), QUOTED_WORDS) + "\". The image is " + sized.group(2) + " by "
                        + sized.group(3) + " pixels.";
            }
            if (gimp.matches()) { // "An image editor: its title is "photo - GIMP". The image is 800 by 600 pixels."
                title = gimp.group(1) + " - GIMP";
            } else if (blurred.matches()) { // its size unread: the name alone
                title = blurred.group(1) + " - GIMP";
            }
            return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + TITLE_IS
                    + KindCheck.quote(title, QUOTED_WORDS) + "\"."
                    + (gimp.matches() ? " The image is " + gimp.group(2) + " by " + gimp.group(3) + " pixels." : "");
        }

        /**
         * Whether the title is the application's name alone, no document's name before a separator ("Microsoft Word",
         * not "notes.txt - Notepad"): a message box's title, or an application's window with nothing open.
         */
        public boolean nameAlone() {
            return !document && !SEPARATED.matcher(line).find();
        }

        /** Whether the title is an installer's, whose pages are dialogs: "Python 3.12.0 (64-bit) Setup". */
        public boolean installer() {
            return kind.equals(INSTALLER);
        }

        /** Whether the title is a settings window's ("Preferences - Geeqie"), which is a dialog of its own. */
        public boolean settings() {
            return kind.equals(SETTINGS);
        }

        /** Whether the title names a type of dialog ("report.pdf Properties": a properties dialog). */
        public boolean namesDialog() {
            return kind.endsWith(" dialog");
        }

        /** Whether the window shows pages of any kind (a web browser), so that no kind of page contradicts it. */
        public boolean showsPages() {
            return kind.equals(BROWSER);
        }
    }

    /**
     * Whether the second of {@code lines} is a settings' section and the third a legible line that is none: the
     * section's heading right below the window's title, above what it shows ("Windows Update" above "You're up to
     * date"), not a list of sections.
     */
    private static boolean sectionShown(List<String> lines) {
        return lines.size() >= 3 && section(lines.get(1).strip())
                && !section(lines.get(2).strip()) && KindCheck.legible(lines.get(2));
    }

    /**
     * Whether {@code line} is a section of a settings window ({@link #SETTINGS_SECTION}) or the path to one of its
     * pages, a section first: "System > Display" (Windows' Settings, stop 50, written down).
     */
    private static boolean section(String line) {
        String[] parts = KindCheck.BREADCRUMB_STEP.split(line.strip(), -1);
        return SETTINGS_SECTION.matcher(parts[0]).matches()
                && Arrays.stream(parts).skip(1).allMatch(p -> p.length() <= MAX_SECTION && KindCheck.lettered(p));
    }

    /**
     * What Glance adds after a settings window said without the page it shows, the line below its title that names
     * the section or the path to it: "It shows the section "System > Display"." (Windows' Settings had been "A
     * settings window." whatever page it showed, stop 50, written down).
     */
    public static Optional<String> sectionOnScreen(List<String> screenText, String said) {
        if (!said.startsWith("A settings window")) {
            return Optional.empty();
        }
        // its search field may be read between them (Windows' "Find a setting", a page made like it, stop 50)
        List<String> top = firstLettered(screenText, 3).stream().filter(l -> !SETTINGS_SEARCH.matcher(l).matches())
                .toList();
        if (top.size() < 2 || !SETTINGS_TITLE.matcher(top.get(0)).matches() || !section(top.get(1))) {
            return Optional.empty();
        }
        String shown = KindCheck.quote(top.get(1), KindCheck.QUOTED_WORDS);
        return said.contains("\"" + shown + "\"") ? Optional.empty()
                : Optional.of("It shows the section \"" + shown + "\".");
    }

    /**
     * The applications' names among the first {@value #GRID_LINES} lines of {@code screenText} with letters, each the
     * whole line (an everyday name too: "Music", "Photos"), where there are at least {@value #GRID_NAMES}: an app
     * launcher's grid (macOS's Launchpad, GNOME's "Show Apps"), whose first name is no window's title ("Safari" had
     * made Launchpad "A web browser", "Calculator" GNOME's grid "A calculator"; stop 42, written down); else none.
     */
    public static List<String> appGrid(List<String> screenText) {
        List<String> names = firstLettered(screenText, GRID_LINES).stream()
                .filter(l -> APP_NAME.matcher(l.replaceAll("\\s+", " ")).matches()).toList();
        return names.size() >= GRID_NAMES ? names : List.of();
    }

    /** A first run's greeting that names its application: "Welcome to Weather!", "Welcome to Backups". */
    private static final Pattern WELCOME = Pattern.compile("(?i)welcome\\s+to\\s+(\\p{L}[\\p{L}\\d .+-]{1,40}?)"
            + "\\s*[!.]?");
    /** The greeting stands among this many first lines with letters. */
    private static final int WELCOME_LINES = 6;

    /**
     * What Glance says of a window that greets its user by its application's name, an application it knows (an
     * everyday name too: the greeting says it is one), where no title names one: "A weather app, showing "Welcome to
     * Weather!"." (GNOME Weather's and Backups' first runs, without their titles, were "Glance cannot tell ..." and
     * "Probably a dialog.", stop 53, captured).
     */
    public static Optional<String> welcome(List<String> screenText) {
        List<String> first = firstLettered(screenText, WELCOME_LINES);
        for (int i = 0; i < first.size(); i++) {
            String line = first.get(i).strip();
            Matcher m = WELCOME.matcher(line);
            if (m.matches()) {
                Optional<App> app = namedApp(m.group(1).replaceAll("\\s+", " "));
                if (app.isPresent()) {
                    return Optional.of(showing(app.get(), line));
                }
            } else if (BARE_WELCOME.matcher(line).matches()) {
                // a bare greeting, the application named with its version on its banner below: "Welcome!", "Let's
                // set up a few things...", "Inkscape 1.2" (stop 56, captured: "Glance cannot tell ...")
                Optional<App> app = first.stream().skip(i + 1).map(l -> TITLE_VERSION.matcher(l.strip()))
                        .filter(Matcher::find).map(v -> v.replaceFirst("")).map(AppTitles::namedApp)
                        .flatMap(Optional::stream).findFirst();
                if (app.isPresent()) {
                    String next = i + 1 < first.size() ? first.get(i + 1).strip() : "";
                    boolean goesOn = KindCheck.legible(next) && Character.isUpperCase(next.charAt(0))
                            && !TITLE_VERSION.matcher(next).find();
                    return Optional.of(showing(app.get(), goesOn ? line + " " + next : line));
                }
            }
        }
        return Optional.empty();
    }

    /** The application Glance knows by {@code name} alone, if any. */
    private static Optional<App> namedApp(String name) {
        return APPS.stream().filter(a -> a.named() && a.whole().matcher(name).matches()).findFirst();
    }

    /** "An audio editor, showing "Welcome to Audacity!".": {@code app}'s kind, showing {@code greeting}. */
    private static String showing(App app, String greeting) {
        String kind = app.kind();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ", showing \""
                + KindCheck.quote(greeting, KindCheck.QUOTED_WORDS) + "\".";
    }

    /** A greeting alone: "Welcome!", "Welcome". */
    private static final Pattern BARE_WELCOME = Pattern.compile("(?i)welcome\\s*!?");

    /** The title among the first lines of {@code screenText} that names an application Glance knows, if any. */
    public static Optional<Title> find(List<String> screenText) {
        if (!appGrid(screenText).isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = titleCandidates(screenText);
        for (int i = 0; i < candidates.size(); i++) {
            String title = candidates.get(i);
            String spaced = title.replaceAll("\\s+", " ");
            if (BrowserFrame.isBar(spaced)) {
                // a browser's address bar is no title: its chip and the browser's own page, "Firefox
                // about:preferences", had been a settings window's title (Firefox's settings without the window's
                // title bar, stop 39, by hand)
                continue;
            }
            // a header bar's button before the title counts as no line ("Open..." before Evince's "Document Viewer");
            // a page's title above a browser's address bar names no application by itself ("Weather" above
            // "bbc.co.uk/weather" is a web browser's page)
            // so does a line right above a title bar's buttons: Wine's Task Manager below its system tray's title
            // ("Glance cannot tell ...", stop 53, captured); not below a document's name, the title's first part as
            // PP-OCR split it ("report.py", "Kate": the document says more, stop 47)
            boolean bar = titleBarBelow(screenText, title) && candidates.subList(0, i).stream()
                    .noneMatch(c -> DOCUMENT.matcher(c.replaceAll("\\s+", " ")).matches());
            // and an unsaved document's name before it, the title's first part as PP-OCR split it ("Untitled *" above
            // "KolourPaint", stop 54, captured: "Glance cannot tell ...")
            boolean first = (i == 0 || i == 1 && (HEADER_BUTTON.matcher(candidates.get(0)).matches()
                    || UNTITLED.matcher(candidates.get(0)).matches()) || bar)
                    && !addressBarShown(screenText);
            if (first && WIZARD_TITLE.matcher(spaced).matches()
                    && screenText.stream().anyMatch(l -> WIZARD_BUTTON.matcher(l.strip()).matches())) {
                return Optional.of(new Title(INSTALLER, title, false));
            }
            // a name with its version is a title where the title bar's buttons follow it, or as the first line above
            // a short one, a sidebar's heading (RawTherapee's "RawTherapee 5.9" above "Places": "Glance cannot tell
            // ...", stop 54, captured), not above an About dialog's sentence that describes the application
            boolean barBelow = first && bar || i == 0 && candidates.size() > 1
                    && candidates.get(1).split("\\s+").length <= 2;
            for (App app : APPS) {
                if (names(spaced, app, first) || first && named(spaced, app, barBelow)) {
                    if (app.kind().equals("a terminal") && !spaced.contains(" ") && (KindCheck.fileManagerShown(
                            screenText) || folderShown(screenText, spaced))) {
                        break; // a folder's name ("bash") as a file manager's title (Nemo's, stop 54, captured)
                    }
                    return Optional.of(new Title(app.kind(), title, false));
                }
            }
        }
        Optional<Title> leading = leads(screenText, candidates);
        if (leading.isPresent()) {
            return leading;
        }
        // "Preferences" and "Options" alone are a window's title above its title bar's buttons (qBittorrent's, stop
        // 54, captured: "Glance cannot tell ...")
        if (!candidates.isEmpty() && PREFERENCES.matcher(candidates.get(0)).matches()
                && titleBarBelow(screenText, candidates.get(0))) {
            return Optional.of(new Title(SETTINGS, candidates.get(0), false));
        }
        // "Settings" alone is a folder's name as much as a title, but not above a search for settings (Windows'
        // Settings, "Find a setting"), a list of settings' sections (GNOME's, "Wi-Fi", "Network", "Bluetooth"; stop
        // 40, written down) or the heading of the section it shows ("Windows Update"; stop 41, written down)
        if (candidates.size() >= 2 && SETTINGS_TITLE.matcher(candidates.get(0)).matches()
                && (SETTINGS_SEARCH.matcher(candidates.get(1)).matches()
                || sectionShown(screenText) || firstLettered(screenText, SECTIONS_WITHIN)
                .stream().filter(AppTitles::section).count() >= SECTIONS)) {
            return Optional.of(new Title(SETTINGS, candidates.get(0), false));
        }
        // a section of Windows' Settings without the window's title, its switches below it ("Bluetooth & devices",
        // "Bluetooth", "On") or a choice it recommends ("Display", "150% (Recommended)"; stop 42, written down:
        // "Glance cannot tell ..."); a section of one word with a switch ("Wi-Fi", "On") is a quick settings panel's
        List<String> top = screenText.stream().limit(SECTIONS_WITHIN).map(String::strip).toList();
        if (!candidates.isEmpty() && SETTINGS_SECTION.matcher(candidates.get(0)).matches()
                && (candidates.get(0).contains("&") && top.stream().anyMatch(l -> SWITCH.matcher(l).matches())
                || top.stream().anyMatch(l -> RECOMMENDED.matcher(l).matches()))) {
            return Optional.of(new Title(SETTINGS, candidates.get(0), false));
        }
        // the trash's own view, its button to empty it (GNOME Files', Finder's; stop 42, written down)
        if (!candidates.isEmpty() && TRASH.matcher(candidates.get(0)).matches()
                && top.stream().anyMatch(l -> EMPTY_TRASH.matcher(l).matches())) {
            return Optional.of(new Title("a file manager", candidates.get(0), false));
        }
        if (candidates.size() >= 2 && EXPLORER_RIBBON.matcher(candidates.get(1)).matches()) {
            return Optional.of(new Title("a file manager", candidates.get(0), false));
        }
        // no application named: a document's name as the title says what shows it, where no other of the first lines
        // names files and none is a shell's command (a terminal's listing of files is no title)
        if (screenText.stream().limit(DOCUMENT_LINES).anyMatch(KindCheck::shellCommand)) {
            return Optional.empty(); // a shell's listing of files below its command
        }
        List<String> near = firstLettered(screenText, DOCUMENT_LINES);
        for (String title : candidates) {
            Matcher m = DOCUMENT.matcher(title.replaceAll("\\s+", " "));
            if (m.matches() && near.stream().noneMatch(l -> !l.equals(title) && namesFiles(l))) {
                for (Map.Entry<Pattern, String> kind : DOCUMENT_KINDS) {
                    if (kind.getKey().matcher(m.group(1)).matches()) {
                        return Optional.of(new Title(kind.getValue(), title, true));
                    }
                }
            }
            if (LIST_HEADING.matcher(title).matches()) {
                break; // the names below a list's column of names are its rows (Thunar's Bulk Rename, stop 37)
            }
            if (title.split("\\s+").length >= SENTENCE_WORDS) {
                // a sentence comes before it: a window's text, where a name is what was typed in a field (zenity's
                // "Rename", "Enter the server address", "Data.py" had been "A code editor: its title is "Data.py"."
                // in real_check's first sentences, stop 35), not a title bar's
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether a browser's address bar is among the first {@value #ADDRESS_WITHIN} lines of {@code screenText}. */
    static boolean addressBarShown(List<String> screenText) {
        return screenText.stream().limit(ADDRESS_WITHIN).anyMatch(l -> BrowserFrame.isBar(l.strip()));
    }

    /**
     * The title that begins with an application's name before a separator, where no title ends with one: "Klavaro -
     * Main menu", "xboard: fairymax" (stop 54, captured: "A dialog. The text on it begins ...", "Probably a
     * terminal. ..."). Only the first line, not above a browser's address bar, and only a name that is no English
     * word: a help page's heading "Terminal - how to open it" names no window ("Calendar - Outlook" is Outlook's).
     */
    private static Optional<Title> leads(List<String> screenText, List<String> candidates) {
        if (candidates.isEmpty() || addressBarShown(screenText)) {
            return Optional.empty();
        }
        String title = candidates.get(0).replaceAll("\\s+", " ");
        Matcher separator = SEPARATED.matcher(title);
        if (!separator.find() || KindCheck.legible(title.substring(0, separator.start()))) {
            return Optional.empty();
        }
        return APPS.stream().filter(a -> a.named() && !a.everyday() && a.leading().matcher(title).matches())
                .findFirst().map(a -> new Title(a.kind(), candidates.get(0), false));
    }

    /** A file manager's path or breadcrumb below its folder's name as its title is among this many first lines. */
    private static final int PATH_WITHIN = 16;

    /**
     * Whether {@code name}, a title, is a folder that the lines below it show the path to: a path that ends with it
     * ("/usr/share/doc/bash") or a breadcrumb's last part, the name again on a line of its own (PCManFM's and Nemo's
     * windows in the folder "bash", a context menu over their status lines, had been "A terminal: its title is
     * "bash".", stop 54, captured).
     */
    private static boolean folderShown(List<String> screenText, String name) {
        List<String> below = screenText.stream().limit(PATH_WITHIN).map(String::strip).toList();
        int from = below.indexOf(name) + 1;
        return from > 0 && below.subList(from, below.size()).stream()
                .anyMatch(l -> l.equals(name) || l.endsWith("/" + name));
    }

    /**
     * The first {@value #TITLE_LINES} lines of {@code screenText} that may be a window's title: with three letters or
     * more in a row, or right above a title bar's buttons whatever they hold (w3m's "w3m" as xterm's title had been
     * passed over: "Glance cannot tell ...", stop 53, captured); stripped.
     */
    private static List<String> titleCandidates(List<String> screenText) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < screenText.size() && candidates.size() < TITLE_LINES; i++) {
            String line = screenText.get(i).strip();
            boolean titled = !line.isEmpty() && KindCheck.titledAt(screenText, i);
            if (LETTERS.matcher(line).find() || titled && line.chars().anyMatch(Character::isLetter)) {
                candidates.add(line);
            }
        }
        return candidates;
    }

    /**
     * The first {@code n} lines of {@code screenText} with three letters or more in a row, stripped: where a window's
     * title may be (a panel's clock, a title bar's icon read as a sign or two, come before it or are passed over).
     */
    static List<String> firstLettered(List<String> screenText, int n) {
        return screenText.stream().filter(l -> LETTERS.matcher(l).find()).limit(n).map(String::strip).toList();
    }

    /**
     * What Glance says when the title among the first lines of {@code screenText} names an application it knows:
     * "A text editor: its title is "letter.txt - Mousepad".", or nothing.
     */
    public static Optional<String> kindByTitle(List<String> screenText) {
        return find(screenText).map(Title::sentence);
    }

    /**
     * {@code line} without a web browser's name at its end ("Barn owl - Wikipedia" for "Barn owl - Wikipedia -
     * Mozilla Firefox"), "" where it is the name alone, else as it is.
     */
    static String withoutBrowser(String line) {
        String l = line.strip().replaceAll("\\s+", " ");
        for (App app : APPS) {
            if (app.kind().equals(BROWSER)) {
                if (app.whole().matcher(l).find()) {
                    return "";
                }
                l = app.afterSeparator().matcher(l).replaceFirst("").strip();
            }
        }
        return l;
    }

    /**
     * Whether half the words of {@code line} or more are files' names, as a listing of files shows them
     * ("draft_2023.js", "'Package September.ogg'", "a.txt b.png"), not a sentence that names one.
     */
    private static boolean namesFiles(String line) {
        String[] words = line.strip().split("\\s+");
        return 2 * Arrays.stream(words).filter(w -> FILE.matcher(w).find()).count() >= words.length;
    }

    /** Whether {@code caption} is what {@link #kindByTitle} says. */
    public static boolean isKindByTitle(String caption) {
        int at = caption.indexOf(TITLE_IS);
        return at > 0 && at < 40 && (caption.endsWith("\".") || IMAGE_SIZE.matcher(caption).find());
    }

    /**
     * Whether {@code title} (its spaces made single) names {@code app}: the name ends the line after a separator, or,
     * on the first line, is the whole line after at most one short token (not an everyday word).
     */
    private static boolean names(String title, App app, boolean first) {
        return app.afterSeparator().matcher(title).find()
                || first && !app.everyday() && app.whole().matcher(title).find();
    }

    /** A name of two words that PP-OCR split inside one: "Speed Crunch", "HandBra ke" (stop 53, captured). */
    private static final Pattern SPLIT_NAME = Pattern.compile("\\p{L}{2,}\\s\\p{L}{2,}");
    /**
     * An application's version after its name, as its window's title shows it: "Scribus 1.5.8", or run together with
     * it as PP-OCR reads it ("vokoscreenNG3.5.0", "gFTP2.9.1b"; stop 54, captured).
     */
    private static final Pattern TITLE_VERSION = Pattern.compile("(?:\\s+v?|(?<=\\p{L}))\\d+(?:\\.\\d+)+\\p{Ll}?$");

    /**
     * Whether a first line names {@code app} as PP-OCR misreads a title: its name's two words split inside one
     * ("Speed Crunch" had been "Glance cannot tell ..."), or, where the window's title-bar buttons or a short line
     * are the next ({@code barBelow}), its name with its version ("Scribus 1.5.8": "A terminal. ..."; stop 53,
     * captured). A name with its version alone elsewhere is an About dialog's heading ("Geany 1.38"), whose title bar
     * says "About", or above a sentence that describes its application.
     */
    private static boolean named(String title, App app, boolean barBelow) {
        if (!app.named() || app.everyday()) {
            return false;
        }
        Matcher version = TITLE_VERSION.matcher(title);
        if (barBelow && version.find() && app.whole().matcher(title.substring(0, version.start())).matches()) {
            return true;
        }
        return SPLIT_NAME.matcher(title).matches() && app.whole().matcher(title.replace(" ", "")).matches();
    }

    /** Whether the line after {@code title} in {@code screenText} is a window's title-bar buttons. */
    private static boolean titleBarBelow(List<String> screenText, String title) {
        for (int i = 0; i < screenText.size(); i++) {
            if (screenText.get(i).strip().equals(title)) {
                return KindCheck.titledAt(screenText, i);
            }
        }
        return false;
    }

}
