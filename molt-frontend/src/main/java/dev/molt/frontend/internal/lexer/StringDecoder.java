package dev.molt.frontend.internal.lexer;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Decodes the bodies of Python string and bytes literals: what CPython 3.12's
 * {@code Parser/string_parser.c} does with a STRING or FSTRING_MIDDLE token's text
 * ({@code decode_unicode_with_escapes} over {@code _PyUnicode_DecodeUnicodeEscapeInternal}, and
 * {@code _PyBytes_DecodeEscape}). Python Language Reference §2.4.1 "String and Bytes literals".
 *
 * <p>Escapes: {@code \<newline>} (continuation, removed), {@code \\ \' \" \a \b \f \n \r \t \v},
 * octal {@code \ooo} (1–3 digits; a value above {@code 0o377} is kept — masked to a byte for
 * bytes — and warned about), {@code \xhh}; for str also {@code \N{name}} (via
 * {@link Character#codePointOf}), {@code &#92;uXXXX}, {@code &#92;UXXXXXXXX}. An unknown escape keeps the
 * backslash and the character and is warned about ("invalid escape sequence '\q'"). Only the first
 * invalid escape of a literal is warned about, as in CPython.
 *
 * <p>Errors throw {@link DecodeError} whose message is CPython's {@code SyntaxError.msg}, such as
 * {@code (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape}
 * (positions count as CPython's escape decoder does: each non-ASCII code point as 10 bytes), or
 * {@code (value error) invalid \x escape at position 0}, or
 * {@code bytes can only contain ASCII literal characters}. CPython reports these at the literal's
 * token ({@code lineno}/{@code col_offset} of the STRING token, end at its end); the caller adds the
 * position.
 */
public final class StringDecoder {
    private StringDecoder() {}

    /** A literal that cannot be decoded; {@link #getMessage()} is CPython's {@code SyntaxError.msg}. */
    public static final class DecodeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    /**
     * The prefix and quotes of a STRING (or FSTRING_START) token's text.
     *
     * @param bytes {@code b}/{@code B} seen
     * @param raw {@code r}/{@code R} seen
     * @param unicode {@code u}/{@code U} seen (CPython's {@code Constant.kind == 'u'})
     * @param fstring {@code f}/{@code F} seen
     * @param prefixLength number of prefix letters
     * @param quoteSize 1 or 3
     */
    public record Literal(boolean bytes, boolean raw, boolean unicode, boolean fstring, int prefixLength, int quoteSize) {
        /** Index of the first character of the body in the token text. */
        public int bodyStart() {
            return prefixLength + quoteSize;
        }

        /** Index just after the body in the token text of length {@code tokenLength}. */
        public int bodyEnd(int tokenLength) {
            return tokenLength - quoteSize;
        }
    }

    /**
     * Splits a STRING token's text into prefix, quotes and body.
     *
     * @param token the text, such as {@code rb'''x'''}
     * @return the prefix flags and sizes
     * @throws IllegalArgumentException if the text is not a string literal
     */
    public static Literal literal(String token) {
        boolean b = false;
        boolean r = false;
        boolean u = false;
        boolean f = false;
        int i = 0;
        int n = token.length();
        while (i < n) {
            char c = token.charAt(i);
            switch (c) {
                case 'b', 'B' -> b = true;
                case 'r', 'R' -> r = true;
                case 'u', 'U' -> u = true;
                case 'f', 'F' -> f = true;
                default -> {
                    if (c != '\'' && c != '"') {
                        throw new IllegalArgumentException("not a string literal: " + token);
                    }
                    int q = (i + 2 < n && token.charAt(i + 1) == c && token.charAt(i + 2) == c && n - i >= 6) ? 3 : 1;
                    return new Literal(b, r, u, f, i, q);
                }
            }
            i++;
        }
        throw new IllegalArgumentException("not a string literal: " + token);
    }

    /**
     * Decodes a whole STRING token: a {@link String} for str literals, a {@code byte[]} for bytes
     * literals.
     *
     * @param token the token text including prefix and quotes (not an f-string)
     * @param warnings receives CPython's SyntaxWarning messages, or null
     * @return the value
     * @throws DecodeError as CPython's SyntaxError
     */
    public static Object decodeLiteral(String token, Consumer<String> warnings) {
        Literal lit = literal(token);
        int from = lit.bodyStart();
        int to = lit.bodyEnd(token.length());
        if (lit.bytes()) {
            return decodeBytes(token, from, to, lit.raw(), warnings);
        }
        return decodeStr(token, from, to, lit.raw(), warnings);
    }

    /**
     * Decodes a str literal's body (also an FSTRING_MIDDLE's text) to UTF-16 text. Where an
     * escape's high surrogate is followed by an escape's low surrogate ({@code &#92;ud834&#92;udd1e}) the
     * text cannot tell the two code points from one: use {@link #decodeStrExact} when that matters.
     *
     * @param s the text holding the body
     * @param from start of the body in {@code s}
     * @param to end of the body (exclusive)
     * @param raw an {@code r} prefix: the body is returned as is
     * @param warnings receives CPython's SyntaxWarning messages, or null
     * @return the value
     * @throws DecodeError for a malformed escape
     */
    public static String decodeStr(String s, int from, int to, boolean raw, Consumer<String> warnings) {
        return decodeStrExact(s, from, to, raw, warnings).value();
    }

    /**
     * A decoded str body: its code points as UTF-16 text plus the places where that text's UTF-16
     * is ambiguous. {@code splitPairs} holds the UTF-16 {@code char} indices {@code i} at which an
     * escape's high surrogate code point (at {@code i}) is directly followed by an escape's low
     * surrogate code point (at {@code i + 1}): two code points in Python, though Java would read
     * the pair as one; strictly increasing, {@code null} when there are none (almost always).
     * This is the shape of {@code dev.molt.frontend.ast.ConstantValue.Str}.
     *
     * @param value the text, not {@code null}
     * @param splitPairs the UTF-16 indices of surrogate pairs that are two code points, or {@code null}
     */
    public record Decoded(String value, int[] splitPairs) {}

    /**
     * Decodes a str literal's body (also an FSTRING_MIDDLE's text) exactly: as
     * {@link #decodeStr}, also telling which surrogate pairs of the result are two code points
     * (escapes such as {@code &#92;ud834&#92;udd1e}, via {@code &#92;u} or {@code &#92;U}).
     *
     * @param s the text holding the body
     * @param from start of the body in {@code s}
     * @param to end of the body (exclusive)
     * @param raw an {@code r} prefix: the body is returned as is
     * @param warnings receives CPython's SyntaxWarning messages, or null
     * @return the value and its split pairs
     * @throws DecodeError for a malformed escape
     */
    public static Decoded decodeStrExact(String s, int from, int to, boolean raw, Consumer<String> warnings) {
        if (raw || s.indexOf('\\', from) < 0 || s.indexOf('\\', from) >= to) {
            return new Decoded(s.substring(from, to), null);
        }
        StringBuilder out = new StringBuilder(to - from);
        int[] splits = null;
        String firstInvalid = null;
        int tpos = 0; // position in CPython's escape-decoder buffer (non-ASCII as \UXXXXXXXX)
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                out.appendCodePoint(cp);
                int len = Character.charCount(cp);
                i += len;
                tpos += cp < 0x80 ? 1 : 10;
                continue;
            }
            int escStart = tpos;
            i++;
            if (i >= to) {
                out.append('\\');
                tpos += 6;
                break;
            }
            char e = s.charAt(i);
            if (e >= 0x80) {
                // CPython turns the backslash into \u005c: a literal backslash, no warning.
                out.append('\\');
                tpos += 6;
                continue;
            }
            i++;
            tpos += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i) - '0');
                        i++;
                        tpos++;
                        digits++;
                    }
                    if (v > 0377 && firstInvalid == null) {
                        firstInvalid = "invalid octal escape sequence '\\" + s.substring(i - 3, i) + "'";
                    }
                    out.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int need = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int got = 0;
                    while (got < need && i < to && hexValue(s.charAt(i)) >= 0) {
                        v = v * 16 + hexValue(s.charAt(i));
                        i++;
                        tpos++;
                        got++;
                    }
                    if (got < need) {
                        String what = e == 'x' ? "truncated \\xXX escape"
                                : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(escStart, tpos, what);
                    }
                    if (v > 0x10FFFF) {
                        throw unicodeError(escStart, tpos, "illegal Unicode character");
                    }
                    if (v >= Character.MIN_LOW_SURROGATE && v <= Character.MAX_LOW_SURROGATE && !out.isEmpty()
                            && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                        // the high surrogate before it can only be an escape's lone one (source
                        // text is well-formed): two code points, not a pair
                        splits = addSplit(splits, out.length() - 1);
                    }
                    out.appendCodePoint(v);
                }
                case 'N' -> {
                    // \N{name}
                    if (i < to && s.charAt(i) == '{') {
                        int nameStart = i + 1;
                        int j = nameStart;
                        int jt = tpos + 1;
                        while (j < to && s.charAt(j) != '}') {
                            int cp = s.codePointAt(j);
                            j += Character.charCount(cp);
                            jt += cp < 0x80 ? 1 : 10;
                        }
                        if (j > nameStart && j < to) {
                            String name = s.substring(nameStart, j);
                            i = j + 1;
                            tpos = jt + 1;
                            int cp = lookupName(name);
                            if (cp < 0) {
                                throw unicodeError(escStart, tpos, "unknown Unicode character name");
                            }
                            out.appendCodePoint(cp);
                        } else {
                            throw unicodeError(escStart, jt, "malformed \\N character escape");
                        }
                    } else {
                        throw unicodeError(escStart, tpos, "malformed \\N character escape");
                    }
                }
                default -> {
                    out.append('\\').append(e);
                    if (firstInvalid == null) {
                        firstInvalid = "invalid escape sequence '\\" + e + "'";
                    }
                }
            }
        }
        if (firstInvalid != null && warnings != null) {
            warnings.accept(firstInvalid);
        }
        return new Decoded(out.toString(), splits == null ? null : java.util.Arrays.copyOfRange(splits, 1, splits[0] + 1));
    }

    /** Appends {@code index} to a count-prefixed array ({@code a[0]} is the count), growing it. */
    private static int[] addSplit(int[] a, int index) {
        if (a == null) {
            a = new int[5];
        } else if (a[0] + 1 == a.length) {
            a = java.util.Arrays.copyOf(a, a.length * 2);
        }
        a[++a[0]] = index;
        return a;
    }

    /**
     * Decodes a bytes literal's body.
     *
     * @param s the text holding the body
     * @param from start of the body
     * @param to end of the body (exclusive)
     * @param raw an {@code r} prefix
     * @param warnings receives CPython's SyntaxWarning messages, or null
     * @return the bytes
     * @throws DecodeError for a non-ASCII character or a malformed {@code \x} escape
     */
    public static byte[] decodeBytes(String s, int from, int to, boolean raw, Consumer<String> warnings) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        if (raw) {
            for (int i = from; i < to; i++) {
                out.write(s.charAt(i));
            }
            return out.toByteArray();
        }
        String firstInvalid = null;
        int i = from;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            int escPos = i - 1 - from;
            if (i >= to) {
                out.write('\\');
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(0x0b);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i) - '0');
                        i++;
                        digits++;
                    }
                    if (v > 0377 && firstInvalid == null) {
                        firstInvalid = "invalid octal escape sequence '\\" + s.substring(i - 3, i) + "'";
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    if (i + 1 < to && hexValue(s.charAt(i)) >= 0 && hexValue(s.charAt(i + 1)) >= 0) {
                        out.write(hexValue(s.charAt(i)) * 16 + hexValue(s.charAt(i + 1)));
                        i += 2;
                    } else {
                        throw new DecodeError("(value error) invalid \\x escape at position " + escPos);
                    }
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                    if (firstInvalid == null) {
                        firstInvalid = "invalid escape sequence '\\" + e + "'";
                    }
                }
            }
        }
        if (firstInvalid != null && warnings != null) {
            warnings.accept(firstInvalid);
        }
        return out.toByteArray();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * {@code unicodedata.lookup} of CPython 3.12 (Unicode 15.0) as {@code \N{...}} uses it
     * (case-insensitive), or -1. {@link Character#codePointOf} also resolves names that CPython
     * rejects: those of characters assigned after Unicode 15.0, the Unicode 1.0 names of controls
     * ({@code LINE FEED (LF)}) and the JDK's fallback "block name + hex" names
     * ({@code CJK UNIFIED IDEOGRAPHS 4E00}); only a code point that CPython names
     * ({@link UnicodeNameTables#NAMED}) under the name the JDK matched is taken from it.
     */
    private static int lookupName(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        try {
            int cp = Character.codePointOf(name);
            if (UnicodeTables.lookup(UnicodeNameTables.NAMED, cp) && !isJdkFallbackName(cp)) {
                return cp;
            }
        } catch (IllegalArgumentException e) {
            // not a name the JDK knows
        }
        int cp = UnicodeNames.lookupAlgorithmicOrAlias(name);
        return cp >= 0 && UnicodeTables.lookup(UnicodeNameTables.ASSIGNED, cp) ? cp : -1;
    }

    /** Whether the JDK's name of {@code cp} is its made-up "block name + hex" name. */
    private static boolean isJdkFallbackName(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block != null && (block.toString().replace('_', ' ') + " "
                + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).equals(Character.getName(cp));
    }

    private static DecodeError unicodeError(int start, int end, String reason) {
        String where = end - start == 1
                ? "byte 0x5c in position " + start
                : "bytes in position " + start + "-" + (end - 1);
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }
}
