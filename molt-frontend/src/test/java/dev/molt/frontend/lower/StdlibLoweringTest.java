package dev.molt.frontend.lower;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.ir.verify.VerifyError;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lowering on every file of the machine's CPython standard library (except {@code site-packages}; files our
 * parser or scope analysis rejects as CPython does are skipped): every lowered module must pass the verifier,
 * round-trip through the IR text form (print, parse, print identical), and survive the {@code O2} pipeline with
 * verify-each. Prints, and writes to {@code <build dir>/lowering-coverage.md} ({@code target/} or the {@code -Dmolt.target} folder), the share of files and code objects
 * that lower with no "unsupported" diagnostic and the unsupported forms by count (docs/lowering.md quotes it).
 *
 * <p>O2 runs on every file whose index is divisible by {@code -Dmolt.lower.o2every=N} (default 1: all files).
 */
@Tag("slow")
class StdlibLoweringTest {
    @Test
    void stdlib() throws Exception {
        List<Path> files = StdlibCorpus.files();
        Path root = StdlibCorpus.root();
        int o2Every = Integer.getInteger("molt.lower.o2every", 1);
        int parsed = 0, filesOk = 0, codeObjects = 0, codeOk = 0, functions = 0, functionsOk = 0, lines = 0, o2Runs = 0;
        Map<String, Integer> unsupported = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String rel = root.relativize(file).toString();
            SourceFile src;
            Module ast;
            SymbolTable table;
            try {
                src = new SourceFile(rel, Files.readAllBytes(file));
                ast = PythonParser.parse(src);
                table = SymbolTable.build(ast, src);
            } catch (PySyntaxError e) {
                continue;
            }
            parsed++;
            LoweringResult r;
            try {
                r = Lowering.lowerCollecting(ast, table, src);
            } catch (RuntimeException e) {
                failures.add(rel + ": lowering crashed: " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
                continue;
            }
            codeObjects += r.codeObjects();
            codeOk += r.codeObjectsLowered();
            functions += r.functions();
            functionsOk += r.functionsLowered();
            if (r.diagnostics().isEmpty()) filesOk++;
            for (Diagnostic d : r.diagnostics()) unsupported.merge(d.message(), 1, Integer::sum);
            List<VerifyError> errs = Verifier.verify(r.module());
            if (!errs.isEmpty()) {
                failures.add(rel + ": verifier: " + errs.subList(0, Math.min(3, errs.size())));
                continue;
            }
            String text = IrPrinter.print(r.module());
            try {
                String again = IrPrinter.print(IrParser.parseModule(text, Lowering.opRegistry()));
                if (!again.equals(text)) failures.add(rel + ": print -> parse -> print differs");
            } catch (RuntimeException e) {
                failures.add(rel + ": IR parse: " + e.getMessage());
                continue;
            }
            if (i % o2Every == 0) {
                try {
                    PassManager.parse("O2", PassRegistry.standard()).verifyEach(true).run(r.module());
                    o2Runs++;
                } catch (RuntimeException e) {
                    String msg = String.valueOf(e.getMessage());
                    failures.add(rel + ": O2: " + msg.substring(0, Math.min(400, msg.length())));
                }
            }
            lines += (int) new String(src.bytes(), StandardCharsets.UTF_8).lines().count();
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("files: %d of %d parsed files lower with no unsupported construct (%.2f%%)%n",
                filesOk, parsed, 100.0 * filesOk / Math.max(1, parsed)));
        report.append(String.format("functions (def, async def, lambda, comprehensions, PEP 695 scopes): %d of %d (%.2f%%)%n",
                functionsOk, functions, 100.0 * functionsOk / Math.max(1, functions)));
        report.append(String.format("code objects (module, class bodies, functions, lambdas, comprehensions): %d of %d (%.2f%%)%n",
                codeOk, codeObjects, 100.0 * codeOk / Math.max(1, codeObjects)));
        report.append(String.format("source lines: %d; O2 with verify-each ran on %d files%n", lines, o2Runs));
        report.append("unsupported forms by count:\n");
        unsupported.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> report.append(String.format("  %5d  %s%n", e.getValue(), e.getKey())));
        System.out.println(report);
        Path out = Path.of(System.getProperty("molt.build.dir", System.getProperty("molt.target", "target")), "lowering-coverage.md");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } catch (IOException e) {
            // the report is also on stdout
        }
        assertTrue(parsed > 1000, "stdlib files found: " + parsed);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }
}
