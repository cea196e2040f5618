package dev.molt.frontend.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden lowering tests: each {@code src/test/resources/lower/*.py} is lowered; the printed IR must verify,
 * round-trip through the IR parser, survive {@code O2} with verify-each, and match the file's directives
 * (FileCheck-like, as molt-passes' filetests):
 * <pre>
 * # check: TEXT      a later line of the printed IR contains TEXT
 * # nextln: TEXT     the next line contains TEXT
 * # not: TEXT        no line between the previous and the next match contains TEXT
 * # error: TEXT      lowering fails; the i-th diagnostic contains TEXT (e.g. "3:5: error: unsupported: ...")
 * </pre>
 * TEXT is literal except {@code {{regex}}} parts. The check lines pin the evaluation order CPython has
 * (Python Language Reference §6.16), which the IR must keep since it has no interpreter yet.
 */
class LowerFileTest {
    static final Path DIR = Path.of(System.getProperty("molt.lower.dir", "src/test/resources/lower"));

    record Directive(String kind, String pattern, int line) {
        boolean foundIn(String text) {
            if (!pattern.contains("{{")) return text.contains(pattern);
            StringBuilder re = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                int open = pattern.indexOf("{{", i);
                if (open < 0) {
                    re.append(Pattern.quote(pattern.substring(i)));
                    break;
                }
                int close = pattern.indexOf("}}", open + 2);
                if (open > i) re.append(Pattern.quote(pattern.substring(i, open)));
                re.append('(').append(pattern, open + 2, close).append(')');
                i = close + 2;
            }
            return Pattern.compile(re.toString()).matcher(text).find();
        }
    }

    @TestFactory
    Stream<DynamicTest> files() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() > 20, "test files found in " + DIR.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    static String lowerToText(SourceFile src) {
        Module ast = PythonParser.parse(src);
        dev.molt.ir.Module ir = Lowering.lower(ast, SymbolTable.build(ast, src), src);
        String text = IrPrinter.print(ir);
        assertEquals(List.of(), Verifier.verify(ir), () -> "verifier, on:\n" + text);
        String again = IrPrinter.print(IrParser.parseModule(text, Lowering.opRegistry()));
        assertEquals(text, again, "print -> parse -> print");
        PassManager.parse("O2", PassRegistry.standard()).verifyEach(true).run(ir);
        return text;
    }

    private static void run(Path p) {
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Directive> ds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            for (String k : List.of("check", "nextln", "not")) {
                if (t.startsWith("# " + k + ":")) ds.add(new Directive(k, t.substring(k.length() + 3).strip(), i + 1));
            }
            if (t.startsWith("# error:")) errors.add(t.substring(8).strip());
        }
        SourceFile src = new SourceFile(p.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
        if (!errors.isEmpty()) {
            try {
                lowerToText(src);
                fail("expected lowering to fail with " + errors);
            } catch (LoweringException e) {
                List<Diagnostic> got = e.diagnostics();
                assertEquals(errors.size(), got.size(), "diagnostics: " + got);
                for (int i = 0; i < errors.size(); i++)
                    assertTrue(got.get(i).toString().contains(errors.get(i)), got.get(i) + " should contain " + errors.get(i));
            }
            return;
        }
        String out = lowerToText(src);
        if (ds.isEmpty()) fail("no # check: lines; output:\n" + out);
        String bad = match(ds, out.split("\n", -1));
        if (bad != null) fail(p.getFileName() + ": " + bad + "\n--- output:\n" + out);
    }

    static String match(List<Directive> ds, String[] out) {
        int pos = -1;
        List<Directive> nots = new ArrayList<>();
        for (Directive d : ds) {
            switch (d.kind()) {
                case "not" -> nots.add(d);
                case "check" -> {
                    int found = -1;
                    for (int i = pos + 1; i < out.length && found < 0; i++) if (d.foundIn(out[i])) found = i;
                    if (found < 0) return "line " + d.line() + ": check not found after output line " + (pos + 1) + ": " + d.pattern();
                    String b = nots(nots, out, pos + 1, found);
                    if (b != null) return b;
                    nots.clear();
                    pos = found;
                }
                default -> {
                    int i = pos + 1;
                    if (i >= out.length || !d.foundIn(out[i]))
                        return "line " + d.line() + ": nextln expected '" + d.pattern() + "' at output line " + (i + 1) + " but it is '"
                                + (i < out.length ? out[i] : "<end>") + "'";
                    String b = nots(nots, out, pos + 1, i);
                    if (b != null) return b;
                    nots.clear();
                    pos = i;
                }
            }
        }
        return nots(nots, out, pos + 1, out.length);
    }

    private static String nots(List<Directive> nots, String[] out, int from, int to) {
        for (Directive d : nots)
            for (int i = from; i < to; i++)
                if (d.foundIn(out[i])) return "line " + d.line() + ": 'not' pattern found at output line " + (i + 1) + ": " + out[i];
        return null;
    }
}
