package dev.molt.backend.wasm;

import java.util.List;

/**
 * A function type {@code [params] -> [results]} (WebAssembly Core Spec 2.0 §2.3.3, encoded as §5.3.5:
 * 0x60, the parameter vector, the result vector). Equal types share one index in a module's type section.
 *
 * @param params the parameter types, in order
 * @param results the result types, in order (more than one needs the multi-value feature, part of 2.0)
 */
public record FuncType(List<ValType> params, List<ValType> results) {
    /** Copies the lists. */
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** A function type from parameter types and result types. */
    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    /** Writes this type's encoding (§5.3.5). */
    public void encode(ByteSink sink) {
        sink.u8(0x60);
        sink.vec(params, (s, t) -> s.u8(t.code()));
        sink.vec(results, (s, t) -> s.u8(t.code()));
    }

    @Override
    public String toString() {
        return params + " -> " + results;
    }
}
