package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import java.util.List;
import java.util.Map;

/** Builder helpers for the {@code i64} namespace (64-bit machine integers). */
public final class I64Ops {
    private final FunctionBuilder b;

    I64Ops(FunctionBuilder b) {
        this.b = b;
    }

    /** Appends {@code i64.<name>} of the operands and returns its result. */
    public Value op(String name, Value... operands) {
        return b.op("i64." + name, List.of(operands), Map.of()).result();
    }

    /** {@code i64.const}. */
    public Value constant(long v) {
        return b.op("i64.const", List.of(), Map.of("value", Attr.of(v))).result();
    }

    /** Wrapping {@code i64.add}. */
    public Value add(Value x, Value y) {
        return op("add", x, y);
    }

    /** Wrapping {@code i64.sub}. */
    public Value sub(Value x, Value y) {
        return op("sub", x, y);
    }

    /** Wrapping {@code i64.mul}. */
    public Value mul(Value x, Value y) {
        return op("mul", x, y);
    }

    /** {@code i64.lt} (signed). */
    public Value lt(Value x, Value y) {
        return op("lt", x, y);
    }

    /** {@code i64.eq}. */
    public Value eq(Value x, Value y) {
        return op("eq", x, y);
    }

    /**
     * {@code i64.add.ovf x, y, ^overflow(args)}: the sum, or a side exit to {@code overflow} when it does not fit.
     * {@code kind} is {@code "add"}, {@code "sub"} or {@code "mul"}.
     */
    public Value checked(String kind, Value x, Value y, Block overflow, Value... args) {
        Op op = Op.create(b.registry().get("i64." + kind + ".ovf"), List.of(x, y), 1);
        op.addSuccessor(overflow, List.of(args));
        return b.insert(op).result();
    }
}
