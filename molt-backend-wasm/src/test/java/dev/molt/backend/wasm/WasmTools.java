package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Test helpers that hand modules to independent tools: wabt's wasm-validate, wasm2wat, wat2wasm, and node:wasi. */
final class WasmTools {
    private WasmTools() {
    }

    /** The result of running a process. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    static Run run(List<String> command, byte[] stdin) {
        Process p;
        try {
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " could not be started (the wasm tests need wabt's wasm-validate,"
                    + " wasm2wat and wat2wasm, and node >= 20 with node:wasi, on the PATH): " + e.getMessage(), e);
        }
        try {
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            try (var in = p.getOutputStream()) {
                in.write(stdin);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path temp(byte[] bytes, String suffix) {
        try {
            Path f = Files.createTempFile("molt-wasm-test", suffix);
            f.toFile().deleteOnExit();
            Files.write(f, bytes);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code wasm-validate} on the bytes and fails the test with its output if the module is invalid. */
    static void assertValid(byte[] wasm) {
        Path f = temp(wasm, ".wasm");
        Run r = run(List.of("wasm-validate", f.toString()), new byte[0]);
        if (r.exitCode != 0) {
            fail("wasm-validate rejected the module: " + r.stderr + r.stdout + "\n" + hex(wasm));
        }
        deleteQuietly(f);
    }

    /** Whether {@code wasm-validate} accepts the bytes. */
    static boolean isValid(byte[] wasm) {
        Path f = temp(wasm, ".wasm");
        Run r = run(List.of("wasm-validate", f.toString()), new byte[0]);
        deleteQuietly(f);
        return r.exitCode == 0;
    }

    /** The text form printed by {@code wasm2wat} (an independent decoder). */
    static String wasm2wat(byte[] wasm) {
        Path f = temp(wasm, ".wasm");
        Run r = run(List.of("wasm2wat", "--no-check", f.toString()), new byte[0]);
        deleteQuietly(f);
        assertEquals(0, r.exitCode, r.stderr);
        return r.stdout;
    }

    /** The binary that {@code wat2wasm} (an independent encoder) makes of a text module. */
    static byte[] wat2wasm(String wat) {
        Path in = temp(wat.getBytes(StandardCharsets.UTF_8), ".wat");
        Path out = temp(new byte[0], ".wasm");
        Run r = run(List.of("wat2wasm", in.toString(), "-o", out.toString()), new byte[0]);
        assertEquals(0, r.exitCode, r.stderr);
        try {
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(in);
            deleteQuietly(out);
        }
    }

    private static Path runner;

    /** The shipped runner script, copied out of the class path once. */
    static synchronized Path runner() {
        if (runner == null) {
            try (InputStream in = WasmTools.class.getResourceAsStream("/dev/molt/backend/wasm/run-wasi.mjs")) {
                if (in == null) {
                    fail("run-wasi.mjs is not on the class path");
                }
                runner = Files.createTempFile("run-wasi", ".mjs");
                runner.toFile().deleteOnExit();
                Files.copy(in, runner, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runner;
    }

    /** Runs a WASI command module under node with the shipped runner. */
    static Run node(byte[] wasm, byte[] stdin, String... args) {
        Path f = temp(wasm, ".wasm");
        List<String> cmd = new ArrayList<>(List.of("node", runner().toString(), f.toString()));
        cmd.addAll(List.of(args));
        Run r = run(cmd, stdin);
        deleteQuietly(f);
        return r;
    }

    /** Runs a JavaScript snippet under node; {@code WASM} is bound to the module's bytes (a Uint8Array). */
    static Run nodeEval(byte[] wasm, String script) {
        Path f = temp(wasm, ".wasm");
        String js = "const WASM = require('fs').readFileSync(" + jsString(f.toString()) + ");\n" + script;
        Path s = temp(js.getBytes(StandardCharsets.UTF_8), ".cjs");
        Run r = run(List.of("node", s.toString()), new byte[0]);
        deleteQuietly(f);
        deleteQuietly(s);
        return r;
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // the file is also marked deleteOnExit
        }
    }
}
