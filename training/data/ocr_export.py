"""Export screens with their recorded text lines for the Java OCR tools (OcrBenchmark):
python -m training.data.ocr_export --corpus DIR --out DIR [--n 500] [--one-per-kind] [--colours 64]

Needs a corpus generated with --keep-originals K (full/<split>/NNNNNN.png, the lossless render). Writes NAME.png +
NAME.txt (the lines recorded while drawing, one per line). --one-per-kind takes the first screen of each kind (the
committed benchmark set inference/src/test/resources/ocr-bench came from corpus v2 with
--splits test_seen,test_unseen --one-per-kind --n 24 --colours 64); --colours quantises to a small palette so the PNGs stay small (text stays
sharp: no dithering). Special frames are left out, and camera scenes unless --with-camera.

The RapidOCR visibility check of the corpus (>= 90 % of recorded lines readable) is then
    python -m training.data.ocr_export --corpus C --out OUT --n 500 --min-lines 1 --with-camera
    ./glance ocr-bench OUT --runs 1 --no-tesseract
"""
import argparse
import json
import os

from PIL import Image


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--one-per-kind", action="store_true")
    ap.add_argument("--splits", default="train,val,test_seen,test_unseen")
    ap.add_argument("--min-lines", type=int, default=3)
    ap.add_argument("--with-camera", action="store_true", help="keep camera scenes (photographed documents, signs)")
    ap.add_argument("--colours", type=int, default=0, help="quantise to this many colours (0: keep RGB)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    kinds, written = set(), 0
    for split in a.splits.split(","):
        path = os.path.join(a.corpus, split + ".jsonl")
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            full = os.path.join(a.corpus, "full", split, os.path.basename(r["image"]).replace(".jpg", ".png"))
            if written >= a.n or not os.path.exists(full) or r["special"] \
                    or (r["source"] == "camera" and not a.with_camera) \
                    or len(r["ocr_lines"]) < a.min_lines or (a.one_per_kind and r["kind"] in kinds):
                continue
            kinds.add(r["kind"])
            name = r["kind"].replace(".", "-") if a.one_per_kind else r["id"]
            img = Image.open(full).convert("RGB")
            if a.colours:
                img = img.quantize(colors=a.colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
            img.save(os.path.join(a.out, name + ".png"), optimize=True)
            with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(l["text"] for l in r["ocr_lines"]) + "\n")
            written += 1
    print(f"{written} screens in {a.out}")


if __name__ == "__main__":
    main()
