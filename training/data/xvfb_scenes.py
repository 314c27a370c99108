"""Scripted real-application scenarios for xvfb.py: each launches an app with generated content and returns
(process, info, known text lines, window id); the truth is exactly what the script asked the app to show."""
import os
import shutil
import subprocess
import time

from . import vocab as V
from .xvfb import wait_window, ROOT_BAR


def z(d, args, stdin=False):
    return d.run(["zenity"] + args, stdin=subprocess.PIPE if stdin else None)


def sc_zenity(d, rng, tmp):
    from .dialogs import ERRORS, WARNINGS, QUESTIONS, INFOS, _fill
    kind = rng.choice(["error", "warning", "info", "question", "entry", "password", "progress", "calendar", "list", "file"])
    title = None
    facts, known = [], []
    if kind in ("error", "warning", "info", "question"):
        row = rng.choice({"error": ERRORS, "warning": WARNINGS, "info": INFOS, "question": QUESTIONS}[kind])
        head, msg = _fill(rng, row[0]), _fill(rng, row[1])
        title = rng.choice([head, rng.choice(["Error", "Warning", "Information", "Question"])])
        args = ["--" + kind, "--title", title, "--text", msg, "--width", str(rng.choice([300, 400, 500]))]
        labels = ["OK"] if kind != "question" else ["No", "Yes"]
        if kind == "question" and rng.random() < 0.6:
            labels = row[2]
            args += ["--cancel-label", labels[0], "--ok-label", labels[1]]
        known = [title, msg] + labels
        facts = [{"t": "message", "text": msg}, {"t": "buttons", "items": labels}]
        noun = {"error": "error dialog", "warning": "warning dialog", "info": "information dialog", "question": "question dialog"}[kind]
    elif kind in ("entry", "password"):
        q = rng.choice(["Enter a name for the new folder", "What is your name?", "New file name", "Enter the server address"])
        title = rng.choice(["Input", q[:20], "Rename", "Connect"])
        val = rng.choice([V.person(rng), V.file_name(rng), V.host(rng)])
        args = ["--entry", "--title", title, "--text", q, "--entry-text", val] if kind == "entry" else \
            ["--password", "--title", title]
        known = [title, q, val, "Cancel", "OK", "Password:", "Type your password"]
        facts = ([{"t": "message", "text": q}, {"t": "phrase", "text": "a text field containing “%s”" % val, "fact": "field text: " + val, "quote": val}]
                 if kind == "entry" else [{"t": "phrase", "text": "a password field", "fact": "password field"}]) + [{"t": "buttons", "items": ["Cancel", "OK"]}]
        noun = "input dialog" if kind == "entry" else "password dialog"
    elif kind == "progress":
        pct = rng.randint(0, 100)
        t = rng.choice(["Copying files…", "Downloading updates…", "Installing packages", "Backing up %s" % rng.choice(V.FOLDERS)])
        title = rng.choice(["Progress", "Please wait", t.rstrip("…")])
        args = ["--progress", "--title", title, "--text", t, "--percentage", str(pct), "--width", "420"]
        known = [title, t, "Cancel", "OK", "%d%%" % pct]
        facts = [{"t": "message", "text": t}, {"t": "phrase", "text": "a progress bar at %d percent" % pct, "fact": "progress %d%%" % pct}]
        noun = "progress dialog"
    elif kind == "calendar":
        day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2027)
        q = rng.choice(["Select a date from below.", "When is your appointment?", "Choose the start date"])
        title = rng.choice(["Calendar selection", "Select a date", "Choose date"])
        args = ["--calendar", "--title", title, "--text", q, "--day", str(day), "--month", str(mon), "--year", str(yr)]
        known = [title, q, "Cancel", "OK", V.MONTHS[mon - 1], str(yr)]
        facts = [{"t": "message", "text": q}, {"t": "buttons", "items": ["Cancel", "OK"]}]
        noun = "date picker dialog"
    elif kind == "list":
        cols = rng.choice([["Name", "Size"], ["Task", "Due"], ["Printer", "Status"]])
        rows = [[V.file_name(rng), "%d kB" % rng.randint(1, 999)] if cols[0] == "Name" else
                [rng.choice(V.VERBS).capitalize() + " " + rng.choice(V.NOUNS), rng.choice(V.DAYS)] if cols[0] == "Task" else
                [rng.choice(["HP LaserJet", "Canon MG3600", "Brother HL-2270"]) + " %d" % i, rng.choice(["Ready", "Offline"])]
                for i in range(rng.randint(2, 7))]
        q = rng.choice(["Select an item", "Choose a task", "Pick a printer"])
        title = rng.choice([q, "Select"])
        args = ["--list", "--title", title, "--text", q, "--height", "320", "--width", "420"] + \
            sum([["--column", c] for c in cols], []) + [v for r in rows for v in r]
        known = [title, q, "Cancel", "OK"] + cols + [v for r in rows for v in r]
        facts = [{"t": "message", "text": q}, {"t": "count", "n": len(rows), "what": "rows"}, {"t": "items", "items": [r[0] for r in rows[:2]], "what": "rows"}]
        noun = "list dialog"
    else:
        dd = os.path.join(tmp, rng.choice(V.FOLDERS))
        os.makedirs(dd, exist_ok=True)
        names = sorted({V.file_name(rng) for _ in range(rng.randint(3, 10))})
        for n in names:
            open(os.path.join(dd, n), "w").close()
        title = rng.choice(["Open File", "Select a file", "Choose a document"])
        args = ["--file-selection", "--title", title, "--filename", dd + "/"]
        known = [title, "Cancel", "OK", os.path.basename(dd)] + names
        facts = [{"t": "items", "items": names[:3], "what": "files"}, {"t": "buttons", "items": ["Cancel", "OK"]}]
        noun = "file chooser"
    p = z(d, args, stdin=(kind == "progress"))
    win = wait_window(d, title, 8)
    return p, dict(kind="dialog." + {"file": "file_chooser"}.get(kind, kind), app="zenity", title=title, noun=noun,
                   facts=facts, notable=[]), known, win


def sc_mousepad(d, rng, tmp):
    from .editors import doc_lines
    head, lines = doc_lines(rng)
    fn = V.file_name(rng, "document").rsplit(".", 1)[0] + rng.choice([".txt", ".md"])
    path = os.path.join(tmp, fn)
    with open(path, "w") as f:
        f.write("\n".join(lines))
    p = d.run(["mousepad", path])
    win = wait_window(d, fn, 10)
    known = [fn, "Mousepad", fn + " - Mousepad", "File", "Edit", "Search", "View", "Document", "Help"] + [l for l in lines if l]
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "a document about “%s”" % head.lower(), "fact": "document", "quote": head}]
    if os.geteuid() == 0:  # mousepad shows a red bar when run as root
        known.append(ROOT_BAR)
        facts.append({"t": "phrase", "text": "a red warning bar about the root account", "fact": "root account warning",
                      "quote": "you are using the root account"})
    return p, dict(kind="editor.text", app="Mousepad", title="%s - Mousepad" % fn, noun="text editor", facts=facts,
                   notable=["a text document titled “%s”" % head]), known, win


def sc_xterm(d, rng, tmp):
    wd = os.path.join(tmp, "w%d" % rng.randrange(10 ** 6))
    os.makedirs(wd, exist_ok=True)
    names = sorted({V.file_name(rng) for _ in range(rng.randint(3, 9))})
    for n in names:
        open(os.path.join(wd, n), "w").close()
    what = rng.choice(["ls", "traceback", "cat"])
    title = rng.choice(["Terminal", "bash", "xterm"])
    bg, fg = rng.choice([("black", "white"), ("white", "black"), ("#300a24", "white"), ("#002b36", "#93a1a1")])
    p = d.run(["xterm", "-fa", rng.choice(["DejaVu Sans Mono", "Liberation Mono", "Hack", "Noto Sans Mono", "Cousine"]),
               "-fs", str(rng.choice([10, 11, 12, 14])), "-bg", bg, "-fg", fg,
               "-geometry", "%dx%d" % (rng.randint(70, 110), rng.randint(20, 34)), "-T", title, "-e",
               "bash", "--norc", "--noprofile"], cwd=wd)
    win = wait_window(d, title, 8)
    d.xdo("type", "--delay", "2", "PS1='$ '; clear\n")
    known, facts = [title], []
    if what == "ls":
        d.xdo("type", "--delay", "2", "ls -1\n")
        known += ["$ ls -1"] + names
        facts = [{"t": "phrase", "text": "a file listing from the ls command", "fact": "command: ls"}, {"t": "items", "items": names[:2], "what": "files"}]
        notable = "a shell with a file listing"
    elif what == "cat":
        fn = V.file_name(rng, "document").rsplit(".", 1)[0] + ".txt"
        body = [V.sentence(rng)[:60] for _ in range(rng.randint(2, 6))]
        with open(os.path.join(wd, fn), "w") as f:
            f.write("\n".join(body) + "\n")
        d.xdo("type", "--delay", "2", "cat %s\n" % fn)
        known += ["$ cat " + fn] + body
        facts = [{"t": "phrase", "text": "the contents of “%s”" % fn, "fact": "cat " + fn, "quote": fn}]
        notable = "a text file printed in a shell"
    else:
        err, line = rng.choice([("ZeroDivisionError: division by zero", "x = 1 / 0"), ("NameError: name 'total' is not defined", "print(total)"),
                                ("KeyError: 'name'", "d = {}; d['name']"), ("IndexError: list index out of range", "[][1]")])
        fn = rng.choice(V.NOUNS) + ".py"
        with open(os.path.join(wd, fn), "w") as f:
            f.write("# %s\n%s\n" % (fn, line))
        d.xdo("type", "--delay", "2", "python3 %s\n" % fn)
        known += ["$ python3 " + fn, "Traceback (most recent call last):", '  File "%s/%s", line 2, in <module>' % (wd, fn), line, err]
        facts = [{"t": "message", "text": err}, {"t": "phrase", "text": "a Python traceback", "fact": "python traceback"}]
        notable = "a Python error"
    time.sleep(0.6)
    return p, dict(kind="terminal." + ("traceback" if what == "traceback" else "shell"), app="xterm", title=title,
                   noun="terminal", facts=facts, notable=[notable]), known, win


def sc_galculator(d, rng, tmp):
    p = d.run(["galculator"])
    win = wait_window(d, "galculator", 10)
    a, b = rng.randint(2, 999), rng.randint(2, 99)
    op = rng.choice(["+", "-", "*"])
    res = {"+": a + b, "-": a - b, "*": a * b}[op]
    d.xdo("type", "--delay", "40", "%d%s%d=" % (a, op, b))
    time.sleep(0.4)
    known = ["galculator", str(res), "Calculator", "Edit", "View", "Help"]
    facts = [{"t": "phrase", "text": "the display showing %d" % res, "fact": "display: %d" % res, "quote": str(res)}]
    return p, dict(kind="app.calculator", app="galculator", title="galculator", noun="calculator", facts=facts,
                   notable=["a calculation %d %s %d" % (a, op, b)]), known, win


def sc_zenity2(d, rng, tmp):
    """zenity text-info (a file shown in a dialog), scale and forms."""
    kind = rng.choice(["text", "scale", "forms"])
    if kind == "text":
        from .editors import doc_lines
        head, lines = doc_lines(rng)
        lines = [l[:80] for l in lines]
        fn = os.path.join(tmp, "info%d.txt" % rng.randrange(10 ** 6))
        with open(fn, "w") as f:
            f.write("\n".join(lines))
        title = rng.choice(["Release notes", "License", "Read me", head])
        args = ["--text-info", "--title", title, "--filename", fn, "--width", "560", "--height", "420"]
        known = [title, "Cancel", "OK"] + [l for l in lines if l]
        facts = [{"t": "heading", "text": head}, {"t": "buttons", "items": ["Cancel", "OK"]}]
        noun, k = "text viewer dialog", "dialog.text_info"
    elif kind == "scale":
        q = rng.choice(["Set the volume", "Brightness", "Choose the zoom level", "Set the speed"])
        v = rng.randint(0, 100)
        title = rng.choice(["Adjust", q, "Scale"])
        args = ["--scale", "--title", title, "--text", q, "--value", str(v), "--min-value", "0", "--max-value", "100"]
        known = [title, q, str(v), "Cancel", "OK"]
        facts = [{"t": "message", "text": q}, {"t": "phrase", "text": "a slider set to %d" % v, "fact": "slider: %d" % v, "quote": str(v)},
                 {"t": "buttons", "items": ["Cancel", "OK"]}]
        noun, k = "slider dialog", "dialog.scale"
    else:
        q = rng.choice(["Add a new contact", "Register for the event", "New appointment", "Shipping address"])
        fields = rng.choice([["Name", "Email", "Phone"], ["First name", "Last name", "City"], ["Title", "Place", "Notes"],
                             ["Street", "Postcode", "Country"]])
        title = rng.choice(["Form", q, "New entry"])
        args = ["--forms", "--title", title, "--text", q] + sum([["--add-entry", f] for f in fields], [])
        known = [title, q, "Cancel", "OK"] + fields
        facts = [{"t": "message", "text": q}, {"t": "fields", "items": fields}, {"t": "buttons", "items": ["Cancel", "OK"]}]
        noun, k = "form dialog", "dialog.forms"
    p = z(d, args)
    win = wait_window(d, title, 8)
    return p, dict(kind=k, app="zenity", title=title, noun=noun, facts=facts, notable=[]), known, win


def sc_xterm_vim(d, rng, tmp):
    """vim editing a known file inside xterm."""
    from .editors import doc_lines
    head, lines = doc_lines(rng)
    lines = [l[:70] for l in lines][:18]
    fn = rng.choice(["notes.txt", "todo.md", "plan.txt", "README.md", V.file_name(rng, "document").rsplit(".", 1)[0] + ".txt"])
    wd = os.path.join(tmp, "v%d" % rng.randrange(10 ** 6))
    os.makedirs(wd, exist_ok=True)
    with open(os.path.join(wd, fn), "w") as f:
        f.write("\n".join(lines) + "\n")
    title = "%s (%s) - VIM" % (fn, wd)
    p = d.run(["xterm", "-fa", rng.choice(["DejaVu Sans Mono", "Liberation Mono", "Hack", "Cousine"]), "-fs", str(rng.choice([10, 11, 12])), "-bg", rng.choice(["black", "white", "#1e1e1e"]),
               "-fg", "grey", "-geometry", "%dx%d" % (rng.randint(80, 110), rng.randint(24, 34)), "-T", title, "-e", "vim", "-u", "NONE",
               "-c", "syntax off", fn], cwd=wd)
    win = wait_window(d, "VIM", 8) or wait_window(d, fn, 2)
    insert = rng.random() < 0.4
    if insert:
        d.xdo("key", "i")
        time.sleep(0.3)
    nb = sum(len(l) + 1 for l in lines)
    known = [l for l in lines if l] + ['"%s" %dL, %dB' % (fn, len(lines), nb), '"%s" %d lines, %d bytes' % (fn, len(lines), nb)] + \
        (["-- INSERT --"] if insert else [])
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "vim in insert mode" if insert else "vim", "fact": "vim",
                                              "quote": "-- INSERT --" if insert else None}]
    return p, dict(kind="terminal.vim", app="vim", title=title, noun="terminal", facts=facts, notable=["a file open in vim"]), known, win


def sc_xterm_man(d, rng, tmp):
    """A manual page in xterm (man with its pager); the known text is the page as man itself renders it."""
    cmd = rng.choice(["ls", "grep", "tar", "cp", "mv", "cat", "find", "ssh", "chmod", "sort", "date", "man"])
    cols, rows = rng.randint(72, 100), rng.randint(22, 34)
    env = dict(d.env, MANWIDTH=str(cols - 2), MANPAGER="cat", PAGER="cat")
    page = subprocess.run(["man", cmd], env=env, capture_output=True, text=True, timeout=20).stdout
    lines = [" ".join(l.split()) for l in page.splitlines()[:rows]]
    if not any(lines):
        raise RuntimeError("no manual page for " + cmd)
    title = "man %s" % cmd
    p = d.run(["xterm", "-fa", rng.choice(["DejaVu Sans Mono", "Liberation Mono", "Hack", "Cousine"]),
               "-fs", str(rng.choice([10, 11, 12])), "-bg", rng.choice(["black", "white", "#300a24"]), "-fg",
               rng.choice(["grey", "white"]), "-geometry", "%dx%d" % (cols, rows), "-T", title, "-e",
               "env", "MANWIDTH=%d" % (cols - 2), "man", cmd])
    win = wait_window(d, title, 8)
    time.sleep(0.8)
    name = next((l for l in lines if " - " in l), "")
    known = [title] + [l for l in lines if l] + ["Manual page %s(1) line 1" % cmd]
    facts = [{"t": "phrase", "text": "the manual page of “%s”" % cmd, "fact": "man page: " + cmd, "quote": cmd.upper() + "(1)"}]
    if name:
        facts.append({"t": "message", "text": name})
    return p, dict(kind="terminal.man", app="xterm", title=title, noun="terminal", facts=facts,
                   notable=["the manual page of the %s command" % cmd]), known, win


HTOP_HEAD = "PID USER PRI NI VIRT RES SHR S CPU% MEM% TIME+ Command"
HTOP_KEYS = "F1Help F2Setup F3Search F4Filter F5Tree F6SortBy F7Nice - F8Nice + F9Kill F10Quit"


def sc_xterm_htop(d, rng, tmp):
    """htop in xterm, filtered to a program started for the shot (a copy of sleep under a job's name), so that the
    process is in view. The rest of the list changes by itself, so the known text is only what htop always draws (its
    meter labels, column header and function-key bar) and the job's name."""
    home = os.path.join(tmp, "h%d" % rng.randrange(10 ** 6))
    os.makedirs(home, exist_ok=True)
    job = rng.choice(["backup", "render", "indexer", "sync", "encoder", "crawler"]) + "_%d" % rng.randint(1, 99)
    script = os.path.join(home, job)
    shutil.copy("/bin/sleep", script)
    title = rng.choice(["htop", "Terminal", "bash"])
    cols, rows = rng.randint(90, 130), rng.randint(24, 36)
    p = d.run(["xterm", "-fa", rng.choice(["DejaVu Sans Mono", "Liberation Mono", "Hack", "Cousine"]),
               "-fs", str(rng.choice([10, 11, 12])), "-bg", rng.choice(["black", "#300a24", "#1e1e1e"]), "-fg",
               rng.choice(["grey", "white"]), "-geometry", "%dx%d" % (cols, rows), "-T", title, "-e", "sh", "-c",
               "%s 600 & HOME=%s exec htop --filter=%s" % (script, home, job)], cwd=home)
    win = wait_window(d, title, 8)
    time.sleep(1.5)  # htop's first screen fills in after a refresh
    known = [title, HTOP_HEAD, HTOP_KEYS, "Load average:", "Uptime:", "Tasks:", "Mem", "Swp", script, job]
    facts = [{"t": "phrase", "text": "a process list in htop", "fact": "htop"},
             {"t": "phrase", "text": "a process called “%s”" % job, "fact": "process: " + job, "quote": job}]
    return p, dict(kind="terminal.htop", app="htop", title=title, noun="terminal", facts=facts,
                   notable=["the htop process viewer"]), known, win


def sc_pcmanfm(d, rng, tmp):
    """The PCManFM file manager on a folder of generated files, in icon, list or compact view."""
    folder = rng.choice(V.FOLDERS) if rng.random() < 0.6 else V.title_words(rng, 2)
    wd = os.path.join(tmp, "f%d" % rng.randrange(10 ** 6), folder)
    os.makedirs(wd, exist_ok=True)
    names = sorted({V.file_name(rng) for _ in range(rng.randint(3, 12))})
    subs = sorted({rng.choice(V.FOLDERS) for _ in range(rng.randint(0, 3))})
    for n in names:
        with open(os.path.join(wd, n), "w") as f:
            f.write("x" * rng.randint(0, 5000))
    for sdir in subs:
        os.makedirs(os.path.join(wd, sdir), exist_ok=True)
    view = rng.choice(["icon", "list", "compact"])
    conf = os.path.join(d.env["XDG_CONFIG_HOME"], "pcmanfm", "default")
    os.makedirs(conf, exist_ok=True)
    with open(os.path.join(conf, "pcmanfm.conf"), "w") as f:
        f.write("[ui]\nview_mode=%s\nshow_hidden=0\nwin_width=%d\nwin_height=%d\n" % (
            view, rng.randint(640, 980), rng.randint(420, 700)))
    p = d.run(["pcmanfm", wd])
    win = wait_window(d, folder, 10)
    time.sleep(0.8)
    items = subs + names
    known = [folder, "File", "Edit", "View", "Sort", "Go", "Tool", "Help", "Places", "Home Folder", "Desktop",
             "Trash Can", "Applications", "Name", "Size", "Modified", "Description", wd] + items + \
        ["%d items" % len(items), "%d item" % len(items)]
    facts = [{"t": "count", "n": len(items), "what": "items"}, {"t": "items", "items": items[:3]},
             {"t": "phrase", "text": "the folder “%s”" % folder, "fact": "folder: " + folder, "quote": folder}]
    return p, dict(kind="files.grid" if view == "icon" else "files.list", app="PCManFM", title=folder, noun="file manager",
                   facts=facts, notable=["a folder with %d items" % len(items)]), known, win


def sc_mupdf(d, rng, tmp):
    """A PDF (a letter or report drawn here, so its text is known) open in the MuPDF viewer."""
    from PIL import Image, ImageDraw, ImageFont
    from .editors import doc_lines
    head, lines = doc_lines(rng)
    lines = [l[:64] for l in lines][:22]
    font = rng.choice(["DejaVuSerif.ttf", "DejaVuSans.ttf", "LiberationSerif-Regular.ttf", "LiberationSans-Regular.ttf"])
    try:
        f = ImageFont.truetype(font, 20)
        fb = ImageFont.truetype(font, 28)
    except OSError:
        f = fb = ImageFont.load_default()
    page = Image.new("RGB", (820, 1060), "white")
    dr = ImageDraw.Draw(page)
    dr.text((70, 70), head, font=fb, fill="black")
    y = 130
    for l in lines:
        if l and l != head:
            dr.text((70, y), l, font=f, fill=(20, 20, 20))
        y += 32
    name = V.file_name(rng, "document").rsplit(".", 1)[0] + ".pdf"
    path = os.path.join(tmp, name)
    page.save(path, "PDF", resolution=72.0)
    p = d.run(["mupdf", path])
    win = wait_window(d, name, 10)
    time.sleep(0.6)
    known = [name, head] + [l for l in lines if l]
    facts = [{"t": "heading", "text": head},
             {"t": "phrase", "text": "the document “%s”" % name, "fact": "file: " + name, "quote": name}]
    return p, dict(kind="app.pdf", app="MuPDF", title=name, noun="PDF viewer", facts=facts,
                   notable=["a PDF document titled “%s”" % head]), known, win


def sc_mousepad_menu(d, rng, tmp):
    """Mousepad with one of its menus opened from the keyboard."""
    p, info, known, win = sc_mousepad(d, rng, tmp)
    if not win:
        return p, info, known, win
    menu, key, items = rng.choice([
        ("File", "alt+f", ["New", "New Window", "New From Template", "Open...", "Open Recent", "Save", "Save As...",
                           "Save All", "Reload", "Print...", "Close Tab", "Close Window", "Quit"]),
        ("Edit", "alt+e", ["Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Preferences..."]),
        ("View", "alt+v", ["Select Font...", "Line Numbers", "Word Wrap", "Fullscreen"])])
    before = d.grab()
    d.xdo("windowactivate", "--sync", win)
    d.xdo("key", key)
    time.sleep(0.6)
    after = d.grab()
    from PIL import ImageChops
    changed = ImageChops.difference(before.convert("L"), after.convert("L")).point(lambda v: 255 if v > 40 else 0)
    box = changed.getbbox()
    # the menu is open only if a menu-sized area changed; otherwise this is not the scene it claims to be
    if not box or (box[2] - box[0]) < 60 or (box[3] - box[1]) < 80:
        p.kill()
        raise RuntimeError("the %s menu did not open" % menu)
    info = dict(info, facts=info["facts"] + [{"t": "phrase", "text": "the %s menu open" % menu,
                                                "fact": "open menu: " + menu, "quote": items[0]}],
                notable=info["notable"] + ["an open %s menu" % menu])
    return p, info, known + items, win


SCENARIOS = [(sc_zenity, 0.26), (sc_zenity2, 0.08), (sc_mousepad, 0.08), (sc_mousepad_menu, 0.06), (sc_xterm, 0.1),
             (sc_xterm_vim, 0.06), (sc_galculator, 0.06), (sc_xterm_man, 0.1), (sc_pcmanfm, 0.12), (sc_mupdf, 0.08)]


# ---- spreadsheet (Gnumeric), image viewer (GPicView), appearance settings (LXAppearance) ----

def _iso(rng):
    return "%d-%02d-%02d" % (rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28))


def sheet_data(rng):
    """(file stem, what the rows are, column names, rows of cell strings, numeric column indices): a small
    generated table."""
    stem, what, cols, num, gen = rng.choice([
        ("expenses", "expenses", ["Date", "Item", "Category", "Amount"], {3},
         lambda: [_iso(rng), rng.choice(V.PRODUCTS + V.FOODS), rng.choice(["Food", "Office", "Travel", "Home", "Bills"]),
                  "%.2f" % rng.uniform(2, 400)]),
        ("grades", "students", ["Student", "Math", "English", "Science"], {1, 2, 3},
         lambda: [V.person(rng)] + [str(rng.randint(40, 100)) for _ in range(3)]),
        ("inventory", "products", ["Product", "Stock", "Price", "Supplier"], {1, 2},
         lambda: [rng.choice(V.PRODUCTS), str(rng.randint(0, 500)), "%.2f" % rng.uniform(1, 300), rng.choice(V.COMPANIES)]),
        ("sales", "regions", ["Region", "Q1", "Q2", "Q3", "Q4"], {1, 2, 3, 4},
         lambda: [rng.choice(V.CITIES)] + [str(rng.randint(1000, 90000)) for _ in range(4)]),
        ("hours", "time entries", ["Date", "Employee", "Project", "Hours"], {3},
         lambda: [_iso(rng), V.person(rng), V.title_words(rng, 2), "%.1f" % (rng.randint(2, 20) / 2)]),
        ("contacts", "contacts", ["Name", "Email", "City"], set(),
         lambda: [V.person(rng), V.email_addr(rng), rng.choice(V.CITIES)]),
    ])
    rows = []
    for _ in range(rng.randint(3, 12)):
        r = gen()
        if r[0] not in [x[0] for x in rows]:
            rows.append(r)
    return stem, what, cols, rows, num


def gnumeric_xml(sheet, table, num, widths):
    """A .gnumeric workbook (uncompressed XML): one sheet, bold header row, column widths in points."""
    from xml.sax.saxutils import escape
    cells = []
    for r, row in enumerate(table):
        for c, v in enumerate(row):
            if r and c in num:
                fmt = "0.00" if v.endswith(tuple("0123456789")) and "." in v and len(v.split(".")[1]) == 2 else \
                    "0.0" if "." in v else "0"
                cells.append('<gnm:Cell Row="%d" Col="%d" ValueType="40" ValueFormat="%s">%s</gnm:Cell>' % (r, c, fmt, v))
            else:
                cells.append('<gnm:Cell Row="%d" Col="%d" ValueType="60">%s</gnm:Cell>' % (r, c, escape(v)))
    ncol = len(table[0])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">'
            '<gnm:SheetNameIndex><gnm:SheetName>%s</gnm:SheetName></gnm:SheetNameIndex><gnm:Sheets><gnm:Sheet>'
            '<gnm:Name>%s</gnm:Name><gnm:MaxCol>%d</gnm:MaxCol><gnm:MaxRow>%d</gnm:MaxRow><gnm:Cols DefaultSizePts="48">%s'
            '</gnm:Cols><gnm:Styles><gnm:StyleRegion startCol="0" startRow="0" endCol="%d" endRow="0"><gnm:Style HAlign="1" '
            'VAlign="2" Fore="0:0:0" Back="FFFF:FFFF:FFFF" PatternColor="0:0:0" Shade="0" Format="General"><gnm:Font '
            'Unit="10" Bold="1" Italic="0" Underline="0" StrikeThrough="0" Script="0">Sans</gnm:Font></gnm:Style>'
            '</gnm:StyleRegion></gnm:Styles><gnm:Cells>%s</gnm:Cells></gnm:Sheet></gnm:Sheets></gnm:Workbook>\n'
            % (escape(sheet), escape(sheet), ncol - 1, len(table) - 1,
               "".join('<gnm:ColInfo No="%d" Unit="%.1f"/>' % (i, w) for i, w in enumerate(widths)), ncol - 1,
               "".join(cells)))


def sc_gnumeric(d, rng, tmp):
    """A generated table (expenses, grades, inventory, ...) open in Gnumeric, as .gnumeric (sized columns, bold
    header) or as .csv when every cell fits Gnumeric's default column width. The row count is a fact only when the
    last row is seen on screen (info['require'])."""
    stem, what, cols, rows, num = sheet_data(rng)
    table = [cols] + rows
    tag = rng.choice([str(rng.randint(2019, 2027)), rng.choice(V.MONTHS).lower(), "q%d" % rng.randint(1, 4), "v%d" % rng.randint(1, 9)])
    short = all(len(v) <= 10 for r in table for v in r)
    ext = ".csv" if short and rng.random() < 0.6 else ".gnumeric"
    fn = "%s_%s%s" % (rng.choice([stem, stem.capitalize(), "my_" + stem]), tag, ext)
    path = os.path.join(tmp, "s%d" % rng.randrange(10 ** 6))
    os.makedirs(path, exist_ok=True)
    path = os.path.join(path, fn)
    if ext == ".csv":
        sheet = fn
        with open(path, "w") as f:
            f.write("\n".join(",".join(r) for r in table) + "\n")
    else:
        sheet = rng.choice(["Sheet1", stem.capitalize(), "Data"])
        widths = [max(40.0, 6.6 * max(len(r[c]) for r in table) + 10) for c in range(len(cols))]
        with open(path, "w") as f:
            f.write(gnumeric_xml(sheet, table, num, widths))
    p = d.run(["gnumeric", "--no-splash", path])
    win = wait_window(d, fn, 15)
    time.sleep(0.8)
    title = "%s - Gnumeric" % fn
    known = [title, fn, sheet, "File", "Edit", "View", "Insert", "Format", "Tools", "Statistics", "Data", "Help",
             " ".join(cols)] + cols + [" ".join(r) for r in rows] + [v for r in rows for v in r]
    last = [v for v in rows[-1] if len(v) >= 3 and sum(v in r for r in table[:-1]) == 0] or rows[-1]
    facts = [{"t": "count", "n": len(rows), "what": "rows", "of": what},
             {"t": "phrase", "text": "columns %s" % ", ".join("“%s”" % x for x in cols[:3]), "fact": "columns: " + ", ".join(cols)},
             {"t": "items", "items": [r[0] for r in rows[:3]], "what": cols[0].lower()}]
    return p, dict(kind="office.spreadsheet", app="Gnumeric", title=title, noun="spreadsheet", facts=facts,
                   notable=["a table of %d %s" % (len(rows), what)], require=[last], ocr_window=True), known, win


def _gradient(w, h, top, bottom):
    from PIL import Image
    col = Image.new("RGB", (1, 2))
    col.putpixel((0, 0), top)
    col.putpixel((0, 1), bottom)
    return col.resize((w, h), Image.Resampling.BILINEAR)


def draw_picture(rng, w, h):
    """A picture drawn here, and what it shows: a landscape, a sunset over the sea, a night sky, a tuxpaint stamp
    on a soft background, or coloured shapes. Returns (RGB image, short description, file-name stem)."""
    from PIL import ImageDraw
    kind = rng.choice(["mountains", "sunset", "night", "stamp", "shapes"])
    hz = int(h * rng.uniform(0.5, 0.7))
    if kind == "stamp":
        try:
            from .camera import stamps
            st = stamps()
        except Exception:  # camera.py unavailable: draw shapes instead
            st = []
        if not st:
            kind = "shapes"
    if kind == "mountains":
        img = _gradient(w, h, (rng.randint(60, 110), rng.randint(140, 180), 235), (200, 225, 250))
        dr = ImageDraw.Draw(img)
        r = int(h * 0.07)
        sx, sy = rng.randint(r, w - r), rng.randint(r, hz // 2)
        dr.ellipse([sx - r, sy - r, sx + r, sy + r], fill=(255, 235, 130))
        for layer, col in enumerate([(120, 125, 140), (90, 100, 115)]):
            pts, x = [(0, hz)], 0
            while x < w:
                x += rng.randint(w // 8, w // 3)
                pts += [(x - rng.randint(20, 60), hz - rng.randint(h // 8, h // 3) // (layer + 1)), (x, hz)]
            dr.polygon(pts + [(w, hz)], fill=col)
        dr.rectangle([0, hz, w, h], fill=(rng.randint(60, 100), rng.randint(130, 170), 70))
        for _ in range(rng.randint(3, 9)):
            tx, ty, th = rng.randint(0, w), rng.randint(hz + 10, h), rng.randint(h // 12, h // 6)
            dr.polygon([(tx, ty - th), (tx - th // 3, ty), (tx + th // 3, ty)], fill=(30, rng.randint(80, 110), 40))
        return img, "a picture of mountains under a blue sky", rng.choice(["mountains", "hiking", "alps", "valley"])
    if kind == "sunset":
        img = _gradient(w, h, (rng.randint(90, 140), 60, 120), (250, rng.randint(140, 190), 80))
        dr = ImageDraw.Draw(img)
        r = int(w * 0.08)
        cx = rng.randint(w // 4, 3 * w // 4)
        dr.ellipse([cx - r, hz - r, cx + r, hz + r], fill=(255, 210, 120))
        dr.rectangle([0, hz, w, h], fill=(40, 50, 100))
        for k in range(8):
            y = hz + 6 + k * (h - hz) // 9
            dr.line([cx - r + k * 4, y, cx + r - k * 4, y], fill=(240, 170, 100), width=3)
        return img, "a picture of a sunset over the sea", rng.choice(["sunset", "beach_sunset", "evening_sea", "holiday"])
    if kind == "night":
        img = _gradient(w, h, (10, 15, 40), (40, 50, 100))
        dr = ImageDraw.Draw(img)
        for _ in range(rng.randint(40, 120)):
            x, y = rng.randint(0, w), rng.randint(0, hz)
            dr.point([(x, y), (x + 1, y)], fill=(255, 255, 230))
        r = int(h * 0.06)
        mx, my = rng.randint(r, w - r), rng.randint(r, hz // 2)
        dr.ellipse([mx - r, my - r, mx + r, my + r], fill=(240, 240, 210))
        dr.ellipse([0 - w // 4, hz - h // 10, w // 2, h + h // 3], fill=(15, 25, 30))
        dr.ellipse([w // 3, hz, w + w // 4, h + h // 2], fill=(20, 30, 35))
        return img, "a picture of the moon over dark hills at night", rng.choice(["night_sky", "moon", "stars", "night"])
    if kind == "stamp":
        from PIL import Image
        spath, noun = rng.choice(st)
        img = _gradient(w, h, tuple(rng.randint(200, 250) for _ in range(3)), tuple(rng.randint(150, 230) for _ in range(3)))
        s = Image.open(spath).convert("RGBA")
        k = min(w * 0.7 / s.width, h * 0.7 / s.height)
        s = s.resize((max(1, int(s.width * k)), max(1, int(s.height * k))), Image.Resampling.LANCZOS)
        img.paste(s, ((w - s.width) // 2, (h - s.height) // 2), s)
        stem = os.path.basename(spath)[:-4].replace("-", "_")
        return img, "a picture of %s" % noun, stem
    img = _gradient(w, h, tuple(rng.randint(180, 255) for _ in range(3)), tuple(rng.randint(120, 220) for _ in range(3)))
    dr = ImageDraw.Draw(img)
    for _ in range(rng.randint(5, 14)):
        col = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        r = rng.randint(10, max(11, min(w, h) // 5))
        cx, cy = rng.randint(r, w - r), rng.randint(r, h - r)
        shape = rng.choice(["ellipse", "rectangle", "polygon"])
        if shape == "polygon":
            dr.polygon([(cx, cy - r), (cx - r, cy + r), (cx + r, cy + r)], fill=col)
        else:
            getattr(dr, shape)([cx - r, cy - r, cx + r, cy + r], fill=col)
    return img, "an abstract picture of coloured shapes", rng.choice(["shapes", "abstract", "pattern", "drawing"])


def sc_gpicview(d, rng, tmp):
    """A picture drawn here (what it shows is known) open in GPicView; the title is the one the viewer sets
    (file name, size and zoom), read from the window manager, not from the screen."""
    w = rng.randint(360, 1100)
    h = int(w * rng.choice([0.56, 0.62, 0.66, 0.75, 0.8, 1.0]))
    img, what, stem = draw_picture(rng, w, h)
    fn = rng.choice([stem, "IMG_%04d" % rng.randint(1, 9999), "%s_%s" % (stem, rng.randint(1, 99))]) + \
        rng.choice([".png", ".jpg"])
    dd = os.path.join(tmp, "p%d" % rng.randrange(10 ** 6))
    os.makedirs(dd, exist_ok=True)
    img.save(os.path.join(dd, fn), quality=92)
    p = d.run(["gpicview", os.path.join(dd, fn)])
    win = wait_window(d, fn, 10)
    title = d.xdo("getwindowname", win).strip() if win else fn
    if not title.startswith(fn):
        title = fn
    known = [title, fn]
    facts = [{"t": "phrase", "text": what, "fact": "image: " + what}]
    zoom = title.rsplit(" ", 1)[-1]
    if zoom.endswith("%") and zoom[:-1].isdigit():
        facts.append({"t": "phrase", "text": "zoom at %s" % zoom, "fact": "zoom " + zoom, "quote": zoom})
    return p, dict(kind="app.image_viewer", app="GPicView", title=title, noun="image viewer", facts=facts,
                   notable=[what]), known, win


def _theme_names(kind):
    """Names LXAppearance lists: GTK 2 themes, icon themes (index.theme Name=) or cursor themes."""
    out = set()
    if kind == "widget":
        for t in sorted(os.listdir("/usr/share/themes")) if os.path.isdir("/usr/share/themes") else []:
            if os.path.isdir(os.path.join("/usr/share/themes", t, "gtk-2.0")):
                out.add(t)
        return sorted(out)
    root = "/usr/share/icons"
    for t in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        if kind == "cursor":
            if os.path.isdir(os.path.join(root, t, "cursors")):
                out.add(t)
            continue
        idx = os.path.join(root, t, "index.theme")
        if t == "hicolor" or not os.path.exists(idx):
            continue
        try:
            with open(idx, encoding="utf-8", errors="replace") as f:
                txt = f.read()
        except OSError:
            continue
        if "Directories=" in txt:
            name = next((l.split("=", 1)[1].strip() for l in txt.splitlines() if l.startswith("Name=")), t)
            out.add(name)
    return sorted(out)


LXA_TABS = [
    ("Widget", ["Preview of the selected widget style", "File", "Edit", "Help", "Page1", "Page2", "Demo",
                "Radio Button", "Check Button", "button", "Default font:"], ["Radio Button", "Check Button", "Default font:"]),
    ("Color", ["Color scheme is not supported by currently selected widget theme.", "Use customized color scheme",
               "Background", "Foreground", "Normal windows:", "Text windows:", "Selected items:", "Tooltips:"],
     ["Use customized color scheme", "Normal windows:", "Text windows:", "Selected items:"]),
    ("Icon Theme", ["Preview of the selected icon theme", "Install", "Remove"], ["selected icon theme"]),
    ("Mouse Cursor", ["Preview of the selected cursor theme", "Size of cursors", "Install", "Remove", "Smaller",
                      "Bigger", "Note: Not all of the desktop applications support changing cursor theme on-the-fly. "
                      "So your changes here might not be fully applied to all applications till next login."],
     ["selected cursor theme", "Size of cursors", "desktop applications support"]),
    ("Font", ["Antialiasing", "Enable antialiasing", "Hinting", "Enable hinting", "Hinting style:", "Slight",
              "Medium", "Full", "None", "Sub-pixel geometry", "Sub-pixel geometry:", "RGB", "BGR", "VRGB", "VBGR"],
     ["Enable antialiasing", "Enable hinting", "Sub-pixel geometry"]),
    ("Other", ["GUI Options", "Toolbar Style:", "Text below icons", "Text beside icons", "Icons only", "Text only",
               "Toolbar Icon Size:", "Large toolbar icon", "Small toolbar icon", "Show images on buttons",
               "Show images in menus", "Sound Effect", "Play event sounds", "Play event sounds as feedback to user input",
               "Accessibility", "Enable accessibility in GTK+ applications", "Keyboard Options", "Keyboard theme:",
               "Window Border"],
     ["Toolbar Style:", "Show images on buttons", "Show images in menus", "Play event sounds", "Toolbar Icon Size:"]),
]


def sc_lxappearance(d, rng, tmp):
    """LXAppearance ("Customize Look and Feel"), switched to a random tab from the keyboard (Shift+Tab puts the
    focus on the tab row, Right moves one tab). The shot is kept only when text unique to that tab is read on
    screen (info['require']), so the selected tab is what the script asked for."""
    p = d.run(["lxappearance"])
    title = "Customize Look and Feel"
    win = wait_window(d, title, 10)
    k = rng.randrange(len(LXA_TABS))
    if win:
        d.xdo("windowactivate", "--sync", win)
        d.xdo("key", "shift+Tab")
        for _ in range(k):
            time.sleep(0.08)
            d.xdo("key", "Right")
        time.sleep(0.6)
    tab, texts, unique = LXA_TABS[k]
    tabs = [t for t, _, _ in LXA_TABS]
    lists = {"Widget": _theme_names("widget"), "Icon Theme": _theme_names("icon"), "Mouse Cursor": _theme_names("cursor")}
    fam = d.font.rsplit(" ", 1)
    known = [title] + tabs + texts + lists.get(tab, []) + ["About", "Close", "Apply"] + \
        ([fam[0], fam[1]] if tab == "Widget" else [])
    facts = [{"t": "phrase", "text": "the %s tab selected" % tab, "fact": "selected tab: " + tab},
             {"t": "phrase", "text": "tabs “%s” and “%s”" % tuple(rng.sample([t for t in tabs if t != tab], 2)),
              "fact": "tabs: " + ", ".join(tabs)}]
    if lists.get(tab):
        facts.append({"t": "items", "items": lists[tab][:3], "what": "themes"})
    else:
        facts.append({"t": "text", "items": unique[:2]})
    what = {"Widget": "the widget style", "Color": "the colour scheme", "Icon Theme": "the icon theme",
            "Mouse Cursor": "the mouse cursor theme", "Font": "font rendering", "Other": "toolbar, sound and other options"}[tab]
    return p, dict(kind="app.settings", app="LXAppearance", title=title, noun="settings window", facts=facts,
                   notable=["appearance settings for %s" % what], require=[unique], ocr_window=True), known, win


# kinds a scenario can make, where they are among generate.py's held-out (--unseen) kinds: xvfb.py leaves such a
# scenario out of train/val/test_seen so that test_unseen stays unseen, and makes only these for test_unseen
SCENARIO_KINDS = {sc_gpicview: ("app.image_viewer",), sc_xterm_htop: ("terminal.htop",)}

SCENARIOS += [(sc_gnumeric, 0.08), (sc_gpicview, 0.06), (sc_lxappearance, 0.06), (sc_xterm_htop, 0.06)]
