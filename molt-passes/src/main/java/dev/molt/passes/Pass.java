package dev.molt.passes;

import java.util.Set;

/**
 * A stateless transformation or check of IR, run by a {@link PassManager}. Implement {@link FunctionPass} or
 * {@link ModulePass}; keep no state between runs (Graal's phases): whatever a run needs comes from the
 * {@link PassContext}.
 *
 * <p>Like QBE's {@code require}/{@code breaks} comments, a pass declares the analyses it {@link #requires()}
 * (computed before it runs, then cached) and those it {@link #preserves()} when it reports a change; every other
 * cached analysis of a changed function is invalidated.
 */
public sealed interface Pass permits FunctionPass, ModulePass {
    /** The pipeline name, e.g. {@code const-fold}: lower-case words joined by {@code -}. */
    String name();

    /** One line saying what the pass does. */
    default String description() {
        return "";
    }

    /** Analyses this pass reads; the manager computes them first. */
    default Set<Analysis<?>> requires() {
        return Set.of();
    }

    /** Analyses still valid after this pass changed a function (default: none). */
    default Set<Analysis<?>> preserves() {
        return Set.of();
    }
}
