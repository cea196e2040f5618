package dev.molt.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * What {@code molt diff} and {@code molt bench} share: the {@code --python} option (a picocli mixin), finding the
 * {@code .py} programs named by FILE|DIR arguments, and checking that the reference CPython runs.
 */
final class PythonPrograms {
    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3",
            description = "The CPython to compare with: a command on PATH or a path (default: ${DEFAULT-VALUE}).")
    String python;

    /** Used by picocli only. */
    PythonPrograms() {}

    /**
     * The programs all of {@code paths} name ({@link #collect(String, List)}), in argument order; or null after
     * printing the first problem to {@code err} as {@code molt: error: PROBLEM}.
     */
    static List<Path> collect(List<String> paths, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            String problem = collect(p, files);
            if (problem != null) {
                err.println("molt: error: " + problem);
                return null;
            }
        }
        return files;
    }

    /**
     * Adds the programs {@code p} names to {@code files}: a file as itself (whatever its name), a directory as every
     * regular {@code .py} file below it, recursively, in sorted path order.
     *
     * @return null, or the problem as one line without the {@code molt: error: } prefix (no such path, an invalid
     *     path, a directory without a {@code .py} file, an I/O error)
     */
    static String collect(String p, List<Path> files) {
        try {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> found = walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                            .sorted().toList();
                    if (found.isEmpty()) return "no .py file in " + p;
                    files.addAll(found);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                return "cannot read " + p + ": No such file or directory";
            }
            return null;
        } catch (InvalidPathException e) {
            return "invalid path " + e.getInput() + ": " + e.getReason();
        } catch (IOException e) {
            return "cannot read " + p + ": " + IoErrors.reason(e);
        } catch (UncheckedIOException e) {   // from the directory walk
            return "cannot read " + p + ": " + IoErrors.reason(e.getCause());
        }
    }

    /** {@code --python}'s {@code --version} output (e.g. {@code Python 3.11.2}), or null if it cannot be run. */
    String version() {
        return pythonVersion(python);
    }

    /** The error line (without {@code molt: error: }) for a {@code --python} that does not run, for {@code command}. */
    String missing(String command) {
        return python + " not found or not runnable (molt " + command + " compares with it)"
                + (python.equals("python3") ? "; install it with: sudo apt-get install python3" : "");
    }

    /** {@code PYTHON --version}'s output, or null if it cannot be run. */
    static String pythonVersion(String python) {
        ChildProcess.Result r = ChildProcess.tryRun(List.of(python, "--version"), 30);
        if (r == null || r.status() != 0) return null;
        return (r.outText() + r.errText()).strip();
    }
}
