package dev.molt.cli.internal;

import dev.molt.cli.Compiler;
import picocli.CommandLine.Option;

/** The {@code -O0} / {@code -O2} options shared by {@code molt build} and {@code molt run} (a picocli mixin). */
public final class OptLevelOptions {
    @Option(names = "-O0", description = "No IR optimization; clang -O0 -g (for gdb, which steps through the .py lines).")
    boolean o0;

    @Option(names = "-O2", description = "Optimize: the O2 pass pipeline and clang -O2, stripped (the default).")
    boolean o2;

    /** Used by picocli only. */
    public OptLevelOptions() {}

    /** The level chosen: O0 if {@code -O0} was given without {@code -O2}, else O2. */
    Compiler.OptLevel level() {
        return o0 && !o2 ? Compiler.OptLevel.O0 : Compiler.OptLevel.O2;
    }
}
