#!/usr/bin/env bash
# Frontend throughput: Molt's tokenize+parse (JMH, jmh/ ParseBenchmark) against CPython's
# ast.parse (bench/cpython_parse.py), on the same files (the machine's CPython stdlib that CPython
# itself parses), on this machine. Prints a table in MB/s (10^6 source bytes per second).
#
# Usage: bench/parse_throughput.sh [--quick]
#   --quick   shorter JMH runs (2 x 5 s warm-up, 3 x 5 s measurement) and 3 CPython passes
# Environment: MOLT_TARGET (Maven build folder, default target), JAVA_HOME (a JDK 21+).
# Results are also written under out/bench/ (git-ignored).
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)
. "$ROOT/tools/jdk.sh"
molt_find_jdk || exit 1
export JAVA_HOME=$MOLT_JAVA_HOME
TARGET=${MOLT_TARGET:-target}
OUT=$ROOT/out/bench
mkdir -p "$OUT"

wi=3 i=5 t=10s repeat=5
if [ "${1:-}" = --quick ]; then wi=2 i=3 t=5s repeat=3; fi

echo "== building jmh/$TARGET/benchmarks.jar" >&2
(cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests -Dmolt.target="$TARGET" -pl jmh -am package)

echo "== CPython: ast.parse over the stdlib (best of $repeat passes)" >&2
python3 "$ROOT/bench/cpython_parse.py" --repeat "$repeat" --list "$OUT/corpus.txt" --json "$OUT/cpython.json"

echo "== Molt: JMH ParseBenchmark (${wi} x $t warm-up, ${i} x $t measurement, 1 fork)" >&2
"$JAVA_HOME/bin/java" -jar "$ROOT/jmh/$TARGET/benchmarks.jar" 'ParseBenchmark' \
    -wi "$wi" -i "$i" -w "$t" -r "$t" -f 1 \
    -jvmArgsPrepend "-Dmolt.bench.corpus=$OUT/corpus.txt" \
    -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt" | grep -E '^(corpus:|  rejected|Benchmark|ParseBenchmark)' || true

python3 - "$OUT/cpython.json" "$OUT/jmh.json" <<'PY'
import json, os, statistics, sys
cp = json.load(open(sys.argv[1]))
jmh = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[2]))}
cpu = "?"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip(); break
except OSError:
    pass
load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
cp_passes = [cp["bytes"] / t / 1e6 for t in cp["passes_s"]]
print()
print(f"machine: {cpu}, {os.cpu_count()} cores, load average {' '.join(load)}; "
      f"Java {jmh[next(iter(jmh))]['vmVersion']}; CPython {cp['python']}")
print(f"corpus: {cp['files']} stdlib files, {cp['bytes'] / 1e6:.1f} MB (CPython could not parse {cp['skipped']})")
print()
print("| what | best MB/s | median MB/s | best vs CPython's best |")
print("|---|---:|---:|---:|")
print(f"| CPython {cp['python']} `ast.parse` ({len(cp_passes)} passes) | {max(cp_passes):.1f} | "
      f"{statistics.median(cp_passes):.1f} | 1.00x |")
for name, label in (("tokenize", "Molt `Tokenizer.tokenize`"),
                    ("parse", "Molt `PythonParser.parse` (tokenize + parse)")):
    r = jmh.get(name)
    if not r:
        continue
    its = [v / 1e6 for fork in r["secondaryMetrics"]["bytes"]["rawData"] for v in fork]
    print(f"| {label} ({len(its)} JMH iterations) | {max(its):.1f} | {statistics.median(its):.1f} | "
          f"{max(its) / max(cp_passes):.2f}x |")
PY
