package dev.molt.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
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
    private final List<Op> users = new ArrayList<>(2);

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
        return !users.isEmpty();
    }

    /** The number of uses (an op using the value twice counts twice). */
    public final int useCount() {
        return users.size();
    }

    /** The distinct ops using this value, in first-use order. */
    public final List<Op> users() {
        return List.copyOf(new LinkedHashSet<>(users));
    }

    /** Replaces every use of this value by {@code replacement} (operands and block arguments). */
    public final void replaceAllUsesWith(Value replacement) {
        if (replacement == this) return;
        for (Op user : users()) user.replaceUses(this, replacement);
    }

    final void addUser(Op op) {
        users.add(op);
    }

    final void removeUser(Op op) {
        users.remove(op);
    }

    final List<Op> rawUsers() {
        return Collections.unmodifiableList(users);
    }

    @Override
    public final String toString() {
        Function f = function();
        if (f == null) return "v?";
        int n = f.names().valueNumber(this);
        return n < 0 ? "v?" : "v" + n;
    }
}
