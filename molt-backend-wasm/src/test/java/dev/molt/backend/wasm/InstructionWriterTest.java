package dev.molt.backend.wasm;

import static dev.molt.backend.wasm.WasmTools.assertValid;
import static dev.molt.backend.wasm.WasmTools.bytes;
import static dev.molt.backend.wasm.WasmTools.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Instruction encodings (WebAssembly Core Spec 2.0 §5.4) pinned to hand-derived bytes, and label handling. */
class InstructionWriterTest {
    private static final FuncType VOID = FuncType.of(List.of(), List.of());

    private static InstructionWriter writer() {
        return new WasmModule().addFunction(null, VOID).code();
    }

    @Test
    void labelsBecomeRelativeDepths() {
        InstructionWriter w = writer();
        Label outer = w.block(BlockType.EMPTY);
        Label loop = w.loop(BlockType.EMPTY);
        w.i32Const(0);
        Label inner = w.if_(BlockType.of(ValType.I32));
        w.br(loop).br(outer).br(inner);
        w.else_().i32Const(1).brTable(List.of(inner, loop, outer), outer);
        w.end().drop().end().end();
        assertEquals(hex(bytes(0x02, 0x40, 0x03, 0x40, 0x41, 0x00, 0x04, 0x7f,
                0x0c, 1, 0x0c, 2, 0x0c, 0,
                0x05, 0x41, 0x01, 0x0e, 3, 0, 1, 2, 2,
                0x0b, 0x1a, 0x0b, 0x0b)), hex(w.toByteArray()));
        assertThrows(IllegalArgumentException.class, () -> w.br(outer));
        assertThrows(IllegalStateException.class, w::end);
        assertThrows(IllegalStateException.class, w::else_);
    }

    @Test
    void immediatesAreEncodedPerSpec() {
        WasmModule m = new WasmModule();
        FunctionBody f = m.addFunction(null, VOID);
        f.code().i32Const(0).i64Load(MemArg.natural(8, 624485)).drop()
                .i32Const(-123456).drop()
                .i64Const(Long.MIN_VALUE).drop()
                .f64Const(1.0).drop()
                .i32Const(0).f32Const(1.5f).f32Store(new MemArg(0, 3))
                .f64Const(2.0).i64TruncSatF64U().drop();
        assertEquals(hex(bytes(0x41, 0, 0x29, 3, 0xe5, 0x8e, 0x26, 0x1a,
                0x41, 0xc0, 0xbb, 0x78, 0x1a,
                0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f, 0x1a,
                0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x1a,
                0x41, 0, 0x43, 0, 0, 0xc0, 0x3f, 0x38, 0, 3,
                0x44, 0, 0, 0, 0, 0, 0, 0, 0x40, 0xfc, 0x07, 0x1a)), hex(f.code().toByteArray()));
        m.addMemory(Limits.atLeast(1));
        assertValid(m.finish());
    }

    @Test
    void multiValueBlockTypesUseATypeIndex() {
        WasmModule m = new WasmModule();
        FuncType pair = FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32, ValType.I32));
        FunctionBody swap = m.addFunction("swap", FuncType.of(List.of(ValType.I32, ValType.I32),
                List.of(ValType.I32, ValType.I32)));
        LocalIndex t = swap.addLocal(ValType.I32);
        InstructionWriter w = swap.code();
        w.localGet(swap.param(0)).localGet(swap.param(1));
        w.block(BlockType.of(m.type(pair)));
        w.localSet(t).localSet(swap.param(0)).localGet(t).localGet(swap.param(0));
        w.end();
        byte[] code = w.toByteArray();
        assertEquals(0x02, code[4]);
        assertEquals(m.type(pair).index(), code[5]); // s33 of a small index is one byte
        assertValid(m.finish());
    }

    @Test
    void callsAndIndirectCalls() {
        WasmModule m = new WasmModule();
        FuncType unary = FuncType.of(List.of(ValType.I64), List.of(ValType.I64));
        FunctionBody sq = m.addFunction("sq", unary);
        sq.code().localGet(sq.param(0)).localGet(sq.param(0)).i64Mul();
        TableIndex table = m.addTable(ValType.FUNCREF, Limits.between(1, 1));
        m.addActiveElements(table, ConstExpr.i32(0), List.of(sq.index()));
        FunctionBody main = m.addFunction("main", FuncType.of(List.of(), List.of(ValType.I64)));
        main.code().i64Const(3).call(sq.index()).i32Const(0).callIndirect(m.type(unary), table)
                .i64Const(0).i32Const(1).select()
                .return_().unreachable().nop();
        // (3^2)^2 = 81 through a direct and an indirect call; select keeps the first operand on 1.
        m.exportFunction("main", main.index());
        assertValid(m.finish());
        WasmTools.Run r = WasmTools.nodeEval(m.finish(), """
                WebAssembly.instantiate(WASM).then(({instance}) => console.log(String(instance.exports.main())));
                """);
        assertEquals("81\n", r.stdout(), r.stderr());
    }
}
