package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source decoding as CPython 3.12 does it for {@code compile(bytes, ...)} / {@code ast.parse}:
 * a UTF-8 byte order mark; else a PEP 263 coding declaration in a comment on line 1, or on line 2
 * if line 1 holds only a comment or whitespace; else UTF-8. Line ends CRLF and CR become LF.
 *
 * <p>Follows CPython 3.12 {@code Parser/tokenizer.c} ({@code check_bom}, {@code get_coding_spec},
 * {@code get_normal_name}, {@code check_coding_spec}). Error messages:
 * <ul>
 *   <li>{@code unknown encoding: X} (lineno 0, as CPython's codec lookup failure);
 *   <li>{@code encoding problem: X with BOM} when a BOM and a different declaration meet;
 *   <li>{@code 'ascii' codec can't decode byte 0xNN in position P: ordinal not in range(128)} when
 *       the source does not fit its declared encoding.
 * </ul>
 * Invalid UTF-8 in an undeclared source is not an error here: as in CPython's
 * {@code compile(bytes)}, only a NAME or string token holding such bytes is one (the lexer raises
 * it), and comments may hold anything.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    static SourceText decode(SourceFile file) {
        byte[] raw = file.bytes();
        int start = 0;
        boolean bom = false;
        if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
            start = 3;
            bom = true;
        }
        String spec = findCodingSpec(raw, start);
        if (spec != null && !spec.equals("utf-8")) {
            if (bom) {
                throw new PySyntaxError("SyntaxError", "encoding problem: " + spec + " with BOM",
                        file.name(), 0, 0, 0, 0, null);
            }
            Charset cs = lookup(spec);
            if (cs == null) {
                throw new PySyntaxError("SyntaxError", "unknown encoding: " + spec, file.name(), 0, 0, 0, 0, null);
            }
            CharsetDecoder dec = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(raw, start, raw.length - start);
            CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (in.remaining() * (double) dec.maxCharsPerByte()) + 1));
            CoderResult r = dec.decode(in, out, true);
            if (!r.isError()) {
                r = dec.flush(out);
            }
            if (r.isError()) {
                int pos = in.position() - start;
                String codec;
                String reason;
                String lower = spec.toLowerCase(java.util.Locale.ROOT);
                if (cs.equals(StandardCharsets.US_ASCII)) {
                    codec = "ascii";
                    reason = "ordinal not in range(128)";
                } else if (cs.newEncoder().maxBytesPerChar() <= 1.0f) {
                    codec = "charmap"; // Python's single-byte codecs (cp1252, iso8859_15, koi8_r, ...)
                    reason = "character maps to <undefined>";
                } else {
                    codec = lower;
                    reason = "illegal multibyte sequence";
                }
                throw new PySyntaxError("SyntaxError", String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                        codec, raw[in.position()] & 0xFF, pos, reason), file.name(), 0, 0, 0, 0, null);
            }
            out.flip();
            return fromString(file.name(), out.toString(), spec);
        }
        return normalize(file.name(), raw, start, "utf-8");
    }

    /** Builds a source from a Java string, normalizing line ends. */
    static SourceText fromString(String name, String text, String encoding) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return normalize(name, b, 0, encoding);
    }

    /** Copies {@code raw[start..]} turning CRLF and CR into LF and appending an implicit LF if needed. */
    private static SourceText normalize(String name, byte[] raw, int start, String encoding) {
        int n = raw.length;
        byte[] out = new byte[n - start + 1];
        int j = 0;
        for (int i = start; i < n; i++) {
            byte b = raw[i];
            if (b == '\r') {
                out[j++] = '\n';
                if (i + 1 < n && raw[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[j++] = b;
            }
        }
        boolean implicit = j == 0 || out[j - 1] != '\n';
        if (implicit) {
            out[j] = '\n';
        }
        // An empty source has no line at all: CPython gives just ENDMARKER at (1, 0)... via NEWLINE-less EOF.
        if (j == 0) {
            implicit = false;
            return new SourceText(name, new byte[0], 0, false, encoding);
        }
        return new SourceText(name, out, j, implicit, encoding);
    }

    /** The normalized coding spec from line 1 or 2, or null. */
    static String findCodingSpec(byte[] raw, int start) {
        int n = raw.length;
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < n; line++) {
            int lineEnd = lineStart;
            while (lineEnd < n && raw[lineEnd] != '\n' && raw[lineEnd] != '\r') {
                lineEnd++;
            }
            String spec = codingSpec(raw, lineStart, lineEnd);
            if (spec != null) {
                return spec;
            }
            // Line 2 is only looked at when line 1 is blank or a comment.
            for (int i = lineStart; i < lineEnd; i++) {
                byte b = raw[i];
                if (b == '#') {
                    break;
                }
                if (b != ' ' && b != '\t' && b != '\f') {
                    return null;
                }
            }
            if (lineEnd < n && raw[lineEnd] == '\r' && lineEnd + 1 < n && raw[lineEnd + 1] == '\n') {
                lineEnd++;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** CPython's {@code get_coding_spec} on one line (size counts the line end as CPython does). */
    private static String codingSpec(byte[] s, int from, int to) {
        int size = to - from + 1; // CPython sees the line including its '\n'
        int i = 0;
        for (; i < size - 6; i++) {
            byte b = s[from + i];
            if (b == '#') {
                break;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = from + i;
            if (t + 6 <= to && s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i'
                    && s[t + 4] == 'n' && s[t + 5] == 'g') {
                t += 6;
                if (t >= to || (s[t] != ':' && s[t] != '=')) {
                    continue;
                }
                do {
                    t++;
                } while (t < to && (s[t] == ' ' || s[t] == '\t'));
                int begin = t;
                while (t < to && (isAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) {
                    t++;
                }
                if (begin < t) {
                    return normalName(new String(s, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    private static boolean isAlnum(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    /** CPython's {@code get_normal_name}: utf-8 and latin-1 spellings to canonical names. */
    static String normalName(String s) {
        StringBuilder buf = new StringBuilder(12);
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            buf.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String b = buf.toString();
        if (b.equals("utf-8") || b.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (b.equals("latin-1") || b.equals("iso-8859-1") || b.equals("iso-latin-1")
                || b.startsWith("latin-1-") || b.startsWith("iso-8859-1-") || b.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** Maps a Python codec name to a Java charset, or null if unknown. */
    private static Charset lookup(String spec) {
        String lower = spec.toLowerCase(java.util.Locale.ROOT);
        String[] candidates = {lower, lower.replace('_', '-'), lower.replace('-', '_'), pythonAlias(lower)};
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            try {
                if (Charset.isSupported(c)) {
                    return Charset.forName(c);
                }
            } catch (RuntimeException e) {
                // illegal charset name: try the next spelling
            }
        }
        return null;
    }

    private static String pythonAlias(String lower) {
        String n = lower.replace('-', '_');
        return switch (n) {
            case "latin1", "latin", "l1" -> "ISO-8859-1";
            case "utf8", "u8", "utf" -> "UTF-8";
            case "ascii", "us_ascii", "646" -> "US-ASCII";
            case "cp65001" -> "UTF-8";
            default -> n.startsWith("cp") ? "windows-" + n.substring(2) : null;
        };
    }
}
