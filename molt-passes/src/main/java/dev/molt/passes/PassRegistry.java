package dev.molt.passes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Passes and named pipelines by name, for {@link Pipeline#parse}. {@link #standard()} holds Molt's passes and
 * the pipelines {@code O0} and {@code O2} ({@link Pipelines}); outside code adds its own with
 * {@link #register(Pass)} without touching ours.
 */
public final class PassRegistry {
    private final Map<String, Pass> passes = new LinkedHashMap<>();
    private final Map<String, String> pipelines = new LinkedHashMap<>();

    /** An empty registry. */
    public PassRegistry() {}

    /** A new registry with every standard pass and pipeline. */
    public static PassRegistry standard() {
        PassRegistry r = new PassRegistry();
        r.register(new dev.molt.passes.transform.VerifyPass());
        r.register(new dev.molt.passes.transform.ConstFold());
        r.register(new dev.molt.passes.transform.DeadCodeElimination());
        r.register(new dev.molt.passes.transform.SimplifyCfg());
        r.register(new dev.molt.passes.transform.CommonSubexpressionElimination());
        r.register(new dev.molt.passes.transform.UnboxFloats());
        r.register(new dev.molt.passes.transform.RangeIter());
        r.registerPipeline("O0", Pipelines.O0);
        r.registerPipeline("O2", Pipelines.O2);
        return r;
    }

    /** Registers {@code p} under its name. @throws IllegalArgumentException if the name is taken */
    public PassRegistry register(Pass p) {
        if (!p.name().matches("[a-z0-9][a-z0-9-]*")) throw new IllegalArgumentException("bad pass name: " + p.name());
        if (passes.containsKey(p.name()) || pipelines.containsKey(p.name()))
            throw new IllegalArgumentException("pass name already registered: " + p.name());
        passes.put(p.name(), p);
        return this;
    }

    /** Registers a named pipeline (a pipeline string that may name other pipelines). */
    public PassRegistry registerPipeline(String name, String pipeline) {
        if (passes.containsKey(name) || pipelines.containsKey(name))
            throw new IllegalArgumentException("pass name already registered: " + name);
        pipelines.put(name, pipeline);
        return this;
    }

    /** The pass named {@code name}, or {@code null}. */
    public Pass pass(String name) {
        return passes.get(name);
    }

    /** The pipeline string named {@code name}, or {@code null}. */
    public String pipeline(String name) {
        return pipelines.get(name);
    }

    /** All registered passes in registration order. */
    public List<Pass> passes() {
        return List.copyOf(passes.values());
    }

    /** All pass and pipeline names, sorted. */
    public List<String> names() {
        TreeSet<String> s = new TreeSet<>(passes.keySet());
        s.addAll(pipelines.keySet());
        return List.copyOf(s);
    }
}
