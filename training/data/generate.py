"""Generate the Glance caption corpus: python -m training.data.generate --out DIR --n-train N ...

Deterministic (each sample is seeded by (seed, split, index)), resumable (finished samples are kept in
<split>.jsonl.part and skipped), parallel (multiprocessing), with a progress line on stderr."""
import argparse
import json
import multiprocessing as mp
import os
import random
import sys
import time

from PIL import Image

VERSION = "0.4.0"
SPLITS = ["train", "val", "test_seen", "test_unseen"]
MAX_SIDE = 448
_W = {}


def registry():
    from . import dialogs, editors, terminal, files, browser, apps, apps2, shell, special
    t = {}
    for m in (dialogs, editors, terminal, files, browser, apps, apps2, shell):
        t.update(m.TEMPLATES)
    return t, special.TEMPLATES


# Templates that never occur in train/val: the test_unseen split measures generalisation on them.
UNSEEN = ["dialog.about", "web.news", "terminal.htop", "app.image_viewer", "web.forum"]
SPECIAL_RATE = 0.07
CAMERA_RATE = 0.08
BG_POOL = ["editor.text", "files.grid", "web.search", "office.spreadsheet", "terminal.shell", "editor.code",
           "web.article", "app.settings", "app.mail", "app.chat", "office.writer"]


def _init(fonts_dir, unseen=None):
    from .fonts import Fonts
    if unseen is not None:
        UNSEEN[:] = unseen
    _W["fonts"] = Fonts(fonts_dir)
    _W["tpl"], _W["special"] = registry()


def choose(rng, split):
    tpl = _W["tpl"]
    if split == "test_unseen" and UNSEEN:
        names = [k for k in UNSEEN if k in tpl]
        return "pil", rng.choice(names)
    r = rng.random()
    if r < SPECIAL_RATE:
        return "special", rng.choice(sorted(_W["special"]))
    if r < SPECIAL_RATE + CAMERA_RATE:
        from .camera import KINDS
        return "camera", "camera." + rng.choice(KINDS)
    names = sorted(k for k in tpl if k not in UNSEEN)
    return "pil", rng.choice(names)


def make_sample(job):
    out, split, idx, seed = job[:4]
    keep = len(job) > 4 and idx < job[4]
    from . import compose, special
    rng = random.Random("%d/%s/%d" % (seed, split, idx))
    source, name = choose(rng, split)
    fonts = _W["fonts"]
    if source == "special":
        img, info, ctx, lines = special.render(rng, fonts, _W["special"][name])
    elif source == "camera":
        from . import camera
        img, info, ctx, lines = camera.render(rng, fonts, name.split(".", 1)[1])
    else:
        pool = [_W["tpl"][k] for k in BG_POOL if k in _W["tpl"] and k not in UNSEEN]
        img, info, ctx, lines = compose.render(rng, fonts, _W["tpl"][name], pool)
    return build_record(out, split, "%06d" % idx, source, name, img, info, ctx, lines, rng, keep)


def build_record(out, split, tag, source, name, img, info, ctx, lines, rng, keep=False):
    """Captions, pseudo-initial captions and the JSON record of one rendered image; saves the image as
    images/<split>/<tag>.jpg (and the lossless original under full/ when keep)."""
    from . import captions, pseudo, special
    if source == "special":
        caps, segs, detailed, facts = special.captions(info, ctx, lines, rng)
    else:
        caps, segs, detailed, facts = captions.make(info, ctx, lines, rng)
    ps = pseudo.make(segs, rng)
    W, H = img.size
    sc = min(1.0, MAX_SIDE / max(W, H))
    small = img.resize((max(1, round(W * sc)), max(1, round(H * sc))), Image.Resampling.LANCZOS, reducing_gap=2.0) if sc < 1 else img
    rel = "images/%s/%s.jpg" % (split, tag)
    small.save(os.path.join(out, rel), quality=90)
    if keep:  # full-resolution original, for the OCR visibility check (boxes are in these coordinates)
        os.makedirs(os.path.join(out, "full", split), exist_ok=True)
        img.save(os.path.join(out, "full", split, "%s.png" % tag))
    truth = {"kind": info["kind"], "app": info.get("app", ""), "title": info.get("title", ""),
             "noun": info["noun"], "facts": [f for f in info.get("facts", []) if isinstance(f, dict)], "notable": info.get("notable", []),
             "windows": ctx.get("windows", []), "focused": next((w["title"] for w in ctx.get("windows", []) if w["focused"]), ""),
             "controls": ctx.get("controls", []), "theme": ctx.get("theme"), "accent": ctx.get("accent"),
             "colors": ctx.get("colors", []), "style": ctx.get("style"), "scale": ctx.get("scale"),
             "crop": ctx.get("crop"), "screen": ctx.get("screen"), "background": ctx.get("background", []),
             "overlays": ctx.get("overlays", [])}
    rec = {"id": "%s_%s" % (split, tag), "image": rel, "width": W, "height": H, "source": source,
           "kind": info["kind"], "app": info.get("app", ""), "template": name, "special": source == "special",
           "truth": truth, "ocr_lines": lines, "captions": caps, "detailed": detailed, "pseudo": ps, "facts": facts}
    return json.dumps(rec, ensure_ascii=False)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n-train", type=int, default=30000)
    ap.add_argument("--n-val", type=int, default=1000)
    ap.add_argument("--n-test", type=int, default=1000, help="half seen templates, half unseen")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--fonts-dir", default=None)
    ap.add_argument("--keep-originals", type=int, default=0,
                    help="also save the full-resolution render of the first K samples of each split as full/<split>/NNNNNN.png")
    ap.add_argument("--unseen", default=",".join(UNSEEN),
                    help="comma-separated templates held out of train/val for test_unseen; '' = none "
                         "(for the final bundled model, so it sees every layout)")
    a = ap.parse_args(argv)
    unseen = [u for u in a.unseen.split(",") if u]
    counts = {"train": a.n_train, "val": a.n_val, "test_seen": a.n_test // 2, "test_unseen": a.n_test - a.n_test // 2}
    t0 = time.time()
    for s in SPLITS:
        os.makedirs(os.path.join(a.out, "images", s), exist_ok=True)
    _init(a.fonts_dir, unseen)
    pool = mp.Pool(a.workers, initializer=_init, initargs=(a.fonts_dir, unseen)) if a.workers > 1 else None
    stats = {"splits": {}, "kinds": {}, "sources": {}, "templates": {}}
    for split in SPLITS:
        part = os.path.join(a.out, split + ".jsonl.part")
        done = {}
        if os.path.exists(part):
            with open(part, encoding="utf-8") as f:
                for line in f:
                    try:
                        r = json.loads(line)
                        done[r["id"]] = line.rstrip("\n")
                    except ValueError:
                        pass
        jobs = [(a.out, split, i, a.seed, a.keep_originals) for i in range(counts[split]) if "%s_%06d" % (split, i) not in done]
        ts, n = time.time(), 0
        with open(part, "a", encoding="utf-8") as f:
            it = pool.imap_unordered(make_sample, jobs, chunksize=8) if pool else map(make_sample, jobs)
            for line in it:
                f.write(line + "\n")
                r = json.loads(line)
                done[r["id"]] = line
                n += 1
                if n % 100 == 0 or n == len(jobs):
                    el = time.time() - ts
                    sys.stderr.write("\r%s %d/%d  %.1f ms/img  eta %.0f s   " % (
                        split, len(done), counts[split], 1000 * el / n, el / n * (len(jobs) - n)))
                    sys.stderr.flush()
        sys.stderr.write("\n")
        extra = os.path.join(a.out, split + ".extra.jsonl")  # e.g. real applications under Xvfb (xvfb.py)
        if os.path.exists(extra):
            ext = {}
            with open(extra, encoding="utf-8") as f:
                for line in f:
                    try:
                        ext[json.loads(line)["id"]] = line.rstrip("\n")  # the last record of an id wins
                    except ValueError:
                        pass
            for k, line in ext.items():
                r = json.loads(line)
                p = os.path.join(a.out, r["image"])
                try:
                    w, h = Image.open(p).size
                except OSError:
                    continue
                if abs(w / h - r["width"] / r["height"]) < 0.03:  # image and record belong together
                    done[k] = line
        with open(os.path.join(a.out, split + ".jsonl"), "w", encoding="utf-8") as f:
            for k in sorted(done):
                f.write(done[k] + "\n")
                r = json.loads(done[k])
                for key, v in (("kinds", r["kind"]), ("sources", r["source"]), ("templates", r["template"])):
                    d = stats[key].setdefault(split, {})
                    d[v] = d.get(v, 0) + 1
        stats["splits"][split] = len(done)
    if pool:
        pool.close()
        pool.join()
    man = {"generator": "glance-training-data", "version": VERSION, "seed": a.seed, "counts": stats["splits"],
           "kinds": stats["kinds"], "sources": stats["sources"], "templates": stats["templates"],
           "unseen_templates": UNSEEN, "max_side": MAX_SIDE, "seconds": round(time.time() - t0, 1),
           "workers": a.workers, "python": sys.version.split()[0]}
    prev = os.path.join(a.out, "manifest.json")
    if os.path.exists(prev):
        try:
            man["seconds_previous_runs"] = json.load(open(prev)).get("seconds", 0) + \
                json.load(open(prev)).get("seconds_previous_runs", 0)
        except ValueError:
            pass
    with open(prev, "w") as f:
        json.dump(man, f, indent=1)
    sys.stderr.write("done in %.1f s\n" % (time.time() - t0))


if __name__ == "__main__":
    main()
