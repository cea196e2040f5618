package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;

/**
 * String literals and PEP 701 f-strings: CPython 3.12's {@code letter_quote} and
 * {@code f_string_quote} blocks of {@code tok_get_normal_mode} and all of
 * {@code tok_get_fstring_mode}, with the tokenizer-mode stack ({@code tok_mode_stack}) they share
 * with the main loop in {@link Lexer}.
 *
 * <p>An f-string is FSTRING_START, then FSTRING_MIDDLE text (with {@code {{}/{@code }}} reduced to
 * one brace in the token text while the token spans both), replacement fields tokenized in regular
 * mode by {@link #normalMode}, format specs back in f-string mode, and FSTRING_END.
 */
abstract class StringLexer extends NumberLexer {
    static final int MAXFSTRINGLEVEL = 150;
    static final int MAX_EXPR_NESTING = 3;

    /** One entry of CPython's {@code tok_mode_stack} ({@code tokenizer_mode}). */
    static final class Mode {
        boolean fstringMode;
        int quote;
        int quoteSize;
        boolean raw;
        int fStart;
        int fMultiLineStart;
        int fLineno;
        int curlyDepth;
        int exprStartDepth;
        boolean inFormatSpec;
    }

    final Mode[] modes = new Mode[MAXFSTRINGLEVEL];
    int modeIndex;
    final boolean hasInvalidUtf8;

    StringLexer(SourceText src, boolean extraTokens) {
        super(src, extraTokens);
        modes[0] = new Mode();
        hasInvalidUtf8 = src.firstInvalidUtf8() >= 0;
    }

    /** The regular-mode tokenizer ({@code tok_get_normal_mode}), entered for replacement fields. */
    abstract Token normalMode(Mode mode);

    // ---------------------------------------------------------------- strings

    /** CPython's {@code letter_quote} block; {@code quote} has just been read. */
    final Token string(int quote) {
        int afterQuote = cur;
        int firstLineno = startLineno;
        int multiLineStart = startLineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = lineno;
                cur = start + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                if (modeIndex > 0) {
                    Mode top = modes[modeIndex];
                    if (top.quote == quote && top.quoteSize == quoteSize) {
                        throw error("f-string: expecting '}'");
                    }
                }
                if (quoteSize == 3) {
                    if (extra && c == EOF) {
                        throw error("EOF in multi-line string"); // the tokenize module's TokenError
                    }
                    throw error("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                throw error("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        if (hasInvalidUtf8 && !extra) {
            checkLiteralUtf8(afterQuote + (quoteSize == 3 ? 2 : 0), cur - quoteSize, hasPrefix(afterQuote - 1, 'b'),
                    hasPrefix(afterQuote - 1, 'r'));
        }
        return make(TokenType.STRING, start, cur);
    }

    // ---------------------------------------------------------------- f-strings (PEP 701)

    /** CPython's {@code f_string_quote} block: pushes an f-string mode and returns FSTRING_START. */
    final Token fstringStart(int quote) {
        int quoteSize = 1;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfterQuote = nextc();
            if (afterAfterQuote == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfterQuote);
                backup(afterQuote);
            }
        }
        if (afterQuote != quote) {
            backup(afterQuote);
        }
        if (modeIndex + 1 >= MAXFSTRINGLEVEL) {
            throw error("too many nested f-strings");
        }
        Token t = make(TokenType.FSTRING_START, start, cur);
        modeIndex++;
        Mode m = modes[modeIndex];
        if (m == null) {
            m = new Mode();
            modes[modeIndex] = m;
        }
        m.fstringMode = true;
        m.quote = quote;
        m.quoteSize = quoteSize;
        m.fStart = start;
        m.fMultiLineStart = lineStart;
        m.fLineno = lineno;
        m.inFormatSpec = false;
        int p = buf[start] | 0x20;
        m.raw = p == 'r' || (buf[start + 1] | 0x20) == 'r';
        m.curlyDepth = 0;
        m.exprStartDepth = -1;
        return t;
    }

    /** CPython's {@code tok_get_fstring_mode}. */
    final Token fstringMode(Mode mode) {
        setStart(cur);
        betweenTokens = false;
        int endQuoteSize = 0;
        boolean unicodeEscape = false;

        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                mode.exprStartDepth++;
                if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
                    throw error("f-string: expressions nested too deeply");
                }
                mode.fstringMode = false;
                return normalMode(mode);
            }
        } else {
            backup(startChar);
        }

        // At the end of the string?
        boolean atEnd = true;
        for (int i = 0; i < mode.quoteSize; i++) {
            int q = nextc();
            if (q != mode.quote) {
                backup(q);
                // Put back the quotes already consumed.
                cur -= i;
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            Token t = make(TokenType.FSTRING_END, start, cur);
            modeIndex--;
            return t;
        }

        while (endQuoteSize != mode.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
            if (c == EOF || (mode.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    mode.fstringMode = false;
                    mode.inFormatSpec = false;
                    return middle(start, cur);
                }
                int detected = lineno;
                cur = mode.fStart + 1;
                lineStart = mode.fMultiLineStart;
                lineno = mode.fLineno;
                if (mode.quoteSize == 3) {
                    throw error("unterminated triple-quoted f-string literal (detected at line " + detected + ")");
                }
                throw error("unterminated f-string literal (detected at line " + detected + ")");
            }
            if (c == mode.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    mode.exprStartDepth++;
                    if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
                        throw error("f-string: expressions nested too deeply");
                    }
                    mode.fstringMode = false;
                    mode.inFormatSpec = false;
                    return middle(start, cur);
                }
                return middle(start, cur - 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return middle(start, cur);
                }
                int peek = nextc();
                if (peek == '}' && !inFormatSpec && mode.curlyDepth == 0) {
                    return middle(start, cur - 1);
                }
                backup(peek);
                backup(c);
                mode.fstringMode = false;
                return middle(start, cur);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    backup(peek);
                    continue;
                }
                if (!mode.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        // Back up the closing quotes: FSTRING_END takes them next time.
        cur -= mode.quoteSize;
        return middle(start, cur);
    }

    /** An FSTRING_MIDDLE whose text is [start, pEnd) and whose span ends at the cursor. */
    final Token middle(int pStart, int pEnd) {
        if (hasInvalidUtf8 && !extra) {
            checkLiteralUtf8(pStart, pEnd, false, modes[modeIndex].raw);
        }
        if (extra && pEnd < cur) {
            // The tokenize module ends the token after the kept brace of "{{" / "}}".
            return new Token(TokenType.FSTRING_MIDDLE, text(pStart, pEnd), startLineno, pStart - startLineStart,
                    lineno, pEnd - lineStart, pStart, pEnd);
        }
        return make(TokenType.FSTRING_MIDDLE, text(pStart, pEnd), pStart);
    }

    final boolean hasPrefix(int quoteAt, char lower) {
        for (int i = start; i < quoteAt; i++) {
            if ((buf[i] | 0x20) == lower) {
                return true;
            }
        }
        return false;
    }

    /**
     * Invalid UTF-8 inside a literal: CPython's parser fails to decode the token's body and reports
     * the token's range ({@code (unicode error) ...}, or for bytes "bytes can only contain ASCII
     * literal characters").
     */
    final void checkLiteralUtf8(int bodyStart, int bodyEnd, boolean bytes, boolean raw) {
        Utf8.Invalid bad = Utf8.firstInvalid(buf, bodyStart, bodyEnd);
        if (bad == null) {
            return;
        }
        int base = bodyStart;
        if (!raw && !bytes) {
            boolean escapes = false;
            for (int i = bodyStart; i < bodyEnd && !escapes; i++) {
                escapes = buf[i] == '\\';
            }
            if (escapes) {
                // decode_unicode_with_escapes decodes each run of non-ASCII bytes on its own.
                int rs = bad.index();
                while (rs > bodyStart && buf[rs - 1] < 0) {
                    rs--;
                }
                int re = bad.index();
                while (re < bodyEnd && buf[re] < 0) {
                    re++;
                }
                bad = Utf8.firstInvalid(buf, rs, re);
                base = rs;
            }
        }
        String msg = bytes ? "bytes can only contain ASCII literal characters" : bad.message(buf, base);
        lastErrorDeferred = true;
        // CPython cannot convert these columns to code points and reports bytes.
        throw new PySyntaxError("SyntaxError", msg, filename, startLineno, start - startLineStart + 1,
                lineno, cur - lineStart + 1, src.line(startLineno));
    }
}
