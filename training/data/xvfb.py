"""Real applications under Xvfb + openbox, driven by scripts: zenity dialogs of every kind, mousepad with a
document, xterm running real programs, galculator. Truth is what we asked the apps to show (titles, texts,
buttons, typed content); line boxes come from matching that known text against tesseract's line boxes, and a
known line that tesseract cannot find is left out of ocr_lines (so captions never quote it).

python -m training.data.xvfb --out DIR --n 1500 --seed 3 [--split train] [--workers 2]   (appends to
DIR/<split>.extra.jsonl, resumable: indices already there are skipped; then run generate.py --out DIR ... to merge;
or use the records directly). Needs Xvfb, openbox, xdotool, zenity, mousepad, xterm, galculator, ImageMagick
`display`, tesseract; also pcmanfm, mupdf, gnumeric, gpicview and lxappearance for those scenes.

Scenes that make a kind held out for test_unseen (--unseen, generate.py's list by default; the GPicView image
viewer makes app.image_viewer) are left out of the other splits, so pass --unseen "" for the final bundled model's
corpus, as for generate.py. With --workers N each worker captures a contiguous share of the missing indices on its
own displays into <split>.extra.jsonl.w<k>.part; the parent appends the parts when all are done (or on the next
run, after an interruption)."""
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

ROOT_BAR = "Warning: you are using the root account. You may harm your system."
OB_THEMES = ["Clearlooks", "Clearlooks-3.4", "Onyx", "Natura", "Mikachu", "Bear2", "Orang", "Onyx-Citrus", "Breeze-ob"]
GTK_THEMES = [("Adwaita", "light"), ("Adwaita", "light"), ("Adwaita:dark", "dark"), ("HighContrast", "high contrast"),
              ("HighContrastInverse", "high contrast")]
SIZES = [(1024, 768), (1280, 800), (1366, 768), (1600, 900), (1920, 1080)]


# GTK 2 apps (PCManFM, GPicView, LXAppearance) ignore GTK_THEME and GDK_SCALE, and only Raleigh is installed for
# GTK 2: a gtkrc with the default engine's colours makes them follow the display's light/dark/high-contrast mode
# (so the recorded theme is true for them too), and gtk-xft-dpi scales their text (not their widgets).
GTK2_COLORS = {"Adwaita:dark": ("#353535", "#eeeeec", "#2d2d2d", "#eeeeec", "#2a76c6"),
               "HighContrast": ("#ffffff", "#000000", "#ffffff", "#000000", "#000000"),
               "HighContrastInverse": ("#000000", "#ffffff", "#000000", "#ffffff", "#ffffff")}


def gtk2_rc(gtk, font, scale):
    rc = 'gtk-font-name = "%s"\ngtk-xft-dpi = %d\n' % (font, round(96 * 1024 * scale))
    if gtk in GTK2_COLORS:
        bg, fg, base, text, sel = GTK2_COLORS[gtk]
        seltext = bg if gtk.startswith("HighContrast") else "#ffffff"
        rc += ('style "glance" {\n bg[NORMAL] = "%s"\n bg[ACTIVE] = "%s"\n bg[PRELIGHT] = "%s"\n bg[SELECTED] = "%s"\n'
               ' bg[INSENSITIVE] = "%s"\n fg[NORMAL] = "%s"\n fg[ACTIVE] = "%s"\n fg[PRELIGHT] = "%s"\n'
               ' fg[SELECTED] = "%s"\n fg[INSENSITIVE] = "%s"\n base[NORMAL] = "%s"\n base[ACTIVE] = "%s"\n'
               ' base[SELECTED] = "%s"\n base[INSENSITIVE] = "%s"\n text[NORMAL] = "%s"\n text[ACTIVE] = "%s"\n'
               ' text[SELECTED] = "%s"\n text[INSENSITIVE] = "%s"\n}\nclass "GtkWidget" style "glance"\n'
               % (bg, bg, bg, sel, bg, fg, fg, fg, seltext, fg, base, sel, sel, bg, text, seltext, seltext, text))
    return rc


class Display:
    def __init__(self, num, rng, tmp):
        self.num, self.rng, self.tmp = num, rng, tmp
        self.w, self.h = rng.choice(SIZES)
        self.gtk, self.mode = rng.choice(GTK_THEMES)
        self.scale = rng.choice([1, 1, 1, 2]) if self.w >= 1600 else 1
        self.dpi = rng.choice([1.0, 1.0, 1.15, 1.3])
        cfg = os.path.join(tmp, "cfg%d" % num, "gtk-3.0")
        os.makedirs(cfg, exist_ok=True)
        self.font = rng.choice(["Cantarell 11", "DejaVu Sans 10", "Noto Sans 10", "Liberation Sans 10", "Open Sans 10",
                                "Lato 11", "Roboto 10", "Arimo 10", "Carlito 11", "FreeSans 11"])
        with open(os.path.join(cfg, "settings.ini"), "w") as f:
            f.write("[Settings]\ngtk-font-name=%s\n" % self.font)
        gtk2rc = os.path.join(tmp, "gtkrc%d" % num)
        with open(gtk2rc, "w") as f:
            f.write(gtk2_rc(self.gtk, self.font, self.scale * self.dpi))
        self.env = dict(os.environ, DISPLAY=":%d" % num, GTK_THEME=self.gtk, GDK_SCALE=str(self.scale),
                        GDK_DPI_SCALE=str(self.dpi), NO_AT_BRIDGE="1", LANG="C.UTF-8",
                        XDG_CONFIG_HOME=os.path.dirname(cfg), GTK2_RC_FILES=gtk2rc)
        self.procs = []
        self.procs.append(subprocess.Popen(["Xvfb", ":%d" % num, "-screen", "0", "%dx%dx24" % (self.w, self.h), "-nolisten", "tcp"],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.8)
        rc = os.path.join(tmp, "rc%d.xml" % num)
        theme = rng.choice(OB_THEMES)
        tfont, tsize = rng.choice(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Cantarell"]), rng.choice([9, 10, 11])
        with open(rc, "w") as f:
            f.write('<?xml version="1.0"?><openbox_config xmlns="http://openbox.org/3.4/rc"><theme><name>%s</name>'
                    '<titleLayout>NLIMC</titleLayout>%s</theme><placement><policy>Smart</policy><center>yes</center>'
                    '</placement></openbox_config>' % (theme, "".join(
                        '<font place="%s"><name>%s</name><size>%d</size></font>' % (w, tfont, tsize)
                        for w in ("ActiveWindow", "InactiveWindow"))))
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
        # one OpenMP thread: on 2 shared cores tesseract's threads wait on each other (measured: 2x slower)
        out = subprocess.run(["tesseract", f.name, "stdout", "--psm", "11", "tsv"], capture_output=True, text=True,
                             timeout=60, env=dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))).stdout
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


def with_window_lines(img, tl, box):
    """tesseract's lines of the whole screen, with those inside box replaced by a second reading of box alone
    (tesseract segments a dense window such as a spreadsheet's grid far better on its own than within the screen)."""
    if not box:
        return tl
    inner = [[t, [b[0] + box[0], b[1] + box[1], b[2] + box[0], b[3] + box[1]]] for t, b in tesseract_lines(img.crop(box))]
    inside = lambda b: box[0] <= (b[0] + b[2]) / 2 < box[2] and box[1] <= (b[1] + b[3]) / 2 < box[3]
    return [l for l in tl if not inside(l[1])] + inner


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
        if best[1] and best[0] >= 0.8 and (len(best[1]) >= 3 or best[1] in known):
            out.append({"text": best[1], "box": b})
    return sorted(out, key=lambda l: (l["box"][1] // 8, l["box"][0]))


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
    from .compose import _cname
    cols = {}
    for px in img.resize((40, 24), Image.Resampling.NEAREST).getdata():
        n = _cname(px)
        cols[n] = cols.get(n, 0) + 1
    ctx["colors"] = [k for k, v in sorted(cols.items(), key=lambda kv: -kv[1]) if v / 960.0 > 0.12][:3]
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
             "screen": [d.w, d.h], "background": ctx["background"], "overlays": [], "gtk_theme": d.gtk, "gtk_font": d.font,
             "ocr_box_source": "tesseract match of known text"}
    return {"id": "%s_x%06d" % (split, idx), "image": rel, "width": W, "height": H, "source": "xvfb", "kind": info["kind"],
            "app": info["app"], "template": "xvfb." + info["app"].lower() + "." + info["kind"], "special": False,
            "truth": truth, "ocr_lines": lines, "captions": caps, "detailed": detailed, "pseudo": ps, "facts": facts}


def seen_on_screen(require, tl):
    """True when, for every group of strings in require, tesseract read one of them (contained in one of its
    lines, or the whole line close to it). Scenes use it to keep a shot only when the state they claim is shown."""
    texts = [" ".join(t.lower().split()) for t, _ in tl]
    for group in require or []:
        if not any(g.lower() in t or difflib.SequenceMatcher(None, g.lower(), t).ratio() >= 0.9
                   for g in group for t in texts):
            return False
    return True


def scenarios_for(split, unseen):
    """(scenario, weight) pairs for a split: scenarios that can make a held-out kind (generate.py's --unseen) are
    left out of train/val/test_seen; test_unseen gets only those."""
    from .xvfb_scenes import SCENARIOS, SCENARIO_KINDS
    if split == "test_unseen":
        return [(s, w) for s, w in SCENARIOS if s in SCENARIO_KINDS and set(SCENARIO_KINDS[s]) <= set(unseen)]
    return [(s, w) for s, w in SCENARIOS if not set(SCENARIO_KINDS.get(s, ())) & set(unseen)]


def capture(a, todo, display_base, f, label=""):
    """Make the samples whose indices are listed in todo (ascending), writing one JSON line per record to the open
    file f. The random stream is seeded by (seed, split, todo[0]); displays are display_base + 1..19."""
    from .xvfb_scenes import sc_zenity
    unseen = [u for u in a.unseen.split(",") if u]
    scen = scenarios_for(a.split, unseen)
    if not scen:
        raise SystemExit("no xvfb scenario makes only the held-out kinds %s" % unseen)
    rng = random.Random("xvfb/%d/%s/%d" % (a.seed, a.split, todo[0]))
    t0, pos, nd = time.time(), 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        while pos < len(todo):
            nd += 1
            try:
                d = Display(display_base + nd % 20, rng, tmp)
            except Exception as e:
                sys.stderr.write("display failed: %r\n" % e)
                continue
            try:
                bgp, bginfo = None, []
                for k in range(a.per_display):
                    if pos >= len(todo):
                        break
                    fn = rng.choices([s for s, _ in scen], [w for _, w in scen])[0]
                    try:
                        p, info, known, win = fn(d, rng, tmp)
                    except Exception as e:
                        sys.stderr.write("scenario failed: %r\n" % e)
                        continue
                    if not win or (info["kind"] in unseen) != (a.split == "test_unseen"):
                        p.kill()
                        continue
                    full = d.grab()
                    try:
                        tl = tesseract_lines(full)
                        if info.pop("ocr_window", False):
                            tl = with_window_lines(full, tl, d.active_box())
                    except subprocess.TimeoutExpired:  # a starved machine: skip this shot, not the run
                        sys.stderr.write("tesseract timed out\n")
                        p.kill()
                        continue
                    if not seen_on_screen(info.pop("require", None), tl):  # not the state the scene claims
                        sys.stderr.write("%s: claimed state not on screen, shot skipped\n" % fn.__name__)
                        p.kill()
                        continue
                    shots = [None]
                    box = d.active_box()
                    if box and rng.random() < 0.7:
                        shots.append(box)
                    for crop in shots:
                        if pos >= len(todo):
                            break
                        rec = record(d, rng, full, info, known, crop, bginfo if bgp else [], a.split, todo[pos], a.out,
                                     tl, bgknown if bgp and not crop else ())
                        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        f.flush()
                        pos += 1
                    if fn is not sc_zenity and bgp is None and rng.random() < 0.5:
                        if bgp:
                            bgp.kill()
                        bgp, bgknown = p, known
                        bginfo = [{"noun": info["noun"], "app": info["app"], "title": info["title"]}]
                    else:
                        p.kill()
                    msg = "%sxvfb %d/%d  %.2f s/img" % (label, pos, len(todo), (time.time() - t0) / max(1, pos))
                    sys.stderr.write(("\r" + msg + "   ") if not label else (msg + "\n") if pos % 10 == 0 else "")
                if bgp:
                    bgp.kill()
            except OSError as e:
                sys.stderr.write("display lost: %r\n" % e)
            finally:
                d.close()
    return pos


def _worker(a, todo, display_base, part, k):
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract: one thread per worker, the workers are the parallelism
    with open(part, "a", encoding="utf-8") as f:
        capture(a, todo, display_base, f, "[w%d] " % k)


def merge_parts(path):
    """Append the worker part files <path>.w<k>.part to path (one write per record, under an exclusive lock, so
    other writers of path never see half lines) and remove them."""
    import fcntl
    import glob
    parts = sorted(glob.glob(path + ".w*.part"))
    if not parts:
        return 0
    n = 0
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        for part in parts:
            with open(part, encoding="utf-8") as f:
                for line in f:
                    if line.endswith("\n"):  # a worker killed mid-line leaves a partial last line: dropped
                        os.write(fd, line.encode("utf-8"))
                        n += 1
            os.remove(part)
    finally:
        os.close(fd)
    return n


def main(argv=None):
    from .generate import UNSEEN
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=1000, help="images to write")
    ap.add_argument("--split", default="train")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--display", type=int, default=91)
    ap.add_argument("--per-display", type=int, default=10)
    ap.add_argument("--workers", type=int, default=1,
                    help="capture processes, each on its own Xvfb displays (display + 20*k + 1..19) with its own "
                         "contiguous share of the missing indices; their part files are appended at the end")
    ap.add_argument("--unseen", default=",".join(UNSEEN),
                    help="kinds held out for test_unseen, as in generate.py: scenes that make them are left out of "
                         "other splits, and are the only scenes of --split test_unseen; '' = none")
    a = ap.parse_args(argv)
    os.makedirs(os.path.join(a.out, "images", a.split), exist_ok=True)
    path = os.path.join(a.out, a.split + ".extra.jsonl")
    merge_parts(path)  # parts left by an interrupted multi-worker run
    done = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for l in f:
                try:
                    i = json.loads(l)["id"]
                except ValueError:
                    continue
                if "_x" in i:  # web_real.py writes _w ids to the same file
                    done.add(int(i.rsplit("_x", 1)[1]))
    todo = [i for i in range(a.n) if i not in done]
    if not todo:
        return
    t0 = time.time()
    if a.workers <= 1:
        with open(path, "a", encoding="utf-8") as f:
            made = capture(a, todo, a.display, f)
    else:
        import multiprocessing as mp
        ctx = mp.get_context("fork")
        procs = []
        for k in range(a.workers):
            share = todo[k * len(todo) // a.workers:(k + 1) * len(todo) // a.workers]
            if share:
                pr = ctx.Process(target=_worker, args=(a, share, a.display + 20 * k, "%s.w%d.part" % (path, k), k))
                pr.start()
                procs.append(pr)
        for pr in procs:
            pr.join()
        made = merge_parts(path)
    el = time.time() - t0
    sys.stderr.write("\nxvfb: %d images in %.0f s, %.1f images/min, %d worker(s)\n" % (
        made, el, 60.0 * made / max(el, 1e-9), max(1, a.workers)))


if __name__ == "__main__":
    main()
