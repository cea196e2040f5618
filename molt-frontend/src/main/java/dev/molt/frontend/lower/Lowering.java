package dev.molt.frontend.lower;

import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.internal.lower.LoweringOps;
import dev.molt.frontend.internal.lower.ModuleLowerer;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.OpRegistry;

/**
 * Lowers a Python 3.12 module (its AST and scopes) to Molt IR at the {@code py.*} level (DESIGN §2–§3,
 * docs/ir.md §8, docs/lowering.md).
 *
 * <pre>{@code
 * SourceFile src = SourceFile.read(path);
 * var ast = PythonParser.parse(src);
 * dev.molt.ir.Module ir = Lowering.lower(ast, SymbolTable.build(ast, src), src);
 * }</pre>
 *
 * <p>The result: module code is the function {@code @__module__}; every class body, function, lambda and
 * comprehension is a function named after its qualified name ({@code <locals>} and angle brackets dropped, a
 * {@code $N} suffix when a name repeats). Functions carry the attributes {@code source}, {@code qualname},
 * {@code firstlineno}, {@code kind} ({@code module | class | plain | generator | coroutine | async_generator}),
 * {@code freevars}, {@code argnames} and the argument shape; may-raise ops carry {@code loc = [line, col]} (CPython's
 * 1-based line and 0-based UTF-8 byte column). {@code @__module__} carries {@code imports}, the static module graph.
 * The IR uses a few ops of the lowering's own ({@link #opRegistry()}); parse its text with that registry.
 */
public final class Lowering {
    private Lowering() {}

    /**
     * Lowers a module, failing on anything unsupported.
     *
     * @param module the parsed module
     * @param table its scope tree, from {@link SymbolTable#build(Module, SourceFile)}
     * @param source the source the module was parsed from (name for diagnostics and {@code source} attributes)
     * @return the IR module, named after the file's stem
     * @throws LoweringException listing every unsupported construct, as {@code FILE:LINE:COL: error: unsupported: WHAT}
     */
    public static dev.molt.ir.Module lower(Module module, SymbolTable table, SourceFile source) {
        LoweringResult r = lowerCollecting(module, table, source);
        if (!r.diagnostics().isEmpty()) throw new LoweringException(r.diagnostics());
        return r.module();
    }

    /**
     * Lowers a module, collecting diagnostics instead of throwing (for coverage statistics and tools that want
     * everything that lowers).
     *
     * @param module the parsed module
     * @param table its scope tree
     * @param source the source
     * @return the IR, the diagnostics, the import graph and code-object counts
     */
    public static LoweringResult lowerCollecting(Module module, SymbolTable table, SourceFile source) {
        return ModuleLowerer.lower(module, table, source, moduleName(source.name()));
    }

    /** The op registry the lowering's IR uses: molt-ir's standard ops plus {@code py.builtin}, {@code py.delete_name} and {@code py.reraise}. */
    public static OpRegistry opRegistry() {
        return LoweringOps.registry();
    }

    private static String moduleName(String file) {
        String n = file.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.endsWith(".py")) n = n.substring(0, n.length() - 3);
        StringBuilder sb = new StringBuilder();
        for (char c : n.toCharArray()) sb.append(Character.isLetterOrDigit(c) || c == '_' || c == '.' ? c : '_');
        return sb.length() == 0 ? "_" : sb.toString();
    }
}
