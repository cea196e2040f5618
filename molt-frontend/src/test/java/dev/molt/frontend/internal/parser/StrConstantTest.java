package dev.molt.frontend.internal.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.testing.Oracles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * str constants whose code points UTF-16 alone cannot tell (surrogate escapes next to each other,
 * across implicit concatenation and f-string pieces), and characters whose printability or
 * identifier status changed after Unicode 15.0, against CPython 3.12's {@code ast.dump}.
 */
class StrConstantTest {
    static final List<String> SOURCES = List.of(
            "'\\ud834\\udd1e'\n",
            "'\\ud834' '\\udd1e'\n",
            "'\\ud834' \"\\udd1e\" '\\ud834'\n",
            "f'\\ud834' '\\udd1e'\n",
            "'\\ud834' f'\\udd1e{x}'\n",
            "f'\\ud834' f'\\udd1e'\n",
            "f'\\ud834{x}\\udd1e'\n",
            "f'{x:\\ud834\\udd1e}'\n",
            "f'{x:\\ud834{y}\\udd1e}'\n",
            "rf'\\ud834' '\\udd1e'\n",
            "f'\\ud834{{\\udd1e'\n",
            "f'{{\\ud834\\udd1e}}'\n",
            "f'''\\ud834\n\\udd1e{x!r:\\ud834}\\ud834''' '\\udd1e'\n",
            "f'{x=}\\udd1e' '\\ud834'\n",
            "u'\\ud800' '\\udc00' '\\ud800' '\\udc00'\n",
            "'\\U0001d11e' '\\ud834\\U0000dd1e'\n",
            "'\ud834\udd1e' '\\udd1e' '\\ud834' '\ud834\udd1e'\n",
            "'\\ud834\\\n\\udd1e'\n",
            "x = {'\\ud834\\udd1e': 1, '\\U0001d11e': 2}\n",
            "match x:\n    case '\\ud834\\udd1e': pass\n",
            "'\u2ffc \u31ef \ua7cb \u0897 \u1c89 \ud805\udf00'\n",
            "'\uD83E\uDEE8 \u2FFB \ud83d\udedc'\n",
            "a\u1c89 = 1\n",
            "\ua7cb = 1\n",
            "x\u0897 = 1\n",
            "\u30fb = 1\n",
            "x\u30fb = 1\n");

    @TestFactory
    Stream<DynamicTest> dumpsEqualCPython312() {
        String python312 = Oracles.python312();
        assumeTrue(python312 != null, "no CPython 3.12: give -Dmolt.python312=/path/to/python3.12");
        AstOracle oracle = new AstOracle(python312);
        return SOURCES.stream().map(src -> DynamicTest.dynamicTest(src.strip(), () -> {
            String expected = oracle.dumpSource(src);
            String actual;
            try {
                actual = "OK " + AstDump.dump(PythonParser.parse(SourceFile.of("<test>", src)), true);
            } catch (PySyntaxError e) {
                assertTrue(expected.startsWith("ERR SyntaxError: " + e.msg()), "we raised " + e.msg() + ", CPython: " + expected);
                return;
            }
            assertEquals(expected, actual);
        })).onClose(oracle::close);
    }
}
