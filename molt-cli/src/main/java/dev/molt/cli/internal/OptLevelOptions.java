package dev.molt.cli.internal;

import dev.molt.cli.Compiler;
import picocli.CommandLine.Option;

/**
 * The {@code -O0} / {@code -O2} options shared by {@code molt build} and {@code molt run} (a picocli mixin). As for
 * gcc and clang, the last one given wins; neither means {@code -O2}.
 */
public final class OptLevelOptions {
    private Compiler.OptLevel level = Compiler.OptLevel.O2;

    /** Used by picocli only. */
    public OptLevelOptions() {}

    @Option(names = "-O0",
            description = "No IR optimization; clang -O0 -g (for gdb, which steps through the .py lines).")
    void o0(boolean on) {
        if (on) level = Compiler.OptLevel.O0;
    }

    @Option(names = "-O2", description = "Optimize: the O2 pass pipeline and clang -O2, stripped (the default).")
    void o2(boolean on) {
        if (on) level = Compiler.OptLevel.O2;
    }

    /** The level chosen. */
    Compiler.OptLevel level() {
        return level;
    }
}
