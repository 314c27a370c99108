"""Shrink a training checkpoint to what export and evaluation need (weights as float16, config, vocabulary), in
chunks of at most --chunk-mb, and join such chunks back into a checkpoint. Used to bring a model home from a
machine whose file transfer is limited in size.

    python3 -m training.slim split --ckpt run/stage2.pt --out DIR --name stage2
    python3 -m training.slim join --dir DIR --name stage2 --out stage2.pt
"""
from __future__ import annotations

import argparse
import glob
import io
import os

import torch


def split(ckpt: str, out: str, name: str, chunk_mb: float) -> list[str]:
    ck = torch.load(ckpt, map_location="cpu", weights_only=False)
    slim = {k: ck[k] for k in ("config", "vocab", "step", "seconds", "train") if k in ck}
    slim["model"] = {k: (v.half() if v.is_floating_point() else v) for k, v in ck["model"].items()}
    buf = io.BytesIO()
    torch.save(slim, buf)
    data, size = buf.getvalue(), int(chunk_mb * 1024 * 1024)
    os.makedirs(out, exist_ok=True)
    paths = []
    for i in range(0, len(data), size):
        p = os.path.join(out, f"{name}.part{i // size:02d}")
        with open(p, "wb") as f:
            f.write(data[i:i + size])
        paths.append(p)
    return paths


def join(directory: str, name: str, out: str) -> None:
    data = b"".join(open(p, "rb").read() for p in sorted(glob.glob(os.path.join(directory, f"{name}.part*"))))
    ck = torch.load(io.BytesIO(data), map_location="cpu", weights_only=False)
    ck["model"] = {k: (v.float() if v.is_floating_point() else v) for k, v in ck["model"].items()}
    torch.save(ck, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["split", "join"])
    ap.add_argument("--ckpt")
    ap.add_argument("--dir")
    ap.add_argument("--out", required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--chunk-mb", type=float, default=15.0)
    a = ap.parse_args()
    if a.mode == "split":
        print("\n".join(split(a.ckpt, a.out, a.name, a.chunk_mb)))
    else:
        join(a.dir, a.name, a.out)


if __name__ == "__main__":
    main()
