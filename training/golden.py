"""Write golden.json for a trained model package: the PyTorch tokens of both passes on three screenshots in the
repository, which the Java runtime must reproduce (tests/.../BundledModelParityTest). PNG only: JPEG decoders differ
by a grey level here and there, PNG is decoded exactly alike by Pillow and Java.

    /usr/bin/python3 -m training.golden --ckpt CKPT --package assets/models/<id>

Each case: an image (path from the repository root), a level, the text lines of pass 2 (pass 1 reads none, as in the app,
where it runs before OCR has finished), the greedy ids of both passes and the smallest top-2 logit margin of any
step (float rounding between PyTorch and ONNX Runtime cannot flip a step with a margin far above 1e-4).
"""
from __future__ import annotations

import argparse
import json
import os

import torch

from . import sequences as seq
from .sample import as_the_app_does, load_checkpoint, load_image

# what Glance's OCR reads on them (`./glance describe --json`, first lines in reading order)
CASES = [
    ("assets/samples/bench/screen-1366x768.png",
     ["/tmp/shots/letter.txt - Mousepad", "File Edit", "Search View Document Help",
      "Warning: you are using the root account. You may harm your system.", "Dear Mrs. Patel,",
      "Thank you for your letter of 12 March about the garden project.", "Save changes",
      "Save changes to letter.txt before closing?"]),
    ("assets/samples/bench/screen-1920x1080.png",
     ["bash", "drwxr-xr-x", "2 root root", "4096 Jun 24", "2025 at-spi2-common", "at-spi2-core"]),
    ("inference/src/test/resources/ocr/dialog.png",
     ["Unsaved changes", "Save changes before closing?", "Your changes will be lost if you don't save them.",
      "Don't Save", "Cancel", "Save"]),
]


@torch.no_grad()
def golden(model, tok, root: str) -> list[dict]:
    out = []
    for image, lines in CASES:
        pixels = load_image(os.path.join(root, image), model.config.image_size)
        for level in seq.PROMPTS["levels"]:
            ids1, m1, ids2, m2 = as_the_app_does(model, tok, pixels, lines, level, seq.DECODING["no_repeat_ngram"])
            out.append({"image": image, "level": level, "pass2_lines": lines, "initial_ids": ids1,
                        "refined_ids": ids2, "initial": tok.decode(ids1), "refined": tok.decode(ids2),
                        "min_margin": round(min(m1 + m2), 5)})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--package", required=True, help="the exported package folder; golden.json is written there")
    ap.add_argument("--root", default=".", help="the repository root (where assets/samples is)")
    a = ap.parse_args()
    torch.set_num_threads(2)
    model, tok, _ = load_checkpoint(a.ckpt)
    manifest = json.load(open(os.path.join(a.package, "manifest.json"), encoding="utf-8"))
    cases = golden(model, tok, a.root)
    with open(os.path.join(a.package, "golden.json"), "w", encoding="utf-8") as f:
        json.dump({"model_id": manifest["model_id"], "decoding": "greedy", "no_repeat_ngram":
                   seq.DECODING["no_repeat_ngram"], "cases": cases}, f, indent=1)
    for case in cases:
        print(case["level"], case["image"], "margin", case["min_margin"], "|", case["refined"][:90])


if __name__ == "__main__":
    main()
