package dev.molt.ir.text;

/** A syntax or name-resolution error in IR text; {@link #getMessage()} reads {@code LINE:COL: message} (1-based; COL counts UTF-16 units). */
public final class IrParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String detail;

    /** Creates an error at {@code line}:{@code column} (both 1-based). */
    public IrParseException(String detail, int line, int column) {
        super(line + ":" + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }

    /** The message without position. */
    public String detail() {
        return detail;
    }
}
