package dev.molt.frontend.internal.lexer;

/**
 * Strict UTF-8 validation with the error classes of CPython's UTF-8 decoder
 * ({@code Objects/stringlib/codecs.h}): "invalid start byte", "invalid continuation byte",
 * "unexpected end of data". Surrogates and overlong forms are invalid, as in Python.
 */
final class Utf8 {
    private Utf8() {}

    /**
     * The first invalid sequence in {@code b[from, to)}.
     *
     * @param index offset of the offending (start) byte
     * @param count bytes CPython names in its message (1, or the truncated sequence's length)
     * @param reason CPython's reason text
     */
    record Invalid(int index, int count, String reason) {
        /** CPython's {@code UnicodeDecodeError} text with positions relative to {@code base}. */
        String message(byte[] b, int base) {
            int pos = index - base;
            String what = count == 1
                    ? String.format("byte 0x%02x in position %d", b[index] & 0xFF, pos)
                    : String.format("bytes in position %d-%d", pos, pos + count - 1);
            return "(unicode error) 'utf-8' codec can't decode " + what + ": " + reason;
        }
    }

    /**
     * Finds the first invalid UTF-8 sequence.
     *
     * @param b the bytes
     * @param from first index
     * @param to end index (exclusive): a sequence cut off here is "unexpected end of data"
     * @return the problem, or null if the range is valid UTF-8
     */
    static Invalid firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return new Invalid(i, 1, "invalid start byte");
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    return new Invalid(i, k, "unexpected end of data");
                }
                int cc = b[i + k] & 0xFF;
                int lo = k == 1 ? min2 : 0x80;
                int hi = k == 1 ? max2 : 0xBF;
                if (cc < lo || cc > hi) {
                    return new Invalid(i, k, "invalid continuation byte");
                }
            }
            i += need + 1;
        }
        return null;
    }

    /**
     * Decodes with Python's {@code errors='replace'}: one U+FFFD per maximal invalid subpart.
     *
     * @param b the bytes
     * @param from first index
     * @param to end index (exclusive)
     * @return the text
     */
    static String decodeReplace(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            Invalid bad = firstInvalid(b, i, to);
            int validEnd = bad == null ? to : bad.index();
            sb.append(new String(b, i, validEnd - i, java.nio.charset.StandardCharsets.UTF_8));
            if (bad == null) {
                break;
            }
            sb.append('\uFFFD');
            i = bad.index() + bad.count();
        }
        return sb.toString();
    }
}
