package dev.molt.frontend.lower;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.*;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class DbgTest {
    @Test
    void dbg() throws Exception {
        SourceFile src = SourceFile.read(Path.of(System.getProperty("dbg.file", "/tmp/lowdbg/x.py")));
        var ast = PythonParser.parse(src);
        var r = Lowering.lowerCollecting(ast, SymbolTable.build(ast, src), src);
        for (Function f : r.module().functions())
            for (Op op : f.ops())
                for (Value v : op.operands())
                    if (v.function() != f || v.definingBlock() == null || v.definingBlock().function() != f)
                        System.out.println("BAD in " + f.name() + ": " + op.name() + " operand " + v.getClass().getSimpleName()
                                + " defblock=" + v.definingBlock() + (v instanceof OpResult o ? " op=" + o.op().name() : "")
                                + (v instanceof BlockParam p ? " param block=" + p.block() : ""));
    }
}
