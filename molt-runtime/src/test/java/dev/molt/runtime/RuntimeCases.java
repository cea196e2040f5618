package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.NONE;
import static dev.molt.runtime.RuntimeHarness.b;
import static dev.molt.runtime.RuntimeHarness.f;
import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;
import static dev.molt.runtime.RuntimeHarness.t;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Hand-picked edge cases per runtime feature, in rt_driver's line grammar. Expected output comes from python3. */
final class RuntimeCases {
    private RuntimeCases() {}

    static final List<String> INT_VALUES = List.of(i(0), i(1), i(-1), i(2), i(-2), i(7), i(-7), i(3), i(-3),
            i(140737488355327L), i(-140737488355328L), i(140737488355328L), i(-140737488355329L),
            i(Long.MAX_VALUE), i(Long.MIN_VALUE), i("18446744073709551616"), i("-18446744073709551615"),
            i("340282366920938463463374607431768211457"), i("-99999999999999999999999999999999999999999"),
            i(BigInteger.TWO.pow(200).subtract(BigInteger.ONE).toString()), i(BigInteger.TWO.pow(64).negate()),
            b(true), b(false));

    static final List<String> INT_BINARY = List.of("add", "sub", "mul", "floordiv", "mod", "divmod", "truediv",
            "and", "or", "xor", "lt", "le", "eq", "ne", "gt", "ge");

    static List<String> ints() {
        List<String> out = new ArrayList<>();
        for (String a : INT_VALUES) {
            for (String u : List.of("neg", "pos", "invert", "abs", "hash", "str", "repr", "truth", "float_of")) {
                out.add(op(u, a));
            }
            for (String c : INT_VALUES) {
                for (String o : INT_BINARY) {
                    out.add(op(o, a, c));
                }
            }
            for (long n : new long[] {0, 1, 5, 31, 32, 33, 47, 48, 63, 64, 65, 100, 1000, -1}) {
                out.add(op("lshift", a, i(n)));
                out.add(op("rshift", a, i(n)));
            }
            out.add(op("rshift", a, i("1180591620717411303424")));
            out.add(op("round", a));
            for (long n : new long[] {0, 2, -1, -2, -5, -20, -40}) {
                out.add(op("round", a, i(n)));
            }
            out.add(op("round", a, f(1.0)));
            for (long e : new long[] {0, 1, 2, 3, 10, 47, 100, -1, -2}) {
                out.add(op("pow", a, i(e)));
                out.add(op("pow", a, i(e), i(97)));
                out.add(op("pow", a, i(e), i(-97)));
                out.add(op("pow", a, i(e), i("1000000000000000000000007")));
                out.add(op("pow", a, i(e), i(0)));
                out.add(op("pow", a, i(e), i(1)));
            }
        }
        out.add(op("lshift", i(1), i("1180591620717411303424")));
        for (long v : new long[] {5, 15, 25, 35, -5, -15, -25, 150, 250, -250, 1250, 1350, 149, 151}) {
            out.add(op("round", i(v), i(-1)));
            out.add(op("round", i(v), i(-2)));
        }
        out.add(op("pow", i(0), i(-1)));
        out.add(op("pow", i(4), i(-1), i(6)));
        out.add(op("truediv", i(BigInteger.TWO.pow(2000)), i(1)));
        out.add(op("truediv", i(1), i(BigInteger.TWO.pow(2000))));
        out.add(op("truediv", i(BigInteger.TWO.pow(1100).add(BigInteger.ONE)), i(BigInteger.TWO.pow(2100))));
        out.add(op("truediv", i(BigInteger.TEN.pow(400)), i(BigInteger.TEN.pow(399).multiply(BigInteger.valueOf(3)))));
        out.add(op("float_of", i(BigInteger.TWO.pow(1024))));
        out.add(op("float_of", i(BigInteger.TWO.pow(1024).subtract(BigInteger.TWO.pow(970)))));
        out.add(op("float_of", i(BigInteger.TWO.pow(1024).subtract(BigInteger.TWO.pow(971)))));
        out.add(op("float_of", i(BigInteger.TWO.pow(53).add(BigInteger.ONE))));
        out.add(op("float_of", i(BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(27)))));
        out.add(op("float_of", i(BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(27)).add(BigInteger.ONE))));
        out.add(op("str", i(BigInteger.TEN.pow(5000).subtract(BigInteger.ONE))));
        for (String lit : List.of("0", "-0", "+17", " 42 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x_ff", "0X1F",
                "0b1010", "0o17", "017", "00", "0_0", "0x", "12a", "", " ", "9" .repeat(60), "-" + "7".repeat(45),
                "1e5", "0b2", "\u0661\u0662", "\u3000 12 \u2028", "\u00a0-\uff11\uff10_\u0967", "12\u00e9",
                "1\u001c", "\u0661x")) {
            for (long base : new long[] {0, 10, 16, 2, 8, 36, 1, 37}) {
                out.add(op("int_parse", s(lit), i(base)));
            }
        }
        for (double d : new double[] {0.0, -0.0, 1.5, -1.5, 1e300, -1e300, 4503599627370497.0, 9.2e18, 1e19,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.9999999999999999, -2.5}) {
            out.add(op("int_of", f(d)));
        }
        return out;
    }

    static final double[] FLOATS = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.5, 2.5, -2.5, 3.0, 7.0, -7.0, 1e16,
        1e17, 1e22, 1e23, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, Double.MAX_VALUE, 9007199254740993.0, 1.0 / 3, 2.0 / 3, 100.0, 1e300, 123.456,
        0.5, 4.35, Math.PI, Math.E, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    static List<String> floats() {
        List<String> out = new ArrayList<>();
        for (double x : FLOATS) {
            for (String u : List.of("repr", "str", "neg", "abs", "truth", "hash", "int_of")) {
                if (u.equals("hash") && Double.isNaN(x)) {
                    continue; // CPython >= 3.10 hashes NaN by object identity
                }
                out.add(op(u, f(x)));
            }
            out.add(op("round", f(x)));
            for (long n : new long[] {0, 1, 2, 3, 5, 10, 17, 300, 400, -1, -2, -5, -300, -400}) {
                out.add(op("round", f(x), i(n)));
            }
            for (double y : FLOATS) {
                for (String o : List.of("add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lt",
                        "eq", "ge")) {
                    if (o.equals("pow") && x < 0 && Double.isFinite(y) && y != Math.rint(y)) {
                        continue; // CPython answers with a complex number; Molt has no complex type yet
                    }
                    out.add(op(o, f(x), f(y)));
                }
            }
            for (String n : List.of(i(0), i(1), i(-3), i(Long.MAX_VALUE), i(BigInteger.TWO.pow(1023)),
                    i(BigInteger.TWO.pow(1024)), i(BigInteger.TWO.pow(60).add(BigInteger.ONE)), b(true))) {
                for (String o : List.of("add", "mul", "truediv", "floordiv", "mod", "lt", "le", "eq", "ne", "gt",
                        "ge")) {
                    out.add(op(o, f(x), n));
                    out.add(op(o, n, f(x)));
                }
            }
        }
        // exact int/float comparisons around 2**53 and 2**63
        BigInteger p53 = BigInteger.TWO.pow(53);
        for (BigInteger k : List.of(p53.subtract(BigInteger.ONE), p53, p53.add(BigInteger.ONE),
                BigInteger.TWO.pow(63).add(BigInteger.ONE))) {
            for (String o : List.of("lt", "eq", "gt")) {
                out.add(op(o, i(k), f(9007199254740992.0)));
                out.add(op(o, f(9223372036854775808.0), i(k)));
            }
        }
        for (String lit : List.of("1.5", " -2.5e-3 ", "inf", "-Infinity", "NaN", "+nan", "1_000.000_1", "1__0",
                "_1", "1_", ".5", "5.", ".", "e5", "1e", "1e+", "0x10", "1e500", "-1e-500", "infinit", "",
                "1.7976931348623157e308", "4.9e-324", "2.4703282292062328e-324", "0.1e1_0", "1_e5", "1._5",
                "\u0661.\u0662e\u0663", "\u2003 -inf\u3000", "1.5\u007f", "\uff15")) {
            out.add(op("float_parse", s(lit)));
        }
        out.add(op("round", f(2.675), i(2)));
        out.add(op("round", f(0.5)));
        out.add(op("round", f(1.5)));
        out.add(op("round", f(-0.5)));
        out.add(op("round", f(1e300), i(-300)));
        out.add(op("round", f(Double.MAX_VALUE), i(-308)));
        out.add(op("round", f(Double.POSITIVE_INFINITY)));
        out.add(op("round", f(Double.NaN)));
        out.add(op("round", f(5.0), f(1.0)));
        return out;
    }

    static final List<String> STRS = List.of("", "a", "abc", "hello world", "it's", "say \"hi\"", "both ' and \"",
            "back\\slash", "tab\there", "line\nbreak\r", "\u0000\u0007\u001f\u007f", "\u0080\u00a0\u00ad\u00e9\u00ff",
            "\u0100\u0378\u2028\u200b\u20ac", "\ud7ff\ue000\uffff", "\ud83d\ude00 emoji", "\udb40\udc01\udbff\udfff",
            "caf\u00e9 na\u00efve", "\u65e5\u672c\u8a9e", "aaaaaaaaaaaaaaaaaaaa", "ab" .repeat(50),
            // non-ASCII strings longer than the 64-code-point index stride
            "\u00e9".repeat(100) + "\u20ac".repeat(40) + "\ud83d\ude00".repeat(30), "x".repeat(63) + "\u00e9",
            "\u00e9".repeat(128), "a\u00e9".repeat(70),
            // lone surrogates (CPython strs may hold them; never as a pair here, Java would join it)
            "\ud800", "a\udfffb", "\udbff\ud800", "\udc00x\ud83d");

    static List<String> strs() {
        List<String> out = new ArrayList<>();
        for (String x : STRS) {
            for (String u : List.of("repr", "str", "len", "hash", "truth")) {
                out.add(op(u, s(x)));
            }
            for (long k : new long[] {-200, -171, -170, -129, -128, -65, -64, -63, -4, -3, -2, -1, 0, 1, 2, 3, 4,
                63, 64, 65, 127, 128, 129, 139, 140, 169, 170, 200}) {
                out.add(op("getitem", s(x), i(k)));
            }
            out.add(op("getitem", s(x), f(1.0)));
            out.add(op("getitem", s(x), i(BigInteger.TWO.pow(70))));
            String[] bounds = {NONE, i(0), i(1), i(-1), i(3), i(-3), i(64), i(-65), i(130), i(-100),
                i(BigInteger.TWO.pow(70))};
            for (String a : bounds) {
                for (String c : bounds) {
                    for (String st : new String[] {NONE, i(1), i(2), i(-1), i(-2), i(3)}) {
                        out.add(op("slice", s(x), a, c, st));
                    }
                }
            }
            out.add(op("slice", s(x), NONE, NONE, i(0)));
            out.add(op("slice", s(x), f(1.0), NONE, NONE));
            for (long n : new long[] {-1, 0, 1, 3}) {
                out.add(op("mul", s(x), i(n)));
                out.add(op("mul", i(n), s(x)));
            }
            out.add(op("mul", s(x), f(2.0)));
            out.add(op("mul", s(x), b(true)));
            out.add(op("mul", s(x), i(BigInteger.TWO.pow(70).negate())));
            for (String y : STRS) {
                for (String o : List.of("add", "lt", "le", "eq", "ne", "gt", "ge", "contains")) {
                    out.add(op(o, s(x), s(y)));
                }
            }
            out.add(op("add", s(x), i(1)));
            out.add(op("add", i(1), s(x)));
            out.add(op("lt", s(x), i(1)));
            out.add(op("eq", s(x), i(1)));
            out.add(op("contains", i(1), s(x)));
            out.add(op("neg", s(x)));
        }
        return out;
    }

    static final List<String> EXCEPTION_NAMES = List.of("BaseException", "SystemExit", "KeyboardInterrupt",
            "GeneratorExit", "Exception", "StopIteration", "StopAsyncIteration", "ArithmeticError",
            "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
            "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
            "MemoryError", "NameError", "UnboundLocalError", "OSError", "ReferenceError", "RuntimeError",
            "NotImplementedError", "RecursionError", "SyntaxError", "SystemError", "TypeError", "ValueError",
            "UnicodeError", "Warning", "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
            "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
            "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
            "ProcessLookupError", "TimeoutError", "IndentationError", "TabError",
            "DeprecationWarning", "PendingDeprecationWarning",
            "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
            "BytesWarning", "ResourceWarning", "EncodingWarning", "EnvironmentError", "IOError");

    static List<String> exceptions() {
        List<String> out = new ArrayList<>();
        for (String name : List.of("ValueError", "KeyError", "TypeError", "ZeroDivisionError", "Exception",
                "IndexError", "StopIteration", "AssertionError", "RuntimeError")) {
            out.add(op("exc", t(name)));
            out.add(op("exc", t(name), s("msg")));
            out.add(op("exc", t(name), s("")));
            out.add(op("exc", t(name), s("it's")));
            out.add(op("exc", t(name), i(42)));
            out.add(op("exc", t(name), s("a"), i(2)));
            out.add(op("excstr", t(name)));
            out.add(op("excstr", t(name), s("msg")));
            out.add(op("excstr", t(name), s("")));
            out.add(op("excstr", t(name), i(42)));
            out.add(op("excstr", t(name), s("a"), i(2)));
            out.add(op("raise", t(name), s("boom")));
        }
        for (String a : EXCEPTION_NAMES) {
            out.add(op("mro", t(a)));
            for (String c : EXCEPTION_NAMES) {
                out.add(op("issubclass", t(a), t(c)));
                out.add(op("matches", t(a), t(c)));
            }
        }
        for (String ty : List.of("int", "float", "str", "bool", "tuple", "object", "NoneType")) {
            out.add(op("mro", t(ty)));
            out.add(op("repr", t(ty)));
        }
        return out;
    }

    static List<String> misc() {
        List<String> out = new ArrayList<>();
        out.add(op("repr", NONE));
        out.add(op("str", NONE));
        out.add(op("truth", NONE));
        out.add(op("repr", b(true)));
        out.add(op("str", b(false)));
        out.add(op("and", b(true), b(false)));
        out.add(op("or", b(true), b(false)));
        out.add(op("xor", b(true), b(true)));
        out.add(op("and", b(true), i(3)));
        out.add(op("invert", b(true)));
        out.add(op("neg", b(true)));
        out.add(op("add", b(true), b(true)));
        out.add(op("add", NONE, i(1)));
        out.add(op("pow", s("a"), i(2)));
        out.add(op("pow", f(2.0), i(3), i(4)));
        out.add(op("divmod", s("a"), i(2)));
        out.add(op("lt", NONE, NONE));
        out.add(op("eq", NONE, NONE));
        out.add(op("len", i(3)));
        out.add(op("getitem", i(3), i(0)));
        out.add(op("contains", i(1), i(3)));
        out.add(op("tuple"));
        out.add(op("tuple", i(1)));
        out.add(op("tuple", i(1), s("a"), f(1.5), NONE, b(true)));
        out.add(op("tuplehash"));
        out.add(op("tuplehash", i(1)));
        out.add(op("tuplehash", i(1), i(2)));
        out.add(op("tuplehash", i(-1), i(-2), s("a"), f(1.5), b(true), i(BigInteger.TWO.pow(100))));
        out.add(op("tuplehash", i(1), s("\u00e9")));
        // tuples: repr, hash (xxHash-based), comparison
        String t0 = "tuple", t1 = "tuple " + i(1), t12 = "tuple " + i(1) + " " + i(2);
        out.add(t0);
        out.add(t12);
        // print: sep/end handling and str() of each argument (its own output line comes first, then "None")
        out.add(op("print", NONE, NONE));
        out.add(op("print", NONE, NONE, i(1), f(2.5), s("x y"), NONE, b(true)));
        out.add(op("print", s("-"), s("!\n"), i(1), i(2), i(3)));
        out.add(op("print", s(""), s(""), s("a"), s("b")));
        out.add(op("print", i(1), NONE, s("a")));
        out.add(op("print", NONE, f(1.0), s("a")));
        out.add(op("print", NONE, NONE, s("caf\u00e9 \ud83d\ude00")));
        out.add(op("print", NONE, NONE, i(BigInteger.TWO.pow(100))));
        out.add(op("print", NONE, s("\n"), s("x".repeat(20000))));
        out.add(op("print", NONE, NONE, s("a"), s("b\ud800c")));
        out.add(op("print", NONE, NONE, s("ab\udc00\udbffc")));
        out.add(op("print", s("\ud800"), NONE, s("a"), s("b")));
        out.add(op("print", NONE, s("\udfff"), s("a")));
        return out;
    }

    static List<String> formats() {
        List<String> out = new ArrayList<>();
        List<String> values = List.of(i(0), i(1), i(-1), i(65), i(1234), i(-255), i(1234567), i(0x110000),
                i(BigInteger.TWO.pow(100)), i(BigInteger.TWO.pow(100).negate()), i(BigInteger.TWO.pow(1100)),
                f(0.0), f(-0.0), f(1.5), f(-1.5), f(2.5), f(0.125), f(2.675), f(123.0), f(12.0), f(1234.0),
                f(0.0001), f(-0.0001), f(1e16), f(1e22), f(1e300), f(5e-324), f(123456.789), f(12345.678),
                f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY), f(Double.NaN), s(""), s("a"),
                s("abc"), s("h\u00e9llo"), s("\ud83d\ude00x"), b(true), b(false), NONE);
        List<String> specs = List.of("", "5", "<5", ">5", "^5", "=5", "*^9", "0", "010", "+", "-", " ", "z",
                "z.0", "z.2f", "#", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c", "d", "n", "e", "E", "f", "F",
                "g", "G", "%", ".0", ".3", ".17", "#.0", "#.3", ".0%", ".2f", ".1f", "#.0f", "#.0e", "#g",
                "#.3g", ",", "_", ",d", "_x", "_b", ",x", ",_", "_,", ",,_", "010,", "010_", "010,.1f",
                "+010.3F", "^+9", ">5c", "05c", "+c", "#c", "zc", "z.2", ".2", ".", "5.5.5", "\u00e9",
                "\u00e9^9.3", "\ud83d\ude00>4", "0<5", "<05", "0=5", "=05", "s", ".2s", "10.3s", "=+8",
                "99999999999999999999", ".99999999999", ",n", "_n", "_c", ",%", "_g", "\u0661\u0662");
        for (String v : values) {
            for (String sp : specs) {
                out.add(op("format", v, s(sp)));
            }
        }
        return out;
    }

    /** printf-style {@code fmt % args}: every conversion and flag on scalars, tuples, mappings, and the errors. */
    static List<String> printf() {
        List<String> out = new ArrayList<>();
        List<String> values = List.of(i(0), i(7), i(-255), i(65), i(0x110000), i(BigInteger.TWO.pow(100)),
                i(BigInteger.TWO.pow(70).negate()), b(true), f(0.0), f(-0.0), f(3.99), f(-2.5), f(1234.5678),
                f(1e20), f(1e-7), f(Double.POSITIVE_INFINITY), f(Double.NaN), s(""), s("a"), s("h\u00e9llo"),
                s("\ud83d\ude00"), NONE, "e:list", "e:tuple", "e:dict");
        List<String> formats = List.of("%s", "%r", "%a", "%d", "%i", "%u", "%o", "%x", "%X", "%e", "%E", "%f",
                "%F", "%g", "%G", "%c", "%%", "%5s|", "%-5s|", "%.2s", "%-6.2s|", "%+d", "% d", "%05d", "%-05d|",
                "%+05d", "%.3d", "%+.3d", "%#o", "%#x", "%#X", "%#10X", "%010.3x", "%-#8x|", "%#08o", "% 05.1f",
                "%+.2e", "%#.0f", "%#.3g", "%#g", "%010.4f", "%-10.2f|", "%5c", "%-3c|", "%.0c", "%ld", "%hs",
                "%Lf", "x%sy%%z", "\u00e9%s\u00e9", "%5.1s|", "%+s", "%10r", "%.3a", "abc", "%", "%5", "%.",
                "%y", "% y", "%\u00e9", "%\n", "%'", "%(a)s", "%#5.3x|", "%0-6d|", "%- 6d|", "%+ d");
        for (String v : values) {
            for (String fm : formats) {
                out.add(op("mod", s(fm), v));
            }
        }
        out.add(op("=", "0", "tuple", i(1), s("two"), f(3.5)));
        out.add(op("=", "1", "dict", s("a"), i(1), s("b"), s("x y"), s("a)b"), i(2), s("(x)"), i(3)));
        out.add(op("=", "2", "tuple", i(-8), i(2), f(3.14159)));
        out.add(op("=", "3", "tuple", s("a"), i(1)));
        out.add(op("=", "4", "tuple", i(5)));
        out.add(op("=", "5", "tuple", "r:0"));
        out.add(op("=", "6", "tuple", i("1180591620717411303424"), i(1)));
        out.add(op("=", "7", "tuple", i(1), i("1099511627776"), f(1.0)));
        for (String fm : List.of("%d %s %f", "%s %s", "%s %s %s %s", "%r|%r|%r", "%s", "%d", "%*.*f", "%*s|%s",
                "%.*f|", "%-*d|", "%*d", "%c%c", "%s%%%s", "%(a)s", "%d %d %d", "%s", "%x %s %s", "%*.*f")) {
            for (String reg : List.of("r:0", "r:2", "r:3", "r:4", "r:5", "r:6", "r:7")) {
                out.add(op("mod", s(fm), reg));
            }
        }
        for (String fm : List.of("%(a)s", "%(b)r", "%(a)d-%(b)s", "%(a)s %s", "%(a)*d", "%(a", "%(a)", "%(c)s",
                "%((x))s", "%(a)b)s", "%(a)s %(a)05d", "abc", "%s", "%(a)%", "%%", "%(b)-8s|", "%(a)#x")) {
            out.add(op("mod", s(fm), "r:1"));
        }
        return out;
    }

    static List<String> strMethods() {
        List<String> out = new ArrayList<>();
        List<String> selves = List.of("", "abc", "aaa", "  x y\t\n", "\u3000h\u00e9llo\u3000", "-12", "+ab",
                "\u00e9\u20ac\ud83d\ude00" .repeat(30) + "end");
        List<String> subs = List.of("", "a", "aa", "b", "c", "\u00e9", "\ud83d\ude00", "end", "zz");
        List<String> bounds = List.of(NONE, i(0), i(1), i(-1), i(3), i(-4), i(5), i(100), i("1000000000000000000000"));
        for (String x : selves) {
            for (String sub : subs) {
                for (String m : List.of("find", "rfind", "index", "rindex", "count", "startswith", "endswith")) {
                    out.add(op("meth", s(m), s(x), s(sub)));
                    for (String a : bounds) {
                        out.add(op("meth", s(m), s(x), s(sub), a));
                        out.add(op("meth", s(m), s(x), s(sub), a, i(-2)));
                        out.add(op("meth", s(m), s(x), s(sub), i(1), a));
                    }
                }
                out.add(op("meth", s("replace"), s(x), s(sub), s("-")));
                out.add(op("meth", s("replace"), s(x), s(sub), s(""), i(1)));
                out.add(op("meth", s("replace"), s(x), s(sub), s("\u00e9\u00e9"), i(2)));
                out.add(op("meth", s("partition"), s(x), s(sub)));
                out.add(op("meth", s("rpartition"), s(x), s(sub)));
                out.add(op("meth", s("strip"), s(x), s(sub)));
                out.add(op("meth", s("lstrip"), s(x), s(sub)));
                out.add(op("meth", s("rstrip"), s(x), s(sub)));
            }
            for (String m : List.of("strip", "lstrip", "rstrip")) {
                out.add(op("meth", s(m), s(x)));
                out.add(op("meth", s(m), s(x), NONE));
                out.add(op("meth", s(m), s(x), i(1)));
            }
            for (long w : new long[] {-1, 0, 3, 6, 7, 8, 120}) {
                out.add(op("meth", s("zfill"), s(x), i(w)));
                for (String m : List.of("center", "ljust", "rjust")) {
                    out.add(op("meth", s(m), s(x), i(w)));
                    out.add(op("meth", s(m), s(x), i(w), s("*")));
                    out.add(op("meth", s(m), s(x), i(w), s("\ud83d\ude00")));
                }
            }
            out.add(op("meth", s("center"), s(x), i(9), s("ab")));
            out.add(op("meth", s("center"), s(x), i(9), i(1)));
            out.add(op("meth", s("center"), s(x), f(9.0)));
            out.add(op("meth", s("find"), s(x), i(1)));
            out.add(op("meth", s("find"), s(x), s("a"), f(1.0)));
            out.add(op("meth", s("startswith"), s(x), i(1)));
            out.add(op("meth", s("count"), s(x), NONE));
        }
        // case mapping with context (Final_Sigma, title case, special casing) and the is... predicates
        List<String> tricky = List.of("", "hello world", "HELLO", "Hello World", "\u03a3", "A\u03a3", "A\u03a3b",
                "A\u03a3 b", "A\u03a3'", "A'\u03a3'", "\u03a3A", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3",
                "\u00df", "\ufb01x", "\u0130stanbul", "\u0131", "\u01c5a", "\u01c4\u01c6", "\u0345\u0399",
                "\u0390", "they're bill's", "1st 2nd", "\u0663\u00b2\u00bd\u216b", " \t\u3000",
                "abc123", "\u00e9t\u00e9", "\ud83d\ude00", "\u1e9e", "\u0149", "\u1f80\u1f88");
        for (String x : tricky) {
            for (String m : List.of("upper", "lower", "casefold", "swapcase", "capitalize", "title", "isalpha",
                    "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower", "isupper", "istitle",
                    "isascii", "isprintable")) {
                out.add(op("meth", s(m), s(x)));
            }
        }
        return out;
    }
}
