"""Write the tiny random-weight model package that the Java tests use, with PyTorch golden outputs.

    /usr/bin/python3 -m training.export_tiny --out inference/src/test/resources/tiny

Writes OUT/model/ (a package per docs/model-package.md, well under 3 MB), OUT/fixture.png, and OUT/golden.json +
OUT/pixels.bin (the preprocessed fixture as little-endian float32, NCHW): the ids of every prompt segment, the greedy
pass-1 and pass-2 token ids and their decoded text, and the same with beam search. The seed is chosen so that no greedy step is a near tie (top-2
logit margin >= 1e-3, for beam search between the last kept and the first dropped candidate) and beam search
finds a different initial caption from greedy decoding (so the parity test tells the two apart), so float rounding differences between PyTorch and ONNX Runtime cannot flip a token.
"""
from __future__ import annotations

import argparse
import json
import os

import numpy as np
import torch
from PIL import Image, ImageDraw

from . import sequences as seq
from .export_onnx import export
from .model import MMSeR, ModelConfig
from .preprocess import letterbox
from .sample import MEAN, STD, describe
from .tokenizer import train

TINY = ModelConfig(image_size=64, patch_size=16, vit_layers=2, vit_dim=32, vit_heads=2, vit_mlp=64, pass1_layer=2,
                   ser_layers=(1, 2), connector_hidden=64, lm_layers=2, lm_dim=32, lm_heads=2, lm_mlp=64,
                   vocab_size=400, max_positions=256, ser_blocks=1, ser_heads=2, ser_mlp=64, max_caption_tokens=16,
                   dropout=0.0)
TEXTS = [
    "A dialog asks \"Save changes to letter.txt before closing?\" with Save, Don't Save and Cancel buttons.",
    "An error dialog titled \"Printer\" says the printer is not connected.",
    "A text editor shows a document with 12 lines about the garden.",
    "The screen is completely black.",
    "A web browser shows a login page with a user name field and a blue Sign in button.",
    "A file manager lists 8 files in the Documents folder in a dark theme.",
]
LINES = ["Save changes?", "Don't Save", "Cancel", "Save"]
TIDY_CASES = ['A dialog titled "Save changes" says: "letter.txt" (2 items)', "in ~/Documents/letter.txt at 50%",
              "mail to tom@example.com, ok?", 'A "Don\'t Save" button; then [Cancel] and $5', "It's done. Saved."]


def fixture_image() -> Image.Image:
    img = Image.new("RGB", (160, 100), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 159, 18], fill=(40, 80, 160))
    d.rectangle([20, 30, 140, 60], fill=(255, 255, 255), outline=(90, 90, 90))
    d.rectangle([30, 72, 70, 90], fill=(210, 40, 40))
    d.rectangle([90, 72, 130, 90], fill=(40, 160, 60))
    return img


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    tok = train(TEXTS * 3, TINY.vocab_size, min_word_freq=1)
    cfg = ModelConfig(**{**TINY.to_dict(), "ser_layers": TINY.ser_layers, "vocab_size": len(tok)})
    img = fixture_image()
    pixels = letterbox(np.asarray(img), cfg.image_size, MEAN, STD)
    for seed in range(100):
        torch.manual_seed(seed)
        model = MMSeR(cfg).eval()
        with torch.no_grad():  # sharper logits than the default init, so greedy steps are not near ties
            model.embed.weight.mul_(20.0)
        r = describe(model, tok, torch.from_numpy(pixels).unsqueeze(0), LINES, "brief",
                     no_repeat_ngram=seq.DECODING["no_repeat_ngram"])
        rb = describe(model, tok, torch.from_numpy(pixels).unsqueeze(0), LINES, "brief",
                      no_repeat_ngram=seq.DECODING["no_repeat_ngram"], beams=seq.DECODING["beams"])
        margin = min(r["margins1"] + r["margins2"] + rb["margins1"] + rb["margins2"])
        if margin >= 1e-3 and r["initial_ids"] and r["refined_ids"] and rb["initial_ids"] != r["initial_ids"]:
            break
    else:
        raise SystemExit("no seed without near ties")
    os.makedirs(a.out, exist_ok=True)
    # describes_photos: the tests caption photos with it, to check the path that a model trained on photos takes
    export(model, tok, f"{a.out}/model", "glance-tiny-random",
           {"training": {"note": "random weights, seed %d: a test fixture, not a captioner" % seed}},
           describes_photos=True)
    img.save(f"{a.out}/fixture.png")
    np.asarray(img, dtype=np.uint8).tofile(f"{a.out}/fixture.rgb")  # raw RGB bytes, for tests without an image codec
    pixels.astype("<f4").tofile(f"{a.out}/pixels.bin")
    golden = {
        "seed": seed, "min_margin": margin, "image": "fixture.png", "image_rgb": "fixture.rgb", "image_size": list(img.size), "pixels": "pixels.bin",
        "pixels_shape": [1, 3, cfg.image_size, cfg.image_size], "level": "brief", "text_lines": LINES,
        "head_ids": r["head"], "pass1_tail_ids": r["tail1"], "pass2_tail_ids": r["tail2"],
        "initial_ids": r["initial_ids"], "refined_ids": r["refined_ids"],
        "initial": r["initial"], "refined": r["refined"],
        "beams": seq.DECODING["beams"], "beam_initial_ids": rb["initial_ids"], "beam_refined_ids": rb["refined_ids"],
        "beam_pass2_tail_ids": rb["tail2"],
        "encode_cases": {t: tok.encode(t) for t in TEXTS[:3] + LINES},
        "decode_cases": {t: tok.decode(tok.encode(t)) for t in TIDY_CASES},
    }
    with open(f"{a.out}/golden.json", "w", encoding="utf-8") as f:
        json.dump(golden, f, indent=1)
    print("seed", seed, "margin", round(margin, 4), "initial:", r["initial"][:80], "| refined:", r["refined"][:80])


if __name__ == "__main__":
    main()
