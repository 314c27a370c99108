"""The paper's ablation table from the evaluations that training/ablate.sh writes.

    python3 -m training.ablation_table DIR      (DIR/{full,caption_only,features_only,single_pass}/eval.json)

Rows as in MM-SeR's ablation: the first pass alone (the baseline, read from the full model's evaluation), the
SeR-Connector with caption embeddings only (1), with multi-layer features only (2), both (the full model), and a
single pass with the multi-layer features. Columns: CIDEr-D (x100, the paper's scale) and BLEU-4 on the seen and
unseen test templates, fact recall and hallucination rate on seen templates, pass-2 fix rate of drafts with edits,
and seconds per 100 images."""
import json
import os
import sys

ROWS = [("pass 1 only (baseline)", "full", "initial"),
        ("(1) caption embeddings only", "caption_only", "refined"),
        ("(2) multi-layer features only", "features_only", "refined"),
        ("(1) + (2): MM-SeR", "full", "refined"),
        ("single pass + (2)", "single_pass", "refined")]


def fix_rate(split):
    """Share of drafts with at least one edit that pass 2 fixed (all edit types together)."""
    n = fixed = 0.0
    for kind, r in split.get("edit_fix_rate", {}).items():
        if kind.startswith("none"):
            continue
        n += r["n"]
        fixed += r["n"] * r["fixed"]
    return fixed / n if n else None


def table(evals):
    """evals: {variant: eval.json dict}; returns the markdown table (missing variants are left out)."""
    out = ["| variant | CIDEr-D seen | CIDEr-D unseen | BLEU-4 seen | fact recall seen | hallucination seen | "
           "edits fixed | s / 100 images |", "|---|---|---|---|---|---|---|---|"]
    for name, variant, which in ROWS:
        ev = evals.get(variant)
        if not ev:
            continue
        seen, unseen = ev["test_seen/brief"], ev.get("test_unseen/brief", {})
        s, u = seen[which], unseen.get(which, {})
        fix = fix_rate(seen) if which == "refined" and variant != "single_pass" else None
        secs = seen["seconds_per_100_images"]["pass1" if which == "initial" else "pass1+pass2"]
        out.append("| %s | %.1f | %s | %.1f | %.0f %% | %.0f %% | %s | %.1f |" % (
            name, 100 * s["cider"], "%.1f" % (100 * u["cider"]) if u else "-", s["bleu4"], 100 * s["fact_recall"],
            100 * s["hallucination_rate"], "%.0f %%" % (100 * fix) if fix is not None else "-", secs))
    return "\n".join(out)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        raise SystemExit("usage: python3 -m training.ablation_table DIR")
    evals = {}
    for variant in {v for _, v, _ in ROWS}:
        p = os.path.join(argv[0], variant, "eval.json")
        if os.path.exists(p):
            with open(p) as f:
                evals[variant] = json.load(f)
    if not evals:
        raise SystemExit("no eval.json under %s" % argv[0])
    print(table(evals))


if __name__ == "__main__":
    main()
