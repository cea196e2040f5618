package dev.molt.frontend.internal.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.testing.Oracles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Python 3.12-only syntax (PEP 695 type parameters and {@code type} aliases, PEP 701 f-strings),
 * which the installed python3 (3.11) cannot check. The expected {@code ast.dump(...,
 * include_attributes=True)} strings are in {@code src/test/resources/parser/py312.txt}, each with
 * the derivation from CPython 3.12's grammar and action helpers written next to it.
 */
class Python312SyntaxTest {

    record Case(String name, String source, String expected) {}

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = Python312SyntaxTest.class.getResourceAsStream("/parser/py312.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String name = null;
        StringBuilder src = null;
        String mode = "";
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                name = line.substring(4);
                mode = "head";
            } else if (line.equals("--- source")) {
                src = new StringBuilder();
                mode = "source";
            } else if (line.equals("--- expected")) {
                mode = "expected";
            } else if (mode.equals("source")) {
                src.append(line).append('\n');
            } else if (mode.equals("expected") && !line.isEmpty()) {
                out.add(new Case(name, src.toString(), line));
                mode = "";
            }
        }
        return out;
    }

    /**
     * Each expectation equals our dump; where a CPython 3.12 is available
     * ({@link Oracles#python312}), it must also equal that interpreter's own dump, which
     * checks the hand derivations.
     */
    @TestFactory
    Stream<DynamicTest> python312SyntaxMatchesHandDerivedDumps() throws IOException {
        List<Case> cases = cases();
        assertFalse(cases.isEmpty());
        String python312 = Oracles.python312();
        AstOracle oracle312 = python312 == null ? null : new AstOracle(python312);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String actual = AstDump.dump(PythonParser.parse(SourceFile.of("<test>", c.source())), true);
            assertEquals(c.expected(), actual, "source:\n" + c.source());
            if (oracle312 != null) {
                assertEquals("OK " + c.expected(), oracle312.dumpSource(c.source()), "CPython 3.12 itself");
            }
        })).onClose(() -> {
            if (oracle312 != null) {
                oracle312.close();
            }
        });
    }
}
