package dev.molt.passes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ordered, editable list of passes (Graal's {@code PhaseSuite}): build one from a pipeline string with
 * {@link #parse}, edit it by pass class, then {@link #freeze()} it.
 *
 * <p>Pipeline string: pass or pipeline names separated by commas, e.g. {@code "const-fold,dce,simplify-cfg"} or
 * {@code "O2,my-pass"}; spaces around names are ignored; the empty string is the empty pipeline.
 */
public final class Pipeline {
    private final List<Pass> passes = new ArrayList<>();
    private boolean frozen;

    /** A pipeline of {@code passes}. */
    public static Pipeline of(Pass... passes) {
        Pipeline p = new Pipeline();
        for (Pass x : passes) p.append(x);
        return p;
    }

    /**
     * Parses a pipeline string against {@code registry}, expanding named pipelines.
     * @throws PassException for an unknown name, listing the known ones
     */
    public static Pipeline parse(String text, PassRegistry registry) {
        Pipeline p = new Pipeline();
        expand(text, registry, p, 0);
        return p;
    }

    private static void expand(String text, PassRegistry registry, Pipeline p, int depth) {
        if (depth > 16) throw new PassException("pipeline nesting too deep (a pipeline names itself?)");
        for (String raw : text.split(",", -1)) {
            String name = raw.strip();
            if (name.isEmpty()) {
                if (text.isBlank()) return;
                throw new PassException("empty pass name in pipeline '" + text + "'");
            }
            Pass pass = registry.pass(name);
            if (pass != null) p.append(pass);
            else if (registry.pipeline(name) != null) expand(registry.pipeline(name), registry, p, depth + 1);
            else throw new PassException("unknown pass '" + name + "'; known passes and pipelines: " + String.join(", ", registry.names()));
        }
    }

    /** The passes in order (read-only view). */
    public List<Pass> passes() {
        return Collections.unmodifiableList(passes);
    }

    /** Appends {@code p}; returns {@code this}. */
    public Pipeline append(Pass p) {
        check();
        passes.add(p);
        return this;
    }

    /** The first pass of class {@code c}, or {@code null}. */
    public <P extends Pass> P find(Class<P> c) {
        for (Pass p : passes) if (c.isInstance(p)) return c.cast(p);
        return null;
    }

    /** Inserts {@code p} before the first pass of class {@code c}. @throws IllegalArgumentException if there is none */
    public Pipeline insertBefore(Class<? extends Pass> c, Pass p) {
        check();
        passes.add(indexOf(c), p);
        return this;
    }

    /** Inserts {@code p} after the first pass of class {@code c}. */
    public Pipeline insertAfter(Class<? extends Pass> c, Pass p) {
        check();
        passes.add(indexOf(c) + 1, p);
        return this;
    }

    /** Replaces every pass of class {@code c} by {@code p}. */
    public Pipeline replace(Class<? extends Pass> c, Pass p) {
        check();
        passes.replaceAll(x -> c.isInstance(x) ? p : x);
        return this;
    }

    /** Removes every pass of class {@code c}. */
    public Pipeline remove(Class<? extends Pass> c) {
        check();
        passes.removeIf(c::isInstance);
        return this;
    }

    /** Forbids further edits; returns {@code this}. */
    public Pipeline freeze() {
        frozen = true;
        return this;
    }

    /** Whether {@link #freeze()} was called. */
    public boolean isFrozen() {
        return frozen;
    }

    private int indexOf(Class<? extends Pass> c) {
        for (int i = 0; i < passes.size(); i++) if (c.isInstance(passes.get(i))) return i;
        throw new IllegalArgumentException("no pass of " + c.getName() + " in " + this);
    }

    private void check() {
        if (frozen) throw new IllegalStateException("pipeline is frozen");
    }

    /** The pipeline string, e.g. {@code const-fold,dce}. */
    @Override
    public String toString() {
        return String.join(",", passes.stream().map(Pass::name).toList());
    }
}
