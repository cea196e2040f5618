package dev.molt.passes;

import dev.molt.ir.Module;

/** A pass run once on a whole module (interprocedural work). */
public non-sealed interface ModulePass extends Pass {
    /** Transforms or checks {@code m}; returns whether it changed anything (then every analysis not preserved is dropped). */
    boolean run(Module m, PassContext ctx);
}
