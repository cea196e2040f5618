package dev.molt.frontend.lower;

import java.util.Objects;

/**
 * A lowering diagnostic: Python code the lowering cannot turn into Molt IR (DESIGN §7).
 *
 * <p>{@link #toString()} is the line the {@code molt} command prints: {@code FILE:LINE:COL: error: unsupported: WHAT}
 * (the form clang and gcc use, so editors can jump to it).
 *
 * @param file the source file name as given to the parser
 * @param line 1-based line
 * @param column 1-based column, counted in UTF-8 bytes (CPython's {@code col_offset} + 1, as clang counts columns)
 * @param message what is unsupported, e.g. {@code "type parameters (PEP 695)"}
 */
public record Diagnostic(String file, int line, int column, String message) {
    /** Checks the fields: file and message not null. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COL: error: unsupported: WHAT}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": error: unsupported: " + message;
    }
}
