package dev.molt.backend.wasm.internal;


import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.MemArg;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import java.util.List;
import java.util.Map;

/**
 * The translation of each op (py.*, i64/f64/bool.*, cf.*, rt.*) for {@link PyFunctionLowering}: the runtime entry
 * each py op calls is the one backend-c PyOpEmitter calls (same table), with the same error tests.
 */
final class PyOps {
    private PyOps() {
    }

    /** Binary and in-place ops, rich comparisons and pow: the C backend's table (molt_cg_* are codegen.h fast paths). */
    static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("py.add", "molt_cg_add"), Map.entry("py.sub", "molt_cg_sub"), Map.entry("py.mul", "molt_cg_mul"),
            Map.entry("py.truediv", "molt_cg_truediv"), Map.entry("py.floordiv", "molt_cg_floordiv"),
            Map.entry("py.mod", "molt_cg_mod"), Map.entry("py.lshift", "molt_lshift"),
            Map.entry("py.rshift", "molt_cg_rshift"), Map.entry("py.bitor", "molt_cg_or"),
            Map.entry("py.bitxor", "molt_cg_xor"), Map.entry("py.bitand", "molt_cg_and"),
            Map.entry("py.getitem", "molt_cg_getitem"),
            Map.entry("py.inplace.add", "molt_cg_inplace_add"), Map.entry("py.inplace.mul", "molt_cg_inplace_mul"),
            Map.entry("py.inplace.sub", "molt_cg_inplace_sub"), Map.entry("py.inplace.bitor", "molt_inplace_or"),
            Map.entry("py.inplace.bitxor", "molt_inplace_xor"), Map.entry("py.inplace.bitand", "molt_inplace_and"),
            Map.entry("py.inplace.truediv", "molt_cg_truediv"), Map.entry("py.inplace.floordiv", "molt_cg_floordiv"),
            Map.entry("py.inplace.mod", "molt_cg_mod"), Map.entry("py.inplace.lshift", "molt_lshift"),
            Map.entry("py.inplace.rshift", "molt_cg_rshift"), Map.entry("py.inplace.pow", "molt_cg_pow"),
            Map.entry("py.pow", "molt_cg_pow"),
            Map.entry("py.eq", "molt_cg_eq"), Map.entry("py.ne", "molt_cg_ne"), Map.entry("py.lt", "molt_cg_lt"),
            Map.entry("py.le", "molt_cg_le"), Map.entry("py.gt", "molt_cg_gt"), Map.entry("py.ge", "molt_cg_ge"));

    static final Map<String, String> UNARY = Map.of("py.neg", "molt_cg_neg", "py.pos", "molt_pos",
            "py.invert", "molt_invert", "py.not", "molt_cg_not", "py.iter", "molt_iter", "py.len", "molt_cg_len",
            "py.list_to_tuple", "molt_list_to_tuple");

    static final Map<String, String> STATUS2 = Map.of("py.list_extend", "molt_list_extend", "py.set_add",
            "molt_set_add", "py.set_update", "molt_set_update", "py.dict_update", "molt_dict_update",
            "py.delitem", "molt_delitem");

    static final Map<String, String> ARRAY = Map.of("py.build_tuple", "molt_cg_tuple", "py.build_list",
            "molt_list_from_array", "py.build_set", "molt_set_from_array", "py.build_dict", "molt_dict_from_pairs",
            "py.build_string", "molt_cg_build_string");

    static void emit(PyFunctionLowering e, Op op) {
        String n = op.name();
        InstructionWriter w = e.w();
        ProgramLowering p = e.program();
        Value r = op.results().isEmpty() ? null : op.result(0);
        List<Value> a = op.operands();
        if (BINARY.containsKey(n)) {
            e.callObj(op, r, () -> pushAll(e, a), p.rt.get(BINARY.get(n)));
            return;
        }
        if (UNARY.containsKey(n)) {
            e.callObj(op, r, () -> pushAll(e, a), p.rt.get(UNARY.get(n)));
            return;
        }
        if (STATUS2.containsKey(n)) {
            e.status(op, () -> pushAll(e, a), p.rt.get(STATUS2.get(n)));
            return;
        }
        if (ARRAY.containsKey(n)) {
            e.callObj(op, r, () -> {
                e.storeArray(a);
                w.i64Const(n.equals("py.build_dict") ? a.size() / 2 : a.size());
            }, p.rt.get(ARRAY.get(n)));
            return;
        }
        if (n.startsWith("py.")) {
            PyObjectOps.emit(e, op);
            return;
        }
        MachineOps.emit(e, op);
    }

    static void pushAll(PyFunctionLowering e, List<Value> vals) {
        for (Value v : vals) {
            e.get(v);
        }
    }

    /** Pushes the word in data slot {@code slot}. */
    static void loadSlot(PyFunctionLowering e, int slot) {
        e.program().address(e.w(), slot);
        e.w().i64Load(MemArg.natural(8, 0));
    }

    /** Pushes the C string {@code s}. */
    static void cstr(PyFunctionLowering e, String s) {
        e.program().address(e.w(), e.program().cString(s));
    }

    /** Stores the i64 constant {@code word} into {@code r}. */
    static void word(PyFunctionLowering e, Value r, long word) {
        e.w().i64Const(word);
        e.set(r);
    }
}
