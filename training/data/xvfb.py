"""Real applications under Xvfb + openbox, driven by scripts: zenity dialogs of every kind, mousepad with a
document, xterm running real programs, galculator. Truth is what we asked the apps to show (titles, texts,
buttons, typed content); line boxes come from matching that known text against tesseract's line boxes, and a
known line that tesseract cannot find is left out of ocr_lines (so captions never quote it).

python -m training.data.xvfb --out DIR --n 1500 --seed 3 [--split train]   (appends to DIR/<split>.jsonl.part,
then run generate.py --out DIR ... to merge; or use the records directly). Needs Xvfb, openbox, xdotool,
zenity, mousepad, xterm, galculator, ImageMagick `display`, tesseract."""
import argparse
import difflib
import json
import os
import random
import subprocess
import sys
import tempfile
import time

from PIL import Image, ImageGrab

from . import vocab as V
from . import captions as C, pseudo as P
from .generate import MAX_SIDE

OB_THEMES = ["Clearlooks", "Clearlooks-3.4", "Onyx", "Natura", "Mikachu", "Bear2", "Orang", "Onyx-Citrus", "Breeze-ob"]
GTK_THEMES = [("Adwaita", "light"), ("Adwaita", "light"), ("Adwaita:dark", "dark"), ("HighContrast", "high contrast"),
              ("HighContrastInverse", "high contrast")]
SIZES = [(1024, 768), (1280, 800), (1366, 768), (1600, 900), (1920, 1080)]


class Display:
    def __init__(self, num, rng, tmp):
        self.num, self.rng, self.tmp = num, rng, tmp
        self.w, self.h = rng.choice(SIZES)
        self.gtk, self.mode = rng.choice(GTK_THEMES)
        self.scale = rng.choice([1, 1, 1, 2]) if self.w >= 1600 else 1
        self.dpi = rng.choice([1.0, 1.0, 1.15, 1.3])
        self.env = dict(os.environ, DISPLAY=":%d" % num, GTK_THEME=self.gtk, GDK_SCALE=str(self.scale),
                        GDK_DPI_SCALE=str(self.dpi), NO_AT_BRIDGE="1", LANG="C.UTF-8")
        self.procs = []
        self.procs.append(subprocess.Popen(["Xvfb", ":%d" % num, "-screen", "0", "%dx%dx24" % (self.w, self.h), "-nolisten", "tcp"],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.8)
        rc = os.path.join(tmp, "rc%d.xml" % num)
        theme = rng.choice(OB_THEMES)
        with open(rc, "w") as f:
            f.write('<?xml version="1.0"?><openbox_config xmlns="http://openbox.org/3.4/rc"><theme><name>%s</name>'
                    '<titleLayout>NLIMC</titleLayout></theme><placement><policy>Smart</policy><center>yes</center>'
                    '</placement></openbox_config>' % theme)
        self.procs.append(subprocess.Popen(["openbox", "--config-file", rc], env=self.env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wp = os.path.join(tmp, "wp%d.png" % num)
        a = tuple(rng.randint(0, 160) for _ in range(3))
        Image.new("RGB", (self.w, self.h), a).save(wp)
        subprocess.run(["display", "-window", "root", wp], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20)
        time.sleep(0.4)

    def run(self, args, **kw):
        return subprocess.Popen(args, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

    def xdo(self, *args):
        return subprocess.run(["xdotool"] + list(args), env=self.env, capture_output=True, text=True, timeout=20).stdout

    def active_box(self):
        out = self.xdo("getactivewindow", "getwindowgeometry", "--shell")
        d = dict(l.split("=") for l in out.split() if "=" in l)
        if "X" not in d:
            return None
        x, y, w, h = int(d["X"]), int(d["Y"]), int(d["WIDTH"]), int(d["HEIGHT"])
        return [max(0, x - 4), max(0, y - 28), min(self.w, x + w + 4), min(self.h, y + h + 5)]

    def grab(self):
        return ImageGrab.grab(xdisplay=":%d" % self.num).convert("RGB")

    def close(self):
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                p.kill()


def wait_window(d, name, timeout=6.0):
    t = time.time()
    while time.time() - t < timeout:
        out = d.xdo("search", "--onlyvisible", "--name", name)
        if out.strip():
            time.sleep(0.35)
            return out.split()[0]
        time.sleep(0.15)
    return None


def tesseract_lines(img):
    """(text, box) lines from tesseract TSV output."""
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        img.save(f.name)
        out = subprocess.run(["tesseract", f.name, "stdout", "--psm", "11", "tsv"], capture_output=True, text=True,
                             timeout=60).stdout
    words = []
    for row in out.splitlines()[1:]:
        c = row.split("\t")
        if len(c) == 12 and c[11].strip() and float(c[10]) > 10:
            x, y, w, h = map(int, c[6:10])
            words.append((c[11], [x, y, x + w, y + h]))
    lines = []
    for t, b in sorted(words, key=lambda wb: (wb[1][1], wb[1][0])):
        for ln in lines:
            lb = ln[1]
            if abs((lb[1] + lb[3]) / 2 - (b[1] + b[3]) / 2) < max(4, (b[3] - b[1]) * 0.5) and 0 <= b[0] - lb[2] < (b[3] - b[1]) * 2.5:
                ln[0] += " " + t
                ln[1] = [min(lb[0], b[0]), min(lb[1], b[1]), max(lb[2], b[2]), max(lb[3], b[3])]
                break
        else:
            lines.append([t, list(b)])
    return lines


def match_lines(known, tl):
    """Keep known lines whose text tesseract found (fuzzy); boxes from tesseract, text from the truth."""
    out, used = [], set()
    for k in known:
        best, bi = 0.0, None
        for i, (t, b) in enumerate(tl):
            if i in used:
                continue
            r = difflib.SequenceMatcher(None, k.lower(), t.lower()).ratio()
            if r > best:
                best, bi = r, i
        if bi is not None and best >= 0.72:
            used.add(bi)
            out.append({"text": k, "box": tl[bi][1]})
    return sorted(out, key=lambda l: (l["box"][1] // 8, l["box"][0]))


def match_known(known, tl):
    """For each tesseract line, the known text it reads (substring of a known line, snapped to words)."""
    out = []
    for t, b in tl:
        tt = t.strip()
        if len(tt) < 2:
            continue
        best = (0.0, None)
        for k in known:
            sm = difflib.SequenceMatcher(None, k.lower(), tt.lower(), autojunk=False)
            m = sm.find_longest_match(0, len(k), 0, len(tt))
            if m.size < 2:
                continue
            s = max(0, m.a - m.b)
            e = min(len(k), s + len(tt))
            while s > 0 and k[s - 1] != " ":
                s -= 1
            while e < len(k) and k[e] != " ":
                e += 1
            cand = k[s:e].strip()
            r = difflib.SequenceMatcher(None, cand.lower(), tt.lower(), autojunk=False).ratio()
            if r > best[0]:
                best = (r, cand)
        if best[1] and best[0] >= 0.8:
            out.append({"text": best[1], "box": b})
    return sorted(out, key=lambda l: (l["box"][1] // 8, l["box"][0]))


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
    p = d.run(["xterm", "-fa", "DejaVu Sans Mono", "-fs", str(rng.choice([10, 11, 12, 14])), "-bg", bg, "-fg", fg,
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


SCENARIOS = [(sc_zenity, 0.5), (sc_mousepad, 0.2), (sc_xterm, 0.2), (sc_galculator, 0.1)]


def record(d, rng, img, info, known, crop, bg, split, idx, out, tl, bgknown=()):
    if crop:
        img = img.crop(crop)
        tl = [[t, [b[0] - crop[0], b[1] - crop[1], b[2] - crop[0], b[3] - crop[1]]] for t, b in tl
              if b[0] >= crop[0] and b[1] >= crop[1] and b[2] <= crop[2] and b[3] <= crop[3]]
    lines = match_known(known, tl)  # focused window first, then the background window (reading-order convention)
    if bgknown:
        own = {tuple(l["box"]) for l in lines}
        lines += [l for l in match_known(bgknown, [x for x in tl if tuple(x[1]) not in own])]
    ctx = {"screen": [d.w, d.h], "scale": d.scale * d.dpi, "theme": d.mode, "accent": "blue", "style": "openbox",
           "crop": "window" if crop else "screen", "background": [] if crop else bg, "overlays": [], "panel": [],
           "colors": [], "windows": [{"title": info["title"], "app": info["app"], "focused": True, "kind": info["kind"],
                                      "box": [0, 0, img.width, img.height] if crop else (d.active_box() or [0, 0, d.w, d.h])}],
           "controls": []}
    caps, segs, detailed, facts = C.make(info, ctx, lines, rng)
    ps = P.make(segs, rng)
    W, H = img.size
    s = min(1.0, MAX_SIDE / max(W, H))
    small = img.resize((max(1, round(W * s)), max(1, round(H * s))), Image.Resampling.LANCZOS) if s < 1 else img
    rel = "images/%s/x%06d.jpg" % (split, idx)
    small.save(os.path.join(out, rel), quality=90)
    truth = {"kind": info["kind"], "app": info["app"], "title": info["title"], "noun": info["noun"], "facts": info["facts"],
             "notable": info["notable"], "windows": ctx["windows"], "focused": info["title"], "controls": [],
             "theme": d.mode, "accent": "", "colors": [], "style": "openbox", "scale": ctx["scale"], "crop": ctx["crop"],
             "screen": [d.w, d.h], "background": ctx["background"], "overlays": [], "gtk_theme": d.gtk,
             "ocr_box_source": "tesseract match of known text"}
    return {"id": "%s_x%06d" % (split, idx), "image": rel, "width": W, "height": H, "source": "xvfb", "kind": info["kind"],
            "app": info["app"], "template": "xvfb." + info["app"].lower() + "." + info["kind"], "special": False,
            "truth": truth, "ocr_lines": lines, "captions": caps, "detailed": detailed, "pseudo": ps, "facts": facts}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=1000, help="images to write")
    ap.add_argument("--split", default="train")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--display", type=int, default=91)
    ap.add_argument("--per-display", type=int, default=10)
    a = ap.parse_args(argv)
    os.makedirs(os.path.join(a.out, "images", a.split), exist_ok=True)
    path = os.path.join(a.out, a.split + ".extra.jsonl")
    done = set()
    if os.path.exists(path):
        done = {json.loads(l)["id"] for l in open(path, encoding="utf-8")}
    idx = len(done)
    rng = random.Random("xvfb/%d/%s/%d" % (a.seed, a.split, idx))
    t0 = time.time()
    with open(path, "a", encoding="utf-8") as f, tempfile.TemporaryDirectory() as tmp:
        while idx < a.n:
            d = Display(a.display, rng, tmp)
            try:
                bgp, bginfo = None, []
                for k in range(a.per_display):
                    if idx >= a.n:
                        break
                    fn = rng.choices([s for s, _ in SCENARIOS], [w for _, w in SCENARIOS])[0]
                    try:
                        p, info, known, win = fn(d, rng, tmp)
                    except Exception as e:
                        sys.stderr.write("scenario failed: %r\n" % e)
                        continue
                    if not win:
                        p.kill()
                        continue
                    full = d.grab()
                    tl = tesseract_lines(full)
                    shots = [None]
                    box = d.active_box()
                    if box and rng.random() < 0.7:
                        shots.append(box)
                    for crop in shots:
                        rec = record(d, rng, full, info, known, crop, bginfo if bgp else [], a.split, idx, a.out, tl,
                                     bgknown if bgp and not crop else ())
                        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        f.flush()
                        idx += 1
                    if fn is not sc_zenity and bgp is None and rng.random() < 0.5:
                        if bgp:
                            bgp.kill()
                        bgp, bgknown = p, known
                        bginfo = [{"noun": info["noun"], "app": info["app"], "title": info["title"]}]
                    else:
                        p.kill()
                    sys.stderr.write("\rxvfb %d/%d  %.2f s/img   " % (idx, a.n, (time.time() - t0) / max(1, idx - len(done))))
                if bgp:
                    bgp.kill()
            finally:
                d.close()
    sys.stderr.write("\n")


if __name__ == "__main__":
    main()
