#!/usr/bin/env bash
# One huge line: `make bench` runs this with the release binary (issue 12: a 200 MB single line
# must load in linear time and bounded memory).
#
# For each size in $LONG_LINE_MB (default "20 50 100 200") it builds, in a temporary folder, a
# .txt file that is ONE line: the 2024 Fujian provincial report from ../shared/corpus/lawtext
# (its title block dropped, its lines joined), followed by the bodies of other real reports with
# their line breaks removed, until the size is reached. Then it times `BINARY -c 'load FILE'`
# under /usr/bin/time -v and prints the wall time and peak memory (max RSS) per size.
set -euo pipefail

binary=${1:?usage: long-line.sh BAOGAO_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lawtext=${BAOGAO_LAWTEXT:-$here/../../shared/corpus/lawtext}
sizes=${LONG_LINE_MB:-20 50 100 200}
[ -x "$binary" ] || { echo "error: $binary is not an executable" >&2; exit 1; }
[ -d "$lawtext" ] || { echo "error: $lawtext not found (need ../shared)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is needed for the peak memory" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-long-line.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Text of a lawtext report, all on one line: its YAML title first (when $2 is "title"), then the body.
flatten() {
  awk -v title="${2:-}" 'NR == 1 && /^---$/ { block = 1; next }
    block && /^---$/ { block = 0; next }
    block && title == "title" && /^title: / { sub(/^title: /, ""); print; next }
    !block' "$1" | tr -d '\r\n'
}

# A pool of report bodies (no titles, so the line stays one report) to repeat: the first 200
# files, sorted so that the input is the same on every run.
pool="$work/pool.txt"
find "$lawtext" -mindepth 3 -name '*.md' | LC_ALL=C sort | awk 'NR <= 200' | while read -r f; do flatten "$f"; done >"$pool"
head_report="$lawtext/政府工作报告-省自治区/福建省/2024.md"

printf '%8s %10s %12s %10s  %s\n' "MB" "seconds" "peak MB" "MB/s" "summary"
for mb in $sizes; do
  file="$work/2024-fujian-long-line-${mb}mb.txt"
  bytes=$((mb * 1024 * 1024))
  flatten "$head_report" title >"$file"
  while [ "$(stat -c %s "$file")" -lt "$bytes" ]; do cat "$pool" >>"$file"; done
  # Cut at the size on a character boundary (drop the last, maybe partial, character).
  head -c "$bytes" "$file" | { iconv -f UTF-8 -t UTF-8 -c 2>/dev/null || true; } >"$file.cut"
  mv "$file.cut" "$file"
  lines=$(wc -l <"$file")
  [ "$lines" -eq 0 ] || { echo "error: $file has $lines line breaks" >&2; exit 1; }
  timing="$work/time.txt"
  out="$work/out.txt"
  /usr/bin/time -v "$binary" -c "load $file" >"$out" 2>"$timing" || { tail -5 "$out" "$timing" >&2; exit 1; }
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$timing")
  peak_kb=$(awk '/Maximum resident set size/ { print $NF }' "$timing")
  summary=$(grep -a "^loaded " "$out" "$timing" | tail -1 | sed 's/^[^:]*://')
  awk -v mb="$mb" -v s="$seconds" -v kb="$peak_kb" -v sum="$summary" 'BEGIN {
    printf "%8d %10.2f %12.0f %10.1f  %s\n", mb, s, kb / 1024, mb / (s > 0 ? s : 0.001), sum }'
  rm -f "$file"
done
