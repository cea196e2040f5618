package dev.molt.frontend;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError} and {@code TabError}),
 * with the fields CPython gives it.
 *
 * <p>{@link #format()} renders it as CPython 3.12's traceback module prints a syntax error:
 * <pre>
 *   File "x.py", line 3
 *     def f(:
 *           ^
 * SyntaxError: invalid syntax
 * </pre>
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    /**
     * Creates a syntax error.
     *
     * @param kind {@code "SyntaxError"}, {@code "IndentationError"} or {@code "TabError"}
     * @param msg the message, such as {@code "invalid syntax"}
     * @param filename the file's name as diagnostics show it
     * @param lineno 1-based line, or 0 when unknown
     * @param offset 1-based column in code points (as CPython's {@code SyntaxError.offset}), or 0
     * @param endLineno 1-based end line, or 0 when unknown
     * @param endOffset 1-based end column (exclusive) in code points, or 0
     * @param text the source line without its line end, or {@code null}
     */
    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
            int endLineno, int endOffset, String text) {
        super(filename + ":" + lineno + ":" + offset + ": " + kind + ": " + msg);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** {@code "SyntaxError"}, {@code "IndentationError"} or {@code "TabError"}. */
    public String kind() {
        return kind;
    }

    /** The message, as CPython's {@code SyntaxError.msg}. */
    public String msg() {
        return msg;
    }

    /** The file name. */
    public String filename() {
        return filename;
    }

    /** 1-based line, or 0. */
    public int lineno() {
        return lineno;
    }

    /** 1-based column in code points, or 0. */
    public int offset() {
        return offset;
    }

    /** 1-based end line, or 0. */
    public int endLineno() {
        return endLineno;
    }

    /** 1-based end column (exclusive) in code points, or 0. */
    public int endOffset() {
        return endOffset;
    }

    /** The offending source line, or {@code null}. */
    public String text() {
        return text;
    }

    /**
     * The error as CPython 3.12's {@code traceback.format_exception_only} prints it: the
     * {@code File} line, the source line stripped of leading whitespace, carets under the
     * offending range, and {@code Kind: msg}. Ends with a newline.
     *
     * @return the formatted diagnostic
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String line = text;
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
                end--;
            }
            line = line.substring(0, end);
            int lead = 0;
            while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t'
                    || line.charAt(lead) == '\f')) {
                lead++;
            }
            String stripped = line.substring(lead);
            sb.append("    ").append(stripped).append('\n');
            if (offset >= 1) {
                // offset/endOffset count code points; the caret line is indented by the same.
                int start = Math.max(0, offset - 1 - lead);
                int strippedLen = stripped.codePointCount(0, stripped.length());
                start = Math.min(start, strippedLen);
                int stop = (endLineno == lineno && endOffset > offset) ? endOffset - 1 - lead : start + 1;
                stop = Math.max(start + 1, Math.min(stop, Math.max(strippedLen, start + 1)));
                sb.append("    ").append(" ".repeat(start)).append("^".repeat(stop - start)).append('\n');
            }
        }
        sb.append(kind).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
