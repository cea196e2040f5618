package dev.molt.passes;

import dev.molt.ir.Function;
import dev.molt.ir.Module;

/**
 * A cached fact about IR, computed on demand through {@link PassContext#get}. Analyses are keys: compare by
 * identity, so declare each as one constant (see {@link dev.molt.passes.analysis.Analyses}).
 *
 * @param <T> the result type; results must not change once computed
 */
public sealed interface Analysis<T> permits Analysis.OfFunction, Analysis.OfModule {
    /** The analysis name, e.g. {@code dominators}. */
    String name();

    /** An analysis of one function. */
    non-sealed interface OfFunction<T> extends Analysis<T> {
        /** Computes the result for {@code f}; may ask {@code ctx} for other analyses. */
        T compute(Function f, PassContext ctx);
    }

    /** An analysis of a whole module (e.g. the call graph); invalidated when any function changes. */
    non-sealed interface OfModule<T> extends Analysis<T> {
        /** Computes the result for {@code m}. */
        T compute(Module m, PassContext ctx);
    }

    /** A function analysis named {@code name} computed by {@code body}. */
    static <T> OfFunction<T> ofFunction(String name, java.util.function.BiFunction<Function, PassContext, T> body) {
        return new OfFunction<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public T compute(Function f, PassContext ctx) {
                return body.apply(f, ctx);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** A module analysis named {@code name} computed by {@code body}. */
    static <T> OfModule<T> ofModule(String name, java.util.function.BiFunction<Module, PassContext, T> body) {
        return new OfModule<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public T compute(Module m, PassContext ctx) {
                return body.apply(m, ctx);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
