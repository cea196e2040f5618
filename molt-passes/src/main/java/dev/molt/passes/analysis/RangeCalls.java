package dev.molt.passes.analysis;

import dev.molt.ir.Op;
import dev.molt.ir.OpResult;

/**
 * Recognises the {@code py.call} of a {@code for i in range(...)} loop for the backends, which call the range
 * type's constructor directly there ({@code molt_cg_call_range} in molt/codegen.h: it still checks at run time
 * that the callee is the builtin range, so a rebound {@code range} behaves as CPython).
 */
public final class RangeCalls {
    private RangeCalls() {
    }

    /** Whether {@code call} (a {@code py.call}) calls the value of a global or builtin load of {@code range}. */
    public static boolean isRangeCall(Op call) {
        return call.operand(0) instanceof OpResult c && (c.op().is("py.load_global") || c.op().is("py.builtin"))
                && "range".equals(c.op().strAttr("name"));
    }
}
