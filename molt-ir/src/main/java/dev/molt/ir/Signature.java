package dev.molt.ir;

import java.util.List;

/**
 * A function signature: parameter types (the entry block's parameter types) and result types (what
 * {@code cf.return} passes). Spelled {@code (obj, i64) -> obj}; no results print no arrow.
 *
 * @param params parameter types
 * @param results result types
 */
public record Signature(List<Type> params, List<Type> results) {
    public Signature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** A signature of {@code n} {@code obj} parameters returning one {@code obj}: a plain Python function. */
    public static Signature pyFunction(int n) {
        return new Signature(java.util.Collections.nCopies(n, Type.OBJ), List.of(Type.OBJ));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(params.get(i));
        }
        sb.append(')');
        if (results.size() == 1) sb.append(" -> ").append(results.get(0));
        else if (results.size() > 1) {
            sb.append(" -> (");
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(results.get(i));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
