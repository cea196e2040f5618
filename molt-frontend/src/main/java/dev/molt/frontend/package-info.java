/**
 * Molt's Python 3.12 frontend: tokenizer, recursive-descent parser, CPython-shaped AST, scope analysis and diagnostics (DESIGN §2).
 */
package dev.molt.frontend;
