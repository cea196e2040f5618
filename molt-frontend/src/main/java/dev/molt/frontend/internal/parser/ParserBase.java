package dev.molt.frontend.internal.parser;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import dev.molt.frontend.ast.Located;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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

    final SourceFile source;
    final Token[] toks;
    final TokenType[] types;
    /** For NAME tokens that are hard or soft keywords, the interned keyword; else null. */
    final String[] kws;
    final int n;
    int pos;
    /** Furthest token index looked at, for the generic error position. */
    int maxPos;
    private String[] lines;

    ParserBase(SourceFile source, List<Token> tokens) {
        this.source = source;
        this.n = tokens.size();
        this.toks = tokens.toArray(new Token[0]);
        this.types = new TokenType[n];
        this.kws = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = toks[i];
            types[i] = t.type();
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
        if (t.type() == TokenType.INDENT) {
            return errorAtToken("IndentationError", "unexpected indent", t);
        }
        if (t.type() == TokenType.DEDENT && i > 0) {
            return errorAtToken("IndentationError", "unexpected unindent", t);
        }
        if (t.type() == TokenType.ENDMARKER || t.type() == TokenType.NEWLINE && t.string().isEmpty()
                && i + 1 < n && types[i + 1] != TokenType.NEWLINE && allDedentOrEnd(i + 1)) {
            return error("SyntaxError", "invalid syntax", t.lineno(), t.colOffset(), t.lineno(),
                    t.colOffset());
        }
        return errorAtToken("SyntaxError", "invalid syntax", t);
    }

    private boolean allDedentOrEnd(int i) {
        for (; i < n; i++) {
            if (types[i] != TokenType.DEDENT && types[i] != TokenType.ENDMARKER) {
                return false;
            }
        }
        return true;
    }

    final PySyntaxError errorAtToken(String kind, String msg, Token t) {
        return error(kind, msg, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
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
        String text = line(line);
        int off = charCol(text, byteCol) + 1;
        int endOff = endLine == line ? charCol(text, endByteCol) + 1 : charCol(line(endLine), endByteCol) + 1;
        return new PySyntaxError(kind, msg, source.name(), line, off, endLine, endOff, text);
    }

    private static int charCol(String text, int byteCol) {
        if (text == null) {
            return byteCol;
        }
        int bytes = 0;
        int cps = 0;
        for (int i = 0; i < text.length() && bytes < byteCol; ) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            cps++;
        }
        return cps + Math.max(0, byteCol - bytes);
    }

    /** Source line {@code lineno} (1-based) without its line end, or null. */
    final String line(int lineno) {
        if (lines == null) {
            lines = splitLines();
        }
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }

    private String[] splitLines() {
        byte[] b = source.bytes();
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            start = 3;
        }
        String text = new String(b, start, b.length - start, StandardCharsets.UTF_8);
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }
}
