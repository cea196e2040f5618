#!/usr/bin/env bash
# Cold-start time of `./molt parse` on a 10,000-line file of stdlib code (bench/make_lines.py):
# a new JVM per run, JVM start included, build excluded (./molt is built first). Uses hyperfine
# if installed (median of 20 runs after 2 warm-ups, which also create the AppCDS archive), else
# bash's `time` over 11 runs, median printed. Also prints the load average: on a busy machine the
# wall-clock figures spread widely, the CPU times much less.
#
# Usage: bench/cold_start.sh [LINES]      (default 10000)
# Environment: MOLT_TARGET (build folder of ./molt, default target). Output under out/bench/.
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)
OUT=$ROOT/out/bench
mkdir -p "$OUT"
lines=${1:-10000}
file=$OUT/lines-$lines.py
python3 "$ROOT/bench/make_lines.py" "$file" "$lines"

"$ROOT/molt" --version >/dev/null     # builds if needed; not timed
export MOLT_NO_BUILD=1                # the timed runs never build, even if a source changes meanwhile
"$ROOT/molt" parse "$file" >"$OUT/cold_start.out"  # must work, and be right, before it is timed
python3 -X utf8 -c '
import ast, sys
for c in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):  # 3.12 form on 3.11 (PEP 695 field)
    if "type_params" not in c._fields:
        c._fields += ("type_params",)
        c.type_params = []
print("==> " + sys.argv[1] + " <==")
print(ast.dump(ast.parse(open(sys.argv[1], "rb").read())))' "$file" >"$OUT/cold_start.expected"
if cmp -s "$OUT/cold_start.expected" "$OUT/cold_start.out"; then
  echo "output identical to CPython's ast.dump: yes"
else
  echo "output identical to CPython's ast.dump: NO (see $OUT/cold_start.out)"
fi

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 2 --runs 20 --export-json "$OUT/cold_start.json" \
      -n "./molt parse $(basename "$file")" "$ROOT/molt parse $file" \
      -n "./molt parse $(basename "$file") (MOLT_CACHE=none)" "env MOLT_CACHE=none $ROOT/molt parse $file" \
      -n "./molt --version" "$ROOT/molt --version"
  python3 - "$OUT/cold_start.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median']:.3f} s  (min {r['min']:.3f}, max {r['max']:.3f}; "
          f"CPU user {r['user']:.3f} s, sys {r['system']:.3f} s)  {r['command']}")
PY
else
  times=()
  for _ in $(seq 11); do
    s=$(date +%s.%N); "$ROOT/molt" parse "$file" >/dev/null; e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.3f s over %d runs\n", a[int((NR+1)/2)], NR}'
fi
