package dev.molt.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Python source file as bytes, before decoding. The tokenizer decodes it as CPython does: a
 * UTF-8 byte order mark, else a PEP 263 encoding declaration on line 1 or 2, else UTF-8.
 *
 * @param name the name diagnostics show (usually the path as the user gave it)
 * @param bytes the raw contents; never modified
 */
public record SourceFile(String name, byte[] bytes) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @return the source, named by {@code path.toString()}
     * @throws IOException if the file cannot be read
     */
    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path.toString(), Files.readAllBytes(path));
    }

    /**
     * Source text given as a Java string, encoded as UTF-8.
     *
     * @param name the name diagnostics show
     * @param text the program text
     * @return the source
     */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
