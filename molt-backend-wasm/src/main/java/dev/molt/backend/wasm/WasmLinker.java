package dev.molt.backend.wasm;

import dev.molt.backend.c.CBackend;
import dev.molt.ir.Module;
import dev.molt.runtime.BuiltRuntime;
import dev.molt.runtime.RuntimeBuildException;
import dev.molt.runtime.RuntimeBuilder;
import dev.molt.runtime.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Links the object of {@link WasmBackend} with the runtime built for wasm32-wasi ({@code libmolt.a}, cached by
 * {@link RuntimeBuilder}) and wasi-libc into one self-contained WASI preview 1 command module.
 *
 * <p>The runtime tables pruned for the program ({@link CBackend#runtimeTables}) are compiled first:
 * {@code clang --target=wasm32-wasi --sysroot=SYSROOT -std=c11 -O2 -c tables.c -o tables.o}. Then the link (clang is
 * only the driver of {@code wasm-ld}): {@code clang --target=wasm32-wasi --sysroot=SYSROOT -o prog.wasm prog.o
 * tables.o libmolt.a -nodefaultlibs -lc -lm -Wl,--gc-sections -Wl,--fatal-warnings}
 * {@code -Wl,-z,stack-size=8388608} ({@link #STACK_SIZE}) plus {@code -Wl,--strip-all} unless {@link #withDebug debug}
 * (no name section or debug sections, as native executables are stripped; a debug link keeps both). {@code --fatal-warnings} turns a function
 * signature mismatch between the object's imports and the runtime into an error instead of a trapping stub.
 * It runs in a private temporary directory with relative names, so the output holds no path of this machine.
 * Instances are immutable.
 */
public final class WasmLinker {
    /**
     * The C shadow stack ({@code __stack_pointer}) in bytes: 8 MiB, the usual native main-thread stack, so that
     * Python's recursion limit (1000 frames) is reached before the stack runs out (wasm-ld's default is 64 KiB).
     */
    public static final int STACK_SIZE = 8 << 20;

    private final RuntimeBuilder runtime;
    private final boolean debug;

    private WasmLinker(RuntimeBuilder runtime, boolean debug) {
        this.runtime = runtime;
        this.debug = debug;
    }

    /** A linker using {@link RuntimeBuilder#create()}, stripping the name and debug sections. */
    public static WasmLinker create() {
        return new WasmLinker(RuntimeBuilder.create(), false);
    }

    /** A copy building the runtime with {@code builder}. */
    public WasmLinker withRuntimeBuilder(RuntimeBuilder builder) {
        return new WasmLinker(builder, debug);
    }

    /** A copy that keeps debug sections ({@code -O0}) when {@code on}. */
    public WasmLinker withDebug(boolean on) {
        return new WasmLinker(runtime, on);
    }

    /**
     * Translates {@code module} ({@link WasmBackend#emitObject}) and links it.
     *
     * @param module a verified module with {@code @__module__}
     * @param output the {@code .wasm} to write (parent directories are created, an existing file replaced)
     * @return {@code output}
     * @throws dev.molt.backend.c.UnsupportedOpException if the module holds ops the backend cannot translate
     * @throws WasmLinkException if wasm-ld fails (an internal error; the message holds its output)
     * @throws RuntimeBuildException if clang, the sysroot or the archiver is missing, or the runtime does not build
     */
    public Path link(Module module, Path output) {
        return linkObject(WasmBackend.emitObject(module), CBackend.runtimeTables(module), output);
    }

    /**
     * Links a relocatable object (as made by {@link WasmBackend#emitObject}) with the runtime.
     *
     * @param object the object's bytes
     * @param output the {@code .wasm} to write
     * @return {@code output}
     * @throws WasmLinkException if wasm-ld fails or cannot be run
     * @throws RuntimeBuildException if the toolchain is missing or the runtime does not build
     */
    public Path linkObject(byte[] object, Path output) {
        return linkObject(object, null, output);
    }

    /**
     * Links a relocatable object with the runtime and with the runtime tables pruned for its module
     * ({@link CBackend#runtimeTables}), which clang compiles for wasm32-wasi first; the linker then drops the
     * builtins and methods the program cannot name.
     *
     * @param object the object's bytes
     * @param runtimeTables the C text of {@link CBackend#runtimeTables} for the object's module, or {@code null} to
     *     keep the runtime's full tables
     * @param output the {@code .wasm} to write
     * @return {@code output}
     * @throws WasmLinkException if clang or wasm-ld fails or cannot be run
     * @throws RuntimeBuildException if the toolchain is missing or the runtime does not build
     */
    public Path linkObject(byte[] object, String runtimeTables, Path output) {
        BuiltRuntime rt = runtime.build(Target.WASM32_WASI);
        Path work = null;
        try {
            work = Files.createTempDirectory("molt-wasm-ld-");
            Files.write(work.resolve("prog.o"), object);
            List<String> objects = new ArrayList<>(List.of("prog.o"));
            if (runtimeTables != null) {
                Files.writeString(work.resolve("tables.c"), runtimeTables, java.nio.charset.StandardCharsets.UTF_8);
                List<String> cc = new ArrayList<>();
                cc.add(runtime.toolchain().clang().toString());
                cc.addAll(runtime.targetFlags(Target.WASM32_WASI));
                cc.addAll(List.of("-std=c11", "-O2", "-ffunction-sections", "-fdata-sections", "-fno-ident",
                        "-I" + rt.includeDir(), "-c", "tables.c", "-o", "tables.o"));
                run(cc, work, "compiling the runtime tables");
                objects.add("tables.o");
            }
            List<String> cmd = command(rt, objects);
            run(cmd, work, "linking the WebAssembly object");
            Path abs = output.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Files.move(work.resolve("prog.wasm"), abs, StandardCopyOption.REPLACE_EXISTING);
            return output;
        } catch (IOException e) {
            throw new WasmLinkException("internal error: cannot run the WebAssembly linker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WasmLinkException("internal error: interrupted while linking", e);
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    /** Runs {@code cmd} in {@code work}; a failure or a time-out is a {@link WasmLinkException} naming {@code what}. */
    private static void run(List<String> cmd, Path work, String what) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new WasmLinkException("internal error: " + what + " timed out\ncommand: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            throw new WasmLinkException("internal error: " + what + " failed (exit " + p.exitValue()
                    + ")\ncommand: " + String.join(" ", cmd) + "\n" + out);
        }
    }

    /** The link command, run in the directory holding {@code prog.o}. */
    List<String> command(BuiltRuntime rt) {
        return command(rt, List.of("prog.o"));
    }

    /** The link command for {@code objects} (in the working directory). */
    List<String> command(BuiltRuntime rt, List<String> objects) {
        List<String> cmd = new ArrayList<>();
        cmd.add(runtime.toolchain().clang().toString());
        cmd.addAll(runtime.targetFlags(Target.WASM32_WASI));
        cmd.addAll(List.of("-o", "prog.wasm"));
        cmd.addAll(objects);
        cmd.addAll(rt.linkArguments());
        cmd.add("-Wl,--gc-sections");
        cmd.add("-Wl,--fatal-warnings");
        cmd.add("-Wl,-z,stack-size=" + STACK_SIZE);
        if (!debug) {
            cmd.add("-Wl,--strip-all");
        }
        return cmd;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
