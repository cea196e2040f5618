#!/usr/bin/env python3
"""Writes a Python file of exactly N lines (default 10,000) made of real standard-library code.

Whole top-level statements of a fixed list of stdlib modules are taken in order until the next
one would pass N lines; the rest is filled with comment lines. The result is checked with
ast.parse. Used by bench/cold_start.sh to time `./molt parse` on a 10,000-line file.

Usage: make_lines.py OUT.py [N]
"""
import ast
import os
import sys
import sysconfig

MODULES = ["argparse.py", "inspect.py", "typing.py", "dataclasses.py", "enum.py", "pathlib.py",
           "subprocess.py", "tarfile.py", "zipfile.py", "shutil.py"]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    stdlib = sysconfig.get_paths()["stdlib"]
    lines = []
    for name in MODULES:
        with open(os.path.join(stdlib, name), encoding="utf-8") as f:
            src = f.read()
        src_lines = src.splitlines()
        full = True
        for stmt in ast.parse(src).body:
            start = stmt.lineno - 1
            if stmt.decorator_list if hasattr(stmt, "decorator_list") else False:
                start = min(d.lineno for d in stmt.decorator_list) - 1
            chunk = src_lines[start:stmt.end_lineno]
            if len(lines) + len(chunk) > n:
                full = False
                break
            lines.extend(chunk)
        if not full:
            break
    lines.extend(f"# filler line {i}" for i in range(len(lines) + 1, n + 1))
    text = "\n".join(lines) + "\n"
    ast.parse(text)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{out}: {len(lines)} lines, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
