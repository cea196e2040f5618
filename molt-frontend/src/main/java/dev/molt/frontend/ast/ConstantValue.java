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
     * A {@code str} value: a sequence of Unicode code points, U+0000 to U+10FFFF, surrogates
     * included (Python Language Reference §3.2, "Strings").
     *
     * <p>Representation. {@link #value} holds the code points as UTF-16: a code point above U+FFFF
     * is a surrogate pair, a lone surrogate code point (from an escape such as {@code "&#92;ud800"}) is
     * one unpaired {@code char}. That is exact except in one case: a high surrogate code point
     * immediately followed by a low surrogate code point (as in {@code "&#92;ud834&#92;udd1e"}, two code
     * points in Python) looks in UTF-16 like the pair of one code point (U+1D11E). {@link #splitPairs}
     * lists those places: the UTF-16 {@code char} indices {@code i} (not code point indices) at
     * which {@code value.charAt(i)} is a high surrogate and {@code value.charAt(i + 1)} a low
     * surrogate that are two code points; strictly increasing; {@code null} when there are none,
     * which is the case for every string that has no surrogate escapes — so the common case costs
     * nothing. Every other surrogate pair of {@code value} is one code point.
     *
     * <p>{@link #equals}, {@link #hashCode} and {@link #repr} take both fields into account;
     * {@link #codePoints()} gives the exact Python code points. Use {@link #of(String)} for text
     * that is its own code point sequence (pairs are one code point each).
     *
     * @param value the text as UTF-16, not {@code null}
     * @param splitPairs UTF-16 indices of surrogate pairs that are two code points, strictly
     *     increasing, or {@code null} for none (an empty array is normalised to {@code null})
     */
    record Str(String value, int[] splitPairs) implements ConstantValue {
        /**
         * Checks and copies the arguments.
         *
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException if an index of {@code splitPairs} is not the index of a
         *     high surrogate followed by a low surrogate in {@code value}, or the indices are not
         *     strictly increasing
         */
        public Str {
            java.util.Objects.requireNonNull(value, "value");
            if (splitPairs != null) {
                if (splitPairs.length == 0) {
                    splitPairs = null;
                } else {
                    splitPairs = splitPairs.clone();
                    int prev = -2;
                    for (int i : splitPairs) {
                        if (i < prev + 2 || i + 1 >= value.length() || !Character.isHighSurrogate(value.charAt(i))
                                || !Character.isLowSurrogate(value.charAt(i + 1))) {
                            throw new IllegalArgumentException("not a surrogate pair at index " + i + " of a string of "
                                    + value.length() + " chars, or out of order");
                        }
                        prev = i;
                    }
                }
            }
        }

        /**
         * A str whose code points are those of {@code value} read as UTF-16 (every surrogate pair
         * one code point, every unpaired surrogate one code point).
         *
         * @param value the text, not {@code null}
         */
        public Str(String value) {
            this(value, null);
        }

        /**
         * A str whose code points are those of {@code value} read as UTF-16 (every surrogate pair
         * one code point, every unpaired surrogate one code point).
         *
         * @param value the text, not {@code null}
         * @return the str
         */
        public static Str of(String value) {
            return new Str(value, null);
        }

        /**
         * The str of exactly these code points.
         *
         * @param codePoints code points, each 0 to 0x10FFFF (surrogates allowed)
         * @return the str
         * @throws IllegalArgumentException for a value outside 0 to 0x10FFFF
         */
        public static Str ofCodePoints(int... codePoints) {
            StringBuilder sb = new StringBuilder(codePoints.length);
            int[] splits = null;
            int count = 0;
            for (int cp : codePoints) {
                if (cp >= Character.MIN_LOW_SURROGATE && cp <= Character.MAX_LOW_SURROGATE && !sb.isEmpty()
                        && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                    if (splits == null) {
                        splits = new int[4];
                    } else if (count == splits.length) {
                        splits = Arrays.copyOf(splits, count * 2);
                    }
                    splits[count++] = sb.length() - 1;
                }
                sb.appendCodePoint(cp);
            }
            return new Str(sb.toString(), splits == null ? null : Arrays.copyOf(splits, count));
        }

        /**
         * The UTF-16 indices of surrogate pairs that are two code points (see the class comment).
         *
         * @return a fresh array, or {@code null} when there are none
         */
        @Override
        public int[] splitPairs() {
            return splitPairs == null ? null : splitPairs.clone();
        }

        /**
         * Whether {@link #value} alone describes the code points, that is there are no split pairs.
         *
         * @return true when {@link #splitPairs()} is {@code null}
         */
        public boolean isPlainUtf16() {
            return splitPairs == null;
        }

        /**
         * The exact Python code points, as {@code [ord(c) for c in s]}.
         *
         * @return a fresh array of code points
         */
        public int[] codePoints() {
            if (splitPairs == null) {
                return value.codePoints().toArray();
            }
            int[] out = new int[value.length()];
            int n = 0;
            int k = 0;
            for (int i = 0; i < value.length(); ) {
                if (k < splitPairs.length && splitPairs[k] == i) {
                    out[n++] = value.charAt(i++);
                    k++;
                    continue;
                }
                int cp = value.codePointAt(i);
                out[n++] = cp;
                i += Character.charCount(cp);
            }
            return Arrays.copyOf(out, n);
        }

        /**
         * Python's {@code len(s)}: the number of code points.
         *
         * @return the length in code points
         */
        public int length() {
            int n = value.codePointCount(0, value.length());
            return splitPairs == null ? n : n + splitPairs.length;
        }

        /**
         * Python's {@code self + other}, keeping both sides' code points exactly: a lone high
         * surrogate at the end of this str and a lone low surrogate at the start of {@code other}
         * stay two code points.
         *
         * @param other the str to append
         * @return the concatenation
         */
        public Str concat(Str other) {
            if (other.value.isEmpty()) {
                return this;
            }
            if (value.isEmpty()) {
                return other;
            }
            int n = value.length();
            boolean seam = Character.isHighSurrogate(value.charAt(n - 1)) && Character.isLowSurrogate(other.value.charAt(0));
            if (splitPairs == null && other.splitPairs == null && !seam) {
                return new Str(value + other.value, null);
            }
            int a = splitPairs == null ? 0 : splitPairs.length;
            int b = other.splitPairs == null ? 0 : other.splitPairs.length;
            int[] splits = new int[a + (seam ? 1 : 0) + b];
            if (a > 0) {
                System.arraycopy(splitPairs, 0, splits, 0, a);
            }
            if (seam) {
                splits[a] = n - 1;
            }
            for (int i = 0; i < b; i++) {
                splits[a + (seam ? 1 : 0) + i] = other.splitPairs[i] + n;
            }
            return new Str(value + other.value, splits);
        }

        @Override
        public String repr() {
            return PyRepr.strRepr(value, splitPairs);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && s.value.equals(value) && Arrays.equals(s.splitPairs, splitPairs);
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + Arrays.hashCode(splitPairs);
        }

        @Override
        public String toString() {
            return "Str[" + repr() + "]";
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
