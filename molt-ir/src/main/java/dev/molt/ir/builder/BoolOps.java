package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Value;
import java.util.List;
import java.util.Map;

/** Builder helpers for the {@code bool} namespace (machine truth values). */
public final class BoolOps {
    private final FunctionBuilder b;

    BoolOps(FunctionBuilder b) {
        this.b = b;
    }

    /** {@code bool.const}. */
    public Value constant(boolean v) {
        return b.op("bool.const", List.of(), Map.of("value", new Attr.Bool(v))).result();
    }

    /** {@code bool.not}. */
    public Value not(Value x) {
        return b.op("bool.not", List.of(x), Map.of()).result();
    }

    /** {@code bool.and}. */
    public Value and(Value x, Value y) {
        return b.op("bool.and", List.of(x, y), Map.of()).result();
    }

    /** {@code bool.or}. */
    public Value or(Value x, Value y) {
        return b.op("bool.or", List.of(x, y), Map.of()).result();
    }
}
