package dev.molt.passes;

import dev.molt.ir.Module;

/**
 * Callbacks around each pass run (MLIR's {@code PassInstrumentation}): for custom dumps, statistics, or
 * bisecting a miscompile. Register with {@link PassManager#instrument}; callbacks run in registration order
 * before the pass and in reverse order after it. Both methods default to doing nothing.
 */
public interface PassInstrumentation {
    /** Called before {@code pass} runs on {@code module}. */
    default void beforePass(Pass pass, Module module) {}

    /** Called after {@code pass} ran on {@code module}; {@code changed} is what the pass reported. */
    default void afterPass(Pass pass, Module module, boolean changed) {}
}
