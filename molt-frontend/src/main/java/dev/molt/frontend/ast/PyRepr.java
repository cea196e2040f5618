package dev.molt.frontend.ast;

import dev.molt.frontend.internal.lexer.UnicodeTables;
import java.math.BigDecimal;

/** Python's {@code repr()} of the constant kinds an AST holds. */
final class PyRepr {
    private PyRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * {@code repr(float)}: the shortest string that round-trips, in fixed notation when the decimal
     * exponent is in (-4, 16] and scientific otherwise. Follows CPython 3.12
     * Python/pystrtod.c {@code format_float_short} with mode 'r' and {@code Py_DTSF_ADD_DOT_0}.
     */
    static String floatRepr(double x) {
        return formatShort(x, true);
    }

    /** {@code repr(complex(real, imag))} per CPython 3.12 Objects/complexobject.c complex_repr. */
    static String complexRepr(double real, double imag) {
        String im = formatShort(imag, false);
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return im + "j";
        }
        String re = formatShort(real, false);
        String sign = (imag >= 0 || Double.isNaN(imag)) && !im.startsWith("-") ? "+" : "";
        return "(" + re + sign + im + "j)";
    }

    private static String formatShort(double x, boolean addDot0) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Math.copySign(1.0, x) < 0) ? "-" : "";
        x = Math.abs(x);
        if (x == 0.0) {
            return sign + (addDot0 ? "0.0" : "0");
        }
        // Java 19+ Double.toString yields the shortest decimal that round-trips (closest when
        // several do), the same digits as David Gay's dtoa mode 0 that CPython uses.
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int decpt = digits.length() - d.scale(); // value = 0.DIGITS * 10^decpt
        if (digits.length() == 2) {
            // Java picks a 2-digit decimal where a 1-digit one also round-trips but lies farther
            // from x (e.g. 4.9E-324 for 5e-324); Python wants the shortest.
            String one = shortestOneDigit(x, digits, decpt);
            if (one != null) {
                decpt += one.length() - 1;
                digits = one.substring(0, 1);
            }
        }
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt));
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(decpt - digits.length()));
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * A one-digit decimal that reads back as {@code x}, or {@code null}. Returns {@code "d"}, or
     * {@code "10"} when rounding up carries (the caller then shifts the decimal point by one).
     */
    private static String shortestOneDigit(double x, String twoDigits, int decpt) {
        int lo = twoDigits.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(x);
        String best = null;
        BigDecimal bestDist = null;
        for (int c = lo; c <= lo + 1; c++) {
            BigDecimal cand = new BigDecimal(java.math.BigInteger.valueOf(c), -(decpt - 1));
            if (c == 0 || cand.doubleValue() != x) {
                continue;
            }
            BigDecimal dist = cand.subtract(exact).abs();
            if (bestDist == null || dist.compareTo(bestDist) < 0) {
                bestDist = dist;
                best = Integer.toString(c);
            }
        }
        return best;
    }

    /**
     * {@code repr(str)} per CPython 3.12 Objects/unicodeobject.c unicode_repr: single quotes unless
     * the text holds a single quote and no double quote; backslash escapes for the quote, the
     * backslash, tab, newline and carriage return; {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}
     * for code points that are not printable.
     */
    static String strRepr(String s) {
        return strRepr(s, null);
    }

    /**
     * As {@link #strRepr(String)} for the code points of a {@link ConstantValue.Str}: the surrogate
     * pairs at the UTF-16 indices {@code splitPairs} (strictly increasing, or null) are two code
     * points each.
     */
    static String strRepr(String s, int[] splitPairs) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp;
            if (splitPairs != null && k < splitPairs.length && splitPairs[k] == i) {
                cp = s.charAt(i++);
                k++;
            } else {
                cp = s.codePointAt(i);
                i += Character.charCount(cp);
            }
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(bytes)} per CPython 3.12 Objects/bytesobject.c PyBytes_Repr. */
    static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * CPython 3.12's {@code Py_UNICODE_ISPRINTABLE} ({@code str.isprintable()} of one code point):
     * false for the general categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except that the space
     * U+0020 is printable — in Unicode 15.0, from the table in {@code internal.lexer.UnicodeTables}, generated by
     * {@code tools/gen_unicode_tables.py} (the JDK's {@code Character} data is a later Unicode).
     *
     * @param cp a code point, 0 to 0x10FFFF (a surrogate is not printable)
     */
    static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 0x20 && cp < 0x7F;
        }
        return UnicodeTables.isPrintable(cp);
    }

    private static void hex(StringBuilder sb, char kind, int v, int width) {
        sb.append('\\').append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xf]);
        }
    }
}
