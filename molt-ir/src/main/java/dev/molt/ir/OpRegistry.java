package dev.molt.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The op kinds and type names the text parser and the builder know, by name. Outside code extends a registry
 * with {@link #register(OpDef)} and {@link #defineType(String, String)} without touching Molt's sources; ops in
 * a function refer to their {@link OpDef} directly, so the verifier needs no registry.
 *
 * <p>{@link #standard()} returns a fresh, mutable registry holding Molt's namespaces ({@code py}, {@code cf},
 * {@code i64}, {@code f64}, {@code bool}, {@code rt}); {@link #defaults()} is one shared frozen instance of it.
 */
public final class OpRegistry {
    private final Map<String, OpDef> ops = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private boolean frozen;

    private static final class Holder {
        static final OpRegistry DEFAULTS = standard().freeze();
    }

    /** Creates an empty registry that knows only the standard types. */
    public static OpRegistry empty() {
        OpRegistry r = new OpRegistry();
        r.defineType(Type.OBJ.name(), "any Python object (boxed)");
        r.defineType(Type.I64.name(), "64-bit two's complement integer");
        r.defineType(Type.F64.name(), "IEEE 754 binary64 float");
        r.defineType(Type.BOOL.name(), "machine truth value");
        r.defineType(Type.CELL.name(), "closure cell holding one possibly unbound variable (PEP 227)");
        r.defineType(Type.PTR.name(), "untyped machine address (runtime interop, late lowering)");
        return r;
    }

    /** Creates a mutable registry with all of Molt's standard ops (docs/ir.md). */
    public static OpRegistry standard() {
        OpRegistry r = empty();
        dev.molt.ir.internal.StandardOps.registerAll(r);
        return r;
    }

    /** The shared, frozen standard registry. */
    public static OpRegistry defaults() {
        return Holder.DEFAULTS;
    }

    /** Returns a mutable copy of this registry. */
    public OpRegistry copy() {
        OpRegistry r = new OpRegistry();
        r.ops.putAll(ops);
        r.types.putAll(types);
        return r;
    }

    /** Forbids further changes; returns {@code this}. */
    public OpRegistry freeze() {
        frozen = true;
        return this;
    }

    /** Registers {@code def}. @throws IllegalArgumentException if the name is taken; IllegalStateException if frozen */
    public OpDef register(OpDef def) {
        checkMutable();
        if (ops.putIfAbsent(def.name(), def) != null)
            throw new IllegalArgumentException("op " + def.name() + " is already registered");
        return def;
    }

    /** Defines a type name with a one-line description; returns the type. Redefining a name is allowed. */
    public Type defineType(String name, String description) {
        checkMutable();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("bad type name: " + name);
        types.put(name, description);
        return new Type(name);
    }

    /** The op named {@code name}, or {@code null}. */
    public OpDef lookup(String name) {
        return ops.get(name);
    }

    /** The op named {@code name}. @throws IllegalArgumentException if unknown */
    public OpDef get(String name) {
        OpDef d = ops.get(name);
        if (d == null) throw new IllegalArgumentException("unknown op " + name);
        return d;
    }

    /** The type named {@code name}, or {@code null} if not defined. */
    public Type type(String name) {
        return types.containsKey(name) ? new Type(name) : null;
    }

    /** The defined type names with their descriptions, in definition order. */
    public Map<String, String> types() {
        return Collections.unmodifiableMap(types);
    }

    /** All op kinds in registration order. */
    public List<OpDef> ops() {
        return List.copyOf(ops.values());
    }

    /** The op kinds of one namespace ({@code "py"}), in registration order. */
    public List<OpDef> namespace(String ns) {
        List<OpDef> out = new ArrayList<>();
        for (OpDef d : ops.values()) if (d.namespace().equals(ns)) out.add(d);
        return out;
    }

    private void checkMutable() {
        if (frozen) throw new IllegalStateException("this op registry is frozen; use copy()");
    }
}
