package dev.molt.passes.analysis;

import dev.molt.ir.Op;
import dev.molt.ir.OpResult;

/**
 * The callee name that the error of a {@code py.dict_merge} shows, shared by the C and WebAssembly backends.
 * Follows CPython 3.11 Python/ceval.c DICT_MERGE / format_kwargs_error and Objects/call.c _PyObject_FunctionStr.
 */
public final class DictMergeCallee {
    private DictMergeCallee() {
    }

    /**
     * The name CPython 3.11's DICT_MERGE error names ("__main__.f() got multiple values for keyword argument 'k'",
     * "print() got ..." for a builtin): {@code "__main__.NAME()"} when the {@code py.call_ex} receiving the merged
     * dict (its operand 2) calls a {@code py.load_global} of a name some function of the module stores with
     * {@code py.store_global}, {@code "NAME()"} for a {@code py.builtin} or another global; else {@code "function"}.
     *
     * @param merge a {@code py.dict_merge} op whose operand 0 is the dict being built
     */
    public static String of(Op merge) {
        for (Op user : merge.operand(0).users()) {
            if (user.is("py.call_ex") && user.operand(2) == merge.operand(0)
                    && user.operand(0) instanceof OpResult r
                    && (r.op().is("py.load_global") || r.op().is("py.builtin"))) {
                String name = r.op().strAttr("name");
                // _PyObject_FunctionStr: "module.qualname()" unless the function is a builtin
                boolean global = r.op().is("py.load_global") && merge.block().function().module().functions().stream()
                        .flatMap(fn -> fn.ops().stream())
                        .anyMatch(o -> o.is("py.store_global") && name.equals(o.strAttr("name")));
                return (global ? "__main__." : "") + name + "()";
            }
        }
        return "function";
    }
}
