package dev.molt.ir;

import java.util.Objects;

/**
 * The type of an SSA {@link Value}. A type is just its name; two types are equal when their names are.
 *
 * <p>The standard types are {@link #OBJ} (any Python value, a NaN-boxed word at run time, DESIGN §5), the
 * machine types {@link #I64}, {@link #F64}, {@link #BOOL}, and the internal types {@link #CELL} and
 * {@link #PTR}. Outside code may define more with {@link OpRegistry#defineType(String, String)}; the text
 * parser only accepts type names known to its registry.
 *
 * @param name the text spelling, an identifier such as {@code obj} or {@code i64}
 */
public record Type(String name) {
    /** Any Python object (a boxed value); the type of every {@code py.*} operand and result unless noted. */
    public static final Type OBJ = new Type("obj");
    /** A 64-bit two's complement machine integer (unboxed Python int known to fit). */
    public static final Type I64 = new Type("i64");
    /** An IEEE 754 binary64 machine float (unboxed Python float). */
    public static final Type F64 = new Type("f64");
    /** A machine truth value, produced by comparisons and {@code py.truthy}, consumed by {@code cf.cond_br}. */
    public static final Type BOOL = new Type("bool");
    /** A closure cell (CPython's {@code cell} object, PEP 227): a box holding one possibly-unbound variable. */
    public static final Type CELL = new Type("cell");
    /** An untyped machine address, for {@code rt.*} calls and late lowering passes; never a Python value. */
    public static final Type PTR = new Type("ptr");

    public Type {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) throw new IllegalArgumentException("empty type name");
    }

    /** Returns the text spelling, e.g. {@code obj}. */
    @Override
    public String toString() {
        return name;
    }
}
