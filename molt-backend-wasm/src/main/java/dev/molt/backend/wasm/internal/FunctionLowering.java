package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.FuncIndex;
import dev.molt.backend.wasm.FunctionBody;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.LocalIndex;
import dev.molt.backend.wasm.ValType;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers one IR function of the machine subset (docs/ir.md: {@code i64.*}, {@code f64.*}, {@code bool.*},
 * {@code cf.*} without {@code cf.raise}, {@code py.call_direct} between such functions) into a WASM function body.
 *
 * <p>Every IR value lives in a WASM local of its type ({@code i64} -> i64, {@code f64} -> f64, {@code bool} ->
 * i32 0/1); the entry block's parameters are the WASM parameters. An edge copies its block arguments into the
 * target's parameter locals as a parallel copy (all pushed, then popped in reverse). Control structure comes from
 * {@link Stackifier}. Ops with side exits ({@code i64.*.ovf}) compute an overflow flag and branch out under an
 * {@code if}. Anything else throws {@link UnsupportedOperationException} naming the op.
 *
 * <p>Operand-stack scheduling (a simple form of LLVM's WebAssembly {@code RegStackify}): a pure op with one
 * result that is used once, as an operand of a later op of the same block whose lowering reads each operand
 * exactly once in order, is <em>deferred</em>: it is emitted at its use as part of an expression tree and its
 * value never touches a local. This is sound because SSA locals are written only at their definition or on the
 * edges into their block, so a pure op computes the same value at its use as at its definition.
 */
public final class FunctionLowering implements Stackifier.BlockCode {
    private final Function f;
    private final FunctionBody body;
    private final InstructionWriter w;
    private final Map<String, FuncIndex> callees;
    private final Map<Value, LocalIndex> locals = new IdentityHashMap<>();
    private final Set<Value> deferred = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Users whose lowering pushes each operand exactly once, in order (see the class comment). */
    private static final Set<String> STACK_USERS = Set.of("i64.add", "i64.sub", "i64.mul", "i64.and", "i64.or",
            "i64.xor", "i64.shl", "i64.shr", "i64.eq", "i64.ne", "i64.lt", "i64.le", "i64.gt", "i64.ge", "i64.to_f64",
            "f64.add", "f64.sub", "f64.mul", "f64.div", "f64.neg", "f64.eq", "f64.ne", "f64.lt", "f64.le", "f64.gt",
            "f64.ge", "bool.not", "bool.and", "bool.or", "py.call_direct", "cf.cond_br", "cf.return");

    private FunctionLowering(Function f, FunctionBody body, Map<String, FuncIndex> callees) {
        this.f = f;
        this.body = body;
        this.w = body.code();
        this.callees = callees;
    }

    /** The WASM type of an IR type of the machine subset. */
    public static ValType valType(Type t) {
        if (t.equals(Type.I64)) {
            return ValType.I64;
        } else if (t.equals(Type.F64)) {
            return ValType.F64;
        } else if (t.equals(Type.BOOL)) {
            return ValType.I32;
        }
        throw new UnsupportedOperationException("wasm lowering: type " + t + " is not supported yet");
    }

    /**
     * Fills {@code body} with the code of {@code f}.
     *
     * @param callees the WASM function of each IR function symbol that {@code py.call_direct} may name
     */
    public static void lower(Function f, FunctionBody body, Map<String, FuncIndex> callees) {
        FunctionLowering l = new FunctionLowering(f, body, callees);
        for (int i = 0; i < f.entry().params().size(); i++) {
            l.locals.put(f.entry().param(i), body.param(i));
        }
        l.findDeferred();
        Stackifier.emit(f, l.w, l);
        if (!f.signature().results().isEmpty()) {
            l.w.unreachable();
        }
    }

    private void findDeferred() {
        for (Block b : f.blocks()) {
            for (Op op : b.ops()) {
                if (!op.is(Trait.PURE) || !op.successors().isEmpty() || op.results().size() != 1) {
                    continue;
                }
                Value v = op.result();
                if (v.useCount() != 1) {
                    continue;
                }
                Op user = v.users().get(0);
                if (user.block() == b && STACK_USERS.contains(user.name()) && user.operands().contains(v)) {
                    deferred.add(v);
                }
            }
        }
    }

    private LocalIndex local(Value v) {
        return locals.computeIfAbsent(v, k -> body.addLocal(valType(k.type())));
    }

    /** Pushes {@code v}: its local, or the code of its deferred defining op. */
    private void get(Value v) {
        if (deferred.contains(v)) {
            OpResult r = (OpResult) v;
            lowerOp(r.op(), r.op().block(), null);
        } else {
            w.localGet(local(v));
        }
    }

    /** Pops a just-computed {@code v} into its local, unless it is deferred (then it stays on the stack). */
    private void set(Value v) {
        if (!deferred.contains(v)) {
            w.localSet(local(v));
        }
    }

    private LocalIndex temp(ValType t) {
        return body.addLocal(t);
    }

    @Override
    public void emit(Block b, Stackifier s) {
        for (Op op : b.ops()) {
            if (op.results().size() == 1 && deferred.contains(op.result())) {
                continue; // emitted at its use
            }
            lowerOp(op, b, s);
        }
    }

    private void edge(Block from, BlockCall call, Stackifier s) {
        List<Value> args = call.args();
        List<? extends Value> params = call.target().params();
        List<Integer> moves = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) != params.get(i)) {
                moves.add(i);
            }
        }
        for (int i : moves) {
            get(args.get(i));
        }
        for (int k = moves.size() - 1; k >= 0; k--) {
            set(params.get(moves.get(k)));
        }
        s.branch(from, call.target());
    }

    private void binary(Op op, Runnable instr) {
        get(op.operand(0));
        get(op.operand(1));
        instr.run();
        set(op.result());
    }

    private void unary(Op op, Runnable instr) {
        get(op.operand(0));
        instr.run();
        set(op.result());
    }

    private void lowerOp(Op op, Block b, Stackifier s) {
        switch (op.name()) {
            case "i64.const" -> {
                w.i64Const(((Attr.Int) op.attr("value")).value().longValueExact());
                set(op.result());
            }
            case "i64.add" -> binary(op, w::i64Add);
            case "i64.sub" -> binary(op, w::i64Sub);
            case "i64.mul" -> binary(op, w::i64Mul);
            case "i64.and" -> binary(op, w::i64And);
            case "i64.or" -> binary(op, w::i64Or);
            case "i64.xor" -> binary(op, w::i64Xor);
            case "i64.shl" -> binary(op, w::i64Shl);
            case "i64.shr" -> binary(op, w::i64ShrS);
            case "i64.neg" -> {
                w.i64Const(0);
                get(op.operand(0));
                w.i64Sub();
                set(op.result());
            }
            case "i64.floordiv" -> floorDiv(op);
            case "i64.mod" -> floorMod(op);
            case "i64.eq" -> binary(op, w::i64Eq);
            case "i64.ne" -> binary(op, w::i64Ne);
            case "i64.lt" -> binary(op, w::i64LtS);
            case "i64.le" -> binary(op, w::i64LeS);
            case "i64.gt" -> binary(op, w::i64GtS);
            case "i64.ge" -> binary(op, w::i64GeS);
            case "i64.to_f64" -> unary(op, w::f64ConvertI64S);
            case "i64.add.ovf", "i64.sub.ovf", "i64.mul.ovf" -> checked(op, b, s);
            case "f64.const" -> {
                w.f64Const(((Attr.Float) op.attr("value")).value());
                set(op.result());
            }
            case "f64.add" -> binary(op, w::f64Add);
            case "f64.sub" -> binary(op, w::f64Sub);
            case "f64.mul" -> binary(op, w::f64Mul);
            case "f64.div" -> binary(op, w::f64Div);
            case "f64.neg" -> unary(op, w::f64Neg);
            case "f64.eq" -> binary(op, w::f64Eq);
            case "f64.ne" -> binary(op, w::f64Ne);
            case "f64.lt" -> binary(op, w::f64Lt);
            case "f64.le" -> binary(op, w::f64Le);
            case "f64.gt" -> binary(op, w::f64Gt);
            case "f64.ge" -> binary(op, w::f64Ge);
            case "bool.const" -> {
                w.i32Const(((Attr.Bool) op.attr("value")).value() ? 1 : 0);
                set(op.result());
            }
            case "bool.not" -> unary(op, w::i32Eqz);
            case "bool.and" -> binary(op, w::i32And);
            case "bool.or" -> binary(op, w::i32Or);
            case "py.call_direct" -> call(op);
            case "cf.br" -> edge(b, op.successor(0), s);
            case "cf.cond_br" -> {
                get(op.operand(0));
                w.if_(BlockType.EMPTY);
                edge(b, op.successor(0), s);
                w.else_();
                edge(b, op.successor(1), s);
                w.end();
            }
            case "cf.switch" -> switchOp(op, b, s);
            case "cf.return" -> {
                for (Value v : op.operands()) {
                    get(v);
                }
                w.return_();
            }
            case "cf.unreachable" -> w.unreachable();
            default -> throw new UnsupportedOperationException("wasm lowering: op " + op.name()
                    + " is not supported yet (in @" + f.name() + ": " + op + ")");
        }
    }

    private void call(Op op) {
        String callee = ((Attr.Symbol) op.attr("callee")).name();
        FuncIndex target = callees.get(callee);
        if (target == null) {
            throw new UnsupportedOperationException("wasm lowering: unknown callee @" + callee + " in " + op);
        }
        for (Value v : op.operands()) {
            get(v);
        }
        w.call(target);
        for (int i = op.results().size() - 1; i >= 0; i--) {
            set(op.result(i));
        }
    }

    /** Python's {@code a // b}: truncating quotient minus one when the remainder is non-zero and signs differ. */
    private void floorDiv(Op op) {
        LocalIndex r = temp(ValType.I64);
        get(op.operand(0));
        get(op.operand(1));
        w.i64RemS().localSet(r);
        get(op.operand(0));
        get(op.operand(1));
        w.i64DivS();
        w.localGet(r).i64Const(0).i64Ne();
        w.localGet(r);
        get(op.operand(1));
        w.i64Xor().i64Const(0).i64LtS().i32And().i64ExtendI32U().i64Sub();
        set(op.result());
    }

    /** Python's {@code a % b}: truncating remainder plus {@code b} when it is non-zero and signs differ. */
    private void floorMod(Op op) {
        LocalIndex r = temp(ValType.I64);
        get(op.operand(0));
        get(op.operand(1));
        w.i64RemS().localTee(r);
        get(op.operand(1));
        w.i64Const(0);
        w.localGet(r).i64Const(0).i64Ne();
        w.localGet(r);
        get(op.operand(1));
        w.i64Xor().i64Const(0).i64LtS().i32And();
        w.select().i64Add();
        set(op.result());
    }

    /** {@code i64.{add,sub,mul}.ovf}: the wrapped result, then {@code if overflow: branch to the side exit}. */
    private void checked(Op op, Block b, Stackifier s) {
        CheckedArith.wrappedAndOverflow(w, op, local(op.result()), this::get);
        w.if_(BlockType.EMPTY);
        edge(b, op.successor(0), s);
        w.end();
    }

    /**
     * {@code cf.switch}: a {@code br_table} when the case values are dense (span at most {@code 2 * cases + 8}
     * and at most 4096), else a chain of equality tests; the default edge last.
     */
    private void switchOp(Op op, Block b, Stackifier s) {
        List<Attr> attrs = ((Attr.Array) op.attr("cases")).elements();
        long[] cases = new long[attrs.size()];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < cases.length; i++) {
            cases[i] = ((Attr.Int) attrs.get(i)).value().longValueExact();
            min = Math.min(min, cases[i]);
            max = Math.max(max, cases[i]);
        }
        long span = cases.length == 0 ? 0 : max - min + 1; // may wrap for huge spans: then not dense
        if (cases.length >= 3 && span > 0 && span <= Math.min(4096, 2L * cases.length + 8)) {
            brTableSwitch(op, b, s, cases, min, (int) span);
            return;
        }
        for (int i = 0; i < cases.length; i++) {
            get(op.operand(0));
            w.i64Const(cases[i]).i64Eq().if_(BlockType.EMPTY);
            edge(b, op.successor(i), s);
            w.end();
        }
        edge(b, op.successor(cases.length), s);
    }

    /**
     * A dense switch: one {@code block} per successor edge, innermost first; {@code br_table} on
     * {@code v - min} (out of range goes to the default) leaves the block whose {@code end} precedes that edge's code.
     */
    private void brTableSwitch(Op op, Block b, Stackifier s, long[] cases, long min, int span) {
        int edges = cases.length + 1;
        List<dev.molt.backend.wasm.Label> labels = new ArrayList<>();
        for (int i = 0; i < edges; i++) {
            labels.add(w.block(BlockType.EMPTY));
        }
        // labels.get(edges - 1) is innermost; edge i gets the block opened at position edges - 1 - i
        List<dev.molt.backend.wasm.Label> table = new ArrayList<>();
        for (int v = 0; v < span; v++) {
            int target = cases.length; // default
            for (int i = 0; i < cases.length; i++) {
                if (cases[i] - min == v) {
                    target = i;
                    break;
                }
            }
            table.add(labels.get(edges - 1 - target));
        }
        LocalIndex t = temp(ValType.I64);
        get(op.operand(0));
        w.i64Const(min).i64Sub().localTee(t).i32WrapI64().i32Const(span);
        w.localGet(t).i64Const(span).i64LtU().select();
        w.brTable(table, labels.get(0));
        for (int i = 0; i < edges; i++) {
            w.end();
            edge(b, op.successor(i), s);
        }
    }
}
