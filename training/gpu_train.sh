#!/usr/bin/env bash
# One self-contained training run on a lent GPU machine (see training/README.md): generate the corpus with all
# CPU cores, prepare it, train stage 1 and stage 2, and write slim checkpoints + logs to $OUT (at most 8 files of
# 16 MB each come back). Budgets in seconds: GEN_S, STAGE1_MIN, STAGE2_MIN.
set -euo pipefail
export PYTHONUNBUFFERED=1
OUT=${OUT:-/tmp/glance-out}
N_TRAIN=${N_TRAIN:-40000}
STAGE1_MIN=${STAGE1_MIN:-4}
STAGE2_MIN=${STAGE2_MIN:-2}
W=$(nproc)
PY=${PY:-python3}
mkdir -p "$OUT"
t0=$(date +%s)
"$PY" -m training.data.generate --out /tmp/corpus --n-train "$N_TRAIN" --n-val 200 --n-test 4 --seed 1 \
  --workers "$W" --fonts-dir .carry/fonts 2>&1 | tr '\r' '\n' | grep -v "ms/img" | tail -3
echo "generated in $(( $(date +%s) - t0 )) s"
"$PY" -m training.prepare --corpus /tmp/corpus --out /tmp/prep --workers "$W" 2>&1 | tail -2
echo "prepared at $(( $(date +%s) - t0 )) s"
if [ -n "${TOTAL_S:-}" ]; then  # share what is left of the time budget: 70% stage 1, 30% stage 2
  left=$(( TOTAL_S - ($(date +%s) - t0) - 45 ))
  STAGE1_MIN=$(awk -v l="$left" 'BEGIN { printf "%.2f", l * 0.7 / 60 }')
  STAGE2_MIN=$(awk -v l="$left" 'BEGIN { printf "%.2f", l * 0.3 / 60 }')
  echo "stage 1: $STAGE1_MIN min, stage 2: $STAGE2_MIN min"
fi
"$PY" -m training.train --config "${CONFIG:-training/configs/gpu.json}" --prep=/tmp/prep --out=/tmp/run \
  --max_minutes="$STAGE1_MIN" --workers=$((W - 2)) 2>&1 | grep -E "stage|saved|Error|error" | awk 'NR % 10 == 1 || /saved|rror/'
"$PY" -m training.slim split --ckpt /tmp/run/stage1.pt --out "$OUT" --name stage1
"$PY" -m training.train --config "${CONFIG:-training/configs/gpu.json}" --prep=/tmp/prep --out=/tmp/run --stage=2 \
  --init=/tmp/run/stage1.pt --lr=3e-4 --warmup=100 --epochs=8 --max_minutes="$STAGE2_MIN" --workers=$((W - 2)) 2>&1 \
  | grep -E "stage|saved|Error|error" | awk 'NR % 10 == 1 || /saved|rror/'
echo "trained at $(( $(date +%s) - t0 )) s"
"$PY" -m training.slim split --ckpt /tmp/run/stage2.pt --out "$OUT" --name stage2
cp /tmp/run/log.jsonl "$OUT/log.jsonl"
ls -la "$OUT"
