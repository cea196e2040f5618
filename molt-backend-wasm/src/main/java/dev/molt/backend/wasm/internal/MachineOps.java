package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.MemArg;
import dev.molt.backend.wasm.ValType;
import dev.molt.ir.Attr;
import dev.molt.ir.Op;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.passes.analysis.RefcountLiveness;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code i64.*}, {@code f64.*}, {@code bool.*}, {@code cf.*} and {@code rt.*} ops for {@link PyFunctionLowering}. */
final class MachineOps {
    private MachineOps() {
    }

    private static final Map<String, Consumer<InstructionWriter>> BINARY = Map.ofEntries(
            Map.entry("i64.add", InstructionWriter::i64Add), Map.entry("i64.sub", InstructionWriter::i64Sub),
            Map.entry("i64.mul", InstructionWriter::i64Mul), Map.entry("i64.and", InstructionWriter::i64And),
            Map.entry("i64.or", InstructionWriter::i64Or), Map.entry("i64.xor", InstructionWriter::i64Xor),
            Map.entry("i64.shl", InstructionWriter::i64Shl), Map.entry("i64.shr", InstructionWriter::i64ShrS),
            Map.entry("i64.eq", InstructionWriter::i64Eq), Map.entry("i64.ne", InstructionWriter::i64Ne),
            Map.entry("i64.lt", InstructionWriter::i64LtS), Map.entry("i64.le", InstructionWriter::i64LeS),
            Map.entry("i64.gt", InstructionWriter::i64GtS), Map.entry("i64.ge", InstructionWriter::i64GeS),
            Map.entry("f64.add", InstructionWriter::f64Add), Map.entry("f64.sub", InstructionWriter::f64Sub),
            Map.entry("f64.mul", InstructionWriter::f64Mul), Map.entry("f64.div", InstructionWriter::f64Div),
            Map.entry("f64.eq", InstructionWriter::f64Eq), Map.entry("f64.ne", InstructionWriter::f64Ne),
            Map.entry("f64.lt", InstructionWriter::f64Lt), Map.entry("f64.le", InstructionWriter::f64Le),
            Map.entry("f64.gt", InstructionWriter::f64Gt), Map.entry("f64.ge", InstructionWriter::f64Ge),
            Map.entry("bool.and", InstructionWriter::i32And), Map.entry("bool.or", InstructionWriter::i32Or));

    static void emit(PyFunctionLowering e, Op op) {
        String n = op.name();
        InstructionWriter w = e.w();
        ProgramLowering p = e.program();
        Value r = op.results().isEmpty() ? null : op.result(0);
        List<Value> a = op.operands();
        if (BINARY.containsKey(n)) {
            PyOps.pushAll(e, a);
            BINARY.get(n).accept(w);
            e.set(r);
            return;
        }
        switch (n) {
            case "i64.const" -> {
                w.i64Const(op.intAttr("value").longValue());
                e.set(r);
            }
            case "f64.const" -> {
                w.f64Const(((Attr.Float) op.attr("value")).value());
                e.set(r);
            }
            case "bool.const" -> {
                w.i32Const(((Attr.Bool) op.attr("value")).value() ? 1 : 0);
                e.set(r);
            }
            case "i64.neg" -> {
                w.i64Const(0);
                e.get(a.get(0));
                w.i64Sub();
                e.set(r);
            }
            case "f64.neg" -> {
                e.get(a.get(0));
                w.f64Neg();
                e.set(r);
            }
            case "bool.not" -> {
                e.get(a.get(0));
                w.i32Eqz();
                e.set(r);
            }
            case "i64.to_f64" -> {
                e.get(a.get(0));
                w.f64ConvertI64S();
                e.set(r);
            }
            case "i64.floordiv", "i64.mod" -> {
                PyOps.pushAll(e, a);
                w.call(p.rt.get(n.equals("i64.mod") ? "molt_cg_mod_i64" : "molt_cg_floordiv_i64"));
                e.set(r);
            }
            case "i64.add.ovf", "i64.sub.ovf", "i64.mul.ovf" -> checked(e, op);
            case "cf.br" -> e.edge(op.successor(0));
            case "cf.cond_br" -> {
                e.get(a.get(0));
                w.if_(BlockType.EMPTY);
                e.edge(op.successor(0));
                w.else_();
                e.edge(op.successor(1));
                w.end();
            }
            case "cf.switch" -> {
                List<Attr> cases = ((Attr.Array) op.attr("cases")).elements();
                for (int i = 0; i < cases.size(); i++) {
                    e.get(a.get(0));
                    w.i64Const(((Attr.Int) cases.get(i)).value().longValue()).i64Eq().if_(BlockType.EMPTY);
                    e.edge(op.successor(i));
                    w.end();
                }
                e.edge(op.successor(cases.size()));
            }
            case "cf.return" -> e.ret(op);
            case "cf.unreachable" -> w.unreachable();
            case "cf.raise" -> {
                // re-raise as is: no new traceback entry (CPython's RERAISE)
                e.get(a.get(0));
                w.call(p.incref).call(p.rt.get("molt_err_restore"));
                e.errorPath(op, false);
            }
            case "rt.incref" -> {
                e.get(a.get(0));
                w.call(p.incref).drop();
            }
            case "rt.decref" -> {
                e.get(a.get(0));
                w.call(p.decref);
            }
            case "rt.global.load" -> {
                Type t = op.result(0).type();
                p.address(w, p.irGlobal(((Attr.Symbol) op.attr("global")).name(), t));
                load(w, PyFunctionLowering.valType(t));
                if (RefcountLiveness.counted(op.result(0)) && e.autoRefcount()) {
                    w.call(p.incref);
                }
                e.set(r);
            }
            case "rt.global.store" -> {
                Type t = a.get(0).type();
                p.address(w, p.irGlobal(((Attr.Symbol) op.attr("global")).name(), t));
                e.get(a.get(0));
                if (RefcountLiveness.counted(a.get(0)) && e.autoRefcount()) {
                    w.call(p.rt.get("molt_cg_store_global"));
                } else {
                    store(w, PyFunctionLowering.valType(t));
                }
            }
            default -> throw new UnsupportedOperationException("wasm lowering: op " + n + " is not supported yet (in @"
                    + e.function().name() + ")");
        }
    }

    private static void load(InstructionWriter w, ValType t) {
        if (t == ValType.I64) {
            w.i64Load(MemArg.natural(8, 0));
        } else if (t == ValType.F64) {
            w.f64Load(MemArg.natural(8, 0));
        } else {
            w.i32Load(MemArg.natural(4, 0));
        }
    }

    private static void store(InstructionWriter w, ValType t) {
        if (t == ValType.I64) {
            w.i64Store(MemArg.natural(8, 0));
        } else if (t == ValType.F64) {
            w.f64Store(MemArg.natural(8, 0));
        } else {
            w.i32Store(MemArg.natural(4, 0));
        }
    }

    /** {@code i64.{add,sub,mul}.ovf}: the wrapped result, then {@code if overflow: the side exit} (as FunctionLowering). */
    private static void checked(PyFunctionLowering e, Op op) {
        InstructionWriter w = e.w();
        CheckedArith.wrappedAndOverflow(w, op, e.local(op.result()), e::get);
        w.if_(BlockType.EMPTY);
        e.edge(op.successor(0));
        w.end();
    }
}
