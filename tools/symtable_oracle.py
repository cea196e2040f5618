#!/usr/bin/env python3
"""Oracle for Molt's scope analysis: CPython's own symtable module.

Reads requests from stdin, one per line, and writes one JSON line per request to stdout (flushed):
  * a path to a .py file, or
  * a JSON object {"name": NAME, "source": TEXT} for a snippet.

Answer objects:
  {"path": P, "ok": true, "table": TABLE [, "ast": AST]}
  {"path": P, "ok": false, "error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}}
where TABLE = [type, name, lineno, [[symbol_name, FLAGS], ...], [child TABLE, ...]] in CPython's order,
type is SymbolTable.get_type(), and FLAGS is a string of '0'/'1' for, in this order:
is_local, is_global, is_declared_global, is_nonlocal, is_free, is_parameter, is_imported, is_assigned,
is_referenced, is_annotated, is_namespace, and CELL scope (sym._Symbol__scope == symtable.CELL).

With --ast, an answer also carries "ast" whenever ast.parse succeeds (also when symtable then fails): the module as ast.parse gives it, each node as
{"_": class name, field: value, ..., "lineno": ..., ...}; operator and context singletons as their class
name; Constant.value as {"str": s} for a str and null otherwise.

Usage: python3 tools/symtable_oracle.py [--ast] < requests
"""
import ast
import json
import symtable
import sys

FLAG_ORDER = ("is_local", "is_global", "is_declared_global", "is_nonlocal", "is_free", "is_parameter",
              "is_imported", "is_assigned", "is_referenced", "is_annotated", "is_namespace")


def table_json(t):
    syms = []
    for s in t.get_symbols():
        bits = "".join("1" if getattr(s, m)() else "0" for m in FLAG_ORDER)
        bits += "1" if s._Symbol__scope == symtable.CELL else "0"
        syms.append([s.get_name(), bits])
    return [t.get_type(), t.get_name(), t.get_lineno(), syms, [table_json(c) for c in t.get_children()]]


def ast_json(node):
    if isinstance(node, ast.AST):
        if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return type(node).__name__
        out = {"_": type(node).__name__}
        for f in node._fields:
            v = getattr(node, f, None)
            if isinstance(node, ast.Constant) and f == "value":
                out[f] = {"str": v} if isinstance(v, str) else None
            else:
                out[f] = ast_json(v)
        for a in node._attributes:
            out[a] = getattr(node, a, None)
        return out
    if isinstance(node, list):
        return [ast_json(x) for x in node]
    return node


def error_json(e):
    return {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)), "lineno": getattr(e, "lineno", None),
            "offset": getattr(e, "offset", None), "end_lineno": getattr(e, "end_lineno", None),
            "end_offset": getattr(e, "end_offset", None)}


def answer(path, source, want_ast):
    tree = None
    if want_ast:
        try:
            tree = ast_json(ast.parse(source, path))
        except (SyntaxError, ValueError, UnicodeError, MemoryError, RecursionError):
            tree = None
    try:
        table = symtable.symtable(source, path, "exec")
    except (SyntaxError, ValueError, UnicodeError, MemoryError, RecursionError) as e:
        out = {"path": path, "ok": False, "error": error_json(e)}
    else:
        out = {"path": path, "ok": True, "table": table_json(table)}
    if tree is not None:
        out["ast"] = tree
    return out


def main():
    want_ast = "--ast" in sys.argv[1:]
    sys.setrecursionlimit(10000)
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        if line.startswith("{"):
            req = json.loads(line)
            path, source = req["name"], req["source"]
        else:
            path = line
            try:
                with open(path, "rb") as f:
                    source = f.read()
            except OSError as e:
                print(json.dumps({"path": path, "ok": False, "error": error_json(e)}), flush=True)
                continue
        try:
            res = answer(path, source, want_ast)
        except Exception as e:  # never stop the stream
            res = {"path": path, "ok": False, "error": error_json(e)}
        sys.stdout.write(json.dumps(res) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
