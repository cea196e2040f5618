package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.SourceFile;
import dev.molt.runtime.RuntimeBuilder;
import dev.molt.runtime.Toolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link Compiler} driver API: levels, emit kinds, the executable cache and the kinds of failure. */
class CompilerTest {
    @TempDir
    Path dir;

    @Test
    void o2RunsThePipelineAndO0DoesNot() throws CompileException {
        SourceFile src = SourceFile.of("k.py", "x = 2 * 21\nprint(x)\n");
        String o0 = Compiler.create().withOptLevel(Compiler.OptLevel.O0).toIrText(src);
        String o2 = Compiler.create().withVerifyEach(true).toIrText(src);
        assertTrue(o0.contains("py.mul"), o0);
        assertFalse(o2.contains("py.mul"), o2);
        assertTrue(o2.contains("py.const.int {value = 42}"), o2);
    }

    @Test
    void failuresHaveKindsAndStatuses() {
        CompileException syntax = assertThrows(CompileException.class,
                () -> Compiler.create().toIr(SourceFile.of("s.py", "x = (\n")));
        assertEquals(CompileException.Kind.SYNTAX, syntax.kind());
        assertEquals(2, syntax.exitStatus());
        assertTrue(syntax.getMessage().endsWith("SyntaxError: '(' was never closed"), syntax.getMessage());

        CompileException lowering = assertThrows(CompileException.class,
                () -> Compiler.create().toC(SourceFile.of("u.py", "x = 1\nbreak\n")));
        assertEquals(CompileException.Kind.UNSUPPORTED, lowering.kind());
        assertEquals("u.py:2:1: error: unsupported: 'break' outside loop", lowering.getMessage());

        CompileException backend = assertThrows(CompileException.class,
                () -> Compiler.create().toC(SourceFile.of("i.py", "import os\n")));
        assertEquals(CompileException.Kind.UNSUPPORTED, backend.kind());
        assertTrue(backend.getMessage().matches("i\\.py:1:\\d+: error: unsupported: .*import.*"), backend.getMessage());

        CompileException io = assertThrows(CompileException.class, () -> Compiler.read(dir.resolve("none.py")));
        assertEquals(CompileException.Kind.IO, io.kind());
    }

    @Test
    void missingToolchainIsAUserErrorAndFailingClangAnInternalOne() {
        SourceFile src = SourceFile.of("t.py", "print(1)\n");
        RuntimeBuilder none = RuntimeBuilder.create().withCacheRoot(dir.resolve("rt"))
                .withToolchain(new Toolchain(null, null, null));
        CompileException missing = assertThrows(CompileException.class,
                () -> Compiler.create().withRuntimeBuilder(none).build(src, dir.resolve("t")));
        assertEquals(CompileException.Kind.TOOLCHAIN, missing.kind());
        assertEquals(2, missing.exitStatus());
        assertTrue(missing.getMessage().contains("apt-get install clang lld"), missing.getMessage());

        Path fail = Path.of("/bin/false");
        RuntimeBuilder broken = RuntimeBuilder.create().withCacheRoot(dir.resolve("rt"))
                .withToolchain(new Toolchain(fail, fail, null));
        CompileException internal = assertThrows(CompileException.class,
                () -> Compiler.create().withRuntimeBuilder(broken).build(src, dir.resolve("t")));
        assertEquals(CompileException.Kind.INTERNAL, internal.kind());
        assertEquals(70, internal.exitStatus());
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void cachedBuildIsReusedAndKeyedByTheGeneratedCode() throws CompileException, IOException {
        Compiler c = Compiler.create();
        Path cache = dir.resolve("bin");
        Path a = c.buildCached(SourceFile.of("p.py", "print(1)\n"), cache);
        long stamp = Files.getLastModifiedTime(a).toMillis();
        Path again = c.buildCached(SourceFile.of("p.py", "print(1)\n"), cache);
        assertEquals(a, again);
        assertEquals(stamp, Files.getLastModifiedTime(again).toMillis(), "rebuilt instead of reused");
        Path other = c.buildCached(SourceFile.of("p.py", "print(2)\n"), cache);
        Path debug = c.withOptLevel(Compiler.OptLevel.O0).buildCached(SourceFile.of("p.py", "print(1)\n"), cache);
        assertEquals(3, List.of(a, other, debug).stream().distinct().count());
        assertEquals("p", a.getFileName().toString());
        assertEquals("2\n", Processes.run(List.of(other.toString()), dir).out());
        try (var s = Files.list(a.getParent())) {
            assertEquals(List.of(a), s.toList(), "temporary files left in the cache");
        }
    }

    @Test
    void compileWritesEachEmitKind() throws CompileException, IOException {
        SourceFile src = SourceFile.of("w.py", "print('w')\n");
        Compiler c = Compiler.create();
        assertEquals(c.toC(src), Files.readString(c.compile(src, Compiler.Emit.C, dir.resolve("out/w.c"))));
        assertEquals(c.toIrText(src), Files.readString(c.compile(src, Compiler.Emit.IR, dir.resolve("w.mir"))));
        Path exe = c.compile(src, Compiler.Emit.EXECUTABLE, dir.resolve("w"));
        assertEquals("w\n", Processes.run(List.of(exe.toAbsolutePath().toString()), dir).out());
    }
}
