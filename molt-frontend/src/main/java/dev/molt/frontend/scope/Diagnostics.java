package dev.molt.frontend.scope;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import java.nio.charset.StandardCharsets;

/**
 * Makes the {@link PySyntaxError}s of the scope analysis, positioned as CPython's
 * {@code PyErr_RangedSyntaxLocationObject(filename, lineno, col_offset + 1, end_lineno, end_col_offset + 1)}.
 */
final class Diagnostics {
    private final String filename;
    private final String[] lines;

    Diagnostics(String filename, SourceFile source) {
        this.filename = filename;
        this.lines = source == null ? null : new String(source.bytes(), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
    }

    /**
     * A syntax error at a node's range.
     *
     * @param msg the message
     * @param lineno 1-based line
     * @param col 0-based UTF-8 byte column
     * @param endLineno 1-based end line
     * @param endCol 0-based UTF-8 byte end column
     * @return the error, to be thrown
     */
    PySyntaxError error(String msg, int lineno, int col, int endLineno, int endCol) {
        String text = line(lineno);
        int offset = col + 1;
        int endOffset = endCol + 1;
        if (text != null) {
            offset = codePoints(text, col) + 1;
            String endText = line(endLineno);
            if (endText != null) {
                endOffset = codePoints(endText, endCol) + 1;
            }
        }
        return new PySyntaxError("SyntaxError", msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * A syntax error at a point with no end, as CPython's {@code PyErr_SyntaxLocationObject(filename, lineno,
     * byteOffset)} (its end offset is unknown: 0 here, {@code None} in CPython).
     *
     * @param byteOffset the offset CPython passes: a UTF-8 byte column, usually {@code col_offset + 1}
     */
    PySyntaxError errorAt(String msg, int lineno, int byteOffset) {
        String text = line(lineno);
        int offset = text == null || byteOffset < 1 ? byteOffset : codePoints(text, byteOffset - 1) + 1;
        return new PySyntaxError("SyntaxError", msg, filename, lineno, offset, lineno, 0, text);
    }

    private String line(int lineno) {
        if (lines == null || lineno < 1 || lineno > lines.length) {
            return null;
        }
        return lines[lineno - 1];
    }

    /** The number of code points in the first {@code byteCol} UTF-8 bytes of {@code line}. */
    private static int codePoints(String line, int byteCol) {
        int bytes = 0;
        int cps = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            cps++;
            i += Character.charCount(cp);
        }
        return cps + Math.max(0, byteCol - bytes);
    }
}
