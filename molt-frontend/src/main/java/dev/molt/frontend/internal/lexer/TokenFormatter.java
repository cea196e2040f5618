package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import java.util.List;

/**
 * Formats tokens as CPython 3.12's {@code python -m tokenize -e} prints them
 * ({@code Lib/tokenize.py} {@code _main}: {@code "%-20s%-15s%-15r" % (range, exact type, string)}),
 * with an {@code ENCODING} line first. Columns are converted from UTF-8 bytes to code points.
 */
public final class TokenFormatter {
    private TokenFormatter() {}

    /**
     * Formats a token list.
     *
     * @param tokens tokens of {@code src}, normally from {@code Lexer.tokenize(src, true)}
     * @param src the source, for code-point columns
     * @return one line per token (plus the ENCODING line), each ending with {@code \n}
     */
    public static String format(List<Token> tokens, SourceText src) {
        StringBuilder sb = new StringBuilder(tokens.size() * 48);
        line(sb, "0,0-0,0:", "ENCODING", src.encoding());
        Columns cols = new Columns(src);
        for (Token t : tokens) {
            int sc = cols.charCol(t.lineno(), t.colOffset());
            int ec;
            if (t.endLineno() != t.lineno()
                    && (t.type() == TokenType.STRING || t.type() == TokenType.FSTRING_MIDDLE)) {
                // Python-tokenize.c converts the end column of a multi-line string with the text
                // starting at the string's first line: reproduce that.
                ec = charsFrom(src, src.lineStart(t.lineno()), t.endColOffset());
            } else {
                ec = cols.charCol(t.endLineno(), t.endColOffset());
            }
            String range = t.lineno() + "," + sc + "-" + t.endLineno() + "," + ec + ":";
            String type = t.type() == TokenType.NOTEQUAL && t.string().equals("<>") ? "OP" : t.type().name();
            line(sb, range, type, t.string());
        }
        return sb.toString();
    }

    /**
     * Byte-to-code-point columns for ascending positions, counted incrementally so that a long
     * non-ASCII line costs linear time, not quadratic.
     */
    private static final class Columns {
        private final SourceText src;
        private int line = -1;
        private int byteCol;
        private int charCol;

        Columns(SourceText src) {
            this.src = src;
        }

        int charCol(int lineno, int col) {
            if (src.isAscii() || lineno < 1 || lineno > src.lineCount()) {
                return src.byteColToCharCol(lineno, col);
            }
            if (lineno != line || col < byteCol) {
                line = lineno;
                byteCol = 0;
                charCol = 0;
            }
            byte[] b = src.bytes();
            int base = src.lineStart(lineno);
            int len = src.lineLength(lineno);
            int upto = Math.min(col, len);
            for (; byteCol < upto; byteCol++) {
                if ((b[base + byteCol] & 0xC0) != 0x80) {
                    charCol++;
                }
            }
            return charCol + Math.max(0, col - Math.max(upto, byteCol));
        }
    }

    private static int charsFrom(SourceText src, int from, int byteCount) {
        byte[] b = src.bytes();
        int n = 0;
        int to = Math.min(from + byteCount, b.length);
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n + Math.max(0, from + byteCount - to);
    }

    private static void line(StringBuilder sb, String range, String type, String string) {
        pad(sb, range, 20);
        pad(sb, type, 15);
        pad(sb, repr(string), 15);
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, String s, int width) {
        sb.append(s);
        for (int i = s.codePointCount(0, s.length()); i < width; i++) {
            sb.append(' ');
        }
    }

    /**
     * Python's {@code repr} of a {@code str} ({@code Objects/unicodeobject.c unicode_repr}).
     *
     * @param s the string
     * @return the quoted, escaped form
     */
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F) {
                sb.append((char) cp);
            } else if (Unicode.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(q);
        return sb.toString();
    }
}
