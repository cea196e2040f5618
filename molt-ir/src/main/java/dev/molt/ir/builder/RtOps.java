package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Op;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.util.List;
import java.util.Map;

/** Builder helpers for the {@code rt} namespace (calls into the C runtime). */
public final class RtOps {
    private final FunctionBuilder b;

    RtOps(FunctionBuilder b) {
        this.b = b;
    }

    /** {@code rt.call args {callee = @name} : resultTypes}; returns the op (its results are the call's results). */
    public Op call(String callee, List<Type> resultTypes, Value... args) {
        return b.op(b.registry().get("rt.call"), List.of(args), resultTypes, Map.of("callee", new Attr.Symbol(callee)));
    }

    /** {@code rt.incref v}. */
    public Op incref(Value v) {
        return b.op("rt.incref", List.of(v), Map.of());
    }

    /** {@code rt.decref v}. */
    public Op decref(Value v) {
        return b.op("rt.decref", List.of(v), Map.of());
    }
}
