package dev.molt.frontend.scope;

import static dev.molt.frontend.scope.SymbolFlags.DEF_BOUND;
import static dev.molt.frontend.scope.SymbolFlags.DEF_COMP_CELL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_FREE_CLASS;
import static dev.molt.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;

import dev.molt.frontend.PySyntaxError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: decides the {@link SymbolScope} of every name, marks cells, and propagates free variables
 * up through the blocks that only pass them on; CPython 3.12 {@code Python/symtable.c} {@code analyze_block},
 * {@code analyze_name}, {@code analyze_cells}, {@code drop_class_free}, {@code update_symbols}.
 *
 * <p>Sets are named as there: {@code bound} holds names bound in enclosing function-like blocks (null for the
 * module), {@code free} collects names free in nested blocks, {@code global} the names declared global in
 * enclosing blocks, {@code typeParams} the type parameters in view. Under {@link SymtableDialect#CPYTHON_3_11}
 * comprehensions are not inlined and the tree keeps 3.11's shape; under {@link SymtableDialect#CPYTHON_3_12} they
 * are ({@code inline_comprehension}, PEP 709).
 */
final class Analyzer {
    private final Diagnostics diagnostics;
    private final boolean py312;

    Analyzer(Diagnostics diagnostics, SymtableDialect dialect) {
        this.diagnostics = diagnostics;
        this.py312 = dialect == SymtableDialect.CPYTHON_3_12;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, SymbolScope> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        // Class bindings are invisible to nested functions: pass down what the class itself sees.
        if (ste.type == ScopeType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : new ArrayList<>(ste.flagsByName.entrySet())) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != ScopeType.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            // 3.12 always adds __classdict__; in the 3.11 dialect only where a 3.12 annotation scope can see the
            // class, so that code 3.11 accepts keeps 3.11's answer (the name is then an ordinary global).
            boolean classdict = py312;
            for (Scope c : ste.childList) {
                classdict |= c.canSeeClassScope;
            }
            if (classdict) {
                newBound.add("__classdict__");
            }
        }

        for (Scope entry : ste.childList) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == ScopeType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // 3.12 inlines every comprehension but generator expressions.
            boolean inlineComp = py312 && entry.comprehension != Scope.ComprehensionKind.NONE && !entry.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }

        // Splice the children of inlined comprehensions into our children.
        for (int i = ste.childList.size() - 1; i >= 0; i--) {
            Scope c = ste.childList.get(i);
            if (c.compInlined) {
                ste.childList.remove(i);
                ste.childList.addAll(i, c.childList);
                for (Scope moved : c.childList) {
                    moved.parent = ste;
                }
            }
        }

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == ScopeType.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
            if (newFree.remove("__classdict__")) {
                ste.needsClassdict = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells, ste.type == ScopeType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, SymbolScope> scopes, String name, int flags,
            Set<String> bound, Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
            Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, SymbolScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, SymbolScope.LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // A 3.12 annotation scope in a class reads the class namespace first, then globals.
        if (classEntry != null) {
            Integer cf = classEntry.flagsByName.get(name);
            int classFlags = cf == null ? 0 : cf;
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, SymbolScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
    }

    /**
     * 3.12's {@code inline_comprehension}: merges a comprehension's symbols into the enclosing block {@code ste}.
     * Names new to {@code ste} are copied with their scope; a free name the enclosing block binds stops being free
     * (unless a child of the comprehension needs it or {@code ste} is a class); cells the comprehension needs are
     * collected in {@code inlinedCells}.
     */
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, SymbolScope> scopes,
            Set<String> compFree, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : comp.flagsByName.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit .0
            }
            SymbolScope scope = comp.scopeByName.get(k);
            if (scope == SymbolScope.CELL || (compFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.flagsByName.get(k);
            if (existing == null) {
                ste.flagsByName.put(k, compFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k) && ste.type != ScopeType.CLASS) {
                compFree.remove(k);
            }
        }
    }

    private static boolean isFreeInAnyChild(Scope entry, String name) {
        for (Scope c : entry.childList) {
            if (c.scopeByName.get(name) == SymbolScope.FREE) {
                return true;
            }
        }
        return false;
    }

    /** Locals that a nested block uses freely (or an inlined comprehension needs as cells) become cells. */
    private static void analyzeCells(Map<String, SymbolScope> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, SymbolScope> e : scopes.entrySet()) {
            if (e.getValue() == SymbolScope.LOCAL
                    && (free.contains(e.getKey()) || inlinedCells.contains(e.getKey()))) {
                e.setValue(SymbolScope.CELL);
                free.remove(e.getKey());
            }
        }
    }

    private static void updateSymbols(Scope ste, Map<String, SymbolScope> scopes, Set<String> bound,
            Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : ste.flagsByName.entrySet()) {
            if (inlinedCells.contains(e.getKey())) {
                e.setValue(e.getValue() | DEF_COMP_CELL);
            }
            ste.scopeByName.put(e.getKey(), scopes.get(e.getKey()));
        }
        for (String name : free) {
            Integer v = ste.flagsByName.get(name);
            if (v != null) {
                // A method's free variable that the class also binds.
                if (classFlag) {
                    ste.flagsByName.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            // Passes through this block on its way to a nested one.
            ste.flagsByName.put(name, 0);
            ste.scopeByName.put(name, SymbolScope.FREE);
        }
    }

    private PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return diagnostics.error(msg, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken for " + name);
    }
}
