package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeBuilderTest {
    @Test
    void buildsHostLibraryOnceAndReusesTheCache(@TempDir Path cache) throws IOException {
        RuntimeHarness.assumeClang();
        RuntimeBuilder b = RuntimeBuilder.create().withCacheRoot(cache);
        BuiltRuntime rt = b.build(Target.HOST);
        assertTrue(Files.size(rt.library()) > 10_000, "libmolt.a looks empty");
        assertTrue(Files.isRegularFile(rt.includeDir().resolve("molt/molt.h")));
        assertEquals(cache.resolve(rt.key().substring(0, 16)).resolve("host").resolve("libmolt.a"), rt.library());
        FileTime first = Files.getLastModifiedTime(rt.library());
        BuiltRuntime again = b.build(Target.HOST);
        assertEquals(rt, again);
        assertEquals(first, Files.getLastModifiedTime(again.library()), "a cached build must not be redone");

        // another configuration gets its own key and directory; the first stays valid
        BuiltRuntime dbg = b.withExtraFlags(List.of("-g")).build(Target.HOST);
        assertNotEquals(rt.key(), dbg.key());
        assertNotEquals(rt.library(), dbg.library());
        assertEquals(first, Files.getLastModifiedTime(rt.library()));
    }

    @Test
    void concurrentBuildersAgreeAndBuildsAreReproducible(@TempDir Path cache, @TempDir Path other) throws Exception {
        RuntimeHarness.assumeClang();
        RuntimeBuilder b = RuntimeBuilder.create().withCacheRoot(cache);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var f1 = pool.submit(() -> b.build(Target.HOST));
            var f2 = pool.submit(() -> b.build(Target.HOST));
            BuiltRuntime r1 = f1.get(), r2 = f2.get();
            assertEquals(r1, r2);
            assertTrue(Files.size(r1.library()) > 10_000);
            // another cache root (so another source path): byte-identical library (-ffile-prefix-map, rcsD)
            BuiltRuntime elsewhere = b.withCacheRoot(other).build(Target.HOST);
            assertEquals(-1L, Files.mismatch(r1.library(), elsewhere.library()), "the build is not reproducible");
        } finally {
            pool.shutdownNow();
        }
        try (var s = Files.list(cache.resolve(b.buildKey(Target.HOST).substring(0, 16)))) {
            assertEquals(List.of("host", "src"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "temporary build directories must be cleaned up");
        }
    }

    @Test
    void hostLibraryLinksIntoAProgramThatPrints(@TempDir Path cache) {
        RuntimeHarness.assumeClang();
        BuiltRuntime rt = RuntimeBuilder.create().withCacheRoot(cache).build(Target.HOST);
        Path c = cache.resolve("hello.c");
        Path exe = cache.resolve("hello");
        try {
            Files.writeString(c, """
                    #include "molt/molt.h"
                    int main(void) {
                        molt_runtime_init();
                        MoltValue a = molt_int_from_i64(INT64_MAX);
                        MoltValue b = molt_mul(a, a);
                        MoltValue args[2] = {b, molt_from_double(0.1)};
                        molt_print(args, 2, MOLT_NONE, MOLT_NONE);
                        molt_decref(a);
                        molt_decref(b);
                        molt_err_set(&MoltExc_ValueError, "bad");
                        molt_err_print();
                        molt_exit(molt_live_objects() == 0 ? 0 : 3);
                    }
                    """);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var cc = ProcessRunner.run(List.of(b().clang().toString(), "-std=c11", "-I" + rt.includeDir(), c.toString(),
                rt.library().toString(), "-lm", "-Wl,--gc-sections", "-o", exe.toString()), cache, Map.of(), "", 300);
        assertEquals(0, cc.exitCode(), cc.stderr());
        var run = ProcessRunner.run(List.of(exe.toString()), cache, Map.of(), "", 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("85070591730234615847396907784232501249 0.1\n", run.stdout());
        assertEquals("ValueError: bad\n", run.stderr());
    }

    @Test
    void buildsForWasm32Wasi(@TempDir Path cache) {
        Toolchain tc = Toolchain.detect();
        Assumptions.assumeTrue(tc.problems(Target.WASM32_WASI).isEmpty(),
                () -> "SKIPPED: " + tc.problems(Target.WASM32_WASI));
        BuiltRuntime rt = RuntimeBuilder.create().withCacheRoot(cache).build(Target.WASM32_WASI);
        assertTrue(Files.isRegularFile(rt.library()));
        assertEquals("wasm32-wasi", rt.library().getParent().getFileName().toString());
    }

    @Test
    void missingToolsAreNamedWithTheirInstallCommand(@TempDir Path cache) {
        Toolchain none = new Toolchain(null, null, null);
        List<String> p = none.problems(Target.WASM32_WASI);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).contains("clang") && p.get(0).contains("apt-get install clang"), p.get(0));
        assertTrue(p.get(1).contains("llvm-ar") && p.get(1).contains("apt-get install llvm"), p.get(1));
        assertTrue(p.get(2).contains("wasi-libc") && p.get(2).contains("apt-get install wasi-libc"), p.get(2));
        RuntimeBuildException e = assertThrows(RuntimeBuildException.class,
                () -> RuntimeBuilder.create().withToolchain(none).withCacheRoot(cache).build(Target.HOST));
        assertTrue(e.getMessage().contains("apt-get install clang"), e.getMessage());
    }

    @Test
    void clangErrorsAreReportedWithTheirOutput(@TempDir Path tmp) throws IOException {
        RuntimeHarness.assumeClang();
        RuntimeSources tree = RuntimeSources.fromDirectory(RuntimeHarness.C_DIR);
        Path broken = tmp.resolve("src");
        tree.writeTo(broken);
        Files.copy(RuntimeHarness.C_DIR.resolve("sources.list"), broken.resolve("sources.list"));
        Files.writeString(broken.resolve("print.c"), "this is not C;\n");
        RuntimeBuilder b = RuntimeBuilder.create().withSources(RuntimeSources.fromDirectory(broken))
                .withCacheRoot(tmp.resolve("cache"));
        RuntimeBuildException e = assertThrows(RuntimeBuildException.class, () -> b.build(Target.HOST));
        assertTrue(e.getMessage().contains("print.c"), e.getMessage());
    }

    @Test
    void targetsHaveStableIds() {
        assertEquals(Target.WASM32_WASI, Target.byId("wasm32-wasi"));
        assertEquals("wasm32-wasi", Target.WASM32_WASI.triple().orElseThrow());
        assertTrue(Target.HOST.triple().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Target.byId("z80"));
    }

    private static Toolchain b() {
        return Toolchain.detect();
    }
}
