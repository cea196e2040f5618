package dev.molt.backend.wasm;

import static dev.molt.backend.wasm.WasmTools.assertValid;
import static dev.molt.backend.wasm.WasmTools.bytes;
import static dev.molt.backend.wasm.WasmTools.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Module structure: exact bytes against the spec and against wabt's wat2wasm, and validation of every section. */
class WasmModuleTest {
    private static final FuncType VOID = FuncType.of(List.of(), List.of());
    private static final FuncType I32_I32 = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));

    @Test
    void emptyModuleIsTheEightByteHeader() {
        byte[] wasm = new WasmModule().finish();
        assertEquals(hex(bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00)), hex(wasm));
        assertValid(wasm);
    }

    @Test
    void smallFunctionMatchesSpecBytes() {
        WasmModule m = new WasmModule();
        FunctionBody f = m.addFunction(null, I32_I32);
        f.code().localGet(f.param(0)).i32Const(1).i32Add();
        m.exportFunction("inc", f.index());
        byte[] expected = bytes(0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
                1, 6, 1, 0x60, 1, 0x7f, 1, 0x7f,           // type section: (i32) -> (i32)
                3, 2, 1, 0,                                // function section: type 0
                7, 7, 1, 3, 'i', 'n', 'c', 0, 0,           // export "inc" func 0
                10, 9, 1, 7, 0, 0x20, 0, 0x41, 1, 0x6a, 0x0b); // code: no locals, local.get 0, i32.const 1, i32.add, end
        assertEquals(hex(expected), hex(m.finish()));
        assertValid(m.finish());
    }

    @Test
    void everySectionMatchesWat2wasm() {
        WasmModule m = new WasmModule();
        FuncIndex print = m.importFunction("env", "print", FuncType.of(List.of(ValType.I32), List.of()));
        GlobalIndex base = m.importGlobal("env", "base", ValType.I32, false);
        MemoryIndex mem = m.addMemory(Limits.between(1, 2));
        TableIndex table = m.addTable(ValType.FUNCREF, Limits.atLeast(2));
        GlobalIndex counter = m.addGlobal(ValType.I64, true, ConstExpr.i64(-5));
        FunctionBody init = m.addFunction(null, VOID);
        FunctionBody twice = m.addFunction(null, I32_I32);
        LocalIndex tmp = twice.addLocal(ValType.I32);
        twice.addLocal(ValType.I32);
        twice.addLocal(ValType.F64);
        twice.code().localGet(twice.param(0)).localTee(tmp).localGet(tmp).i32Add();
        init.code().globalGet(counter).i64Const(1).i64Add().globalSet(counter)
                .i32Const(7).i32Const(0).callIndirect(m.type(I32_I32), table).call(print);
        m.exportMemory("memory", mem);
        m.exportFunction("twice", twice.index());
        m.exportGlobal("counter", counter);
        m.setStart(init.index());
        m.addActiveElements(table, ConstExpr.i32(0), List.of(twice.index(), init.index()));
        m.addActiveData(mem, ConstExpr.globalGet(base), "hi".getBytes(StandardCharsets.US_ASCII));
        byte[] ours = m.finish();
        assertValid(ours);
        byte[] theirs = WasmTools.wat2wasm("""
                (module
                  (type (func (param i32)))
                  (type (func))
                  (type (func (param i32) (result i32)))
                  (import "env" "print" (func (type 0)))
                  (import "env" "base" (global i32))
                  (func (type 1)
                    global.get 1 i64.const 1 i64.add global.set 1
                    i32.const 7 i32.const 0 call_indirect 0 (type 2) call 0)
                  (func (type 2) (local i32 i32 f64)
                    local.get 0 local.tee 1 local.get 1 i32.add)
                  (table 2 funcref)
                  (memory 1 2)
                  (global (mut i64) (i64.const -5))
                  (export "memory" (memory 0))
                  (export "twice" (func 2))
                  (export "counter" (global 1))
                  (start 1)
                  (elem (i32.const 0) func 2 1)
                  (data (global.get 0) "hi"))
                """);
        // wat2wasm writes no name section without --debug-names; ours names imported functions by their field.
        byte[] names = bytes(0, 15, 4, 'n', 'a', 'm', 'e', 1, 8, 1, 0, 5, 'p', 'r', 'i', 'n', 't');
        assertEquals(hex(theirs) + " " + hex(names), hex(ours));
    }

    @Test
    void functionTypesAreDeduplicated() {
        WasmModule m = new WasmModule();
        m.addFunction(null, I32_I32).code().localGet(new LocalIndex(0));
        m.addFunction(null, FuncType.of(List.of(ValType.I32), List.of(ValType.I32))).code().localGet(new LocalIndex(0));
        assertEquals(0, m.type(I32_I32).index());
        assertEquals(1, m.type(VOID).index());
        assertValid(m.finish());
    }

    @Test
    void importsComeFirstInTheirIndexSpace() {
        WasmModule m = new WasmModule();
        FuncIndex a = m.importFunction("env", "a", VOID);
        FuncIndex b = m.importFunction("env", "b", VOID);
        FunctionBody f = m.addFunction("f", VOID);
        assertEquals(List.of(0, 1, 2), List.of(a.index(), b.index(), f.index().index()));
        assertThrows(IllegalStateException.class, () -> m.importFunction("env", "c", VOID));
        GlobalIndex g = m.addGlobal(ValType.I32, false, ConstExpr.i32(1));
        assertEquals(0, g.index());
        assertThrows(IllegalStateException.class, () -> m.importGlobal("env", "g", ValType.I32, false));
        assertThrows(IllegalArgumentException.class, () -> m.exportFunction("x", f.index()).exportFunction("x", a));
    }

    @Test
    void passiveSegmentsBulkMemoryAndDataCount() {
        WasmModule m = new WasmModule();
        MemoryIndex mem = m.addMemory(Limits.atLeast(1));
        DataIndex seg = m.addPassiveData(bytes(1, 2, 3, 4));
        FunctionBody f = m.addFunction("copy", VOID);
        f.code().i32Const(16).i32Const(0).i32Const(4).memoryInit(seg).dataDrop(seg)
                .i32Const(32).i32Const(16).i32Const(4).memoryCopy()
                .i32Const(0).i32Const(0xAB).i32Const(8).memoryFill()
                .memorySize().memoryGrow().drop();
        TableIndex t = m.addTable(ValType.FUNCREF, Limits.atLeast(1));
        TableIndex t2 = m.addTable(ValType.FUNCREF, Limits.atLeast(4));
        ElemIndex passive = m.addPassiveElements(List.of(f.index()));
        m.addDeclaredElements(List.of(f.index()));
        FunctionBody g = m.addFunction("refs", VOID);
        g.code().refFunc(f.index()).refIsNull().drop().tableSize(t).drop()
                .refNull(ValType.FUNCREF).i32Const(1).tableGrow(t).drop()
                .i32Const(0).i32Const(0).i32Const(1).tableInit(t2, passive).elemDrop(passive)
                .i32Const(1).i32Const(0).i32Const(1).tableCopy(t2, t)
                .i32Const(0).refNull(ValType.FUNCREF).i32Const(2).tableFill(t2)
                .i32Const(3).i32Const(0).tableGet(t2).tableSet(t2);
        m.exportMemory("memory", mem);
        byte[] wasm = m.finish();
        assertValid(wasm);
        String wat = WasmTools.wasm2wat(wasm);
        assertTrue(wat.contains("memory.init"), wat);
        assertTrue(wat.contains("table.init 1 0"), wat);
        assertTrue(wat.contains("table.copy 1 0"), wat);
        assertTrue(wat.contains("(data (;0;) \"\\01\\02\\03\\04\")"), wat);
    }

    @Test
    void nameSectionNamesModuleFunctionsAndLocals() {
        WasmModule m = new WasmModule().setName("demo");
        m.importFunction("env", "log", FuncType.of(List.of(ValType.I32), List.of()));
        FunctionBody f = m.addFunction("add_one", I32_I32);
        f.nameParam(0, "x");
        LocalIndex y = f.addLocal(ValType.I32, "y");
        f.code().localGet(f.param(0)).i32Const(1).i32Add().localTee(y);
        byte[] wasm = m.finish();
        assertValid(wasm);
        String wat = WasmTools.wasm2wat(wasm);
        assertTrue(wat.contains("(module $demo"), wat);
        assertTrue(wat.contains("(import \"env\" \"log\" (func $log"), wat);
        assertTrue(wat.contains("(func $add_one (type 1) (param $x i32) (result i32)"), wat);
        assertTrue(wat.contains("(local $y i32)"), wat);
    }

    @Test
    void customSectionsComeLastAndOutputIsDeterministic() {
        WasmModule m = new WasmModule();
        m.addCustomSection("producers", bytes(0));
        byte[] wasm = m.finish();
        assertEquals(hex(bytes(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, 11, 9, 'p', 'r', 'o', 'd', 'u', 'c', 'e', 'r', 's', 0)),
                hex(wasm));
        assertEquals(hex(wasm), hex(m.finish()));
        assertValid(wasm);
    }

    @Test
    void unclosedBlocksAreRejected() {
        WasmModule m = new WasmModule();
        m.addFunction("f", VOID).code().block(BlockType.EMPTY);
        assertThrows(IllegalStateException.class, m::finish);
    }
}
