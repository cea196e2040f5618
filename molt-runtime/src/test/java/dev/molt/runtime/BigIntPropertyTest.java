package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.op;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Big-int arithmetic against python3 on random operands: one driver process and one python3 process per batch
 * (one jqwik try), never one per case.
 */
class BigIntPropertyTest {
    private static final List<String> OPS = List.of("add", "sub", "mul", "floordiv", "mod", "divmod", "truediv",
            "and", "or", "xor", "lt", "eq", "ge");

    @Provide
    Arbitrary<List<BigInteger>> operands() {
        Arbitrary<BigInteger> one = Arbitraries.integers().between(0, 1200).flatMap(bits -> {
            BigInteger bound = BigInteger.TWO.pow(bits);
            return Arbitraries.bigIntegers().between(bound.negate(), bound);
        });
        return one.list().ofSize(60);
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void arithmeticBitwiseAndStrMatchCPython(@ForAll("operands") List<BigInteger> xs) {
        RuntimeHarness.assumeClang();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k + 1 < xs.size(); k++) {
            String a = i(xs.get(k)), b = i(xs.get(k + 1));
            for (String o : OPS) {
                lines.add(op(o, a, b));
            }
            lines.add(op("str", a));
            lines.add(op("hash", a));
            lines.add(op("invert", a));
            lines.add(op("float_of", a));
            int shift = xs.get(k + 1).abs().mod(BigInteger.valueOf(300)).intValue();
            lines.add(op("lshift", a, i(shift)));
            lines.add(op("rshift", a, i(shift)));
            lines.add(op("pow", a, i(shift % 40)));
            lines.add(op("pow", a, i(xs.get(k + 1).abs()), b));
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }

    @Provide
    Arbitrary<List<BigInteger>> hugeOperands() {
        // Beyond the Karatsuba cutoff (48 limbs = 1536 bits) and into multi-level recursion.
        Arbitrary<BigInteger> one = Arbitraries.integers().between(1000, 40000).flatMap(bits -> {
            BigInteger bound = BigInteger.TWO.pow(bits);
            return Arbitraries.bigIntegers().between(bound.negate(), bound);
        });
        return one.list().ofSize(12);
    }

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void karatsubaAndLongDivisionMatchCPython(@ForAll("hugeOperands") List<BigInteger> xs) {
        RuntimeHarness.assumeClang();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k + 1 < xs.size(); k++) {
            String a = i(xs.get(k)), b = i(xs.get(k + 1));
            for (String o : List.of("mul", "floordiv", "mod", "truediv", "add", "sub", "xor")) {
                lines.add(op(o, a, b));
            }
            lines.add(op("mul", a, a));
            lines.add(op("str", a));
            lines.add(op("hash", a));
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }
}
