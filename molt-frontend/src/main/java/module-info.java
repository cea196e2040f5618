/**
 * Molt's Python 3.12 frontend: tokenizer, recursive-descent parser, CPython-shaped AST, scope analysis and diagnostics (DESIGN §2).
 */
module dev.molt.frontend {
    requires transitive dev.molt.ir;

    exports dev.molt.frontend;
    exports dev.molt.frontend.ast;
    exports dev.molt.frontend.scope;
    exports dev.molt.frontend.lower;
}
