package dev.molt.ir;

import java.util.Objects;

/**
 * What an op kind accepts for one operand or produces for one result: either one exact {@link Type} or any type.
 * A result whose constraint is {@link #any()} has its type spelled in the text form ({@code : i64}).
 */
public sealed interface TypeConstraint {
    /** Returns whether {@code t} satisfies this constraint. */
    boolean accepts(Type t);

    /** Returns the exact type, or {@code null} when this constraint accepts any type. */
    Type exactType();

    /** A constraint that accepts exactly {@code t}. */
    static TypeConstraint exact(Type t) {
        return new Exact(t);
    }

    /** A constraint that accepts any type. */
    static TypeConstraint any() {
        return Any.INSTANCE;
    }

    /** Accepts exactly one type. @param type the type */
    record Exact(Type type) implements TypeConstraint {
        public Exact {
            Objects.requireNonNull(type);
        }

        @Override
        public boolean accepts(Type t) {
            return type.equals(t);
        }

        @Override
        public Type exactType() {
            return type;
        }

        @Override
        public String toString() {
            return type.name();
        }
    }

    /** Accepts every type. */
    enum Any implements TypeConstraint {
        INSTANCE;

        @Override
        public boolean accepts(Type t) {
            return true;
        }

        @Override
        public Type exactType() {
            return null;
        }

        @Override
        public String toString() {
            return "any";
        }
    }
}
