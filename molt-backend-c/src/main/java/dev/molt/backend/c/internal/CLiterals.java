package dev.molt.backend.c.internal;

import dev.molt.runtime.StrEncoding;

/** C literal spelling: strings as escaped byte sequences, doubles exactly. */
public final class CLiterals {
    private CLiterals() {}

    /** The runtime's bytes for a Python str held as Java UTF-16 code units: {@link StrEncoding#utf8(String)}. */
    public static byte[] utf8(String s) {
        return StrEncoding.utf8(s);
    }

    /**
     * A C string literal holding exactly {@code bytes}: printable ASCII as itself (with {@code \"}, {@code \\} and
     * {@code ?} escaped — the last against trigraphs), everything else as three-digit octal escapes, which, unlike
     * {@code \x}, never swallow a following hex digit.
     */
    public static String string(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length + 2).append('"');
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\' || c == '?') sb.append('\\').append((char) c);
            else if (c >= 0x20 && c < 0x7F) sb.append((char) c);
            else sb.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + (c >> 3 & 7)))
                    .append((char) ('0' + (c & 7)));
        }
        return sb.append('"').toString();
    }

    /** A C string literal for a Java string, encoded as by {@link #utf8(String)}. */
    public static String string(String s) {
        return string(utf8(s));
    }

    /** A C expression of type double with exactly the value {@code d} (hex float literal; inf and nan by builtin). */
    public static String f64(double d) {
        if (Double.isNaN(d)) return "__builtin_nan(\"\")";
        if (Double.isInfinite(d)) return d > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        return Double.toHexString(d);
    }

    /** A C expression of type int64_t with value {@code v} (INT64_MIN spelled without overflow). */
    public static String i64(long v) {
        if (v == Long.MIN_VALUE) return "INT64_MIN";
        return "INT64_C(" + v + ")";
    }

    /** A comment-safe rendering of {@code text} (no {@code * /} sequence, no newlines), cut to {@code max} chars. */
    public static String comment(String text, int max) {
        String t = text.replace("*/", "*\\/").replace("\n", "\\n").replace("\r", "\\r");
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(c -> sb.appendCodePoint(c >= 0x20 && c < 0x7F ? c : '?'));
        return sb.length() > max ? sb.substring(0, max) + "..." : sb.toString();
    }
}
