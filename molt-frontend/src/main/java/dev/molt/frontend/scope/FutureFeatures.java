package dev.molt.frontend.scope;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.ExprStmt;
import dev.molt.frontend.ast.ImportFrom;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Stmt;
import java.util.List;

/**
 * Finds {@code from __future__ import annotations} as CPython 3.12 {@code Python/future.c} ({@code future_parse})
 * does: only future imports at the start of the module count (after an optional docstring); a later statement on
 * a new line ends the run.
 */
final class FutureFeatures {
    private FutureFeatures() {}

    static boolean annotations(Module module) {
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
                if (!done) {
                    for (Alias a : f.names()) {
                        if (a.name().equals("annotations")) {
                            annotations = true;
                        }
                    }
                }
            } else {
                done = true;
            }
        }
        return annotations;
    }
}
