"""Contact sheet: python -m training.data.contact_sheet --corpus DIR --out training/data/contact_sheet.png

64 random samples in an 8x8 grid, each with its first reference caption and one pseudo-initial caption."""
import argparse
import json
import os
import random
import textwrap

from PIL import Image, ImageDraw

from .fonts import Fonts


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--fonts-dir", default=None)
    a = ap.parse_args(argv)
    recs = []
    for s in ("train", "val", "test_seen", "test_unseen"):
        p = os.path.join(a.corpus, s + ".jsonl")
        if os.path.exists(p):
            recs += [json.loads(l) for l in open(p, encoding="utf-8")]
    rng = random.Random(a.seed)
    pick = rng.sample(recs, min(a.n, len(recs)))
    cols = 8
    rows = (len(pick) + cols - 1) // cols
    cw, ih, th = 448, 280, 150
    sheet = Image.new("RGB", (cols * cw, rows * (ih + th)), (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    fonts = Fonts(a.fonts_dir)
    f = fonts.get("sans", fonts.families("sans")[0], 12)
    fb = fonts.get("sans", fonts.families("sans")[0], 12, True)
    for i, r in enumerate(pick):
        x, y = (i % cols) * cw, (i // cols) * (ih + th)
        im = Image.open(os.path.join(a.corpus, r["image"])).convert("RGB")
        im.thumbnail((cw - 8, ih - 8))
        sheet.paste(im, (x + (cw - im.width) // 2, y + 4 + (ih - 8 - im.height) // 2))
        d.text((x + 6, y + ih), "%s [%s] %s" % (r["kind"], r["source"], r["app"])[:70], font=fb, fill=(0, 0, 120))
        cap = r["captions"][0]
        ps = [p for p in r["pseudo"] if p["ref"] == 0 and p["edits"]] or r["pseudo"][:1]
        p = ps[0]
        yy = y + ih + 16
        for line in textwrap.wrap("R: " + cap, 72)[:4]:
            d.text((x + 6, yy), line, font=f, fill=(0, 0, 0))
            yy += 15
        tag = ",".join(e["type"] for e in p["edits"]) or "none"
        for line in textwrap.wrap("P(%s): %s" % (tag, p["caption"]), 72)[:4]:
            d.text((x + 6, yy), line, font=f, fill=(150, 30, 30))
            yy += 15
        d.rectangle([x, y, x + cw - 1, y + ih + th - 1], outline=(200, 200, 200))
    sheet.save(a.out)
    print("wrote", a.out, sheet.size)


if __name__ == "__main__":
    main()
