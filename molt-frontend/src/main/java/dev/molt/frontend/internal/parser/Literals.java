package dev.molt.frontend.internal.parser;

import dev.molt.frontend.Token;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.JoinedStr;
import dev.molt.frontend.internal.lexer.StringDecoder;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Literal values: NUMBER tokens to {@link ConstantValue}s, STRING tokens to str/bytes constants
 * (CPython 3.12 Parser/string_parser.c {@code _PyPegen_parse_string}, through the lexer's
 * {@link StringDecoder}), and implicit concatenation
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
        ConstantValue v;
        try {
            StringDecoder.Literal lit = StringDecoder.literal(s);
            int from = lit.bodyStart();
            int to = lit.bodyEnd(s.length());
            v = lit.bytes() ? new ConstantValue.Bytes(StringDecoder.decodeBytes(s, from, to, lit.raw(), null))
                    : str(StringDecoder.decodeStrExact(s, from, to, lit.raw(), null));
        } catch (StringDecoder.DecodeError e) {
            throw p.errorAtToken("SyntaxError", e.getMessage(), t);
        }
        String kind = s.charAt(0) == 'u' ? "u" : null;
        return new Constant(v, kind, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /**
     * Decodes the escapes of f-string literal text (an FSTRING_MIDDLE), as a non-raw str body,
     * keeping its code points exact (see {@link ConstantValue.Str}).
     *
     * @throws dev.molt.frontend.PySyntaxError at {@code t} for a malformed escape
     */
    static ConstantValue.Str decodeStr(ParserBase p, String text, Token t) {
        try {
            return str(StringDecoder.decodeStrExact(text, 0, text.length(), false, null));
        } catch (StringDecoder.DecodeError e) {
            throw p.errorAtToken("SyntaxError", e.getMessage(), t);
        }
    }

    private static ConstantValue.Str str(StringDecoder.Decoded d) {
        return new ConstantValue.Str(d.value(), d.splitPairs());
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
                    ConstantValue.Str joined = ConstantValue.Str.of("");
                    Constant lastElem = first;
                    int j = i;
                    for (; j < flat.size() && flat.get(j) instanceof Constant k; j++) {
                        // Str.concat keeps a lone high surrogate ending one piece and a lone low
                        // surrogate starting the next as two code points
                        joined = joined.concat((ConstantValue.Str) k.value());
                        lastElem = k;
                    }
                    i = j - 1;
                    e = new Constant(joined, first.kind(), first.lineno(),
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
