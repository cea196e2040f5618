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
import json, os, platform, sys
cp = json.load(open(sys.argv[1]))
jmh = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[2]))}
cpu = "?"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip(); break
except OSError:
    pass
def molt(name):
    r = jmh.get(name)
    if not r:
        return None, None
    b = r.get("secondaryMetrics", {}).get("bytes")
    return b["score"] / 1e6, b["scoreError"] / 1e6
print()
print(f"machine: {cpu}, {os.cpu_count()} cores; Java {jmh[next(iter(jmh))]['vmVersion']}; CPython {cp['python']}")
print(f"corpus: {cp['files']} stdlib files, {cp['bytes'] / 1e6:.1f} MB (CPython could not parse {cp['skipped']})")
print()
print("| what | MB/s | vs CPython ast.parse |")
print("|---|---:|---:|")
print(f"| CPython {cp['python']} `ast.parse` (best of {len(cp['passes_s'])}) | {cp['mb_per_s']:.2f} | 1.00x |")
for name, label in (("tokenize", "Molt `Tokenizer.tokenize`"), ("parse", "Molt `PythonParser.parse` (tokenize + parse)")):
    v, err = molt(name)
    if v is not None:
        print(f"| {label} | {v:.2f} ± {err:.2f} | {v / cp['mb_per_s']:.2f}x |")
PY
