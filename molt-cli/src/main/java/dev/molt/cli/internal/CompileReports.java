package dev.molt.cli.internal;

import dev.molt.cli.CompileException;
import java.io.PrintWriter;

/** Prints a {@link CompileException} the way the {@code molt} command reports it (docs/cli.md, "Exit status"). */
final class CompileReports {
    private CompileReports() {}

    /**
     * Prints {@code e} to {@code err}: syntax errors and unsupported-code lines as they are (CPython's and clang's
     * formats), I/O and toolchain problems as {@code molt: error: ...}, internal errors as
     * {@code molt: internal error: ...} (with the Java stack trace if {@code MOLT_STACKTRACE=1}).
     *
     * @return the exit status: 2, or 70 for an internal error
     */
    static int print(CompileException e, PrintWriter err) {
        switch (e.kind()) {
            case SYNTAX, UNSUPPORTED -> err.println(e.getMessage());
            case IO, TOOLCHAIN -> err.println("molt: error: " + e.getMessage());
            case INTERNAL -> {
                err.println("molt: internal error: " + e.getMessage());
                if ("1".equals(System.getenv("MOLT_STACKTRACE"))) e.printStackTrace(err);
            }
        }
        err.flush();
        return e.exitStatus();
    }
}
