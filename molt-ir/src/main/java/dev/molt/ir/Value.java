package dev.molt.ir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * An SSA value: either an {@link OpResult} or a {@link BlockParam}. Each value has a {@link Type} and knows its
 * users (ops that read it as an operand or as a block argument of one of their successors or unwind edge).
 *
 * <p>{@code toString()} is the value's text spelling ({@code v7}): values are numbered in canonical order
 * (blocks in layout order; in each block its parameters, then its ops' results) whenever the function changes,
 * so the spelling always matches what {@link dev.molt.ir.text.IrPrinter} prints. A value not in a function
 * prints as {@code v?}.
 */
public sealed abstract class Value permits OpResult, BlockParam {
    private Type type;
    // each user with the number of times it uses this value, in first-use order: O(1) add and remove
    private final LinkedHashMap<Op, Integer> users = new LinkedHashMap<>(4);
    private int useCount;

    Value(Type type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The value's type. */
    public final Type type() {
        return type;
    }

    /** Changes the type (for type-inference passes); the verifier re-checks every use. */
    public final void setType(Type t) {
        this.type = Objects.requireNonNull(t);
    }

    /** The function that defines this value, or {@code null} if it is detached. */
    public abstract Function function();

    /** The block that defines this value (the op's block or the parameter's block), or {@code null}. */
    public abstract Block definingBlock();

    /** Whether any op uses this value. */
    public final boolean hasUses() {
        return useCount > 0;
    }

    /** The number of uses (an op using the value twice counts twice). */
    public final int useCount() {
        return useCount;
    }

    /** The distinct ops using this value, in first-use order. */
    public final List<Op> users() {
        return List.copyOf(users.keySet());
    }

    /** Replaces every use of this value by {@code replacement} (operands and block arguments). */
    public final void replaceAllUsesWith(Value replacement) {
        if (replacement == this) return;
        for (Op user : users()) user.replaceUses(this, replacement);
    }

    final void addUser(Op op) {
        users.merge(op, 1, Integer::sum);
        useCount++;
    }

    final void removeUser(Op op) {
        Integer n = users.get(op);
        if (n == null) return;
        if (n == 1) users.remove(op);
        else users.put(op, n - 1);
        useCount--;
    }

    @Override
    public final String toString() {
        Function f = function();
        if (f == null) return "v?";
        int n = f.names().valueNumber(this);
        return n < 0 ? "v?" : "v" + n;
    }
}
