package dev.molt.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program to completion with a time limit, for {@code molt diff} and {@code molt doctor}: standard
 * input is {@code /dev/null}, standard output and error go to temporary files (so a chatty child never blocks on a
 * full pipe) and are returned as bytes.
 */
final class ChildProcess {
    private ChildProcess() {}

    /**
     * What a program did.
     *
     * @param status its exit status (128 + N if signal N killed it, as the JDK reports it on Linux); -1 if it timed
     *     out and was killed
     * @param out its standard output
     * @param err its standard error
     * @param timedOut true if it ran longer than the limit and was killed
     */
    record Result(int status, byte[] out, byte[] err, boolean timedOut) {
        /** Standard output decoded as UTF-8 (malformed bytes replaced). */
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** Standard error decoded as UTF-8 (malformed bytes replaced). */
        String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs {@code cmd}.
     *
     * @param cmd the program and its arguments
     * @param dir the working directory, or null for this process's
     * @param env variables to set on top of this process's environment
     * @param timeoutSeconds the limit in seconds, after which the child is killed (SIGKILL)
     * @return what it did
     * @throws IOException if it cannot be started (e.g. not found: {@link IoErrors#reason} words it) or its output
     *     cannot be stored
     */
    static Result run(List<String> cmd, Path dir, Map<String, String> env, long timeoutSeconds) throws IOException {
        Path out = Files.createTempFile("molt-child-", ".out");
        Path err = Files.createTempFile("molt-child-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (dir != null) pb.directory(dir.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                if (!done) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + cmd.get(0), e);
            }
            return new Result(done ? p.exitValue() : -1, Files.readAllBytes(out), Files.readAllBytes(err), !done);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** As {@link #run}, returning null instead of throwing when the program cannot be started. */
    static Result tryRun(List<String> cmd, long timeoutSeconds) {
        try {
            return run(cmd, null, Map.of(), timeoutSeconds);
        } catch (IOException e) {
            return null;
        }
    }
}
