package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builder helpers for the {@code cf} namespace (control flow); each appends one terminator and returns it. */
public final class CfOps {
    private final FunctionBuilder b;

    CfOps(FunctionBuilder b) {
        this.b = b;
    }

    private Op term(String name, List<Value> operands, Map<String, Attr> attrs, List<Block> targets, List<List<Value>> args) {
        Op op = Op.create(b.registry().get(name), operands, 0);
        attrs.forEach(op::setAttr);
        for (int i = 0; i < targets.size(); i++) op.addSuccessor(targets.get(i), args.get(i));
        return b.insert(op);
    }

    /** {@code cf.br ^target(args)}. */
    public Op br(Block target, Value... args) {
        return term("cf.br", List.of(), Map.of(), List.of(target), List.of(List.of(args)));
    }

    /** {@code cf.cond_br cond, ^ifTrue, ^ifFalse} without block arguments. */
    public Op condBr(Value cond, Block ifTrue, Block ifFalse) {
        return condBr(cond, ifTrue, List.of(), ifFalse, List.of());
    }

    /** {@code cf.cond_br cond, ^ifTrue(trueArgs), ^ifFalse(falseArgs)}. */
    public Op condBr(Value cond, Block ifTrue, List<Value> trueArgs, Block ifFalse, List<Value> falseArgs) {
        return term("cf.cond_br", List.of(cond), Map.of(), List.of(ifTrue, ifFalse), List.of(trueArgs, falseArgs));
    }

    /** {@code cf.switch v, ^t0, ..., ^default {cases = [...]}}: goes to targets[i] if v == cases[i]. */
    public Op switch_(Value v, long[] cases, List<Block> targets, Block defaultTarget) {
        if (cases.length != targets.size()) throw new IllegalArgumentException("one target per case");
        List<Attr> cs = new ArrayList<>();
        for (long c : cases) cs.add(Attr.of(c));
        List<Block> all = new ArrayList<>(targets);
        all.add(defaultTarget);
        List<List<Value>> args = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) args.add(List.of());
        return term("cf.switch", List.of(v), Map.of("cases", new Attr.Array(cs)), all, args);
    }

    /** {@code cf.return values}. */
    public Op ret(Value... values) {
        return term("cf.return", List.of(values), Map.of(), List.of(), List.of());
    }

    /** {@code cf.unreachable}. */
    public Op unreachable() {
        return term("cf.unreachable", List.of(), Map.of(), List.of(), List.of());
    }

    /** {@code cf.raise exc}: re-raises an exception object to the current unwind target. */
    public Op raise(Value exc) {
        return term("cf.raise", List.of(exc), Map.of(), List.of(), List.of());
    }
}
