#!/usr/bin/env python3
"""Ingest and store benchmark: `make bench` runs it with the release binary.

Builds a corpus from ../shared in a temporary folder and prints, in one run, each comparison the
store issue asks for as a ratio:

- Simplified full ingest (load into a store: clean, structure, extract, write) against `wc -m`
  on the same bytes, with peak memory (max RSS) against corpus size, at 50, 100 and 200 MB;
- Traditional ingest (a copy made with `opencc -c s2t`) against `opencc -c t2s` alone on the
  same bytes, and OpenCC's Python `t2s` beside it when the `opencc` module is importable;
- from a new process, reopen plus a grouped indicator query, and reopen plus `search | count`,
  against `wc -m` and `grep -c`;
- start-up of an empty session;
- the store's FTS5 trigram search index built alone from its sentences, against `wc -m`: about
  what any ingest that builds that index spends on it.

The corpus: the lawtext reports, the national JSONL and the seed files are about 100 MB of
distinct real text. The rest up to BENCH_MB (default 200) is copies of the same files in which
every long line ends with a made-up marker (`（基准测试副本N，虚构文字）`), so the copies are
distinct texts the session does not deduplicate; the output says how many bytes are real.

Environment: BENCH_MB (total size, default 200), BENCH_TRAD_MB (size of the Traditional copy,
default 50), BENCH_PART_MB (growth step, default 50), BENCH_DIR (keep the generated corpus there and reuse it), BAOGAO_SHARED (../shared),
BENCH_OPENCC (the OpenCC CLI to compare with; default /usr/bin/opencc, Debian's, else the one on PATH).
No test asserts a time: these are measurements.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MB = 1 << 20


def die(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def source_files(shared):
    """The real text files, in a fixed order: lawtext Markdown, national JSONL, seeds."""
    corpus = os.path.join(shared, "corpus")
    files = []
    for root, dirs, names in os.walk(os.path.join(corpus, "lawtext")):
        dirs.sort()
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".md")]
    files.append(os.path.join(corpus, "national", "national-1954-2025.jsonl"))
    seeds = os.path.join(corpus, "seeds")
    files += [os.path.join(seeds, n) for n in sorted(os.listdir(seeds)) if n.endswith(".txt")]
    for f in files:
        if not os.path.isfile(f):
            die(f"{f} cannot be read (need ../shared)")
    return files


def flat_name(shared, path, copy):
    rel = os.path.relpath(path, os.path.join(shared, "corpus"))
    return f"c{copy}-" + rel.replace(os.sep, "_")


def marked(data, copy):
    """A copy whose long lines (report paragraphs, JSONL rows) end with a made-up marker."""
    tag = f"（基准测试副本{copy}，虚构文字）"
    out = []
    for line in data.split("\n"):
        if len(line) > 100:
            if line.startswith("{") and line.endswith("}"):
                line = line.replace('"content": "', '"content": "' + tag, 1)
            else:
                line = line + tag
        out.append(line)
    return "\n".join(out)


def build_corpus(shared, data, target_mb, part_mb):
    """Parts of about 50 MB each (`part1`, `part2`, …), filled in file order; returns the
    parts and the bytes of real (unmarked) text."""
    files = source_files(shared)
    parts = []
    part_bytes = 0
    total = 0
    real = 0
    copy = 0
    current = None
    while total < target_mb * MB:
        copy += 1
        for f in files:
            if current is None or part_bytes >= part_mb * MB:
                current = os.path.join(data, f"part{len(parts) + 1}")
                os.makedirs(current, exist_ok=True)
                parts.append(current)
                part_bytes = 0
            dest = os.path.join(current, flat_name(shared, f, copy))
            if copy == 1:
                shutil.copyfile(f, dest)
                size = os.path.getsize(dest)
                real += size
            else:
                with open(f, encoding="utf-8") as src:
                    text = marked(src.read(), copy)
                with open(dest, "w", encoding="utf-8") as out:
                    out.write(text)
                size = os.path.getsize(dest)
            part_bytes += size
            total += size
            if total >= target_mb * MB:
                break
    return parts, real


def dir_bytes(dirs):
    return sum(os.path.getsize(os.path.join(d, n)) for d in dirs for n in os.listdir(d))


def dir_files(dirs):
    return [os.path.join(d, n) for d in dirs for n in sorted(os.listdir(d))]


class Seconds(float):
    """Wall-clock seconds, with `cpu`: the user + system seconds of the processes measured.
    On a shared machine the CPU ratio is the steadier one; both are printed."""

    def __new__(cls, wall, cpu):
        s = super().__new__(cls, wall)
        s.cpu = cpu
        return s


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(argv, stdout=subprocess.DEVNULL, env=None, check=True):
    """Runs argv; returns (seconds, peak RSS in bytes of this child, output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu = children_cpu()
    start = time.perf_counter()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    seconds = Seconds(time.perf_counter() - start, children_cpu() - cpu)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if check and p.returncode != 0:
        sys.stderr.write(p.stdout.decode(errors="replace")[-2000:])
        sys.stderr.write(p.stderr.decode(errors="replace")[-2000:])
        die(f"{argv[0]} exited with {p.returncode}")
    # ru_maxrss of children is the largest so far; measure with /usr/bin/time when available.
    return seconds, max(after, before) * 1024, (p.stdout.decode(errors="replace"),
                                                 p.stderr.decode(errors="replace"))


def timed_rss(argv, env=None):
    """(seconds, peak RSS bytes, (stdout, stderr)) with GNU time's max RSS for this process alone."""
    if os.path.exists("/usr/bin/time"):
        seconds, _, out = run(["/usr/bin/time", "-f", "MAXRSS %M"] + argv, env=env)
        rss = 0
        for line in out[1].splitlines():
            if line.startswith("MAXRSS "):
                rss = int(line.split()[1]) * 1024
        return seconds, rss, out
    return run(argv, env=env)


def best_of(n, argv, shell=False, env=None):
    times = []
    for _ in range(n):
        cpu = children_cpu()
        start = time.perf_counter()
        subprocess.run(argv, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True, env=env)
        times.append(Seconds(time.perf_counter() - start, children_cpu() - cpu))
    return Seconds(min(times), min(t.cpu for t in times))


def fts5_floor(store, scratch):
    """(Seconds, sentence count): the store's contentless trigram FTS5 index (the schema's
    `sentences_fts`) built from its `sentences` alone, in this process."""
    import sqlite3
    if os.path.exists(scratch):
        os.remove(scratch)
    db = sqlite3.connect(scratch)
    try:
        db.execute("ATTACH DATABASE ? AS store", (f"file:{store}?mode=ro",))
    except sqlite3.OperationalError:
        db.execute("ATTACH DATABASE ? AS store", (store,))
    sentences = db.execute("SELECT count(*) FROM store.sentences").fetchone()[0]
    db.execute("CREATE VIRTUAL TABLE f USING fts5(text, content='', "
               "tokenize='trigram case_sensitive 1', columnsize=0)")
    cpu = time.process_time()
    start = time.perf_counter()
    with db:
        db.execute("INSERT INTO f(rowid, text) SELECT rowid, text FROM store.sentences")
    seconds = Seconds(time.perf_counter() - start, time.process_time() - cpu)
    db.close()
    os.remove(scratch)
    return seconds, sentences


def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def all_files(dirs):
    """A shell command writing the bytes of every file in `dirs`, in order."""
    return f"find {' '.join(shell_quote(d) for d in dirs)} -type f -print0 | sort -z | xargs -0 cat"


def statement_quote(path):
    """A path as a `load` argument: bare, or in double quotes when it holds a space."""
    return f'"{path}"' if any(c.isspace() for c in path) else path


def main():
    if len(sys.argv) != 2:
        die("usage: ingest-bench.py BAOGAO_BINARY")
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        die(f"{binary} is not an executable")
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get("BAOGAO_SHARED", os.path.join(here, "..", "..", "shared"))
    target_mb = int(os.environ.get("BENCH_MB", "200"))
    trad_mb = int(os.environ.get("BENCH_TRAD_MB", "50"))
    # Growth is measured at 1, 2 and all parts: 50, 100 and 200 MB by default.
    part_mb = float(os.environ.get("BENCH_PART_MB", "50"))

    work = tempfile.mkdtemp(prefix="baogao-ingest-bench.")
    try:
        data = os.environ.get("BENCH_DIR") or os.path.join(work, "corpus")
        os.makedirs(data, exist_ok=True)
        stamp = os.path.join(data, f".built-{target_mb}-{part_mb:g}")
        if os.path.exists(stamp):
            parts = sorted(os.path.join(data, d) for d in os.listdir(data) if d.startswith("part"))
            parts.sort(key=lambda p: int(p.rsplit("part", 1)[1]))
            real = int(open(stamp).read())
        else:
            parts, real = build_corpus(shared, data, target_mb, part_mb)
            with open(stamp, "w") as f:
                f.write(str(real))
        total = dir_bytes(parts)
        print(f"corpus: {len(dir_files(parts))} files, {total / MB:.1f} MB in {len(parts)} parts "
              f"of ~{part_mb:g} MB; {real / MB:.1f} MB distinct real text from ../shared, the rest copies "
              f"with a made-up marker on every long line")
        env = dict(os.environ, LC_ALL="C.UTF-8")
        # Warm the page cache for every tool alike.
        for f in dir_files(parts):
            with open(f, "rb") as h:
                h.read()

        def wc_m(dirs):
            # Thousands of files: their names go through xargs, not one command line.
            return best_of(3, f"{all_files(dirs)} | wc -m", shell=True, env=env)

        rows = []

        def ratio(a, b):
            return a / b if b > 0 else float("inf")

        def cpu_ratio(a, b):
            return a.cpu / b.cpu if b.cpu > 0 else float("inf")

        # Simplified full ingest at 50, 100, … MB (each part adds ~50 MB), into a fresh store.
        sizes = []
        for k in range(len(parts)):
            if k + 1 in (1, 2) or k + 1 == len(parts):
                sizes.append(k + 1)
        growth = []
        store = None
        for k in sizes:
            dirs = parts[:k]
            db = os.path.join(work, f"ingest-{k}.db")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            load = "load " + " ".join(statement_quote(d) for d in dirs)
            seconds, rss, out = timed_rss([binary, "--db", db, "-c", load])
            summary = [l for l in "\n".join(out).splitlines() if l.startswith("loaded ")]
            wc = wc_m(dirs)
            mb = dir_bytes(dirs) / MB
            growth.append((mb, seconds, rss, wc, summary[-1] if summary else "(no summary)"))
            store = db
        print()
        print("Simplified full ingest into a store (clean, structure, extract, write):")
        print(f"  {'MB':>6} {'ingest s':>9} {'cpu s':>7} {'wc -m s':>8} {'×wc -m':>7} "
              f"{'cpu ×':>6} {'MB/s':>6} {'peak RSS MB':>12} {'×corpus':>8}  summary")
        for mb, seconds, rss, wc, summary in growth:
            print(f"  {mb:6.1f} {seconds:9.2f} {seconds.cpu:7.1f} {wc:8.3f} "
                  f"{ratio(seconds, wc):7.1f} {cpu_ratio(seconds, wc):6.1f} "
                  f"{mb / seconds:6.1f} {rss / MB:12.0f} {rss / MB / mb:8.2f}  {summary}")
        if len(growth) >= 2:
            first, last = growth[0], growth[-1]
            scale = last[0] / first[0]
            print(f"  growth {first[0]:.0f}→{last[0]:.0f} MB (×{scale:.1f} bytes): time "
                  f"×{last[1] / first[1]:.2f}, cpu ×{last[1].cpu / first[1].cpu:.2f}, peak RSS ×{last[2] / max(first[2], 1):.2f} "
                  f"(linear would be ×{scale:.1f})")
        big_mb, big_s, big_rss, big_wc, _ = growth[-1]
        rows.append(("Simplified ingest / wc -m", ratio(big_s, big_wc), cpu_ratio(big_s, big_wc),
                     "≤ 5"))
        rows.append(("peak RSS / corpus", big_rss / MB / big_mb, None, "≤ 1.5"))

        # Reopen from a new process: grouped indicator query and search, on the largest store.
        dirs = parts[:sizes[-1]]
        wc = wc_m(dirs)
        grep_args = ["grep", "-r", "-c", "高质量发展"] + dirs
        grep_s = best_of(3, grep_args, env=env)
        query = ('indicators | where metric == "gdp" and kind == "target" '
                 '| group level agg count() as n, mean(growth) as m')
        q_s, q_rss, _ = timed_rss([binary, store, "-c", query])
        s_s, s_rss, s_out = timed_rss([binary, store, "-c", 'search "高质量发展" | count'])
        grep_total = subprocess.run(
            f"{all_files(dirs)} | grep -c 高质量发展",
            shell=True, capture_output=True, text=True, env=env).stdout.strip()
        print()
        print(f"Reopen from a new process, store of {big_mb:.0f} MB "
              f"({os.path.getsize(store) / MB:.0f} MB on disk); wc -m {wc:.3f} s, "
              f"grep -c {grep_s:.3f} s:")
        print(f"  reopen + grouped GDP query: {q_s:.2f} s ({q_s.cpu:.2f} s cpu), peak RSS {q_rss / MB:.0f} MB")
        count = [l.strip() for l in s_out[0].splitlines() if l.strip()]
        print(f"  reopen + search \"高质量发展\" | count: {s_s:.2f} s ({s_s.cpu:.2f} s cpu), peak RSS {s_rss / MB:.0f} MB "
              f"(output: {' '.join(count)}; grep -c lines: {grep_total})")
        rows.append(("reopen + grouped query / wc -m", ratio(q_s, wc), cpu_ratio(q_s, wc),
                     "≤ 0.25"))
        rows.append(("reopen + search | count / grep -c", ratio(s_s, grep_s),
                     cpu_ratio(s_s, grep_s), "≤ 0.5"))
        rows.append(("reopen + search | count / wc -m", ratio(s_s, wc), cpu_ratio(s_s, wc), ""))

        # The search index alone: FTS5's trigram index over the store's sentences, built again
        # by Python's sqlite3 (the same SQLite library) in one transaction into a scratch file.
        # Committing in chunks of 2,000 sentences with automerge off was about 10% faster on the
        # provincial lawtext reports, chunks of 20,000 no faster: roughly what any ingest that
        # builds this index spends on it.
        fts_s, sentences = fts5_floor(store, os.path.join(work, "fts5-floor.db"))
        print(f"  FTS5 trigram index alone, {sentences} sentences rebuilt from the store: "
              f"{fts_s:.2f} s ({fts_s.cpu:.2f} s cpu), {ratio(fts_s, wc):.1f}× wc -m")
        rows.append(("FTS5 trigram index alone / wc -m", ratio(fts_s, wc),
                     cpu_ratio(fts_s, wc), ""))

        # Traditional: a copy of the first BENCH_TRAD_MB MB made with `opencc -c s2t`.
        # Debian's CLI (the mark the issue sets): /usr/bin/opencc, not a `pip install opencc`
        # shim that may come first on PATH (its CLI is the newer, several times faster library).
        opencc = os.environ.get("BENCH_OPENCC") or (
            "/usr/bin/opencc" if os.access("/usr/bin/opencc", os.X_OK) else shutil.which("opencc"))
        if opencc:
            trad = os.path.join(work, "traditional")
            os.makedirs(trad, exist_ok=True)
            chosen, size = [], 0
            for f in dir_files(parts):
                if size >= trad_mb * MB:
                    break
                chosen.append(f)
                size += os.path.getsize(f)
            for f in chosen:
                subprocess.run([opencc, "-c", "s2t", "-i", f, "-o",
                                os.path.join(trad, os.path.basename(f))], check=True)
            joined = os.path.join(work, "traditional.txt")
            with open(joined, "wb") as out:
                for n in sorted(os.listdir(trad)):
                    with open(os.path.join(trad, n), "rb") as h:
                        out.write(h.read())
            t_mb = os.path.getsize(joined) / MB
            opencc_s = best_of(2, [opencc, "-c", "t2s", "-i", joined, "-o", os.devnull])
            db = os.path.join(work, "traditional.db")
            t_s, t_rss, t_out = timed_rss([binary, "--db", db, "-c", "load " + statement_quote(trad)])
            print()
            print(f"Traditional ingest ({t_mb:.1f} MB made with opencc -c s2t, "
                  f"{len(chosen)} files) into a store:")
            print(f"  ingest {t_s:.2f} s ({t_s.cpu:.1f} s cpu), peak RSS {t_rss / MB:.0f} MB; "
                  f"{opencc} -c t2s alone {opencc_s:.2f} s ({opencc_s.cpu:.2f} s cpu)")
            rows.append(("Traditional ingest / opencc -c t2s", ratio(t_s, opencc_s),
                         cpu_ratio(t_s, opencc_s), "≤ 1.0"))
            try:
                import opencc as pyopencc  # noqa: PLC0415
                with open(joined, encoding="utf-8") as h:
                    text = h.read()
                converter = pyopencc.OpenCC("t2s")
                cpu = time.process_time()
                start = time.perf_counter()
                converter.convert(text)
                py_s = Seconds(time.perf_counter() - start, time.process_time() - cpu)
                version = getattr(pyopencc, "__version__", "?")
                print(f"  OpenCC {version} Python t2s on the same bytes: {py_s:.2f} s")
                rows.append((f"Traditional ingest / OpenCC {version} Python t2s",
                             ratio(t_s, py_s), cpu_ratio(t_s, py_s), "(next mark)"))
            except ImportError:
                print("  OpenCC's Python module is not importable (pip install opencc): "
                      "its t2s is not measured")
        else:
            print("\nopencc is not installed: the Traditional comparison is skipped")

        # Start-up of an empty session.
        startup = []
        for _ in range(10):
            start = time.perf_counter()
            subprocess.run([binary, "-c", ""], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
            startup.append(time.perf_counter() - start)
        startup_ms = statistics.median(startup) * 1000
        rows.append(("start-up, empty session (ms, median of 10)", startup_ms, None, "< 30"))

        print()
        print(f"{'comparison':<50} {'wall':>9} {'cpu':>9}  target")
        for name, value, cpu, target in rows:
            cpu_text = f"{cpu:9.2f}" if cpu is not None else f"{'':9}"
            print(f"{name:<50} {value:9.2f} {cpu_text}  {target}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
