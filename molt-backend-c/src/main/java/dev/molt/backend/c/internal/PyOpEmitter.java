package dev.molt.backend.c.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.passes.analysis.DictMergeCallee;
import dev.molt.passes.analysis.OwnedValues;
import dev.molt.passes.analysis.RangeCalls;
import dev.molt.runtime.RuntimeEntries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates {@code py.*} ops to runtime calls (molt/molt.h) or code generator helpers (molt/codegen.h). Every obj result is a new
 * reference; operands are borrowed (docs/backend-c.md, "Reference counts").
 */
final class PyOpEmitter {
    private PyOpEmitter() {}

    /** Every py.* op this emitter handles (the rest are reported by {@link SupportCheck}). */
    static final List<String> OTHERS = List.of("py.const.int", "py.const.float", "py.const.str", "py.const.bool",
            "py.const.none", "py.const.tuple", "py.const.unbound", "py.is", "py.is_not", "py.in",
            "py.not_in", "py.truthy", "py.box.i64", "py.box.f64", "py.box.bool", "py.unbox.i64", "py.unbox.f64",
            "py.setitem", "py.delitem", "py.call", "py.range_iter", "py.call_ex", "py.call_direct", "py.make_function",
            "py.build_tuple", "py.build_list", "py.build_set", "py.build_dict", "py.build_string", "py.build_slice",
            "py.format", "py.list_append", "py.list_extend", "py.list_to_tuple", "py.set_add", "py.set_update",
            "py.dict_update", "py.dict_merge", "py.unpack_sequence", "py.unpack_ex", "py.next", "py.load_global", "py.store_global",
            "py.delete_global", "py.cell.new", "py.cell.get", "py.cell.set", "py.cell.clear", "py.check_bound",
            "py.raise", "py.reraise", "py.exc_match", "py.exc_push", "py.exc_pop", "py.builtin", "py.getattr", "py.getattr.f64",
            "py.setattr", "py.delattr", "py.make_class", "py.load_name", "py.store_name", "py.delete_name");

    static boolean handles(String name) {
        return twoOperandEntry(name) != null || RuntimeEntries.UNARY.containsKey(name) || OTHERS.contains(name);
    }

    /** The runtime entry of a two-operand op ({@link RuntimeEntries} BINARY, INPLACE or COMPARE), or null. */
    private static String twoOperandEntry(String name) {
        String f = RuntimeEntries.BINARY.get(name);
        if (f == null) f = RuntimeEntries.INPLACE.get(name);
        if (f == null) f = RuntimeEntries.COMPARE.get(name);
        return f;
    }

    static void emit(FunctionEmitter e, Op op) {
        String n = op.name();
        String r = op.results().isEmpty() ? null : e.v(op.result(0));
        List<String> a = e.operands(op, 0);
        String binary = twoOperandEntry(n);
        if (binary != null) {
            e.callObj(op, r, binary + "(" + a.get(0) + ", " + a.get(1) + ")");
            return;
        }
        if (RuntimeEntries.UNARY.containsKey(n)) {
            e.callObj(op, r, RuntimeEntries.UNARY.get(n) + "(" + a.get(0) + ")");
            return;
        }
        ModuleEmitter m = e.mod;
        switch (n) {
            case "py.const.int" -> {
                BigInteger v = op.intAttr("value");
                if (v.bitLength() <= 47) e.stmt(r + " = molt_from_smallint(" + CLiterals.i64(v.longValue()) + ");");
                else e.stmt(r + " = molt_incref(" + m.bigIntConstant(v) + ");");
            }
            case "py.const.float" -> {
                double d = ((Attr.Float) op.attr("value")).value();
                e.stmt(r + " = molt_from_double(" + CLiterals.f64(d) + ");");
            }
            case "py.const.str" -> e.stmt(r + " = molt_incref(" + m.strConstant(op.strAttr("value")) + "); /* "
                    + CLiterals.comment(Attr.Str.quote(op.strAttr("value")), 60) + " */");
            case "py.const.bool" -> e.stmt(r + " = " + (((Attr.Bool) op.attr("value")).value() ? "MOLT_TRUE" : "MOLT_FALSE") + ";");
            case "py.const.none" -> e.stmt(r + " = MOLT_NONE;");
            case "py.const.unbound" -> e.stmt(r + " = MOLT_CG_UNBOUND;");
            case "py.const.tuple" -> e.stmt(r + " = molt_incref(" + m.tupleConstant((Attr.Array) op.attr("value")) + ");");
            case "py.builtin" -> e.callObj(op, r, "molt_builtin(" + CLiterals.string(op.strAttr("name")) + ")");
            case "py.getattr" -> e.callObj(op, r, "molt_cg_getattr_at(" + a.get(0) + ", " + m.strConstant(op.strAttr("name"))
                    + ", &" + m.attrCache(op) + ")");
            case "py.getattr.f64" -> {
                e.stmt("molt_cg_status = molt_cg_getattr_f64_at(" + a.get(0) + ", " + m.strConstant(op.strAttr("name"))
                        + ", &" + m.attrCache(op) + ", &" + r + ");");
                e.onError(op, "molt_cg_status < 0", true);
            }
            case "py.setattr" -> status(e, op, "molt_cg_setattr_at(" + a.get(0) + ", " + m.strConstant(op.strAttr("name"))
                    + ", " + a.get(1) + ", &" + m.attrCache(op) + ")");
            case "py.delattr" -> status(e, op, "molt_setattr(" + a.get(0) + ", " + m.strConstant(op.strAttr("name"))
                    + ", MOLT_ERROR)");
            case "py.make_class" -> e.callObj(op, r, "molt_cg_make_class(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2)
                    + ", " + CLiterals.string(op.strAttr("name")) + ", " + m.strConstant(op.strAttr("qualname")) + ")");
            case "py.load_name" -> e.callObj(op, r, "molt_cg_load_name(" + a.get(0) + ", " + m.strConstant(op.strAttr("name"))
                    + ", " + m.pyGlobal(op.strAttr("name")) + ", " + CLiterals.string(op.strAttr("name")) + ")");
            case "py.store_name" -> status(e, op, "molt_dict_setitem(" + a.get(0) + ", " + m.strConstant(op.strAttr("name"))
                    + ", " + a.get(1) + ")");
            case "py.delete_name" -> status(e, op, "molt_cg_delete_name(" + a.get(0) + ", "
                    + m.strConstant(op.strAttr("name")) + ", " + CLiterals.string(op.strAttr("name")) + ")");
            // identity is word equality (docs/runtime.md: boxed floats and small ints have no identity)
            case "py.is" -> e.stmt(r + " = " + (a.get(0).equals(a.get(1)) ? "MOLT_TRUE"
                    : "molt_from_bool(" + a.get(0) + " == " + a.get(1) + ")") + ";");
            case "py.is_not" -> e.stmt(r + " = " + (a.get(0).equals(a.get(1)) ? "MOLT_FALSE"
                    : "molt_from_bool(" + a.get(0) + " != " + a.get(1) + ")") + ";");
            case "py.in" -> e.callObj(op, r, "molt_cg_contains(" + a.get(0) + ", " + a.get(1) + ", false)");
            case "py.not_in" -> e.callObj(op, r, "molt_cg_contains(" + a.get(0) + ", " + a.get(1) + ", true)");
            case "py.truthy" -> {
                e.stmt("molt_cg_status = molt_cg_truthy(" + a.get(0) + ");");
                e.onError(op, "molt_cg_status < 0", true);
                e.stmt(r + " = molt_cg_status != 0;");
            }
            case "py.box.i64" -> e.callObj(op, r, "molt_int_from_i64(" + a.get(0) + ")");
            case "py.box.f64" -> e.stmt(r + " = molt_from_double(" + a.get(0) + ");");
            case "py.box.bool" -> e.stmt(r + " = molt_from_bool(" + a.get(0) + ");");
            case "py.unbox.i64" -> {
                e.stmt("molt_cg_status = molt_cg_unbox_i64(" + a.get(0) + ", &" + r + ");");
                e.onError(op, "molt_cg_status < 0", true);
            }
            case "py.unbox.f64" -> {
                e.stmt("molt_cg_status = molt_cg_unbox_f64(" + a.get(0) + ", &" + r + ");");
                e.onError(op, "molt_cg_status < 0", true);
            }
            case "py.setitem" -> status(e, op, "molt_cg_setitem(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ")");
            case "py.delitem" -> status(e, op, "molt_delitem(" + a.get(0) + ", " + a.get(1) + ")");
            case "py.call" -> call(e, op, r, a);
            case "py.range_iter" -> e.callObj(op, r, "molt_cg_range_iter(" + a.get(0) + ", "
                    + array(e, a.subList(1, a.size())) + ", " + (a.size() - 1) + ")");
            case "py.call_ex" -> e.callObj(op, r, "molt_call_ex(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ")");
            case "py.call_direct" -> callDirect(e, op);
            case "py.make_function" -> makeFunction(e, op, r, a);
            case "py.build_tuple" -> e.callObj(op, r, "molt_cg_tuple(" + array(e, a) + ", " + a.size() + ")");
            case "py.build_list" -> e.callObj(op, r, "molt_list_from_array(" + array(e, a) + ", " + a.size() + ")");
            case "py.build_set" -> e.callObj(op, r, "molt_set_from_array(" + array(e, a) + ", " + a.size() + ")");
            case "py.build_dict" -> e.callObj(op, r, "molt_dict_from_pairs(" + array(e, a) + ", " + a.size() / 2 + ")");
            case "py.build_string" -> e.callObj(op, r, "molt_cg_build_string(" + array(e, a) + ", " + a.size() + ")");
            case "py.build_slice" -> e.callObj(op, r, "molt_slice_new(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ")");
            case "py.format" -> {
                String conv = op.attr("conversion") instanceof Attr.Str s && !s.value().isEmpty() ? "'" + s.value().charAt(0) + "'" : "0";
                e.callObj(op, r, "molt_cg_format(" + a.get(0) + ", " + a.get(1) + ", " + conv + ")");
            }
            case "py.list_append" -> e.stmt("(void)molt_list_append(" + a.get(0) + ", " + a.get(1) + ");");
            case "py.list_extend" -> status(e, op, "molt_list_extend(" + a.get(0) + ", " + a.get(1) + ")");
            case "py.list_to_tuple" -> e.callObj(op, r, "molt_list_to_tuple(" + a.get(0) + ")");
            case "py.set_add" -> status(e, op, "molt_set_add(" + a.get(0) + ", " + a.get(1) + ")");
            case "py.set_update" -> status(e, op, "molt_set_update(" + a.get(0) + ", " + a.get(1) + ")");
            case "py.dict_update" -> status(e, op, "molt_dict_update(" + a.get(0) + ", " + a.get(1) + ")");
            case "py.dict_merge" -> status(e, op, "molt_dict_merge(" + a.get(0) + ", " + a.get(1) + ", "
                    + CLiterals.string(DictMergeCallee.of(op)) + ")");
            case "py.unpack_sequence" -> {
                String buf = e.fresh("unpack");
                int k = op.results().size();
                e.stmt("MoltValue " + buf + "[" + Math.max(k, 1) + "];");
                status(e, op, "molt_unpack_sequence(" + a.get(0) + ", " + buf + ", " + k + ")");
                for (int i = 0; i < k; i++) e.stmt(e.v(op.result(i)) + " = " + buf + "[" + i + "];");
            }
            case "py.unpack_ex" -> {
                String buf = e.fresh("unpack");
                int k = op.results().size();
                e.stmt("MoltValue " + buf + "[" + k + "];");
                status(e, op, "molt_cg_unpack_ex(" + a.get(0) + ", " + buf + ", " + op.intAttr("before") + ", "
                        + op.intAttr("after") + ")");
                for (int i = 0; i < k; i++) e.stmt(e.v(op.result(i)) + " = " + buf + "[" + i + "];");
            }
            case "py.next" -> {
                String item = e.v(op.result(0)), ok = e.v(op.result(1));
                e.callObj(op, item, "molt_cg_next(" + a.get(0) + ")");
                e.stmt(ok + " = " + item + " != MOLT_EXHAUSTED;");
                e.stmt("if (!" + ok + ") " + item + " = MOLT_NONE;");
            }
            case "py.load_global" -> e.callObj(op, r, "molt_cg_load_global_cached(" + m.pyGlobal(op.strAttr("name")) + ", &"
                    + m.builtinCache(op.strAttr("name")) + ", " + CLiterals.string(op.strAttr("name")) + ")");
            case "py.store_global" -> e.stmt("molt_cg_store_global(&" + m.pyGlobal(op.strAttr("name")) + ", " + a.get(0) + ");");
            case "py.delete_global" -> status(e, op, "molt_cg_delete_global(&" + m.pyGlobal(op.strAttr("name")) + ", "
                    + CLiterals.string(op.strAttr("name")) + ")");
            case "py.cell.new" -> e.callObj(op, r, "molt_cell_new(" + (a.isEmpty() ? "MOLT_ERROR" : a.get(0)) + ")");
            case "py.cell.get" -> e.callObj(op, r, "molt_cell_get(" + a.get(0) + ", " + CLiterals.string(op.strAttr("name"))
                    + ", " + OwnedValues.isFunctionParam(op.operand(0)) + ")");
            case "py.cell.set" -> e.stmt("molt_cell_set(" + a.get(0) + ", " + a.get(1) + ");");
            case "py.cell.clear" -> e.stmt("molt_cell_set(" + a.get(0) + ", MOLT_ERROR);");
            case "py.check_bound" -> {
                status(e, op, "molt_cg_check_bound(" + a.get(0) + ", " + CLiterals.string(op.strAttr("name")) + ")");
                e.stmt(r + " = " + e.aliasRef(a.get(0)) + ";");
            }
            case "py.raise" -> {
                e.stmt(a.size() > 1 ? "(void)molt_cg_raise_from(" + a.get(0) + ", " + a.get(1) + ");"
                        : "(void)molt_cg_raise(" + a.get(0) + ");");
                e.raiseAlways(op, true);
            }
            case "py.reraise" -> {
                e.stmt("(void)molt_cg_reraise();");
                e.raiseAlways(op, false);
            }
            case "py.exc_match" -> {
                e.stmt("molt_cg_status = molt_cg_exc_match(" + a.get(0) + ", " + a.get(1) + ");");
                e.onError(op, "molt_cg_status < 0", true);
                e.stmt(r + " = molt_cg_status != 0;");
            }
            case "py.exc_push" -> e.stmt(r + " = molt_cg_exc_push(" + a.get(0) + ");");
            case "py.exc_pop" -> e.stmt("molt_cg_exc_pop(" + a.get(0) + ");");
            default -> throw new IllegalStateException("no C translation for " + n + " (SupportCheck missed it)");
        }
    }

    /** A runtime call returning 0 / -1. */
    private static void status(FunctionEmitter e, Op op, String call) {
        e.stmt("molt_cg_status = " + call + ";");
        e.onError(op, "molt_cg_status < 0", true);
    }

    /** A C compound literal holding {@code vals} ({@code NULL} when empty). */
    private static String array(FunctionEmitter e, List<String> vals) {
        return vals.isEmpty() ? "NULL" : "(MoltValue[]){" + String.join(", ", vals) + "}";
    }

    private static void call(FunctionEmitter e, Op op, String r, List<String> a) {
        List<String> args = a.subList(1, a.size());
        String kw = "0";
        int nkw = 0;
        if (op.attr("kwnames") instanceof Attr.Array names && !names.elements().isEmpty()) {
            nkw = names.elements().size();
            kw = e.mod.kwnamesConstant(names);
        }
        if (nkw == 0) {
            // range(...) of a for loop: the range type's constructor without the generic type call
            String helper = RangeCalls.isRangeCall(op) ? "molt_cg_call_range(" : "molt_cg_call(";
            e.callObj(op, r, helper + a.get(0) + ", " + array(e, args) + ", " + args.size() + ")");
            return;
        }
        e.callObj(op, r, "molt_call(" + a.get(0) + ", " + array(e, args) + ", " + (args.size() - nkw) + ", " + kw + ")");
    }

    private static void callDirect(FunctionEmitter e, Op op) {
        Function callee = e.f.module().function(((Attr.Symbol) op.attr("callee")).name());
        CallingConvention cc = CallingConvention.of(callee.signature());
        e.stmt("molt_cg_status = molt_enter_call_inline();");
        e.onError(op, "molt_cg_status < 0", true);
        List<String> results = op.results().stream().map(e::v).toList();
        List<String> stmts = new ArrayList<>();
        String cond = cc.call(CNames.function(callee.name()), e.operands(op, 0), results, stmts);
        stmts.forEach(e::stmt);
        e.stmt("molt_leave_call_inline();");
        e.onError(op, cond, true);
    }

    private static void makeFunction(FunctionEmitter e, Op op, String r, List<String> a) {
        Function code = e.f.module().function(((Attr.Symbol) op.attr("code")).name());
        String desc = e.mod.codeDescriptor(code, op.strAttr("qualname"));
        List<String> cells = a.subList(2, a.size());
        if (cells.isEmpty()) {
            e.callObj(op, r, "molt_function_new(&" + desc + ", " + a.get(0) + ", " + a.get(1) + ", MOLT_NONE)");
            return;
        }
        String closure = e.fresh("closure");
        e.stmt("MoltValue " + closure + " = molt_cg_tuple(" + array(e, cells) + ", " + cells.size() + ");");
        e.onError(op, closure + " == MOLT_ERROR", true);
        e.stmt(r + " = molt_function_new(&" + desc + ", " + a.get(0) + ", " + a.get(1) + ", " + closure + ");");
        e.stmt("molt_decref(" + closure + ");");
        e.onError(op, r + " == MOLT_ERROR", true);
    }
}
