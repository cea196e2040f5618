package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The wasm32-wasi runtime's own malloc (wasm_alloc.c): a random malloc/calloc/realloc/free workload
 * (src/test/c/alloc_stress.c) linked against the wasm libmolt.a, as programs are, checks every block's bytes,
 * alignment and calloc's zeroing under node:wasi. The test also checks that the link really took the runtime's
 * allocator (no dlmalloc in the name section), so it cannot pass on the C library's malloc.
 */
class WasmAllocTest {
    @Test
    void randomWorkloadKeepsEveryBlockIntact() throws IOException {
        List<String> problems = RuntimeHarness.TOOLCHAIN.problems(Target.WASM32_WASI);
        Assumptions.assumeTrue(problems.isEmpty(), () -> "SKIPPED: " + String.join("; ", problems));
        Assumptions.assumeTrue(RuntimeHarness.ProcessRunnerCheck.hasNode(), "SKIPPED: node is not installed");
        RuntimeBuilder b = RuntimeHarness.builder();
        BuiltRuntime rt = b.build(Target.WASM32_WASI);
        Path dir = RuntimeHarness.workDir();
        Path exe = dir.resolve("alloc_stress.wasm");
        List<String> cmd = new ArrayList<>();
        cmd.add(RuntimeHarness.TOOLCHAIN.clang().toString());
        cmd.addAll(b.targetFlags(Target.WASM32_WASI));
        cmd.addAll(List.of("-std=c11", "-O1", "-g0",
                RuntimeHarness.MODULE_DIR.resolve("src/test/c/alloc_stress.c").toString()));
        cmd.addAll(rt.linkArguments());
        cmd.addAll(List.of("-o", exe.toString()));
        var link = ProcessRunner.run(cmd, dir, Map.of(), "", 600);
        assertEquals(0, link.exitCode(), () -> "clang failed:\n" + link.stderr());
        String names = new String(Files.readAllBytes(exe), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!names.contains("dlmalloc") && names.contains("malloc"),
                "alloc_stress.wasm must use wasm_alloc.c's malloc, not wasi-libc's dlmalloc");

        Path script = dir.resolve("run-alloc.mjs");
        Files.writeString(script, """
                import { readFile } from 'node:fs/promises';
                import { WASI } from 'node:wasi';
                const wasi = new WASI({ version: 'preview1', args: process.argv.slice(2), env: {},
                                        returnOnExit: true });
                const mod = await WebAssembly.compile(await readFile(process.argv[2]));
                const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
                process.exitCode = wasi.start(inst);
                """);
        for (String seed : List.of("1", "7", "12345")) {
            var r = ProcessRunner.run(List.of("node", "--no-warnings", script.toString(), exe.toString(), seed,
                    "40000"), dir, Map.of(), "", 600);
            assertEquals("ok 40000", r.stdout().strip(), () -> "seed " + seed + ": " + r.stdout() + r.stderr());
            assertEquals(0, r.exitCode());
        }
    }
}
