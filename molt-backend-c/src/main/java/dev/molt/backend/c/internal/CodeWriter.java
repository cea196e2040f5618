package dev.molt.backend.c.internal;

/**
 * Accumulates C text and keeps its {@code #line} mapping right.
 *
 * <p>While <em>pinned</em> to a Python file and line, every C line written maps to that Python line: the writer
 * puts a {@code #line N "file.py"} directive before the first one and a short {@code #line N} before each further
 * one (after a directive the next C line is N, the one after N+1, so each needs its own). {@link #unpin} returns to
 * the C file's own numbering. Lines end in {@code \n} only, so output is the same on every host.
 */
final class CodeWriter {
    private final StringBuilder sb = new StringBuilder();
    private int physical = 1;      // the 1-based number of the next physical line of the C file
    private String pinFile;        // null: not pinned
    private int pinLine;
    private String mappedFile;     // file and line the next physical line maps to (per the last directive)
    private int mappedLine;

    /** Appends {@code text} (one line, no newline) and a newline. */
    CodeWriter line(String text) {
        if (pinFile != null && (!pinFile.equals(mappedFile) || mappedLine != pinLine)) {
            raw(pinFile.equals(mappedFile) ? "#line " + pinLine : "#line " + pinLine + " " + CLiterals.string(pinFile));
            mappedFile = pinFile;
            mappedLine = pinLine;
        }
        raw(text);
        mappedLine++;
        return this;
    }

    private void raw(String text) {
        sb.append(text).append('\n');
        physical++;
    }

    /** Appends an empty line. */
    CodeWriter blank() {
        return line("");
    }

    /** Maps the following lines to {@code file}:{@code line} until the next pin or unpin. */
    void pin(String file, int line) {
        pinFile = file;
        pinLine = line;
    }

    /** Maps the following lines to the C file {@code cFile} itself again. */
    void unpin(String cFile) {
        if (pinFile == null && mappedFile == null) return;
        pinFile = null;
        mappedFile = null;
        raw("#line " + (physical + 1) + " " + CLiterals.string(cFile));
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
