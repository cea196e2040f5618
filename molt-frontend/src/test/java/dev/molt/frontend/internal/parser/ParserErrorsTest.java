package dev.molt.frontend.internal.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.testing.Oracles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Syntax errors: kind, message, line and offset (1-based, code points) as CPython reports them.
 *
 * <p>{@link #AGREED} holds inputs for which CPython 3.11 (the installed python3, asked at test
 * time through {@code tools/ast_oracle.py}) and 3.12 give the same error; {@link #ONLY_312} holds
 * inputs whose 3.12 error differs from 3.11's, with the 3.12 message from CPython 3.12's
 * Grammar/python.gram and Parser/action_helpers.c (and its position worked out from the rule's
 * RAISE_* macro).
 */
class ParserErrorsTest {
    private static AstOracle oracle;

    @BeforeAll
    static void start() {
        oracle = new AstOracle();
    }

    @AfterAll
    static void stop() {
        oracle.close();
    }

    static final List<String> AGREED = List.of(
            // invalid_assignment / invalid_named_expression
            "f() = 1", "a + 1 = 2", "[a, f()] = 1", "x if y else z = 1", "True = 1", "a < b = 1",
            "if x = 1: pass", "x = yield = 1", "a, b += 1", "(a, b): int", "a.b, c: int = 1",
            "os.chdir(x)= \n", "b: str\n4=\n", "del f()", "for f() in x: pass", "del *a", "(a.b := 1)",
            // calls
            "f(a.b=1)", "f(**a, b)", "f(a=1, b)", "f(a, x for x in y)", "f(True=1)", "f(x for x in y, 1)",
            "class C(x for x in y): pass",
            // missing commas and brackets
            "f(x y)", "x = [1, 2 3]", "x = {1: 2 3: 4}", "x = (1 2)", "f(a not b)", "f(a lambda: 1)",
            "a[1 2]", "f(a=1 b)", "f(**k b)", "[x \"a\"]", "x = (1, 2", "foo(a b", "x = [1, 2 3",
            "x = (a if b\n", "x = (a if b)\ny=1", "f(a, b", "x = {\n",
            // statements
            "print \"x\"", "a b", "a = 1 2", "1 +", "x = 1 +\n", "import a.b as", "def f(:", "class A(:",
            "from x import a,", "from  import x", "a <> b", "x = not", "not = 1", "None = 1", "a if b",
            "try:\n  pass\nexcept A, B:\n  pass", "lambda x: yield", "[x for x in]", "@d\nx = 1",
            "def f(*, **k): pass", "def f(*): pass", "lambda *: 0", "lambda *, **k: 0", "[x, for x in y]",
            "[x, y for x, y in z]", "{x, y for x in y}", "f(**k, *a)", "{**a for a in b}", "def f( (a, b)): pass", "def f(a=): pass",
            "x = {1:}", "x := 1", "def f(x := 1): pass", "if True:\n    pass\n  else: pass", "a @@ b", "@abstractmethod",
            // expected ':' and indentation
            "if x\n  pass\n", "if x  \n  pass\n", "while x\n  pass\n", "for x in y\n  pass\n",
            "class A\n  pass\n", "class A(B)\n  pass\n", "def f\n  pass\n", "def f()\n  pass\n",
            "def f() -> x\n  pass\n", "def f() -> -> x:\n  pass\n", "try\n  pass\n",
            "try:\n  pass\nfinally\n  pass\n", "if x:\n  pass\nelse\n  pass\n", "with x\n  pass\n",
            "with open(f) as g\n  pass\n", "try:\n  pass\nexcept X\n  pass\n", "match x\n  case 1: pass\n",
            "match x:\n  case 1\n    pass\n", "elif x:\n pass\n", "try x:\n  pass\n", "if x y:\n  pass\n",
            "x = 1\n  y = 2\n", "def f():\n  x = 1\n    y = 2\n", "if x:\npass", "def f():\nreturn 1",
            "for x in y:\npass", "while x:\npass", "with a:\npass", "class A:\npass",
            "try:\n  x\nexcept:\npass", "try:\n  x\nfinally:\npass", "try:\n  pass\nx=1", "if x:\n",
            "if x:", "if x:\n\n\n", "if x:  # c\n", "def f():\n  if x:\nx = 1\n", "def f():\n  if x:\n",
            "class A:\n  @d\n", "match x:\n  case 1:\n  pass\n",
            // tokenizer errors reach the parser
            "x = 'abc", "x = \"\"\"abc", "x = 0777", "x = 1__0", "x $ y", "f(a ? b)", "€ = 1",
            "x = 1\n\tif y:\n        pass\n");

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        return AGREED.stream().map(src -> DynamicTest.dynamicTest(src.replace("\n", "\\n"), () -> {
            String expected = oracle.dumpSource(src);
            assertTrue(expected.startsWith("ERR "), "CPython accepts " + src + ": " + expected);
            assertEquals(expected, ours(src));
        }));
    }

    /**
     * Source, then CPython 3.12's "Kind: msg (line L, offset O)", from CPython 3.12's grammar
     * (each rule named) and checked against CPython 3.12.1 when one is available
     * ({@link Oracles#python312}).
     */
    static final List<String[]> ONLY_312 = List.of(
            // invalid_parameters (3.12 rewords 3.11's "non-default argument follows default argument")
            new String[] {"def f(a=1, b): pass",
                "SyntaxError: parameter without a default follows parameter with a default (line 1, offset 12)"},
            // _PyPegen_formatted_value: the conversion name is quoted, located at the NAME token
            new String[] {"f\"{x!z}\"",
                "SyntaxError: f-string: invalid conversion character 'z': expected 's', 'r', or 'a' (line 1, offset 6)"},
            // invalid_replacement_field: '{' a='}' -> located at the '}'
            new String[] {"f\"{}\"", "SyntaxError: f-string: valid expression required before '}' (line 1, offset 4)"},
            // function_def_raw: [type_params] fails on '[]', so &&'(' is forced at the '['
            new String[] {"def f[](): pass", "SyntaxError: expected '(' (line 1, offset 6)"},
            // type_alias: '[' type_param_seq ']' needs a parameter; generic error at ']'
            new String[] {"type X[] = int", "SyntaxError: invalid syntax (line 1, offset 8)"},
            // type_param: '*' NAME ':' expression -> RAISE_SYNTAX_ERROR_STARTING_FROM(':', ...)
            new String[] {"class A[*T: int]: pass", "SyntaxError: cannot use bound with TypeVarTuple (line 1, offset 11)"},
            new String[] {"class A[**P: (int, str)]: pass",
                "SyntaxError: cannot use constraints with ParamSpec (line 1, offset 12)"},
            // invalid_import: a='import' dotted_name+ 'from' dotted_name -> STARTING_FROM(a)
            new String[] {"import a.b, c from d.e",
                "SyntaxError: Did you mean to use 'from ... import ...' instead? (line 1, offset 1)"},
            // invalid_kwarg: a=NAME b='=' &(',' | ')') -> KNOWN_RANGE(a, b)
            new String[] {"f(x=, y)", "SyntaxError: expected argument value expression (line 1, offset 3)"},
            // invalid_replacement_field
            new String[] {"f\"{def}\"", "SyntaxError: f-string: expecting a valid expression after '{' (line 1, offset 4)"},
            new String[] {"f\"{lambda x: 1}\"",
                "SyntaxError: f-string: lambda expressions are not allowed without parentheses (line 1, offset 4)"},
            new String[] {"f\"{x!r x}\"", "SyntaxError: f-string: expecting ':' or '}' (line 1, offset 8)"},
            // ... '{' annotated_rhs !('=' | '!' | ':' | '}'): PEG keeps the longest expression ('a')
            new String[] {"f\"{a +}\"", "SyntaxError: f-string: expecting '=', or '!', or ':', or '}' (line 1, offset 6)"},
            new String[] {"f\"{x if else z}\"",
                "SyntaxError: f-string: expecting '=', or '!', or ':', or '}' (line 1, offset 6)"},
            // '{' !annotated_rhs -> ON_NEXT_TOKEN
            new String[] {"f\"{(, 2)}\"", "SyntaxError: f-string: expecting a valid expression after '{' (line 1, offset 4)"},
            // ... ':' fstring_format_spec* !'}' -> ON_NEXT_TOKEN
            new String[] {"f\"{x:{w}.{p}f\"",
                "SyntaxError: f-string: expecting '}', or format specs (line 1, offset 14)"},
            new String[] {"f\"{x == not a}\"",
                "SyntaxError: f-string: expecting '=', or '!', or ':', or '}' (line 1, offset 6)"},
            new String[] {"f\"{x!}\"", "SyntaxError: f-string: missing conversion character (line 1, offset 6)"},
            new String[] {"f\"{=}\"", "SyntaxError: f-string: valid expression required before '=' (line 1, offset 4)"},
            new String[] {"f\"{a b}\"", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 1, offset 4)"},
            // PEP 701 syntax 3.11 rejects
            new String[] {"x = f\"{'a' + \"b\"}\"", "OK"},
            new String[] {"def f[T](x: T) -> T: pass", "OK"});

    @TestFactory
    Stream<DynamicTest> python312OnlyErrors() {
        String python312 = Oracles.python312();
        AstOracle oracle312 = python312 == null ? null : new AstOracle(python312);
        return ONLY_312.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String expected = c[1].equals("OK") ? "OK" : "ERR " + c[1];
            assertEquals(expected, ours(c[0]));
            if (oracle312 != null) {
                String real = oracle312.dumpSource(c[0]);
                assertEquals(expected, real.startsWith("OK ") ? "OK" : real, "CPython 3.12 itself");
            }
        })).onClose(() -> {
            if (oracle312 != null) {
                oracle312.close();
            }
        });
    }

    /** Our result in the oracle's format. */
    static String ours(String src) {
        try {
            PythonParser.parse(SourceFile.of("<unknown>", src));
            return "OK";
        } catch (PySyntaxError e) {
            return "ERR " + e.kind() + ": " + e.msg() + " (line " + e.lineno() + ", offset " + e.offset() + ")";
        }
    }
}
