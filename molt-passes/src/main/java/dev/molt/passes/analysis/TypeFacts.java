package dev.molt.passes.analysis;

import dev.molt.ir.Module;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.passes.internal.TypeInference;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The kinds ({@link PyKind}) each {@code obj} value of a module can have when the op defining it completes, from a
 * whole-module type inference: a flow-insensitive fixed point over SSA values, block parameters, the parameters
 * and results of functions whose every call site is known, module globals, and instance attributes the program
 * alone writes. Sound for the whole module as compiled: every value a program run can produce at a value is of
 * one of its kinds. A value that never completes (its op always raises, its block is unreachable) has no kinds.
 *
 * <p>What it does not trust, so every fact about it is {@link PyKind#ANY}: globals that are also builtin names or
 * never assigned; attributes that a builtin object has ({@code x.real}, {@code e.args}), dunders, and names a
 * class body binds (methods, properties, class attributes); the parameters and results of a function whose
 * object escapes (stored elsewhere, passed as a value, decorated, called with keywords or a different arity) and
 * of methods other than a closed class's {@code __init__}. A module that names one of the reflective builtins or
 * attributes ({@code setattr}, {@code globals}, {@code vars}, {@code type}, {@code exec}, {@code __dict__},
 * {@code __class__}, {@code __setattr__}, {@code __init__}, ...) trusts none of the interprocedural facts:
 * only constants and operators on them are known there.
 *
 * <p>Facts hold for the module as given; a pass that changes values must not reuse them for the new ones.
 */
public final class TypeFacts {
    private static final Set<PyKind> NONE_KNOWN = Collections.unmodifiableSet(EnumSet.noneOf(PyKind.class));
    private final Map<Value, Set<PyKind>> kinds;

    /** Facts from a solved map (identity keys), see {@link TypeInference}. */
    public TypeFacts(Map<Value, Set<PyKind>> kinds) {
        this.kinds = kinds;
    }

    /** Infers the facts of every {@code obj} value of {@code module}. */
    public static TypeFacts of(Module module) {
        return new TypeFacts(TypeInference.solve(module));
    }

    /**
     * The kinds {@code v} can have: {@link PyKind#ANY} for a value the inference did not see (a value of another
     * module or added after it ran) and for non-{@code obj} values; empty for a value that never completes.
     */
    public Set<PyKind> kinds(Value v) {
        if (!v.type().equals(Type.OBJ)) return PyKind.ANY;
        Set<PyKind> k = kinds.get(v);
        return k == null ? PyKind.ANY : k.isEmpty() ? NONE_KNOWN : Collections.unmodifiableSet(k);
    }

    /** Whether {@code v} is certainly an instance of exactly the class {@code kind} stands for (and completes). */
    public boolean isExactly(Value v, PyKind kind) {
        Set<PyKind> k = kinds(v);
        return k.size() == 1 && k.contains(kind);
    }
}
