package dev.molt.backend.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The machine ops ({@code i64.*}, {@code f64.*}, {@code bool.*}) against Python's arithmetic on edge values. The IR is
 * built with the FunctionBuilder; the Python twin spells each op with Python ints (wrapping made explicit) and
 * floats, and python3 runs it.
 */
class MachineOpsTest {
    @TempDir
    Path dir;

    static final long[] INTS = {0, 1, -1, 7, -7, 63, 64, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE};
    static final double[] FLOATS = {0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};

    static final List<String> I64_BINARY = List.of("add", "sub", "mul", "and", "or", "xor", "shl", "shr", "eq", "ne",
            "lt", "le", "gt", "ge");
    static final List<String> F64_BINARY = List.of("add", "sub", "mul", "div", "eq", "ne", "lt", "le", "gt", "ge");

    static final String PYTHON_PRELUDE = """
            M = 1 << 64
            def w(x):
                x %= M
                return x - M if x >= 1 << 63 else x
            def ovf(x):
                return x if -(1 << 63) <= x < (1 << 63) else "ovf"
            def arith(a, b):
                return (w(a + b), w(a - b), w(a * b), a & b, a | b, a ^ b, w(a << (b & 63)), a >> (b & 63),
                        a == b, a != b, a < b, a <= b, a > b, a >= b, ovf(a + b), ovf(a - b), ovf(a * b), w(-a),
                        float(a), not (a < b), (a < b) and (a != b), (a < b) or (a == b))
            def divmod_(a, b):
                return (a // b, a % b)
            def farith(x, y):
                return (x + y, x - y, x * y, x / y, x == y, x != y, x < y, x <= y, x > y, x >= y, -x)
            inf = float("inf")
            nan = float("nan")
            """;

    @ParameterizedTest
    @EnumSource(OptLevel.class)
    void machineOpsMatchPython(OptLevel level) throws IOException {
        Module m = new Module("machine");
        Function arith = arith(m);
        Function divmod = divmod(m);
        Function farith = farith(m);
        StringBuilder py = new StringBuilder(PYTHON_PRELUDE);
        FunctionBuilder b = FunctionBuilder.create(m, "__module__", new Signature(List.of(), List.of(Type.OBJ)));
        Value print = b.py().loadGlobal("print");
        for (long x : INTS) {
            for (long y : INTS) {
                Value a = b.i64().constant(x), c = b.i64().constant(y);
                b.py().call(print, callDirect(b, arith, a, c));
                py.append("print(arith(").append(x).append(", ").append(y).append("))\n");
                if (y != 0 && !(x == Long.MIN_VALUE && y == -1)) {
                    b.py().call(print, callDirect(b, divmod, a, c));
                    py.append("print(divmod_(").append(x).append(", ").append(y).append("))\n");
                }
            }
        }
        for (double x : FLOATS) {
            for (double y : FLOATS) {
                if (y == 0) continue; // f64.div by zero: the lowering guards it (ZeroDivisionError)
                b.py().call(print, callDirect(b, farith, b.f64().constant(x), b.f64().constant(y)));
                py.append("print(farith(").append(pyFloat(x)).append(", ").append(pyFloat(y)).append("))\n");
            }
        }
        b.cf().ret(b.py().none());
        Verifier.check(m);

        Files.writeString(dir.resolve("machine.py"), py.toString());
        Programs.Run expected = Programs.run(List.of("python3", "machine.py"), dir);
        assertEquals(0, expected.exitCode(), expected.stderr());
        Path exe = NativeLinker.create().withOptLevel(level).link(m, dir.resolve("machine"));
        Programs.Run actual = Programs.run(List.of(exe.toString()), dir);
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals(0, actual.exitCode(), actual.stderr());
    }

    private static String pyFloat(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Double.toString(d).replace("E", "e");
    }

    private static Value callDirect(FunctionBuilder b, Function callee, Value... args) {
        Op op = b.op(b.registry().get("py.call_direct"), List.of(args), List.of(Type.OBJ),
                Map.of("callee", new Attr.Symbol(callee.name())));
        return op.result();
    }

    /** {@code @arith(i64, i64) -> obj}: a tuple of every binary i64 op, the checked ops, neg, to_f64, bool ops. */
    private static Function arith(Module m) {
        FunctionBuilder b = FunctionBuilder.create(m, "arith", new Signature(List.of(Type.I64, Type.I64), List.of(Type.OBJ)));
        Value x = b.param(0), y = b.param(1);
        List<Value> items = new ArrayList<>();
        for (String op : I64_BINARY) items.add(b.py().box(b.i64().op(op, x, y)));
        for (String kind : List.of("add", "sub", "mul")) {
            Block ovf = b.createBlock(), join = b.createBlock();
            b.appendBlockParam(join, Type.OBJ);
            Value r = b.i64().checked(kind, x, y, ovf);
            b.cf().br(join, b.py().box(r));
            b.switchToBlock(ovf);
            b.cf().br(join, b.py().constStr("ovf"));
            b.sealBlock(ovf);
            b.sealBlock(join);
            b.switchToBlock(join);
            items.add(join.param(0));
        }
        items.add(b.py().box(b.i64().op("neg", x)));
        items.add(b.py().box(b.i64().op("to_f64", x)));
        Value lt = b.i64().lt(x, y);
        items.add(b.py().box(b.bool().not(lt)));
        items.add(b.py().box(b.bool().and(lt, b.i64().op("ne", x, y))));
        items.add(b.py().box(b.bool().or(lt, b.i64().eq(x, y))));
        b.cf().ret(b.py().buildTuple(items.toArray(Value[]::new)));
        return b.function();
    }

    private static Function divmod(Module m) {
        FunctionBuilder b = FunctionBuilder.create(m, "divmod", new Signature(List.of(Type.I64, Type.I64), List.of(Type.OBJ)));
        Value q = b.py().box(b.i64().op("floordiv", b.param(0), b.param(1)));
        Value r = b.py().box(b.i64().op("mod", b.param(0), b.param(1)));
        b.cf().ret(b.py().buildTuple(q, r));
        return b.function();
    }

    private static Function farith(Module m) {
        FunctionBuilder b = FunctionBuilder.create(m, "farith", new Signature(List.of(Type.F64, Type.F64), List.of(Type.OBJ)));
        List<Value> items = new ArrayList<>();
        for (String op : F64_BINARY) items.add(b.py().box(b.f64().op(op, b.param(0), b.param(1))));
        items.add(b.py().box(b.f64().op("neg", b.param(0))));
        b.cf().ret(b.py().buildTuple(items.toArray(Value[]::new)));
        return b.function();
    }
}
