package dev.molt.cli;

import dev.molt.cli.internal.MoltCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code molt} command: the entry point the {@code ./molt} launcher runs, and an in-process
 * entry for tests and embedders.
 *
 * <p>Exit statuses: 0 success; 2 a user error (bad usage, a file that cannot be read, a Python
 * syntax error, unsupported code, a missing C toolchain: DESIGN §7); 70 an internal error of Molt
 * itself (sysexits.h {@code EX_SOFTWARE}), reported without a Java stack trace unless the
 * environment variable {@code MOLT_STACKTRACE=1} is set; for {@code molt run}, else the program's.
 */
public final class Main {
    private Main() {}

    /**
     * Runs the command and exits the JVM with its status. Writes UTF-8 to the process's standard
     * output and error whatever the locale, as CPython does under its UTF-8 mode (PEP 540). A
     * program started by {@code molt run} gets this process's standard streams.
     *
     * @param args the command line, without the program name
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status;
        try {
            status = MoltCommand.execute(args, out, err, true);
        } catch (StackOverflowError | OutOfMemoryError e) {
            status = MoltCommand.internalError(e, err);
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command in-process. A program started by {@code molt run} inherits standard input and has its
     * standard output and error copied into {@code out} and {@code err}.
     *
     * @param args the command line, without the program name; passed through verbatim
     * @param out where results go (flushed before returning)
     * @param err where diagnostics go (flushed before returning)
     * @return the exit status (0, 2 or 70, or the program's for {@code molt run}; see the class comment)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return MoltCommand.execute(args, out, err);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli passes Errors through; they are Molt's defects too, reported the same way.
            return MoltCommand.internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
