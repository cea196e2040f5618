package dev.molt.passes.analysis;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a module can look up, for pruning the runtime's builtin and method tables
 * ({@code dev.molt.runtime.RuntimeTables}).
 *
 * @param identifiers every identifier that occurs in a string attribute of any op (sorted): the names of global
 *     loads and of {@code py.getattr}/{@code py.setattr}/{@code py.delattr}, the values of {@code py.const.str}
 *     and constant tuples (so {@code "{0.real}".format(x)} keeps {@code real}). Over-approximates on purpose: a
 *     word of a docstring only keeps an entry that exists.
 * @param attributeNamesKnown false when the module loads {@code getattr}, {@code hasattr}, {@code delattr},
 *     {@code dir} or {@code vars}, or looks up {@code __getattribute__}: it may compute attribute names at run time
 */
public record AttributeNames(Set<String> identifiers, boolean attributeNamesKnown) {
    private static final Set<String> DYNAMIC = Set.of("getattr", "hasattr", "delattr", "dir", "vars", "__getattribute__");

    /** The names of {@code module} (a module after lowering, any pass pipeline). */
    public static AttributeNames of(Module module) {
        Set<String> names = new TreeSet<>();
        boolean known = true;
        for (Function f : module.functions()) {
            for (Op op : f.ops()) {
                if ((op.is("py.load_global") || op.is("py.builtin") || op.is("py.load_name") || op.is("py.getattr"))
                        && DYNAMIC.contains(op.strAttr("name"))) {
                    known = false;
                }
                for (Attr a : op.attributes().values()) collect(a, names);
            }
        }
        return new AttributeNames(Collections.unmodifiableSet(names), known);
    }

    private static void collect(Attr a, Set<String> out) {
        switch (a) {
            case Attr.Str s -> identifiers(s.value(), out);
            case Attr.Array arr -> arr.elements().forEach(e -> collect(e, out));
            default -> {
            }
        }
    }

    /** Adds the maximal runs of identifier characters ({@code [A-Za-z0-9_]} and non-ASCII) of {@code s}. */
    private static void identifiers(String s, Set<String> out) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean part = i < s.length() && isIdentifierChar(s.charAt(i));
            if (part && start < 0) start = i;
            if (!part && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
    }

    private static boolean isIdentifierChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c > 127;
    }
}
