package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A decoded, normalized Python source: UTF-8 bytes with every line end turned into {@code \n},
 * plus the line table the tokenizer and parser need for positions and diagnostics.
 *
 * <p>Offsets are UTF-8 byte offsets from the start of the normalized text (the shape of CPython's
 * {@code col_offset}); {@link #byteColToCharCol} converts a byte column to the code-point column
 * that CPython's {@code SyntaxError.offset} counts. Lines are 1-based.
 *
 * <p>If the source does not end with a line end, the buffer {@link #bytes()} carries one extra
 * {@code \n} at index {@link #length()} (CPython's tokenizer also appends one, "implicit newline");
 * {@link #hasImplicitNewline()} says so. {@link #length()} excludes it.
 *
 * @see SourceDecoder for the decoding rules (BOM, PEP 263, UTF-8 validation)
 */
public final class SourceText {
    private final String name;
    private final byte[] bytes;
    private final int length;
    private final boolean implicitNewline;
    private final int[] lineStarts;
    private final int lineCount;
    private final boolean ascii;
    private final String encoding;
    private final int nulOffset;
    private final int firstInvalidUtf8;

    SourceText(String name, byte[] bytes, int length, boolean implicitNewline, String encoding) {
        this.name = name;
        this.bytes = bytes;
        this.length = length;
        this.implicitNewline = implicitNewline;
        this.encoding = encoding;
        int total = implicitNewline ? length + 1 : length;
        int[] starts = new int[16];
        int count = 0;
        boolean allAscii = true;
        int nul = -1;
        int lineStart = 0;
        for (int i = 0; i < total; i++) {
            byte b = bytes[i];
            if (b < 0) {
                allAscii = false;
            } else if (b == 0 && nul < 0) {
                nul = i;
            } else if (b == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = lineStart;
                lineStart = i + 1;
            }
        }
        if (lineStart < total) { // cannot happen: the buffer always ends with \n unless empty
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
            }
            starts[count++] = lineStart;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + 1);
        }
        starts[count] = total; // sentinel: the start of the (empty) line after the last
        this.lineStarts = starts;
        this.lineCount = count;
        this.ascii = allAscii;
        this.nulOffset = nul;
        Utf8.Invalid bad = allAscii ? null : Utf8.firstInvalid(bytes, 0, total);
        this.firstInvalidUtf8 = bad == null ? -1 : bad.index();
    }

    /** Offset of the first byte that is not valid UTF-8, or -1 (only undeclared sources can have one). */
    int firstInvalidUtf8() {
        return firstInvalidUtf8;
    }

    /** Offset of the first NUL byte, or -1 (CPython: "source code cannot contain null bytes"). */
    int nulOffset() {
        return nulOffset;
    }

    /**
     * Decodes a source file as CPython does (UTF-8 BOM, PEP 263 declaration on line 1 or 2, else
     * UTF-8) and normalizes line ends (CRLF and CR become LF).
     *
     * @param file the raw file
     * @return the decoded text
     * @throws PySyntaxError for an unknown encoding, a BOM contradicting the declaration, or bytes
     *     invalid in a declared encoding. Invalid UTF-8 in an undeclared source is kept (the line
     *     texts show U+FFFD for it) and reported by the lexer where CPython reports it: in a NAME or
     *     string token, not in a comment.
     */
    public static SourceText decode(SourceFile file) {
        return SourceDecoder.decode(file);
    }

    /**
     * Wraps already-decoded text (used by tests and by code that builds source in memory).
     *
     * @param name the name diagnostics show
     * @param text the program; line ends are normalized here
     * @return the text
     */
    public static SourceText of(String name, String text) {
        return SourceDecoder.fromString(name, text, "utf-8");
    }

    /** The file name diagnostics show. */
    public String name() {
        return name;
    }

    /**
     * The normalized UTF-8 buffer. Its first {@link #length()} bytes are the text; when
     * {@link #hasImplicitNewline()}, index {@code length()} holds an appended {@code \n}. Callers
     * must not modify it.
     */
    public byte[] bytes() {
        return bytes;
    }

    /** Length of the normalized text in UTF-8 bytes, without an implicit newline. */
    public int length() {
        return length;
    }

    /** True when the source did not end with a line end (CPython's {@code implicit_newline}). */
    public boolean hasImplicitNewline() {
        return implicitNewline;
    }

    /**
     * The encoding the source was decoded from, named as the {@code tokenize} module's ENCODING
     * token names it: {@code utf-8} (also with a byte order mark), {@code iso-8859-1} (any latin-1
     * spelling), else the declared name as written.
     */
    public String encoding() {
        return encoding;
    }

    /** True when every byte is ASCII (then byte columns equal code-point columns). */
    public boolean isAscii() {
        return ascii;
    }

    /** Number of lines (a last line without a line end counts). */
    public int lineCount() {
        return lineCount;
    }

    /**
     * Byte offset where a line starts.
     *
     * @param lineno 1-based; {@code lineCount() + 1} gives the end of the buffer
     * @return the offset in UTF-8 bytes
     * @throws IndexOutOfBoundsException if {@code lineno} is out of range
     */
    public int lineStart(int lineno) {
        if (lineno < 1 || lineno > lineCount + 1) {
            throw new IndexOutOfBoundsException("line " + lineno);
        }
        return lineStarts[lineno - 1];
    }

    /** The line starts array (index i = start of line i+1, plus a sentinel); shared, do not modify. */
    int[] lineStartsArray() {
        return lineStarts;
    }

    /**
     * Length of a line in bytes, without its {@code \n}.
     *
     * @param lineno 1-based
     * @return the length in UTF-8 bytes, 0 for a line past the end
     */
    public int lineLength(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return 0;
        }
        int s = lineStarts[lineno - 1];
        int e = lineStarts[lineno];
        if (e > s && bytes[e - 1] == '\n') {
            e--;
        }
        return e - s;
    }

    /**
     * The text of a line without its line end, as CPython's {@code SyntaxError.text} shows it.
     *
     * @param lineno 1-based
     * @return the line, or {@code ""} for a line number past the end
     */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        int from = lineStarts[lineno - 1];
        if (firstInvalidUtf8 >= 0) {
            return Utf8.decodeReplace(bytes, from, from + lineLength(lineno));
        }
        return new String(bytes, from, lineLength(lineno), StandardCharsets.UTF_8);
    }

    /**
     * The 1-based line containing a byte offset (an offset at a {@code \n} belongs to the line it ends).
     *
     * @param offset UTF-8 bytes from the start of the text
     * @return the line, between 1 and {@code lineCount() + 1}
     */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineCount; // lineStarts[lineCount] is the sentinel
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /**
     * Converts a 0-based UTF-8 byte column within a line to a 0-based code-point column. A column
     * past the end of the line counts the missing bytes as one code point each (as CPython's
     * {@code _PyPegen_byte_offset_to_character_offset} clamps); a column inside a multi-byte
     * sequence counts that sequence.
     *
     * @param lineno 1-based line
     * @param byteCol 0-based byte column
     * @return the 0-based code-point column
     */
    public int byteColToCharCol(int lineno, int byteCol) {
        if (ascii || byteCol <= 0 || lineno < 1 || lineno > lineCount) {
            return byteCol;
        }
        int start = lineStarts[lineno - 1];
        int len = lineLength(lineno);
        int upto = Math.min(byteCol, len);
        int chars = 0;
        for (int i = start; i < start + upto; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars + (byteCol - upto);
    }

    /**
     * Converts a byte offset from the start of the text to a 0-based code-point column within its
     * line.
     *
     * @param offset UTF-8 bytes from the start
     * @return the code-point column
     */
    public int offsetToCharCol(int offset) {
        int line = lineOf(offset);
        int start = line <= lineCount ? lineStarts[line - 1] : lineStarts[lineCount];
        return byteColToCharCol(line, offset - start);
    }

    /** The whole normalized text as a Java string (without an implicit newline). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
