package dev.molt.passes.analysis;

import dev.molt.ir.BlockParam;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Value;

/**
 * The reference-ownership rule shared by the C and WebAssembly backends (docs/backend-c.md, "Reference counts"):
 * which counted values ({@link RefcountLiveness#counted}) a function holds a reference to that it must release
 * where the value stops being live.
 */
public final class OwnedValues {
    private OwnedValues() {
    }

    /**
     * Whether the function holds a reference to {@code val} that it must release: {@code val} is counted, is not a
     * function parameter (parameters are borrowed), and is not the result of an op that yields an immortal or unboxed
     * value ({@code None}, bools, float constants and boxed floats/bools — NaN-boxed, no heap object —, the unbound
     * marker, the results of {@code is}/{@code not}/{@code in}, and int constants of at most 47 bits, which are
     * small ints; docs/runtime.md, "Values").
     */
    public static boolean owned(Value val) {
        if (!RefcountLiveness.counted(val) || isFunctionParam(val)) {
            return false;
        }
        if (val instanceof OpResult r) {
            Op d = r.op();
            return !(d.is("py.const.none") || d.is("py.const.bool") || d.is("py.const.float") || d.is("py.const.unbound")
                    || d.is("py.box.f64") || d.is("py.box.bool") || d.is("py.is") || d.is("py.is_not") || d.is("py.not")
                    || d.is("py.in") || d.is("py.not_in")
                    || (d.is("py.const.int") && d.intAttr("value").bitLength() <= 47));
        }
        return true;
    }

    /** Whether {@code val} is a parameter of its function (a parameter of the entry block). */
    public static boolean isFunctionParam(Value val) {
        return val instanceof BlockParam p && p.block().isEntry();
    }
}
