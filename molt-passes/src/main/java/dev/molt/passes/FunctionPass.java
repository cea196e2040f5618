package dev.molt.passes;

import dev.molt.ir.Function;

/** A pass run on each function of a module, one at a time. */
public non-sealed interface FunctionPass extends Pass {
    /** Transforms or checks {@code f}; returns whether it changed anything. */
    boolean run(Function f, PassContext ctx);
}
