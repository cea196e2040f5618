package dev.molt.passes.internal;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Compile-time evaluation of Python operators on constants, only where the result is certain and nothing
 * raises; {@link Optional#empty()} means "do not fold". Values: {@link BigInteger} (int), {@link Boolean} (bool,
 * an int subclass), {@link Double} (float), {@link String} (str), {@link #NONE}.
 *
 * <p>Semantics follow CPython 3.12 Objects/longobject.c and floatobject.c (e.g. {@code float_divmod}) and the
 * Python Language Reference §6.7 (binary arithmetic) and §6.10 (comparisons). Sizes are capped
 * ({@link #MAX_BITS}, {@link #MAX_STR}) so folding cannot blow up the binary.
 */
public final class PyFold {
    private PyFold() {}

    /** The None constant. */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** Largest folded int, in bits. */
    public static final int MAX_BITS = 4096;
    /** Longest folded str, in UTF-16 units. */
    public static final int MAX_STR = 4096;
    private static final BigInteger EXACT_DOUBLE = BigInteger.ONE.shiftLeft(53);

    private static BigInteger asInt(Object o) {
        if (o instanceof BigInteger i) return i;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return null;
    }

    /** The int as an exactly equal double, or null when it is too large to be exact in CPython's conversion. */
    private static Double exactDouble(BigInteger i) {
        return i.abs().compareTo(EXACT_DOUBLE) <= 0 ? i.doubleValue() : null;
    }

    private static Double asFloat(Object o) {
        if (o instanceof Double d) return d;
        BigInteger i = asInt(o);
        return i == null ? null : exactDouble(i);
    }

    private static Optional<Object> small(BigInteger r) {
        return r.bitLength() <= MAX_BITS ? Optional.of(r) : Optional.empty();
    }

    /** Evaluates binary operator {@code op} ({@code add}, {@code sub}, ... as in {@code py.<op>}). */
    public static Optional<Object> binary(String op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case "bitand": return Optional.of(x & y);
                case "bitor": return Optional.of(x | y);
                case "bitxor": return Optional.of(x ^ y);
                default: break;
            }
        }
        BigInteger x = asInt(a), y = asInt(b);
        if (x != null && y != null) return intBinary(op, x, y);
        if ((a instanceof Double || x != null) && (b instanceof Double || y != null)) {
            Double fx = asFloat(a), fy = asFloat(b);
            if (fx == null || fy == null) return Optional.empty();
            return floatBinary(op, fx, fy);
        }
        if (a instanceof String s && b instanceof String t && op.equals("add"))
            return s.length() + t.length() <= MAX_STR ? Optional.of(s + t) : Optional.empty();
        if (op.equals("mul")) {
            if (a instanceof String s && y != null) return repeat(s, y);
            if (b instanceof String t && x != null) return repeat(t, x);
        }
        return Optional.empty();
    }

    private static Optional<Object> repeat(String s, BigInteger n) {
        if (n.signum() <= 0) return Optional.of("");
        if (n.bitLength() > 31 || (long) s.length() * n.intValue() > MAX_STR) return Optional.empty();
        return Optional.of(s.repeat(n.intValue()));
    }

    private static Optional<Object> intBinary(String op, BigInteger x, BigInteger y) {
        switch (op) {
            case "add": return small(x.add(y));
            case "sub": return small(x.subtract(y));
            case "mul":
                if (x.bitLength() + y.bitLength() > MAX_BITS + 1) return Optional.empty();
                return small(x.multiply(y));
            case "floordiv": {
                if (y.signum() == 0) return Optional.empty();
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) q = q.subtract(BigInteger.ONE);
                return small(q);
            }
            case "mod": {
                if (y.signum() == 0) return Optional.empty();
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
                return small(r);
            }
            case "truediv": {
                if (y.signum() == 0) return Optional.empty();
                Double fx = exactDouble(x), fy = exactDouble(y);
                if (fx == null || fy == null) return Optional.empty();
                return Optional.of(fx / fy);
            }
            case "pow": {
                if (y.signum() < 0) return Optional.empty(); // float result; rounding of pow() is libm's
                if (x.signum() == 0) return Optional.of(y.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO);
                if (x.equals(BigInteger.ONE)) return Optional.of(x);
                if (x.equals(BigInteger.ONE.negate())) return Optional.of(y.testBit(0) ? x : BigInteger.ONE);
                if (y.bitLength() > 31 || (long) x.bitLength() * y.intValue() > MAX_BITS) return Optional.empty();
                return small(x.pow(y.intValue()));
            }
            case "lshift":
                if (y.signum() < 0) return Optional.empty();
                if (x.signum() == 0) return Optional.of(x);
                if (y.bitLength() > 31 || x.bitLength() + (long) y.intValue() > MAX_BITS) return Optional.empty();
                return small(x.shiftLeft(y.intValue()));
            case "rshift":
                if (y.signum() < 0) return Optional.empty();
                if (y.bitLength() > 31) return Optional.of(x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
                return Optional.of(x.shiftRight(y.intValue()));
            case "bitand": return Optional.of(x.and(y));
            case "bitor": return Optional.of(x.or(y));
            case "bitxor": return Optional.of(x.xor(y));
            default: return Optional.empty();
        }
    }

    private static Optional<Object> floatBinary(String op, double x, double y) {
        switch (op) {
            case "add": return Optional.of(x + y);
            case "sub": return Optional.of(x - y);
            case "mul": return Optional.of(x * y);
            case "truediv": return y == 0.0 ? Optional.empty() : Optional.of(x / y);
            case "floordiv":
            case "mod": {
                if (y == 0.0) return Optional.empty();
                // CPython 3.12 Objects/floatobject.c _float_div_mod
                double mod = x % y; // C fmod
                double div = (x - mod) / y;
                if (mod != 0.0) {
                    if ((y < 0) != (mod < 0)) {
                        mod += y;
                        div -= 1.0;
                    }
                } else mod = Math.copySign(0.0, y);
                double floordiv;
                if (div != 0.0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) floordiv += 1.0;
                } else floordiv = Math.copySign(0.0, x / y);
                return Optional.of(op.equals("mod") ? mod : floordiv);
            }
            default: return Optional.empty();
        }
    }

    /** Evaluates comparison {@code op} ({@code eq ne lt le gt ge}); the result is a Boolean. */
    public static Optional<Object> compare(String op, Object a, Object b) {
        Integer c = null;
        boolean unordered = false;
        BigInteger x = asInt(a), y = asInt(b);
        if (x != null && y != null) c = x.compareTo(y);
        else if ((a instanceof Double || x != null) && (b instanceof Double || y != null)) {
            Double fx = asFloat(a), fy = asFloat(b);
            if (fx == null || fy == null) return Optional.empty();
            if (fx.isNaN() || fy.isNaN()) unordered = true;
            else c = Double.compare(fx, fy) == 0 || fx.doubleValue() == fy.doubleValue() ? 0 : (fx < fy ? -1 : 1);
        } else if (a instanceof String s && b instanceof String t) c = compareCodePoints(s, t);
        else if (a == NONE && b == NONE) {
            if (!op.equals("eq") && !op.equals("ne")) return Optional.empty();
            c = 0;
        } else {
            // different kinds among int/float/str/None: == is False, ordering raises TypeError
            if (op.equals("eq")) return Optional.of(false);
            if (op.equals("ne")) return Optional.of(true);
            return Optional.empty();
        }
        if (unordered) return Optional.of(op.equals("ne"));
        int r = c;
        return switch (op) {
            case "eq" -> Optional.of(r == 0);
            case "ne" -> Optional.of(r != 0);
            case "lt" -> Optional.of(r < 0);
            case "le" -> Optional.of(r <= 0);
            case "gt" -> Optional.of(r > 0);
            case "ge" -> Optional.of(r >= 0);
            default -> Optional.empty();
        };
    }

    private static int compareCodePoints(String s, String t) {
        int i = 0, j = 0;
        while (i < s.length() && j < t.length()) {
            int a = s.codePointAt(i), b = t.codePointAt(j);
            if (a != b) return Integer.compare(a, b);
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(s.length() - i, t.length() - j);
    }

    /** Evaluates unary operator {@code op}: {@code neg}, {@code pos}, {@code invert}, {@code not}. */
    public static Optional<Object> unary(String op, Object a) {
        if (op.equals("not")) return truth(a).map(t -> !t);
        BigInteger x = asInt(a);
        if (x != null)
            return switch (op) {
                case "neg" -> Optional.of(x.negate());
                case "pos" -> Optional.of(x);
                case "invert" -> Optional.of(x.not());
                default -> Optional.empty();
            };
        if (a instanceof Double d)
            return switch (op) {
                case "neg" -> Optional.of(-d);
                case "pos" -> Optional.of(d);
                default -> Optional.empty();
            };
        return Optional.empty();
    }

    /** The truth value of a constant ({@code bool(x)}). */
    public static Optional<Boolean> truth(Object a) {
        if (a instanceof Boolean b) return Optional.of(b);
        if (a instanceof BigInteger i) return Optional.of(i.signum() != 0);
        if (a instanceof Double d) return Optional.of(d != 0.0);
        if (a instanceof String s) return Optional.of(!s.isEmpty());
        if (a == NONE) return Optional.of(false);
        return Optional.empty();
    }
}
