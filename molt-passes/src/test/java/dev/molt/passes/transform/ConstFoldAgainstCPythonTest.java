package dev.molt.passes.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Attr;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Signature;
import dev.molt.ir.Value;
import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.verify.Verifier;
import dev.molt.passes.PassManager;
import dev.molt.passes.Pipeline;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every constant expression const-fold folds must give exactly what CPython (python3, the oracle) gives; an
 * expression CPython raises on must not be folded. Operands range over ints (small, negative, 64-bit edges,
 * huge), bools, floats (signed zeros, inf, nan), strs (astral and surrogate-adjacent characters) and None.
 */
class ConstFoldAgainstCPythonTest {
    /** A Python constant: how to make it in IR and how to spell it in Python. */
    record K(String python, java.util.function.Function<FunctionBuilder, Value> make) {}

    static List<K> constants() {
        List<K> ks = new ArrayList<>();
        for (String i : List.of("0", "1", "-1", "2", "-7", "3", "53", "64", "100000000000000000000", "-9223372036854775808",
                "9007199254740993", "1267650600228229401496703205376"))
            ks.add(new K("(" + i + ")", b -> b.py().constInt(new BigInteger(i))));
        ks.add(new K("True", b -> b.py().constBool(true)));
        ks.add(new K("False", b -> b.py().constBool(false)));
        double[] fs = {0.0, -0.0, 1.5, -2.0, 7.5, 0.1, 1e308, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double d : fs) ks.add(new K("float.fromhex('" + hex(d) + "')", b -> b.py().constFloat(d)));
        for (String s : List.of("", "ab", "\u00e9", "\ud83d\ude00", "\uffff", "b"))
            ks.add(new K("''.join(map(chr, " + s.codePoints().boxed().toList() + "))", b -> b.py().constStr(s)));
        ks.add(new K("None", b -> b.py().none()));
        return ks;
    }

    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Double.toHexString(d);
    }

    static final List<String[]> BINARY = List.of(new String[] {"add", "+"}, new String[] {"sub", "-"}, new String[] {"mul", "*"},
            new String[] {"truediv", "/"}, new String[] {"floordiv", "//"}, new String[] {"mod", "%"}, new String[] {"pow", "**"},
            new String[] {"lshift", "<<"}, new String[] {"rshift", ">>"}, new String[] {"bitand", "&"},
            new String[] {"bitor", "|"}, new String[] {"bitxor", "^"}, new String[] {"eq", "=="}, new String[] {"ne", "!="},
            new String[] {"lt", "<"}, new String[] {"le", "<="}, new String[] {"gt", ">"}, new String[] {"ge", ">="});
    static final List<String[]> UNARY = List.of(new String[] {"neg", "-"}, new String[] {"pos", "+"}, new String[] {"invert", "~"},
            new String[] {"not", "not "});

    @Test
    void foldedResultsMatchCPython() throws Exception {
        Module m = new Module("");
        List<String> exprs = new ArrayList<>();
        List<K> ks = constants();
        int n = 0;
        for (K a : ks) {
            for (String[] u : UNARY) {
                FunctionBuilder b = FunctionBuilder.create(m, "f" + n++, Signature.pyFunction(0));
                b.cf().ret(b.py().unary(u[0], a.make().apply(b)));
                exprs.add(u[1] + a.python());
            }
            {
                FunctionBuilder b = FunctionBuilder.create(m, "f" + n++, new Signature(List.of(), List.of(dev.molt.ir.Type.BOOL)));
                b.cf().ret(b.py().truthy(a.make().apply(b)));
                exprs.add("bool(" + a.python() + ")");
            }
            for (K c : ks)
                for (String[] op : BINARY) {
                    FunctionBuilder b = FunctionBuilder.create(m, "f" + n++, Signature.pyFunction(0));
                    Value x = a.make().apply(b), y = c.make().apply(b);
                    b.cf().ret(b.op("py." + op[0], List.of(x, y), java.util.Map.of()).result());
                    exprs.add(a.python() + " " + op[1] + " " + c.python());
                }
        }
        new PassManager(Pipeline.of(new ConstFold())).verifyEach(true).run(m);
        assertEquals(List.of(), Verifier.verify(m));

        List<String> folded = new ArrayList<>(), foldedExprs = new ArrayList<>();
        int i = 0;
        for (var f : m.functions()) {
            Value r = f.entry().terminator().operand(0);
            Op d = ((OpResult) r).op();
            String got = describe(d);
            if (got != null) {
                folded.add(got);
                foldedExprs.add(exprs.get(i));
            }
            i++;
        }
        assertTrue(folded.size() > 2000, "only " + folded.size() + " of " + exprs.size() + " folded");
        List<String> want = python(foldedExprs);
        for (int k = 0; k < folded.size(); k++)
            assertTrue(same(folded.get(k), want.get(k)), foldedExprs.get(k) + ": folded to " + folded.get(k) + ", CPython gives " + want.get(k));
    }

    /** The folded constant as "type:value" (str as code points), or null if the op is not a constant. */
    static String describe(Op d) {
        return switch (d.name()) {
            case "py.const.int" -> "int:" + d.intAttr("value");
            case "py.const.float" -> "float:" + ((Attr.Float) d.attr("value")).value();
            case "py.const.bool", "bool.const" -> "bool:" + (((Attr.Bool) d.attr("value")).value() ? "True" : "False");
            case "py.const.str" -> "str:" + String.join(",", d.strAttr("value").codePoints().mapToObj(Integer::toString).toList());
            default -> null;
        };
    }

    static boolean same(String folded, String python) {
        if (folded.startsWith("float:") && python.startsWith("float:")) {
            double a = Double.parseDouble(folded.substring(6));
            String p = python.substring(6);
            double b = switch (p) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(p);
            };
            return Double.isNaN(a) ? Double.isNaN(b) : Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
        }
        return folded.equals(python);
    }

    static List<String> python(List<String> exprs) throws IOException, InterruptedException {
        String script = """
                import sys
                for line in sys.stdin:
                    try:
                        r = eval(line)
                    except Exception as e:
                        print("raise:" + type(e).__name__)
                        continue
                    t = type(r).__name__
                    if t == "str":
                        print("str:" + ",".join(str(ord(c)) for c in r))
                    else:
                        print(t + ":" + repr(r))
                """;
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        Thread feeder = new Thread(() -> {
            try (var w = p.outputWriter(StandardCharsets.UTF_8)) {
                for (String e : exprs) w.write(e + "\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        feeder.join();
        assertEquals(exprs.size(), out.size(), "python3 output: " + out);
        return out;
    }
}
