package dev.molt.frontend.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The value of a {@link Constant} or {@link MatchSingleton}: what CPython's parser stores in
 * {@code Constant.value}. {@link #repr()} is Python's {@code repr()} of that value, as
 * {@code ast.dump} prints it.
 */
public sealed interface ConstantValue {

    /** Python's {@code repr()} of this value (CPython 3.12 semantics). */
    String repr();

    /** {@code None}. */
    enum NoneValue implements ConstantValue {
        /** The only instance. */
        NONE;

        @Override
        public String repr() {
            return "None";
        }
    }

    /** {@code ...}, the {@code Ellipsis} singleton. */
    enum EllipsisValue implements ConstantValue {
        /** The only instance. */
        ELLIPSIS;

        @Override
        public String repr() {
            return "Ellipsis";
        }
    }

    /**
     * {@code True} or {@code False}.
     *
     * @param value the truth value
     */
    record Bool(boolean value) implements ConstantValue {
        @Override
        public String repr() {
            return value ? "True" : "False";
        }
    }

    /**
     * An {@code int} literal of any size.
     *
     * @param value the value, not {@code null}
     */
    record Int(BigInteger value) implements ConstantValue {
        @Override
        public String repr() {
            return value.toString();
        }
    }

    /**
     * A {@code float} literal.
     *
     * @param value the value (source literals are finite or {@code inf}, never negative)
     */
    record Float(double value) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.floatRepr(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float f && Double.compare(f.value, value) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value);
        }
    }

    /**
     * An imaginary literal such as {@code 2j}: the complex number {@code 0 + imag*j}.
     *
     * @param imag the imaginary part
     */
    record Complex(double imag) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.complexRepr(0.0, imag);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Complex c && Double.compare(c.imag, imag) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(imag);
        }
    }

    /**
     * A {@code str} literal. Python strings are sequences of code points; this Java string holds
     * them as UTF-16, so a code point above U+FFFF is a surrogate pair and a lone surrogate (from an
     * escape such as {@code "\ud800"}) is a single unpaired {@code char}.
     *
     * @param value the text, not {@code null}
     */
    record Str(String value) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.strRepr(value);
        }
    }

    /**
     * A {@code bytes} literal. The array is never modified.
     *
     * @param value the bytes, not {@code null}
     */
    record Bytes(byte[] value) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.bytesRepr(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes[" + repr() + "]";
        }
    }
}
