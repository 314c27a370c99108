"""Markdown tables of counts per kind and per source from a corpus manifest (for the dataset card).

python -m training.data.stats --corpus DIR"""
import argparse
import json
import os


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    a = ap.parse_args(argv)
    m = json.load(open(os.path.join(a.corpus, "manifest.json")))
    splits = list(m["counts"])
    print("generator %s, seed %s, %s s with %s workers\n" % (m["version"], m["seed"], m["seconds"], m["workers"]))
    print("| source | " + " | ".join(splits) + " |")
    print("|---|" + "---|" * len(splits))
    srcs = sorted({k for s in splits for k in m["sources"].get(s, {})})
    for k in srcs:
        print("| %s | %s |" % (k, " | ".join(str(m["sources"].get(s, {}).get(k, 0)) for s in splits)))
    print("\n| kind | " + " | ".join(splits) + " |")
    print("|---|" + "---|" * len(splits))
    kinds = sorted({k for s in splits for k in m["kinds"].get(s, {})})
    for k in kinds:
        print("| %s | %s |" % (k, " | ".join(str(m["kinds"].get(s, {}).get(k, 0)) for s in splits)))
    print("\n%d kinds in total." % len(kinds))


if __name__ == "__main__":
    main()
