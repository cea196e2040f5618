package dev.molt.jmh;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.lower.Lowering;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lowering throughput (AST and scopes to Molt IR, docs/lowering.md), alone and followed by the {@code O2} pipeline,
 * over the machine's CPython standard library (the corpus of {@link ParseBenchmark}: {@code -Dmolt.bench.corpus=FILE}
 * or python3's stdlib without site-packages).
 *
 * <p>{@code @Setup} reads, parses and scope-analyses every file once (files our parser, scope analysis or
 * lowering rejects are left out and counted); one benchmark operation lowers the whole corpus. The auxiliary
 * counter {@code lines} is reported as a rate: source lines per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms6g", "-Xmx6g"})
public class LowerBenchmark {

    /** One analysed file. */
    record Unit(SourceFile source, Module ast, SymbolTable table, long lines) {}

    /** The analysed corpus, made once per run. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Unit> units;
        long lines;

        @Setup(Level.Trial)
        public void load() throws IOException, InterruptedException {
            List<Path> paths = ParseBenchmark.corpusPaths();
            List<Unit> ok = new ArrayList<>(paths.size());
            int rejected = 0;
            long total = 0;
            for (Path p : paths) {
                try {
                    SourceFile f = SourceFile.read(p);
                    Module ast = PythonParser.parse(f);
                    SymbolTable t = SymbolTable.build(ast, f);
                    Lowering.lower(ast, t, f);
                    long n = new String(f.bytes(), StandardCharsets.UTF_8).lines().count();
                    ok.add(new Unit(f, ast, t, n));
                    total += n;
                } catch (RuntimeException | StackOverflowError e) { // syntax error, unsupported, or a defect
                    rejected++;
                }
            }
            if (ok.isEmpty()) throw new IllegalStateException("no corpus file lowered");
            units = List.copyOf(ok);
            lines = total;
            System.out.printf("%ncorpus: %d files, %d lines (%d of %d files rejected)%n", units.size(), lines,
                    rejected, paths.size());
        }
    }

    /** Source lines processed, reported by JMH as a rate (lines/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Lines {
        public long lines;

        @Setup(Level.Iteration)
        public void reset() {
            lines = 0;
        }
    }

    /** Lower every file of the corpus to IR. */
    @Benchmark
    public void lower(Corpus corpus, Lines counter, Blackhole bh) {
        for (Unit u : corpus.units) bh.consume(Lowering.lower(u.ast(), u.table(), u.source()));
        counter.lines += corpus.lines;
    }

    /** Lower every file of the corpus and run the O2 pipeline on it. */
    @Benchmark
    public void lowerAndO2(Corpus corpus, Lines counter, Blackhole bh) {
        PassRegistry passes = PassRegistry.standard();
        for (Unit u : corpus.units) {
            dev.molt.ir.Module m = Lowering.lower(u.ast(), u.table(), u.source());
            bh.consume(PassManager.parse("O2", passes).run(m));
        }
        counter.lines += corpus.lines;
    }
}
