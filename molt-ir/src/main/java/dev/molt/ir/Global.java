package dev.molt.ir;

import java.util.Objects;

/**
 * A module-level static slot ({@code global @name : type}), read and written by {@code rt.global.load} and
 * {@code rt.global.store}. Python module globals are not these: they live in the module's namespace dict and
 * are reached by {@code py.load_global}/{@code py.store_global}.
 *
 * @param name the symbol, without {@code @}
 * @param type the slot's type
 */
public record Global(String name, Type type) {
    public Global {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
