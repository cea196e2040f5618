package dev.molt.backend.c;

import dev.molt.backend.c.internal.Processes;
import dev.molt.ir.Module;
import dev.molt.runtime.BuiltRuntime;
import dev.molt.runtime.RuntimeBuildException;
import dev.molt.runtime.RuntimeBuilder;
import dev.molt.runtime.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles generated C with clang and links it statically against the cached runtime ({@code libmolt.a}, built on
 * demand by {@link RuntimeBuilder}) into a native executable for the host.
 *
 * <p>Command: {@code clang -std=c11 -O2 -fno-asynchronous-unwind-tables -fno-pie -ffunction-sections -fdata-sections
 * -fno-ident -ffile-prefix-map=... -I<runtime include> -o prog prog.c libmolt.a -lm -Wl,--gc-sections -no-pie
 * -Wl,-z,noseparate-code -s} ({@code -O0 -g}, position-independent, with unwind tables and not stripped with
 * {@link OptLevel#DEBUG}). clang runs in a private temporary directory with relative file names, and the runtime's
 * include directory is mapped to {@code molt-runtime/include}, so the executable holds no path of this machine: the
 * same C gives a byte-identical executable.
 *
 * <p>Instances are immutable; {@code with*} return modified copies.
 */
public final class NativeLinker {
    /**
     * Compile flags of optimized builds that only make the executable smaller: no unwind tables (C needs none; the
     * runtime is built without them too) and a position-dependent executable (no dynamic relocations for the
     * pointers in the runtime's static type and method tables). docs/backend-c.md, "Size".
     */
    private static final List<String> SIZE_FLAGS = List.of("-fno-asynchronous-unwind-tables", "-fno-pie");
    /** Link flags of optimized builds: no PIE, and no page padding between the code and data segments. */
    private static final List<String> SIZE_LINK_FLAGS = List.of("-no-pie", "-Wl,-z,noseparate-code");

    private final RuntimeBuilder runtime;
    private final OptLevel opt;
    private final long timeoutSeconds;
    private final List<String> extraFlags;

    private NativeLinker(RuntimeBuilder runtime, OptLevel opt, long timeoutSeconds, List<String> extraFlags) {
        this.runtime = runtime;
        this.opt = opt;
        this.timeoutSeconds = timeoutSeconds;
        this.extraFlags = List.copyOf(extraFlags);
    }

    /** A linker using {@link RuntimeBuilder#create()} (detected clang, default cache) and {@link OptLevel#O2}. */
    public static NativeLinker create() {
        return new NativeLinker(RuntimeBuilder.create(), OptLevel.O2, 300, List.of());
    }

    /** A copy compiling at {@code level}. */
    public NativeLinker withOptLevel(OptLevel level) {
        return new NativeLinker(runtime, level, timeoutSeconds, extraFlags);
    }

    /** A copy using {@code builder} for the runtime (cache root, toolchain, sources). */
    public NativeLinker withRuntimeBuilder(RuntimeBuilder builder) {
        return new NativeLinker(builder, opt, timeoutSeconds, extraFlags);
    }

    /**
     * A copy that passes {@code flags} to clang after its own (e.g. {@code -fsanitize=address}, or
     * {@code -DMOLT_CG_LEAK_CHECK}, which makes the program report objects still alive at a normal exit).
     */
    public NativeLinker withExtraFlags(List<String> flags) {
        return new NativeLinker(runtime, opt, timeoutSeconds, flags);
    }

    /** The optimization level. */
    public OptLevel optLevel() {
        return opt;
    }

    /**
     * Translates {@code module} ({@link CBackend#emit(Module)}) and builds an executable from it.
     *
     * @param module a verified module with {@code @__module__}
     * @param output where to write the executable (parent directories are created; an existing file is replaced)
     * @return {@code output}
     * @throws UnsupportedOpException if the module holds ops the backend cannot translate (before clang runs)
     * @throws dev.molt.ir.verify.VerificationException if the module is not valid IR
     * @throws CBackendException if clang fails (an internal error: the message holds clang's output)
     * @throws RuntimeBuildException if clang or llvm-ar is missing, or the runtime does not build
     */
    public Path link(Module module, Path output) {
        String name = CBackend.cFileName(module);
        return compile(CBackend.emit(module, name), name, output);
    }

    /**
     * Compiles C source (as produced by {@link CBackend#emit}) into an executable.
     *
     * @param cSource the C text
     * @param cFileName the file name it is compiled under (must match what {@link CBackend#emit(Module, String)} got)
     * @param output where to write the executable
     * @return {@code output}
     * @throws CBackendException if clang fails or times out; the message holds the command and its output
     * @throws RuntimeBuildException if the toolchain is missing or the runtime does not build
     */
    public Path compile(String cSource, String cFileName, Path output) {
        BuiltRuntime rt = runtime.build(Target.HOST);
        Path work = null;
        try {
            work = Files.createTempDirectory("molt-cc-");
            Files.writeString(work.resolve(cFileName), cSource, StandardCharsets.UTF_8);
            List<String> cmd = command(rt, work, cFileName, "prog");
            Processes.Result r = Processes.run(cmd, work, timeoutSeconds);
            if (r.exitCode() != 0) {
                throw new CBackendException("internal error: clang failed on the generated C (exit " + r.exitCode()
                        + ")\ncommand: " + String.join(" ", cmd) + "\n" + r.stdout() + r.stderr());
            }
            Path abs = output.toAbsolutePath();
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            Files.move(work.resolve("prog"), abs, StandardCopyOption.REPLACE_EXISTING);
            return output;
        } catch (IOException e) {
            throw new CBackendException("internal error: cannot write the C file or executable: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CBackendException("internal error: cannot run clang: " + e.getMessage(), e);
        } finally {
            if (work != null) deleteTree(work);
        }
    }

    /** The clang command for {@code cFile} -> {@code exe}, run in {@code work}, the file's directory. */
    List<String> command(BuiltRuntime rt, Path work, String cFile, String exe) {
        List<String> cmd = new ArrayList<>();
        cmd.add(runtime.toolchain().clang().toString());
        cmd.addAll(runtime.targetFlags(Target.HOST));
        cmd.add("-std=c11");
        cmd.addAll(opt.flags());
        if (opt != OptLevel.DEBUG) cmd.addAll(SIZE_FLAGS);
        cmd.addAll(List.of("-ffunction-sections", "-fdata-sections", "-fno-ident",
                "-ffile-prefix-map=" + rt.includeDir() + "=molt-runtime/include", "-ffile-prefix-map=" + work + "=.",
                "-I" + rt.includeDir()));
        cmd.addAll(extraFlags);
        cmd.addAll(List.of("-o", exe, cFile));
        cmd.addAll(rt.linkArguments());
        cmd.add("-Wl,--gc-sections");
        if (opt != OptLevel.DEBUG) cmd.addAll(SIZE_LINK_FLAGS);
        if (opt != OptLevel.DEBUG) cmd.add("-s");
        return cmd;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
