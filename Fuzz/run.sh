#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS seconds on seeds taken from ../shared at run time and
# the made-up seeds in Fuzz/Seeds. Crashing inputs go to Fuzz/crashes/; every one becomes a
# regression test. Usage: Fuzz/run.sh BUILD_DIR SECONDS TARGET...
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$1 seconds=$2
shift 2
shared=../shared/corpus
if [ ! -d "$shared/seeds" ]; then echo "fuzz: ../shared/corpus/seeds is missing" >&2; exit 1; fi
work=$(mktemp -d /tmp/baogao-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p Fuzz/crashes

# Seeds from the real corpus, cut into 4 KB pieces (libFuzzer mutates small inputs best).
pieces() {
  local out=$1
  mkdir -p "$out"
  for f in "$shared"/seeds/*.txt; do split -b 4096 -d -a 3 "$f" "$out/$(basename "$f" .txt)-"; done
}
lines() {
  local out=$1
  mkdir -p "$out"
  grep -h -o '[^，。；]*[0-9一二三四五六七八九十][^，。；]*' "$shared"/seeds/*.txt | head -400 \
    | awk -v d="$out" '{ print > (d "/" NR) }'
}

# libFuzzer's own handler must see a trap to save the input: Swift's backtracer would take it.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "$@"; do
  corpus=$work/$target
  mkdir -p "$corpus"
  case $target in
    FuzzDecoding) pieces "$corpus"; cp "$shared"/provincial-2025/*.docx "$corpus"/ 2>/dev/null ;;
    FuzzNumbers) lines "$corpus"; cp Fuzz/Seeds/numbers/* "$corpus"/ ;;
    FuzzStatements) cp Fuzz/Seeds/statements/* "$corpus"/; for s in Scripts/*.bg; do cp "$s" "$corpus"/; done ;;
    FuzzNotebook) for n in Notebooks/*.md; do cp "$n" "$corpus"/; done; cp Fuzz/Seeds/text/* "$corpus"/ ;;
    *) pieces "$corpus"; cp Fuzz/Seeds/text/* "$corpus"/ ;;
  esac
  echo "== $target: $(ls "$corpus" | wc -l) seeds, ${seconds} s"
  # Fork mode keeps fuzzing after a crash, so one known crash does not hide the rest of the run;
  # every crashing input is saved, and any saved input fails the run.
  before=$(ls Fuzz/crashes | wc -l)
  "$bin/$target" "$corpus" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="Fuzz/crashes/$target-" > "$work/$target.log" 2>&1
  found=$(( $(ls Fuzz/crashes | wc -l) - before ))
  runs=$(grep -oE 'exec/s: [0-9]+|#[0-9]+' "$work/$target.log" | grep '^#' | tail -1)
  echo "   ${runs#\#} runs, $found crashing inputs"
  if [ "$found" -ne 0 ]; then
    echo "   $target: $found crashing inputs in Fuzz/crashes/$target-*" >&2
    grep -E 'Fatal error' "$work/$target.log" | sort | uniq -c | head -10 >&2
    status=1
  fi
done
exit $status
