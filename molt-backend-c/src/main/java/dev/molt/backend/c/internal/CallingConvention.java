package dev.molt.backend.c.internal;

import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * How an IR function signature becomes a C prototype (docs/backend-c.md, "Calling convention").
 *
 * <ul>
 * <li>{@code (...) -> obj}: {@code MoltValue f(...)}, returning a new reference or {@code MOLT_ERROR} with the
 *     current exception set — the runtime's own convention, and the common case.</li>
 * <li>any other result list: {@code int f(..., T0 *r0, T1 *r1)}, returning 0 and storing the results, or -1 with
 *     the current exception set.</li>
 * </ul>
 * Parameters are passed by value in order, with the C type of their IR type ({@link #ctype}).
 */
record CallingConvention(Signature sig, boolean objResult) {
    static CallingConvention of(Signature sig) {
        return new CallingConvention(sig, sig.results().size() == 1 && sig.results().get(0).equals(Type.OBJ));
    }

    /** The C type of an IR type, or null if the backend has none. */
    static String ctype(Type t) {
        return switch (t.name()) {
            case "obj", "cell" -> "MoltValue";
            case "i64" -> "int64_t";
            case "f64" -> "double";
            case "bool" -> "bool";
            case "ptr" -> "void *";
            default -> null;
        };
    }

    /** {@code static RET name(params)} with the given parameter names. */
    String prototype(String cName, List<String> paramNames) {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < sig.params().size(); i++) ps.add(ctype(sig.params().get(i)) + " " + paramNames.get(i));
        if (!objResult) {
            for (int i = 0; i < sig.results().size(); i++) ps.add(ctype(sig.results().get(i)) + " *r" + i);
        }
        return "static " + (objResult ? "MoltValue " : "int ") + cName + "(" + (ps.isEmpty() ? "void" : String.join(", ", ps)) + ")";
    }

    /** The statement returning the error sentinel. */
    String errorReturn() {
        return objResult ? "return MOLT_ERROR;" : "return -1;";
    }

    /** The statements returning {@code vals}. */
    List<String> returnStatements(List<String> vals) {
        if (objResult) return List.of("return " + vals.get(0) + ";");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) out.add("*r" + i + " = " + vals.get(i) + ";");
        out.add("return 0;");
        return out;
    }

    /**
     * The statements calling {@code cName} with {@code args} and storing into {@code results}; the returned string is
     * the C condition that is true on error.
     */
    String call(String cName, List<String> args, List<String> results, List<String> out) {
        if (objResult) {
            out.add(results.get(0) + " = " + cName + "(" + String.join(", ", args) + ");");
            return results.get(0) + " == MOLT_ERROR";
        }
        List<String> all = new ArrayList<>(args);
        for (String r : results) all.add("&" + r);
        out.add("molt_cg_status = " + cName + "(" + String.join(", ", all) + ");");
        return "molt_cg_status < 0";
    }
}
