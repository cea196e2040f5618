package dev.molt.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code molt}. Its subcommands are the stages of DESIGN §7 that work today
 * ({@code build}, {@code run}, {@code parse}, {@code ir}, {@code diff}, {@code bench}, {@code doctor}), one class
 * each, listed in the {@code subcommands} of {@code @Command} below.
 */
@Command(
        name = "molt",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Molt: compiles a verified subset of Python 3.12 to native code and WebAssembly.",
        subcommands = {BuildCommand.class, RunCommand.class, ParseCommand.class, IrCommand.class, DiffCommand.class,
            BenchCommand.class, DoctorCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 ok; 2 usage error, unreadable file, Python syntax error, unsupported code "
                + "or missing C toolchain; 70 internal error of Molt; 'molt run': the program's status; "
                + "'molt diff' and 'molt bench': 1 if a program differs from python3; "
                + "'molt doctor': 1 if native builds are not usable."})
public final class MoltCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Used by picocli only. */
    public MoltCommand() {}

    /** {@code molt} without a subcommand: prints the usage to standard error; a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("molt: error: missing command");
        spec.commandLine().usage(err);
        return ExitStatus.USER_ERROR;
    }

    /**
     * Parses {@code args} and runs the chosen command.
     *
     * @param args the command line, without the program name
     * @param out standard output
     * @param err standard error
     * @return the exit status (see {@link ExitStatus})
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, false);
    }

    /**
     * As {@link #execute(String[], PrintWriter, PrintWriter)}; {@code inheritStdio} makes {@code molt run} give the
     * program this process's standard streams instead of copying its output into {@code out} and {@code err}.
     *
     * @param args the command line, without the program name
     * @param out standard output
     * @param err standard error
     * @param inheritStdio true when {@code out} and {@code err} are the process's own streams
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean inheritStdio) {
        CommandLine cl = new CommandLine(new MoltCommand());
        CommandLine run = cl.getSubcommands().get("run");
        run.setStopAtPositional(true);   // molt run FILE -x: -x is the program's
        ((RunCommand) run.getCommand()).inheritStdio = inheritStdio;
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitStatus.INTERNAL_ERROR);
        cl.setParameterExceptionHandler(MoltCommand::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, err));
        return cl.execute(args);
    }

    /** A usage error: one line naming it and where to find help, as GNU tools print; status 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("molt: error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitStatus.USER_ERROR;
    }

    /**
     * Reports a defect in Molt: one line, with the stack trace only if {@code MOLT_STACKTRACE=1}.
     *
     * @param e what was thrown
     * @param err standard error
     * @return {@link ExitStatus#INTERNAL_ERROR}
     */
    public static int internalError(Throwable e, PrintWriter err) {
        err.println("molt: internal error: " + e);
        if ("1".equals(System.getenv("MOLT_STACKTRACE"))) {
            e.printStackTrace(err);
        } else {
            err.println("(set MOLT_STACKTRACE=1 to see where)");
        }
        return ExitStatus.INTERNAL_ERROR;
    }
}
