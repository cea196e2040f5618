#!/usr/bin/env python3
"""Why is it linked? The sections a native Molt executable keeps, and for any of them the chain of
references from main() that keeps it — for size work on the runtime (docs/performance.md, "Binary sizes").

GNU ld has no --why-live and lld 14 lacks it, so this script redoes --gc-sections itself: every input section
of the program's object and of libmolt.a's members is a node, every relocation an edge, and a breadth-first walk
from main's section gives the kept sections and, for each, the shortest chain that reaches it (the same roots
and edges as the linker, so the sizes agree with the map file to within libc's start files).

Usage, from any folder (needs readelf from binutils, clang, and a built runtime):

    ./molt build --emit c examples/python/hello.py -o /tmp/hello.c
    python3 tools/why_linked.py /tmp/hello.c                      # kept bytes per runtime file
    python3 tools/why_linked.py /tmp/hello.c --top 40             # the 40 largest kept sections
    python3 tools/why_linked.py /tmp/hello.c .text.molt_str_printf .data.MoltSet_Type   # why each is kept

The C file is compiled with the flags of an -O2 build; the runtime library is the newest non-sanitizer
libmolt.a under ~/.cache/molt (or --lib PATH). Sizes are of sections (code, read-only and writable data;
.bss is listed but takes no room in the file).
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "molt-runtime", "src", "main", "c", "include")


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=True).stdout


def newest_runtime():
    for lib in sorted(glob.glob(os.path.expanduser("~/.cache/molt/*/host/libmolt.a")), key=os.path.getmtime,
                      reverse=True):
        if "__asan" not in run(["nm", lib]):
            return lib
    sys.exit("why_linked: no libmolt.a under ~/.cache/molt (build a program with ./molt first)")


def read_objects(folder):
    """(section -> size, symbol -> section, (object, local symbol) -> section, section -> referenced symbols)"""
    size, globals_, locals_, refs = {}, {}, {}, collections.defaultdict(set)
    for obj in sorted(glob.glob(os.path.join(folder, "*.o"))):
        name = os.path.basename(obj)
        index = {}
        for line in run(["readelf", "-SW", obj]).splitlines():
            m = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+\S+\s+\S+\s+([0-9a-f]+)", line)
            if m:
                index[m.group(1)] = m.group(2)
                size[(name, m.group(2))] = int(m.group(3), 16)
        for line in run(["readelf", "-sW", obj]).splitlines():
            p = line.split()
            if len(p) < 8 or not p[0].endswith(":") or not p[6].isdigit() or p[6] == "0":
                continue
            section = (name, index.get(p[6]))
            if p[4] in ("GLOBAL", "WEAK"):
                if p[7] not in globals_ or p[4] == "GLOBAL":
                    globals_[p[7]] = section
            else:
                locals_.setdefault((name, p[7]), section)
        current = None
        for line in run(["readelf", "-rW", obj]).splitlines():
            m = re.match(r"Relocation section '\.rela(\S+)'", line)
            if m:
                current = (name, m.group(1))
                continue
            p = line.split()
            if current and len(p) >= 5 and re.match(r"[0-9a-f]{16}$", p[0]):
                refs[current].add(p[4])
    return size, globals_, locals_, refs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("c_file", help="the program's C, from ./molt build --emit c")
    ap.add_argument("sections", nargs="*", help="sections to explain, e.g. .text.molt_str_printf")
    ap.add_argument("--lib", help="the runtime library (default: the newest in ~/.cache/molt)")
    ap.add_argument("--top", type=int, default=0, help="list the N largest kept sections")
    args = ap.parse_args()
    lib = os.path.abspath(args.lib or newest_runtime())
    with tempfile.TemporaryDirectory(prefix="why-linked-") as work:
        run(["ar", "x", lib], cwd=work)
        run(["clang", "-std=c11", "-O2", "-ffunction-sections", "-fdata-sections", "-fno-pie",
             "-fno-asynchronous-unwind-tables", "-I" + INCLUDE, "-c", os.path.abspath(args.c_file), "-o",
             os.path.join(work, "prog.o")])
        size, globals_, locals_, refs = read_objects(work)

    def resolve(obj, sym):
        if (obj, sym) in locals_:
            return locals_[(obj, sym)]
        if sym in globals_:
            return globals_[sym]
        return (obj, sym) if sym.startswith(".") else None

    start = globals_.get("main")
    if start is None:
        sys.exit("why_linked: the C file defines no main")
    parent = {start: None}
    queue = collections.deque([start])
    while queue:
        s = queue.popleft()
        for r in refs.get(s, ()):
            t = resolve(s[0], r)
            if t and t not in parent:
                parent[t] = s
                queue.append(t)
    kept = [s for s in parent if s[1] and not s[1].startswith(".rela")]
    per_file = collections.Counter()
    for s in kept:
        if not s[1].startswith(".bss"):
            per_file[s[0]] += size.get(s, 0)
    if not args.sections:
        print(f"{sum(per_file.values())} bytes kept (without .bss)")
        for f, n in per_file.most_common():
            print(f"{n:8d}  {f}")
    if args.top:
        for s in sorted(kept, key=lambda s: -size.get(s, 0))[:args.top]:
            print(f"{size.get(s, 0):8d}  {s[0]} {s[1]}")
    for want in args.sections:
        found = [s for s in parent if s[1] == want]
        if not found:
            print(f"{want}: not kept")
            continue
        chain, s = [], found[0]
        while s:
            chain.append(f"{s[0]}:{s[1]}")
            s = parent[s]
        print(" <- ".join(chain))


if __name__ == "__main__":
    main()
