package dev.molt.frontend;

import dev.molt.frontend.internal.lexer.Lexer;
import dev.molt.frontend.internal.lexer.SourceText;
import dev.molt.frontend.internal.lexer.TokenFormatter;
import java.util.List;

/**
 * Python 3.12's tokenizer: source bytes to the tokens CPython's parser sees.
 *
 * <p>Decodes the source (BOM, PEP 263 declaration, UTF-8), normalizes line ends, and produces
 * INDENT/DEDENT, NEWLINE, f-string tokens per PEP 701, and exact operator kinds. Comments and
 * blank lines produce no tokens unless {@code extraTokens} is set.
 *
 * <p>Follows CPython 3.12 {@code Parser/tokenizer.c}; positions are as {@link Token} documents
 * (UTF-8 byte columns). Errors are {@link PySyntaxError}s with CPython's message and location.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /**
     * Tokenizes a whole file, as the parser sees it (no COMMENT or NL tokens).
     *
     * @param source the file
     * @return the tokens, ending with ENDMARKER
     * @throws PySyntaxError for a tokenizer error (unterminated string, bad indentation, ...)
     */
    public static List<Token> tokenize(SourceFile source) {
        return tokenize(source, false);
    }

    /**
     * Tokenizes a whole file.
     *
     * @param source the file
     * @param extraTokens also produce COMMENT and NL tokens, as {@code python -m tokenize} shows
     * @return the tokens, ending with ENDMARKER
     * @throws PySyntaxError for a tokenizer error
     */
    public static List<Token> tokenize(SourceFile source, boolean extraTokens) {
        return Lexer.tokenize(SourceText.decode(source), extraTokens);
    }

    /**
     * Prints tokens one per line as CPython 3.12's {@code python -m tokenize -e FILE} does:
     * an {@code ENCODING} line first, then for each token
     * {@code "%-20s%-15s%-15r"} of {@code "L,C-L,C:"}, the exact type name and the Python
     * {@code repr} of the token string; columns are code points, as the {@code tokenize} module
     * counts them. Meant for tokens from {@code tokenize(source, true)}.
     *
     * @param tokens the tokens of {@code source}
     * @param source the file they came from (to convert byte columns to code points)
     * @return the listing, each line ending with {@code \n}
     * @throws PySyntaxError if {@code source} cannot be decoded
     */
    public static String format(List<Token> tokens, SourceFile source) {
        return TokenFormatter.format(tokens, SourceText.decode(source));
    }

    /**
     * Tokenizes with extra tokens and formats as {@link #format}: what {@code molt parse --tokens}
     * prints.
     *
     * @param source the file
     * @return the listing
     * @throws PySyntaxError for a tokenizer error
     */
    public static String dump(SourceFile source) {
        SourceText text = SourceText.decode(source);
        return TokenFormatter.format(Lexer.tokenize(text, true), text);
    }
}
