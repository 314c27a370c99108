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


@torch.no_grad()
def beam(model: MMSeR, head: list[int], prefix: torch.Tensor, tail: list[int], max_new: int, eos: int,
         no_repeat_ngram: int = 0, beams: int = 3):
    """Beam search, step for step the algorithm of the Java BeamDecoder: every live hypothesis proposes its beams+1
    best tokens; the beams best continuations by total log-probability live on; an EOS among the first `beams`
    candidates finishes its hypothesis; stop when `beams` have finished (or at max_new). The answer is the finished
    hypothesis with the best log-probability per token (EOS counted). Returns (ids, per-step logit margins: the gap
    between the chosen candidate and the best one not chosen, for near-tie checks)."""
    dec = model.decoder
    x = torch.cat([model.embed(torch.tensor([head])), prefix, model.embed(torch.tensor([tail]))], dim=1)
    hidden, past = dec(x)
    live = [([], 0.0, hidden[:, -1], past)]
    finished, margins = [], []
    for length in range(max_new):
        if not live or len(finished) >= beams:
            break
        cands = []
        for h, (ids, logp, last, pst) in enumerate(live):
            logits = dec.logits(last)[0].double()
            banned = banned_tokens(ids, no_repeat_ngram)
            if banned:
                logits[list(banned)] = float("-inf")
            lp = torch.log_softmax(logits, -1)
            k = min(beams + 1, int(torch.isfinite(lp).sum()))
            top = torch.topk(lp, k)
            cands += [(logp + float(v), h, int(t)) for v, t in zip(top.values, top.indices)]
        cands.sort(key=lambda c: -c[0])  # stable: ties keep hypothesis, then token order, as in Java
        kept = []
        for rank, (logp, h, t) in enumerate(cands):
            if len(kept) >= beams:
                margins.append(abs(kept[-1][0] - logp))
                break
            if t == eos:
                if rank < beams:
                    finished.append((live[h][0], logp / (len(live[h][0]) + 1)))
            else:
                kept.append((logp, h, t))
        nxt = []
        for logp, h, t in kept:
            ids = live[h][0] + [t]
            if length + 1 == max_new:
                finished.append((ids, logp / len(ids)))
            else:
                hid, pst = dec(model.embed(torch.tensor([[t]])), live[h][3])
                nxt.append((ids, logp, hid[:, -1], pst))
        live = nxt
    best = max(finished, key=lambda f: f[1]) if finished else ([], 0.0)
    return best[0], margins


def decode(model, head, prefix, tail, max_new, eos, no_repeat_ngram=0, beams=1):
    """Greedy for beams <= 1, else beam search."""
    if beams <= 1:
        return greedy(model, head, prefix, tail, max_new, eos, no_repeat_ngram)
    return beam(model, head, prefix, tail, max_new, eos, no_repeat_ngram, beams)


def banned_tokens(out: list[int], n: int) -> set[int]:
    """Tokens that would repeat an n-gram already generated (n = 0: none)."""
    if n <= 0 or len(out) < n - 1:
        return set()
    key = tuple(out[len(out) - n + 1:]) if n > 1 else ()
    return {out[i + n - 1] for i in range(len(out) - n + 1) if tuple(out[i:i + n - 1]) == key}


@torch.no_grad()
def describe(model: MMSeR, tok: WordPiece, pixels: torch.Tensor, lines, level: str = "brief",
             no_repeat_ngram: int = 0, refine: bool = True, beams: int = 1, lines1=None) -> dict:
    """Pass 1 and (refine) pass 2; pass 1 reads lines1 when given (the app's reads none), else the same lines."""
    c = model.config
    img, ser_feats = model.image_embeds(pixels)
    head = seq.head_ids(tok)
    max_new = seq.MAX_NEW_TOKENS[level]
    tail1 = seq.tail_ids(tok, lines if lines1 is None else lines1, level)
    ids1, m1 = decode(model, head, img, tail1, max_new, tok.eos_id, no_repeat_ngram, beams)
    result = {"initial_ids": ids1, "initial": tok.decode(ids1), "tail1": tail1, "margins1": m1}
    if refine:
        draft = (ids1 or [tok.eos_id])[:c.max_caption_tokens]
        ser = model.ser_embeds(ser_feats, torch.tensor([draft]))
        tail2 = seq.tail_ids(tok, lines, level, draft_ids=draft)
        ids2, m2 = decode(model, head, ser, tail2, max_new, tok.eos_id, no_repeat_ngram, beams)
        result.update({"refined_ids": ids2, "refined": tok.decode(ids2), "tail2": tail2, "margins2": m2})
    result["head"] = head
    return result


@torch.no_grad()
def as_the_app_does(model: MMSeR, tok: WordPiece, pixels: torch.Tensor, lines, level: str, no_repeat_ngram: int):
    """Both greedy passes as Glance runs them: pass 1 without text (it starts before OCR has finished), pass 2 with
    the OCR lines. Returns (initial ids, their top-2 margins, refined ids, their margins)."""
    r = describe(model, tok, pixels, lines, level, no_repeat_ngram, lines1=[])
    return r["initial_ids"], r["margins1"], r["refined_ids"], r["margins2"]


def load_image(path: str, size: int) -> torch.Tensor:
    from PIL import Image
    rgb = np.asarray(Image.open(path).convert("RGB"))
    return torch.from_numpy(letterbox(rgb, size, MEAN, STD)).unsqueeze(0)


def load_checkpoint(path: str):
    ck = torch.load(path, map_location="cpu", weights_only=False)
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
    ap.add_argument("--beams", type=int, default=1)
    a = ap.parse_args()
    model, tok, _ = load_checkpoint(a.ckpt)
    r = describe(model, tok, load_image(a.image, model.config.image_size), a.text, a.level, no_repeat_ngram=3,
                 beams=a.beams)
    print(json.dumps({"initial": r["initial"], "refined": r["refined"]}))


if __name__ == "__main__":
    main()
