package dev.molt.backend.c;

import java.util.List;

/** How clang compiles the generated C. */
public enum OptLevel {
    /** {@code -O0 -g}: for debugging; {@code #line} directives let gdb step through the Python lines. Not stripped. */
    DEBUG(List.of("-O0", "-g")),
    /** {@code -O2} (the default), stripped ({@code -s}). */
    O2(List.of("-O2"));

    private final List<String> flags;

    OptLevel(List<String> flags) {
        this.flags = flags;
    }

    /** The clang flags selecting this level. */
    public List<String> flags() {
        return flags;
    }
}
