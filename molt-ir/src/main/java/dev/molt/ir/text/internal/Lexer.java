package dev.molt.ir.text.internal;

import dev.molt.ir.text.IrParseException;
import java.util.ArrayList;
import java.util.List;

/** Splits IR text into {@link Token}s; {@code ;} starts a comment to the end of the line. */
public final class Lexer {
    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    /** Returns all tokens of {@code src}, ending with one EOF token. @throws IrParseException on a bad token */
    public static List<Token> tokenize(String src) {
        Lexer lx = new Lexer(src);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind() != Token.Kind.EOF);
        return out;
    }

    private IrParseException error(String msg) {
        return new IrParseException(msg, line, pos - lineStart + 1);
    }

    private static boolean identStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean identPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
    }

    private Token next() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') pos++;
            else if (c == ';') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else break;
        }
        int col = pos - lineStart + 1;
        if (pos >= src.length()) return new Token(Token.Kind.EOF, "", line, col);
        char c = src.charAt(pos);
        int start = pos;
        if (c == '@' || c == '^') {
            pos++;
            while (pos < src.length() && identPart(src.charAt(pos))) pos++;
            if (pos == start + 1) throw error("expected a name after '" + c + "'");
            return new Token(c == '@' ? Token.Kind.SYMBOL : Token.Kind.BLOCK, src.substring(start + 1, pos), line, col);
        }
        if (c == 'b' && pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
            pos++;
            return new Token(Token.Kind.BYTES, string(true), line, col);
        }
        if (identStart(c)) {
            while (pos < src.length() && identPart(src.charAt(pos))) pos++;
            return new Token(Token.Kind.IDENT, src.substring(start, pos), line, col);
        }
        if (c == '"') return new Token(Token.Kind.STRING, string(false), line, col);
        if (c == '-' && pos + 1 < src.length() && src.charAt(pos + 1) == '>') {
            pos += 2;
            return new Token(Token.Kind.PUNCT, "->", line, col);
        }
        if (Character.isDigit(c) || c == '-') return number(col);
        if ("=,:(){}[]".indexOf(c) >= 0) {
            pos++;
            return new Token(Token.Kind.PUNCT, String.valueOf(c), line, col);
        }
        throw error("unexpected character '" + c + "'");
    }

    private Token number(int col) {
        int start = pos;
        if (src.charAt(pos) == '-') pos++;
        if (src.startsWith("inf", pos)) {
            pos += 3;
            return new Token(Token.Kind.FLOAT, src.substring(start, pos), line, col);
        }
        boolean isFloat = false;
        int digits = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isDigit(c)) pos++;
            else if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                pos++;
            } else if ((c == '-' || c == '+') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')) pos++;
            else break;
        }
        if (pos == digits) throw error("expected a number after '-'");
        return new Token(isFloat ? Token.Kind.FLOAT : Token.Kind.INT, src.substring(start, pos), line, col);
    }

    private String string(boolean bytes) {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') throw error("unterminated string");
            char c = src.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') {
                if (bytes && c > 0x7e) throw error("non-ASCII character in bytes literal");
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) throw error("unterminated string");
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case 'x' -> {
                    if (pos + 2 > src.length()) throw error("bad \\x escape");
                    sb.append((char) hex(src.substring(pos, pos + 2)));
                    pos += 2;
                }
                case 'u' -> {
                    if (bytes) throw error("\\u escape in bytes literal");
                    if (pos >= src.length() || src.charAt(pos) != '{') throw error("expected '{' after \\u");
                    int close = src.indexOf('}', pos);
                    if (close < 0) throw error("unterminated \\u{...} escape");
                    int cp = hex(src.substring(pos + 1, close));
                    if (cp > 0xffff) sb.appendCodePoint(cp);
                    else sb.append((char) cp);
                    pos = close + 1;
                }
                default -> throw error("unknown escape \\" + e);
            }
        }
    }

    private int hex(String s) {
        try {
            int v = Integer.parseInt(s, 16);
            if (v < 0 || v > 0x10ffff || s.isEmpty()) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException ex) {
            throw error("bad hex escape '" + s + "'");
        }
    }
}
