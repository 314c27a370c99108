#!/usr/bin/env bash
# One self-contained training run on a lent GPU machine (see training/README.md): generate the corpus with all
# CPU cores, prepare it, train stage 1 and stage 2, and write slim checkpoints + logs to $OUT (at most 8 files of
# 16 MB each come back). The machine has no fonts or icons of its own: they travel in .carry (fonts/, icons/).
# Budgets in seconds: TOTAL_S (generation, preparation and both stages together) or STAGE1_MIN and STAGE2_MIN.
set -uo pipefail
export PYTHONUNBUFFERED=1 TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1 GLANCE_ICONS_DIR=.carry/icons
OUT=${OUT:-/tmp/glance-out}
WORK=${WORK:-/tmp/glance-work}
N_TRAIN=${N_TRAIN:-40000}
STAGE1_MIN=${STAGE1_MIN:-4}
STAGE2_MIN=${STAGE2_MIN:-2}
CONFIG=${CONFIG:-training/configs/gpu.json}
W=$(nproc)
PY=${PY:-python3}
mkdir -p "$OUT" "$WORK"
t0=$(date +%s)
bring_home() {  # whatever exists when the script ends, also after a failure
  cp "$WORK/prep/tokenizer.json" "$WORK/run/log.jsonl" "$OUT/" 2>/dev/null
  ls -la "$OUT"
}
trap bring_home EXIT
"$PY" -c "import torch, numpy, PIL; print('torch', torch.__version__, 'numpy', numpy.__version__, 'PIL', PIL.__version__,
  'cuda', torch.cuda.is_available() and torch.cuda.get_device_name(0))"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 "$PY" -m training.data.generate --out "$WORK/corpus" \
  --n-train "$N_TRAIN" --n-val 200 --n-test 4 --seed 1 --workers "$W" --fonts-dir .carry/fonts 2>&1 \
  | tr '\r' '\n' | grep -v "ms/img" | tail -3 || exit 1
echo "generated in $(( $(date +%s) - t0 )) s"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$PY" -m training.prepare --corpus "$WORK/corpus" --out "$WORK/prep" \
  --workers "$W" 2>&1 | tail -2 || exit 1
echo "prepared at $(( $(date +%s) - t0 )) s"
if [ -n "${TOTAL_S:-}" ]; then  # share what is left of the time budget: 70% stage 1, 30% stage 2
  left=$(( TOTAL_S - ($(date +%s) - t0) - 45 ))
  STAGE1_MIN=$(awk -v l="$left" 'BEGIN { printf "%.2f", l * 0.7 / 60 }')
  STAGE2_MIN=$(awk -v l="$left" 'BEGIN { printf "%.2f", l * 0.3 / 60 }')
  echo "stage 1: $STAGE1_MIN min, stage 2: $STAGE2_MIN min"
fi
"$PY" -m training.train --config "$CONFIG" --prep="$WORK/prep" --out="$WORK/run" --max_minutes="$STAGE1_MIN" \
  --workers=$((W > 2 ? W - 2 : 0)) 2>&1 | grep -E "stage|saved|Error|error" | awk 'NR % 10 == 1 || /saved|rror/'
[ -f "$WORK/run/stage1.pt" ] || exit 1
"$PY" -m training.slim split --ckpt "$WORK/run/stage1.pt" --out "$OUT" --name stage1
"$PY" -m training.train --config "$CONFIG" --prep="$WORK/prep" --out="$WORK/run" --stage=2 \
  --init="$WORK/run/stage1.pt" --lr=3e-4 --warmup=100 --epochs=8 --p_foreign_draft=0.2 \
  --max_minutes="$STAGE2_MIN" --workers=$((W > 2 ? W - 2 : 0)) 2>&1 \
  | grep -E "stage|saved|Error|error" | awk 'NR % 10 == 1 || /saved|rror/'
echo "trained at $(( $(date +%s) - t0 )) s"
[ -f "$WORK/run/stage2.pt" ] && "$PY" -m training.slim split --ckpt "$WORK/run/stage2.pt" --out "$OUT" --name stage2
