package dev.molt.backend.wasm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Node runner shipped with this module ({@code run-wasi.mjs}): runs a WASI preview 1 command under
 * {@code node:wasi} (Node ≥ 20), argv {@code [MODULE.wasm, ARGS...]}, stdio inherited, exit status the
 * {@code proc_exit} code, a trap reported as {@code wasm trap: MESSAGE} with status 134 (docs/wasm.md §2).
 */
public final class WasiRunner {
    /** The oldest Node major version whose {@code node:wasi} accepts {@code version: 'preview1'}. */
    public static final int MIN_NODE_MAJOR = 20;

    private WasiRunner() {
    }

    /** The runner script's text. */
    public static byte[] script() {
        try (InputStream in = WasiRunner.class.getResourceAsStream("run-wasi.mjs")) {
            if (in == null) {
                throw new IllegalStateException("run-wasi.mjs is missing from the molt-backend-wasm jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The runner script as a file in {@code dir} (named by a hash of its content, written once, atomically).
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public static Path extract(Path dir) {
        byte[] text = script();
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path f = dir.resolve("run-wasi-" + hash + ".mjs");
        if (Files.isRegularFile(f)) {
            return f;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".run-wasi-", ".tmp");
            Files.write(tmp, text);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node SCRIPT MODULE.wasm ARGS...}. */
    public static List<String> command(Path script, Path wasm, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("node", script.toString(), wasm.toString()));
        cmd.addAll(args);
        return cmd;
    }
}
