"""Writes the word list that OCR's word splitter reads beside its own list of common words (not a model input):
SCOWL's English words of sizes 10 to 50 (Debian's `scowl` package, the size of a medium spelling dictionary), with
the capitalised words and names of those sizes ("Singapore", "JavaScript": names are not to be split either), in
their American and British spellings, lower-cased, of four letters or more and of letters only, grouped by size (the
smaller the size, the more common the word). Each group starts with a line "#<size>".

    apt-get install scowl
    python3 -m training.word_list   # writes inference/src/main/resources/app/glance/inference/ocr/scowl-words.txt.gz
                                    # and, beside it, SCOWL's copyright notice (scowl-words.NOTICE.txt)

The output is the same for the same SCOWL release (2020.12.07 here): words sorted, gzip without a time stamp."""
import argparse
import gzip
import os

SIZES = (10, 20, 35, 40, 50)
SPELLINGS = ("english", "american", "british")
PARTS = ("words", "upper", "proper-names")
MIN_LETTERS = 4
OUT = "inference/src/main/resources/app/glance/inference/ocr/scowl-words.txt.gz"
NOTICE = "/usr/share/doc/scowl/copyright"


def groups(folder):
    """The words of each size, each word in the smallest size that lists it."""
    seen = set()
    for size in SIZES:
        words = set()
        for spelling, part in ((s, p) for s in SPELLINGS for p in PARTS):
            path = os.path.join(folder, f"{spelling}-{part}.{size}")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    w = line.strip().lower()
                    if len(w) >= MIN_LETTERS and w.isalpha() and w not in seen:
                        words.add(w)
        seen |= words
        yield size, sorted(words)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scowl", default="/usr/share/dict/scowl")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--notice", default=NOTICE, help="SCOWL's copyright notice, copied beside the list")
    args = ap.parse_args()
    lines = []
    for size, words in groups(args.scowl):
        lines.append(f"#{size}")
        lines.extend(words)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    notice = args.out.replace(".txt.gz", ".NOTICE.txt")
    with open(args.notice, encoding="utf-8") as f, open(notice, "w", encoding="utf-8") as out:
        out.write("Glance's scowl-words.txt.gz holds words of SCOWL (made by training/word_list.py). SCOWL's notice,\n"
                  "as Debian's scowl package gives it:\n\n" + f.read())
    print(f"{args.out}: {len(lines) - len(SIZES)} words; {notice}")


if __name__ == "__main__":
    main()
