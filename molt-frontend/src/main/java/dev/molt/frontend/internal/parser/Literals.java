package dev.molt.frontend.internal.parser;

import dev.molt.frontend.Token;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.JoinedStr;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Literal values: NUMBER tokens to {@link ConstantValue}s, STRING tokens to str/bytes constants
 * (CPython 3.12 Parser/string_parser.c {@code _PyPegen_parse_string}), and implicit concatenation
 * of adjacent literals (Parser/action_helpers.c {@code _PyPegen_concatenate_strings}).
 */
final class Literals {
    private Literals() {}

    /**
     * The value of a NUMBER token (Python Language Reference §2.4.5-§2.4.7): int of any size,
     * float, or imaginary. Underscores are ignored.
     */
    static ConstantValue number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int len = s.length();
        char last = s.charAt(len - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Complex(Double.parseDouble(s.substring(0, len - 1)));
        }
        if (len > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            if (k == 'x' || k == 'X') {
                return new ConstantValue.Int(new BigInteger(s.substring(2), 16));
            }
            if (k == 'o' || k == 'O') {
                return new ConstantValue.Int(new BigInteger(s.substring(2), 8));
            }
            if (k == 'b' || k == 'B') {
                return new ConstantValue.Int(new BigInteger(s.substring(2), 2));
            }
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new ConstantValue.Float(Double.parseDouble(s));
            }
        }
        if (len < 18) {
            return new ConstantValue.Int(BigInteger.valueOf(Long.parseLong(s)));
        }
        return new ConstantValue.Int(new BigInteger(s));
    }

    /** A STRING token's constant: str (kind "u" for a lowercase {@code u} prefix) or bytes. */
    static Constant stringConstant(ParserBase p, Token t) {
        String s = t.string();
        int q = 0;
        boolean raw = false;
        boolean bytes = false;
        while (q < s.length() && s.charAt(q) != '\'' && s.charAt(q) != '"') {
            char c = s.charAt(q);
            if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'b' || c == 'B') {
                bytes = true;
            }
            q++;
        }
        int qlen = s.length() - q >= 6 && s.charAt(q) == s.charAt(q + 1) && s.charAt(q) == s.charAt(q + 2) ? 3 : 1;
        String body = s.substring(q + qlen, s.length() - qlen);
        ConstantValue v;
        if (bytes) {
            v = new ConstantValue.Bytes(decodeBytes(p, body, raw, t));
        } else {
            v = new ConstantValue.Str(raw || body.indexOf('\\') < 0 ? body : decodeStr(p, body, t));
        }
        String kind = s.charAt(0) == 'u' ? "u" : null;
        return new Constant(v, kind, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** Decodes the escapes of a non-raw str literal body (Language Reference §2.4.1.1). */
    static String decodeStr(ParserBase p, String body, Token t) {
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + body.charAt(++i) - '0';
                        k++;
                    }
                    sb.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = hex(body, i + 1, digits);
                    if (v < 0) {
                        String kind = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw p.errorAtToken("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + Math.min(n - 1, i + digits) + ": truncated " + kind + " escape", t);
                    }
                    if (v > 0x10FFFF) {
                        throw p.errorAtToken("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + (i + digits) + ": illegal Unicode character", t);
                    }
                    sb.appendCodePoint(v);
                    i += digits;
                }
                case 'N' -> {
                    int close = i + 1 < n && body.charAt(i + 1) == '{' ? body.indexOf('}', i + 2) : -1;
                    int cp = -1;
                    if (close > i + 2) {
                        try {
                            cp = Character.codePointOf(body.substring(i + 2, close));
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        throw p.errorAtToken("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + (close < 0 ? i : close) + ": " + (close < 0 ? "malformed \\N character escape"
                                : "unknown Unicode character name"), t);
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int hex(String s, int from, int digits) {
        if (from + digits > s.length()) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    /** Decodes a bytes literal body (Language Reference §2.4.1). */
    static byte[] decodeBytes(ParserBase p, String body, boolean raw, Token t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 0x80) {
                throw p.errorAtToken("SyntaxError", "bytes can only contain ASCII literal characters", t);
            }
            if (c != '\\' || raw || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + body.charAt(++i) - '0';
                        k++;
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int v = hex(body, i + 1, 2);
                    if (v < 0) {
                        throw p.errorAtToken("SyntaxError", "(value error) invalid \\x escape at position " + (i - 1), t);
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    if (e >= 0x80) {
                        throw p.errorAtToken("SyntaxError", "bytes can only contain ASCII literal characters", t);
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Implicit concatenation of adjacent literals, as CPython 3.12's
     * {@code _PyPegen_concatenate_strings}: bytes join into one bytes constant; otherwise, with no
     * f-string, one str constant; with an f-string, a JoinedStr whose adjacent constants are merged
     * and whose empty constants are dropped.
     */
    static Expr concatenate(ParserBase p, List<Expr> strings, int l, int c, int el, int ec) {
        boolean fstring = false;
        boolean unicode = false;
        boolean bytes = false;
        for (Expr e : strings) {
            if (e instanceof Constant k) {
                if (k.value() instanceof ConstantValue.Bytes) {
                    bytes = true;
                } else {
                    unicode = true;
                }
            } else {
                fstring = true;
            }
        }
        if ((unicode || fstring) && bytes) {
            throw p.errorAtFurthest("cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr e : strings) {
                byte[] b = ((ConstantValue.Bytes) ((Constant) e).value()).value();
                out.write(b, 0, b.length);
            }
            return new Constant(new ConstantValue.Bytes(out.toByteArray()), ((Constant) strings.get(0)).kind(), l, c, el, ec);
        }
        if (!fstring && strings.size() == 1) {
            return strings.get(0);
        }
        List<Expr> flat = new ArrayList<>();
        for (Expr e : strings) {
            if (e instanceof JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(e);
            }
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr e = flat.get(i);
            if (e instanceof Constant first) {
                if (fstring && isEmptyStr(first) && !(i + 1 < flat.size() && flat.get(i + 1) instanceof Constant)) {
                    continue;
                }
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Constant) {
                    StringBuilder sb = new StringBuilder();
                    Constant lastElem = first;
                    int j = i;
                    for (; j < flat.size() && flat.get(j) instanceof Constant k; j++) {
                        sb.append(((ConstantValue.Str) k.value()).value());
                        lastElem = k;
                    }
                    i = j - 1;
                    e = new Constant(new ConstantValue.Str(sb.toString()), first.kind(), first.lineno(),
                            first.colOffset(), lastElem.endLineno(), lastElem.endColOffset());
                }
                if (fstring && isEmptyStr((Constant) e)) {
                    continue;
                }
            }
            values.add(e);
        }
        if (!fstring) {
            return values.get(0);
        }
        return new JoinedStr(values, l, c, el, ec);
    }

    private static boolean isEmptyStr(Constant k) {
        return k.value() instanceof ConstantValue.Str s && s.value().isEmpty();
    }
}
