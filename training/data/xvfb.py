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

ROOT_BAR = "Warning: you are using the root account. You may harm your system."
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
        cfg = os.path.join(tmp, "cfg%d" % num, "gtk-3.0")
        os.makedirs(cfg, exist_ok=True)
        self.font = rng.choice(["Cantarell 11", "DejaVu Sans 10", "Noto Sans 10", "Liberation Sans 10", "Open Sans 10",
                                "Lato 11", "Roboto 10", "Arimo 10", "Carlito 11", "FreeSans 11"])
        with open(os.path.join(cfg, "settings.ini"), "w") as f:
            f.write("[Settings]\ngtk-font-name=%s\n" % self.font)
        self.env = dict(os.environ, DISPLAY=":%d" % num, GTK_THEME=self.gtk, GDK_SCALE=str(self.scale),
                        GDK_DPI_SCALE=str(self.dpi), NO_AT_BRIDGE="1", LANG="C.UTF-8",
                        XDG_CONFIG_HOME=os.path.dirname(cfg))
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


def main(argv=None):
    from .xvfb_scenes import SCENARIOS, sc_zenity
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
    idx = 1 + max([int(i.rsplit("_x", 1)[1]) for i in done if "_x" in i] or [-1])  # web_real.py writes _w ids here too
    first = idx
    rng = random.Random("xvfb/%d/%s/%d" % (a.seed, a.split, idx))
    t0 = time.time()
    with open(path, "a", encoding="utf-8") as f, tempfile.TemporaryDirectory() as tmp:
        nd = 0
        while idx < a.n:
            nd += 1
            try:
                d = Display(a.display + nd % 20, rng, tmp)
            except Exception as e:
                sys.stderr.write("display failed: %r\n" % e)
                continue
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
                    try:
                        tl = tesseract_lines(full)
                    except subprocess.TimeoutExpired:  # a starved machine: skip this shot, not the run
                        sys.stderr.write("tesseract timed out\n")
                        p.kill()
                        continue
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
                    sys.stderr.write("\rxvfb %d/%d  %.2f s/img   " % (idx, a.n, (time.time() - t0) / max(1, idx - first)))
                if bgp:
                    bgp.kill()
            except OSError as e:
                sys.stderr.write("display lost: %r\n" % e)
            finally:
                d.close()
    sys.stderr.write("\n")


if __name__ == "__main__":
    main()
