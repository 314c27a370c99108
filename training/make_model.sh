#!/usr/bin/env bash
# Reproduce the bundled model from a fresh clone on 2 CPU cores: corpus -> prepare -> stage 1 -> stage 2 ->
# evaluation -> ONNX export with a model card. Everything but the final package goes to $WORK (default
# ~/.cache/glance), outside git. Each step is skipped when its output exists, so a rerun resumes.
#   training/make_model.sh [MODEL_ID]          e.g. glance-mmser-s2
# Time on 2 cores (measured for the bundled model): see assets/models/<id>/MODEL_CARD.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ID=${1:-glance-mmser-s2}
WORK=${WORK:-$HOME/.cache/glance}
PY=/usr/bin/python3
STAGE1_MIN=${STAGE1_MIN:-42}
STAGE2_MIN=${STAGE2_MIN:-23}
STAGE2B_MIN=${STAGE2B_MIN:-55}
export OPENBLAS_NUM_THREADS=1
mkdir -p "$WORK"
start=$(date +%s)
if ! dpkg -s python3-torch python3-pil python3-numpy libopenblas0-openmp >/dev/null 2>&1; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-torch python3-pil python3-numpy \
    libopenblas0-openmp fonts-dejavu fonts-liberation2 fonts-noto-core
fi
[ -f "$WORK/corpus/manifest.json" ] || $PY -m training.data.generate --out "$WORK/corpus" --n-train 30000 \
  --n-val 1000 --n-test 1000 --seed 1 --workers 2
[ -f "$WORK/prep/test_unseen.jsonl" ] || $PY -m training.prepare --corpus "$WORK/corpus" --out "$WORK/prep" --workers 2
mkdir -p "$WORK/run"
[ -f "$WORK/run/stage1.pt" ] && $PY -c "import torch,sys; sys.exit(0 if torch.load('$WORK/run/stage1.pt')['final'] else 1)" \
  || $PY -m training.train --config training/configs/cpu.json --prep="$WORK/prep" --out="$WORK/run" \
       --max_minutes="$STAGE1_MIN" --epochs=10 --resume=true
[ -f "$WORK/run/stage2.pt" ] && $PY -c "import torch,sys; sys.exit(0 if torch.load('$WORK/run/stage2.pt')['final'] else 1)" \
  || $PY -m training.train --config training/configs/cpu.json --prep="$WORK/prep" --out="$WORK/run" --stage=2 \
       --init="$WORK/run/stage1.pt" --lr=4e-4 --warmup=50 --max_minutes="$STAGE2_MIN" --epochs=4 --resume=true
# stage 2, continued with a fifth of the drafts taken from other images: a small captioner's first pass is often
# wholly wrong, and the refinement must then trust the image and the OCR text rather than copy the draft
mkdir -p "$WORK/run2"
[ -f "$WORK/run2/stage2.pt" ] && $PY -c "import torch,sys; sys.exit(0 if torch.load('$WORK/run2/stage2.pt')['final'] else 1)" \
  || $PY -m training.train --config training/configs/cpu.json --prep="$WORK/prep" --out="$WORK/run2" --stage=2 \
       --init="$WORK/run/stage2.pt" --lr=3e-4 --warmup=50 --max_minutes="$STAGE2B_MIN" --epochs=4 \
       --p_foreign_draft=0.2 --save_every=200 --resume=true
cat "$WORK/run/log.jsonl" "$WORK/run2/log.jsonl" > "$WORK/run2/log_all.jsonl"
$PY -m training.evaluate --ckpt "$WORK/run2/stage2.pt" --prep "$WORK/prep" --n 200 --out "$WORK/run2/eval.json"
$PY -m training.export_onnx --ckpt "$WORK/run2/stage2.pt" --out "assets/models/$ID" --model-id "$ID"
$PY -m training.golden --ckpt "$WORK/run2/stage2.pt" --package "assets/models/$ID"
$PY -m training.model_card --ckpt "$WORK/run2/stage2.pt" --eval "$WORK/run2/eval.json" --log "$WORK/run2/log_all.jsonl" \
  --package "assets/models/$ID" --command "training/make_model.sh $ID" --seconds $(( $(date +%s) - start ))
echo "$ID" > assets/models/DEFAULT
echo "done in $(( ($(date +%s) - start) / 60 )) min: assets/models/$ID"
