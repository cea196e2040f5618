package dev.molt.backend.c.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Op;
import dev.molt.ir.Type;
import dev.molt.passes.analysis.RefcountLiveness;
import java.util.List;
import java.util.Map;

/** Translates {@code cf.*}, {@code i64.*}, {@code f64.*}, {@code bool.*} and {@code rt.*} ops to C. */
final class MachineOpEmitter {
    private MachineOpEmitter() {}

    /** Pure binary ops spelled as a C expression template over {@code A} and {@code B}. */
    static final Map<String, String> BINARY = Map.ofEntries(
            // wrapping arithmetic through uint64_t (signed overflow is undefined in C)
            Map.entry("i64.add", "(int64_t)((uint64_t)A + (uint64_t)B)"),
            Map.entry("i64.sub", "(int64_t)((uint64_t)A - (uint64_t)B)"),
            Map.entry("i64.mul", "(int64_t)((uint64_t)A * (uint64_t)B)"),
            Map.entry("i64.and", "A & B"), Map.entry("i64.or", "A | B"), Map.entry("i64.xor", "A ^ B"),
            Map.entry("i64.shl", "(int64_t)((uint64_t)A << (B & 63))"),
            Map.entry("i64.shr", "A >> (B & 63)"), // arithmetic on clang's targets (C11 6.5.7: implementation-defined)
            Map.entry("i64.floordiv", "molt_cg_floordiv_i64(A, B)"),
            Map.entry("i64.mod", "molt_cg_mod_i64(A, B)"),
            Map.entry("i64.eq", "A == B"), Map.entry("i64.ne", "A != B"), Map.entry("i64.lt", "A < B"),
            Map.entry("i64.le", "A <= B"), Map.entry("i64.gt", "A > B"), Map.entry("i64.ge", "A >= B"),
            Map.entry("f64.add", "A + B"), Map.entry("f64.sub", "A - B"), Map.entry("f64.mul", "A * B"),
            Map.entry("f64.div", "A / B"),
            Map.entry("f64.eq", "A == B"), Map.entry("f64.ne", "A != B"), Map.entry("f64.lt", "A < B"),
            Map.entry("f64.le", "A <= B"), Map.entry("f64.gt", "A > B"), Map.entry("f64.ge", "A >= B"),
            Map.entry("bool.and", "A & B"), Map.entry("bool.or", "A | B"));

    static final Map<String, String> UNARY = Map.of("i64.neg", "(int64_t)(0 - (uint64_t)A)", "f64.neg", "-A",
            "bool.not", "!A", "i64.to_f64", "(double)A");

    static final Map<String, String> CHECKED = Map.of("i64.add.ovf", "__builtin_add_overflow",
            "i64.sub.ovf", "__builtin_sub_overflow", "i64.mul.ovf", "__builtin_mul_overflow");

    static final List<String> OTHERS = List.of("i64.const", "f64.const", "bool.const", "cf.br", "cf.cond_br",
            "cf.switch", "cf.return", "cf.unreachable", "cf.raise", "rt.call", "rt.incref", "rt.decref",
            "rt.global.load", "rt.global.store");

    static boolean handles(String name) {
        return BINARY.containsKey(name) || UNARY.containsKey(name) || CHECKED.containsKey(name) || OTHERS.contains(name);
    }

    static void emit(FunctionEmitter e, Op op) {
        String n = op.name();
        String r = op.results().isEmpty() ? null : e.v(op.result(0));
        List<String> a = e.operands(op, 0);
        if (BINARY.containsKey(n)) {
            e.stmt(r + " = " + BINARY.get(n).replace("A", a.get(0)).replace("B", a.get(1)) + ";");
            return;
        }
        if (UNARY.containsKey(n)) {
            e.stmt(r + " = " + UNARY.get(n).replace("A", a.get(0)) + ";");
            return;
        }
        if (CHECKED.containsKey(n)) {
            e.w.line("    if (" + CHECKED.get(n) + "(" + a.get(0) + ", " + a.get(1) + ", &" + r + ")) {");
            e.edge(op.successor(0), "        ");
            e.w.line("    }");
            return;
        }
        switch (n) {
            case "i64.const" -> e.stmt(r + " = " + CLiterals.i64(op.intAttr("value").longValue()) + ";");
            case "f64.const" -> e.stmt(r + " = " + CLiterals.f64(((Attr.Float) op.attr("value")).value()) + ";");
            case "bool.const" -> e.stmt(r + " = " + (((Attr.Bool) op.attr("value")).value() ? "true" : "false") + ";");
            case "cf.br" -> e.edge(op.successor(0), "    ");
            case "cf.cond_br" -> {
                e.w.line("    if (" + a.get(0) + ") {");
                e.edge(op.successor(0), "        ");
                e.w.line("    } else {");
                e.edge(op.successor(1), "        ");
                e.w.line("    }");
            }
            case "cf.switch" -> {
                List<Attr> cases = ((Attr.Array) op.attr("cases")).elements();
                e.w.line("    switch (" + a.get(0) + ") {");
                for (int i = 0; i < cases.size(); i++) {
                    e.w.line("    case " + CLiterals.i64(((Attr.Int) cases.get(i)).value().longValue()) + ":");
                    e.edge(op.successor(i), "        ");
                }
                e.w.line("    default:");
                e.edge(op.successor(cases.size()), "        ");
                e.w.line("    }");
            }
            case "cf.return" -> e.ret(op);
            case "cf.unreachable" -> e.stmt("__builtin_unreachable();");
            case "cf.raise" -> {
                // Re-raise as is: no new traceback entry (CPython's RERAISE).
                e.stmt("molt_err_restore(molt_incref(" + a.get(0) + "));");
                e.raiseAlways(op, false);
            }
            case "rt.incref" -> e.stmt("(void)molt_incref(" + a.get(0) + ");");
            case "rt.decref" -> e.stmt("molt_decref(" + a.get(0) + ");");
            case "rt.global.load" -> {
                String g = CNames.irGlobal(((Attr.Symbol) op.attr("global")).name());
                e.stmt(r + " = " + (RefcountLiveness.counted(op.result(0)) ? e.aliasRef(g) : g) + ";");
            }
            case "rt.global.store" -> {
                String g = CNames.irGlobal(((Attr.Symbol) op.attr("global")).name());
                if (RefcountLiveness.counted(op.operand(0)) && e.autoRefcount()) e.stmt("molt_cg_store_global(&" + g + ", " + a.get(0) + ");");
                else e.stmt(g + " = " + a.get(0) + ";");
            }
            case "rt.call" -> {
                String callee = ((Attr.Symbol) op.attr("callee")).name();
                String call = callee + "(" + String.join(", ", a) + ")";
                if (r != null && op.result(0).type().equals(Type.OBJ)) {
                    e.callObj(op, r, call);
                } else {
                    e.stmt((r != null ? r + " = " : "(void)") + call + ";");
                    e.onError(op, "molt_err_occurred() != NULL", true);
                }
            }
            default -> throw new IllegalStateException("no C translation for " + n + " (SupportCheck missed it)");
        }
    }
}
