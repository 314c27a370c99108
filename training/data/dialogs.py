"""Dialog templates: error, warning, question, info, save changes, login, progress, entry, about, print."""
from . import vocab as V
from .chrome import window, buttons_right, entry, progress, icon, checkbox

APPS = ["Files", "Text Editor", "LibreOffice Writer", "Firefox", "Thunderbird", "Settings", "Software Updater",
        "Document Viewer", "Image Viewer", "Music", "Backup", "Printers", "Disks", "Mousepad", "gedit", "Notepad",
        "Calculator", "Archive Manager", "Terminal", "Photos", "VLC media player", "GIMP", "Inkscape"]

ERRORS = [
    ("Printer not found", "The printer “{p}” is not connected. Check the cable and try again.", "an error about a missing printer"),
    ("Could not open file", "The file “{f}” could not be found. It may have been moved or deleted.", "an error about a missing file"),
    ("Permission denied", "You do not have permission to save “{f}” in this folder.", "a permission error"),
    ("No network connection", "Unable to reach {h}. Check your internet connection.", "a network connection error"),
    ("Disk full", "There is not enough space on the disk to copy “{f}”.", "an error about a full disk"),
    ("Failed to save", "An unexpected error occurred while saving “{f}”.", "an error about saving a file"),
    ("Application not responding", "“{a}” is not responding. You can wait or force it to quit.", "an application that is not responding"),
    ("Update failed", "The update could not be installed. Error code {n}.", "a failed update"),
    ("Invalid password", "The password you entered is incorrect. Please try again.", "an incorrect password error"),
    ("Device not ready", "The USB drive “{d}” was removed before it was ejected safely.", "a USB drive error"),
    ("Connection timed out", "The server {h} took too long to respond.", "a connection timeout"),
    ("Unable to print", "Printing “{f}” failed because the printer is out of paper.", "a printing error"),
    ("File is locked", "“{f}” is being used by another program.", "an error about a locked file"),
    ("Installation failed", "The package could not be installed because a dependency is missing.", "a failed installation"),
    ("Cannot empty trash", "Some files in the Trash could not be deleted.", "an error about the trash"),
    ("Sync error", "Your files could not be synced with {h}.", "a sync error"),
    ("Out of memory", "{a} ran out of memory and had to close.", "an out of memory error"),
]
WARNINGS = [
    ("Low disk space", "Only {n} MB left on “{d}”. Free some space to avoid problems.", "a low disk space warning"),
    ("Battery low", "Battery level is {n}%. Connect your computer to power.", "a low battery warning"),
    ("Certificate expired", "The security certificate of {h} has expired.", "an expired certificate warning"),
    ("Large file", "The file “{f}” is {n} MB. Opening it may take a long time.", "a warning about a large file"),
    ("Unsupported format", "“{f}” uses a format that may not be fully supported.", "an unsupported format warning"),
    ("Unsaved changes", "You have unsaved changes in “{f}”.", "a warning about unsaved changes"),
    ("Password expires soon", "Your password will expire in {n} days.", "a password expiry warning"),
    ("Weak signal", "The Wi-Fi signal is weak. The connection may be slow.", "a weak Wi-Fi warning"),
    ("Update required", "{a} must be updated before it can be used.", "a required update warning"),
]
QUESTIONS = [
    ("Delete files?", "Are you sure you want to permanently delete {n} selected items?", ["Cancel", "Delete"], "a question about deleting {n} items"),
    ("Replace file?", "A file named “{f}” already exists. Do you want to replace it?", ["Cancel", "Replace"], "a question about replacing a file"),
    ("Quit?", "Do you really want to quit {a}?", ["No", "Yes"], "a question about quitting"),
    ("Restart now?", "Updates were installed. Restart the computer now?", ["Later", "Restart Now"], "a question about restarting"),
    ("Empty trash?", "All {n} items in the Trash will be permanently deleted.", ["Cancel", "Empty Trash"], "a question about emptying the trash"),
    ("Allow notifications?", "{h} wants to show notifications.", ["Block", "Allow"], "a question about notifications"),
    ("Allow changes?", "Do you want to allow this app to make changes to your device?", ["No", "Yes"], "a permission prompt"),
    ("Log out?", "You will be logged out in 60 seconds.", ["Cancel", "Log Out"], "a question about logging out"),
    ("Open link?", "Do you want to open this link in {a}?", ["Cancel", "Open"], "a question about opening a link"),
    ("Send anyway?", "This message has no subject. Send it anyway?", ["Don't Send", "Send"], "a question about sending a message"),
]
INFOS = [
    ("Download complete", "“{f}” was saved to {fo}.", "a finished download"),
    ("Update complete", "Your system is up to date.", "a completed update"),
    ("Backup finished", "{n} files were backed up to “{d}”.", "a finished backup"),
    ("Export successful", "The document was exported as “{f}”.", "a successful export"),
    ("Message sent", "Your message to {w} has been sent.", "a sent message"),
    ("Copy complete", "{n} files were copied to “{d}”.", "a finished copy"),
    ("Device connected", "“{d}” is ready to use.", "a connected device"),
    ("Settings saved", "Your changes have been saved.", "saved settings"),
    ("Scan finished", "No threats were found.", "a finished virus scan"),
]


def _fill(rng, s):
    return s.format(p=rng.choice(["HP LaserJet", "Office Printer", "Canon MG3600", "Brother HL-2270", "EPSON XP-245"]),
                    f=V.file_name(rng), h=V.host(rng), a=rng.choice(APPS), n=rng.choice([2, 3, 5, 12, 48, 150, 404]),
                    d=rng.choice(["USB DISK", "Backup Drive", "SD Card", "Home", "KINGSTON"]), fo=rng.choice(V.FOLDERS), w=V.person(rng),
                    )


def _place(sc, rng, area, w, h):
    ax0, ay0, ax1, ay1 = area
    w, h = min(w, ax1 - ax0 - 4), min(h, ay1 - ay0 - 4)
    cx = (ax0 + ax1) / 2 + rng.uniform(-0.15, 0.15) * (ax1 - ax0 - w)
    cy = (ay0 + ay1) / 2 + rng.uniform(-0.2, 0.1) * (ay1 - ay0 - h)
    return [int(cx - w / 2), int(cy - h / 2), int(cx + w / 2), int(cy + h / 2)]


def message_dialog(sc, rng, area, kind, title, heading, message, labels, icon_kind, app):
    W = sc.px(rng.choice([380, 420, 460, 520]))
    msg_lines = max(1, int(sc.tw(message, 13) / (W - sc.px(110))) + 1)
    H = sc.px(140) + msg_lines * sc.px(20) + (sc.px(30) if heading else 0)
    box = _place(sc, rng, area, W, H)
    c = window(sc, box, title, app, True, kind, shown_title=title if sc.style != "mac" or rng.random() < .5 else "")
    x, y = c[0] + sc.px(20), c[1] + sc.px(18)
    icon(sc, x + sc.px(22), y + sc.px(22), sc.px(40), icon_kind)
    tx = x + sc.px(62)
    if heading:
        hb = sc.text(tx, y, heading, 15, True, maxw=c[2] - tx - sc.px(10))
        y = hb[3] + sc.px(10)
    sc.wrap(tx, y, message, c[2] - tx - sc.px(16), 13, maxy=c[3] - sc.px(50))
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), labels)
    facts = [{"t": "heading", "text": heading}] if heading else []
    facts.append({"t": "message", "text": message})
    facts.append({"t": "buttons", "items": labels})
    facts.append({"t": "phrase", "text": {"error": "a red error icon", "warning": "a yellow warning sign",
                                          "info": "an information icon", "question": "a question icon"}[icon_kind],
                  "fact": "icon: " + icon_kind})
    return facts


def _simple(table, ikind, kind, noun):
    def tpl(sc, rng, area):
        row = rng.choice(table)
        app = rng.choice(APPS)
        heading = _fill(rng, row[0])
        msg = _fill(rng, row[1])
        if kind == "dialog.question":
            labels, notable = row[2], row[3]
        else:
            labels = rng.choice({"dialog.error": [["OK"], ["Close"], ["Cancel", "Retry"], ["Details", "OK"]],
                                 "dialog.warning": [["OK"], ["Ignore", "Fix"], ["Cancel", "Continue"]],
                                 "dialog.info": [["OK"], ["Close"], ["Open Folder", "OK"]]}[kind])
            notable = row[2]
        title = rng.choice([heading, app, noun.split()[0].capitalize(), heading])
        facts = message_dialog(sc, rng, area, kind, title, heading if title != heading else None, msg, labels, ikind, app)
        if title == heading:
            facts = [{"t": "message", "text": msg}] + facts[-2:]
        return dict(kind=kind, app=app, title=title, noun=noun, facts=facts, notable=[notable.replace("{n}", "several")])
    return tpl


def save_changes(sc, rng, area):
    app = rng.choice(["Text Editor", "LibreOffice Writer", "gedit", "Mousepad", "Notepad", "Kate", "GIMP"])
    f = V.file_name(rng, "document")
    msg = rng.choice(["Save changes to document “%s” before closing?", "Do you want to save the changes you made to %s?",
                      "The document “%s” has been modified."]) % f
    sub = rng.choice(["If you don't save, changes will be permanently lost.", "Your changes will be lost if you don't save them.", ""])
    labels = rng.choice([["Close without Saving", "Cancel", "Save"], ["Don't Save", "Cancel", "Save"], ["Save", "Don't Save", "Cancel"]])
    facts = message_dialog(sc, rng, area, "dialog.save_changes", rng.choice([app, "Save Changes", "Unsaved Changes"]),
                           msg, sub, labels, "warning", app)
    return dict(kind="dialog.save_changes", app=app, title=sc.windows[-1]["title"], noun="save changes dialog",
                facts=facts, notable=["a question about saving changes to “%s”" % f])


def login(sc, rng, area):
    app = rng.choice(["Authentication", "Network", "Thunderbird", "Remote Desktop", "Software Updater", "Files", "VPN"])
    W, H = sc.px(rng.choice([400, 440, 480])), sc.px(300)
    box = _place(sc, rng, area, W, H)
    title = rng.choice(["Authentication Required", "Log In", "Sign in", "Password Required", "Connect to Server"])
    c = window(sc, box, title, app, True, "dialog.login")
    x, y, w = c[0] + sc.px(24), c[1] + sc.px(16), c[2] - c[0] - sc.px(48)
    msg = rng.choice(["Authentication is required to install software.", "Enter your password for %s." % V.email_addr(rng),
                      "Please sign in to %s." % V.host(rng), "Password required to access “%s”." % rng.choice(V.FOLDERS)])
    y = sc.wrap(x, y, msg, w, 13) + sc.px(8)
    user = V.person(rng).split()[0].lower() if rng.random() < 0.7 else ""
    ulab = rng.choice(["Username", "User name", "Email"])
    sc.text(x, y, ulab, 12, fill=sc.theme["muted"])
    entry(sc, x, y + sc.px(18), w, user, None, label=ulab)
    y += sc.px(56)
    sc.text(x, y, "Password", 12, fill=sc.theme["muted"])
    pw = "x" * rng.randint(0, 11)
    entry(sc, x, y + sc.px(18), w, pw, None, password=True, label="Password", focused=True)
    y += sc.px(58)
    remember = rng.random() < 0.5
    if y + sc.px(70) < c[3]:
        checkbox(sc, x, y, "Remember password", remember)
    labels = rng.choice([["Cancel", "Log In"], ["Cancel", "Authenticate"], ["Cancel", "Sign In"], ["Cancel", "Connect"]])
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), labels)
    facts = [{"t": "message", "text": msg}, {"t": "fields", "items": [ulab, "Password"]},
             {"t": "buttons", "items": labels},
             {"t": "phrase", "text": "the password field %s" % ("filled in" if pw else "empty"), "fact": "password " + ("filled" if pw else "empty")}]
    return dict(kind="dialog.login", app=app, title=title, noun="login dialog", facts=facts, notable=["a password prompt"])


def progress_dlg(sc, rng, area):
    app = rng.choice(["Files", "Software Updater", "Backup", "Archive Manager", "Firefox", "Disks"])
    verb, what = rng.choice([("Copying", "files"), ("Moving", "files"), ("Downloading", "updates"),
                             ("Extracting", "files"), ("Backing up", "files"), ("Installing", "packages")])
    n = rng.randint(5, 400)
    k = rng.randint(0, n)
    frac = k / n
    W, H = sc.px(rng.choice([420, 460, 500])), sc.px(190)
    box = _place(sc, rng, area, W, H)
    title = rng.choice(["%s %s" % (verb, what), "File Operations", "Progress", app])
    c = window(sc, box, title, app, True, "dialog.progress")
    x, y, w = c[0] + sc.px(20), c[1] + sc.px(16), c[2] - c[0] - sc.px(40)
    head = "%s %d %s to “%s”" % (verb, n, what, rng.choice(V.FOLDERS))
    sc.text(x, y, head, 14, True, maxw=w)
    progress(sc, x, y + sc.px(34), w, frac)
    st = "%d of %d %s" % (k, n, what) if rng.random() < 0.5 else "%d%% complete" % round(frac * 100)
    sc.text(x, y + sc.px(52), st, 12, fill=sc.theme["muted"])
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), ["Cancel"] if rng.random() < .7 else ["Pause", "Cancel"], False)
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "a progress bar at %d percent" % round(frac * 100),
                                               "fact": "progress %d%%" % round(frac * 100)},
             {"t": "message", "text": st}]
    return dict(kind="dialog.progress", app=app, title=title, noun="progress dialog", facts=facts,
                notable=["%s %d %s" % (verb.lower(), n, what)])


def entry_dlg(sc, rng, area):
    app = rng.choice(["Files", "zenity", "Text Editor", "Music", "Photos"])
    q, val = rng.choice([("Folder name", rng.choice(V.FOLDERS)), ("Enter a name for the new playlist", V.title_words(rng)),
                         ("Rename file", V.file_name(rng)), ("Enter your name", V.person(rng)), ("New tag", rng.choice(V.NOUNS))])
    W, H = sc.px(rng.choice([360, 400, 440])), sc.px(170)
    box = _place(sc, rng, area, W, H)
    title = rng.choice([q if len(q) < 20 else "Input", "New Folder", "Rename", app])
    c = window(sc, box, title, app, True, "dialog.entry")
    x, y, w = c[0] + sc.px(20), c[1] + sc.px(16), c[2] - c[0] - sc.px(40)
    sc.text(x, y, q, 13)
    v = val if rng.random() < 0.8 else ""
    entry(sc, x, y + sc.px(24), w, v, label=q, focused=True)
    labels = rng.choice([["Cancel", "OK"], ["Cancel", "Create"], ["Cancel", "Rename"]])
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), labels)
    facts = [{"t": "message", "text": q}, {"t": "buttons", "items": labels}]
    if v:
        facts.insert(1, {"t": "phrase", "text": "a text field containing “%s”" % v, "fact": "field text: " + v, "quote": v})
    return dict(kind="dialog.entry", app=app, title=title, noun="input dialog", facts=facts, notable=["a text input"])


def about(sc, rng, area):
    app = rng.choice(APPS)
    ver = "%d.%d.%d" % (rng.randint(1, 45), rng.randint(0, 20), rng.randint(0, 9))
    W, H = sc.px(360), sc.px(330)
    box = _place(sc, rng, area, W, H)
    title = "About %s" % app
    c = window(sc, box, title, app, True, "dialog.about")
    cx = (c[0] + c[2]) // 2
    icon(sc, cx, c[1] + sc.px(55), sc.px(64), rng.choice(["document", "folder", "image", "audio", "info"]))
    y = c[1] + sc.px(100)
    sc.text(cx, y, app, 18, True, anchor="ma")
    sc.text(cx, y + sc.px(30), "Version " + ver, 13, fill=sc.theme["muted"], anchor="ma")
    desc = rng.choice(["A simple tool for everyday tasks", "Organize and view your files", "Edit text files",
                       "Play your music", "Keep your data safe"])
    sc.text(cx, y + sc.px(56), desc, 13, anchor="ma", maxw=c[2] - c[0] - sc.px(20))
    sc.text(cx, y + sc.px(80), "© %d The %s Developers" % (rng.randint(2010, 2026), app), 11, fill=sc.theme["muted"],
            anchor="ma", maxw=c[2] - c[0] - sc.px(20))
    buttons_right(sc, c[2] - sc.px(16), c[3] - sc.px(46), ["Close"], False)
    facts = [{"t": "phrase", "text": "version %s" % ver, "fact": "version " + ver, "quote": "Version " + ver},
             {"t": "message", "text": desc}, {"t": "buttons", "items": ["Close"]}]
    return dict(kind="dialog.about", app=app, title=title, noun="about dialog", facts=facts, notable=["the version of %s" % app])


TEMPLATES = {
    "dialog.error": _simple(ERRORS, "error", "dialog.error", "error dialog"),
    "dialog.warning": _simple(WARNINGS, "warning", "dialog.warning", "warning dialog"),
    "dialog.question": _simple(QUESTIONS, "question", "dialog.question", "question dialog"),
    "dialog.info": _simple(INFOS, "info", "dialog.info", "information dialog"),
    "dialog.save_changes": save_changes,
    "dialog.login": login,
    "dialog.progress": progress_dlg,
    "dialog.entry": entry_dlg,
    "dialog.about": about,
}
