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
 * (UTF-8 byte columns in the normalized text). Errors are {@link PySyntaxError}s with CPython's
 * kind, message, line, offset, end and line text, as {@code compile()} reports them.
 *
 * <p>Token strings: NAME, NUMBER, STRING, COMMENT and operators are their source text (NAME not
 * NFKC-normalized); NEWLINE is {@code "\n"} ({@code ""} for the implicit newline at the end of a
 * file without one); INDENT is {@code ""} ({@code tokenize} mode: the indentation), DEDENT and
 * ENDMARKER {@code ""}; FSTRING_MIDDLE is the literal text with {@code {{}/{@code }}} reduced to one
 * brace (the token still spans both), and may be empty (a format spec resumed after a nested
 * field, or {@code f'{x:}'}), as in CPython.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /**
     * Tokenizes a whole file, as the parser sees it (no COMMENT or NL tokens).
     *
     * @param source the file
     * @return the tokens, ending with ENDMARKER
     * @throws PySyntaxError for a tokenizer error (unterminated string, bad indentation, ...), or
     *     "invalid syntax" at a stray {@code $}, {@code ?} or backtick when no later tokenizer
     *     error takes precedence, as in CPython
     */
    public static List<Token> tokenize(SourceFile source) {
        return tokenize(source, false);
    }

    /**
     * Tokenizes a whole file.
     *
     * @param source the file
     * @param extraTokens also produce COMMENT and NL tokens and keep {@code $ ? `} as OP tokens,
     *     as {@code python -m tokenize} shows them (with that module's leniency: no identifier,
     *     bracket-matching or number-suffix checks)
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
     * prints, identical to {@code python3.12 -m tokenize -e FILE} for files with LF line ends.
     *
     * @param source the file
     * @return the listing
     * @throws PySyntaxError for a tokenizer error, with the {@code tokenize} module's message where
     *     it differs from the compiler's ("unexpected EOF in multi-line statement", "EOF in
     *     multi-line string")
     */
    public static String dump(SourceFile source) {
        SourceText text = SourceText.decode(source);
        return TokenFormatter.format(Lexer.tokenize(text, true), text);
    }
}
