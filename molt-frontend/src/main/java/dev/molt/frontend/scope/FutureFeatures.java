package dev.molt.frontend.scope;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.ExprStmt;
import dev.molt.frontend.ast.ImportFrom;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * Reads the module's future statements as CPython 3.12 {@code Python/future.c} ({@code future_parse},
 * {@code future_check_features}) does before building the symbol table: only {@code from __future__ import}s at
 * the start of the module count (after an optional docstring); a later statement on a new line ends the run.
 * Raises the errors that pass raises ({@code symtable.symtable} reports them too).
 */
final class FutureFeatures {
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
            "annotations");

    private FutureFeatures() {}

    /**
     * Whether {@code from __future__ import annotations} is in effect.
     *
     * @throws dev.molt.frontend.PySyntaxError {@code "future feature X is not defined"}, {@code "not a chance"}
     *     (for {@code braces}), or (3.11 only) {@code "from __future__ imports must occur at the beginning of the
     *     file"} for one that follows another statement on the same line
     */
    static boolean annotations(Module module, Diagnostics diagnostics, SymtableDialect dialect) {
        List<Stmt> body = module.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                && c.value() instanceof ConstantValue.Str) {
            i = 1;
        }
        boolean done = false;
        int prevLine = 0;
        boolean annotations = false;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > prevLine) {
                return annotations;
            }
            prevLine = s.lineno();
            if (s instanceof ImportFrom f && "__future__".equals(f.module())) {
                if (done && dialect == SymtableDialect.CPYTHON_3_11) {
                    // 3.12 leaves this check to the compiler. future.c passes col_offset, without its usual + 1.
                    throw diagnostics.errorAt("from __future__ imports must occur at the beginning of the file",
                            s.lineno(), s.colOffset());
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        annotations = true;
                    } else if (a.name().equals("braces")) {
                        throw diagnostics.errorAt("not a chance", s.lineno(), s.colOffset() + 1);
                    } else if (!KNOWN.contains(a.name())) {
                        throw diagnostics.errorAt("future feature " + a.name() + " is not defined", s.lineno(),
                                s.colOffset() + 1);
                    }
                }
            } else {
                done = true;
            }
        }
        return annotations;
    }
}
