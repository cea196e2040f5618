package dev.molt.frontend.internal.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.AstDump;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Small programs for each construct and each classic position subtlety, compared with CPython's
 * {@code ast.dump(..., include_attributes=True)} (python3 through {@code tools/ast_oracle.py};
 * 3.11 and 3.12 agree on all of these once the oracle adds 3.12's {@code type_params=[]}; positions
 * inside f-strings are compared as in {@code StdlibAstTest}).
 */
class ConstructPositionsTest {
    private static AstOracle oracle;

    @BeforeAll
    static void start() {
        oracle = new AstOracle();
    }

    @AfterAll
    static void stop() {
        oracle.close();
    }

    static final List<String> SOURCES = List.of(
            // parenthesized expressions: the node excludes the parentheses, a tuple includes them
            "(a)", "((a))", "(a).b", "(a)(b)", "(a + b) * c", "(a, b)", "((a, b))", "()", "(yield)", "x = (yield x)",
            "a, b", "a, b,", "x = 1, 2,", "(a, *b)", "[*a, *b]", "{**a, 'b': 1}", "{*a, b}",
            // generator expressions: as sole argument the call's parentheses are the genexp's
            "f(x for x in y)", "f((x for x in y))", "f((x for x in y), z)", "g(x async for x in y if x if y)",
            "[x for x in y if a for z in x]", "{k: v for k, v in d.items()}", "{x for x, in y}",
            // decorators: the def starts at 'def', not '@'
            "@a\n@b.c(d)\ndef f(): pass", "@a\nclass C: pass", "@x\nasync def f():\n    await y",
            // statements
            "x = 1\ny = 2; z = 3", "a = b = c", "a: int", "a: int = 1", "(a): int = 1", "a.b: int", "a[0]: int",
            "x += 1", "a.b //= c", "del a, b[0], c.d", "del (a, b)", "del [a]", "assert x", "assert x, 'm'",
            "raise", "raise X", "raise X from Y", "return", "global a, b", "nonlocal a",
            "import a", "import a.b.c as d, e", "from . import a", "from .. import (a, b as c,)",
            "from ...a import *", "from .a.b import c", "pass; break; continue",
            // starred and keyword arguments, calls, attribute and subscript chains
            "f(*a, **b)", "f(a, b=1, *c, d=2, **e)", "a.b.c(d)[e][f:g, h](i).j", "a[1:2, ::3]", "a[:]", "a[1:]",
            "a[::]", "a[*b]", "a[b, *c]", "a[()]", "a[(1, 2)]", "a[1,]", "x[a:=1]",
            // arguments and arg positions
            "def f(a, b=1, /, c=2, *d, e, f=3, **g): pass", "def f(*, a): pass", "def f(a: int = 1, *b: str): pass",
            "def f() -> int: pass", "lambda: 0", "lambda a, b=1, *c, d, e=2, **f: 0", "lambda *, a: a",
            "lambda a, /, b: 0", "class C(A, B, metaclass=M, **kw): pass", "class C(): pass",
            // expressions
            "a if b else c", "not a", "-a ** -b", "~a", "+a", "a and b and c or d", "a < b < c", "a is not b",
            "a not in b", "a @ b", "a // b % c", "a << b >> c", "a | b ^ c & d", "await x", "(x := 1)",
            "f(x := 1)", "[y := 1, y]", "lambda: (yield)", "x = yield from y", "...", "None", "True",
            "1_000", "0x_ff", "0o17", "0b1", "1.5e-3", "1e400", "3j", "1.j", "10**20", "0.1 + 0.2",
            // strings: implicit concatenation, kinds, bytes, escapes
            "'a' 'b'", "'a' \\\n 'b'", "('a'\n 'b')", "u'a' 'b'", "'a' u'b'", "b'a' b'b'", "r'\\n' '\\n'",
            "'\\x41\\u0042\\U00000043\\N{BULLET}\\101'", "b'\\x00\\xff\\n'", "'''a\nb'''", "f'a{b}c' 'd'",
            "f'{a!r:>{w}}'", "f'{a=}'", "f'{a}' f'{b}'", "f''", "f'{a:}'", "f'{{}}{a}'", "rf'\\n{a}'",
            // compound statements
            "if a:\n    b\nelif c:\n    d\nelse:\n    e", "while a:\n    b\nelse:\n    c",
            "for a, b in c:\n    d\nelse:\n    e", "async def f():\n    async for a in b: pass\n    async with a as b: pass",
            "with a as b, c as (d, e): pass", "with (a as b, c): pass", "with (a, b) as c: pass", "with (a): pass",
            "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e",
            "try:\n    a\nexcept* E:\n    b", "try:\n    a\nfinally:\n    b",
            "def f():\n    '''doc'''\n    return\n\n# trailing comment\n",
            "if a:\n    pass\n    # comment\n\nb = 1",
            // match statements, every pattern kind
            "match x:\n    case 1 | -2 | 3.0 | -4j | 1 + 2j | 'a' 'b' | None | True:\n        pass",
            "match x:\n    case [a, *rest] | (a, *_) | [] | ():\n        pass",
            "match x:\n    case {'k': v, 1: w, **rest}:\n        pass\n    case {}:\n        pass",
            "match x:\n    case P(a, b=c) | P() | m.P(x=1) as q:\n        pass",
            "match x:\n    case a.b.c:\n        pass\n    case _ if y:\n        pass\n    case (z):\n        pass",
            "match x, y:\n    case a, b:\n        pass", "match *x, y:\n    case [*_]:\n        pass",
            "match = 1\nmatch.x = 2\nmatch(y)", "case = 1", "type = 1\ntype(x)\n_ = 2",
            // identifiers are NFKC-normalized, columns count UTF-8 bytes
            "ﬁ = 1", "é = 'ü'", "x = '€' + y", "a = 'ab' 'ç'", "# -*- coding: latin-1 -*-\nx = 1",
            // line continuation and blank lines
            "x = 1 + \\\n    2", "\n\n\nx = 1\n\n", "if a:\n\n    b\n", "x = [\n  1,\n  2,\n]",
            // odd files: empty, comments only, BOM, CRLF and CR line ends, form feed, no final newline
            "", "# only a comment", "\n\n", "\ufeffx = 1", "x = 1\r\ny = 2\r\n", "x = 1\ry = 2", "\fx = 1",
            "if a:\n    b", "if a:\n    b  # c");

    /** {@code parseExpression} gives what an expression statement of the same text holds. */
    @TestFactory
    Stream<DynamicTest> parseExpressionMatchesTheStatementValue() {
        return Stream.of("a", "a, b", "(a)", "f(x)[1:2].y", "lambda: 0", "x if y else z", "'a' f'{b}'",
                "[x for x in y]", "a\n\n").map(src -> DynamicTest.dynamicTest(src, () -> {
                    dev.molt.frontend.ast.ExprStmt stmt = (dev.molt.frontend.ast.ExprStmt)
                            PythonParser.parse(SourceFile.of("<test>", src)).body().get(0);
                    assertEquals(AstDump.dump(stmt.value(), true),
                            AstDump.dump(PythonParser.parseExpression(SourceFile.of("<test>", src)), true));
                }));
    }

    @TestFactory
    Stream<DynamicTest> constructsMatchCPython() {
        return SOURCES.stream().map(src -> DynamicTest.dynamicTest("[" + src.replace("\n", "\\n") + "]", () -> {
            String expected = oracle.dumpSource(src);
            assertTrue(expected.startsWith("OK "), "CPython rejects " + src + ": " + expected);
            String actual = "OK " + AstDump.dump(PythonParser.parse(SourceFile.of("<test>", src)), true);
            assertEquals(AstOracle.stripJoinedStrInnerPositions(expected),
                    AstOracle.stripJoinedStrInnerPositions(actual));
        }));
    }
}
