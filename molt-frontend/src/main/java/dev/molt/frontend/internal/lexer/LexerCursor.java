package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import java.nio.charset.StandardCharsets;

/**
 * The input side of the tokenizer: CPython's {@code tok_nextc}/{@code tok_backup} over the
 * normalized UTF-8 buffer with line tracking, token construction from the cursor state, and the
 * {@code syntaxerror} family of error builders (CPython 3.12 {@code Parser/tokenizer.c}).
 *
 * <p>State mirrors {@code struct tok_state}: {@code cur} (next byte), {@code lineno} and
 * {@code lineStart} (the line of the last byte read), {@code start}/{@code startLineno}/
 * {@code startLineStart} (the current token's start, CPython's {@code start}, {@code first_lineno},
 * {@code multi_line_start}).
 */
abstract class LexerCursor {
    static final int EOF = -1;

    final SourceText src;
    final byte[] buf;
    final int end;
    final String filename;
    final boolean extra;
    final int[] lineStarts;
    final int lineCount;
    final int nulOffset;

    int cur;
    int lineno;
    int lineStart;
    int nextLineStart;

    int start;
    int startLineno;
    int startLineStart;
    boolean eof;

    /** Whether the last error built is one CPython raises only when the parser reaches it. */
    boolean lastErrorDeferred;

    /**
     * CPython's {@code tok->buf}: the start of the line where reading began outside any token.
     * A line read inside a token (a multi-line string, a continuation) does not move it.
     */
    int bufStart;
    /** True while CPython's {@code tok->start} is NULL (between tokens). */
    boolean betweenTokens = true;

    LexerCursor(SourceText src, boolean extraTokens) {
        this.src = src;
        this.buf = src.bytes();
        this.end = src.hasImplicitNewline() ? src.length() + 1 : src.length();
        this.filename = src.name();
        this.extra = extraTokens;
        this.lineStarts = src.lineStartsArray();
        this.lineCount = src.lineCount();
        this.nulOffset = src.nulOffset();
        this.nextLineStart = lineCount > 0 ? 0 : Integer.MAX_VALUE;
    }

    /** CPython's {@code tok_nextc}: the next byte (0..255) or EOF, moving lines as needed. */
    final int nextc() {
        if (cur < end) {
            if (cur == nextLineStart) {
                newLine();
            }
            return buf[cur++] & 0xFF;
        }
        eof = true;
        return EOF;
    }

    final void newLine() {
        lineStart = cur;
        if (betweenTokens) {
            bufStart = cur;
        }
        lineno++;
        nextLineStart = lineno < lineCount ? lineStarts[lineno] : Integer.MAX_VALUE;
        if (nulOffset >= 0 && nulOffset >= lineStart && nulOffset < nextLineStart) {
            int nul = nulOffset - lineStart;
            String text = new String(buf, lineStart, nul, StandardCharsets.UTF_8);
            throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename,
                    lineno, 0, lineno, 0, text);
        }
    }

    /** CPython's {@code tok_backup}: steps back over {@code c} (nothing for EOF). */
    final void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    final void setStart(int at) {
        start = at;
        startLineno = lineno;
        startLineStart = lineStart;
    }

    final Token make(TokenType type, int pStart, int pEnd) {
        String s = type.operator();
        if (s == null || pEnd - pStart != s.length() || (type == TokenType.NOTEQUAL && buf[pStart] == '<')) {
            s = text(pStart, pEnd);
        }
        return new Token(type, s, startLineno, pStart - startLineStart, lineno, cur - lineStart, pStart, cur);
    }

    final Token make(TokenType type, String s, int pStart) {
        return new Token(type, s, startLineno, pStart - startLineStart, lineno, cur - lineStart, pStart, cur);
    }

    final String text(int from, int to) {
        if (to <= from) {
            return "";
        }
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** DEDENT or ENDMARKER at end of input, where {@code python -m tokenize} puts them. */
    final Token trailing(TokenType type) {
        int line = Math.max(lineCount, lineno) + 1;
        return new Token(type, "", line, 0, line, 0, end, end);
    }

    /** CPython's {@code syntaxerror}: at the cursor, on the current line. */
    final PySyntaxError error(String msg) {
        int col = charCount(lineStart, cur);
        return newError(msg, col, col);
    }

    /** CPython's {@code syntaxerror_known_range}: columns as CPython passes them. */
    final PySyntaxError errorRange(String msg, int col, int endCol) {
        return newError(msg, col, endCol);
    }

    final PySyntaxError newError(String msg, int col, int endCol) {
        lastErrorDeferred = false;
        return new PySyntaxError("SyntaxError", msg, filename, lineno, col, lineno, endCol, src.line(lineno));
    }

    /** A SyntaxError on a given line at a 1-based code-point column. */
    final PySyntaxError newErrorAt(int line, String msg, int col) {
        lastErrorDeferred = false;
        return new PySyntaxError("SyntaxError", msg, filename, line, col, line, col, src.line(line));
    }

    final PySyntaxError deferred(String kind, String msg, int line, int col, int endLine, int endCol) {
        lastErrorDeferred = true;
        return new PySyntaxError(kind, msg, filename, line, col, endLine, endCol, src.line(line));
    }

    /** Number of code points in buf[from, to). */
    final int charCount(int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < buf.length; i++) {
            if ((buf[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        if (to > buf.length) {
            n += to - buf.length;
        }
        return n;
    }

    final int peekAt(int i) {
        return i < end ? buf[i] & 0xFF : EOF;
    }
}
