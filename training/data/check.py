"""Automatic corpus check: python -m training.data.check --corpus DIR --n 500

On n random samples: every reference caption mentions only things in the structured truth (quoted strings occur
in the recorded text lines or titles, named kinds/apps/numbers/themes match the truth), special frames say
blank/black/locked etc., boxes lie inside the image, pseudo captions with no edits equal their reference.
(The RapidOCR visibility check runs separately, in Java.)"""
import argparse
import json
import os
import random
import re
import sys

from .pseudo import NOUNS, APPS

SPECIAL_WORDS = {"special.black": ["black"], "special.curtain": ["black"], "special.blank_white": ["white"],
                 "special.solid": ["blank", "solid", "empty", "nothing", "completely"], "special.lock": ["lock"],
                 "special.wallpaper": ["wallpaper", "background"], "special.screensaver": ["screensaver"],
                 "special.loading": ["loading"], "special.empty_document": ["empty", "blank"],
                 "special.empty_desktop": ["empty", "no windows"]}


def norm(s):
    s = " ".join(s.split())
    return s.replace("“", "'").replace("”", "'").replace("’", "'").replace("…", "...").lower()


def check_record(r):
    errs = []
    texts = [norm(l["text"]) for l in r["ocr_lines"]] + [norm(w["title"]) for w in r["truth"].get("windows", [])]
    blob = " \n ".join(texts)
    truth_blob = norm(json.dumps(r["truth"], ensure_ascii=False)) + " " + blob + " " + norm(" ".join(r["facts"]))
    if len(r["captions"]) < 3:
        errs.append("fewer than 3 captions")
    for c in r["captions"] + [r["detailed"]]:
        for qt in re.findall(r'"([^"]+)"', c):
            if norm(qt) not in blob:
                errs.append("quote not visible: %r in %r" % (qt, c))
        lc = norm(re.sub(r'"[^"]*"', '""', c))
        for n in ([] if r["special"] else NOUNS):
            if re.search(r"\b%s\b" % re.escape(n.lower()), lc) and n.lower() not in norm(r["truth"]["noun"]) \
                    and norm(r["truth"]["noun"]) not in n.lower():
                if not any(n.lower() in norm(b.get("noun", "")) for b in r["truth"].get("background", [])) \
                        and n.lower() not in norm(r["app"]) and n.lower() not in blob \
                        and n.lower() != norm(r["app"]) + " window" \
                        and n.lower() not in norm(json.dumps(r["truth"].get("facts", []), ensure_ascii=False)):
                    errs.append("kind %r not in truth (%s): %r" % (n, r["truth"]["noun"], c))
        for a in APPS:
            if re.search(r"\b%s\b" % re.escape(a.lower()), lc) and a.lower() not in truth_blob:
                errs.append("app %r not in truth: %r" % (a, c))
        for num in re.findall(r"\b\d+\b", c.replace(",", "")):
            if num not in truth_blob.replace(",", ""):
                errs.append("number %s not in truth: %r" % (num, c))
        for th in ("dark", "high contrast"):
            if re.search(r"\b%s (theme|mode|look)" % th, lc) and r["truth"].get("theme") != th:
                errs.append("theme %r wrong: %r" % (th, c))
    if r["special"]:
        words = SPECIAL_WORDS.get(r["kind"], [])
        for c in r["captions"]:
            if words and not any(w in c.lower() for w in words):
                errs.append("special caption lacks %s: %r" % (words, c))
    for c in r["captions"]:
        n = len(c.split())
        if n > 30:
            errs.append("caption too long (%d words): %r" % (n, c))
    for l in r["ocr_lines"]:
        b = l["box"]
        if b[0] < 0 or b[1] < 0 or b[2] > r["width"] or b[3] > r["height"] or b[2] < b[0] or b[3] < b[1]:
            errs.append("box out of image: %r" % l)
    for p in r["pseudo"]:
        if not p["edits"] and p["caption"] != r["captions"][p["ref"]]:
            errs.append("pseudo without edits differs from its reference")
    if len(r["pseudo"]) != 3 * len(r["captions"]):
        errs.append("expected 3 pseudo captions per caption")
    return errs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=15)
    a = ap.parse_args(argv)
    recs = []
    for s in ("train", "val", "test_seen", "test_unseen"):
        p = os.path.join(a.corpus, s + ".jsonl")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                recs += [json.loads(l) for l in f]
    rng = random.Random(a.seed)
    sample = rng.sample(recs, min(a.n, len(recs)))
    bad, shown, per_kind = 0, 0, {}
    words = []
    for r in sample:
        if not os.path.exists(os.path.join(a.corpus, r["image"])):
            errs = ["image missing"]
        else:
            errs = check_record(r)
        words += [len(c.split()) for c in r["captions"]]
        if errs:
            bad += 1
            per_kind[r["kind"]] = per_kind.get(r["kind"], 0) + 1
            for e in errs:
                if shown < a.show:
                    print("%s %s: %s" % (r["id"], r["kind"], e))
                    shown += 1
    print("checked %d samples: %d with problems (%.1f%%); caption words min %d mean %.1f max %d" % (
        len(sample), bad, 100.0 * bad / max(1, len(sample)), min(words), sum(words) / len(words), max(words)))
    if per_kind:
        print("problems per kind:", json.dumps(per_kind, sort_keys=True))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
