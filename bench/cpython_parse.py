#!/usr/bin/env python3
"""CPython's ast.parse throughput over the standard library, the baseline for Molt's ParseBenchmark.

The corpus is every .py file under sysconfig's stdlib path, site-packages excluded, that this
CPython can parse (the others, such as lib2to3 test data in Python 2 syntax, are left out and
counted). All files are read into memory first; then the whole corpus is parsed REPEAT times with
ast.parse(bytes) (decoding, tokenizing, parsing and building the Python AST objects, as Molt's
PythonParser.parse(SourceFile) does from bytes), and the best pass is reported ("warm": the first
pass also warms the allocator and the caches).

Usage: cpython_parse.py [--repeat N] [--list FILE] [--json FILE]
  --list FILE  write the corpus's paths (one per line) for ParseBenchmark's molt.bench.corpus
  --json FILE  write the result as JSON
"""
import argparse
import ast
import json
import os
import platform
import sys
import sysconfig
import time
import warnings


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in sorted(filenames):
            if name.endswith(".py"):
                out.append(os.path.join(dirpath, name))
    return root, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--list")
    ap.add_argument("--json")
    args = ap.parse_args()

    root, paths = stdlib_files()
    corpus, skipped = [], 0
    warnings.simplefilter("ignore")  # invalid escape sequences etc. in old files
    for p in paths:
        with open(p, "rb") as f:
            src = f.read()
        try:
            ast.parse(src)
        except (SyntaxError, ValueError):
            skipped += 1
            continue
        corpus.append((p, src))
    total = sum(len(s) for _, s in corpus)

    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _, src in corpus:
            ast.parse(src)
        times.append(time.perf_counter() - t0)
    best = min(times)
    mbps = total / best / 1e6

    print(f"CPython {platform.python_version()} ast.parse: stdlib {root}")
    print(f"  corpus: {len(corpus)} files, {total} bytes ({skipped} files CPython cannot parse left out)")
    print(f"  passes (s): {', '.join(f'{t:.3f}' for t in times)}")
    print(f"  best: {best:.3f} s = {mbps:.2f} MB/s")
    if args.list:
        with open(args.list, "w", encoding="utf-8") as f:
            for p, _ in corpus:
                f.write(p + "\n")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"python": platform.python_version(), "files": len(corpus), "bytes": total,
                       "skipped": skipped, "best_s": best, "mb_per_s": mbps, "passes_s": times}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
