#!/usr/bin/env bash
# Installs the built .deb, runs the installed app once from the command line and once
# under Xvfb (timing start-to-window, taking a screenshot), then uninstalls it.
# Needs root, apt-get, Xvfb, xdotool and ImageMagick's `import`. Run installer/package.sh first.
# Too slow for CI (about a minute plus the package build); run it by hand on a throwaway machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="$here/target"
sample="$root/assets/samples/demo.png"
display=":97"

debs=("$target"/glance_*.deb)
[[ -e "${debs[0]}" ]] || { echo "smoke-test: no .deb in $target; run installer/package.sh" >&2; exit 1; }

echo "== install ${debs[0]}"
apt-get install -y "${debs[0]}" >/dev/null

echo "== describe --json"
out="$(cd /tmp && /opt/glance/bin/glance describe --json "$sample" 2>/dev/null)"
json="$(grep -m 1 '^{' <<<"$out")"
echo "$json"
python3 - "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert d.get("initial") and d.get("refined"), "initial/refined missing or empty"
print("describe: ok")
PY

echo "== /usr/bin/glance describe >> a file that holds a line"
appended="$(mktemp)"
echo "an earlier line" > "$appended"
(cd /tmp && /usr/bin/glance describe --json "$sample" >> "$appended" 2>/dev/null)
cut -c1-100 "$appended"
[[ "$(head -n 1 "$appended")" == "an earlier line" && "$(wc -l < "$appended")" -eq 2 ]] \
    || { echo "smoke-test: >> lost or garbled the file" >&2; exit 1; }
rm -f "$appended"
echo "append: ok"

echo "== start under Xvfb"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]]; then
        kill "$app_pid" 2>/dev/null || true
        # let Glance close its window before the X server goes (GTK aborts when the display vanishes under it)
        timeout 10 tail --pid="$app_pid" -f /dev/null || true
    fi
    kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
sleep 1
start=$(date +%s%N)
DISPLAY="$display" /opt/glance/bin/glance >/dev/null 2>&1 &
app_pid=$!
window=""
for _ in $(seq 1 200); do       # 10 s at most
    window="$(DISPLAY="$display" xdotool search --onlyvisible --name '.+' 2>/dev/null | head -n 1 || true)"
    [[ -n "$window" ]] && break
    sleep 0.05
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ -n "$window" ]] || { echo "smoke-test: no window within 10 s" >&2; exit 1; }
echo "window '$(DISPLAY="$display" xdotool getwindowname "$window")' after ${elapsed_ms} ms"
sleep 2
DISPLAY="$display" import -window root "$target/smoke-screenshot.png"
echo "screenshot: $target/smoke-screenshot.png"
cleanup
app_pid=""
trap - EXIT

echo "== uninstall"
apt-get remove -y glance >/dev/null
[[ ! -e /opt/glance ]] || { echo "smoke-test: /opt/glance left behind" >&2; exit 1; }
echo "smoke-test: ok"
