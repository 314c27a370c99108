"""Real windows, described by Glance: real applications under Xvfb (the scripted scenes of data/xvfb_scenes.py with a
seed of their own), captured as the whole screen and as the active window (Glance's two hotkeys), then described by
`./glance describe --json` with the bundled model, as a user would get them. Prints one row per image and the share
whose description names the right kind of window, and how many name a wrong kind.

    /usr/bin/python3 -m training.real_check --out /tmp/real-check [--n 24] [--seed 2026] [--model DIR]
    /usr/bin/python3 -m training.real_check --out /tmp/real-check --reuse --model OTHER_DIR   # same shots
    /usr/bin/python3 -m training.real_check --out /tmp/real-check --reuse --decoding beam     # same shots, beam 3

Needs xvfb openbox xdotool zenity mousepad xterm galculator pcmanfm imagemagick tesseract-ocr (as data/xvfb.py).
The kind is judged by words: a description names the kind when it holds one of the words listed for it below (a
"dialog" for every zenity dialog, "terminal" for xterm, ...); the text it quotes is checked by Glance itself."""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

KIND_WORDS = {
    "editor.text": ["text editor", "editor", "document"],
    "terminal": ["terminal", "shell", "console"],
    "app.calculator": ["calculator"],
    # "a file chooser", "a folder chooser": the corpus's (and Glance's, since stop 28) words for those dialogs
    "dialog": ["dialog", "message box", "prompt", "question", "warning", "error", "alert", "chooser"],
    "files": ["file manager", "folder", "files"],
}


def kind_family(kind):
    for k in KIND_WORDS:
        if kind == k or kind.startswith(k + ".") or kind.split(".")[0] == k:
            return k
    return kind


# kinds that are two kinds at once: vim is a text editor in a terminal, so "a text editor" names it too (since stop 24;
# before, such a caption counted as a wrong kind)
ALSO = {"terminal.vim": ["editor.text"]}


def families(kind):
    return [kind_family(kind)] + ALSO.get(kind, [])


def glance_words(caption):
    """The caption without what it quotes (since stop 30): the screen's own words name no kind ("A dialog. It says
    "Copying files"." names no file manager; "The text on it begins "Calculator"." no calculator)."""
    return re.sub(r'"[^"]*"', '""', caption).lower()


def names_kind(caption, kind):
    c = glance_words(caption)
    return any(w in c for k in families(kind) for w in KIND_WORDS.get(k, []))


def names_other_kind(caption, kind):
    """Whether the caption names a kind of window that this one is not (e.g. "a dialog" for a terminal)."""
    c = glance_words(caption)
    return any(any(w in c for w in ws) for k, ws in KIND_WORDS.items() if k not in families(kind))


def shoot(out, n, seed):
    from .data.xvfb import Display
    from .data import xvfb_scenes as S
    scenes = [S.sc_zenity, S.sc_zenity2, S.sc_mousepad, S.sc_xterm, S.sc_xterm_vim, S.sc_galculator, S.sc_xterm_man,
              S.sc_pcmanfm]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            rng = random.Random("real-check/%d/%d" % (seed, i))
            d = Display(131 + i % 20, rng, tmp)
            try:
                fn = scenes[i % len(scenes)]
                p, info, known, win = fn(d, rng, tmp)
                if not win:
                    p.kill()
                    continue
                full = d.grab()
                box = d.active_box()
                p.kill()
                for mode, img in (("screen", full), ("window", full.crop(box) if box else None)):
                    if img is None:
                        continue
                    path = os.path.join(out, "%02d-%s-%s.png" % (i, info["kind"], mode))
                    img.save(path)
                    rows.append({"image": path, "mode": mode, "kind": info["kind"], "app": info["app"],
                                 "title": info["title"]})
            except Exception as e:  # one scene that fails to start is not the check's business
                sys.stderr.write("scene %d failed: %r\n" % (i, e))
            finally:
                d.close()
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--model", default="")
    ap.add_argument("--decoding", choices=["greedy", "beam"], default="",
                    help="the decoding to describe with (default: what the model package says)")
    ap.add_argument("--reuse", action="store_true",
                    help="describe the screenshots of an earlier run in OUT again (e.g. with another --model)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    shots = os.path.join(a.out, "shots.json")
    if a.reuse:
        rows = json.load(open(shots))
    else:
        rows = shoot(a.out, a.n, a.seed)
        with open(shots, "w") as f:
            json.dump(rows, f, indent=1)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cmd = [os.path.join(root, "glance"), "describe", "--json"] + (["--model", a.model] if a.model else []) + \
        (["--decoding", a.decoding] if a.decoding else []) + [r["image"] for r in rows]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    out = [json.loads(l) for l in res.stdout.splitlines() if l.startswith("{")]
    if len(out) == 1 and isinstance(out[0].get("results"), list):
        out = out[0]["results"]
    if len(out) != len(rows):
        sys.exit("glance describe gave %d results for %d images: %s" % (len(out), len(rows), res.stderr[-2000:]))
    right = 0
    described = []
    for r, o in zip(rows, out):
        cap = o.get("refined") or o.get("description") or ""
        ok = names_kind(cap, r["kind"])
        right += ok
        r = dict(r, caption=cap, initial=o.get("initial", ""), kind_named=ok,
                 other_kind_named=names_other_kind(cap, r["kind"]))
        described.append(r)
        print("%-5s %-6s %-22s %-10s %s" % ("yes" if ok else "no", r["mode"], r["kind"], r["app"], cap))
    summary = {"images": len(rows), "kind_named": right, "share": round(right / max(1, len(rows)), 3)}
    for mode in ("screen", "window"):
        rs = [r for r in described if r["mode"] == mode]
        summary[mode] = {"images": len(rs), "kind_named": sum(r["kind_named"] for r in rs),
                         "other_kind_named": sum(r["other_kind_named"] for r in rs)}
    print(json.dumps(summary))
    name = os.path.basename(os.path.normpath(a.model)) if a.model else "default"
    with open(os.path.join(a.out, "real_check-%s.json" % name), "w") as f:
        json.dump({"summary": summary, "rows": described}, f, indent=1)


if __name__ == "__main__":
    main()
