#!/bin/sh
# Regenerate the whole Glance caption corpus from scratch (about 15-30 min on 2 cores, + xvfb part).
# usage: training/data/make_corpus.sh OUT_DIR [FONTS_DIR]     (run from the repository root)
set -e
OUT=${1:-$HOME/.cache/glance/corpus}
FONTS=${2:+--fonts-dir $2}
PY=${PYTHON:-/usr/bin/python3}
$PY -m training.data.generate --out "$OUT" --n-train 30000 --n-val 1000 --n-test 1000 --seed 1 --workers 2 $FONTS
if command -v Xvfb >/dev/null && command -v zenity >/dev/null && command -v tesseract >/dev/null; then
  $PY -m training.data.xvfb --out "$OUT" --n ${XVFB_N:-1500} --split train --seed 3
  $PY -m training.data.generate --out "$OUT" --n-train 30000 --n-val 1000 --n-test 1000 --seed 1 --workers 2 $FONTS
fi
$PY -m training.data.check --corpus "$OUT" --n 500
$PY -m training.data.stats --corpus "$OUT"
