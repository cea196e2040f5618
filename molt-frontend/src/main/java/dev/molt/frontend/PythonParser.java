package dev.molt.frontend;

import dev.molt.frontend.ast.Module;

/**
 * Parses Python 3.12 source into CPython-shaped AST, as {@code ast.parse(source, filename)} does.
 */
public final class PythonParser {
    private PythonParser() {}

    /**
     * Parses a module.
     *
     * @param source the file
     * @return the module's AST, with CPython's positions (UTF-8 byte columns)
     * @throws PySyntaxError if the source is not valid Python 3.12
     */
    public static Module parse(SourceFile source) {
        throw new UnsupportedOperationException("parser: work in progress");
    }
}
