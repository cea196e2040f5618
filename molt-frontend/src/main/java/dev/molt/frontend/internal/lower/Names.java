package dev.molt.frontend.internal.lower;

import dev.molt.frontend.scope.SymbolScope;
import dev.molt.ir.Block;
import dev.molt.ir.Value;
import dev.molt.ir.builder.Variable;

/**
 * Loads, stores and deletes of Python names, by where the symbol table puts them (CPython 3.12
 * {@code compiler_nameop}): module names are globals; class-body names live in the namespace mapping
 * ({@code py.load_name}/{@code py.store_name}), a free name read in a class body checks the namespace first and
 * then the cell (LOAD_CLASSDEREF); function locals are SSA variables (unbound marker + {@code py.check_bound});
 * cells and free names use {@code py.cell.*}; declared or implicit globals {@code py.*_global}.
 */
final class Names {
    private final FnLowerer f;

    Names(FnLowerer f) {
        this.f = f;
    }

    /** Private-name mangling, CPython {@code _Py_Mangle}. */
    static String mangle(String privateName, String ident) {
        if (privateName == null || ident.length() < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') return ident;
        if (ident.endsWith("__") || ident.indexOf('.') >= 0) return ident;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return ident;
        return "_" + privateName.substring(i) + ident;
    }

    String mangle(String ident) {
        return mangle(f.privateName, ident);
    }

    Value load(String raw) {
        String n = mangle(raw);
        SymbolScope s = f.where(n);
        switch (f.kind) {
            case MODULE -> {
                return f.op("py.load_global", FnLowerer.named(n));
            }
            case CLASS -> {
                if (s == SymbolScope.GLOBAL_EXPLICIT) return f.op("py.load_global", FnLowerer.named(n));
                if (s == SymbolScope.FREE || s == SymbolScope.CELL && f.cells.containsKey(n)) return classDeref(n);
                return f.op("py.load_name", FnLowerer.named(n), f.ns);
            }
            default -> {
                if (f.scope.canSeeClassScope() && (s == SymbolScope.GLOBAL_IMPLICIT || s == SymbolScope.FREE)
                        && f.cells.containsKey("__classdict__")) {
                    Value dict = f.op("py.cell.get", FnLowerer.named("__classdict__"), f.cells.get("__classdict__"));
                    return mappingOr(n, dict, s == SymbolScope.FREE);
                }
                switch (s) {
                    case LOCAL -> {
                        Value v = f.b.useVar(f.var(n));
                        if (f.alwaysBound.contains(n) || definitelyBound(v)) return v;
                        Value checked = f.op("py.check_bound", FnLowerer.named(n), v);
                        f.b.defVar(f.var(n), checked);
                        return checked;
                    }
                    case CELL, FREE -> {
                        return f.op("py.cell.get", FnLowerer.named(n), cell(n));
                    }
                    default -> {
                        return f.op("py.load_global", FnLowerer.named(n));
                    }
                }
            }
        }
    }

    /**
     * Whether an SSA value is certainly not the unbound marker: a function parameter, or the result of any op but
     * {@code py.const.unbound} (other block parameters may carry the marker in from a predecessor).
     */
    static boolean definitelyBound(Value v) {
        if (v instanceof dev.molt.ir.BlockParam p) return p.block() != null && p.block().isEntry();
        return v instanceof dev.molt.ir.OpResult r && !r.op().is("py.const.unbound");
    }

    /** LOAD_CLASSDEREF: the class namespace if it has the name, else the cell. */
    private Value classDeref(String n) {
        return mappingOr(n, f.ns, true);
    }

    /**
     * {@code mapping[n]} if the mapping has {@code n}, else the cell ({@code cell}) or the global: LOAD_CLASSDEREF,
     * and 3.12's LOAD_FROM_DICT_OR_DEREF / LOAD_FROM_DICT_OR_GLOBALS in annotation scopes that see a class namespace.
     */
    private Value mappingOr(String n, Value mapping, boolean cell) {
        Variable result = f.b.declareVar(dev.molt.ir.Type.OBJ);
        Value key = f.str(n);
        Value has = f.truthy(f.op("py.in", key, mapping));
        Block inNs = f.b.createBlock(), inCell = f.b.createBlock(), join = f.b.createBlock();
        f.condBr(has, inNs, inCell);
        f.enter(inNs);
        f.b.defVar(result, f.op("py.getitem", mapping, key));
        f.br(join);
        f.enter(inCell);
        f.b.defVar(result, cell ? f.op("py.cell.get", FnLowerer.named(n), cell(n)) : f.op("py.load_global", FnLowerer.named(n)));
        f.br(join);
        f.enter(join);
        return f.b.useVar(result);
    }

    Value cell(String n) {
        Value c = f.cells.get(n);
        if (c == null) throw new Unsupported("no cell for '" + n + "' (scope analysis mismatch)", f.line, f.col);
        return c;
    }

    void store(String raw, Value v) {
        String n = mangle(raw);
        SymbolScope s = f.where(n);
        switch (f.kind) {
            case MODULE -> f.op0("py.store_global", FnLowerer.named(n), v);
            case CLASS -> {
                if (s == SymbolScope.GLOBAL_EXPLICIT) f.op0("py.store_global", FnLowerer.named(n), v);
                else if (s == SymbolScope.FREE) f.op0("py.cell.set", cell(n), v);
                else f.op0("py.store_name", FnLowerer.named(n), f.ns, v);
            }
            default -> {
                switch (s) {
                    case LOCAL -> f.b.defVar(f.var(n), v);
                    case CELL, FREE -> f.op0("py.cell.set", cell(n), v);
                    default -> f.op0("py.store_global", FnLowerer.named(n), v);
                }
            }
        }
    }

    /**
     * {@code del name}. With {@code quiet} (the implicit delete after an except handler) an unbound name is no
     * error; the value was just set, so it is never unbound.
     */
    void delete(String raw, boolean quiet) {
        String n = mangle(raw);
        SymbolScope s = f.where(n);
        switch (f.kind) {
            case MODULE -> f.op0("py.delete_global", FnLowerer.named(n));
            case CLASS -> {
                if (s == SymbolScope.GLOBAL_EXPLICIT) f.op0("py.delete_global", FnLowerer.named(n));
                else if (s == SymbolScope.FREE) deleteCell(n, quiet);
                else f.op0("py.delete_name", FnLowerer.named(n), f.ns);
            }
            default -> {
                switch (s) {
                    case LOCAL -> {
                        if (!quiet) f.op("py.check_bound", FnLowerer.named(n), f.b.useVar(f.var(n)));
                        f.alwaysBound.remove(n);
                        f.b.defVar(f.var(n), f.unbound());
                    }
                    case CELL, FREE -> deleteCell(n, quiet);
                    default -> f.op0("py.delete_global", FnLowerer.named(n));
                }
            }
        }
    }

    private void deleteCell(String n, boolean quiet) {
        Value c = cell(n);
        if (!quiet) f.op("py.cell.get", FnLowerer.named(n), c);
        f.op0("py.cell.clear", c);
    }
}
