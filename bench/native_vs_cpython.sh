#!/bin/sh
# Native run time against CPython (docs/performance.md): builds every examples/python program at -O2,
# checks its output equals python3's, then times python3 and the executable alternately (molt bench).
# Prints the machine's load average before and after, since the machine may be shared.
# Usage: bench/native_vs_cpython.sh [RUNS] [FILE|DIR...]      (default: 10 runs, examples/python)
set -eu
cd "$(dirname "$0")/.."
runs=${1:-10}
[ $# -gt 0 ] && shift
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
./molt bench --runs "$runs" "$@" || status=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
hello=$(mktemp -d)/hello
./molt build -O2 -o "$hello" examples/python/hello.py
echo "hello binary (-O2, stripped): $(stat -c %s "$hello") bytes"
rm -rf "$(dirname "$hello")"
exit $status
