package dev.molt.backend.wasm.internal;

import static dev.molt.backend.wasm.internal.ProgramLowering.CANONICAL_NAN;
import static dev.molt.backend.wasm.internal.ProgramLowering.ERROR;
import static dev.molt.backend.wasm.internal.ProgramLowering.EXHAUSTED;
import static dev.molt.backend.wasm.internal.ProgramLowering.FALSE;
import static dev.molt.backend.wasm.internal.ProgramLowering.NONE;
import static dev.molt.backend.wasm.internal.ProgramLowering.TRUE;
import static dev.molt.backend.wasm.internal.ProgramLowering.UNBOUND;
import static dev.molt.backend.wasm.internal.PyOps.cstr;
import static dev.molt.backend.wasm.internal.PyOps.loadSlot;
import static dev.molt.backend.wasm.internal.PyOps.pushAll;
import static dev.molt.backend.wasm.internal.PyOps.word;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.FuncIndex;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.MemArg;
import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import dev.molt.passes.analysis.DictMergeCallee;
import dev.molt.passes.analysis.OwnedValues;
import dev.molt.passes.analysis.RangeCalls;
import java.math.BigInteger;
import java.util.List;

/** The py.* ops without a one-call shape in {@link PyOps}' tables (same runtime calls as backend-c PyOpEmitter). */
final class PyObjectOps {
    private PyObjectOps() {
    }

    static void emit(PyFunctionLowering e, Op op) {
        String n = op.name();
        InstructionWriter w = e.w();
        ProgramLowering p = e.program();
        Value r = op.results().isEmpty() ? null : op.result(0);
        List<Value> a = op.operands();
        switch (n) {
            case "py.const.int" -> {
                BigInteger v = op.intAttr("value");
                if (v.bitLength() <= 47) {
                    word(e, r, ProgramLowering.smallInt(v.longValue()));
                } else {
                    loadSlot(e, p.bigIntConstant(v));
                    w.call(p.incref);
                    e.set(r);
                }
            }
            case "py.const.float" -> word(e, r, ProgramLowering.boxDouble(((Attr.Float) op.attr("value")).value()));
            case "py.const.str" -> {
                loadSlot(e, p.strConstant(op.strAttr("value")));
                w.call(p.incref);
                e.set(r);
            }
            case "py.const.bool" -> word(e, r, ((Attr.Bool) op.attr("value")).value() ? TRUE : FALSE);
            case "py.const.none" -> word(e, r, NONE);
            case "py.const.unbound" -> word(e, r, UNBOUND);
            case "py.const.tuple" -> {
                loadSlot(e, p.tupleConstant((Attr.Array) op.attr("value")));
                w.call(p.incref);
                e.set(r);
            }
            case "py.builtin" -> e.callObj(op, r, () -> cstr(e, op.strAttr("name")), p.rt.get("molt_builtin"));
            case "py.getattr" -> e.callObj(op, r, () -> {
                e.get(a.get(0));
                loadSlot(e, p.strConstant(op.strAttr("name")));
                p.address(w, p.attrCache());
            }, p.rt.get("molt_cg_getattr_at"));
            case "py.getattr.f64" -> {
                e.status(op, () -> {
                    e.get(a.get(0));
                    loadSlot(e, p.strConstant(op.strAttr("name")));
                    p.address(w, p.attrCache());
                    e.frame();
                }, p.rt.get("molt_cg_getattr_f64_at"));
                e.frame();
                w.f64Load(MemArg.natural(8, 0));
                e.set(r);
            }
            case "py.setattr" -> e.status(op, () -> {
                e.get(a.get(0));
                loadSlot(e, p.strConstant(op.strAttr("name")));
                e.get(a.get(1));
                p.address(w, p.attrCache());
            }, p.rt.get("molt_cg_setattr_at"));
            case "py.delattr" -> e.status(op, () -> {
                e.get(a.get(0));
                loadSlot(e, p.strConstant(op.strAttr("name")));
                w.i64Const(ERROR);
            }, p.rt.get("molt_setattr"));
            case "py.make_class" -> e.callObj(op, r, () -> {
                pushAll(e, a.subList(0, 3));
                cstr(e, op.strAttr("name"));
                loadSlot(e, p.strConstant(op.strAttr("qualname")));
            }, p.rt.get("molt_cg_make_class"));
            case "py.load_name" -> e.callObj(op, r, () -> {
                e.get(a.get(0));
                loadSlot(e, p.strConstant(op.strAttr("name")));
                loadSlot(e, p.pyGlobal(op.strAttr("name")));
                cstr(e, op.strAttr("name"));
            }, p.rt.get("molt_cg_load_name"));
            case "py.store_name" -> e.status(op, () -> {
                e.get(a.get(0));
                loadSlot(e, p.strConstant(op.strAttr("name")));
                e.get(a.get(1));
            }, p.rt.get("molt_dict_setitem"));
            case "py.delete_name" -> e.status(op, () -> {
                e.get(a.get(0));
                loadSlot(e, p.strConstant(op.strAttr("name")));
                cstr(e, op.strAttr("name"));
            }, p.rt.get("molt_cg_delete_name"));
            case "py.is", "py.is_not" -> {
                boolean is = n.equals("py.is");
                if (a.get(0) == a.get(1)) {
                    word(e, r, is ? TRUE : FALSE);
                } else {
                    w.i64Const(is ? TRUE : FALSE).i64Const(is ? FALSE : TRUE);
                    pushAll(e, a);
                    w.i64Eq().select();
                    e.set(r);
                }
            }
            case "py.in", "py.not_in" -> e.callObj(op, r, () -> {
                pushAll(e, a);
                w.i32Const(n.equals("py.not_in") ? 1 : 0);
            }, p.rt.get("molt_cg_contains"));
            case "py.truthy" -> intResult(e, op, () -> pushAll(e, a), p.rt.get("molt_cg_truthy"), r);
            case "py.exc_match" -> intResult(e, op, () -> pushAll(e, a), p.rt.get("molt_cg_exc_match"), r);
            case "py.box.i64" -> e.callObj(op, r, () -> pushAll(e, a), p.rt.get("molt_int_from_i64"));
            case "py.box.f64" -> {
                // molt_from_double: NaNs become the canonical NaN
                e.get(a.get(0));
                w.i64ReinterpretF64().i64Const(CANONICAL_NAN);
                e.get(a.get(0));
                e.get(a.get(0));
                w.f64Eq().select();
                e.set(r);
            }
            case "py.box.bool" -> {
                w.i64Const(TRUE).i64Const(FALSE);
                e.get(a.get(0));
                w.select();
                e.set(r);
            }
            case "py.unbox.i64", "py.unbox.f64" -> {
                boolean i64 = n.equals("py.unbox.i64");
                e.status(op, () -> {
                    e.get(a.get(0));
                    e.frame();
                }, p.rt.get(i64 ? "molt_cg_unbox_i64" : "molt_cg_unbox_f64"));
                e.frame();
                if (i64) {
                    w.i64Load(MemArg.natural(8, 0));
                } else {
                    w.f64Load(MemArg.natural(8, 0));
                }
                e.set(r);
            }
            case "py.setitem" -> e.status(op, () -> pushAll(e, a), p.rt.get("molt_cg_setitem"));
            case "py.call" -> call(e, op, r, a);
            case "py.range_iter" -> e.callObj(op, r, () -> {
                e.get(a.get(0));
                e.storeArray(a.subList(1, a.size()));
                w.i32Const(a.size() - 1);
            }, p.rt.get("molt_cg_range_iter"));
            case "py.call_ex" -> e.callObj(op, r, () -> pushAll(e, a), p.rt.get("molt_call_ex"));
            case "py.call_direct" -> callDirect(e, op);
            case "py.make_function" -> makeFunction(e, op, r, a);
            case "py.build_slice" -> e.callObj(op, r, () -> pushAll(e, a), p.rt.get("molt_slice_new"));
            case "py.format" -> {
                int conv = op.attr("conversion") instanceof Attr.Str c && !c.value().isEmpty() ? c.value().charAt(0) : 0;
                e.callObj(op, r, () -> {
                    pushAll(e, a);
                    w.i32Const(conv);
                }, p.rt.get("molt_cg_format"));
            }
            case "py.list_append" -> {
                pushAll(e, a);
                w.call(p.rt.get("molt_list_append")).drop();
            }
            case "py.dict_merge" -> e.status(op, () -> {
                pushAll(e, a);
                cstr(e, DictMergeCallee.of(op));
            }, p.rt.get("molt_dict_merge"));
            case "py.unpack_sequence", "py.unpack_ex" -> {
                int k = op.results().size();
                if (n.equals("py.unpack_sequence")) {
                    e.status(op, () -> {
                        e.get(a.get(0));
                        e.frame();
                        w.i32Const(k);
                    }, p.rt.get("molt_unpack_sequence"));
                } else {
                    e.status(op, () -> {
                        e.get(a.get(0));
                        e.frame();
                        w.i64Const(op.intAttr("before").longValue()).i64Const(op.intAttr("after").longValue());
                    }, p.rt.get("molt_cg_unpack_ex"));
                }
                for (int i = 0; i < k; i++) {
                    e.frame();
                    w.i64Load(MemArg.natural(8, 8 * i));
                    e.set(op.result(i));
                }
            }
            case "py.next" -> {
                Value item = op.result(0);
                Value ok = op.result(1);
                e.callObj(op, item, () -> pushAll(e, a), p.rt.get("molt_cg_next"));
                e.get(item);
                w.i64Const(EXHAUSTED).i64Ne();
                e.set(ok);
                e.get(ok);
                w.i32Eqz().if_(BlockType.EMPTY);
        w.i64Const(NONE);
                e.set(item);
                w.end();
            }
            case "py.load_global" -> e.callObj(op, r, () -> {
                loadSlot(e, p.pyGlobal(op.strAttr("name")));
                p.address(w, p.builtinCache(op.strAttr("name")));
                cstr(e, op.strAttr("name"));
            }, p.rt.get("molt_cg_load_global_cached"));
            case "py.store_global" -> {
                p.address(w, p.pyGlobal(op.strAttr("name")));
                e.get(a.get(0));
                w.call(p.rt.get("molt_cg_store_global"));
            }
            case "py.delete_global" -> e.status(op, () -> {
                p.address(w, p.pyGlobal(op.strAttr("name")));
                cstr(e, op.strAttr("name"));
            }, p.rt.get("molt_cg_delete_global"));
            case "py.cell.new" -> e.callObj(op, r, () -> {
                if (a.isEmpty()) {
                    w.i64Const(ERROR);
                } else {
                    e.get(a.get(0));
                }
            }, p.rt.get("molt_cell_new"));
            case "py.cell.get" -> e.callObj(op, r, () -> {
                e.get(a.get(0));
                cstr(e, op.strAttr("name"));
                w.i32Const(OwnedValues.isFunctionParam(a.get(0)) ? 1 : 0);
            }, p.rt.get("molt_cell_get"));
            case "py.cell.set", "py.cell.clear" -> {
                e.get(a.get(0));
                if (n.equals("py.cell.set")) {
                    e.get(a.get(1));
                } else {
                    w.i64Const(ERROR);
                }
                w.call(p.rt.get("molt_cell_set"));
            }
            case "py.check_bound" -> {
                e.status(op, () -> {
                    e.get(a.get(0));
                    cstr(e, op.strAttr("name"));
                }, p.rt.get("molt_cg_check_bound"));
                e.ref(a.get(0));
                e.set(r);
            }
            case "py.raise" -> {
                pushAll(e, a);
                w.call(p.rt.get(a.size() > 1 ? "molt_cg_raise_from" : "molt_cg_raise")).drop();
                e.errorPath(op, true);
            }
            case "py.reraise" -> {
                w.call(p.rt.get("molt_cg_reraise")).drop();
                e.errorPath(op, false);
            }
            case "py.exc_push" -> {
                pushAll(e, a);
                w.call(p.rt.get("molt_cg_exc_push"));
                e.set(r);
            }
            case "py.exc_pop" -> {
                pushAll(e, a);
                w.call(p.rt.get("molt_cg_exc_pop"));
            }
            default -> throw new UnsupportedOperationException("wasm lowering: op " + n + " is not supported yet (in @"
                    + e.function().name() + ")");
        }
    }

    /** A runtime call returning 0/1 or -1 (error), into the bool {@code r}. */
    private static void intResult(PyFunctionLowering e, Op op, Runnable args, FuncIndex fn, Value r) {
        InstructionWriter w = e.w();
        args.run();
        w.call(fn).localTee(e.statusLocal()).i32Const(0).i32LtS();
        e.onError(op, true);
        w.localGet(e.statusLocal()).i32Const(0).i32Ne();
        e.set(r);
    }

    private static void call(PyFunctionLowering e, Op op, Value r, List<Value> a) {
        ProgramLowering p = e.program();
        InstructionWriter w = e.w();
        List<Value> args = a.subList(1, a.size());
        int nkw = op.attr("kwnames") instanceof Attr.Array names ? names.elements().size() : 0;
        if (nkw == 0) {
            e.callObj(op, r, () -> {
                e.get(a.get(0));
                e.storeArray(args);
                w.i32Const(args.size());
            }, p.rt.get(RangeCalls.isRangeCall(op) ? "molt_cg_call_range" : "molt_cg_call"));
            return;
        }
        e.callObj(op, r, () -> {
            e.get(a.get(0));
            e.storeArray(args);
            w.i32Const(args.size() - nkw);
            if (nkw > 0) {
                loadSlot(e, p.tupleConstant((Attr.Array) op.attr("kwnames")));
            } else {
                w.i64Const(0);
            }
        }, p.rt.get("molt_call"));
    }

    private static void callDirect(PyFunctionLowering e, Op op) {
        ProgramLowering p = e.program();
        InstructionWriter w = e.w();
        Function callee = p.ir.function(((Attr.Symbol) op.attr("callee")).name());
        e.status(op, () -> { }, p.rt.get("molt_enter_call"));
        pushAll(e, op.operands());
        w.call(p.function(callee.name()));
        if (PyFunctionLowering.isObjResult(callee.signature())) {
            e.set(op.result(0));
            w.call(p.rt.get("molt_leave_call"));
            e.get(op.result(0));
            w.i64Const(ERROR).i64Eq();
        } else {
            for (int i = op.results().size() - 1; i >= 0; i--) {
                e.set(op.result(i));
            }
            w.localSet(e.statusLocal());
            w.call(p.rt.get("molt_leave_call"));
            w.localGet(e.statusLocal()).i32Const(0).i32LtS();
        }
        e.onError(op, true);
    }

    private static void makeFunction(PyFunctionLowering e, Op op, Value r, List<Value> a) {
        ProgramLowering p = e.program();
        InstructionWriter w = e.w();
        Function code = p.ir.function(((Attr.Symbol) op.attr("code")).name());
        int desc = p.codeDescriptor(code);
        List<Value> cells = a.subList(2, a.size());
        if (cells.isEmpty()) {
            e.callObj(op, r, () -> {
                p.address(w, desc);
                pushAll(e, a.subList(0, 2));
                w.i64Const(NONE);
            }, p.rt.get("molt_function_new"));
            return;
        }
        // closure = tuple(cells); r = function_new(desc, defaults, kwdefaults, closure); decref(closure)
        e.storeArray(cells);
        w.i64Const(cells.size()).call(p.rt.get("molt_cg_tuple"));
        e.set(r);
        e.get(r);
        w.i64Const(ERROR).i64Eq();
        e.onError(op, true);
        p.address(w, desc);
        pushAll(e, a.subList(0, 2));
        e.get(r);
        w.call(p.rt.get("molt_function_new"));
        e.get(r);
        w.call(p.decref);
        e.set(r);
        e.get(r);
        w.i64Const(ERROR).i64Eq();
        e.onError(op, true);
    }
}
