#!/usr/bin/env python3
"""AST oracle for Molt's parser tests (molt-frontend StdlibAstTest and the tests in dev.molt.frontend.internal.parser).

Reads one file path per line on stdin; for each, writes exactly one line to stdout:

    OK <ast.dump(ast.parse(source), include_attributes=True)>
    ERR <ExceptionType>: <msg> (line <lineno>, offset <offset>)

and flushes, so a single process serves a whole test run (streaming, one line in, one line out).
A path starting with "SRC:" is followed by the source itself, with backslash, newline and
carriage return escaped as \\\\, \\n and \\r (for small inline cases).

Our parser follows Python 3.12; this script runs under python3 (3.11 here) or a 3.12. Where the two print different
trees for the same source, and the difference is mechanical, the 3.11 tree is converted to the
3.12 form here:
  * FunctionDef, AsyncFunctionDef and ClassDef gain the field type_params=[] (PEP 695, new in 3.12),
    placed last among the fields, as in 3.12's Parser/Python.asdl.
What cannot be converted mechanically (positions of nodes inside f-strings, which 3.11 reports
for the whole JoinedStr) is normalised away on both sides by the Java test, not here.

Sources are parsed as str when they are UTF-8 without a BOM or coding declaration, else as bytes:
CPython converts SyntaxError offsets from UTF-8 bytes to code points only when its tokenizer knows
the encoding (tok->encoding), which it does for files and str input but not for bytes input
without a declaration. The tree is the same either way.
"""
import ast
import re
import sys

_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")

_NEEDS_TYPE_PARAMS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _to_312(tree):
    if sys.version_info >= (3, 12):
        return tree
    for cls in _NEEDS_TYPE_PARAMS:
        if "type_params" not in cls._fields:
            cls._fields = cls._fields + ("type_params",)
    for node in ast.walk(tree):
        if isinstance(node, _NEEDS_TYPE_PARAMS):
            node.type_params = []
    return tree


def _source(line):
    if line.startswith("SRC:"):
        out = []
        s = line[4:]
        i = 0
        while i < len(s):
            c = s[i]
            if c == "\\" and i + 1 < len(s):
                n = s[i + 1]
                out.append({"n": "\n", "r": "\r", "\\": "\\"}.get(n, n))
                i += 2
            else:
                out.append(c)
                i += 1
        return "".join(out).encode("utf-8")
    with open(line, "rb") as f:
        return f.read()


def _as_parsed(src):
    """src as str when CPython would know its encoding as a file, else the bytes unchanged."""
    if src.startswith(b"\xef\xbb\xbf"):
        return src
    for line in src.split(b"\n", 2)[:2]:
        if _CODING.match(line):
            return src
    try:
        return src.decode("utf-8")
    except UnicodeDecodeError:
        return src


def main():
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        try:
            src = _source(line)
            tree = _to_312(ast.parse(_as_parsed(src)))
            out = "OK " + ast.dump(tree, include_attributes=True)
        except (SyntaxError, ValueError) as e:
            lineno = getattr(e, "lineno", None)
            offset = getattr(e, "offset", None)
            msg = getattr(e, "msg", str(e))
            out = "ERR %s: %s (line %s, offset %s)" % (type(e).__name__, msg, lineno, offset)
        except Exception as e:  # never die: the test reads one line per request
            out = "ERR %s: %s" % (type(e).__name__, str(e).replace("\n", " "))
        sys.stdout.write(out + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
