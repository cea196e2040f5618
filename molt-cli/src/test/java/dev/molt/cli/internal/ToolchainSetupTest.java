package dev.molt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.cli.Compiler;
import dev.molt.runtime.Toolchain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The toolchain check before native builds: install as root on Debian, else name the command (no real apt-get). */
class ToolchainSetupTest {
    static final Toolchain COMPLETE = new Toolchain(Path.of("/usr/bin/clang"), Path.of("/usr/bin/llvm-ar"), null);
    static final Toolchain NO_CLANG = new Toolchain(null, Path.of("/usr/bin/ar"), null);

    @Test
    void completeToolchainDoesNothing() {
        List<List<String>> ran = new ArrayList<>();
        StringWriter err = new StringWriter();
        assertTrue(new ToolchainSetup(true, true, true, () -> COMPLETE, c -> {
            ran.add(c);
            return 0;
        }).ensure(new PrintWriter(err)));
        assertEquals(List.of(), ran);
        assertEquals("", err.toString());
    }

    @Test
    void rootOnDebianInstallsClangAndLldAndSaysSo() {
        List<List<String>> ran = new ArrayList<>();
        AtomicInteger detections = new AtomicInteger();
        StringWriter err = new StringWriter();
        boolean ok = new ToolchainSetup(true, true, true,
                () -> detections.getAndIncrement() == 0 ? NO_CLANG : COMPLETE, c -> {
                    ran.add(c);
                    return 0;
                }).ensure(new PrintWriter(err));
        assertTrue(ok, err.toString());
        assertEquals(List.of(List.of("apt-get", "update"), List.of("apt-get", "install", "-y", "clang", "lld")), ran);
        assertTrue(err.toString().contains(
                "installing the toolchain with: apt-get update && apt-get install -y clang lld"), err.toString());
    }

    @Test
    void notRootPrintsTheExactCommandAndFails() {
        StringWriter err = new StringWriter();
        boolean ok = new ToolchainSetup(false, true, true, () -> NO_CLANG, c -> {
            throw new AssertionError("must not run " + c);
        }).ensure(new PrintWriter(err));
        assertFalse(ok);
        assertTrue(err.toString().contains("clang not found"), err.toString());
        assertTrue(err.toString().contains("sudo apt-get update && sudo apt-get install -y clang lld"), err.toString());
    }

    @Test
    void failedInstallFailsAndOptOutIsHonoured() {
        StringWriter err = new StringWriter();
        assertFalse(new ToolchainSetup(true, true, true, () -> NO_CLANG, c -> 100).ensure(new PrintWriter(err)));
        assertTrue(err.toString().contains("failed"), err.toString());
        StringWriter err2 = new StringWriter();
        assertFalse(new ToolchainSetup(true, true, false, () -> NO_CLANG, c -> {
            throw new AssertionError("must not run " + c);
        }).ensure(new PrintWriter(err2)));
        assertTrue(err2.toString().contains("apt-get update && apt-get install -y clang lld"), err2.toString());
    }

    @Test
    void wasmRunNeedsWasmLdWasiLibcAndNodeAndNamesTheirPackages() {
        StringWriter err = new StringWriter();
        boolean ok = new ToolchainSetup(false, true, true, () -> COMPLETE, c -> {
            throw new AssertionError("must not run " + c);
        }, name -> false).ensure(new PrintWriter(err), Compiler.Target.WASM, true);
        assertFalse(ok);
        String text = err.toString();
        assertTrue(text.contains("wasm-ld not found on PATH"), text);
        assertTrue(text.contains("wasi-libc sysroot not found"), text);
        assertTrue(text.contains("node not found on PATH"), text);
        assertTrue(text.contains("to build WebAssembly modules, run: sudo apt-get update && sudo apt-get install -y "
                + "lld wasi-libc nodejs"), text);
        // a native build with the same machine is fine: none of the three is needed
        assertTrue(new ToolchainSetup(false, true, true, () -> COMPLETE, c -> 1, name -> false)
                .ensure(new PrintWriter(new StringWriter()), Compiler.Target.NATIVE, true));
        // building (not running) wasm does not need node
        assertEquals(List.of("lld", "wasi-libc"), ToolchainSetup.packages(COMPLETE, true, false, name -> false));
    }

    @Test
    void packagesForWhatIsMissing() {
        assertEquals(List.of("clang", "lld", "llvm"), ToolchainSetup.packages(new Toolchain(null, null, null)));
        assertEquals(List.of("llvm"), ToolchainSetup.packages(new Toolchain(Path.of("/c"), null, null)));
    }

    @Test
    void defaultOutputsAreNamedAsGccNamesThem() {
        assertEquals("d/fib", BuildCommand.defaultOutput("d/fib.py", Compiler.Emit.EXECUTABLE));
        assertEquals("prog.out", BuildCommand.defaultOutput("prog", Compiler.Emit.EXECUTABLE));
        assertEquals("d/fib.c", BuildCommand.defaultOutput("d/fib.py", Compiler.Emit.C));
        assertEquals("fib.mir", BuildCommand.defaultOutput("fib.py", Compiler.Emit.IR));
    }
}
