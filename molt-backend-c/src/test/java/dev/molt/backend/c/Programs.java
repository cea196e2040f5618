package dev.molt.backend.c;

import dev.molt.ir.Module;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Test programs under src/test/resources/programs: NAME.mir (the IR) and NAME.py (its Python twin). */
final class Programs {
    private Programs() {}

    /** What a process did. */
    record Run(int exitCode, String stdout, String stderr) {}

    static String resource(String path) {
        try (InputStream in = Programs.class.getResourceAsStream("/programs/" + path)) {
            if (in == null) throw new IllegalArgumentException("no test resource programs/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verified IR of program {@code name}: NAME.mir if there is one, else NAME.py lowered by molt-frontend. */
    static Module irOrLowered(String name) {
        if (Programs.class.getResource("/programs/" + name + ".mir") != null) return ir(name);
        dev.molt.frontend.SourceFile src = dev.molt.frontend.SourceFile.of(name + ".py", resource(name + ".py"));
        var ast = dev.molt.frontend.PythonParser.parse(src);
        Module m = dev.molt.frontend.lower.Lowering.lower(ast, dev.molt.frontend.scope.SymbolTable.build(ast, src), src);
        Verifier.check(m);
        return m;
    }

    /** The verified IR of program {@code name}. */
    static Module ir(String name) {
        Module m = IrParser.parseModule(resource(name + ".mir"));
        Verifier.check(m);
        return m;
    }

    /** Runs {@code python3 NAME.py} in {@code dir} (the file written there, so tracebacks name it relatively). */
    static Run python(String name, Path dir) throws IOException {
        Files.writeString(dir.resolve(name + ".py"), resource(name + ".py"));
        Run r = run(List.of("python3", name + ".py"), dir);
        // python3 names the script by its absolute path in tracebacks; the IR's source attribute is relative.
        return new Run(r.exitCode(), r.stdout(), r.stderr().replace(dir.toAbsolutePath() + "/", ""));
    }

    static Run run(List<String> cmd, Path dir) throws IOException {
        return run(cmd, dir, java.util.Map.of());
    }

    static Run run(List<String> cmd, Path dir, java.util.Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    private static String drain(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * A traceback without CPython's source and caret lines (those indented by four spaces), which the runtime does
     * not print (it has no source; docs/runtime.md).
     */
    static String withoutSourceLines(String stderr) {
        return stderr.lines().filter(l -> !l.startsWith("    ")).collect(Collectors.joining("\n", "", "\n"));
    }
}
