package dev.molt.frontend.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.Function;
import dev.molt.ir.verify.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API: diagnostics, collecting mode, import graph, function naming. */
class LoweringApiTest {
    private static LoweringResult collect(String name, String text) {
        SourceFile src = SourceFile.of(name, text);
        Module ast = PythonParser.parse(src);
        return Lowering.lowerCollecting(ast, SymbolTable.build(ast, src), src);
    }

    @Test
    void diagnosticPrintsLikeClang() {
        assertEquals("a.py:3:5: error: unsupported: thing", new Diagnostic("a.py", 3, 5, "thing").toString());
    }

    @Test
    void collectingModeKeepsWhatLowersAndCountsCodeObjects() {
        String text = "def ok():\n    return 1\ndef bad():\n    for x in y:\n        pass\n    break\n";
        LoweringResult r = collect("m.py", text);
        assertEquals(List.of(new Diagnostic("m.py", 6, 5, "'break' outside loop")), r.diagnostics());
        assertEquals(3, r.codeObjects());
        assertEquals(2, r.codeObjectsLowered());
        assertEquals(2, r.functions());
        assertEquals(1, r.functionsLowered());
        assertTrue(r.module().function("ok") != null);
        assertEquals(null, r.module().function("bad"));
        assertEquals(List.of(), Verifier.verify(r.module()));
        SourceFile src = SourceFile.of("m.py", text);
        Module ast = PythonParser.parse(src);
        LoweringException e = assertThrows(LoweringException.class,
                () -> Lowering.lower(ast, SymbolTable.build(ast, src), src));
        assertEquals("m.py:6:5: error: unsupported: 'break' outside loop", e.getMessage());
    }

    @Test
    void importGraphListsEveryImportOnce() {
        LoweringResult r = collect("g.py", "import os, sys\nfrom . import x\ndef f():\n    import os.path\n    from ..p.q import r\nimport sys\n");
        assertEquals(List.of("os", "sys", ".", "os.path", "..p.q"), r.imports());
        assertEquals(r.imports().toString().replace(", ", "\", \"").replace("[", "[\"").replace("]", "\"]"),
                r.module().function("__module__").attr("imports").toString());
    }

    @Test
    void repeatedNamesGetDistinctSymbols() {
        LoweringResult r = collect("d.py", "def f(): pass\ndef f(): pass\nclass C:\n    def f(self): pass\n");
        List<String> names = r.module().functions().stream().map(Function::name).toList();
        assertEquals(List.of("__module__", "f", "f$2", "C", "C.f"), names);
    }
}
