package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.Located;

/** Thrown inside the lowering when a construct cannot be lowered; turned into a {@code Diagnostic} by the driver. */
final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int col;

    Unsupported(String what, int line, int col) {
        super(what, null, false, false);
        this.line = line;
        this.col = col;
    }

    static Unsupported at(Located node, String what) {
        return new Unsupported(what, node.lineno(), node.colOffset());
    }
}
