package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.f;
import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/** format(value, spec) on random specs of the mini-language and random ints, floats and strs, against python3. */
class FormatPropertyTest {
    private static final String[] FILLS = {"*", "0", "x", " ", "\u00e9", "\ud83d\ude00"};

    static String randomSpec(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextDouble() < 0.3) {
            if (r.nextBoolean()) {
                sb.append(FILLS[r.nextInt(FILLS.length)]);
            }
            sb.append("<>=^".charAt(r.nextInt(4)));
        }
        if (r.nextDouble() < 0.3) {
            sb.append("+- ".charAt(r.nextInt(3)));
        }
        if (r.nextDouble() < 0.15) {
            sb.append('z');
        }
        if (r.nextDouble() < 0.2) {
            sb.append('#');
        }
        if (r.nextDouble() < 0.2) {
            sb.append('0');
        }
        if (r.nextDouble() < 0.5) {
            sb.append(r.nextInt(26));
        }
        if (r.nextDouble() < 0.2) {
            sb.append(r.nextBoolean() ? ',' : '_');
        }
        if (r.nextDouble() < 0.4) {
            sb.append('.').append(r.nextInt(21));
        }
        if (r.nextDouble() < 0.7) {
            sb.append("bcdoxXneEfFgG%s".charAt(r.nextInt(15)));
        }
        return sb.toString();
    }

    static String randomValue(Random r) {
        double p = r.nextDouble();
        if (p < 0.35) {
            BigInteger v = new BigInteger(new int[] {1, 5, 20, 64, 100, 300}[r.nextInt(6)], r);
            return i(r.nextBoolean() ? v : v.negate());
        }
        if (p < 0.75) {
            double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.5,
                2.5, 1e16, 1e-5, 123.456, -0.0001};
            return switch (r.nextInt(3)) {
                case 0 -> f((r.nextDouble() - 0.5) * 2e6);
                case 1 -> f(Double.longBitsToDouble(r.nextLong()));
                default -> f(special[r.nextInt(special.length)]);
            };
        }
        String[] strs = {"", "a", "h\u00e9llo", "\ud83d\ude00x", "abc def"};
        return s(strs[r.nextInt(strs.length)]);
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void randomSpecsFormatLikeCPython(@ForAll long seed) {
        RuntimeHarness.assumeClang();
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            lines.add(op("format", randomValue(r), s(randomSpec(r))));
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }
}
