"""Write the cases that check Java's WordPiece against this package's tokenizer (inference's WordPieceTest).

    /usr/bin/python3 -m training.tokenizer_cases --corpus ~/.cache/glance/corpus \
        --out inference/src/test/resources/tokenizer/cases.json

Each case is a text, the ids training/tokenizer.py gives it with the bundled model's tokenizer.json, and the text
those ids decode to. The texts are a seeded sample of the corpus's captions and recorded screen text (test and
validation splits), and a fixed list of hard ones: accents, curly quotes, CJK, emoji, no-break and other Unicode
spaces, control separators, special-token names, a word over the 100-character limit, a leading "##".
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from training.tokenizer import WordPiece

ROOT = Path(__file__).resolve().parent.parent
HARD = ["naïve café – “quoted” ‘x’ … ½ €5", "日本語のテキスト", "emoji 😀 ok", "tab\there\u00a0nbsp\u2003em",
        "a" * 150, "##start", "[UNK] [PAD] x", "x\u200by", "Ünïcödé ÀÉÎ", "Save\u2028next",
        "price: $12.50 (20%) @me #tag", "can't won't it's", "\x1cctl\x1f", "", "   ", "ﬁ ligature", "Ⅻ roman",
        "𝐁𝐨𝐥𝐝 math", "Don ' t stop . Really ?", "( a / b ) letter. txt"]


def texts(corpus: Path) -> list[str]:
    out = []
    for split in ("val", "test_seen", "test_unseen"):
        f = corpus / f"{split}.jsonl"
        if not f.exists():
            continue
        for line in f.open(encoding="utf-8"):
            for v in json.loads(line).values():
                items = v if isinstance(v, list) else list(v.values()) if isinstance(v, dict) else [v]
                for x in items:
                    if isinstance(x, dict):
                        x = x.get("text")
                    if isinstance(x, str) and len(x) > 2 and not x.endswith((".png", ".jpg")):
                        out.append(x)
    return list(dict.fromkeys(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    model = (ROOT / "assets/models/DEFAULT").read_text().strip()
    wp = WordPiece.load(str(ROOT / "assets/models" / model / "tokenizer.json"))
    sample = texts(a.corpus)
    random.Random(a.seed).shuffle(sample)
    cases = [{"text": t, "ids": wp.encode(t), "decoded": wp.decode(wp.encode(t))} for t in sample[:a.n] + HARD]
    a.out.parent.mkdir(parents=True, exist_ok=True)
    rows = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)  # a case per line
    a.out.write_text(f'{{"model": {json.dumps(model)}, "cases": [\n{rows}\n]}}\n', encoding="utf-8")
    print(f"{len(cases)} cases -> {a.out}")


if __name__ == "__main__":
    main()
