"""Paper-style evaluation of an MM-SeR checkpoint on the corpus's test splits.

    /usr/bin/python3 -m training.evaluate --ckpt run/stage2.pt --prep PREP [--n 300] [--out report.json]

For each split (test_seen, test_unseen) and level: CIDEr-D and BLEU-4 of the initial (pass 1) and refined (pass 2)
captions, fact recall against the structured truth, hallucination rate, blank-frame accuracy, and, feeding the
corpus's pseudo-initial captions to pass 2 directly, the fix rate per edit type. Pass 1 runs without OCR text (as
the app runs it, before OCR finishes) and pass 2 with the recorded text lines passed through the OCR noise model.
Also times pass 1 alone and pass 1 + pass 2 per 100 images (PyTorch, CPU, batch 1).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import defaultdict

import numpy as np
import torch

from . import sequences as seq
from .metrics import bleu4, cider_d
from .prepare import open_split
from .sample import decode, load_checkpoint
from .train import noisy_ocr, normalise

SPECIAL_WORDS = ("black", "blank", "white", "locked", "lock screen", "wallpaper", "screensaver", "loading", "empty",
                 "solid", "curtain", "nothing")
KIND_WORDS = ("dialog", "terminal", "browser", "editor", "spreadsheet", "file manager", "calculator", "desktop",
              "login", "settings", "calendar", "chat", "mail", "inbox", "video", "map", "document", "notification")
_QUOTE = re.compile(r'"([^"]{2,})"')


def truth_text(rec) -> str:
    parts = [l["text"] for l in rec.get("ocr_lines", [])] + rec.get("captions", []) + [rec.get("detailed", "")]
    return " ".join(parts).lower()


def fact_hits(rec, caption: str):
    """(facts mentioned by at least one reference, of those the ones the caption mentions)."""
    refs = " ".join(rec["captions"]).lower()
    cap = caption.lower()
    mentioned, hit = 0, 0
    for fact in rec.get("facts", []):
        key = fact.split(":", 1)[-1].strip().lower()
        if len(key) < 2 or key not in refs:
            continue
        mentioned += 1
        hit += key in cap
    return mentioned, hit


def hallucinations(rec, caption: str):
    """(checkable mentions, mentions not supported by the truth): quoted strings and screen-kind nouns."""
    truth = truth_text(rec)
    checks, bad = 0, 0
    for q in _QUOTE.findall(caption):
        checks += 1
        bad += q.lower().strip(" .,") not in truth
    cap = caption.lower()
    for w in KIND_WORDS:
        if re.search(r"\b" + w + r"\b", cap):
            checks += 1
            bad += w not in truth
    return checks, bad


def special_ok(rec, caption: str) -> bool:
    ref_words = {w for w in SPECIAL_WORDS if any(w in c.lower() for c in rec["captions"])}
    return any(w in caption.lower() for w in ref_words)


@torch.no_grad()
def run_split(model, tok, recs, pixels, level: str, n: int, seed: int, ngram: int, use_text: bool = True,
              beams: int = 1):
    c = model.config
    rng = random.Random(seed)
    idx = list(range(len(recs)))
    rng.shuffle(idx)
    idx = idx[:n]
    head = seq.head_ids(tok)
    out = defaultdict(list)
    t1 = t2 = 0.0
    for i in idx:
        rec = recs[i]
        px = normalise(torch.from_numpy(np.ascontiguousarray(pixels[i:i + 1])))
        lines = noisy_ocr([l["text"] for l in rec.get("ocr_lines", [])], random.Random(seed * 7919 + i)) \
            if use_text else []
        s = time.perf_counter()
        img, ser_feats = model.image_embeds(px)
        if c.single_pass:  # the ablation without a first pass: one generation from the multi-layer features
            ids1 = []
        else:
            ids1, _ = decode(model, head, img, seq.tail_ids(tok, [], level), seq.MAX_NEW_TOKENS[level], tok.eos_id,
                             ngram, beams)
        t1 += time.perf_counter() - s
        draft = (ids1 or [tok.eos_id])[:c.max_caption_tokens]
        ser = model.ser_embeds(ser_feats, torch.tensor([draft]))
        ids2, _ = decode(model, head, ser, seq.tail_ids(tok, lines, level, draft_ids=None if c.single_pass
                                                        else draft), seq.MAX_NEW_TOKENS[level], tok.eos_id, ngram,
                         beams)
        t2 += time.perf_counter() - s
        out["initial"].append(tok.decode(ids1))
        out["refined"].append(tok.decode(ids2))
        out["refs"].append(rec["captions"] if level == "brief" else [rec["detailed"]])
        out["recs"].append(rec)
        if level == "brief" and rec.get("pseudo") and not c.single_pass:  # pass 2 fed a known-wrong draft: does it fix the edits?
            p = rng.choice(rec["pseudo"])
            d = tok.encode(p["caption"])[:c.max_caption_tokens] or [tok.eos_id]
            ser = model.ser_embeds(ser_feats, torch.tensor([d]))
            ids, _ = decode(model, head, ser, seq.tail_ids(tok, lines, level, draft_ids=d),
                            seq.MAX_NEW_TOKENS[level], tok.eos_id, ngram, beams)
            out["fixes"].append((p["edits"], tok.decode(ids), rec["captions"][p["ref"]]))
    out["t_pass1_per100"] = t1 / max(1, len(idx)) * 100
    out["t_both_per100"] = t2 / max(1, len(idx)) * 100
    return out


def fix_rates(fixes):
    """Per edit type: share of drafts whose wrong element is gone (and whose dropped fact is back) after pass 2."""
    stats = defaultdict(lambda: [0, 0])
    for edits, refined, ref in fixes:
        low = refined.lower()
        if not edits:
            stats["none (kept)"][0] += 1
            stats["none (kept)"][1] += cider_d([refined], [[ref]]) > 5.0
        for e in edits:
            wrong, right = e.get("to", "").lower(), e.get("from", "").lower()
            ok = (not wrong or wrong not in low) and (not right or right in low or e["type"] != "drop")
            stats[e["type"]][0] += 1
            stats[e["type"]][1] += bool(ok)
    return {k: {"n": n, "fixed": round(f / n, 3)} for k, (n, f) in stats.items()}


def truth_scores(recs, caps) -> dict:
    """Fact recall and hallucination rate over the ordinary frames, recognised special frames over the special ones;
    checkable_mentions counts the quotes and kind words the hallucination rate was taken over."""
    m = h = checks = bad = sp_n = sp_ok = 0
    for rec, cap in zip(recs, caps):
        if rec.get("special"):
            sp_n += 1
            sp_ok += special_ok(rec, cap)
            continue
        a, b = fact_hits(rec, cap)
        m, h = m + a, h + b
        a, b = hallucinations(rec, cap)
        checks, bad = checks + a, bad + b
    return {"fact_recall": round(h / max(1, m), 3), "hallucination_rate": round(bad / max(1, checks), 3),
            "checkable_mentions": checks, "special_frames": {"n": sp_n, "correct": round(sp_ok / max(1, sp_n), 3)}}


def summarise(out, level):
    rep = {}
    for which in ("initial", "refined"):
        caps = out[which]
        rep[which] = {"cider": round(cider_d(caps, out["refs"]), 2), "bleu4": round(100 * bleu4(caps, out["refs"]), 2)}
        rep[which].update(truth_scores(out["recs"], caps))
    if level == "brief":
        rep["edit_fix_rate"] = fix_rates(out["fixes"])
    rep["seconds_per_100_images"] = {"pass1": round(out["t_pass1_per100"], 2), "pass1+pass2": round(
        out["t_both_per100"], 2)}
    rep["examples"] = [{"initial": a, "refined": b, "reference": r[0]} for a, b, r in
                       list(zip(out["initial"], out["refined"], out["refs"]))[:5]]
    return rep


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--prep", required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--levels", default="brief,detailed")
    ap.add_argument("--splits", default="test_seen,test_unseen")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default="")
    ap.add_argument("--no-text", action="store_true", help="ablation: pass 2 without the OCR text lines")
    ap.add_argument("--beams", type=int, default=1, help="1: greedy (the runtime's default); 3: the paper's beams")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    model, tok, ck = load_checkpoint(a.ckpt)
    ngram = seq.DECODING["no_repeat_ngram"]
    report = {"checkpoint": a.ckpt, "config": model.config.to_dict(), "n": a.n, "pass2_text": not a.no_text,
              "beams": a.beams}
    for split in a.splits.split(","):
        recs, pixels = open_split(a.prep, split, 0)
        if not recs:
            continue
        for level in a.levels.split(","):
            n = a.n if level == "brief" else max(20, a.n // 3)
            report[f"{split}/{level}"] = summarise(run_split(model, tok, recs, pixels, level, n, a.seed, ngram,
                                                             not a.no_text, a.beams), level)
            print(json.dumps({f"{split}/{level}": {k: v for k, v in report[f"{split}/{level}"].items()
                                                    if k != "examples"}}), flush=True)
    if a.out:
        with open(a.out, "w") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
