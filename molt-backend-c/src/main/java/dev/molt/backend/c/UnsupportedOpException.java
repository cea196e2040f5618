package dev.molt.backend.c;

import java.util.List;

/**
 * The module holds ops (or op shapes) the C backend cannot compile yet. Thrown by {@link CBackend#emit} before any C
 * is generated; never the sign of a bug in the input, which is assumed to be verified IR.
 */
public final class UnsupportedOpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One unsupported op.
     *
     * @param op the op's name, e.g. {@code py.getattr}
     * @param function the IR function holding it (without {@code @})
     * @param file the Python source file (the function's {@code source} attribute), or {@code null}
     * @param line CPython's 1-based line from the op's {@code loc} attribute, or 0 if unknown
     * @param col CPython's 0-based column in UTF-8 bytes from {@code loc}, or 0 if unknown
     * @param reason what is missing, e.g. {@code "op py.yield"}
     */
    public record Problem(String op, String function, String file, int line, int col, String reason) {
        /**
         * {@code FILE:LINE:COL: error: unsupported: REASON (in @FUNCTION)}, as DESIGN §7 spells diagnostics, with a
         * 1-based column ({@code col + 1}, as clang and the lowering's diagnostics count).
         */
        @Override
        public String toString() {
            String where = (file != null ? file : "<ir>") + ":" + line + ":" + (col + 1);
            return where + ": error: unsupported: " + reason + " (in @" + function + ")";
        }
    }

    private final transient List<Problem> problems;

    /** @param problems every unsupported op found, in module order (not empty) */
    public UnsupportedOpException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every unsupported op, in module order (functions in module order, ops in layout order). */
    public List<Problem> problems() {
        return problems;
    }
}
