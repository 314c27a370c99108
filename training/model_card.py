"""Write MODEL_CARD.md into a model package, merge the evaluation into its manifest (metrics, training), and draw
the training curves as a PNG under training/reports/.

    /usr/bin/python3 -m training.model_card --ckpt run/stage2.pt --eval run/eval.json --log run/log.jsonl \
        --package assets/models/ID --command "training/make_model.sh ID" --seconds 5400
"""
from __future__ import annotations

import argparse
import json
import os
import platform

import torch
from PIL import Image, ImageDraw, ImageFont

from .model import MMSeR, ModelConfig, count_parameters


def curves(log_path: str, out_png: str) -> None:
    rows = []
    offset, last = {1: 0, 2: 0}, {1: 0, 2: 0}
    for line in open(log_path):
        if not line.strip():
            continue
        r = json.loads(line)
        if r["step"] + offset[r["stage"]] < last[r["stage"]]:  # a continued run counts its steps from 0 again
            offset[r["stage"]] = last[r["stage"]]
        r["step"] += offset[r["stage"]]
        last[r["stage"]] = r["step"]
        rows.append(r)
    series = {"stage 1, pass-1 loss": [(r["step"], r["pass1"]) for r in rows if r["stage"] == 1],
              "stage 2, pass-2 loss": [(r["step"], r["pass2"]) for r in rows if r["stage"] == 2 and "pass2" in r],
              "stage 2, pass-1 loss": [(r["step"], r["pass1"]) for r in rows if r["stage"] == 2]}
    w, h, pad = 900, 420, 50
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    s1 = max([s for s, _ in series["stage 1, pass-1 loss"]] or [1])
    pts = {k: [(s + (s1 if "stage 2" in k else 0), v) for s, v in pts] for k, pts in series.items()}
    xs = [x for p in pts.values() for x, _ in p] or [1]
    ys = [y for p in pts.values() for _, y in p] or [1]
    xmax, ymax = max(xs), max(ys)
    d.rectangle([pad, pad // 2, w - pad // 2, h - pad], outline="black")
    for k, colour in zip(pts, ("#1f5fbf", "#c0392b", "#27ae60")):
        p = [(pad + (w - 1.5 * pad) * x / xmax, h - pad - (h - 1.5 * pad) * y / ymax) for x, y in pts[k]]
        if len(p) > 1:
            d.line(p, fill=colour, width=2)
    for i, (k, colour) in enumerate(zip(pts, ("#1f5fbf", "#c0392b", "#27ae60"))):
        d.text((pad + 10, pad // 2 + 8 + 14 * i), k, fill=colour, font=font)
    d.text((pad, h - pad + 8), f"0 .. {xmax} steps (stage 2 after stage 1)", fill="black", font=font)
    d.text((4, pad // 2), f"{ymax:.1f}", fill="black", font=font)
    d.text((4, h - pad - 10), "0", fill="black", font=font)
    os.makedirs(os.path.dirname(out_png), exist_ok=True)
    img.save(out_png)


def fmt(section: dict) -> str:
    i, r = section["initial"], section["refined"]
    return (f"| {i['cider']} → **{r['cider']}** | {i['bleu4']} → {r['bleu4']} | {i['fact_recall']} → {r['fact_recall']} "
            f"| {i['hallucination_rate']} → {r['hallucination_rate']} | {r['special_frames']['correct']} "
            f"(n={r['special_frames']['n']}) |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--eval", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--package", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--seconds", type=float, default=0)
    ap.add_argument("--ablations", default="", help="a JSON file of ablation results to include")
    ap.add_argument("--notes", default="", help="a Markdown file appended to the Training section (the lineage as "
                                                 "run, further evaluations)")
    a = ap.parse_args()
    ck = torch.load(a.ckpt, map_location="cpu", weights_only=False)
    cfg = ModelConfig.from_dict(ck["config"])
    ev = json.load(open(a.eval))
    params = count_parameters(MMSeR(cfg))
    pkg_mb = sum(os.path.getsize(os.path.join(a.package, f)) for f in os.listdir(a.package)) / 1e6
    curves(a.log, "training/reports/training_curves.png")
    manifest_path = os.path.join(a.package, "manifest.json")
    manifest = json.load(open(manifest_path))
    manifest["metrics"] = {k: {kk: vv for kk, vv in v.items() if kk != "examples"} for k, v in ev.items()
                           if "/" in k}
    manifest["training"] = {"command": a.command, "seconds": round(a.seconds), "steps_stage2": ck.get("step"),
                            "hardware": f"{os.cpu_count()} CPU cores ({platform.machine()}), no GPU",
                            "torch": torch.__version__, "seed": ck.get("train", {}).get("seed")}
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
    rows = "\n".join(f"| {k} " + fmt(v) for k, v in ev.items() if "/" in k)
    notes = open(a.notes).read().strip() + "\n" if a.notes and os.path.exists(a.notes) else ""
    ablations = ""
    if a.ablations and os.path.exists(a.ablations):
        ablations = "\n## Ablations (MM-SeR Table 3 shape)\n" + open(a.ablations).read()
    fixes = ev.get("test_unseen/brief", {}).get("edit_fix_rate", {})
    examples = ev.get("test_unseen/brief", {}).get("examples", [])
    card = f"""# {manifest['model_id']}

Glance's MM-SeR screen captioner, trained from scratch on synthetic screens (no pretrained weights of any kind).

## Architecture
- ViT encoder: {cfg.image_size}×{cfg.image_size} letterboxed input, patch {cfg.patch_size} ({cfg.num_patches} tokens), \
{cfg.vit_layers} layers, width {cfg.vit_dim}; pass 1 reads hidden state {cfg.pass1_layer}, the SeR-Connector reads \
{list(cfg.ser_taps)} concatenated on channels.
- Connector: 3-Linear MLP ({cfg.vit_dim} → {cfg.connector_hidden} → {cfg.connector_hidden} → {cfg.lm_dim}).
- Language model: {cfg.lm_layers} pre-LN decoder layers, width {cfg.lm_dim}, {cfg.lm_heads} heads, learned positions \
({cfg.max_positions}), tied WordPiece vocabulary of {cfg.vocab_size}.
- SeR-Connector: {cfg.ser_blocks} bidirectional block(s) over [visual tokens ; initial-caption embeddings].
- Parameters: {params / 1e6:.2f} M. Package size: {pkg_mb:.1f} MB (float32 ONNX).
- Both passes can read the OCR text lines (Glance's extension); pass 1 is trained to work without them, because the
  app runs it before OCR has finished.

## Data
The synthetic corpus of `training/data/` (seed 1): procedurally drawn desktop screens, dialogs, editors, terminals,
browsers, file managers, camera-like photos of screens and documents, and truthfully labelled special frames
(blank, black, lock screen, ...); from generator 0.4 also real applications captured under Xvfb (zenity dialogs,
mousepad, xterm with a shell, vim, man pages or a Python traceback, galculator, PCManFM) and web pages rendered by
headless Chromium with Bootstrap and Bulma. See `training/data/README.md`. Pseudo-initial captions for stage 2: 3 per
reference caption with 0–3 edits (kind, title word, count, colour, dropped fact, invented element).

## Training
- Command: `{a.command}` (from a fresh clone); seed {ck.get('train', {}).get('seed')}.
- Hardware: {manifest['training']['hardware']}; PyTorch {torch.__version__}; wall time {a.seconds / 60:.0f} min in all.
- Stage 1: vision + connector + LM on captions (brief and detailed levels). Stage 2: SeR-Connector + LM on
  pseudo-initial captions, with the pass-1 loss kept in every batch (weight 0.5); ViT and pass-1 connector frozen.
- Curves: `training/reports/training_curves.png`.
{notes}
## Evaluation (`training/evaluate.py`, synthetic test splits; initial → refined)
Pass 1 runs without OCR text (as in the app), pass 2 with the recorded text lines through the OCR noise model.

| split/level | CIDEr-D | BLEU-4 | fact recall | hallucination rate | special frames |
|---|---|---|---|---|---|
{rows}

Pass-2 fix rate per edit type (test_unseen, pseudo-initial drafts fed to pass 2):
{json.dumps(fixes)}

Time per 100 images (PyTorch, CPU, batch 1): {json.dumps(ev.get('test_seen/brief', {}).get('seconds_per_100_images'))}
{ablations}
## Examples (test_unseen, brief)
""" + "\n".join(f"- initial: {e['initial']}\n  refined: {e['refined']}\n  reference: {e['reference']}"
                for e in examples) + """

## Known limits
- Trained only on synthetic screens drawn by our own generator in a short CPU run; real applications look different
  in many details, and the model describes them coarsely: trust the quoted text (it comes from OCR) more than the
  layout words.
- Natural photos and webcam scenes are outside its training data unless the package says `describes_photos`.
- English only.
"""
    with open(os.path.join(a.package, "MODEL_CARD.md"), "w") as f:
        f.write(card)
    print("wrote", os.path.join(a.package, "MODEL_CARD.md"))


if __name__ == "__main__":
    main()
