package dev.molt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Running {@code molt} in-process and external programs ({@code python3}, built executables) in tests. */
final class Processes {
    private Processes() {}

    /** What a command did: exit status, standard output, standard error. */
    record Run(int status, String out, String err) {}

    /** {@code molt ARGS} in-process through {@link Main#run}. */
    static Run molt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * Runs {@code cmd} in {@code dir} with empty standard input, {@code PYTHONHASHSEED=0} (docs/runtime.md) and
     * UTF-8 I/O.
     *
     * @throws AssertionError if it cannot be started or takes over 120 s
     */
    static Run run(List<String> cmd, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONUTF8", "1");
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code python3 FILE} (the oracle) in the file's directory. */
    static Run python(Path file) {
        return run(List.of("python3", file.getFileName().toString()), file.toAbsolutePath().getParent());
    }
}
