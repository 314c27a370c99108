"""Visibility proxy check with tesseract (the real acceptance check uses RapidOCR in Java):
python -m training.data.check_ocr --corpus DIR --n 100

Needs a corpus generated with --keep-originals K (full/<split>/NNNNNN.png). For each recorded line, looks for a
tesseract line overlapping its box whose text is similar (ratio >= 0.6). Tesseract is weaker than PP-OCR on UI
text, so this is a lower bound."""
import argparse
import difflib
import json
import os
import random

from PIL import Image

from .xvfb import tesseract_lines


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    recs = []
    for s in ("train", "val", "test_seen", "test_unseen"):
        p = os.path.join(a.corpus, s + ".jsonl")
        if os.path.exists(p):
            for l in open(p, encoding="utf-8"):
                r = json.loads(l)
                full = os.path.join(a.corpus, "full", s, r["image"].rsplit("/", 1)[1].replace(".jpg", ".png"))
                if os.path.exists(full):
                    recs.append((r, full))
    rng = random.Random(a.seed)
    pick = rng.sample(recs, min(a.n, len(recs)))
    found = total = 0
    per = {}
    for r, full in pick:
        img = Image.open(full).convert("RGB")
        if max(img.size) < 2000:
            img2, k = img.resize((img.width * 2, img.height * 2)), 2
        else:
            img2, k = img, 1
        tl = [(t, [v / k for v in b]) for t, b in tesseract_lines(img2)]
        for l in r["ocr_lines"]:
            b = l["box"]
            ok = False
            for t, tb in tl:
                if tb[2] < b[0] - 4 or tb[0] > b[2] + 4 or tb[3] < b[1] - 4 or tb[1] > b[3] + 4:
                    continue
                sm = difflib.SequenceMatcher(None, l["text"].lower(), t.lower())
                if sm.ratio() >= 0.6 or (len(t) >= 4 and t.lower() in l["text"].lower()):
                    ok = True
                    break
            total += 1
            found += ok
            d = per.setdefault(r["kind"], [0, 0])
            d[0] += ok
            d[1] += 1
    print("tesseract found %d of %d recorded lines (%.1f%%) in %d images" % (found, total, 100.0 * found / max(1, total), len(pick)))
    worst = sorted(per.items(), key=lambda kv: kv[1][0] / max(1, kv[1][1]))[:10]
    print("lowest kinds:", ", ".join("%s %.0f%%" % (k, 100.0 * v[0] / max(1, v[1])) for k, v in worst))


if __name__ == "__main__":
    main()
