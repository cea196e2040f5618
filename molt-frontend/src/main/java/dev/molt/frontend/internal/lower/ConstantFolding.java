package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.BinOp;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.ast.UnaryOp;
import java.math.BigInteger;

/**
 * Which expressions CPython 3.11's AST optimizer (Python/ast_opt.c: fold_unaryop, fold_binop with safe_multiply,
 * safe_power, safe_lshift and safe_mod, fold_tuple) turns into a {@code Constant} before the compiler sees them.
 *
 * <p>Only the yes/no answer is used: the compiler treats an all-constant display differently (see
 * {@code ExprLowerer.sequence}), while Molt still evaluates the expression itself at run time. The evaluation here
 * follows Python's arithmetic for int, float and bool operands (and str concatenation/repetition); an operation
 * CPython's folding would reject — an error such as division by zero, or a result over the optimizer's size limits
 * (128-bit ints, 4096-character strings) — is not a constant. Complex operands are taken to fold through
 * {@code + - * / **} (CPython's fold fails only for a zero divisor or base); bytes, f-strings and containers other
 * than tuples are not recognised (they answer no).
 */
final class ConstantFolding {
    private static final int MAX_INT_SIZE = 128;   // bits, ast_opt.c
    private static final int MAX_STR_SIZE = 4096;  // characters, ast_opt.c

    /** A folded value: BigInteger, Double, Boolean, String, COMPLEX, TUPLE or OTHER (a constant of another kind). */
    private static final Object COMPLEX = new Object();
    private static final Object TUPLE = new Object();
    private static final Object OTHER = new Object();

    private ConstantFolding() {}

    /** Whether CPython 3.11's AST optimizer turns {@code e} into a Constant. */
    static boolean foldsToConstant(Expr e) {
        return value(e) != null;
    }

    /** The folded value of {@code e}, or null if it does not fold. */
    private static Object value(Expr e) {
        return switch (e) {
            case Constant c -> switch (c.value()) {
                case ConstantValue.Int i -> i.value();
                case ConstantValue.Float f -> f.value();
                case ConstantValue.Bool b -> b.value();
                case ConstantValue.Str s -> s.value();
                case ConstantValue.Complex x -> COMPLEX;
                default -> OTHER;
            };
            case UnaryOp u -> unary(u);
            case BinOp b -> binary(b);
            case Tuple t -> t.elts().stream().allMatch(ConstantFolding::foldsToConstant) ? TUPLE : null;
            default -> null;
        };
    }

    private static Object unary(UnaryOp u) {
        Object v = value(u.operand());
        if (v == null) return null;
        return switch (u.op()) {
            case Not -> v == COMPLEX || v == TUPLE || v == OTHER ? OTHER : !truthy(v);
            case USub -> v instanceof Boolean b ? (b ? BigInteger.ONE.negate() : BigInteger.ZERO)
                    : v instanceof BigInteger i ? i.negate() : v instanceof Double d ? -d : v == COMPLEX ? COMPLEX : null;
            case UAdd -> v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO)
                    : v instanceof BigInteger || v instanceof Double || v == COMPLEX ? v : null;
            case Invert -> v instanceof Boolean b ? (b ? BigInteger.valueOf(-2) : BigInteger.ONE.negate())
                    : v instanceof BigInteger i ? i.not() : null;
        };
    }

    private static boolean truthy(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case BigInteger i -> i.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            default -> true;
        };
    }

    private static Object binary(BinOp b) {
        Object l = value(b.left());
        Object r = l == null ? null : value(b.right());
        if (r == null) return null;
        if (l instanceof Boolean x) l = x ? BigInteger.ONE : BigInteger.ZERO;
        if (r instanceof Boolean x) r = x ? BigInteger.ONE : BigInteger.ZERO;
        if (l instanceof String s) return string(b, s, r);
        if (r instanceof String s) return l instanceof BigInteger n && b.op() == Operator.Mult
                ? repeat(s, n) : null;
        if (l == COMPLEX || r == COMPLEX) {
            boolean numbers = (l == COMPLEX || l instanceof BigInteger || l instanceof Double)
                    && (r == COMPLEX || r instanceof BigInteger || r instanceof Double);
            return numbers && switch (b.op()) { case Add, Sub, Mult, Div, Pow -> true; default -> false; } ? COMPLEX : null;
        }
        if (l instanceof BigInteger x && r instanceof BigInteger y) return integers(b, x, y);
        if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)) {
            return floats(b, toDouble(l), toDouble(r));
        }
        return null;
    }

    private static Object string(BinOp b, String s, Object r) {
        return switch (b.op()) {
            case Add -> r instanceof String t ? s + t : null;
            case Mult -> r instanceof BigInteger n ? repeat(s, n) : null;
            default -> null;   // safe_mod: str % x is not folded
        };
    }

    /** {@code s * n} within safe_multiply's limit, else null. */
    private static Object repeat(String s, BigInteger n) {
        if (s.isEmpty()) return "";
        if (n.signum() < 0) return null;
        long size = s.codePointCount(0, s.length());
        if (n.bitLength() > 31 || size * n.intValue() > MAX_STR_SIZE) return null;
        return s.repeat(n.intValue());
    }

    private static Object integers(BinOp b, BigInteger x, BigInteger y) {
        return switch (b.op()) {
            case Add -> x.add(y);
            case Sub -> x.subtract(y);
            case Mult -> x.signum() != 0 && y.signum() != 0 && x.bitLength() + y.bitLength() > MAX_INT_SIZE
                    ? null : x.multiply(y);
            case Div -> y.signum() == 0 ? null : x.doubleValue() / y.doubleValue();
            case FloorDiv -> y.signum() == 0 ? null : floorDiv(x, y);
            case Mod -> y.signum() == 0 ? null : x.subtract(floorDiv(x, y).multiply(y));
            case Pow -> {
                if (y.signum() < 0) yield x.signum() == 0 ? null : Math.pow(x.doubleValue(), y.doubleValue());
                if (x.signum() != 0 && y.signum() > 0
                        && (y.bitLength() > 31 || (long) x.bitLength() * y.intValue() > MAX_INT_SIZE)) yield null;
                yield x.pow(y.intValue());
            }
            case LShift -> {
                if (y.signum() < 0) yield null;
                if (x.signum() == 0) yield BigInteger.ZERO;
                if (y.bitLength() > 31 || x.bitLength() + y.intValue() > MAX_INT_SIZE) yield null;
                yield x.shiftLeft(y.intValue());
            }
            case RShift -> y.signum() < 0 ? null : y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate()
                    : BigInteger.ZERO) : x.shiftRight(y.intValue());
            case BitOr -> x.or(y);
            case BitXor -> x.xor(y);
            case BitAnd -> x.and(y);
            case MatMult -> null;
        };
    }

    private static Object floats(BinOp b, double x, double y) {
        return switch (b.op()) {
            case Add -> x + y;
            case Sub -> x - y;
            case Mult -> x * y;
            case Div -> y == 0.0 ? null : x / y;
            case FloorDiv -> y == 0.0 ? null : Math.floor(x / y);
            case Mod -> y == 0.0 ? null : x - Math.floor(x / y) * y;
            case Pow -> {
                if (x == 0.0 && y < 0) yield null;                       // ZeroDivisionError
                if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) yield COMPLEX;
                double p = Math.pow(x, y);
                yield Double.isInfinite(p) && Double.isFinite(x) && Double.isFinite(y) ? null : p; // OverflowError
            }
            default -> null;   // shifts and bit operations on floats raise TypeError
        };
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        return qr[1].signum() != 0 && (qr[1].signum() != y.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static double toDouble(Object v) {
        return v instanceof BigInteger i ? i.doubleValue() : (Double) v;
    }
}
