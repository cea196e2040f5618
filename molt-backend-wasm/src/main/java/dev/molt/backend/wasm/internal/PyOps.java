package dev.molt.backend.wasm.internal;


import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.MemArg;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import dev.molt.runtime.RuntimeEntries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation of each op (py.*, i64/f64/bool.*, cf.*, rt.*) for {@link PyFunctionLowering}: the runtime entry
 * each py op calls is the one backend-c PyOpEmitter calls (shared table {@link RuntimeEntries}), with the same
 * error tests.
 */
final class PyOps {
    private PyOps() {
    }

    /** Two-operand ops (binary, in-place, rich comparisons, pow): the runtime entries of {@link RuntimeEntries}. */
    static final Map<String, String> BINARY =
            union(RuntimeEntries.BINARY, RuntimeEntries.INPLACE, RuntimeEntries.COMPARE);

    /** One-operand ops: {@link RuntimeEntries#UNARY} and {@code py.list_to_tuple}. */
    static final Map<String, String> UNARY =
            union(RuntimeEntries.UNARY, Map.of("py.list_to_tuple", "molt_list_to_tuple"));

    static final Map<String, String> STATUS2 = Map.of("py.list_extend", "molt_list_extend", "py.set_add",
            "molt_set_add", "py.set_update", "molt_set_update", "py.dict_update", "molt_dict_update",
            "py.delitem", "molt_delitem");

    static final Map<String, String> ARRAY = Map.of("py.build_tuple", "molt_cg_tuple", "py.build_list",
            "molt_list_from_array", "py.build_set", "molt_set_from_array", "py.build_dict", "molt_dict_from_pairs",
            "py.build_string", "molt_cg_build_string");

    @SafeVarargs
    private static Map<String, String> union(Map<String, String>... tables) {
        Map<String, String> all = new HashMap<>();
        for (Map<String, String> t : tables) {
            all.putAll(t);
        }
        return Map.copyOf(all);
    }

    static void emit(PyFunctionLowering e, Op op) {
        String n = op.name();
        InstructionWriter w = e.w();
        ProgramLowering p = e.program();
        Value r = op.results().isEmpty() ? null : op.result(0);
        List<Value> a = op.operands();
        if (SMALL_INT.containsKey(n)) {
            e.computeObj(op, r, () -> smallIntFastPath(e, a, SMALL_INT.get(n), p.rt.get(BINARY.get(n))));
            return;
        }
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

    /** Ops whose both-small-int case is inlined (the hit path of codegen.h's MOLT_CG_ARITH / MOLT_CG_COMPARE). */
    private static final Map<String, String> SMALL_INT = Map.ofEntries(
            Map.entry("py.add", "add"), Map.entry("py.sub", "sub"), Map.entry("py.inplace.add", "add"),
            Map.entry("py.inplace.sub", "sub"), Map.entry("py.lt", "lt"), Map.entry("py.le", "le"),
            Map.entry("py.gt", "gt"), Map.entry("py.ge", "ge"), Map.entry("py.eq", "eq"), Map.entry("py.ne", "ne"));

    private static final long TAG_INT = 0xFFF9000000000000L;
    private static final long PAYLOAD = 0x0000FFFFFFFFFFFFL;

    /**
     * Pushes the result word of a binary op on {@code a[0], a[1]}: when both are small ints (one unsigned compare on
     * the xor of their tags, molt/codegen.h MOLT_CG_BOTH_SMALLINT), the sum/difference (boxed if it fits 48 bits,
     * else {@code slow}) or the comparison's bool, inline; otherwise {@code slow(a, b)}. The same results as the
     * runtime entry: small ints are canonical, so equal words are equal ints.
     */
    static void smallIntFastPath(PyFunctionLowering e, List<Value> a, String kind, dev.molt.backend.wasm.FuncIndex slow) {
        InstructionWriter w = e.w();
        e.get(a.get(0));
        w.i64Const(TAG_INT).i64Xor();
        e.get(a.get(1));
        w.i64Const(TAG_INT).i64Xor().i64Or().i64Const(PAYLOAD).i64LeU();
        w.if_(dev.molt.backend.wasm.BlockType.of(dev.molt.backend.wasm.ValType.I64));
        if (kind.equals("eq") || kind.equals("ne")) {
            w.i64Const(ProgramLowering.TRUE).i64Const(ProgramLowering.FALSE);
            pushAll(e, a);
            if (kind.equals("eq")) {
                w.i64Eq();
            } else {
                w.i64Ne();
            }
            w.select();
        } else if (kind.equals("add") || kind.equals("sub")) {
            dev.molt.backend.wasm.LocalIndex t = e.scratch64();
            sext48(e, a.get(0));
            sext48(e, a.get(1));
            if (kind.equals("add")) {
                w.i64Add();
            } else {
                w.i64Sub();
            }
            w.localTee(t);
            // fits 48 bits: sext48(t) == t
            w.i64Const(16).i64Shl().i64Const(16).i64ShrS().localGet(t).i64Eq();
            w.if_(dev.molt.backend.wasm.BlockType.of(dev.molt.backend.wasm.ValType.I64));
            w.localGet(t).i64Const(PAYLOAD).i64And().i64Const(TAG_INT).i64Or();
            w.else_();
            pushAll(e, a);
            w.call(slow);
            w.end();
        } else {
            w.i64Const(ProgramLowering.TRUE).i64Const(ProgramLowering.FALSE);
            sext48(e, a.get(0));
            sext48(e, a.get(1));
            switch (kind) {
                case "lt" -> w.i64LtS();
                case "le" -> w.i64LeS();
                case "gt" -> w.i64GtS();
                default -> w.i64GeS();
            }
            w.select();
        }
        w.else_();
        pushAll(e, a);
        w.call(slow);
        w.end();
    }

    /** Pushes the small int in {@code v} as an i64 (the 48-bit payload sign-extended, molt_as_smallint). */
    private static void sext48(PyFunctionLowering e, Value v) {
        e.get(v);
        e.w().i64Const(16).i64Shl().i64Const(16).i64ShrS();
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
