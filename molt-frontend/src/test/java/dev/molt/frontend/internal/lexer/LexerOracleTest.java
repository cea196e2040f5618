package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each snippet is tokenized by us and by CPython (one Python process for all of them): valid
 * snippets must give exactly {@code python -m tokenize -e}'s listing, and snippets with a tokenizer
 * error must raise the same error (kind, message, line, offset, end, text) as {@code compile()}.
 * F-string snippets need a CPython 3.12 oracle and are skipped without one.
 */
class LexerOracleTest {
    /** Valid code: the token listing must match. */
    private static final String[] VALID = {
        "x = 1\n",
        "x = 1",
        "",
        "\n\n\n",
        "# only a comment",
        "# comment\n",
        "x = 1  # trailing comment\n",
        "if x:\n    y = 2\n    # comment at depth\nz = 3\n",
        "if x:\n    if y:\n        pass\n\n\nz\n",
        "if x:\n    if y:\n        pass",
        "if x:\n\tpass\n",
        "def f(a, b=1, *args, **kw) -> int:\n    return a\n",
        "x = (1,\n     2,\n\n     3)\n",
        "x = [\n  1, # c\n  2]\n",
        "x = 1 + \\\n    2\n",
        "if x:\n    y = 1 + \\\n2\n",
        "\\\n\nx\n",
        "x = \\\n  1\n",
        "@dec\nclass C(B, metaclass=M): ...\n",
        "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7\n",
        "a &= 1; b |= 2; c ^= 3; d <<= 4; e >>= 5; f @= g\n",
        "x = a<b>c<=d>=e==f!=g<<h>>i**j//k@l|m&n^~o\n",
        "if (n := 10) > 5: pass\n",
        "x = ...\nx[1:2, ::3]\nx.y\n",
        "x = 1.5 + .5 + 5. + 1e10 + 1E-5 + 1.5e+3j + 3J + 0 + 00 + 0_0\n",
        "x = 0x1F + 0XdeadBEEF + 0o17 + 0O7 + 0b101 + 0B1 + 1_000_000 + 0x_f + 0b_1\n",
        "x = 1_0.0_1e1_0 + 0.0 + 0e0 + 0j + 00.5 + 09.5 + 09e1 + 09j\n",
        "x = 1if y else 2\n",
        "x = 0x1for y in z\n",
        "x = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n",
        "x = r'\\d' R'\\d' u'x' U'x'\ny = b'x' B\"x\" br'x' Br'x' bR'x' BR'x' rb'x' rB'x' Rb'x' RB'x'\n",
        "x = 'it\\'s' \"say \\\"hi\\\"\" '\\\\'\n",
        "x = '''multi\nline\n''' + 1\n",
        "x = '''a\\\nb'''\n",
        "x = 'a\\\nb'\n",
        "x = ''\ny = \"\"\nz = ''''''\n",
        "x = 'é' + \"日本\" + '😀'\n",
        "é = 1\n日本 = 2\n_x1 = 3\nxᵢ = 4\n",
        "x = 'é'; y = \"\"\"ü\nö\"\"\"\n",
        "def f():\n    \"\"\"Doc\n    string.\"\"\"\n    return 1\n",
        "class A:\n  def f(self):\n    pass\n  x = 1\n",
        "x\u000c= 1\n",
        "\u000cx = 1\n",
        "if x:\n  \u000c  y\n",
        "match x:\n    case [1, *rest]:\n        pass\n",
        "type X = list[int]\n",
        "async def f():\n    await g()\n    async for x in y: pass\n    async with z: pass\n",
        "lambda: (yield)\n",
        "print(*a, **k)\n",
        "x = [i for i in range(3) if i]\n",
        "x = {1: 2, **d}\n",
        "x: int = 5\n",
        "del x\nglobal y\ndef g():\n    z = 1\n    def f():\n        nonlocal z\n",
        "x = 1 # comment\n  # indented comment\ny = 2\n",
        "if x:\n    pass\n# dedented comment\n    # indented comment\nelse:\n    pass\n",
        "x = (  # comment\n  1)\n",
        "\n\n# c\n\nx\n\n",
        "   \n\t\nx\n",
        "x = 1  \n",
        "with (open(a) as b, open(c) as d):\n    pass\n",
        "try:\n    pass\nexcept* E:\n    pass\n",
        "x = 1 if y else\\\n 2\n",
        "\u00ff = 1\n",
        "x = 1 \\\n\n",
        "x = 1\n\n\n    # comment\n",
        "x = (\n)\n",
    };

    /** Valid f-string code (needs a 3.12 oracle). */
    private static final String[] VALID_FSTRINGS = {
        "f'a{b}c'\n",
        "f\"{x!r:>{width}} {{literal}} {y=}\"\n",
        "f'{x:}'\n",
        "f'{x:{y}.{z}f}'\n",
        "f'{a}{b}'\n",
        "f''\n",
        "f'''\n'''\n",
        "rf'\\d{x}' Rf'{x}' fR'{x}' FR'{x}' F'{x}' fr'\\{x}'\n",
        "f\"{'nested'}\" f'{\"a\"}'\n",
        "f'{f\"{f'{1}'}\"}'\n",
        "f\"{\"same quote\"}\"\n",
        "f'''{\n  a\n  # comment\n  + b\n}'''\n",
        "f'{x!s}' f'{x!a}' f'{x = }' f'{x=!r:^20}'\n",
        "f'{a[\"b\"]}' f'{ {1: 2}[1] }' f'{(lambda: 1)()}'\n",
        "f'{a:=10}'\n",
        "f'{(a:=10)}'\n",
        "f'\\N{BULLET} {x}'\n",
        "f'\\{x}'\n",
        "f'{x}}}' f'{{{x}'\n",
        "f'''a{{b\nc}}d{x}'''\n",
        "f'{x:{{}}>10}'\n",
        "f'{\"\\n\".join(a)}'\n",
        "f'{x!r}' + f'{y}'\n",
        "x = f'{a}' 'b' f'c'\n",
        "f'{x:%H:%M}'\n",
        "f'''{x:\n}'''\n",
        "f'é{ü}ö'\n",
    };

    /** Tokenizer errors: kind, message and location must match compile(). */
    private static final String[] ERRORS = {
        "x = 1 \\ y\n",
        "x = 1 + \\",
        "x = 1 + \\\n",
        "\\",
        "x = (1,\n",
        "x = (1,\n2,\n",
        "x = [1, (2,\n",
        "foo(\n\ndef f(): pass\n",
        "if x:\n    y\n  z\n",
        "if x:\n    y\n  zzzz = 1\n",
        "if x:\n    y\n  é = 1\n",
        "if x:\n\ty\n        z\n",
        "if x:\n        y\n\tz\n",
        "x = 'abc\n",
        "x = \"abc",
        "x = '''ab\nc\n",
        "'''abc",
        "x = 'éé\n",
        "y = 1\nx = '''\n\n",
        "x = 0777\n",
        "x = 0_7\n",
        "x = 00_7\n",
        "x = 1_\n",
        "x = 1__0\n",
        "x = 0_\n",
        "x = 0x\n",
        "x = 0xg\n",
        "x = 0x_\n",
        "x = 0o8\n",
        "x = 0o\n",
        "x = 0b2\n",
        "x = 0b\n",
        "x = 0b1_\n",
        "x = 1e\n",
        "x = 1e+\n",
        "x = 1.e\n",
        "x = 1a\n",
        "x = 1j2\n",
        "x = 1.5x\n",
        "x = 0x1g\n",
        "x = 0o7a\n",
        "x = 0b1a\n",
        "x = 1_000a\n",
        "x = 1e5_\n",
        "x = €\n",
        "€ = 1\n",
        "x€ = 1\n",
        "ab€cd = 1\n",
        "x = a\u00a0b\n",
        "\u00a0x = 1\n",
        "x = \u0001\n",
        "x = 1\u000b\n",
        "x = 1)\n",
        "x = 1]\n",
        "}\n",
        "(1]\n",
        "[1)\n",
        "{1)\n",
        "(1,\n2]\n",
        "x = $\n",
        "x = ?\n",
        "x = `1`\n",
        "x = $ + 'abc\n",
        "x = $ (\n",
        "x = (\n$\n",
        "x = $\nif x:\n    y\n  z\n",
        "x = ?\ny = f'{a'\n",
        "if x:\n        a\n\tb\n",
        "if x:\n  \tb\n    c\n",
        "x = '\\\n",
        "(\n\\\n",
        "def f(\n  a,\n",
    };

    /** F-string tokenizer errors (3.12 oracle only). */
    private static final String[] FSTRING_ERRORS = {
        "f'{a'\n",
        "f'a}'\n",
        "f'{a}}'\n",
        "f'abc\n",
        "f'''abc\n",
        "f'{)}'\n",
        "f'{a:{b:{c:{d}}}}'\n",
        "f'{'\n",
        "f\"{'a'\n",
        "f'{x!r'\n",
    };

    @TestFactory
    Stream<DynamicTest> agreesWithCPython() {
        boolean have312 = PythonOracle.is312();
        List<String> cases = new ArrayList<>();
        List<Boolean> expectError = new ArrayList<>();
        addAll(cases, expectError, VALID, false);
        addAll(cases, expectError, ERRORS, true);
        addAll(cases, expectError, generatedErrors(), true);
        addAll(cases, expectError, new String[] {"x = " + "[".repeat(199) + "]".repeat(199) + "\n"}, false);
        if (have312) {
            addAll(cases, expectError, VALID_FSTRINGS, false);
            addAll(cases, expectError, FSTRING_ERRORS, true);
            // MAXFSTRINGLEVEL: 149 nested f-strings are fine, 150 are "too many nested f-strings".
            addAll(cases, expectError, new String[] {"x = " + "f\"{".repeat(149) + "1" + "}\"".repeat(149) + "\n"}, false);
            addAll(cases, expectError, new String[] {"x = " + "f\"{".repeat(150) + "1" + "}\"".repeat(150) + "\n"}, true);
        }
        List<byte[]> sources = new ArrayList<>();
        for (String c : cases) {
            sources.add(c.getBytes(StandardCharsets.UTF_8));
        }
        List<PythonOracle.Answer> answers = PythonOracle.askSources(sources);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String src = cases.get(i);
            byte[] bytes = sources.get(i);
            PythonOracle.Answer answer = answers.get(i);
            boolean error = expectError.get(i);
            tests.add(DynamicTest.dynamicTest(TokenFormatter.repr(src), () -> check(bytes, answer, error)));
        }
        return tests.stream();
    }

    /** Limits: 100 indentation levels, 200 nested brackets. */
    private static String[] generatedErrors() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            deep.append(" ".repeat(i)).append("if x:\n");
        }
        deep.append(" ".repeat(101)).append("pass\n");
        return new String[] {
            deep.toString(),
            "x = " + "(".repeat(201) + ")".repeat(201) + "\n",
        };
    }

    /** Broken sources in extra-token mode: the error must match the {@code tokenize} module's. */
    private static final String[] TOKENIZE_ERRORS = {
        "x = 1 + \\", "x = (1,\n\n\n", "x = (1,\n2", "x = \"\"\"abc\n\n", "x = 'abc\n",
        "if x:\n    y\n  z\n", "x = \\ y\n", "f'''{x}\n", "x = 1\n    \tx\n",
        "x = 1 \\ y + 2\n", "if x:\n  a = é \\ c\n",
    };

    @TestFactory
    Stream<DynamicTest> extraModeErrorsAgreeWithTokenizeModule() {
        assumeTrue(PythonOracle.is312(), "the tokenize module of 3.11 is the pure-Python one");
        List<byte[]> sources = new ArrayList<>();
        for (String c : TOKENIZE_ERRORS) {
            sources.add(c.getBytes(StandardCharsets.UTF_8));
        }
        List<PythonOracle.Answer> answers = PythonOracle.askSources(sources);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            byte[] bytes = sources.get(i);
            String expected = answers.get(i).tokens();
            tests.add(DynamicTest.dynamicTest(TokenFormatter.repr(TOKENIZE_ERRORS[i]), () -> {
                String ours;
                try {
                    ours = Tokenizer.dump(new SourceFile("x.py", bytes));
                } catch (PySyntaxError e) {
                    ours = "TOKENIZE-ERROR " + e.msg() + "|" + e.lineno() + "|" + e.offset() + "\n";
                }
                assertEquals(expected, ours);
            }));
        }
        return tests.stream();
    }

    private static void addAll(List<String> cases, List<Boolean> kinds, String[] items, boolean error) {
        for (String s : items) {
            cases.add(s);
            kinds.add(error);
        }
    }

    private static void check(byte[] bytes, PythonOracle.Answer answer, boolean expectError) {
        SourceFile file = new SourceFile("x.py", bytes);
        String ours;
        try {
            Tokenizer.tokenize(file);
            ours = "OK";
        } catch (PySyntaxError e) {
            ours = e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                    + e.endOffset() + "|" + PythonOracle.reprOrNone(e.text());
        }
        if (answer.error().equals("OK")) {
            assertFalse(expectError, "CPython accepts a snippet listed as an error");
            assertEquals("OK", ours);
            String listing = Tokenizer.dump(file);
            if (PythonOracle.is312()) {
                // 3.11's pure-Python tokenize differs in details (see StdlibTokenizeTest).
                assertEquals(answer.tokens(), listing);
            }
        } else if (!expectError && !PythonOracle.is312()) {
            assertEquals("OK", ours); // 3.12-only syntax such as 'type X = ...' under a 3.11 oracle
        } else {
            assertTrue(expectError, "CPython rejects a snippet listed as valid: " + answer.error());
            assertEquals(answer.error(), ours);
        }
    }
}
