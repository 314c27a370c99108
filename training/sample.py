"""Two-pass MM-SeR captioning in PyTorch with a KV cache: the reference the Java runtime is tested against.

    /usr/bin/python3 -m training.sample --ckpt CKPT --image shot.png [--text "line one" --text "line two"]
"""
from __future__ import annotations

import argparse
import json

import numpy as np
import torch

from . import sequences as seq
from .model import MMSeR, ModelConfig
from .preprocess import letterbox
from .tokenizer import WordPiece

MEAN = (0.48145466, 0.4578275, 0.40821073)
STD = (0.26862954, 0.26130258, 0.27577711)


@torch.no_grad()
def greedy(model: MMSeR, head: list[int], prefix: torch.Tensor, tail: list[int], max_new: int, eos: int,
           no_repeat_ngram: int = 0):
    """Greedy decoding. Returns (ids, per-step top-2 logit margins). prefix: [1, N, D]."""
    dec = model.decoder
    x = torch.cat([model.embed(torch.tensor([head])), prefix, model.embed(torch.tensor([tail]))], dim=1)
    hidden, past = dec(x)
    out, margins = [], []
    for _ in range(max_new):
        logits = dec.logits(hidden[:, -1])[0]
        banned = banned_tokens(out, no_repeat_ngram)
        if banned:
            logits[list(banned)] = float("-inf")
        top = torch.topk(logits, 2)
        margins.append(float(top.values[0] - top.values[1]))
        tok = int(top.indices[0])
        if tok == eos:
            break
        out.append(tok)
        hidden, past = dec(model.embed(torch.tensor([[tok]])), past)
    return out, margins


def banned_tokens(out: list[int], n: int) -> set[int]:
    """Tokens that would repeat an n-gram already generated (n = 0: none)."""
    if n <= 0 or len(out) < n - 1:
        return set()
    key = tuple(out[len(out) - n + 1:]) if n > 1 else ()
    return {out[i + n - 1] for i in range(len(out) - n + 1) if tuple(out[i:i + n - 1]) == key}


@torch.no_grad()
def describe(model: MMSeR, tok: WordPiece, pixels: torch.Tensor, lines, level: str = "brief",
             no_repeat_ngram: int = 0, refine: bool = True) -> dict:
    c = model.config
    img, ser_feats = model.image_embeds(pixels)
    head = seq.head_ids(tok)
    max_new = seq.MAX_NEW_TOKENS[level]
    tail1 = seq.tail_ids(tok, lines, level)
    ids1, m1 = greedy(model, head, img, tail1, max_new, tok.eos_id, no_repeat_ngram)
    result = {"initial_ids": ids1, "initial": tok.decode(ids1), "tail1": tail1, "margins1": m1}
    if refine:
        draft = (ids1 or [tok.eos_id])[:c.max_caption_tokens]
        ser = model.ser_embeds(ser_feats, torch.tensor([draft]))
        tail2 = seq.tail_ids(tok, lines, level, draft_ids=draft)
        ids2, m2 = greedy(model, head, ser, tail2, max_new, tok.eos_id, no_repeat_ngram)
        result.update({"refined_ids": ids2, "refined": tok.decode(ids2), "tail2": tail2, "margins2": m2})
    result["head"] = head
    return result


def load_image(path: str, size: int) -> torch.Tensor:
    from PIL import Image
    rgb = np.asarray(Image.open(path).convert("RGB"))
    return torch.from_numpy(letterbox(rgb, size, MEAN, STD)).unsqueeze(0)


def load_checkpoint(path: str):
    ck = torch.load(path, map_location="cpu")
    model = MMSeR(ModelConfig.from_dict(ck["config"]))
    model.load_state_dict(ck["model"])
    model.eval()
    return model, WordPiece(ck["vocab"]), ck


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--image", required=True)
    ap.add_argument("--text", action="append", default=[])
    ap.add_argument("--level", default="brief", choices=list(seq.PROMPTS["levels"]))
    a = ap.parse_args()
    model, tok, _ = load_checkpoint(a.ckpt)
    r = describe(model, tok, load_image(a.image, model.config.image_size), a.text, a.level, no_repeat_ngram=3)
    print(json.dumps({"initial": r["initial"], "refined": r["refined"]}))


if __name__ == "__main__":
    main()
