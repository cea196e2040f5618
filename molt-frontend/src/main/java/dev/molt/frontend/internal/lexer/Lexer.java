package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer proper: a hand-written port of CPython 3.12's {@code Parser/tokenizer.c}
 * ({@code tok_get_normal_mode}, {@code tok_get_fstring_mode}) over the normalized UTF-8 buffer of a
 * {@link SourceText}.
 *
 * <p>Works like the C code: a cursor {@code cur} into a byte buffer, {@code nextc} /
 * {@code backup} for one-byte steps, a mode stack for PEP 701 f-strings. One call of
 * {@link #next()} yields one token. Errors are thrown as {@link PySyntaxError} with CPython's
 * message, position (1-based code-point columns, as {@code SyntaxError.offset}) and line text.
 *
 * <p>Token positions follow {@link Token}: 1-based lines, 0-based UTF-8 byte columns. Where CPython's
 * parser-facing token has no position (INDENT, DEDENT) the positions of {@code python -m tokenize}
 * are used: INDENT spans the indentation, DEDENT is empty at the first non-blank byte, and the
 * DEDENTs and ENDMARKER at end of input sit at (last line + 1, 0).
 */
public final class Lexer extends StringLexer {
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int level;
    private final byte[] parenstack = new byte[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parencolstack = new int[MAXLEVEL];
    private boolean commentNewline;
    private boolean finished;

    /** The first OP token ('$', '?', '`'), which CPython's parser rejects as "invalid syntax". */
    private Token firstUnknown;
    /** Line of the bracket of an "'(' was never closed" error, else 0. */
    private int unclosedLine;

    /**
     * Creates a tokenizer over a decoded source.
     *
     * @param src the source
     * @param extraTokens also produce COMMENT and NL tokens and relax the checks CPython skips for
     *     the {@code tokenize} module (identifier validity, bracket matching, number endings)
     */
    public Lexer(SourceText src, boolean extraTokens) {
        super(src, extraTokens);
    }

    /**
     * Tokenizes a whole source, as CPython reports errors when its parser fails at the first
     * problem the tokens show: an OP token ({@code $}, {@code ?}, a backtick) is "invalid syntax"
     * unless a later tokenizer error takes precedence ({@link Result#preferOver}).
     *
     * @param src the decoded source
     * @param extraTokens also produce COMMENT and NL tokens, as {@code python -m tokenize} shows;
     *     then OP tokens are kept, as the {@code tokenize} module does
     * @return the tokens, ending with ENDMARKER
     * @throws PySyntaxError at the first error
     */
    public static List<Token> tokenize(SourceText src, boolean extraTokens) {
        Result r = tokenizeUntilError(src, extraTokens);
        if (!extraTokens && r.firstUnknownOperator() != null) {
            Token op = r.firstUnknownOperator();
            int col = src.byteColToCharCol(op.lineno(), op.colOffset()) + 1;
            int endCol = src.byteColToCharCol(op.endLineno(), op.endColOffset()) + 1;
            throw r.preferOver(new PySyntaxError("SyntaxError", "invalid syntax", src.name(), op.lineno(), col,
                    op.endLineno(), endCol, src.line(op.lineno())));
        }
        if (r.error() != null) {
            throw r.error();
        }
        return r.tokens();
    }

    /**
     * The outcome of {@link #tokenizeUntilError}: the tokens before the first error, and the error
     * with what CPython needs to decide between it and a parser error.
     *
     * @param tokens the tokens produced (ending with ENDMARKER when {@code error} is null); may
     *     hold OP tokens for {@code $ ? `}, which the parser must reject as "invalid syntax"
     * @param error the first tokenizer error, or null
     * @param deferred true when CPython raises this error only if the parser itself reaches the
     *     point of failure ("unexpected EOF while parsing", "'(' was never closed", unindent
     *     mismatch, TabError, too deep indentation, stray character after a line continuation,
     *     undecodable string literals); false for errors CPython's tokenizer raises eagerly
     * @param inFString the error happened inside an f-string (then CPython keeps a parser error)
     * @param unclosedBracketLine for "'(' was never closed", the bracket's line; else 0
     * @param firstUnknownOperator the first OP token, or null
     */
    public record Result(List<Token> tokens, PySyntaxError error, boolean deferred, boolean inFString,
            int unclosedBracketLine, Token firstUnknownOperator) {
        /**
         * CPython's choice ({@code _PyPegen_set_syntax_error} with
         * {@code _PyPegen_tokenize_full_source_to_check_for_errors}) between a syntax error the
         * parser found at or before the first tokenizer error and that tokenizer error: an eager
         * tokenizer error wins unless it happened inside an f-string; "'(' was never closed" wins
         * if the bracket opened on a line before the parser's error; otherwise the parser's error
         * stands. Not for "unexpected indent"/"unexpected unindent", which CPython raises without
         * this check.
         *
         * @param parserError the parser's error
         * @return the error to report
         */
        public PySyntaxError preferOver(PySyntaxError parserError) {
            if (error == null) {
                return parserError;
            }
            if (!deferred) {
                return inFString ? parserError : error;
            }
            if (unclosedBracketLine > 0 && parserError.lineno() > unclosedBracketLine) {
                return error;
            }
            return parserError;
        }
    }

    /**
     * Tokenizes a whole source, stopping at the first error instead of throwing it, so that a
     * parser can report an earlier syntax error first, as CPython does.
     *
     * @param src the decoded source
     * @param extraTokens as {@link #tokenize}
     * @return the tokens and the error, if any
     */
    public static Result tokenizeUntilError(SourceText src, boolean extraTokens) {
        Lexer lx = new Lexer(src, extraTokens);
        ArrayList<Token> out = new ArrayList<>(Math.max(16, src.length() / 4));
        try {
            Token t;
            do {
                t = lx.next();
                out.add(t);
            } while (t.type() != TokenType.ENDMARKER);
            return new Result(out, null, false, false, 0, lx.firstUnknown);
        } catch (PySyntaxError e) {
            return new Result(out, e, lx.lastErrorDeferred, lx.modeIndex > 0, lx.unclosedLine, lx.firstUnknown);
        }
    }

    // ---------------------------------------------------------------- the tokenizer

    /**
     * The next token (streaming use; {@link #tokenize} and {@link #tokenizeUntilError} loop over
     * this). After a {@link PySyntaxError} the lexer's state is undefined: do not call it again.
     *
     * @return the token; after ENDMARKER, ENDMARKER again
     * @throws PySyntaxError for a tokenizer error
     */
    public Token next() {
        if (finished) {
            return trailing(TokenType.ENDMARKER);
        }
        if (extra && hasInvalidUtf8 && cur == 0) {
            // The tokenize module decodes the whole file first.
            int at = src.firstInvalidUtf8();
            int line = src.lineOf(at);
            Utf8.Invalid bad = Utf8.firstInvalid(buf, at, end);
            throw newErrorAt(line, bad.message(buf, src.lineStart(line)), src.byteColToCharCol(line, at - src.lineStart(line)) + 1);
        }
        Mode mode = modes[modeIndex];
        Token t = mode.fstringMode ? fstringMode(mode) : normalMode(mode);
        if (t.type() == TokenType.ENDMARKER) {
            finished = true;
        }
        return t;
    }

    @Override
    Token normalMode(Mode mode) {
        int c;
        boolean blankline;
        nextline:
        for (;;) {
            blankline = false;
            betweenTokens = true;
            if (atbol) {
                int col = 0;
                int altcol = 0;
                atbol = false;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\f') {
                        col = 0;
                        altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n' || c == '\r') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            throw deferred("IndentationError", "too many levels of indentation", lineno, 1, lineno, 0);
                        }
                        if (altcol <= altindstack[indent]) {
                            throw tabError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            int lineBytes = currentLineBytesWithNewline();
                            throw deferred("IndentationError", "unindent does not match any outer indentation level",
                                    lineno, lineBytes, lineno, -1);
                        }
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    }
                }
            }

            setStart(cur);
            betweenTokens = false;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    if (eof) {
                        return trailing(TokenType.DEDENT);
                    }
                    return make(TokenType.DEDENT, "", cur);
                }
                pendin--;
                setStart(lineStart);
                return make(TokenType.INDENT, extra ? text(lineStart, cur) : "", lineStart);
            }

            again:
            for (;;) {
                betweenTokens = true;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                setStart(c == EOF ? cur : cur - 1);
                betweenTokens = false;

                if (c == '#') {
                    while (c != EOF && c != '\n' && c != '\r') {
                        c = nextc();
                    }
                    if (extra) {
                        backup(c);
                        commentNewline = blankline;
                        return make(TokenType.COMMENT, start, cur);
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        throw unclosedParen();
                    }
                    return trailing(TokenType.ENDMARKER);
                }

                if (isPotentialIdentifierStart(c)) {
                    return nameOrString(mode, c);
                }

                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        if (extra) {
                            commentNewline = false;
                            return make(TokenType.NL, cur - 1 == src.length() && src.hasImplicitNewline() ? "" : "\n", start);
                        }
                        continue nextline;
                    }
                    if (commentNewline && extra) {
                        commentNewline = false;
                        return make(TokenType.NL, start == src.length() && src.hasImplicitNewline() ? "" : "\n", start);
                    }
                    return make(TokenType.NEWLINE, start == src.length() && src.hasImplicitNewline() ? "" : "\n", start);
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return fraction(c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(TokenType.ELLIPSIS, start, cur);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenType.DOT, start, cur);
                }

                if (isDigit(c)) {
                    return number(c);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                if (c == '\\') {
                    continuationLine();
                    continue again;
                }
                return punctuation(mode, c);
            }
        }
    }

    private Token punctuation(Mode mode, int c) {
        boolean isPunctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (isPunctuation && modeIndex > 0 && mode.exprStartDepth >= 0) {
            int cursor = mode.curlyDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == mode.exprStartDepth) {
                mode.fstringMode = true;
                mode.inFormatSpec = true;
                return make(TokenType.COLON, start, cur);
            }
        }

        int c2 = nextc();
        TokenType two = Operators.twoChars(c, c2);
        if (two != TokenType.OP) {
            int c3 = nextc();
            TokenType three = Operators.threeChars(c, c2, c3);
            if (three != TokenType.OP) {
                two = three;
            } else {
                backup(c3);
            }
            return make(two, start, cur);
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw error("too many nested parentheses");
                }
                parenstack[level] = (byte) c;
                parenlinenostack[level] = lineno;
                parencolstack[level] = start - lineStart;
                level++;
                if (modeIndex > 0) {
                    mode.curlyDepth++;
                }
            }
            case ')', ']', '}' -> {
                if (modeIndex > 0 && mode.curlyDepth == 0 && c == '}') {
                    throw error("f-string: single '}' is not allowed");
                }
                if (!extra && level == 0) {
                    throw error("unmatched '" + (char) c + "'");
                }
                if (level > 0) {
                    level--;
                    int opening = parenstack[level];
                    if (!extra && !((opening == '(' && c == ')') || (opening == '[' && c == ']')
                            || (opening == '{' && c == '}'))) {
                        if (modeIndex > 0 && opening == '{') {
                            int previousBracket = mode.curlyDepth - 1;
                            if (previousBracket == mode.exprStartDepth) {
                                throw error("f-string: unmatched '" + (char) c + "'");
                            }
                        }
                        if (parenlinenostack[level] != lineno) {
                            throw error("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + (char) opening + "' on line " + parenlinenostack[level]);
                        }
                        throw error("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + (char) opening + "'");
                    }
                }
                if (modeIndex > 0) {
                    mode.curlyDepth--;
                    if (mode.curlyDepth < 0) {
                        throw error("f-string: unmatched '" + (char) c + "'");
                    }
                    if (c == '}' && mode.curlyDepth == mode.exprStartDepth) {
                        mode.exprStartDepth--;
                        mode.fstringMode = true;
                        mode.inFormatSpec = false;
                    }
                }
            }
            default -> {
            }
        }

        if (!Unicode.isPrintable(c)) {
            throw error(String.format("invalid non-printable character U+%04X", c));
        }
        TokenType one = Operators.oneChar(c);
        Token t = make(one, start, cur);
        if (one == TokenType.OP && firstUnknown == null) {
            // '$', '?', '`': CPython's parser rejects the OP token with a generic error.
            firstUnknown = t;
        }
        return t;
    }

    // ---------------------------------------------------------------- names and string prefixes

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private Token nameOrString(Mode mode, int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                if (sawF) {
                    return fstringStart(c);
                }
                return string(c);
            }
        }
        boolean nonascii = false;
        // Fast path: identifiers never span lines, so scan the buffer directly.
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = cur < end ? buf[cur++] & 0xFF : EOF;
            if (c == EOF) {
                eof = true;
            }
        }
        backup(c);
        if (nonascii && !extra) {
            if (hasInvalidUtf8) {
                Utf8.Invalid bad = Utf8.firstInvalid(buf, start, cur);
                if (bad != null) {
                    // CPython's verify_identifier fails to decode the NAME; the offset is its end.
                    lastErrorDeferred = false;
                    throw new PySyntaxError("SyntaxError", bad.message(buf, start), filename, lineno, cur - lineStart,
                            lineno, -1, src.line(lineno));
                }
            }
            verifyIdentifier();
        }
        return make(TokenType.NAME, start, cur);
    }

    /** CPython's {@code verify_identifier}: PEP 3131 check of the NAME in [start, cur). */
    private void verifyIdentifier() {
        int i = start;
        boolean first = true;
        while (i < cur) {
            int b = buf[i] & 0xFF;
            int cp;
            int len;
            if (b < 0x80) {
                cp = b;
                len = 1;
            } else if (b < 0xE0) {
                cp = ((b & 0x1F) << 6) | (buf[i + 1] & 0x3F);
                len = 2;
            } else if (b < 0xF0) {
                cp = ((b & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F);
                len = 3;
            } else {
                cp = ((b & 0x07) << 18) | ((buf[i + 1] & 0x3F) << 12) | ((buf[i + 2] & 0x3F) << 6) | (buf[i + 3] & 0x3F);
                len = 4;
            }
            boolean ok = first ? Unicode.isIdentifierStart(cp) : Unicode.isIdentifierPart(cp);
            if (!ok) {
                cur = i + len;
                if (Unicode.isPrintable(cp)) {
                    throw error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp));
                }
                throw error(String.format("invalid non-printable character U+%04X", cp));
            }
            first = false;
            i += len;
        }
    }

    // ---------------------------------------------------------------- line continuation

    /** CPython's {@code tok_continuation_line}; the backslash has been read. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: col_offset = cur - line start - 1, reported 1-based.
            int col = cur - lineStart - 1;
            if (c == EOF) {
                col = cur - lineStart;
            }
            if (extra) {
                // The tokenize module reports the end of the line.
                throw deferred("SyntaxError", "unexpected character after line continuation character",
                        lineno, src.byteColToCharCol(lineno, src.lineLength(lineno)) + 1, lineno, 0);
            }
            // CPython: col_offset = cur - tok->buf - 1, reported 1-based and unconverted (bytes),
            // where tok->buf may be an earlier line if this one was read inside a token.
            throw deferred("SyntaxError", "unexpected character after line continuation character",
                    lineno, cur - bufStart, lineno, 0);
        }
        c = nextc();
        if (c == EOF) {
            int line = lineno;
            int col = src.byteColToCharCol(line, src.lineLength(line)) + 1;
            if (extra) {
                throw deferred("SyntaxError", "unexpected EOF in multi-line statement", line, col, line, 0);
            }
            if (level > 0) {
                throw unclosedParen();
            }
            // E_EOF: CPython's "unexpected EOF while parsing" at the end of the last line.
            throw deferred("SyntaxError", "unexpected EOF while parsing", line, col, line, -1);
        }
        backup(c);
    }

    // ---------------------------------------------------------------- errors

    private PySyntaxError tabError() {
        return deferred("TabError", "inconsistent use of tabs and spaces in indentation", lineno, 1, lineno, 0);
    }

    /**
     * End of input inside brackets: CPython's parser reports the innermost open bracket; the
     * {@code tokenize} module (extra tokens) reports "unexpected EOF in multi-line statement".
     */
    private PySyntaxError unclosedParen() {
        if (extra) {
            return deferred("SyntaxError", "unexpected EOF in multi-line statement", lineno, 0, lineno, 0);
        }
        int line = parenlinenostack[level - 1];
        unclosedLine = line;
        int col = parencolstack[level - 1];
        // CPython reports col + 1 without converting bytes to code points here.
        return deferred("SyntaxError", "'" + (char) parenstack[level - 1] + "' was never closed", line, col + 1, line, 0);
    }

    private int currentLineBytesWithNewline() {
        return src.lineLength(lineno) + 1;
    }
}
