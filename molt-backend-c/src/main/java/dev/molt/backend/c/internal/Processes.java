package dev.molt.backend.c.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external command and collects its exit status and output. */
public final class Processes {
    private Processes() {}

    /**
     * A finished command.
     *
     * @param exitCode the exit status (-1 if it timed out and was killed)
     * @param stdout standard output as UTF-8
     * @param stderr standard error as UTF-8
     */
    public record Result(int exitCode, String stdout, String stderr) {}

    /**
     * Runs {@code command} in {@code dir} (null: the current directory) with an empty standard input.
     *
     * @throws UncheckedIOException if it cannot be started
     */
    public static Result run(List<String> command, Path dir, long timeoutSeconds) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) pb.directory(dir.toFile());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return new Result(-1, out.join(), err.join() + "\n[timed out after " + timeoutSeconds + " s]");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static String drain(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
