package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** End to end: modules built with the API, importing WASI preview 1, run under node with run-wasi.mjs. */
class WasiRunTest {
    private static final String WASI = "wasi_snapshot_preview1";
    private static final FuncType FD_WRITE = FuncType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32),
            List.of(ValType.I32));
    private static final FuncType VOID = FuncType.of(List.of(), List.of());

    /** fd_write(fd, iovs, 1, nwritten) of {@code len} bytes at {@code ptr}, using scratch memory at 0..11. */
    private static void write(InstructionWriter w, FuncIndex fdWrite, int fd, int ptr, Consumer<InstructionWriter> len) {
        w.i32Const(0).i32Const(ptr).i32Store(MemArg.natural(4, 0));
        w.i32Const(0);
        len.accept(w);
        w.i32Store(MemArg.natural(4, 4));
        w.i32Const(fd).i32Const(0).i32Const(1).i32Const(8).call(fdWrite).drop();
    }

    @Test
    void helloWorld() {
        WasmModule m = new WasmModule();
        FuncIndex fdWrite = m.importFunction(WASI, "fd_write", FD_WRITE);
        MemoryIndex mem = m.addMemory(Limits.atLeast(1));
        m.addActiveData(mem, ConstExpr.i32(16), "hello\n".getBytes(StandardCharsets.US_ASCII));
        FunctionBody start = m.addFunction("_start", VOID);
        write(start.code(), fdWrite, 1, 16, w -> w.i32Const(6));
        m.exportMemory("memory", mem).exportFunction("_start", start.index());
        byte[] wasm = m.finish();
        WasmTools.assertValid(wasm);
        WasmTools.Run r = WasmTools.node(wasm, new byte[0]);
        assertEquals("hello\n", r.stdout());
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void argvStderrAndExitStatusPassThrough() {
        WasmModule m = new WasmModule();
        FuncIndex fdWrite = m.importFunction(WASI, "fd_write", FD_WRITE);
        FuncIndex argsSizesGet = m.importFunction(WASI, "args_sizes_get",
                FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        FuncIndex argsGet = m.importFunction(WASI, "args_get",
                FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        FuncIndex procExit = m.importFunction(WASI, "proc_exit", FuncType.of(List.of(ValType.I32), List.of()));
        MemoryIndex mem = m.addMemory(Limits.atLeast(1));
        m.addActiveData(mem, ConstExpr.i32(64), "oops\n".getBytes(StandardCharsets.US_ASCII));
        FunctionBody start = m.addFunction("_start", VOID);
        InstructionWriter w = start.code();
        // argc at 32, buffer size at 36, argv pointers at 128.., argument bytes at 1024..
        w.i32Const(32).i32Const(36).call(argsSizesGet).drop();
        w.i32Const(128).i32Const(1024).call(argsGet).drop();
        write(w, fdWrite, 1, 1024, x -> x.i32Const(36).i32Load(MemArg.natural(4, 0)));
        write(w, fdWrite, 2, 64, x -> x.i32Const(5));
        w.i32Const(32).i32Load(MemArg.natural(4, 0)).call(procExit);
        m.exportMemory("memory", mem).exportFunction("_start", start.index());
        byte[] wasm = m.finish();
        WasmTools.assertValid(wasm);
        WasmTools.Run r = WasmTools.node(wasm, new byte[0], "x", "y z");
        assertTrue(r.stdout().endsWith(".wasm\0x\0y z\0"), r.stdout());
        assertEquals("oops\n", r.stderr());
        assertEquals(3, r.exitCode());
    }

    @Test
    void aTrapExitsWith134() {
        WasmModule m = new WasmModule();
        MemoryIndex mem = m.addMemory(Limits.atLeast(1));
        FunctionBody start = m.addFunction("_start", VOID);
        start.code().unreachable();
        m.exportMemory("memory", mem).exportFunction("_start", start.index());
        WasmTools.Run r = WasmTools.node(m.finish(), new byte[0]);
        assertEquals(134, r.exitCode());
        assertTrue(r.stderr().startsWith("wasm trap: unreachable"), r.stderr());
    }
}
