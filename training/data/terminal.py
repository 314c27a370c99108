"""Terminal emulator templates: shell sessions, a Python traceback, htop-like monitor, git, ping, apt, man page."""
from . import vocab as V
from .chrome import window, app_box

TERMS = ["Terminal", "GNOME Terminal", "xterm", "Konsole", "Xfce Terminal", "Windows Terminal", "Tilix", "Alacritty"]
SCHEMES = [((0, 0, 0), (230, 230, 230)), ((30, 30, 30), (220, 220, 220)), ((48, 10, 36), (255, 255, 255)),
           ((255, 255, 255), (20, 20, 20)), ((0, 43, 54), (131, 148, 150)), ((40, 42, 54), (248, 248, 242)),
           ((12, 12, 12), (204, 204, 204))]


def _prompt(rng, user, host, cwd):
    return rng.choice(["%s@%s:%s$ " % (user, host, cwd), "[%s@%s %s]$ " % (user, host, cwd.split("/")[-1] or "~"),
                       "%s$ " % cwd, "PS C:\\Users\\%s> " % user.capitalize()])


def session_ls(rng, P):
    files = sorted({V.file_name(rng) for _ in range(rng.randint(4, 14))} | set(rng.sample(V.FOLDERS, 3)))
    out = [P + "ls"]
    row = ""
    for f in files:
        if len(row) + len(f) > 60:
            out.append(row.rstrip())
            row = ""
        row += f + "  "
    out.append(row.rstrip())
    if rng.random() < 0.6:
        out.append(P + "ls -l " + rng.choice(V.FOLDERS))
        out.append("total %d" % rng.randint(8, 400))
        for _ in range(rng.randint(2, 6)):
            out.append("-rw-r--r-- 1 %s %s %7d %s %2d %02d:%02d %s" % (P.split("@")[0].strip("[") or "user", "users",
                       rng.randint(100, 999999), rng.choice(V.MONTHS)[:3], rng.randint(1, 28), rng.randint(0, 23),
                       rng.randint(0, 59), V.file_name(rng)))
    return out, [{"t": "phrase", "text": "a file listing from the ls command", "fact": "command: ls"}], "a shell with a file listing"


def session_traceback(rng, P):
    fn = rng.choice(V.NOUNS) + ".py"
    err, msg = rng.choice([("KeyError", "'%s'" % rng.choice(V.NOUNS)), ("ZeroDivisionError", "division by zero"),
                           ("FileNotFoundError", "[Errno 2] No such file or directory: '%s'" % V.file_name(rng)),
                           ("TypeError", "unsupported operand type(s) for +: 'int' and 'str'"),
                           ("IndexError", "list index out of range"), ("ValueError", "invalid literal for int() with base 10: 'abc'"),
                           ("ModuleNotFoundError", "No module named '%s'" % rng.choice(["numpy", "requests", "yaml", "flask"])),
                           ("AttributeError", "'NoneType' object has no attribute '%s'" % rng.choice(V.NOUNS))])
    f1, f2 = rng.choice(V.VERBS) + "_" + rng.choice(V.NOUNS), rng.choice(V.VERBS)
    out = [P + "python3 " + fn, "Traceback (most recent call last):",
           '  File "%s", line %d, in <module>' % (fn, rng.randint(20, 200)), "    %s()" % f1,
           '  File "%s", line %d, in %s' % (fn, rng.randint(5, 90), f1), "    result = %s(data)" % f2,
           "%s: %s" % (err, msg), P]
    return out, [{"t": "message", "text": "%s: %s" % (err, msg)},
                 {"t": "phrase", "text": "a Python traceback", "fact": "python traceback"}], "a Python %s" % err


def session_git(rng, P):
    br = rng.choice(["main", "master", "develop", "fix-" + rng.choice(V.NOUNS)])
    out = [P + "git status", "On branch " + br, "Changes not staged for commit:",
           '  (use "git add <file>..." to update what will be committed)', ""]
    n = rng.randint(1, 5)
    for _ in range(n):
        out.append("\tmodified:   src/" + rng.choice(V.NOUNS) + rng.choice([".py", ".js", ".c", ".java"]))
    out += ["", P + "git log --oneline -3"]
    for _ in range(3):
        out.append("%07x %s %s" % (rng.randrange(16 ** 7), rng.choice(["Fix", "Add", "Update", "Remove"]), rng.choice(V.NOUNS)))
    return out, [{"t": "phrase", "text": "git status on branch “%s”" % br, "fact": "git branch: " + br, "quote": "On branch " + br},
                 {"t": "count", "n": n, "what": "modified files"}], "git output"


def session_ping(rng, P):
    h = V.host(rng)
    ip = "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    out = [P + "ping -c 4 " + h, "PING %s (%s) 56(84) bytes of data." % (h, ip)]
    fail = rng.random() < 0.3
    if fail:
        out = [P + "ping -c 4 " + h, "ping: %s: Name or service not known" % h, P]
        return out, [{"t": "message", "text": "ping: %s: Name or service not known" % h}], "a failed ping"
    for i in range(4):
        out.append("64 bytes from %s: icmp_seq=%d ttl=%d time=%.1f ms" % (ip, i + 1, rng.randint(40, 64), rng.uniform(1, 90)))
    out += ["", "--- %s ping statistics ---" % h, "4 packets transmitted, 4 received, 0% packet loss", P]
    return out, [{"t": "phrase", "text": "ping replies from %s" % h, "fact": "ping " + h, "quote": h}], "ping output"


def session_apt(rng, P):
    pk = rng.choice(["vim", "htop", "curl", "git", "python3-pip", "ffmpeg", "gimp", "vlc"])
    out = [P + "sudo apt install " + pk, "[sudo] password for %s: " % rng.choice(V.FIRST).lower(),
           "Reading package lists... Done", "Building dependency tree... Done", "Reading state information... Done",
           "The following NEW packages will be installed:", "  " + pk,
           "0 upgraded, 1 newly installed, 0 to remove and %d not upgraded." % rng.randint(0, 40),
           "Need to get %d kB of archives." % rng.randint(50, 9000), "Do you want to continue? [Y/n] "]
    return out, [{"t": "phrase", "text": "an apt install of “%s”" % pk, "fact": "installing " + pk, "quote": pk},
                 {"t": "message", "text": "Do you want to continue? [Y/n]"}], "a package installation"


def session_htop(rng, P):
    out = []
    for i in range(rng.randint(2, 8)):
        out.append("%2d [%s%s %5.1f%%]" % (i, "|" * rng.randint(0, 25), " " * 2, rng.uniform(0, 100)))
    tot = rng.choice([4, 8, 16, 32])
    used = rng.uniform(0.5, tot * 0.9)
    out.append("Mem[%s %.2fG/%dG]" % ("|" * 20, used, tot))
    out.append("Tasks: %d, %d thr; %d running   Load average: %.2f %.2f %.2f" % (
        rng.randint(80, 400), rng.randint(200, 1500), rng.randint(1, 6), rng.uniform(0, 4), rng.uniform(0, 4), rng.uniform(0, 4)))
    out.append("")
    out.append("  PID USER      PRI  NI  VIRT   RES  CPU% MEM%   TIME+  Command")
    procs = ["firefox", "python3", "Xorg", "gnome-shell", "java", "code", "chromium", "pulseaudio", "systemd", "bash", "htop"]
    top = rng.choice(procs)
    for i in range(rng.randint(6, 16)):
        p = top if i == 0 else rng.choice(procs)
        out.append("%5d %-8s %3d %3d %5dM %5dM %5.1f %4.1f %3d:%02d.%02d %s" % (
            rng.randint(100, 99999), rng.choice(["root", "user", V.FIRST[0].lower()]), 20, 0, rng.randint(10, 9000),
            rng.randint(5, 3000), rng.uniform(0, 99) if i == 0 else rng.uniform(0, 10), rng.uniform(0, 20),
            rng.randint(0, 99), rng.randint(0, 59), rng.randint(0, 99), p))
    out.append("F1Help F2Setup F3Search F4Filter F5Tree F6SortBy F7Nice F8Nice+ F9Kill F10Quit")
    return out, [{"t": "phrase", "text": "a process list with “%s” at the top" % top, "fact": "top process: " + top, "quote": top},
                 {"t": "phrase", "text": "CPU and memory meters", "fact": "cpu meters"}], "a process monitor (htop)"


def session_man(rng, P):
    cmd, desc = rng.choice([("ls", "list directory contents"), ("cp", "copy files and directories"),
                            ("grep", "print lines that match patterns"), ("tar", "an archiving utility"),
                            ("ssh", "OpenSSH remote login client"), ("find", "search for files in a directory hierarchy")])
    out = ["%s(1)%sUser Commands%s%s(1)" % (cmd.upper(), " " * 20, " " * 20, cmd.upper()), "", "NAME",
           "       %s - %s" % (cmd, desc), "", "SYNOPSIS", "       %s [OPTION]... [FILE]..." % cmd, "", "DESCRIPTION"]
    for _ in range(rng.randint(2, 5)):
        out.append("       " + V.sentence(rng))
    out.append(" Manual page %s(1) line 1 (press h for help or q to quit)" % cmd)
    return out, [{"t": "phrase", "text": "the manual page for “%s”" % cmd, "fact": "man page: " + cmd, "quote": "%s - %s" % (cmd, desc)}], \
        "the manual page of %s" % cmd


def session_vim(rng, P):
    fn = rng.choice(["notes.txt", "todo.md", "config.yaml", V.file_name(rng, "code"), "README.md"])
    from .editors import doc_lines
    _, body = doc_lines(rng)
    body = [l[:70] for l in body][:rng.randint(4, 14)]
    out = body + ["~"] * rng.randint(3, 12)
    mode = rng.choice(["-- INSERT --", '"%s" %dL, %dB' % (fn, len(body), sum(len(l) + 1 for l in body)), ":wq"])
    out.append(mode)
    return out, [{"t": "phrase", "text": "vim editing “%s”" % fn, "fact": "vim: " + fn, "quote": fn if mode.startswith('"') else None},
                 {"t": "phrase", "text": "insert mode" if mode == "-- INSERT --" else "the file opened", "fact": "vim mode: " + mode,
                  "quote": mode if mode == "-- INSERT --" else None}], "a file open in vim"


SESSIONS = {"terminal.vim": session_vim, "terminal.shell": session_ls, "terminal.traceback": session_traceback, "terminal.git": session_git,
            "terminal.ping": session_ping, "terminal.apt": session_apt, "terminal.htop": session_htop,
            "terminal.man": session_man}


def _make(kind, fn):
    def tpl(sc, rng, area):
        app = rng.choice(TERMS)
        user, host = rng.choice(V.FIRST).lower(), rng.choice(["laptop", "desktop", "pc", "debian", "ubuntu", "work"])
        cwd = rng.choice(["~", "~/" + rng.choice(V.FOLDERS), "~/Projects/" + rng.choice(V.NOUNS), "/tmp"])
        P = _prompt(rng, user, host, cwd)
        lines, facts, notable = fn(rng, P)
        if rng.random() < 0.4 and kind not in ("terminal.htop", "terminal.man", "terminal.vim"):
            pre, _, _ = session_ls(rng, P) if rng.random() < 0.5 else ([P + "cd " + cwd, P + "pwd", cwd.replace("~", "/home/" + user)], 0, 0)
            lines = pre + lines
        title = rng.choice(["%s@%s: %s" % (user, host, cwd), app, "bash", cwd])
        box = app_box(sc, rng, area, 0.45, 0.45)
        menus = ["File", "Edit", "View", "Search", "Terminal", "Help"] if rng.random() < 0.4 else None
        c = window(sc, box, title, app, True, kind, menus=menus)
        bg, fg = rng.choice(SCHEMES)
        sc.rect(c, fill=bg)
        size = rng.choice([11, 12, 13, 14])
        step = int(size * sc.scale * 1.3)
        maxrows = max(1, (c[3] - c[1] - sc.px(8)) // step)
        lines = lines[-maxrows:]
        y = c[1] + sc.px(4)
        green = (80, 220, 100) if sum(bg) < 300 else (20, 130, 30)
        for ln in lines:
            if ln.strip():
                col = green if (ln.startswith(P) and rng.random() < 0.5) else fg
                if ln.startswith(("Traceback", "ping:")) or "Error" in ln.split(":")[0]:
                    col = (240, 80, 80) if sum(bg) < 300 else (190, 20, 20)
                sc.text(c[0] + sc.px(6), y, ln, size, cls="mono", fill=col, maxw=c[2] - c[0] - sc.px(14),
                        record=ln.strip() not in ("~", "|"))
            y += step
        sc.rect([c[0] + sc.px(6) + sc.tw(lines[-1], size, cls="mono"), y - step, c[0] + sc.px(14) + sc.tw(lines[-1], size, cls="mono"),
                 y - step + int(size * sc.scale * 1.15)], fill=fg)
        if sum(bg) < 300:
            facts = facts + [{"t": "phrase", "text": "light text on a dark background", "fact": "dark background"}]
        return dict(kind=kind, app=app, title=title, noun="terminal", facts=facts, notable=[notable])
    return tpl


TEMPLATES = {k: _make(k, f) for k, f in SESSIONS.items()}
