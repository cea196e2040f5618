package dev.molt.frontend.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.testing.Oracles;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PyRepr} against python3's {@code repr()} on many values, one python3 process per batch. */
class PyReprTest {

    /** Runs a python3 program that reads one input per line and prints one repr per line. */
    private static List<String> python(String program, List<String> inputs) throws IOException, InterruptedException {
        return python("python3", program, inputs);
    }

    /** As {@link #python(String, List)} with the interpreter {@code exe}. */
    private static List<String> python(String exe, String program, List<String> inputs)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(exe, "-c", program).redirectErrorStream(false).start();
        List<String> out = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
                for (String s : inputs) {
                    w.write(s);
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        }
        writer.join();
        assertEquals(0, p.waitFor(), "python3 failed");
        return out;
    }

    @Test
    void floatReprMatchesPython() throws Exception {
        Random rnd = new Random(12345);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0,
                1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 2.5, 100.0,
                9999999999999998.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
        for (int i = 0; i < 3000; i++) {
            values.add(Double.longBitsToDouble(rnd.nextLong()));
            values.add(rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20));
            values.add((double) rnd.nextInt(100000) / Math.pow(10, rnd.nextInt(8)));
        }
        List<String> hex = values.stream().map(Double::doubleToRawLongBits).map(Long::toHexString).toList();
        List<String> expected = python(
                "import sys,struct\nfor l in sys.stdin:\n x=struct.unpack('<d',int(l,16).to_bytes(8,'little'))[0]\n"
                        + " print(repr(x), repr(complex(0, abs(x)) if x==x else complex(0,x)))",
                hex);
        for (int i = 0; i < values.size(); i++) {
            double x = values.get(i);
            String got = PyRepr.floatRepr(x) + " "
                    + PyRepr.complexRepr(0.0, Double.isNaN(x) ? x : Math.abs(x));
            assertEquals(expected.get(i), got, "repr of " + x);
        }
    }

    /**
     * {@code repr(str)} against CPython 3.12 (whose Unicode 15.0 decides which characters print),
     * on exact code point sequences: random ones drawn near interesting blocks, including
     * surrogates, so that a high surrogate code point is often followed by a low one (two code
     * points in Python, which {@link ConstantValue.Str} keeps apart from the pair of one).
     */
    @Test
    void strReprMatchesPython312() throws Exception {
        String python312 = Oracles.python312();
        assumeTrue(python312 != null, "no CPython 3.12: give -Dmolt.python312=/path/to/python3.12");
        Random rnd = new Random(7);
        List<int[]> values = new ArrayList<>();
        for (String s : List.of("", "a", "'", "\"", "'\"", "\\", "\t\n\r", "\u0000\u001f\u007f",
                "\u00a0\u00ff\u0100", "é", "日本", "\ud83d\ude00", "\u200b", "\u2028", "\ue000", "\ud800", "x\udfffy",
                "\u2ffc", "\u31ef", "\ua7cb", "\u0897")) {
            values.add(s.codePoints().toArray());
        }
        values.add(new int[] {0xd834, 0xdd1e});
        values.add(new int[] {0xd834, 0xdd1e, 0x1d11e, 0xdbff, 0xdfff, 0xd800});
        values.add(new int[] {0xdc00, 0xd800, 0xdc00, 0xdc00});
        int[] pools = {0x20, 0x7f, 0xa0, 0x300, 0x2000, 0x2ff0, 0xa7c0, 0xd7ff, 0xdbf0, 0xdc10, 0xe000, 0xfff0,
                0x11f00, 0x1f600, 0xe0001, 0x10fff0};
        for (int i = 0; i < 3000; i++) {
            int[] cps = new int[rnd.nextInt(6)];
            for (int k = 0; k < cps.length; k++) {
                int base = pools[rnd.nextInt(pools.length)];
                cps[k] = Math.min(0x10ffff, Math.max(0, base + rnd.nextInt(64) - 32));
            }
            values.add(cps);
        }
        // Send code points as hex so lone surrogates survive the trip.
        List<String> encoded = values.stream()
                .map(cps -> String.join(",", java.util.Arrays.stream(cps).mapToObj(Integer::toHexString).toList()))
                .toList();
        List<String> expected = python(python312,
                "import sys\nfor l in sys.stdin:\n l=l.strip()\n s=''.join(chr(int(c,16)) for c in l.split(',')) if l else ''\n"
                        + " print(ascii(repr(s)))",
                encoded);
        for (int i = 0; i < values.size(); i++) {
            ConstantValue.Str str = ConstantValue.Str.ofCodePoints(values.get(i));
            assertArrayEquals(values.get(i), str.codePoints(), "code points of " + encoded.get(i));
            assertEquals(values.get(i).length, str.length(), "len of " + encoded.get(i));
            // python printed ascii(repr(s)) so that any code point survives stdout; undo it here.
            assertEquals(expected.get(i), ascii(str.repr()), "repr of " + encoded.get(i));
            if (str.isPlainUtf16()) {
                assertEquals(str.repr(), PyRepr.strRepr(str.value()));
            }
        }
    }

    /** {@link PyRepr#isPrintable} is CPython 3.12's {@code str.isprintable()} on every code point. */
    @Test
    void isPrintableMatchesPython312OnEveryCodePoint() throws Exception {
        String python312 = Oracles.python312();
        assumeTrue(python312 != null, "no CPython 3.12: give -Dmolt.python312=/path/to/python3.12");
        List<String> out = python(python312, """
                import sys
                sys.stdin.read()
                prev = False
                for cp in range(0x110000):
                    if chr(cp).isprintable() != prev:
                        print(cp)
                        prev = not prev
                """, List.of());
        int k = 0;
        List<String> diffs = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            while (k < out.size() && Integer.parseInt(out.get(k)) <= cp) {
                k++;
            }
            boolean python = (k & 1) == 1;
            if (python != PyRepr.isPrintable(cp) && diffs.size() < 20) {
                diffs.add(String.format("U+%04X python=%s", cp, python));
            }
        }
        assertEquals(List.of(), diffs);
    }

    @Test
    void bytesReprMatchesPython() throws Exception {
        Random rnd = new Random(3);
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[rnd.nextInt(8)];
            rnd.nextBytes(b);
            values.add(b);
        }
        values.add("it's".getBytes(StandardCharsets.US_ASCII));
        values.add("'\"".getBytes(StandardCharsets.US_ASCII));
        List<String> hex = values.stream().map(PyReprTest::hex).toList();
        List<String> expected = python("import sys\nfor l in sys.stdin:\n print(repr(bytes.fromhex(l.strip())))", hex);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(expected.get(i), PyRepr.bytesRepr(values.get(i)));
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    /** Python's {@code ascii(r)} for a repr string {@code r}: repr of it with non-ASCII escaped. */
    private static String ascii(String repr) {
        String r = PyRepr.strRepr(repr);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}
