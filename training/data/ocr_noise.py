"""Simulated PP-OCR errors, so that training sees the same kind of OCR text as inference.

noisy_ocr(lines, rng) drops lines (~5%), confuses characters (l/1/I, O/0, rn/m, ...), merges words by dropping
spaces, splits lines, adds small garbage, and sometimes loses accents/quotes the way PP-OCR does."""
import random

CONFUSE = [("l", "1"), ("1", "l"), ("I", "l"), ("l", "I"), ("O", "0"), ("0", "O"), ("o", "0"), ("rn", "m"), ("m", "rn"),
           ("S", "5"), ("5", "S"), ("B", "8"), ("e", "c"), ("c", "e"), ("vv", "w"), ("cl", "d"), ("i", "l"), ("Z", "2"),
           ("g", "q"), ("“", '"'), ("”", '"'), ("’", "'"), ("…", "..."), ("—", "-"), (",", "."), (".", ","), ("é", "e")]
GARBAGE = ["·", "'", ".", "-", "|", "_", ":", "i", "l", "~", "°"]


def _confuse(s, rng):
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        a, b = rng.choice(CONFUSE)
        idx = [i for i in range(len(s)) if s.startswith(a, i)]
        if idx:
            i = rng.choice(idx)
            s = s[:i] + b + s[i + len(a):]
    return s


def noisy_ocr(lines, rng=None):
    """lines: recorded text lines in reading order; returns what an OCR engine might plausibly have read."""
    rng = rng or random.Random()
    out = []
    for s in lines:
        if not s.strip():
            continue
        if rng.random() < 0.05:
            continue
        if rng.random() < 0.12:
            s = _confuse(s, rng)
        if rng.random() < 0.06 and " " in s:
            ws = s.split(" ")
            i = rng.randrange(len(ws) - 1)
            s = " ".join(ws[:i] + [ws[i] + ws[i + 1]] + ws[i + 2:])
        if rng.random() < 0.02:
            s = s.replace(" ", "")
        if rng.random() < 0.03 and len(s) > 4:
            i = rng.randrange(len(s))
            s = s[:i] + s[i + 1:]
        if rng.random() < 0.04 and " " in s.strip():
            ws = s.split(" ")
            i = rng.randrange(1, len(ws))
            a, b = " ".join(ws[:i]).strip(), " ".join(ws[i:]).strip()
            out.extend([x for x in (a, b) if x])
            continue
        if rng.random() < 0.03:
            g = rng.choice(GARBAGE)
            s = g + s if rng.random() < 0.5 else s + g
        out.append(s)
    if rng.random() < 0.04:
        out.insert(rng.randrange(len(out) + 1), rng.choice(GARBAGE) * rng.randint(1, 3))
    return out


if __name__ == "__main__":
    r = random.Random(1)
    demo = ["File  Edit  View", "Permission denied", "You do not have permission to save “report.odt”.", "Cancel", "OK",
            "Illinois 1001 modern Online"]
    for _ in range(3):
        print(noisy_ocr(demo, r))
