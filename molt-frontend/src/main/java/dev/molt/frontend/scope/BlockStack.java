package dev.molt.frontend.scope;

import static dev.molt.frontend.scope.SymbolFlags.DEF_COMP_ITER;
import static dev.molt.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_LOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.USE;

import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of the first pass, CPython 3.12's {@code struct symtable}: the stack of open blocks, the current
 * block, the module block, and the class name private names are mangled with; and the operations on it:
 * {@code symtable_enter_block}, {@code symtable_exit_block}, {@code symtable_enter_type_param_block},
 * {@code symtable_add_def}/{@code symtable_add_def_helper}, {@code symtable_lookup},
 * {@code symtable_record_directive}. {@link Collector} walks the AST and calls these.
 */
final class BlockStack {
    private static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";
    private static final String DUPLICATE_TYPE_PARAM = "duplicate type parameter '%s'";
    private static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";

    /** The statement a type parameter block belongs to. */
    enum DefKind { FUNCTION, CLASS, TYPE_ALIAS }

    private final Diagnostics diagnostics;
    /** Open blocks, innermost last ({@code st_stack}). */
    final List<Scope> stack = new ArrayList<>();
    /** The innermost open block ({@code st_cur}). */
    Scope cur;
    /** The module block ({@code st_top}); its symbols are {@code st_global}. */
    Scope top;
    /** The innermost enclosing class name, for mangling ({@code st_private}), or {@code null}. */
    String privateName;
    /** Every block opened, in order (also those 3.12 later inlines or never links into the tree). */
    final List<Scope> all = new ArrayList<>();

    BlockStack(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void enterBlock(String name, ScopeType type, Node node, int lineno, int col, int endLineno, int endCol) {
        Scope prev = cur;
        Scope ste = new Scope(type, name, node, prev, lineno, col, endLineno, endCol);
        ste.nested = prev != null && (prev.nested || prev.isFunctionLike());
        stack.add(ste);
        all.add(ste);
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        if (type == ScopeType.MODULE) {
            top = ste;
        }
        if (type == ScopeType.ANNOTATION) {
            return;
        }
        if (prev != null) {
            prev.childList.add(ste);
        }
    }

    void enterBlock(String name, ScopeType type, Node node, Located loc) {
        enterBlock(name, type, node, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    void enterTypeParamBlock(String name, Node node, boolean hasDefaults, boolean hasKwDefaults,
            DefKind kind, Located loc) {
        ScopeType currentType = cur.type;
        enterBlock(name, ScopeType.TYPE_PARAMETERS, node, loc);
        if (currentType == ScopeType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (kind == DefKind.CLASS) {
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    void addDef(String name, int flag, Located loc) {
        addDefHelper(name, flag, cur, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    void addDef(String name, int flag, int lineno, int col, int endLineno, int endCol) {
        addDefHelper(name, flag, cur, lineno, col, endLineno, endCol);
    }

    void addDefHelper(String name, int flag, Scope ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = Mangling.mangle(privateName, name);
        Integer o = ste.flagsByName.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw diagnostics.error(String.format(DUPLICATE_ARGUMENT, name), lineno, col, endLineno, endCol);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw diagnostics.error(String.format(DUPLICATE_TYPE_PARAM, name), lineno, col, endLineno, endCol);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw diagnostics.error(String.format(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), lineno, col,
                        endLineno, endCol);
            }
            val |= DEF_COMP_ITER;
        }
        ste.flagsByName.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            int g = flag;
            Integer old = top.flagsByName.get(mangled);
            if (old != null) {
                g |= old;
            }
            top.flagsByName.put(mangled, g);
        }
    }

    /** {@code symtable_lookup}: the flags the current block has so far for a (mangled) name. */
    int lookup(String name) {
        Integer v = cur.flagsByName.get(Mangling.mangle(privateName, name));
        return v == null ? 0 : v;
    }

    void recordDirective(String name, Located loc) {
        cur.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), loc.lineno(), loc.colOffset(),
                loc.endLineno(), loc.endColOffset()));
    }

    RuntimeException errorAt(String msg, Located loc) {
        return diagnostics.error(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }
}
