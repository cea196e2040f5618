package dev.molt.backend.c;

import dev.molt.backend.c.internal.ModuleEmitter;
import dev.molt.backend.c.internal.PrunedTables;
import dev.molt.backend.c.internal.SupportCheck;
import dev.molt.ir.Module;
import dev.molt.ir.verify.VerificationException;
import dev.molt.ir.verify.Verifier;
import java.util.List;

/**
 * Molt IR to C (DESIGN §6): one readable C11 file per module that includes only {@code molt/molt.h} and links
 * against the runtime. The output is deterministic: the same IR gives byte-identical C (no timestamps or paths
 * beyond the {@code source} attributes the IR carries).
 *
 * <p>Input: a verified module ({@code dev.molt.ir.verify.Verifier}) whose program entry is {@code @__module__() -> obj}
 * (docs/ir.md §8). Ops carry their Python position in {@code loc = [line, col]} and functions their file in
 * {@code source}; these become {@code #line} directives and traceback entries. The C shape, the calling convention
 * and the reference-count contract are in docs/backend-c.md.
 *
 * <pre>{@code
 * String c = CBackend.emit(module);                                    // C text
 * Path exe = NativeLinker.create().link(module, Path.of("out/prog"));  // executable
 * }</pre>
 */
public final class CBackend {
    private CBackend() {}

    /**
     * Translates {@code module} to C, as the file {@code <module name>.c}.
     *
     * @param module a verified module with an {@code @__module__} function
     * @return the C source (UTF-8 text, {@code \n} line ends)
     * @throws UnsupportedOpException listing every op the backend cannot translate yet, with its source location;
     *     thrown before any C is generated
     * @throws VerificationException if the module is not valid IR (docs/ir.md §6)
     */
    public static String emit(Module module) {
        return emit(module, cFileName(module));
    }

    /**
     * As {@link #emit(Module)}, naming the C file {@code cFileName} in the directives that map generated lines back
     * to the C file.
     *
     * @param module a verified module
     * @param cFileName the file name the C text will be stored under (e.g. {@code "fib.c"})
     * @return the C source
     * @throws UnsupportedOpException as {@link #emit(Module)}
     * @throws VerificationException if the module is not valid IR
     */
    public static String emit(Module module, String cFileName) {
        Verifier.check(module);
        check(module);
        return ModuleEmitter.emit(module, cFileName);
    }

    /**
     * Checks that every op of {@code module} can be translated.
     *
     * @param module the module
     * @throws UnsupportedOpException listing every unsupported op
     */
    public static void check(Module module) {
        List<UnsupportedOpException.Problem> problems = SupportCheck.problems(module);
        if (!problems.isEmpty()) throw new UnsupportedOpException(problems);
    }

    /**
     * The C text defining the runtime's builtin and method tables pruned to the names {@code module} contains
     * ({@code dev.molt.runtime.RuntimeTables#pruned} over {@code dev.molt.passes.analysis.AttributeNames}): linked with the program, it lets the linker drop the
     * builtins and builtin-type methods the program cannot reach. {@link #emit} appends it to the module's C; the
     * WebAssembly linker compiles it as a translation unit of its own.
     *
     * @param module a lowered module
     * @return C text including {@code molt/builtin_defs.h} and {@code molt/method_defs.h}
     */
    public static String runtimeTables(Module module) {
        return PrunedTables.of(module);
    }

    /** {@code <module name>.c}, or {@code module.c} for an unnamed module; characters outside [A-Za-z0-9_.-] become '_'. */
    public static String cFileName(Module module) {
        String n = module.name().isEmpty() ? "module" : module.name().replaceAll("[^A-Za-z0-9_.-]", "_");
        return n + ".c";
    }
}
