package dev.molt.passes.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an {@code obj} value can be at run time, as {@link TypeFacts} tracks it: an instance of exactly one of the
 * builtin classes named here (not of a subclass), or {@link #OTHER} for everything else. A value's facts are a set
 * of kinds; {@link #ANY} is the set that says nothing.
 */
public enum PyKind {
    /** {@code None}. */
    NONE,
    /** {@code True} or {@code False}. */
    BOOL,
    /** An {@code int} (small or big; never a bool). */
    INT,
    /** A {@code float}. */
    FLOAT,
    /** A {@code str}. */
    STR,
    /** Any other object, an instance of a user class included. */
    OTHER;

    /** Every kind: nothing is known. */
    public static final Set<PyKind> ANY = Collections.unmodifiableSet(EnumSet.allOf(PyKind.class));

    /** Whether this is a number class of Python's tower below complex: bool, int or float. */
    public boolean isReal() {
        return this == BOOL || this == INT || this == FLOAT;
    }
}
