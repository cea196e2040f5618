package dev.molt.frontend.scope;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scope tree of one module, built as CPython 3.12's {@code Python/symtable.c} builds it: a first pass
 * collects facts per block, a second decides each name's {@link SymbolScope}. By default it answers as CPython
 * 3.11's {@code symtable} module where 3.11 and 3.12 differ ({@link SymtableDialect}); see the package
 * documentation.
 *
 * <p>Typical use by a lowering:
 * <pre>{@code
 * SymbolTable table = SymbolTable.build(module, source);
 * Scope fn = table.scopeOf(functionDef);          // the FUNCTION scope of that def
 * fn.cells(); fn.frees(); fn.lookup("x").scope();
 * }</pre>
 */
public final class SymbolTable {
    private final Scope top;
    private final Map<Node, Scope> blocks;
    private final Map<Node, Scope> typeParamBlocks;

    SymbolTable(Scope top, Map<Node, Scope> blocks, Map<Node, Scope> typeParamBlocks) {
        this.top = top;
        this.blocks = Collections.unmodifiableMap(blocks);
        this.typeParamBlocks = Collections.unmodifiableMap(typeParamBlocks);
    }

    /**
     * Analyses a module, with diagnostics that carry the offending source line.
     *
     * @param module the module's AST (as {@code ast.parse} gives it)
     * @param source the source it was parsed from (read as UTF-8 to quote lines and to turn byte columns into
     *     code-point offsets); its name is the file name diagnostics show
     * @return the scope tree
     * @throws PySyntaxError for the errors CPython's symtable raises (for example
     *     {@code "no binding for nonlocal 'x' found"}), at CPython's position
     */
    public static SymbolTable build(Module module, SourceFile source) {
        return build(module, source, SymtableDialect.CPYTHON_3_11);
    }

    /**
     * As {@link #build(Module, SourceFile)}, answering as the given CPython version's {@code symtable} does.
     *
     * @param module the module's AST
     * @param source the source it was parsed from
     * @param dialect which CPython to follow where 3.11 and 3.12 differ
     * @return the scope tree
     * @throws PySyntaxError for the errors CPython's symtable raises
     */
    public static SymbolTable build(Module module, SourceFile source, SymtableDialect dialect) {
        Objects.requireNonNull(source, "source");
        return build(module, new Diagnostics(source.name(), source), dialect);
    }

    /**
     * Analyses a module as {@code symtable.symtable(source, filename, "exec")} does.
     *
     * @param module the module's AST
     * @param filename the file name diagnostics show
     * @return the scope tree
     * @throws PySyntaxError for the errors CPython's symtable raises; without the source, its {@code text} is
     *     {@code null} and offsets are UTF-8 byte columns + 1, as CPython itself reports them
     */
    public static SymbolTable build(Module module, String filename) {
        return build(module, filename, SymtableDialect.CPYTHON_3_11);
    }

    /**
     * As {@link #build(Module, String)}, answering as the given CPython version's {@code symtable} does.
     *
     * @param module the module's AST
     * @param filename the file name diagnostics show
     * @param dialect which CPython to follow where 3.11 and 3.12 differ
     * @return the scope tree
     * @throws PySyntaxError for the errors CPython's symtable raises
     */
    public static SymbolTable build(Module module, String filename, SymtableDialect dialect) {
        return build(module, new Diagnostics(Objects.requireNonNull(filename, "filename"), null), dialect);
    }

    private static SymbolTable build(Module module, Diagnostics diagnostics, SymtableDialect dialect) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(dialect, "dialect");
        Map<Node, Scope> blocks = new IdentityHashMap<>();
        Map<Node, Scope> typeParamBlocks = new IdentityHashMap<>();
        Collector collector = new Collector(diagnostics, dialect, FutureFeatures.annotations(module, diagnostics, dialect),
                blocks, typeParamBlocks);
        Scope top = collector.collect(module);
        new Analyzer(diagnostics, dialect).analyze(top);
        for (Scope s : collector.allScopes()) {
            s.freeze();
        }
        return new SymbolTable(top, blocks, typeParamBlocks);
    }

    /** The module scope, named {@code "top"}. */
    public Scope top() {
        return top;
    }

    /**
     * The scope a node opens: for a {@code FunctionDef}, {@code AsyncFunctionDef}, {@code ClassDef}, {@code Lambda},
     * {@code ListComp}, {@code SetComp}, {@code DictComp}, {@code GeneratorExp} its body scope; for a
     * {@code TypeAlias} its {@link ScopeType#TYPE_ALIAS} scope; for a {@code TypeVar} with a bound its
     * {@link ScopeType#TYPE_VARIABLE_BOUND} scope; for the {@code Module} the top scope.
     *
     * @param node a node of the analysed module (compared by identity)
     * @return the scope, or {@code null} if the node opens none
     */
    public Scope scopeOf(Node node) {
        return blocks.get(node);
    }

    /**
     * The hidden {@link ScopeType#TYPE_PARAMETERS} scope of a generic {@code def}, {@code class} or {@code type}.
     *
     * @param node the {@code FunctionDef}, {@code AsyncFunctionDef}, {@code ClassDef} or {@code TypeAlias}
     * @return the scope, or {@code null} if the node has no type parameters
     */
    public Scope typeParametersScopeOf(Node node) {
        return typeParamBlocks.get(node);
    }
}
