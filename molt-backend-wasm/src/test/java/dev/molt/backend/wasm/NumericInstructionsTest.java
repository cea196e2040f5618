package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every numeric instruction of the writer, typed by the spec's table, validates; a mistyped one does not. */
class NumericInstructionsTest {
    @Test
    void opTableCoversEveryNumericInstruction() {
        Set<String> writer = new TreeSet<>();
        for (Method m : NumericInstructions.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0) {
                writer.add(m.getName());
            }
        }
        Set<String> table = NumericOpTable.OPS.stream().map(NumericOpTable.NumericOp::method)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(writer, table);
    }

    @Test
    void everyNumericInstructionValidatesWithItsSpecTypes() {
        WasmModule m = new WasmModule();
        for (NumericOpTable.NumericOp op : NumericOpTable.OPS) {
            FunctionBody f = m.addFunction(op.method(), FuncType.of(op.operands(), List.of(op.result())));
            for (int i = 0; i < op.operands().size(); i++) {
                f.code().localGet(f.param(i));
            }
            op.emit(f.code());
        }
        WasmTools.assertValid(m.finish());
    }

    @Test
    void validatorRejectsAMistypedOperand() {
        WasmModule m = new WasmModule();
        m.addFunction("bad", FuncType.of(List.of(), List.of(ValType.I32))).code().i64Const(1).i64Const(2).i32Add();
        assertFalse(WasmTools.isValid(m.finish()));
    }
}
