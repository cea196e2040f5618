package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.builder.Variable;
import dev.molt.ir.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * IR functions made with the FunctionBuilder are lowered, validated by wasm-validate, run under node, and their
 * results compared with the same computation done in Java.
 */
class IrToWasmTest {
    private static Signature sig(List<Type> params, List<Type> results) {
        return new Signature(params, results);
    }

    private static final Signature I64_I64 = sig(List.of(Type.I64), List.of(Type.I64));

    /** Lowers, exports every function, validates, runs the JS calls and returns one output line per call. */
    static List<String> run(Module ir, List<String> calls) {
        Verifier.check(ir);
        WasmModule m = new WasmModule();
        Map<String, FuncIndex> fs = IrToWasm.lower(ir, m);
        fs.forEach(m::exportFunction);
        byte[] wasm = m.finish();
        WasmTools.assertValid(wasm);
        StringBuilder js = new StringBuilder("WebAssembly.instantiate(WASM).then(({instance}) => { const e = instance.exports;\n");
        for (String c : calls) {
            js.append("  console.log(String(e.").append(c).append("));\n");
        }
        js.append("});\n");
        WasmTools.Run r = WasmTools.nodeEval(wasm, js.toString());
        assertEquals("", r.stderr());
        List<String> lines = List.of(r.stdout().split("\n"));
        assertEquals(calls.size(), lines.size(), r.stdout());
        return lines;
    }

    private static void check(Module ir, String fn, long[] inputs, LongUnaryOperator expected) {
        List<String> calls = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (long x : inputs) {
            calls.add(fn + "(" + x + "n)");
            want.add(Long.toString(expected.applyAsLong(x)));
        }
        assertEquals(want, run(ir, calls));
    }

    /** {@code s = 0; i = 0; while i < n: s += i*i; i += 1; return s}. */
    @Test
    void loopWithCarriedValues() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "sum_squares", I64_I64);
        Variable s = b.declareVar(Type.I64);
        Variable i = b.declareVar(Type.I64);
        b.defVar(s, b.i64().constant(0));
        b.defVar(i, b.i64().constant(0));
        Block head = b.createBlock();
        Block body = b.createBlock();
        Block exit = b.createBlock();
        b.cf().br(head);
        b.switchToBlock(head);
        b.cf().condBr(b.i64().lt(b.useVar(i), b.param(0)), body, exit);
        b.switchToBlock(body);
        b.defVar(s, b.i64().add(b.useVar(s), b.i64().mul(b.useVar(i), b.useVar(i))));
        b.defVar(i, b.i64().add(b.useVar(i), b.i64().constant(1)));
        b.cf().br(head);
        b.switchToBlock(exit);
        b.cf().ret(b.useVar(s));
        b.sealAllBlocks();
        check(ir, "sum_squares", new long[] {0, 1, 2, 10, 1000, -5}, n -> {
            long acc = 0;
            for (long k = 0; k < n; k++) {
                acc += k * k;
            }
            return acc;
        });
    }

    /** Nested ifs merging into one return: a sign/size classification. */
    @Test
    void nestedIfsWithMerges() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "classify", I64_I64);
        Variable r = b.declareVar(Type.I64);
        Value x = b.param(0);
        Block neg = b.createBlock();
        Block nonneg = b.createBlock();
        Block veryNeg = b.createBlock();
        Block slightlyNeg = b.createBlock();
        Block zero = b.createBlock();
        Block pos = b.createBlock();
        Block big = b.createBlock();
        Block small = b.createBlock();
        Block join = b.createBlock();
        b.cf().condBr(b.i64().lt(x, b.i64().constant(0)), neg, nonneg);
        b.switchToBlock(neg);
        b.cf().condBr(b.i64().lt(x, b.i64().constant(-100)), veryNeg, slightlyNeg);
        b.switchToBlock(veryNeg);
        b.defVar(r, b.i64().constant(-2));
        b.cf().br(join);
        b.switchToBlock(slightlyNeg);
        b.defVar(r, b.i64().constant(-1));
        b.cf().br(join);
        b.switchToBlock(nonneg);
        b.cf().condBr(b.i64().eq(x, b.i64().constant(0)), zero, pos);
        b.switchToBlock(zero);
        b.defVar(r, b.i64().constant(0));
        b.cf().br(join);
        b.switchToBlock(pos);
        b.cf().condBr(b.i64().op("gt", x, b.i64().constant(100)), big, small);
        b.switchToBlock(big);
        b.defVar(r, b.i64().constant(2));
        b.cf().br(join);
        b.switchToBlock(small);
        b.defVar(r, b.i64().constant(1));
        b.cf().br(join);
        b.switchToBlock(join);
        b.cf().ret(b.i64().add(b.useVar(r), b.i64().constant(10)));
        b.sealAllBlocks();
        check(ir, "classify", new long[] {-1000, -101, -100, -1, 0, 1, 100, 101, Long.MIN_VALUE, Long.MAX_VALUE},
                v -> 10 + (v < 0 ? (v < -100 ? -2 : -1) : v == 0 ? 0 : v > 100 ? 2 : 1));
    }

    /** Collatz steps: a loop whose body is an if/else merging back (floordiv, mod). */
    @Test
    void loopContainingIfElse() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "collatz", I64_I64);
        Variable n = b.declareVar(Type.I64);
        Variable steps = b.declareVar(Type.I64);
        b.defVar(n, b.param(0));
        b.defVar(steps, b.i64().constant(0));
        Block head = b.createBlock();
        Block body = b.createBlock();
        Block even = b.createBlock();
        Block odd = b.createBlock();
        Block latch = b.createBlock();
        Block exit = b.createBlock();
        b.cf().br(head);
        b.switchToBlock(head);
        b.cf().condBr(b.i64().op("gt", b.useVar(n), b.i64().constant(1)), body, exit);
        b.switchToBlock(body);
        Value rem = b.i64().op("mod", b.useVar(n), b.i64().constant(2));
        b.cf().condBr(b.i64().eq(rem, b.i64().constant(0)), even, odd);
        b.switchToBlock(even);
        b.defVar(n, b.i64().op("floordiv", b.useVar(n), b.i64().constant(2)));
        b.cf().br(latch);
        b.switchToBlock(odd);
        b.defVar(n, b.i64().add(b.i64().mul(b.useVar(n), b.i64().constant(3)), b.i64().constant(1)));
        b.cf().br(latch);
        b.switchToBlock(latch);
        b.defVar(steps, b.i64().add(b.useVar(steps), b.i64().constant(1)));
        b.cf().br(head);
        b.switchToBlock(exit);
        b.cf().ret(b.useVar(steps));
        b.sealAllBlocks();
        check(ir, "collatz", new long[] {1, 2, 3, 7, 27, 97, 871, 0, -4}, v -> {
            long steps2 = 0;
            while (v > 1) {
                v = v % 2 == 0 ? v / 2 : 3 * v + 1;
                steps2++;
            }
            return steps2;
        });
    }

    /** Nested loops with an early exit from the inner one: count pairs i < j < n with i*j % 3 == 0, stop at 50. */
    @Test
    void nestedLoopsWithEarlyExit() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "pairs", I64_I64);
        Variable i = b.declareVar(Type.I64);
        Variable j = b.declareVar(Type.I64);
        Variable c = b.declareVar(Type.I64);
        b.defVar(i, b.i64().constant(0));
        b.defVar(c, b.i64().constant(0));
        Block outer = b.createBlock();
        Block outerBody = b.createBlock();
        Block inner = b.createBlock();
        Block innerBody = b.createBlock();
        Block hit = b.createBlock();
        Block next = b.createBlock();
        Block innerDone = b.createBlock();
        Block done = b.createBlock();
        b.cf().br(outer);
        b.switchToBlock(outer);
        b.cf().condBr(b.i64().lt(b.useVar(i), b.param(0)), outerBody, done);
        b.switchToBlock(outerBody);
        b.defVar(j, b.i64().add(b.useVar(i), b.i64().constant(1)));
        b.cf().br(inner);
        b.switchToBlock(inner);
        b.cf().condBr(b.i64().lt(b.useVar(j), b.param(0)), innerBody, innerDone);
        b.switchToBlock(innerBody);
        Value prod = b.i64().mul(b.useVar(i), b.useVar(j));
        b.cf().condBr(b.i64().eq(b.i64().op("mod", prod, b.i64().constant(3)), b.i64().constant(0)), hit, next);
        b.switchToBlock(hit);
        b.defVar(c, b.i64().add(b.useVar(c), b.i64().constant(1)));
        b.cf().condBr(b.i64().op("ge", b.useVar(c), b.i64().constant(50)), done, next);
        b.switchToBlock(next);
        b.defVar(j, b.i64().add(b.useVar(j), b.i64().constant(1)));
        b.cf().br(inner);
        b.switchToBlock(innerDone);
        b.defVar(i, b.i64().add(b.useVar(i), b.i64().constant(1)));
        b.cf().br(outer);
        b.switchToBlock(done);
        b.cf().ret(b.useVar(c));
        b.sealAllBlocks();
        check(ir, "pairs", new long[] {0, 1, 2, 5, 8, 12, 100}, n -> {
            long count = 0;
            for (long a = 0; a < n; a++) {
                for (long d = a + 1; d < n; d++) {
                    if (Math.floorMod(a * d, 3L) == 0) {
                        count++;
                        if (count >= 50) {
                            return count;
                        }
                    }
                }
            }
            return count;
        });
    }

    /** Python's // and % against Java's floorDiv/floorMod (the same rounding), with two results. */
    @Test
    void floorDivisionAndModuloMatchPython() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "divmod",
                sig(List.of(Type.I64, Type.I64), List.of(Type.I64, Type.I64)));
        b.cf().ret(b.i64().op("floordiv", b.param(0), b.param(1)), b.i64().op("mod", b.param(0), b.param(1)));
        long[] xs = {7, -7, 0, 1, -1, 6, -6, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE};
        long[] ys = {2, -2, 3, -3, 1, 7, Long.MAX_VALUE, Long.MIN_VALUE};
        List<String> calls = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (long x : xs) {
            for (long y : ys) {
                calls.add("divmod(" + x + "n, " + y + "n)");
                want.add(Math.floorDiv(x, y) + "," + Math.floorMod(x, y));
            }
        }
        assertEquals(want, run(ir, calls));
    }

    /** Checked arithmetic: the side exit is taken exactly when Math.*Exact throws. */
    @Test
    void overflowSideExits() {
        Module ir = new Module("t");
        for (String kind : List.of("add", "sub", "mul")) {
            FunctionBuilder b = FunctionBuilder.create(ir, "checked_" + kind,
                    sig(List.of(Type.I64, Type.I64), List.of(Type.I64, Type.BOOL)));
            Block ovf = b.createBlock();
            Value r = b.i64().checked(kind, b.param(0), b.param(1), ovf);
            b.cf().ret(r, b.bool().constant(true));
            b.switchToBlock(ovf);
            b.cf().ret(b.i64().constant(0), b.bool().constant(false));
            b.sealAllBlocks();
        }
        long[] vs = {0, 1, -1, 2, -2, 3, 1L << 31, 1L << 32, -(1L << 32), 3037000499L, 3037000500L, -3037000500L,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 2, Long.MIN_VALUE / 2, Long.MAX_VALUE - 1};
        List<String> calls = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (long x : vs) {
            for (long y : vs) {
                for (String kind : List.of("add", "sub", "mul")) {
                    calls.add("checked_" + kind + "(" + x + "n, " + y + "n)");
                    String expected;
                    try {
                        long r = switch (kind) {
                            case "add" -> Math.addExact(x, y);
                            case "sub" -> Math.subtractExact(x, y);
                            default -> Math.multiplyExact(x, y);
                        };
                        expected = r + ",1";
                    } catch (ArithmeticException e) {
                        expected = "0,0";
                    }
                    want.add(expected);
                }
            }
        }
        assertEquals(want, run(ir, calls));
    }

    /** f64 Newton iteration for sqrt in a counted loop: bit-identical to the same double ops in Java. */
    @Test
    void floatLoopIsBitExact() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "newton", sig(List.of(Type.F64, Type.I64), List.of(Type.F64)));
        Variable x = b.declareVar(Type.F64);
        Variable k = b.declareVar(Type.I64);
        b.defVar(x, b.f64().op("add", b.param(0), b.f64().constant(1.0)));
        b.defVar(k, b.param(1));
        Block head = b.createBlock();
        Block body = b.createBlock();
        Block exit = b.createBlock();
        b.cf().br(head);
        b.switchToBlock(head);
        b.cf().condBr(b.i64().op("gt", b.useVar(k), b.i64().constant(0)), body, exit);
        b.switchToBlock(body);
        Value q = b.f64().op("div", b.param(0), b.useVar(x));
        b.defVar(x, b.f64().op("mul", b.f64().add(b.useVar(x), q), b.f64().constant(0.5)));
        b.defVar(k, b.i64().op("sub", b.useVar(k), b.i64().constant(1)));
        b.cf().br(head);
        b.switchToBlock(exit);
        Value neg = b.f64().op("neg", b.f64().op("sub", b.useVar(x), b.i64().op("to_f64", b.param(1))));
        b.cf().ret(neg);
        b.sealAllBlocks();
        double[] as = {2.0, 10.0, 0.5, 1e10, 12345.678};
        List<String> calls = new ArrayList<>();
        List<Double> want = new ArrayList<>();
        for (double a : as) {
            for (long iters : new long[] {0, 1, 3, 30}) {
                calls.add("newton(" + a + ", " + iters + "n)");
                double v = a + 1.0;
                for (long t = iters; t > 0; t--) {
                    v = (v + a / v) * 0.5;
                }
                want.add(-(v - (double) iters));
            }
        }
        List<String> got = run(ir, calls);
        for (int i = 0; i < want.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(want.get(i)), Double.doubleToRawLongBits(Double.parseDouble(got.get(i))),
                    calls.get(i) + " gave " + got.get(i));
        }
    }

    /** cf.switch, bool ops and direct calls (recursive fib). */
    @Test
    void switchBoolsAndCalls() {
        Module ir = new Module("t");
        FunctionBuilder fb = FunctionBuilder.create(ir, "fib", I64_I64);
        Function fib = fb.function();
        Block base = fb.createBlock();
        Block rec = fb.createBlock();
        fb.cf().condBr(fb.i64().lt(fb.param(0), fb.i64().constant(2)), base, rec);
        fb.switchToBlock(base);
        fb.cf().ret(fb.param(0));
        fb.switchToBlock(rec);
        Value a = fb.py().callDirect(fib, fb.i64().sub(fb.param(0), fb.i64().constant(1))).result();
        Value c = fb.py().callDirect(fib, fb.i64().sub(fb.param(0), fb.i64().constant(2))).result();
        fb.cf().ret(fb.i64().add(a, c));
        fb.sealAllBlocks();

        FunctionBuilder b = FunctionBuilder.create(ir, "pick", I64_I64);
        Block one = b.createBlock();
        Block two = b.createBlock();
        Block five = b.createBlock();
        Block other = b.createBlock();
        b.cf().switch_(b.param(0), new long[] {1, 2, 5, 7}, List.of(one, two, five, two), other);
        b.switchToBlock(one);
        b.cf().ret(b.py().callDirect(fib, b.i64().constant(10)).result());
        b.switchToBlock(two);
        b.cf().ret(b.i64().constant(20));
        b.switchToBlock(five);
        b.cf().ret(b.i64().constant(50));
        b.switchToBlock(other);
        b.cf().ret(b.i64().op("neg", b.param(0)));
        b.sealAllBlocks();

        FunctionBuilder lb = FunctionBuilder.create(ir, "logic", sig(List.of(Type.I64, Type.I64), List.of(Type.BOOL)));
        Value lt = lb.i64().lt(lb.param(0), lb.param(1));
        Value zero = lb.i64().eq(lb.param(0), lb.i64().constant(0));
        lb.cf().ret(lb.bool().or(lb.bool().and(lt, lb.bool().not(zero)), lb.bool().constant(false)));
        lb.sealAllBlocks();

        List<String> got = run(ir, List.of("fib(20n)", "pick(1n)", "pick(2n)", "pick(5n)", "pick(7n)", "pick(9n)",
                "logic(1n, 2n)", "logic(0n, 2n)", "logic(3n, 2n)"));
        assertEquals(List.of("6765", "55", "20", "50", "20", "-9", "1", "0", "0"), got);
    }

    /** Dense switches become br_table, sparse ones compare chains; both against a Java switch. */
    @Test
    void denseAndSparseSwitches() {
        Module ir = new Module("t");
        long[][] caseSets = {{-3, -2, 0, 1, 4}, {10, 11, 12}, {1, 1000, -50, Long.MIN_VALUE}, {5}};
        for (int k = 0; k < caseSets.length; k++) {
            long[] cases = caseSets[k];
            FunctionBuilder b = FunctionBuilder.create(ir, "sw" + k, I64_I64);
            List<Block> targets = new ArrayList<>();
            Block shared = b.createBlock();
            for (int i = 0; i < cases.length; i++) {
                targets.add(i == 1 ? shared : b.createBlock());
            }
            Block other = b.createBlock();
            b.cf().switch_(b.param(0), cases, targets, other);
            for (int i = 0; i < cases.length; i++) {
                if (i != 1) {
                    b.switchToBlock(targets.get(i));
                    b.cf().ret(b.i64().constant(100 + i));
                }
            }
            b.switchToBlock(shared);
            b.cf().ret(b.i64().constant(101));
            b.switchToBlock(other);
            b.cf().ret(b.i64().op("neg", b.param(0)));
            b.sealAllBlocks();
        }
        long[] inputs = {-4, -3, -2, -1, 0, 1, 2, 4, 5, 9, 10, 11, 12, 13, 1000, -50, Long.MIN_VALUE, Long.MAX_VALUE};
        List<String> calls = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (int k = 0; k < caseSets.length; k++) {
            for (long x : inputs) {
                calls.add("sw" + k + "(" + x + "n)");
                long r = -x;
                for (int i = 0; i < caseSets[k].length; i++) {
                    if (caseSets[k][i] == x) {
                        r = 100 + i;
                        break;
                    }
                }
                want.add(Long.toString(r));
            }
        }
        assertEquals(want, run(ir, calls));
        WasmModule m = new WasmModule();
        IrToWasm.lower(ir, m);
        String wat = WasmTools.wasm2wat(m.finish());
        assertEquals(2, wat.split("br_table", -1).length - 1, wat); // the two dense sets only
    }

    @Test
    void irreducibleControlFlowIsRejected() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "irr", I64_I64);
        Block l = b.createBlock();
        Block r = b.createBlock();
        b.cf().condBr(b.i64().lt(b.param(0), b.i64().constant(0)), l, r);
        b.switchToBlock(l);
        b.cf().br(r);
        b.switchToBlock(r);
        b.cf().condBr(b.i64().lt(b.param(0), b.i64().constant(5)), l, r);
        b.sealAllBlocks();
        Verifier.check(ir);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> IrToWasm.lower(ir, new WasmModule()));
        assertTrue(e.getMessage().contains("irreducible"), e.getMessage());
    }

    @Test
    void pythonOpsAreRejectedWithTheOpName() {
        Module ir = new Module("t");
        FunctionBuilder b = FunctionBuilder.create(ir, "f", sig(List.of(Type.I64), List.of(Type.I64)));
        b.cf().ret(b.i64().op("floordiv", b.param(0), b.param(0)));
        FunctionBuilder p = FunctionBuilder.create(ir, "g", Signature.pyFunction(1));
        p.cf().ret(p.py().add(p.param(0), p.param(0)));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> IrToWasm.lower(ir, new WasmModule()));
        assertTrue(e.getMessage().contains("obj"), e.getMessage());
    }
}
