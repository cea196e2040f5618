package dev.molt.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.testing.Oracles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every .py file of the machine's CPython standard library (site-packages excluded): our scope tree must equal
 * {@code symtable.symtable(src, path, "exec")}'s — same scopes (type, name, line) in the same order, same
 * symbols, every flag of every symbol. Files CPython's symtable rejects are skipped.
 *
 * <p>The tree is built from CPython's own AST (through {@code tools/symtable_oracle.py --ast}) so that this
 * measures the scope analysis alone; when Molt's parser is available, the tree built from Molt's AST is checked
 * too and its disagreements are listed separately.
 *
 * <p>A second test does the same for CPython 3.12's standard library against its {@code symtable}, in the
 * {@link SymtableDialect#CPYTHON_3_12} dialect, where a CPython 3.12 is installed.
 */
@Tag("slow")
class StdlibSymtableTest {

    static Path stdlib(String python) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c",
                "import sysconfig;print(sysconfig.get_paths()['stdlib'])").start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return Path.of(out);
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                    .filter(f -> !root.relativize(f).toString().contains("site-packages"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void scopeTreesAgreeWithCPythonSymtableOnTheStandardLibrary() throws Exception {
        run("python3", SymtableDialect.CPYTHON_3_11);
    }

    @Test
    void scopeTreesAgreeWithCPython312SymtableOnItsStandardLibrary() throws Exception {
        String python = Oracles.python312();
        assumeTrue(python != null, "no CPython 3.12 installed");
        run(python, SymtableDialect.CPYTHON_3_12);
    }

    private static void run(String python, SymtableDialect dialect) throws Exception {
        List<Path> files = files(stdlib(python));
        assertTrue(files.size() > 500, "stdlib not found: " + files.size() + " files");
        int compared = 0;
        int skipped = 0;
        int agreeing = 0;
        int moltParsed = 0;
        int moltAgreeing = 0;
        int moltParseFailures = 0;
        boolean moltParser = true;
        List<String> report = new ArrayList<>();
        List<String> moltReport = new ArrayList<>();
        try (SymtableOracle oracle = new SymtableOracle(python)) {
            Thread feeder = new Thread(() -> {
                for (Path f : files) {
                    oracle.send(f.toString());
                }
                oracle.finish();
            });
            feeder.setDaemon(true);
            feeder.start();
            for (int n = 0; n < files.size(); n++) {
                SymtableOracle.Answer a = SymtableOracle.Answer.of(oracle.receive());
                if (!a.ok() || a.ast() == null) {
                    skipped++;
                    continue;
                }
                compared++;
                List<String> d = check(CPythonAst.module(a.ast()), a, dialect);
                if (d.isEmpty()) {
                    agreeing++;
                } else {
                    report.add(a.path() + ":\n    " + String.join("\n    ", d.subList(0, Math.min(8, d.size()))));
                }
                if (moltParser) {
                    Module m;
                    try {
                        m = PythonParser.parse(SourceFile.read(Path.of(a.path())));
                    } catch (UnsupportedOperationException e) {
                        moltParser = false;
                        continue;
                    } catch (RuntimeException | StackOverflowError e) {
                        moltParseFailures++;
                        continue;
                    }
                    moltParsed++;
                    List<String> d2 = check(m, a, dialect);
                    if (d2.isEmpty()) {
                        moltAgreeing++;
                    } else {
                        moltReport.add(a.path() + " (Molt parser):\n    "
                                + String.join("\n    ", d2.subList(0, Math.min(4, d2.size()))));
                    }
                }
            }
        }
        String summary = String.format("[%s] symtable agreement (CPython AST): %d/%d files agree, %d skipped"
                + " (rejected by CPython's symtable)%n", python, agreeing, compared, skipped)
                + (moltParser
                        ? String.format("symtable agreement (Molt parser): %d/%d parsed files agree, %d parse failures%n",
                                moltAgreeing, moltParsed, moltParseFailures)
                        : "Molt parser not available yet: only CPython's AST was checked\n");
        System.out.print(summary);
        if (!moltReport.isEmpty()) {
            System.out.println(String.join("\n", moltReport.subList(0, Math.min(50, moltReport.size()))));
        }
        assertTrue(report.isEmpty(), summary + String.join("\n", report));
    }

    private static List<String> check(Module module, SymtableOracle.Answer a, SymtableDialect dialect) {
        try {
            return ScopeTreeDiff.diff(SymbolTable.build(module, a.path(), dialect).top(), a.table());
        } catch (PySyntaxError e) {
            return List.of("we raised " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return List.of("crash: " + e);
        }
    }
}
