package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Random container workloads against python3 (PYTHONHASHSEED=0): the iteration order of sets of ints and strs after
 * random adds/discards/algebra (CPython's set table), dict operation sequences (insertion order, deletes,
 * re-inserts, popitem), and stable sorting with random keys. One driver and one python3 process per try.
 */
class ContainerPropertyTest {
    private static String randomInt(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> i(r.nextInt(64));
            case 1 -> i(r.nextInt(2000) - 1000);
            case 2 -> i(r.nextLong() >> r.nextInt(64));
            default -> i((long) r.nextInt(100) << r.nextInt(40));
        };
    }

    private static String randomStr(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(5);
        for (int k = 0; k < n; k++) {
            b.append(r.nextInt(10) == 0 ? (char) (0xE0 + r.nextInt(20)) : (char) ('a' + r.nextInt(6)));
        }
        return s(b.toString());
    }

    private static String randomKey(Random r, boolean strs) {
        return strs && r.nextBoolean() ? randomStr(r) : randomInt(r);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void setIterationOrderMatchesCPython(@ForAll long seed) {
        RuntimeHarness.assumeClang();
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            boolean strs = r.nextBoolean();
            lines.add(": 0 set");
            lines.add(": 1 set");
            int n = r.nextInt(120);
            for (int k = 0; k < n; k++) {
                String reg = r.nextInt(3) == 0 ? "r:1" : "r:0";
                String key = randomKey(r, strs);
                lines.add((r.nextInt(4) == 0 ? "meth a:discard " : "meth a:add ") + reg + " " + key);
                if (r.nextInt(40) == 0) {
                    lines.add("meth a:pop " + reg);
                }
            }
            lines.add("iter r:0");
            lines.add("iter r:1");
            for (String o : List.of("or", "and", "sub", "xor")) {
                lines.add(": 2 " + o + " r:0 r:1");
                lines.add("iter r:2");
                lines.add(": 2 " + o + " r:1 r:0");
                lines.add("iter r:2");
            }
            lines.add(": 3 call c:frozenset r:0");
            lines.add("hash r:3");
            lines.add("iter r:3");
            lines.add("ior r:0 r:1");
            lines.add("isub r:0 r:1");
            lines.add("iter r:0");
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void dictOperationSequencesMatchCPython(@ForAll long seed) {
        RuntimeHarness.assumeClang();
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            lines.add(": 0 dict");
            int n = r.nextInt(150);
            for (int k = 0; k < n; k++) {
                String key = r.nextBoolean() ? i(r.nextInt(30)) : s("k" + r.nextInt(30));
                switch (r.nextInt(8)) {
                    case 0, 1, 2 -> lines.add("setitem r:0 " + key + " " + i(k));
                    case 3 -> lines.add("delitem r:0 " + key);
                    case 4 -> lines.add("meth a:pop r:0 " + key + " n");
                    case 5 -> lines.add("meth a:setdefault r:0 " + key + " " + i(-k));
                    case 6 -> lines.add("getitem r:0 " + key);
                    default -> lines.add(r.nextInt(5) == 0 ? "meth a:popitem r:0" : "contains " + key + " r:0");
                }
            }
            lines.add("repr r:0");
            lines.add("iter r:0");
            lines.add("len r:0");
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void sortIsStableWithRandomKeysAndReverse(@ForAll long seed) {
        RuntimeHarness.assumeClang();
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            int n = r.nextInt(60); // the driver takes at most 64 arguments per line
            StringBuilder b = new StringBuilder("= 0 list");
            int range = 1 + r.nextInt(50);
            for (int k = 0; k < n; k++) {
                // Equal keys under abs/str/len with distinct items make stability visible.
                b.append(' ').append(i(r.nextInt(2 * range + 1) - range));
            }
            lines.add(b.toString());
            String key = List.of("", " w:key c:abs", " w:key c:str", " w:key c:repr").get(r.nextInt(4));
            String rev = r.nextBoolean() ? " w:reverse b:1" : "";
            lines.add("call c:sorted r:0" + key + rev);
            lines.add("meth a:sort r:0" + key + rev);
            lines.add("repr r:0");
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }
}
