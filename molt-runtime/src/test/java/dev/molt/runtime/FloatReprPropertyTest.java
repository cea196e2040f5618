package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.f;
import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/** float repr (shortest round trip), hash, round and arithmetic on random doubles against python3, batched. */
class FloatReprPropertyTest {
    @Provide
    Arbitrary<List<Double>> doubles() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble);
        Arbitrary<Double> decimalish = Arbitraries.integers().between(-999999, 999999)
                .flatMap(m -> Arbitraries.integers().between(-30, 30).map(e -> m * Math.pow(10, e)));
        return Arbitraries.oneOf(anyBits, decimalish).list().ofSize(400);
    }

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void reprHashRoundAndArithmeticMatchCPython(@ForAll("doubles") List<Double> xs) {
        RuntimeHarness.assumeClang();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < xs.size(); k++) {
            double x = xs.get(k), y = xs.get((k + 1) % xs.size());
            lines.add(op("repr", f(x)));
            if (!Double.isNaN(x)) {
                lines.add(op("hash", f(x)));
            }
            lines.add(op("round", f(x), i(k % 25 - 12)));
            lines.add(op("float_parse", s(Double.toString(x))));
            for (String o : List.of("add", "mul", "truediv", "floordiv", "mod", "lt")) {
                lines.add(op(o, f(x), f(y)));
            }
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }

    @Test
    void everyPowerOfTwoAndItsNeighboursReprLikeCPython() {
        // Powers of two have asymmetric rounding intervals: the hard case for shortest digits.
        List<String> lines = new ArrayList<>();
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            lines.add(op("repr", f(p)));
            lines.add(op("repr", f(Math.nextUp(p))));
            lines.add(op("repr", f(Math.nextDown(p))));
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }
}
