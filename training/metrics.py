"""Caption metrics written out here (no pycocoevalcap offline): CIDEr-D and BLEU-4 as in the COCO caption
evaluation, with a simple lower-case word tokenizer in place of the PTB tokenizer."""
from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngrams(ws: list[str], n: int) -> Counter:
    return Counter(tuple(ws[i:i + n]) for i in range(len(ws) - n + 1))


def bleu4(candidates: list[str], references: list[list[str]]) -> float:
    """Corpus BLEU-4 (uniform weights, brevity penalty against the closest reference length)."""
    match, total = [0] * 4, [0] * 4
    c_len = r_len = 0
    for cand, refs in zip(candidates, references):
        cw = words(cand)
        rws = [words(r) for r in refs]
        c_len += len(cw)
        r_len += min((abs(len(r) - len(cw)), len(r)) for r in rws)[1]
        for n in range(1, 5):
            cn = ngrams(cw, n)
            maxref = Counter()
            for r in rws:
                for g, k in ngrams(r, n).items():
                    maxref[g] = max(maxref[g], k)
            match[n - 1] += sum(min(k, maxref[g]) for g, k in cn.items())
            total[n - 1] += max(0, len(cw) - n + 1)
    if min(match) == 0:
        return 0.0
    log_p = sum(math.log(m / t) for m, t in zip(match, total)) / 4
    bp = 1.0 if c_len > r_len else math.exp(1 - r_len / max(c_len, 1))
    return bp * math.exp(log_p)


def cider_d(candidates: list[str], references: list[list[str]], sigma: float = 6.0) -> float:
    """CIDEr-D x 10 as reported in papers (n = 1..4, tf-idf from the references, Gaussian length penalty,
    clipped candidate counts)."""
    refs_ng = [[[ngrams(words(r), n) for n in range(1, 5)] for r in refs] for refs in references]
    df = [Counter() for _ in range(4)]
    for refs in refs_ng:
        for n in range(4):
            seen = set()
            for r in refs:
                seen.update(r[n].keys())
            df[n].update(seen)
    log_n = math.log(float(len(references)))

    def vec(counts: Counter, n: int):
        v = {g: k * (log_n - math.log(max(1.0, df[n][g]))) for g, k in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return v, norm

    scores = []
    for cand, refs, rng in zip(candidates, references, refs_ng):
        cw = words(cand)
        c_ng = [ngrams(cw, n) for n in range(1, 5)]
        score_n = [0.0] * 4
        for r_words, r in zip(refs, rng):
            delta = len(cw) - len(words(r_words))
            for n in range(4):
                vc, nc = vec(c_ng[n], n)
                vr, nr = vec(r[n], n)
                dot = sum(min(vc[g], vr[g]) * vr[g] for g in vc if g in vr)
                if nc and nr:
                    score_n[n] += dot / (nc * nr) * math.exp(-(delta ** 2) / (2 * sigma ** 2))
        scores.append(sum(s / len(refs) for s in score_n) / 4 * 10.0)
    return sum(scores) / max(1, len(scores))
