package dev.molt.ir;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An op or function attribute: a compile-time constant. {@code toString()} is the text spelling
 * (see docs/ir.md, "Attributes").
 *
 * <p>Strings are sequences of UTF-16 code units exactly as Java holds them (so a Python {@code str} with lone
 * surrogates survives); the text form escapes every character outside printable ASCII as <code>&#92;u{X}</code> (a code point for a valid surrogate
 * pair, else the code unit, so lone surrogates round-trip).
 */
public sealed interface Attr {
    /** Returns the kind of this attribute, for attribute schemas. */
    AttrKind kind();

    /** An integer of any size (Python {@code int} constants are unbounded). @param value the value */
    record Int(BigInteger value) implements Attr {
        public Int {
            Objects.requireNonNull(value);
        }

        /** Returns whether the value fits a signed 64-bit integer. */
        public boolean fitsLong() {
            return value.bitLength() < 64;
        }

        @Override
        public AttrKind kind() {
            return AttrKind.INT;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** A binary64 float; printed shortest-round-trip ({@code inf}, {@code -inf}, {@code nan} for non-finite). @param value the value */
    record Float(double value) implements Attr {
        @Override
        public AttrKind kind() {
            return AttrKind.FLOAT;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }

        @Override
        public String toString() {
            if (Double.isNaN(value)) return "nan";
            if (Double.isInfinite(value)) return value > 0 ? "inf" : "-inf";
            return Double.toString(value);
        }
    }

    /** A string. @param value the UTF-16 code units */
    record Str(String value) implements Attr {
        public Str {
            Objects.requireNonNull(value);
        }

        @Override
        public AttrKind kind() {
            return AttrKind.STR;
        }

        @Override
        public String toString() {
            return quote(value);
        }

        /** Returns {@code s} in the text form's string syntax, with quotes. */
        public static String quote(String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> {
                        if (c >= 0x20 && c < 0x7f) sb.append(c);
                        else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append("\\u{").append(Integer.toHexString(s.codePointAt(i))).append('}');
                            i++;
                        } else sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                    }
                }
            }
            return sb.append('"').toString();
        }
    }

    /** A byte string ({@code b"..."}). @param value the bytes; not copied, do not mutate */
    record Bytes(byte[] value) implements Attr {
        public Bytes {
            Objects.requireNonNull(value);
        }

        @Override
        public AttrKind kind() {
            return AttrKind.BYTES;
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
            StringBuilder sb = new StringBuilder("b\"");
            for (byte x : value) {
                int c = x & 0xff;
                if (c == '"' || c == '\\') sb.append('\\').append((char) c);
                else if (c >= 0x20 && c < 0x7f) sb.append((char) c);
                else sb.append(String.format("\\x%02x", c));
            }
            return sb.append('"').toString();
        }
    }

    /** {@code true} or {@code false}. @param value the value */
    record Bool(boolean value) implements Attr {
        @Override
        public AttrKind kind() {
            return AttrKind.BOOL;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A reference to a module-level symbol (a function or global), spelled {@code @name}. @param name the symbol */
    record Symbol(String name) implements Attr {
        public Symbol {
            Objects.requireNonNull(name);
        }

        @Override
        public AttrKind kind() {
            return AttrKind.SYMBOL;
        }

        @Override
        public String toString() {
            return "@" + name;
        }
    }

    /** A list of attributes, spelled {@code [a, b]}. @param elements the elements */
    record Array(List<Attr> elements) implements Attr {
        public Array {
            elements = List.copyOf(elements);
        }

        @Override
        public AttrKind kind() {
            return AttrKind.ARRAY;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(elements.get(i));
            }
            return sb.append(']').toString();
        }
    }

    /** An integer attribute. */
    static Attr.Int of(long v) {
        return new Int(BigInteger.valueOf(v));
    }

    /** A string attribute. */
    static Attr.Str of(String s) {
        return new Str(s);
    }

    /** An array of string attributes (e.g. keyword names of {@code py.call}). */
    static Attr.Array strings(List<String> items) {
        return new Array(items.stream().<Attr>map(Str::new).toList());
    }
}
