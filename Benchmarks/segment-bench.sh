#!/usr/bin/env bash
# Segmentation throughput: baogao's jieba (Swift) beside Python's jieba (and rjieba, jieba-rs's
# Python binding, when importable) on the same text.
#
# Builds a corpus of at least $BENCH_MB MB (default 50) by replicating the national reports of
# ../shared/corpus (the JSONL) with a made-up marker per copy, so the session does not
# deduplicate the copies. baogao's segmentation time is the time of `load DIR; terms top 20`
# minus the time of `load DIR` alone (so it is `terms top 20`: segmenting, counting, sorting).
# Python's is `jieba.cut` over the same report texts, the dictionary loaded first.
# MB/s is over the UTF-8 bytes of the report texts.
#   bash Benchmarks/segment-bench.sh .build/release/baogao
set -euo pipefail

binary=${1:?usage: segment-bench.sh BAOGAO_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${BAOGAO_CORPUS:-$here/../../shared/corpus}
target_mb=${BENCH_MB:-50}
python=${PYTHON:-/usr/bin/python3}
national="$corpus/national/national-1954-2025.jsonl"
[ -x "$binary" ] || { echo "error: $binary is not an executable" >&2; exit 1; }
[ -f "$national" ] || { echo "error: $national not found (need ../shared)" >&2; exit 1; }
"$python" -c 'import jieba' 2>/dev/null || {
  echo "error: $python cannot import jieba (install python3-jieba: make deps)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-segbench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"

n=0
size=0
while [ "$size" -lt $((target_mb * 1024 * 1024)) ]; do
  n=$((n + 1))
  sed "s/\"content\": \"/\"content\": \"（基准测试副本${n}，虚构文字）/" "$national" >"$work/corpus/copy${n}.jsonl"
  size=$(du -sb "$work/corpus" | cut -f1)
done
echo "corpus: $n copies of the national JSONL in $work/corpus"

seconds() { # seconds COMMAND...: wall time of a command, its output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "error: $* failed" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

load_s=$(seconds "$binary" -c "load $work/corpus")
terms_s=$(seconds "$binary" -c "load $work/corpus; terms top 20")

# Python: jieba (and rjieba) over the `content` of every row; prints text MB and seconds.
cat >"$work/cut.py" <<'PY'
import json, sys, time, glob, logging
texts = []
for path in sorted(glob.glob(sys.argv[1] + "/*.jsonl")):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
        # The reports baogao loads: rows with a year (the NPC resolutions have none).
        texts += [row["content"] for row in rows if row.get("year")]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1048576
print("text_mb %.1f" % mb)
import jieba
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
for hmm in (True, False):
    start = time.time()
    for t in texts:
        for _ in jieba.cut(t, HMM=hmm):
            pass
    print("jieba_hmm_%s %.3f" % (hmm, time.time() - start))
try:
    import rjieba
    start = time.time()
    for t in texts:
        rjieba.cut(t)
    print("rjieba %.3f" % (time.time() - start))
except ImportError:
    print("rjieba none")
PY
"$python" "$work/cut.py" "$work/corpus" >"$work/python.txt"

awk -v l="$load_s" -v t="$terms_s" '
  $1 == "text_mb" { mb = $2 }
  $1 == "jieba_hmm_True" { jh = $2 }
  $1 == "jieba_hmm_False" { jn = $2 }
  $1 == "rjieba" { rj = $2 }
  END {
    s = t - l; if (s <= 0) s = 0.001
    printf "text: %.1f MB of report text\n", mb
    printf "baogao terms top 20 (load+terms %.2f s - load %.2f s): %.2f s, %.1f MB/s\n", t, l, s, mb / s
    printf "python jieba.cut (HMM): %.2f s, %.2f MB/s\n", jh, mb / jh
    printf "python jieba.cut (no HMM): %.2f s, %.2f MB/s\n", jn, mb / jn
    if (rj != "none" && rj != "") printf "rjieba.cut: %.2f s, %.1f MB/s\n", rj, mb / rj
    else print "rjieba: not importable"
  }' "$work/python.txt"
