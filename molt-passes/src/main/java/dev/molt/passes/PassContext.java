package dev.molt.passes;

import dev.molt.ir.Function;
import dev.molt.ir.Module;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a pass may use while it runs: the module, cached analyses and statistics counters (MLIR's pass
 * statistics). One context lives for one {@link PassManager#run} call.
 */
public final class PassContext {
    private final Module module;
    private final Map<Function, Map<Analysis<?>, Object>> fnCache = new IdentityHashMap<>();
    private final Map<Analysis<?>, Object> moduleCache = new IdentityHashMap<>();
    private final Map<String, Long> stats = new TreeMap<>();
    private String currentPass = "";
    private int computed;

    PassContext(Module module) {
        this.module = module;
    }

    /** Creates a context for running passes or analyses on {@code module} outside a pass manager (tests, tools). */
    public static PassContext forModule(Module module) {
        return new PassContext(module);
    }

    /** The module being compiled. */
    public Module module() {
        return module;
    }

    /** The result of {@code a} for {@code f}, computed now or taken from the cache. */
    @SuppressWarnings("unchecked")
    public <T> T get(Analysis.OfFunction<T> a, Function f) {
        Map<Analysis<?>, Object> m = fnCache.computeIfAbsent(f, k -> new IdentityHashMap<>());
        Object r = m.get(a);
        if (r == null) {
            r = a.compute(f, this);
            computed++;
            fnCache.computeIfAbsent(f, k -> new IdentityHashMap<>()).put(a, r);
        }
        return (T) r;
    }

    /** The result of {@code a} for the module, computed now or taken from the cache. */
    @SuppressWarnings("unchecked")
    public <T> T get(Analysis.OfModule<T> a) {
        Object r = moduleCache.get(a);
        if (r == null) {
            r = a.compute(module, this);
            computed++;
            moduleCache.put(a, r);
        }
        return (T) r;
    }

    /** Adds {@code delta} to the statistic {@code passName.key} of the running pass (e.g. {@code dce.ops-removed}). */
    public void count(String key, long delta) {
        stats.merge(currentPass.isEmpty() ? key : currentPass + "." + key, delta, Long::sum);
    }

    /** All statistics so far, by name. */
    public Map<String, Long> statistics() {
        return Map.copyOf(stats);
    }

    /** How many analysis results have been computed (not served from cache) so far. */
    public int analysesComputed() {
        return computed;
    }

    /** Whether {@code a} is cached for {@code f}. */
    public boolean isCached(Analysis.OfFunction<?> a, Function f) {
        return fnCache.getOrDefault(f, Map.of()).containsKey(a);
    }

    /** Drops cached analyses of {@code f} (and all module analyses) except those in {@code preserved}. */
    public void invalidate(Function f, Set<Analysis<?>> preserved) {
        Map<Analysis<?>, Object> m = fnCache.get(f);
        if (m != null) m.keySet().removeIf(a -> !preserved.contains(a));
        moduleCache.keySet().removeIf(a -> !preserved.contains(a));
    }

    /** Drops every cached analysis except those in {@code preserved}. */
    public void invalidateAll(Set<Analysis<?>> preserved) {
        for (Function f : fnCache.keySet()) invalidate(f, preserved);
        moduleCache.keySet().removeIf(a -> !preserved.contains(a));
    }

    void setCurrentPass(String name) {
        currentPass = name;
    }
}
