package dev.molt.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The C runtime's source files: relative paths (forward slashes, as in {@code src/main/c/sources.list}) and their
 * bytes. Loaded from this module's resources, so it works from the source tree's build output and from the jar alike.
 */
public final class RuntimeSources {
    private static final String ROOT = "/dev/molt/runtime/c/";
    private static final String LIST = "sources.list";

    private final Map<String, byte[]> files;

    private RuntimeSources(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /**
     * The sources bundled with this module.
     *
     * @throws UncheckedIOException if a listed file is missing or unreadable (a broken build)
     */
    public static RuntimeSources bundled() {
        String list = new String(resource(LIST), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String line : list.split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            files.put(path, resource(path));
        }
        return new RuntimeSources(files);
    }

    /**
     * Sources read from a directory laid out like {@code src/main/c} (for working on the runtime itself).
     *
     * @param dir the directory holding {@code sources.list}
     * @throws UncheckedIOException if a listed file cannot be read
     */
    public static RuntimeSources fromDirectory(Path dir) {
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String line : Files.readAllLines(dir.resolve(LIST))) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#")) {
                    files.put(path, Files.readAllBytes(dir.resolve(path)));
                }
            }
            return new RuntimeSources(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = RuntimeSources.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("runtime source missing from the module: " + path));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relative paths in list order. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** The {@code .c} files (translation units), in list order. */
    public List<String> translationUnits() {
        List<String> out = new ArrayList<>();
        for (String p : files.keySet()) {
            if (p.endsWith(".c")) {
                out.add(p);
            }
        }
        return out;
    }

    /** The bytes of one file; {@link IllegalArgumentException} if it is not a runtime source. */
    public byte[] content(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new IllegalArgumentException("not a runtime source: " + path);
        }
        return b.clone();
    }

    /** Hex SHA-256 over every path and content (length-prefixed), in list order. */
    public String sha256() {
        MessageDigest md = sha256Digest();
        files.forEach((path, bytes) -> {
            byte[] p = path.getBytes(StandardCharsets.UTF_8);
            md.update(intBytes(p.length));
            md.update(p);
            md.update(intBytes(bytes.length));
            md.update(bytes);
        });
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Write every file below {@code dir} (created if needed), keeping the relative layout.
     *
     * @throws UncheckedIOException on I/O failure
     */
    public void writeTo(Path dir) {
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path out = dir.resolve(e.getKey());
                Files.createDirectories(out.getParent());
                Files.write(out, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
