#!/usr/bin/env bash
# The paper's ablation of the SeR-Connector's inputs (MM-SeR Table: (1) caption embeddings only, (2) multi-layer
# features only, both, and a single pass with (2)), scaled down: each variant is stage 2 from the same stage-1
# checkpoint, for the same number of steps, learning rate and data as the full model's stage 2, then evaluated the
# same way; the table comes from training/ablation_table.py. Steps, not minutes, so a busy machine slows a run down
# but does not change it. Run one training at a time: two at once on 2 cores (each with 2 BLAS threads) ran 30 times
# slower (1 image/s instead of 30).
#   training/ablate.sh STAGE1_CKPT FULL_STAGE2_CKPT STEPS PREP OUT
# e.g. training/ablate.sh ~/.cache/glance/run/stage1.pt ~/.cache/glance/run/stage2.pt 376 ~/.cache/glance/prep \
#        ~/.cache/glance/ablate
set -euo pipefail
cd "$(dirname "$0")/.."
S1=$1 FULL=$2 STEPS=$3 PREP=$4 OUT=$5
PY=/usr/bin/python3
export OPENBLAS_NUM_THREADS=1
mkdir -p "$OUT"
run() { # name, extra options
  local name=$1; shift
  mkdir -p "$OUT/$name"
  [ -f "$OUT/$name/stage2.pt" ] && $PY -c "import torch,sys; sys.exit(0 if torch.load('$OUT/$name/stage2.pt')['final'] else 1)" \
    || $PY -m training.train --config training/configs/cpu.json --prep="$PREP" --out="$OUT/$name" --stage=2 \
         --init="$S1" --lr=4e-4 --warmup=50 --max_steps="$STEPS" --resume=true "$@" > "$OUT/$name/train.log" 2>&1
  [ -f "$OUT/$name/eval.json" ] || $PY -m training.evaluate --ckpt "$OUT/$name/stage2.pt" --prep "$PREP" --n 200 \
    --levels brief --out "$OUT/$name/eval.json" > "$OUT/$name/eval.log" 2>&1
}
run caption_only --model.ser_multilayer=false
run features_only --model.ser_use_caption=false
run single_pass --model.single_pass=true --model.ser_use_caption=false
mkdir -p "$OUT/full"  # evaluated last, like the others on an otherwise idle machine, so the times compare
[ -f "$OUT/full/eval.json" ] || $PY -m training.evaluate --ckpt "$FULL" --prep "$PREP" --n 200 --levels brief \
  --out "$OUT/full/eval.json" > "$OUT/full/eval.log" 2>&1
$PY -m training.ablation_table "$OUT"
