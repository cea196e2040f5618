package dev.molt.frontend.internal.parser;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.internal.lexer.SourceText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The token buffer every layer of the parser shares: the tokens as arrays, the cursor with
 * mark/reset, keyword recognition, CPython's node-position rules and error raising.
 *
 * <p>Positions follow CPython 3.12 Parser/pegen.h {@code EXTRA}: a node starts at the first token
 * of its rule and ends at the last token the rule consumed that is not NEWLINE, INDENT, DEDENT or
 * ENDMARKER ({@code _PyPegen_get_last_nonnwhitespace_token}).
 *
 * <p>Failure of an alternative is signalled by {@link Backtrack}, a preallocated exception without
 * stack trace, used only where the grammar needs speculative parsing; when it escapes to the top,
 * it becomes CPython's generic {@code invalid syntax} error at the furthest token looked at (as
 * pegen reports at {@code p->tokens[p->fill-1]}).
 */
abstract class ParserBase {
    /** Thrown to abandon a speculative alternative; carries nothing. */
    static final class Backtrack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Backtrack INSTANCE = new Backtrack();

        private Backtrack() {
            super(null, null, false, false);
        }
    }

    final SourceText text;
    final Token[] toks;
    final TokenType[] types;
    /** For NAME tokens that are hard or soft keywords, the interned keyword; else null. */
    final String[] kws;
    /** Bracket nesting depth after each token (CPython's {@code tok->level}). */
    final short[] level;
    final int n;
    int pos;
    /**
     * Furthest token index looked at by the parse proper (CPython's first pass), where the generic
     * "invalid syntax" is reported.
     */
    int maxPos;
    /**
     * Furthest token index looked at, including speculative looks for specialised errors
     * (CPython's {@code p->fill} after its second pass).
     */
    int fill;
    /** The tokenizer's error after the last token, or null; raised if the parser gets there. */
    final PySyntaxError tokenizerError;
    /** Whether CPython raises {@link #tokenizerError} only when the parser reaches it. */
    final boolean tokenizerErrorDeferred;

    /**
     * A parser over {@code tokens}. When the tokenizer stopped at an error, {@code tokens} are
     * those before it (without ENDMARKER); an ERRORTOKEN sentinel is appended, and the error is
     * raised once the parser looks at the sentinel, or instead of a generic "invalid syntax" when
     * it is not deferred (CPython 3.12 Parser/pegen_errors.c
     * {@code _PyPegen_tokenize_full_source_to_check_for_errors}).
     */
    ParserBase(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        this.text = text;
        this.tokenizerError = tokenizerError;
        // A stray character ('$', '?', '`') is an ERRORTOKEN for CPython's parser, not a
        // tokenizer exception: it only matters if the parser gets there.
        this.tokenizerErrorDeferred = deferred
                || tokenizerError != null && tokenizerError.msg().equals("invalid syntax");
        if (tokenizerError != null || tokens.isEmpty()
                || tokens.get(tokens.size() - 1).type() != TokenType.ENDMARKER) {
            List<Token> copy = new ArrayList<>(tokens.size() + 1);
            copy.addAll(tokens);
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            int l = last == null ? 1 : last.endLineno();
            int c = last == null ? 0 : last.endColOffset();
            int o = last == null ? 0 : last.endOffset();
            copy.add(new Token(TokenType.ERRORTOKEN, "", l, c, l, c, o, o));
            tokens = copy;
        }
        this.n = tokens.size();
        this.toks = tokens.toArray(new Token[0]);
        this.types = new TokenType[n];
        this.kws = new String[n];
        this.level = new short[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            Token t = toks[i];
            types[i] = t.type();
            switch (t.type()) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
            level[i] = (short) Math.min(depth, Short.MAX_VALUE);
            if (t.type() == TokenType.NAME) {
                kws[i] = Keywords.keyword(t.string());
            }
        }
    }

    // ---- cursor ------------------------------------------------------------------------------

    final TokenType type() {
        if (pos > maxPos) {
            maxPos = pos;
        }
        return types[pos];
    }

    final TokenType typeAt(int i) {
        if (i >= n) {
            i = n - 1;
        }
        if (i > maxPos) {
            maxPos = i;
        }
        return types[i];
    }

    /** The keyword at the cursor (hard or soft), or null. */
    final String kw() {
        if (pos > maxPos) {
            maxPos = pos;
        }
        return kws[pos];
    }

    final String kwAt(int i) {
        if (i >= n) {
            return null;
        }
        if (i > maxPos) {
            maxPos = i;
        }
        return kws[i];
    }

    final boolean at(TokenType t) {
        return type() == t;
    }

    /** Whether the cursor is at the keyword {@code k} (an interned literal). */
    final boolean atKw(String k) {
        return kw() == k;
    }

    final boolean accept(TokenType t) {
        if (type() == t) {
            pos++;
            return true;
        }
        return false;
    }

    final boolean acceptKw(String k) {
        if (kw() == k) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(TokenType t) {
        if (type() != t) {
            throw fail();
        }
        return toks[pos++];
    }

    final void expectKw(String k) {
        if (kw() != k) {
            throw fail();
        }
        pos++;
    }

    /** A NAME token that is not a hard keyword (soft keywords are names). */
    final boolean atName() {
        return type() == TokenType.NAME && (kws[pos] == null || Keywords.isSoft(kws[pos]));
    }

    final boolean atNameAt(int i) {
        return typeAt(i) == TokenType.NAME && (kws[i] == null || Keywords.isSoft(kws[i]));
    }

    /** Consumes a NAME (not a hard keyword) and returns its NFKC-normalized identifier. */
    final String name() {
        if (!atName()) {
            throw fail();
        }
        return identifier(toks[pos++].string());
    }

    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /** Forgets how far a second-pass-only look went, keeping it in {@link #fill}. */
    final void restoreFurthest(int saved) {
        fill = Math.max(fill, maxPos);
        maxPos = saved;
    }

    /** {@link #fill} as of now. */
    final int furthestFetched() {
        return Math.max(fill, maxPos);
    }

    // ---- positions ---------------------------------------------------------------------------

    final int ln(int start) {
        return toks[start].lineno();
    }

    final int co(int start) {
        return toks[start].colOffset();
    }

    /** The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
    final Token last() {
        int m = pos - 1;
        while (m > 0) {
            TokenType t = types[m];
            if (t != TokenType.NEWLINE && t != TokenType.INDENT && t != TokenType.DEDENT
                    && t != TokenType.ENDMARKER) {
                break;
            }
            m--;
        }
        return toks[Math.max(m, 0)];
    }

    final int eln() {
        return last().endLineno();
    }

    final int eco() {
        return last().endColOffset();
    }

    // ---- errors ------------------------------------------------------------------------------

    /** Signals that the current alternative does not match. */
    final Backtrack fail() {
        return Backtrack.INSTANCE;
    }

    /** CPython's generic error at the furthest token looked at. */
    final PySyntaxError invalidSyntax() {
        int i = Math.min(maxPos, n - 1);
        Token t = toks[i];
        if (tokenizerError != null && (i == n - 1 || (!tokenizerErrorDeferred
                || tokenizerError.msg().endsWith("was never closed")
                        && toks[Math.min(furthestFetched(), n - 1)].lineno() > tokenizerError.lineno())
                && t.type() != TokenType.INDENT && t.type() != TokenType.DEDENT)) {
            return tokenizerError;
        }
        if (t.type() == TokenType.INDENT) {
            return unexpectedIndent(i);
        }
        if (t.type() == TokenType.DEDENT && i > 0) {
            return errorAtTokenIndex("IndentationError", "unexpected unindent", i);
        }
        if (t.type() == TokenType.ENDMARKER) {
            // CPython's ENDMARKER has no column: offset 0 on the last line.
            int line = Math.max(1, text.lineCount());
            return error("SyntaxError", "invalid syntax", line, -1, line, -1);
        }
        return errorAtToken("SyntaxError", "invalid syntax", t);
    }

    /**
     * "unexpected indent". CPython's INDENT token has no column; the error takes the tokenizer's
     * position after the indentation as its (1-based) offset, i.e. the indentation's width.
     */
    final PySyntaxError unexpectedIndent(int i) {
        Token next = toks[Math.min(i + 1, n - 1)];
        int col = Math.max(0, next.colOffset() - 1);
        return error("IndentationError", "unexpected indent", next.lineno(), col, next.lineno(), col);
    }

    private boolean allDedentOrEnd(int i) {
        for (; i < n; i++) {
            if (types[i] != TokenType.DEDENT && types[i] != TokenType.ENDMARKER && types[i] != TokenType.ERRORTOKEN) {
                return false;
            }
        }
        return true;
    }

    /**
     * An error located at the furthest token looked at, as CPython's {@code RAISE_SYNTAX_ERROR}
     * without a location ({@code p->tokens[p->fill-1]}).
     */
    final PySyntaxError errorAtFurthest(String msg) {
        return errorAtTokenIndex("SyntaxError", msg, maxPos);
    }

    final PySyntaxError errorAtToken(String kind, String msg, Token t) {
        return error(kind, msg, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /**
     * An error at token {@code i} where CPython has no location of its own for it
     * ({@code RAISE_SYNTAX_ERROR}, {@code RAISE_INDENTATION_ERROR}): a DEDENT or ENDMARKER has
     * no column in CPython, which then uses the tokenizer's position: at the end of input, just
     * after the last line's text; before a dedented line, column -1 of that line.
     */
    final PySyntaxError errorAtTokenIndex(String kind, String msg, int i) {
        Token t = toks[Math.min(i, n - 1)];
        if (t.type() == TokenType.DEDENT || t.type() == TokenType.ENDMARKER || t.type() == TokenType.ERRORTOKEN) {
            if (allDedentOrEnd(i)) {
                int line = Math.max(1, text.lineCount());
                int col = text.lineLength(line);
                return error(kind, msg, line, col, line, col);
            }
            return error(kind, msg, t.lineno(), -1, t.lineno(), -1);
        }
        return errorAtToken(kind, msg, t);
    }

    final PySyntaxError errorAtNode(String msg, Located node) {
        return error("SyntaxError", msg, node.lineno(), node.colOffset(), node.endLineno(),
                node.endColOffset());
    }

    final PySyntaxError errorRange(String msg, Located from, Located to) {
        return error("SyntaxError", msg, from.lineno(), from.colOffset(), to.endLineno(),
                to.endColOffset());
    }

    /**
     * Builds a syntax error from byte positions (0-based columns), converting them to CPython's
     * 1-based code-point offsets.
     */
    final PySyntaxError error(String kind, String msg, int line, int byteCol, int endLine,
            int endByteCol) {
        String lineText = line >= 1 && line <= text.lineCount() ? text.line(line) : null;
        int off = text.byteColToCharCol(line, byteCol) + 1;
        int endOff = text.byteColToCharCol(endLine, endByteCol) + 1;
        return new PySyntaxError(kind, msg, text.name(), line, off, endLine, endOff, lineText);
    }

    /** The decoded source. */
    final SourceText text() {
        return text;
    }
}
