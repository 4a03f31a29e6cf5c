#!/usr/bin/env bash
# Load throughput: `make bench` runs this with the release binary.
#
# Builds a corpus of at least $BENCH_MB MB (default 100) by replicating ../shared/corpus (the seed
# text files and the national JSONL) under new names in a temporary folder. Each copy gets a
# distinct made-up marker in every report, so the session does not deduplicate the copies and all
# of them are really loaded. Then it times `BINARY -c 'load DIR'` and a plain `cat` of the same
# bytes, and prints MB/s for both, their ratio, and the peak memory (max RSS) of the load.
set -euo pipefail

binary=${1:?usage: load-throughput.sh BAOGAO_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${BAOGAO_CORPUS:-$here/../../shared/corpus}
target_mb=${BENCH_MB:-100}
[ -x "$binary" ] || { echo "error: $binary is not an executable" >&2; exit 1; }
[ -d "$corpus/seeds" ] || { echo "error: $corpus/seeds not found (need ../shared)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# BENCH_DIR keeps the generated corpus there and reuses it on the next run (profiling, A/B runs).
data=${BENCH_DIR:-$work/corpus}
mkdir -p "$data"

# One copy: long lines (report bodies) get a made-up marker; JSONL rows get it inside `content`.
copy_once() {
  local n=$1
  local tag="（基准测试副本${n}，虚构文字）"
  for f in "$corpus"/seeds/*.txt; do
    awk -v tag="$tag" '{ if (length($0) > 300) print $0 tag; else print }' "$f" >"$data/copy${n}-$(basename "$f")"
  done
  sed "s/\"content\": \"/\"content\": \"${tag}/" "$corpus/national/national-1954-2025.jsonl" \
    >"$data/copy${n}-national.jsonl"
}

n=0
size=$(du -sb "$data" | cut -f1)
if [ -n "${BENCH_DIR:-}" ] && [ "$size" -ge $((target_mb * 1024 * 1024)) ]; then
  n=$(find "$data" -name 'copy*-national.jsonl' | wc -l)
else
  while :; do
    n=$((n + 1))
    copy_once "$n"
    size=$(du -sb "$data" | cut -f1)
    [ "$size" -ge $((target_mb * 1024 * 1024)) ] && break
  done
fi
files=$(find "$data" -type f | wc -l)
mb=$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "corpus: $files files, $mb MB ($n copies of seeds + national JSONL) in $data"

# cat of the same bytes (page cache warm for both runs: read it once first).
cat "$data"/* >/dev/null
start=$(date +%s.%N)
cat "$data"/* >/dev/null
end=$(date +%s.%N)
cat_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')

# The load itself, under /usr/bin/time -v for the peak memory.
timing="$work/time.txt"
out="$work/load-output.txt"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "$binary" -c "load $data" >"$out" 2>"$timing" || { cat "$out" "$timing" >&2; exit 1; }
else
  "$binary" -c "load $data" >"$out" 2>&1
fi
end=$(date +%s.%N)
load_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
peak_kb=$(grep -a "Maximum resident set size" "$timing" 2>/dev/null | awk '{ print $NF }')

summary=$(grep -a "^loaded " "$out" "$timing" 2>/dev/null | tail -1 | sed 's/^[^:]*://')
echo "load: ${summary:-(no summary line; see below)}"
[ -n "$summary" ] || tail -5 "$out" "$timing" >&2

awk -v mb="$mb" -v l="$load_s" -v c="$cat_s" -v kb="${peak_kb:-0}" 'BEGIN {
  lm = mb / (l > 0 ? l : 0.001); cm = mb / (c > 0 ? c : 0.001)
  printf "load: %.2f s, %.1f MB/s\n", l, lm
  printf "cat:  %.3f s, %.1f MB/s\n", c, cm
  printf "ratio (cat / load time): %.1fx slower than cat\n", l / (c > 0 ? c : 0.001)
  if (kb > 0) printf "peak memory (max RSS of load): %.0f MB (%.1fx the corpus)\n", kb / 1024, kb / 1024 / mb
}'
