#!/usr/bin/env bash
# A zip bomb: `make bench` runs this with the release binary (issue 12: memory stays under
# 1.5 GB on a 2.2 MB zip that expands to 2.3 GB).
#
# Builds, in a temporary folder, a zip of one entry of 2.3 GB of 0xFF bytes (the issue's
# example; deflate makes it about 2.2 MB), then times `BINARY -c 'load bomb.zip'` under
# /usr/bin/time -v with the default archive limits and prints the exit status, the wall time,
# the peak memory (max RSS) and the error the load gave. With ZIP_BOMB_UNLIMITED=1 it also loads
# it with the limits raised past the entry (`.set archive_max_ratio`, `.set archive_max_mb`), to
# show the whole 2.3 GB is decoded without a crash (needs several GB of memory).
set -euo pipefail

binary=${1:?usage: zip-bomb.sh BAOGAO_BINARY}
[ -x "$binary" ] || { echo "error: $binary is not an executable" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is needed for the peak memory" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-zip-bomb.XXXXXX")
trap 'rm -rf "$work"' EXIT
bomb="$work/bomb.zip"
python3 - "$bomb" <<'PY'
import sys, zipfile
size = 2300 * 1024 * 1024
chunk = b"\xff" * (16 << 20)
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("x.txt", "w", force_zip64=True) as f:
        left = size
        while left > 0:
            n = min(left, len(chunk))
            f.write(chunk[:n])
            left -= n
PY

run() {
  local label=$1 statements=$2
  local timing="$work/time.txt" out="$work/out.txt" status=0
  /usr/bin/time -v "$binary" -c "$statements" >"$out" 2>"$timing" || status=$?
  local seconds peak_kb message
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$timing")
  peak_kb=$(awk '/Maximum resident set size/ { print $NF }' "$timing")
  message=$(grep -a -m1 -E "error|loaded " "$out" "$timing" | sed 's/^[^:]*://' | cut -c1-100)
  awk -v l="$label" -v st="$status" -v s="$seconds" -v kb="$peak_kb" -v m="$message" 'BEGIN {
    printf "%-10s %6d %10.2f %10.0f  %s\n", l, st, s, kb / 1024, m }'
}

printf 'zip: %s bytes, one entry of %s bytes\n' "$(stat -c %s "$bomb")" $((2300 * 1024 * 1024))
printf '%-10s %6s %10s %10s  %s\n' "limits" "exit" "seconds" "peak MB" "message"
run default "load $bomb"
if [ "${ZIP_BOMB_UNLIMITED:-0}" = 1 ]; then
  run raised ".set archive_max_ratio 100000; .set archive_max_mb 4096; load $bomb"
fi
