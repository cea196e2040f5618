package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Value;
import java.util.List;
import java.util.Map;

/** Builder helpers for the {@code f64} namespace (binary64 machine floats). */
public final class F64Ops {
    private final FunctionBuilder b;

    F64Ops(FunctionBuilder b) {
        this.b = b;
    }

    /** Appends {@code f64.<name>} of the operands and returns its result. */
    public Value op(String name, Value... operands) {
        return b.op("f64." + name, List.of(operands), Map.of()).result();
    }

    /** {@code f64.const}. */
    public Value constant(double v) {
        return b.op("f64.const", List.of(), Map.of("value", new Attr.Float(v))).result();
    }

    /** {@code f64.add}. */
    public Value add(Value x, Value y) {
        return op("add", x, y);
    }

    /** {@code f64.mul}. */
    public Value mul(Value x, Value y) {
        return op("mul", x, y);
    }
}
