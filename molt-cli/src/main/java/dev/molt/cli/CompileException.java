package dev.molt.cli;

/**
 * Compilation stopped. {@link #getMessage()} is the report to show the user as it stands, possibly over several
 * lines, without a trailing newline: CPython's syntax-error report ({@code File "x.py", line 3} / the line / carets /
 * {@code SyntaxError: ...}), one {@code FILE:LINE:COL: error: unsupported: WHAT} line per unsupported construct
 * (1-based column in UTF-8 bytes), the missing tool with the {@code apt-get} command that installs it, or the
 * internal error with the failing command's output.
 */
public final class CompileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why compilation stopped; decides the {@code molt} command's exit status. */
    public enum Kind {
        /** The source (or an output location) cannot be read or written. A user error (status 2). */
        IO,
        /** A Python syntax error, as CPython reports it. A user error (status 2). */
        SYNTAX,
        /** Code the lowering or the C backend cannot compile yet (DESIGN §7). A user error (status 2). */
        UNSUPPORTED,
        /** clang or an archiver is missing; the message names the apt command. A user error (status 2). */
        TOOLCHAIN,
        /**
         * A defect in Molt: clang rejected the generated C, the IR failed verification after a pass, the runtime
         * did not build. Status 70 ({@code EX_SOFTWARE}).
         */
        INTERNAL
    }

    private final Kind kind;

    /**
     * A failure of the given kind.
     *
     * @param kind why compilation stopped
     * @param message the report, see the class comment
     * @param cause the underlying exception, or {@code null}
     */
    public CompileException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Why compilation stopped. */
    public Kind kind() {
        return kind;
    }

    /** The {@code molt} command's exit status for this failure: 70 for {@link Kind#INTERNAL}, else 2. */
    public int exitStatus() {
        return kind == Kind.INTERNAL ? 70 : 2;
    }
}
