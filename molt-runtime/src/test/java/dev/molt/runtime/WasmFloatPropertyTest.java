package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.f;
import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/**
 * Float text on wasm32-wasi, where the runtime's own digit generation (floatdigits.c) and parser (floatparse.c)
 * replace printf and strtod: repr, round(x, n), float(str) and format(x, spec) of random doubles under node:wasi
 * against python3. (The native build uses the C library for these, checked by FloatReprPropertyTest and
 * FormatPropertyTest.)
 */
class WasmFloatPropertyTest {
    private static double randomDouble(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Double.longBitsToDouble(r.nextLong());
            case 1 -> (r.nextInt(1999999) - 999999) * Math.pow(10, r.nextInt(61) - 30);
            case 2 -> Math.scalb(1.0, r.nextInt(2098) - 1074) * (r.nextBoolean() ? 1 : -1);
            default -> r.nextInt(4001) / 8.0 - 250;
        };
    }

    /** The decimal with a 1 appended to its digits after the point: just above it, still near a tie. */
    private static String nudgedUp(String decimal) {
        int e = decimal.indexOf('E');
        String mant = e < 0 ? decimal : decimal.substring(0, e), exp = e < 0 ? "" : decimal.substring(e);
        return mant + (mant.contains(".") ? "1" : ".1") + exp;
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void reprRoundParseAndFormatMatchCPython(@ForAll long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            double x = randomDouble(r);
            lines.add(op("repr", f(x)));
            lines.add(op("round", f(x), i(r.nextInt(40) - 20)));
            lines.add(op("float_parse", s(Double.toString(x))));
            if (Double.isFinite(x)) {
                // the exact decimal value, and a digit more or less: rounding ties and near-ties
                String exact = new BigDecimal(x).toString();
                lines.add(op("float_parse", s(exact)));
                lines.add(op("float_parse", s(nudgedUp(exact))));
            }
            String spec = "." + r.nextInt(30) + "eEfFgG%".charAt(r.nextInt(7));
            lines.add(op("format", f(x), s(spec)));
            lines.add(op("format", f(x), s(FormatPropertyTest.randomSpec(r).replaceAll("[bcdoxXns]$", "g"))));
        }
        RuntimeHarness.assertWasmSameAsCPython(lines);
    }

    @Test
    void powersOfTwoAndNeighboursReprAndParseLikeCPython() {
        List<String> lines = new ArrayList<>();
        for (int e = -1074; e <= 1023; e += 3) {
            double p = Math.scalb(1.0, e);
            for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                lines.add(op("repr", f(v)));
                lines.add(op("float_parse", s(new BigDecimal(v).toString())));
            }
        }
        RuntimeHarness.assertWasmSameAsCPython(lines);
    }
}
