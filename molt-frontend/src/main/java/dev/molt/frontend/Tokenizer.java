package dev.molt.frontend;

import java.util.List;

/**
 * Python 3.12's tokenizer: source bytes to the tokens CPython's parser sees.
 *
 * <p>Decodes the source (BOM, PEP 263 declaration, UTF-8), normalizes line ends, and produces
 * INDENT/DEDENT, NEWLINE, f-string tokens per PEP 701, and exact operator kinds. Comments and
 * blank lines produce no tokens unless {@code extraTokens} is set.
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
        throw new UnsupportedOperationException("tokenizer: work in progress");
    }
}
