package dev.molt.runtime;

import java.util.Map;

/**
 * Which C function of the runtime ABI each {@code py.*} operator op calls, shared by the C and WebAssembly backends
 * (docs/backend-c.md, docs/wasm.md). Names starting {@code molt_cg_} are the inline fast paths of
 * {@code include/molt/codegen.h} (out-of-line in {@code codegen_extern.c} for wasm), which fall back to the runtime
 * entry of the same name without {@code cg_}; the others are entries of {@code include/molt/molt.h}. Each function
 * takes its operands as borrowed {@code MoltValue}s and returns a new reference, or the error sentinel with the
 * thread's exception set. The maps are immutable; op names are those of the IR op registry (docs/ir.md).
 */
public final class RuntimeEntries {
    private RuntimeEntries() {
    }

    /** Binary operators, {@code **} and subscription (two operands): op name → C function. */
    public static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("py.add", "molt_cg_add"), Map.entry("py.sub", "molt_cg_sub"), Map.entry("py.mul", "molt_cg_mul"),
            Map.entry("py.truediv", "molt_cg_truediv"), Map.entry("py.floordiv", "molt_cg_floordiv"),
            Map.entry("py.mod", "molt_cg_mod"), Map.entry("py.lshift", "molt_lshift"),
            Map.entry("py.rshift", "molt_cg_rshift"), Map.entry("py.bitor", "molt_cg_or"),
            Map.entry("py.bitxor", "molt_cg_xor"), Map.entry("py.bitand", "molt_cg_and"),
            Map.entry("py.pow", "molt_cg_pow"), Map.entry("py.getitem", "molt_cg_getitem"));

    /** Augmented assignment operators (two operands): op name → C function (a fast path or molt_inplace_*). */
    public static final Map<String, String> INPLACE = Map.ofEntries(
            Map.entry("py.inplace.add", "molt_cg_inplace_add"), Map.entry("py.inplace.mul", "molt_cg_inplace_mul"),
            Map.entry("py.inplace.sub", "molt_cg_inplace_sub"), Map.entry("py.inplace.bitor", "molt_inplace_or"),
            Map.entry("py.inplace.bitxor", "molt_inplace_xor"), Map.entry("py.inplace.bitand", "molt_inplace_and"),
            Map.entry("py.inplace.truediv", "molt_cg_truediv"), Map.entry("py.inplace.floordiv", "molt_cg_floordiv"),
            Map.entry("py.inplace.mod", "molt_cg_mod"), Map.entry("py.inplace.lshift", "molt_lshift"),
            Map.entry("py.inplace.rshift", "molt_cg_rshift"), Map.entry("py.inplace.pow", "molt_cg_pow"));

    /** Unary operators, {@code iter()} and {@code len()} (one operand): op name → C function. */
    public static final Map<String, String> UNARY = Map.of("py.neg", "molt_cg_neg", "py.pos", "molt_pos",
            "py.invert", "molt_invert", "py.not", "molt_cg_not", "py.iter", "molt_iter", "py.len", "molt_cg_len");

    /** Rich comparisons (two operands): op name → C function (small ints, floats inline, else molt_richcompare). */
    public static final Map<String, String> COMPARE = Map.of("py.eq", "molt_cg_eq", "py.ne", "molt_cg_ne",
            "py.lt", "molt_cg_lt", "py.le", "molt_cg_le", "py.gt", "molt_cg_gt", "py.ge", "molt_cg_ge");
}
