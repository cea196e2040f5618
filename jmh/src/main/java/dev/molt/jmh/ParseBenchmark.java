package dev.molt.jmh;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
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
 * Frontend throughput over a corpus of real Python: the machine's CPython standard library.
 *
 * <p>One benchmark operation is one pass over the whole corpus (every file tokenized, or
 * tokenized and parsed to an AST, from its bytes). The corpus is the list of paths in the file
 * named by the system property {@code molt.bench.corpus} (one per line, as
 * {@code bench/cpython_parse.py --list} writes it, so both sides parse the same files); without
 * it, every {@code .py} file under {@code python3}'s stdlib folder except {@code site-packages}.
 * All files are read into memory in {@code @Setup}; files our parser rejects are left out of the
 * corpus and counted (they are printed at setup).
 *
 * <p>Results: besides the passes per second, the auxiliary counter {@code bytes} is reported as a
 * rate, in source bytes per second: divide by 10^6 for MB/s. {@code bench/parse_throughput.sh}
 * runs this and prints the table against CPython's {@code ast.parse}. Pass the corpus with
 * {@code -jvmArgsPrepend -Dmolt.bench.corpus=FILE}: JMH's {@code -jvmArgsAppend} on the command
 * line would replace the heap and stack options of {@code @Fork}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms2g", "-Xmx2g"})
public class ParseBenchmark {

    /** The corpus, loaded once per run. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<SourceFile> files;
        long bytes;

        @Setup(Level.Trial)
        public void load() throws IOException, InterruptedException {
            List<Path> paths = corpusPaths();
            List<SourceFile> ok = new ArrayList<>(paths.size());
            List<String> rejected = new ArrayList<>();
            long total = 0;
            for (Path p : paths) {
                SourceFile f = SourceFile.read(p);
                try {
                    PythonParser.parse(f);
                } catch (RuntimeException | StackOverflowError e) { // PySyntaxError, or a parser defect
                    rejected.add(p + ": " + e);
                    continue;
                }
                ok.add(f);
                total += f.bytes().length;
            }
            if (ok.isEmpty()) {
                throw new IllegalStateException("Molt's parser accepted none of the " + paths.size()
                        + " corpus files; first rejection: " + (rejected.isEmpty() ? "-" : rejected.get(0)));
            }
            files = List.copyOf(ok);
            bytes = total;
            System.out.printf("%ncorpus: %d files, %d bytes (%d of %d files rejected by Molt's parser)%n",
                    files.size(), bytes, rejected.size(), paths.size());
            rejected.stream().limit(20).forEach(r -> System.out.println("  rejected " + r));
        }
    }

    /** Source bytes processed, reported by JMH as a rate (bytes/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    /** Tokenize and parse every file of the corpus to its AST. */
    @Benchmark
    public void parse(Corpus corpus, Bytes counter, Blackhole bh) {
        for (SourceFile f : corpus.files) {
            bh.consume(PythonParser.parse(f));
        }
        counter.bytes += corpus.bytes;
    }

    /** Tokenize every file of the corpus (as the parser sees it: no COMMENT or NL tokens). */
    @Benchmark
    public void tokenize(Corpus corpus, Bytes counter, Blackhole bh) {
        for (SourceFile f : corpus.files) {
            bh.consume(Tokenizer.tokenize(f));
        }
        counter.bytes += corpus.bytes;
    }

    static List<Path> corpusPaths() throws IOException, InterruptedException {
        String list = System.getProperty("molt.bench.corpus");
        if (list != null && !list.isBlank()) {
            return Files.readAllLines(Path.of(list)).stream()
                    .filter(s -> !s.isBlank()).map(Path::of).toList();
        }
        Process p = new ProcessBuilder("python3", "-c",
                "import sysconfig;print(sysconfig.get_paths()['stdlib'])").start();
        String root = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0 || root.isEmpty()) {
            throw new IOException("python3 did not print its stdlib path; set -Dmolt.bench.corpus=FILE");
        }
        try (var walk = Files.walk(Path.of(root))) {
            return walk.filter(f -> f.toString().endsWith(".py"))
                    .filter(f -> !f.toString().contains("/site-packages/"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
