package dev.molt.ir.internal;

import static dev.molt.ir.Trait.COMMUTATIVE;
import static dev.molt.ir.Trait.CONSTANT;
import static dev.molt.ir.Trait.MAY_RAISE;
import static dev.molt.ir.Trait.PURE;
import static dev.molt.ir.Trait.TERMINATOR;
import static dev.molt.ir.Type.BOOL;
import static dev.molt.ir.Type.F64;
import static dev.molt.ir.Type.I64;
import static dev.molt.ir.Type.OBJ;

import dev.molt.ir.Attr;
import dev.molt.ir.AttrKind;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.TypeConstraint;
import dev.molt.ir.Value;

/**
 * Molt's standard op kinds: {@code cf}, {@code i64}, {@code f64}, {@code bool} and {@code rt} here, {@code py} in
 * {@link PyOpDefs}. docs/ir.md documents each (its tables are generated from these definitions' docs).
 */
public final class StandardOps {
    private StandardOps() {}

    /** Registers every standard op kind in {@code r}. */
    public static void registerAll(OpRegistry r) {
        registerCf(r);
        PyOpDefs.register(r);
        registerI64(r);
        registerF64(r);
        registerBool(r);
        registerRt(r);
    }

    static OpDef.Builder op(String name, String doc) {
        return OpDef.builder(name).doc(doc);
    }

    private static void registerCf(OpRegistry r) {
        r.register(op("cf.br", "Jumps to the successor, passing block arguments.")
                .successors(1).traits(TERMINATOR).build());
        r.register(op("cf.cond_br", "Goes to the first successor if the operand is true, else to the second.")
                .operands(BOOL).successors(2).traits(TERMINATOR).build());
        r.register(op("cf.switch", "Goes to successor i if the operand equals cases[i], else to the last (default) successor.")
                .operands(I64).attr("cases", AttrKind.ARRAY).variadicSuccessors(1).traits(TERMINATOR)
                .check((op, err) -> {
                    if (op.attr("cases") instanceof Attr.Array a) {
                        if (a.elements().size() != op.successors().size() - 1)
                            err.accept("cf.switch needs one successor per case plus a default, got "
                                    + a.elements().size() + " cases and " + op.successors().size() + " successors");
                        for (Attr e : a.elements())
                            if (!(e instanceof Attr.Int i) || !i.fitsLong()) err.accept("cf.switch case " + e + " is not an i64");
                    }
                }).build());
        r.register(op("cf.return", "Returns the operands, which must match the function's result types.")
                .variadicOperands(TypeConstraint.any()).traits(TERMINATOR)
                .check((op, err) -> {
                    Function f = op.block() == null ? null : op.block().function();
                    if (f == null) return;
                    var want = f.signature().results();
                    if (want.size() != op.operands().size()) {
                        err.accept("returns " + op.operands().size() + " values, function returns " + want.size());
                        return;
                    }
                    for (int i = 0; i < want.size(); i++) {
                        Value v = op.operand(i);
                        if (!v.type().equals(want.get(i)))
                            err.accept("return value " + v + " has type " + v.type() + ", function returns " + want.get(i));
                    }
                }).build());
        r.register(op("cf.unreachable", "Control never gets here (undefined behaviour if it does).")
                .traits(TERMINATOR).build());
        r.register(op("cf.raise", "Re-raises an already-normalized exception object as is (bare `raise`, end of a "
                + "finally/cleanup): control goes to this op's unwind target.")
                .operands(OBJ).traits(TERMINATOR, MAY_RAISE).build());
    }

    private static void registerI64(OpRegistry r) {
        r.register(op("i64.const", "A 64-bit integer constant.")
                .results(I64).attr("value", AttrKind.INT).traits(PURE, CONSTANT)
                .check((op, err) -> {
                    if (op.attr("value") instanceof Attr.Int i && !i.fitsLong()) err.accept("value " + i + " does not fit i64");
                }).build());
        for (String n : new String[] {"add", "mul", "and", "or", "xor"})
            r.register(op("i64." + n, "Wrapping two's complement " + n + ".")
                    .operands(I64, I64).results(I64).traits(PURE, COMMUTATIVE).build());
        r.register(op("i64.sub", "Wrapping subtraction.").operands(I64, I64).results(I64).traits(PURE).build());
        r.register(op("i64.shl", "Shift left by the low 6 bits of operand 1.").operands(I64, I64).results(I64).traits(PURE).build());
        r.register(op("i64.shr", "Arithmetic shift right by the low 6 bits of operand 1.").operands(I64, I64).results(I64).traits(PURE).build());
        r.register(op("i64.floordiv", "Floor division with Python's rounding (toward -inf). Precondition: divisor != 0 and "
                + "not (MIN // -1); the lowering guards.").operands(I64, I64).results(I64).traits(PURE).build());
        r.register(op("i64.mod", "Modulo with Python's sign rule (sign of the divisor). Precondition: divisor != 0.")
                .operands(I64, I64).results(I64).traits(PURE).build());
        r.register(op("i64.neg", "Wrapping negation.").operands(I64).results(I64).traits(PURE).build());
        for (String n : new String[] {"add", "sub", "mul"})
            r.register(op("i64." + n + ".ovf", "Checked " + n + ": falls through with the result, or leaves through its "
                    + "side-exit successor (result undefined there) when the exact result does not fit i64.")
                    .operands(I64, I64).results(I64).successors(1).traits(PURE).build());
        for (String n : new String[] {"eq", "ne", "lt", "le", "gt", "ge"})
            r.register(op("i64." + n, "Signed comparison.").operands(I64, I64).results(BOOL)
                    .traits(n.equals("eq") || n.equals("ne") ? new dev.molt.ir.Trait[] {PURE, COMMUTATIVE} : new dev.molt.ir.Trait[] {PURE})
                    .build());
        r.register(op("i64.to_f64", "Converts to the nearest f64 (round half to even).").operands(I64).results(F64).traits(PURE).build());
    }

    private static void registerF64(OpRegistry r) {
        r.register(op("f64.const", "A binary64 constant.").results(F64).attr("value", AttrKind.FLOAT).traits(PURE, CONSTANT).build());
        for (String n : new String[] {"add", "mul"})
            r.register(op("f64." + n, "IEEE 754 " + n + ".").operands(F64, F64).results(F64).traits(PURE, COMMUTATIVE).build());
        for (String n : new String[] {"sub", "div"})
            r.register(op("f64." + n, "IEEE 754 " + n + " (div by zero gives inf/nan; the lowering guards Python's ZeroDivisionError).")
                    .operands(F64, F64).results(F64).traits(PURE).build());
        r.register(op("f64.neg", "Sign flip.").operands(F64).results(F64).traits(PURE).build());
        for (String n : new String[] {"eq", "ne", "lt", "le", "gt", "ge"})
            r.register(op("f64." + n, "IEEE 754 comparison (false on nan, except ne).").operands(F64, F64).results(BOOL).traits(PURE).build());
    }

    private static void registerBool(OpRegistry r) {
        r.register(op("bool.const", "A machine truth value.").results(BOOL).attr("value", AttrKind.BOOL).traits(PURE, CONSTANT).build());
        r.register(op("bool.not", "Negation.").operands(BOOL).results(BOOL).traits(PURE).build());
        r.register(op("bool.and", "Conjunction (both operands evaluated).").operands(BOOL, BOOL).results(BOOL).traits(PURE, COMMUTATIVE).build());
        r.register(op("bool.or", "Disjunction (both operands evaluated).").operands(BOOL, BOOL).results(BOOL).traits(PURE, COMMUTATIVE).build());
    }

    private static void registerRt(OpRegistry r) {
        r.register(op("rt.call", "Calls the C runtime function named by callee with the operands; result types are "
                + "spelled in the text. May raise (the runtime sets the current exception and returns its error sentinel).")
                .variadicOperands(TypeConstraint.any()).variadicResults(TypeConstraint.any()).attr("callee", AttrKind.SYMBOL)
                .traits(MAY_RAISE).build());
        r.register(op("rt.incref", "Increments the reference count (inserted by the late refcount pass).").operands(OBJ).build());
        r.register(op("rt.decref", "Decrements the reference count, freeing at zero.").operands(OBJ).build());
        r.register(op("rt.global.load", "Reads a module `global` slot.").result(TypeConstraint.any())
                .attr("global", AttrKind.SYMBOL).check(StandardOps::checkGlobal).build());
        r.register(op("rt.global.store", "Writes a module `global` slot.").operand(TypeConstraint.any())
                .attr("global", AttrKind.SYMBOL).check(StandardOps::checkGlobal).build());
    }

    private static void checkGlobal(Op op, java.util.function.Consumer<String> err) {
        Function f = op.block() == null ? null : op.block().function();
        if (f == null || f.module() == null || !(op.attr("global") instanceof Attr.Symbol s)) return;
        var g = f.module().global(s.name());
        if (g == null) {
            err.accept("unknown global @" + s.name());
            return;
        }
        Value v = op.results().isEmpty() ? (op.operands().isEmpty() ? null : op.operand(0)) : op.result(0);
        if (v != null && !v.type().equals(g.type()))
            err.accept("global @" + s.name() + " has type " + g.type() + ", not " + v.type());
    }
}
