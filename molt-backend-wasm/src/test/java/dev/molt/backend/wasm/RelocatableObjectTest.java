package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relocatable objects (tool-conventions Linking.md): the writer's object is validated, its relocations are listed by
 * an independent reader ({@code wasm-objdump -r -x}), and it is linked by {@code wasm-ld} (through clang) with a C
 * object and wasi-libc and run under node — which only prints the right text if every relocation was applied right.
 */
class RelocatableObjectTest {
    private static final FuncType I32_I32 = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));

    /**
     * An object defining {@code __main_void} (what wasi-libc's {@code _start} calls for {@code int main(void)}):
     * it calls C's {@code show(const char *msg, int (*fn)(int))} with the address of a string in its data and a
     * pointer to its own function {@code twice}, and {@code show_table(table)} with a data table holding the address
     * of a second string and {@code twice}'s table slot (data relocations); it moves {@code __stack_pointer}.
     */
    static byte[] object() {
        WasmModule m = WasmModule.relocatable();
        FuncIndex show = m.importFunction("env", "show", FuncType.of(List.of(ValType.I32, ValType.I32), List.of()));
        FuncIndex showTable = m.importFunction("env", "show_table", FuncType.of(List.of(ValType.I32), List.of()));
        GlobalIndex sp = m.importGlobal("env", "__stack_pointer", ValType.I32, true);
        DataSymbol strings = m.addDataSegment(".rodata.test_strings", "hello\0table\0".getBytes(StandardCharsets.US_ASCII), 0);
        DataSymbol table = m.addDataSegment(".data.test_table", new byte[8], 2);
        m.relocateAddress(table, 0, strings, 6);
        FunctionBody twice = m.addFunction("twice", I32_I32);
        twice.code().localGet(twice.param(0)).i32Const(2).i32Mul();
        m.relocateTableIndex(table, 4, twice.index());
        FunctionBody main = m.addFunction("__main_void", FuncType.of(List.of(), List.of(ValType.I32)));
        m.exportSymbol(main.index());
        InstructionWriter w = main.code();
        w.globalGet(sp).i32Const(16).i32Sub().globalSet(sp);
        w.i32ConstAddress(strings, 0).i32ConstTableIndex(twice.index()).call(show);
        w.i32ConstAddress(table, 0).call(showTable);
        w.globalGet(sp).i32Const(16).i32Add().globalSet(sp);
        w.i32Const(7);
        return m.finish();
    }

    @Test
    void validatesAndListsItsRelocations() {
        byte[] o = object();
        WasmTools.assertValid(o);
        Path f = WasmTools.temp(o, ".o");
        WasmTools.Run r = WasmTools.run(List.of("wasm-objdump", "-r", "-x", f.toString()), new byte[0]);
        assertEquals(0, r.exitCode(), r.stderr());
        String out = r.stdout();
        assertTrue(out.contains("R_WASM_FUNCTION_INDEX_LEB"), out);
        assertTrue(out.contains("R_WASM_MEMORY_ADDR_SLEB"), out);
        assertTrue(out.contains("R_WASM_TABLE_INDEX_SLEB"), out);
        assertTrue(out.contains("R_WASM_GLOBAL_INDEX_LEB"), out);
        assertTrue(out.contains("R_WASM_MEMORY_ADDR_I32"), out);
        assertTrue(out.contains("R_WASM_TABLE_INDEX_I32"), out);
        assertTrue(out.contains("__main_void"), out);
    }

    @Test
    void linksWithCAndRuns() throws IOException {
        Path dir = Files.createTempDirectory("molt-reloc");
        try {
            Files.write(dir.resolve("gen.o"), object());
            Files.writeString(dir.resolve("lib.c"), """
                    #include <stdio.h>
                    void show(const char *msg, int (*fn)(int)) { printf("%s %d\\n", msg, fn(21)); }
                    struct entry { const char *msg; int (*fn)(int); };
                    void show_table(const struct entry *e) { printf("%s %d\\n", e->msg, e->fn(5)); }
                    """);
            WasmTools.Run cc = WasmTools.run(List.of("clang", "--target=wasm32-wasi", "--sysroot=/usr", "-O1",
                    "-nodefaultlibs", "-o", dir.resolve("prog.wasm").toString(), dir.resolve("gen.o").toString(),
                    dir.resolve("lib.c").toString(), "-lc", "-Wl,--gc-sections", "-Wl,--fatal-warnings"), new byte[0]);
            assertEquals(0, cc.exitCode(), cc.stdout() + cc.stderr());
            byte[] exe = Files.readAllBytes(dir.resolve("prog.wasm"));
            WasmTools.assertValid(exe);
            WasmTools.Run run = WasmTools.node(exe, new byte[0]);
            assertEquals("hello 42\ntable 10\n", run.stdout(), run.stderr());
            assertEquals(7, run.exitCode());
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // best effort
            }
        }
    }
}
