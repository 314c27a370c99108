#!/bin/sh
# Regenerate the whole Glance caption corpus from scratch: procedural screens, special frames and camera scenes,
# web pages in a real Chromium, real applications under Xvfb; then merge, check and count. Each step is resumable
# (rerun the same command) and prints its wall time; the last line is the total.
# usage: training/data/make_corpus.sh OUT_DIR [FONTS_DIR]     (run from the repository root)
# sizes: N_PROC (procedural train indices, 25000), N_WEB (4000), N_XVFB (1000); 1,000 val and 1,000 test.
# UNSEEN: the kinds held out for test_unseen (default: generate.py's list); UNSEEN="" for the final model's corpus.
set -e
OUT=${1:-$HOME/.cache/glance/corpus}
FONTS=${2:+--fonts-dir $2}
PY=${PYTHON:-/usr/bin/python3}
N_PROC=${N_PROC:-25000}
N_WEB=${N_WEB:-4000}
N_XVFB=${N_XVFB:-1000}
export OPENBLAS_NUM_THREADS=1
if [ "${UNSEEN+set}" = set ]; then HOLD="--unseen=$UNSEEN"; else HOLD=""; fi
start=$(date +%s)
step() { # name, command...
  name=$1; shift
  t=$(date +%s)
  "$@"
  echo "make_corpus: $name took $(( $(date +%s) - t )) s" >&2
}
step procedural $PY -m training.data.generate --out "$OUT" --n-train "$N_PROC" --n-val 1000 --n-test 1000 --seed 1 \
  --workers 2 $FONTS $HOLD
if command -v chromium >/dev/null && [ -d "${GLANCE_WEB_ASSETS:-$HOME/.cache/glance/web-assets}/node_modules" ]; then
  step chromium $PY -m training.data.web_real --out "$OUT" --n "$N_WEB" --split train --seed 5 $FONTS
else
  echo "make_corpus: no chromium or web assets, so no web pages in a real browser" >&2
fi
if command -v Xvfb >/dev/null && command -v zenity >/dev/null && command -v tesseract >/dev/null; then
  step xvfb $PY -m training.data.xvfb --out "$OUT" --n "$N_XVFB" --split train --seed 3 --workers 2 $HOLD
else
  echo "make_corpus: no Xvfb, zenity or tesseract, so no real applications" >&2
fi
# the same command again merges <split>.extra.jsonl (Chromium and Xvfb records) into the splits and the manifest
step merge $PY -m training.data.generate --out "$OUT" --n-train "$N_PROC" --n-val 1000 --n-test 1000 --seed 1 \
  --workers 2 $FONTS $HOLD
step check $PY -m training.data.check --corpus "$OUT" --n 500
$PY -m training.data.stats --corpus "$OUT"
echo "make_corpus: the whole corpus in $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s" >&2
