"""Prepare a corpus for training: train the tokenizer and letterbox every image once into a uint8 cache.

    /usr/bin/python3 -m training.prepare --corpus ~/.cache/glance/corpus --out ~/.cache/glance/prep [--workers 2]

Writes OUT/tokenizer.json, OUT/<split>.npy (N x S x S x 3 letterboxed RGB, padded with the normalisation mean) and
OUT/<split>.jsonl (the corpus records, same order). Idempotent: a split whose cache is complete is skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from multiprocessing import Pool

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one BLAS thread per worker process: no oversubscription
import numpy as np  # noqa: E402

from .preprocess import area_weights, content_size
from .sample import MEAN
from .tokenizer import WordPiece, train

SPLITS = ("train", "val", "test_seen", "test_unseen")


def letterbox_u8(path: str, size: int) -> np.ndarray:
    from PIL import Image
    rgb = np.asarray(Image.open(path).convert("RGB"))
    h, w, _ = rgb.shape
    cw, ch = content_size(w, h, size)
    out = np.empty((size, size, 3), dtype=np.float32)
    out[:] = np.array(MEAN, dtype=np.float32) * 255.0
    wy, wx = area_weights(h, ch).astype(np.float32), area_weights(w, cw).astype(np.float32)
    x0, y0 = (size - cw) // 2, (size - ch) // 2
    planes = np.ascontiguousarray(rgb.transpose(2, 0, 1), dtype=np.float32)  # [3, h, w]
    res = np.matmul(np.matmul(wy, planes), wx.T)  # [3, ch, cw]
    out[y0:y0 + ch, x0:x0 + cw] = res.transpose(1, 2, 0)
    return np.clip(np.floor(out + 0.5), 0, 255).astype(np.uint8)


def _job(args):
    i, path, size = args
    return i, letterbox_u8(path, size)


def texts_of(rec: dict):
    yield from rec["captions"]
    yield rec["detailed"]
    for line in rec.get("ocr_lines", []):
        yield line["text"]
    for p in rec.get("pseudo", []):
        yield p["caption"]


def load_split(corpus: str, split: str) -> list[dict]:
    path = os.path.join(corpus, f"{split}.jsonl")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--image-size", type=int, default=224)
    ap.add_argument("--vocab", type=int, default=8000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="use at most this many training records (0 = all)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    records = {s: load_split(a.corpus, s) for s in SPLITS}
    if a.limit:
        records["train"] = records["train"][:a.limit]
    tok_path = os.path.join(a.out, "tokenizer.json")
    if not os.path.exists(tok_path):
        tok = train((t for r in records["train"] for t in texts_of(r)), a.vocab)
        tok.save(tok_path)
        print(f"tokenizer: {len(tok)} tokens", file=sys.stderr)
    for split, recs in records.items():
        if not recs:
            continue
        meta = os.path.join(a.out, f"{split}.jsonl")
        cache = os.path.join(a.out, f"{split}.npy")
        n, s = len(recs), a.image_size
        if os.path.exists(meta) and os.path.exists(cache):  # the records are written last: this split is complete
            continue
        arr = np.lib.format.open_memmap(cache + ".part", mode="w+", dtype=np.uint8, shape=(n, s, s, 3))
        jobs = [(i, os.path.join(a.corpus, r["image"]), s) for i, r in enumerate(recs)]
        with Pool(a.workers) as pool:
            for k, (i, img) in enumerate(pool.imap_unordered(_job, jobs, chunksize=16)):
                arr[i] = img
                if k % 1000 == 0:
                    print(f"{split}: {k}/{n} images ({time.time() - t0:.0f} s)", file=sys.stderr)
        arr.flush()
        del arr
        os.replace(cache + ".part", cache)
        with open(meta, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"prepared in {time.time() - t0:.0f} s", file=sys.stderr)


def open_split(prep: str, split: str, size: int):
    """(records, uint8 array [N, S, S, 3]) of a prepared split, the array memory-mapped."""
    recs = load_split(prep, split)
    path = os.path.join(prep, f"{split}.npy")
    arr = np.lib.format.open_memmap(path, mode="r") if recs else None
    return recs, arr


if __name__ == "__main__":
    main()
