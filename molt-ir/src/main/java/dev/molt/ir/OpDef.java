package dev.molt.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An op kind: its name, operand and result type constraints (a fixed prefix plus an optional variadic tail),
 * attribute schema, successor count and {@link Trait traits}. Immutable; made with {@link #builder(String)} and
 * registered in an {@link OpRegistry}.
 *
 * <p>Successors: a {@link Trait#TERMINATOR terminator}'s successors are its normal CFG edges ({@code cf.br}). A
 * non-terminator with successors has <em>side exits</em>: it either falls through to the next op or leaves the
 * block through one of its successors instead (e.g. {@code i64.add.ovf} leaves on overflow); its results are
 * defined only on the fall-through path.
 */
public final class OpDef {
    /** One attribute of the schema. @param kind the accepted kind @param required whether it must be present */
    public record AttrSpec(AttrKind kind, boolean required) {}

    /** An extra, op-specific check run by the verifier; report each problem through {@code error}. */
    @FunctionalInterface
    public interface Check {
        void verify(Op op, Consumer<String> error);
    }

    private final String name;
    private final List<TypeConstraint> operands;
    private final TypeConstraint variadicOperands;
    private final List<TypeConstraint> results;
    private final TypeConstraint variadicResults;
    private final Map<String, AttrSpec> attributes;
    private final int successors;
    private final boolean variadicSuccessors;
    private final Set<Trait> traits;
    private final String doc;
    private final Check check;

    private OpDef(Builder b) {
        this.name = b.name;
        this.operands = List.copyOf(b.operands);
        this.variadicOperands = b.variadicOperands;
        this.results = List.copyOf(b.results);
        this.variadicResults = b.variadicResults;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        this.successors = b.successors;
        this.variadicSuccessors = b.variadicSuccessors;
        this.traits = Collections.unmodifiableSet(b.traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(b.traits));
        this.doc = b.doc;
        this.check = b.check;
        if (traits.contains(Trait.PURE) && traits.contains(Trait.MAY_RAISE))
            throw new IllegalArgumentException(name + ": an op cannot be both pure and may-raise");
    }

    /** Starts the definition of an op kind named {@code name} (e.g. {@code "py.add"}; namespace before the first dot). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The op name, e.g. {@code py.add}. */
    public String name() {
        return name;
    }

    /** The namespace: the part of the name before the first dot ({@code py}, {@code cf}, ...). */
    public String namespace() {
        int dot = name.indexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** Constraints on the fixed operands, in order. */
    public List<TypeConstraint> operands() {
        return operands;
    }

    /** The constraint on each operand after the fixed ones, or {@code null} if the operand count is fixed. */
    public TypeConstraint variadicOperands() {
        return variadicOperands;
    }

    /** Constraints on the fixed results, in order. */
    public List<TypeConstraint> results() {
        return results;
    }

    /** The constraint on each result after the fixed ones, or {@code null} if the result count is fixed. */
    public TypeConstraint variadicResults() {
        return variadicResults;
    }

    /** The constraint on result {@code i} (a fixed one or the variadic tail), or {@code null} if there is none. */
    public TypeConstraint result(int i) {
        return i < results.size() ? results.get(i) : variadicResults;
    }

    /** The constraint on operand {@code i}, or {@code null} if there is none. */
    public TypeConstraint operand(int i) {
        return i < operands.size() ? operands.get(i) : variadicOperands;
    }

    /** Whether every result type follows from this definition (so the text form need not spell result types). */
    public boolean resultTypesInferable() {
        for (TypeConstraint c : results) if (c.exactType() == null) return false;
        return variadicResults == null || variadicResults.exactType() != null;
    }

    /** The attribute schema, in declaration order. Attributes not in the schema are allowed (e.g. {@code loc}). */
    public Map<String, AttrSpec> attributes() {
        return attributes;
    }

    /** The number of successors (the minimum when {@link #variadicSuccessors()}). */
    public int successors() {
        return successors;
    }

    /** Whether more successors than {@link #successors()} are allowed ({@code cf.switch}). */
    public boolean variadicSuccessors() {
        return variadicSuccessors;
    }

    /** The traits. */
    public Set<Trait> traits() {
        return traits;
    }

    /** Whether this op kind has trait {@code t}. */
    public boolean is(Trait t) {
        return traits.contains(t);
    }

    /** One-paragraph documentation, used for docs/ir.md. */
    public String doc() {
        return doc;
    }

    /** The op-specific check, or {@code null}. */
    public Check check() {
        return check;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds an {@link OpDef}; every method returns {@code this}. */
    public static final class Builder {
        private final String name;
        private final List<TypeConstraint> operands = new ArrayList<>();
        private TypeConstraint variadicOperands;
        private final List<TypeConstraint> results = new ArrayList<>();
        private TypeConstraint variadicResults;
        private final Map<String, AttrSpec> attributes = new LinkedHashMap<>();
        private int successors;
        private boolean variadicSuccessors;
        private final EnumSet<Trait> traits = EnumSet.noneOf(Trait.class);
        private String doc = "";
        private Check check;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+"))
                throw new IllegalArgumentException("op name must be namespace.name: " + name);
        }

        /** Appends fixed operands of exact types. */
        public Builder operands(Type... types) {
            for (Type t : types) operands.add(TypeConstraint.exact(t));
            return this;
        }

        /** Appends one fixed operand with constraint {@code c}. */
        public Builder operand(TypeConstraint c) {
            operands.add(c);
            return this;
        }

        /** Allows any number of further operands satisfying {@code c}. */
        public Builder variadicOperands(TypeConstraint c) {
            variadicOperands = c;
            return this;
        }

        /** Allows any number of further operands of type {@code t}. */
        public Builder variadicOperands(Type t) {
            return variadicOperands(TypeConstraint.exact(t));
        }

        /** Appends fixed results of exact types. */
        public Builder results(Type... types) {
            for (Type t : types) results.add(TypeConstraint.exact(t));
            return this;
        }

        /** Appends one fixed result with constraint {@code c}. */
        public Builder result(TypeConstraint c) {
            results.add(c);
            return this;
        }

        /** Allows any number of further results satisfying {@code c}. */
        public Builder variadicResults(TypeConstraint c) {
            variadicResults = c;
            return this;
        }

        /** Declares a required attribute. */
        public Builder attr(String attrName, AttrKind kind) {
            attributes.put(attrName, new AttrSpec(kind, true));
            return this;
        }

        /** Declares an optional attribute. */
        public Builder optionalAttr(String attrName, AttrKind kind) {
            attributes.put(attrName, new AttrSpec(kind, false));
            return this;
        }

        /** Sets the successor count. */
        public Builder successors(int n) {
            successors = n;
            return this;
        }

        /** Sets the minimum successor count and allows more. */
        public Builder variadicSuccessors(int min) {
            successors = min;
            variadicSuccessors = true;
            return this;
        }

        /** Adds traits. */
        public Builder traits(Trait... ts) {
            traits.addAll(List.of(ts));
            return this;
        }

        /** Sets the documentation paragraph. */
        public Builder doc(String text) {
            doc = text;
            return this;
        }

        /** Sets the op-specific verifier check. */
        public Builder check(Check c) {
            check = c;
            return this;
        }

        /** Returns the definition. @throws IllegalArgumentException if it is both pure and may-raise */
        public OpDef build() {
            return new OpDef(this);
        }
    }
}
