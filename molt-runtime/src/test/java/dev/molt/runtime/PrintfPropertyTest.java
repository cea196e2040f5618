package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/** printf-style {@code fmt % args} with random conversion specifiers and random argument tuples, against python3. */
class PrintfPropertyTest {
    static String randomSpecifier(Random r) {
        StringBuilder sb = new StringBuilder("%");
        int flags = r.nextInt(3);
        for (int k = 0; k < flags; k++) {
            sb.append("-+ #0".charAt(r.nextInt(5)));
        }
        double p = r.nextDouble();
        if (p < 0.1) {
            sb.append('*');
        } else if (p < 0.5) {
            sb.append(r.nextInt(25));
        }
        p = r.nextDouble();
        if (p < 0.1) {
            sb.append(".*");
        } else if (p < 0.45) {
            sb.append('.').append(r.nextInt(20));
        }
        sb.append("diouxXeEfFgGcrsa%".charAt(r.nextInt(17)));
        return sb.toString();
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void randomSpecifiersFormatLikeCPython(@ForAll long seed) {
        RuntimeHarness.assumeClang();
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 1500; k++) {
            StringBuilder fmt = new StringBuilder();
            List<String> args = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            for (int j = 0; j < n; j++) {
                if (r.nextDouble() < 0.3) {
                    fmt.append(r.nextBoolean() ? "x" : "\u00e9 ");
                }
                String spec = randomSpecifier(r);
                fmt.append(spec);
                // '*' takes a small int (a huge one is a MemoryError: too slow, and ASan refuses it)
                for (int star = 0; star < spec.chars().filter(c -> c == '*').count(); star++) {
                    args.add(RuntimeHarness.i(r.nextInt(41) - 20));
                }
                if (!spec.equals("%%")) {
                    // small ints often, so that %c gets usable values
                    args.add(r.nextDouble() < 0.25 ? RuntimeHarness.i(r.nextInt(40) - 10)
                            : FormatPropertyTest.randomValue(r));
                }
            }
            double p = r.nextDouble();
            if (p < 0.05 && !args.isEmpty()) {
                args.remove(args.size() - 1);
            } else if (p < 0.1) {
                args.add(RuntimeHarness.i(1));
            }
            List<String> tuple = new ArrayList<>(List.of("0", "tuple"));
            tuple.addAll(args);
            lines.add(op("=", tuple.toArray(String[]::new)));
            lines.add(op("mod", s(fmt.toString()), args.size() == 1 && r.nextBoolean() ? args.get(0) : "r:0"));
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }
}
