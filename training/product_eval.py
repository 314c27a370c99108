"""What a user hears: the synthetic test splits described by `./glance describe --json`, the whole runtime (PP-OCR on
the image, both passes, then the runtime's honesty rules: quotes, names and readings not on screen removed, tone
words checked against the pixels, "Probably" when unsure), scored like evaluate.py. For comparison, the same model's
raw refined caption from PyTorch with the same OCR lines (the Java runtime writes the same tokens: golden.json).

    /usr/bin/python3 -m training.product_eval --corpus ~/.cache/glance/corpus --ckpt CKPT [--n 100] [--out FILE]

The corpus keeps its images at 448 pixels on the long side, so OCR reads less here than on a real screen.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess

import torch

from . import sequences as seq
from .evaluate import truth_scores
from .metrics import cider_d
from .sample import as_the_app_does, load_checkpoint, load_image


def glance_describe(paths: list[str], level: str) -> list[dict]:
    cmd = ["./glance", "describe", "--json"] + (["--detail"] if level == "detailed" else []) + paths
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def raw_refined(model, tok, image: str, lines: list[str], level: str) -> str:
    _, _, ids2, _ = as_the_app_does(model, tok, load_image(image, model.config.image_size), lines, level,
                                    seq.DECODING["no_repeat_ngram"])
    return tok.decode(ids2)


def scores(recs, caps, refs) -> dict:
    return {"cider": round(cider_d(caps, refs), 2), **truth_scores(recs, caps)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    torch.set_num_threads(2)
    model, tok, _ = load_checkpoint(a.ckpt)
    report = {}
    for split in ("test_seen", "test_unseen"):
        recs = [json.loads(l) for l in open(os.path.join(a.corpus, f"{split}.jsonl"), encoding="utf-8")]
        random.Random(a.seed).shuffle(recs)
        recs = recs[:a.n]
        paths = [os.path.join(a.corpus, r["image"]) for r in recs]
        for level in ("brief", "detailed"):
            said = glance_describe(paths, level)
            assert len(said) == len(recs), f"glance described {len(said)} of {len(recs)} images"
            raw = [raw_refined(model, tok, p, s["text"], level) for p, s in zip(paths, said)]
            refs = [r["captions"] if level == "brief" else [r["detailed"]] for r in recs]
            report[f"{split}/{level}"] = {
                "n": len(recs),
                "model_refined": scores(recs, raw, refs),
                "glance_says": scores(recs, [s["refined"] for s in said], refs),
                "examples": [{"model": m, "glance": s["refined"], "reference": r[0]}
                             for m, s, r in list(zip(raw, said, refs))[:3]],
            }
            print(split, level, json.dumps({k: report[f"{split}/{level}"][k] for k in
                                            ("model_refined", "glance_says")}), flush=True)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
