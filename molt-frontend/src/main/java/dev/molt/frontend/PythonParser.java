package dev.molt.frontend;

import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.internal.parser.StatementParser;

/**
 * Parses Python 3.12 source into CPython-shaped AST, as {@code ast.parse(source, filename)} does.
 *
 * <p>A hand-written recursive-descent parser following CPython 3.12 Grammar/python.gram over the
 * tokens of {@link Tokenizer#tokenize(SourceFile)}. Node positions are CPython's: 1-based lines,
 * 0-based UTF-8 byte columns, exclusive ends.
 */
public final class PythonParser {
    private PythonParser() {}

    /**
     * Parses a module, as {@code ast.parse(source)} in mode {@code "exec"}.
     *
     * @param source the file
     * @return the module's AST, with CPython's positions (UTF-8 byte columns)
     * @throws PySyntaxError if the source is not valid Python 3.12 (also {@code IndentationError}
     *     and {@code TabError} kinds); never another exception for any input
     */
    public static Module parse(SourceFile source) {
        return prepare(source).parseModule();
    }

    /**
     * Parses an expression list, as {@code ast.parse(source, mode="eval").body}.
     *
     * @param source the text of the expression (newlines after it are allowed)
     * @return the expression (a {@code Tuple} for a comma-separated list)
     * @throws PySyntaxError if the source is not one valid expression list; never another
     *     exception for any input
     */
    public static Expr parseExpression(SourceFile source) {
        return prepare(source).parseExpression();
    }

    /**
     * Decodes and tokenizes {@code source} for the parser. The parser turns a defect of its own
     * into a SyntaxError "internal parser error (please report): ..."; this does the same for any
     * exception other than {@link PySyntaxError} escaping the decoder or the tokenizer (and for a
     * Java stack overflow there), so callers only ever see PySyntaxError. Such an error has no
     * position (line and offset 0).
     */
    private static StatementParser prepare(SourceFile source) {
        try {
            return StatementParser.of(source);
        } catch (PySyntaxError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new PySyntaxError("SyntaxError", "internal parser error (please report): " + e, source.name(),
                    0, 0, 0, 0, null);
        }
    }
}
