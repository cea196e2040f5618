package dev.molt.frontend.scope;

import dev.molt.frontend.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One block of the scope tree: CPython's {@code PySTEntryObject} as the {@code symtable} module shows it
 * ({@code symtable.SymbolTable}, {@code symtable.Function}, {@code symtable.Class}). A scope is read-only once
 * {@link SymbolTable#build} has returned.
 *
 * <p>Children are in CPython's order (the order the first pass enters them); symbols are in the order the first
 * pass first saw each name, then (3.12 dialect) names merged from inlined comprehensions, then the free names the
 * second pass adds for closures that only pass through (CPython adds those in set-iteration order, which varies
 * run to run; here they come in the order the children reported them).
 */
public final class Scope {
    /** The kind of comprehension a {@link ScopeType#FUNCTION} scope implements, CPython's {@code _Py_comprehension_ty}. */
    public enum ComprehensionKind {
        /** Not a comprehension. */
        NONE,
        /** {@code [x for x in y]}, scope name {@code listcomp}. */
        LIST,
        /** {@code {x for x in y}}, scope name {@code setcomp}. */
        SET,
        /** {@code {k: v for k in y}}, scope name {@code dictcomp}. */
        DICT,
        /** {@code (x for x in y)}, scope name {@code genexpr}. */
        GENERATOR
    }

    // ---- identity (set at creation) ----
    final ScopeType type;
    final String name;
    final Node node;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    /** Mutable only for the splice that moves an inlined comprehension's children up (3.12 dialect). */
    Scope parent;

    // ---- first-pass facts (package-private: written by Collector and Analyzer) ----
    /** Raw flags in first-seen order; the second pass may append FREE names. */
    final LinkedHashMap<String, Integer> flagsByName = new LinkedHashMap<>();
    final Map<String, SymbolScope> scopeByName = new HashMap<>();
    final List<Scope> childList = new ArrayList<>();
    final List<String> varnames = new ArrayList<>();
    /** {@code global}/{@code nonlocal} directives: mangled name and location, in source order. */
    final List<Directive> directives = new ArrayList<>();
    boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    boolean returnsValue;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean canSeeClassScope;
    boolean compIterTarget;
    /** A comprehension that 3.12's analysis merged into its parent (PEP 709). */
    boolean compInlined;
    int compIterExpr;
    ComprehensionKind comprehension = ComprehensionKind.NONE;

    // ---- results (set by freeze) ----
    private List<Symbol> symbols = List.of();
    private Map<String, Symbol> symbolsByName = Map.of();

    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

    Scope(ScopeType type, String name, Node node, Scope parent, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** Builds the {@link Symbol} views once analysis is complete. */
    void freeze() {
        List<Symbol> list = new ArrayList<>(flagsByName.size());
        Map<String, Symbol> map = new LinkedHashMap<>();
        boolean moduleScope = name.equals("top");
        for (Map.Entry<String, Integer> e : flagsByName.entrySet()) {
            String n = e.getKey();
            List<Scope> ns = new ArrayList<>();
            for (Scope c : childList) {
                if (c.name.equals(n)) {
                    ns.add(c);
                }
            }
            Symbol s = new Symbol(n, e.getValue(), scopeByName.get(n), ns, moduleScope);
            list.add(s);
            map.put(n, s);
        }
        symbols = Collections.unmodifiableList(list);
        symbolsByName = Collections.unmodifiableMap(map);
    }

    boolean isFunctionLike() {
        return type.isFunctionLike();
    }

    /** The kind of block. */
    public ScopeType type() {
        return type;
    }

    /**
     * The name: {@code "top"} for the module, the class, function or alias name, the type variable name for a
     * bound, or {@code lambda}, {@code listcomp}, {@code setcomp}, {@code dictcomp}, {@code genexpr}.
     */
    public String name() {
        return name;
    }

    /**
     * The AST node that opened the block: the {@code Module}, the {@code FunctionDef}/{@code AsyncFunctionDef}/
     * {@code ClassDef}/{@code TypeAlias} (also for its {@link ScopeType#TYPE_PARAMETERS} scope), the
     * {@code Lambda} or comprehension expression, or the {@code TypeVar} of a bound.
     */
    public Node node() {
        return node;
    }

    /** 1-based first line of the opening node ({@code 0} for the module), as {@code get_lineno()}. */
    public int lineno() {
        return lineno;
    }

    /** 0-based UTF-8 byte column of the opening node. */
    public int colOffset() {
        return colOffset;
    }

    /** 1-based last line of the opening node. */
    public int endLineno() {
        return endLineno;
    }

    /** 0-based UTF-8 byte end column (exclusive) of the opening node. */
    public int endColOffset() {
        return endColOffset;
    }

    /**
     * The scope whose {@link #children()} list this one (for a child of an inlined comprehension, the scope it moved
     * up to), or {@code null} for the module.
     */
    public Scope parent() {
        return parent;
    }

    /** Nested scopes in CPython's order ({@code get_children()}). */
    public List<Scope> children() {
        return Collections.unmodifiableList(childList);
    }

    /** The symbols in CPython's order ({@code get_symbols()}); see the class comment for the order of pass-through frees. */
    public List<Symbol> symbols() {
        return symbols;
    }

    /** The symbol names in {@link #symbols()} order ({@code get_identifiers()}). */
    public List<String> identifiers() {
        return List.copyOf(symbolsByName.keySet());
    }

    /**
     * The symbol with this (already mangled) name, as {@code lookup(name)}.
     *
     * @param name the name as stored
     * @return the symbol
     * @throws NoSuchElementException if the scope has no such symbol (CPython raises {@code KeyError})
     */
    public Symbol lookup(String name) {
        Symbol s = symbolsByName.get(name);
        if (s == null) {
            throw new NoSuchElementException("no symbol '" + name + "' in scope " + this.name);
        }
        return s;
    }

    /**
     * The symbol with this (already mangled) name, if any.
     *
     * @param name the name as stored
     * @return the symbol, or empty
     */
    public Optional<Symbol> find(String name) {
        return Optional.ofNullable(symbolsByName.get(name));
    }

    /** {@code is_nested()}: the block is (transitively) inside a function-like block. */
    public boolean isNested() {
        return nested;
    }

    /** {@code is_optimized()}: locals are fast locals (type {@link ScopeType#FUNCTION}). */
    public boolean isOptimized() {
        return type == ScopeType.FUNCTION;
    }

    /** Contains {@code yield}, or is a generator expression. */
    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def}, or contains {@code await} or an {@code async for} comprehension. */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** Contains {@code return} with a value. */
    public boolean returnsValue() {
        return returnsValue;
    }

    /** Has a {@code *args} parameter. */
    public boolean hasVarargs() {
        return varargs;
    }

    /** Has a {@code **kwargs} parameter. */
    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /**
     * Under {@link SymtableDialect#CPYTHON_3_12}: a list, set or dict comprehension inlined into its parent (PEP 709).
     * Its symbols were merged into the parent and its children moved there; it is no longer among the parent's
     * {@link #children()} but {@link SymbolTable#scopeOf} still finds it.
     *
     * @return whether the scope was inlined
     */
    public boolean isInlined() {
        return compInlined;
    }

    /** Which comprehension this scope implements, or {@link ComprehensionKind#NONE}. */
    public ComprehensionKind comprehensionKind() {
        return comprehension;
    }

    /** Has a free variable of its own. */
    public boolean hasFreeVariables() {
        return free;
    }

    /** Some (transitive) child has free variables. */
    public boolean hasChildWithFreeVariables() {
        return childFree;
    }

    /**
     * For a class: some method uses {@code super} or {@code __class__}, so the class body must create the
     * implicit {@code __class__} cell (CPython's {@code ste_needs_class_closure}).
     */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /**
     * For a class: an annotation scope inside it (3.12 type parameters, type alias, TypeVar bound) reads the
     * class namespace, so the class body must create the {@code __classdict__} cell ({@code ste_needs_classdict}).
     */
    public boolean needsClassdict() {
        return needsClassdict;
    }

    /** A 3.12 annotation scope directly inside a class body that can see the class namespace. */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    /**
     * Parameter names in declaration order as CPython's {@code ste_varnames} (positional-only, positional,
     * keyword-only, then {@code *args}, then {@code **kwargs}; {@code .0} for comprehensions).
     */
    public List<String> parameters() {
        return List.copyOf(varnames);
    }

    /** Names with scope {@link SymbolScope#LOCAL} or {@link SymbolScope#CELL}, in symbol order. */
    public List<String> locals() {
        return namesWith(SymbolScope.LOCAL, SymbolScope.CELL);
    }

    /** Names with scope {@link SymbolScope#CELL}, in symbol order. */
    public List<String> cells() {
        return namesWith(SymbolScope.CELL, null);
    }

    /** Names with scope {@link SymbolScope#FREE}, in symbol order. */
    public List<String> frees() {
        return namesWith(SymbolScope.FREE, null);
    }

    /** Names with an implicit or explicit global scope, in symbol order. */
    public List<String> globals() {
        return namesWith(SymbolScope.GLOBAL_IMPLICIT, SymbolScope.GLOBAL_EXPLICIT);
    }

    /** Names declared {@code nonlocal}, in symbol order. */
    public List<String> nonlocals() {
        List<String> out = new ArrayList<>();
        for (Symbol s : symbols) {
            if (s.isNonlocal()) {
                out.add(s.name());
            }
        }
        return out;
    }

    private List<String> namesWith(SymbolScope a, SymbolScope b) {
        List<String> out = new ArrayList<>();
        for (Symbol s : symbols) {
            if (s.scope() == a || s.scope() == b) {
                out.add(s.name());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "<" + type.symtableName() + " scope " + name + ", line " + lineno + ">";
    }
}
