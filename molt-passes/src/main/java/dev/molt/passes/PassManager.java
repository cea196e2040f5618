package dev.molt.passes;

import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.ir.verify.VerifyError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a {@link Pipeline} over a module. Each pass runs on every function in module order (a
 * {@link ModulePass} once); analyses are cached in the {@link PassContext} and dropped for a function when a pass
 * changes it, except those the pass {@link Pass#preserves()}.
 *
 * <p>Options (MLIR's PassManager instrumentation): {@link #verifyEach} runs the verifier on the input and after
 * every pass and throws a {@link PassException} naming the pass; {@link #printAfter} prints the module after the named passes
 * (only when they changed it, as {@code enableIRPrinting} does; name {@code all} for every pass) and
 * {@link #printBefore} before them; timing is always measured and available from
 * {@link PassReport#timingReport()}; {@link #instrument} adds custom callbacks around each pass.
 */
public final class PassManager {
    private final Pipeline pipeline;
    private boolean verifyEach;
    private final Set<String> printAfter = new HashSet<>();
    private final Set<String> printBefore = new HashSet<>();
    private final List<PassInstrumentation> instrumentations = new ArrayList<>();
    private Consumer<String> out = System.err::print;

    /** A manager running {@code pipeline}. */
    public PassManager(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** A manager for a pipeline string parsed against {@code registry}. @throws PassException for unknown names */
    public static PassManager parse(String pipeline, PassRegistry registry) {
        return new PassManager(Pipeline.parse(pipeline, registry));
    }

    /** Verifies the module after each pass. */
    public PassManager verifyEach(boolean on) {
        verifyEach = on;
        return this;
    }

    /** Prints the module after each pass named {@code passName} ({@code all}: every pass) that changed it. */
    public PassManager printAfter(String passName) {
        printAfter.add(passName);
        return this;
    }

    /** Prints the module before each pass named {@code passName} ({@code all}: every pass). */
    public PassManager printBefore(String passName) {
        printBefore.add(passName);
        return this;
    }

    /** Adds callbacks run around every pass. */
    public PassManager instrument(PassInstrumentation i) {
        instrumentations.add(i);
        return this;
    }

    /** Where {@link #printAfter} and {@link #printBefore} output goes (default: standard error). */
    public PassManager output(Consumer<String> sink) {
        out = sink;
        return this;
    }

    /** The pipeline. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Runs the pipeline on {@code m}.
     * @throws PassException if verify-each is on and a pass left invalid IR
     */
    public PassReport run(Module m) {
        PassContext ctx = new PassContext(m);
        List<PassReport.Run> runs = new ArrayList<>();
        if (verifyEach) verify(m, "IR is invalid before the pipeline:\n");
        for (Pass p : pipeline.passes()) {
            if (printBefore.contains(p.name()) || printBefore.contains("all"))
                out.accept("; IR before " + p.name() + "\n" + IrPrinter.print(m));
            for (PassInstrumentation i : instrumentations) i.beforePass(p, m);
            ctx.setCurrentPass(p.name());
            long t0 = System.nanoTime();
            boolean changed = false;
            switch (p) {
                case FunctionPass fp -> {
                    for (Function f : List.copyOf(m.functions())) {
                        for (Analysis<?> a : p.requires())
                            if (a instanceof Analysis.OfFunction<?> fa) ctx.get(fa, f);
                            else ctx.get((Analysis.OfModule<?>) a);
                        if (fp.run(f, ctx)) {
                            changed = true;
                            ctx.invalidate(f, p.preserves());
                        }
                    }
                }
                case ModulePass mp -> {
                    for (Analysis<?> a : p.requires())
                        if (a instanceof Analysis.OfModule<?> ma) ctx.get(ma);
                    if (mp.run(m, ctx)) {
                        changed = true;
                        ctx.invalidateAll(p.preserves());
                    }
                }
            }
            long dt = System.nanoTime() - t0;
            ctx.setCurrentPass("");
            runs.add(new PassReport.Run(p.name(), dt, changed));
            for (int k = instrumentations.size() - 1; k >= 0; k--) instrumentations.get(k).afterPass(p, m, changed);
            if (changed && (printAfter.contains(p.name()) || printAfter.contains("all")))
                out.accept("; IR after " + p.name() + "\n" + IrPrinter.print(m));
            if (verifyEach) verify(m, "IR is invalid after pass '" + p.name() + "':\n");
        }
        return new PassReport(List.copyOf(runs), ctx.statistics());
    }

    private static void verify(Module m, String header) {
        List<VerifyError> errs = Verifier.verify(m);
        if (!errs.isEmpty()) throw new PassException(header + String.join("\n", errs.stream().map(VerifyError::toString).toList()));
    }
}
