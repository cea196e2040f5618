package dev.molt.frontend.lower;

import java.util.List;

/**
 * Thrown by {@link Lowering#lower} when the module uses a construct the lowering does not support. The message is
 * the first diagnostic's {@link Diagnostic#toString()}; the CLI prints every diagnostic and exits with status 2.
 */
public final class LoweringException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    /**
     * @param diagnostics at least one diagnostic
     * @throws IllegalArgumentException if the list is empty
     */
    public LoweringException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "" : diagnostics.get(0).toString());
        if (diagnostics.isEmpty()) throw new IllegalArgumentException("no diagnostics");
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The diagnostics, in source order of discovery (never empty). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
