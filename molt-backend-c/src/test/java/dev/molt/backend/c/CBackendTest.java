package dev.molt.backend.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Module;
import dev.molt.ir.text.IrParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the C, and the errors the backend reports. */
class CBackendTest {
    @TempDir
    Path dir;

    @Test
    void unsupportedOpsAreReportedWithTheirLocationBeforeAnyC() {
        Module m = IrParser.parseModule("""
                module @attr
                func @__module__() -> obj attributes {source = "attr.py"} {
                ^bb0:
                  v0 = py.const.none
                  v1 = py.const.ellipsis {loc = [3, 4]}
                  v2 = py.import {name = "os", loc = [1, 0]}
                  cf.return v1
                }
                """);
        UnsupportedOpException e = assertThrows(UnsupportedOpException.class, () -> CBackend.emit(m));
        assertEquals(2, e.problems().size());
        assertEquals("attr.py:3:5: error: unsupported: op py.const.ellipsis (in @__module__)", e.problems().get(0).toString());
        assertEquals("py.import", e.problems().get(1).op());
        assertEquals(1, e.problems().get(1).line());
        // NativeLinker checks first too: clang never sees the module.
        assertThrows(UnsupportedOpException.class, () -> NativeLinker.create().link(m, dir.resolve("x")));
    }

    @Test
    void invalidIrIsRejectedByTheVerifierFirst() {
        Module m = new Module("bad");
        var b = dev.molt.ir.builder.FunctionBuilder.create(m, "__module__",
                new dev.molt.ir.Signature(List.of(), List.of(dev.molt.ir.Type.OBJ)));
        b.py().none(); // no terminator
        assertThrows(dev.molt.ir.verify.VerificationException.class, () -> CBackend.emit(m));
    }

    @Test
    void aModuleWithoutEntryIsReported() {
        Module m = IrParser.parseModule("""
                func @f() -> obj {
                ^bb0:
                  v0 = py.const.none
                  cf.return v0
                }
                """);
        UnsupportedOpException e = assertThrows(UnsupportedOpException.class, () -> CBackend.emit(m));
        assertTrue(e.getMessage().contains("@__module__"), e.getMessage());
    }

    @Test
    void clangFailureIsAnInternalErrorCarryingClangsOutput() {
        CBackendException e = assertThrows(CBackendException.class,
                () -> NativeLinker.create().compile("int main(void) { return undeclared_thing; }\n", "bad.c", dir.resolve("bad")));
        assertTrue(e.getMessage().startsWith("internal error: clang failed"), e.getMessage());
        assertTrue(e.getMessage().contains("undeclared_thing"), e.getMessage());
    }

    @Test
    void lineDirectivesMapOpsToPythonAndBackToTheCFile() {
        String c = CBackend.emit(Programs.ir("fib"));
        assertTrue(c.contains("#line 1 \"fib.py\"\n"), c); // ops without loc: the def line (firstlineno)
        assertTrue(c.contains("#line 4\n"), c);
        // After each function the directives return to the C file, at the right physical line.
        List<String> lines = c.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#line ") && lines.get(i).endsWith("\"fib.c\"")) {
                int n = Integer.parseInt(lines.get(i).split(" ")[1]);
                assertEquals(i + 2, n, "line " + (i + 1) + ": " + lines.get(i));
            }
        }
        assertTrue(c.lines().anyMatch(l -> l.endsWith("\"fib.c\"")), "no return to fib.c");
    }

    @Test
    void blockArgumentsThatSwapGoThroughTemporaries() {
        String c = CBackend.emit(Programs.ir("loop"));
        // ^head(v3, v9, v11) into ^head(v2, v3, v4): v3 is read before it is overwritten.
        assertTrue(c.contains("int64_t t0 = v3;"), c);
        assertFalse(c.contains("v2 = v3;\n    v3 = v9;"), c);
    }

    @Test
    void noCompilerWarningsUnderWall() {
        // The generated C is clean C11 under -Wall -Wextra as errors, except for the codegen.h helpers that a
        // module does not use.
        for (String name : List.of("values", "fib", "loop", "handlers")) {
            String c = CBackend.emit(Programs.ir(name));
            String strict = "#pragma clang diagnostic error \"-Wall\"\n#pragma clang diagnostic error \"-Wextra\"\n"
                    + "#pragma clang diagnostic ignored \"-Wunused-function\"\n"
                    + "#pragma clang diagnostic ignored \"-Wunneeded-internal-declaration\"\n";
            NativeLinker.create().compile(strict + c, name + ".c", dir.resolve(name));
        }
    }
}
