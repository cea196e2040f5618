package dev.molt.cli.internal;

/** The exit statuses of the {@code molt} command (DESIGN §7). */
public final class ExitStatus {
    private ExitStatus() {}

    /** Everything succeeded. */
    public static final int OK = 0;
    /** A user error: bad usage, an unreadable file, a Python syntax error, unsupported code. */
    public static final int USER_ERROR = 2;
    /** A defect in Molt itself (sysexits.h {@code EX_SOFTWARE}). */
    public static final int INTERNAL_ERROR = 70;
}
