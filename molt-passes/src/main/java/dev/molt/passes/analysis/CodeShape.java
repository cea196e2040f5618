package dev.molt.passes.analysis;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a function that {@code py.make_function} makes into a Python function object — what a backend puts
 * into the runtime's {@code MoltCode} (call.h) — read from the function attributes the lowering sets
 * (docs/ir.md §8): {@code argnames}, {@code posonlyargs}, {@code kwonlyargs}, {@code varargs}, {@code varkeywords},
 * {@code qualname}, {@code doc}, {@code kind}. Without {@code argnames} every obj parameter is an ordinary positional
 * parameter named {@code a0, a1, ...}; a class body ({@code kind = "class"}) has one parameter, the namespace.
 *
 * @param coName CPython's {@code co_name} ({@link #coName(Function)})
 * @param qualname {@code __qualname__} (the function's name when the attribute is missing)
 * @param varnames the parameter names in CPython's co_varnames order (positional, *args, keyword-only, **kwargs)
 * @param argcount positional parameters, positional-only included ({@code co_argcount})
 * @param posonly positional-only parameters
 * @param kwonly keyword-only parameters
 * @param flags {@link #VARARGS} | {@link #VARKEYWORDS} (CPython's CO_VARARGS, CO_VARKEYWORDS values)
 * @param cells closure cells: the leading {@code cell} parameters of the IR function
 * @param doc the docstring, or null
 */
public record CodeShape(String coName, String qualname, List<String> varnames, int argcount, int posonly, int kwonly,
                 int flags, int cells, String doc) {
    /** CPython's CO_VARARGS: the function takes {@code *args}. */
    public static final int VARARGS = 0x04;
    /** CPython's CO_VARKEYWORDS: the function takes {@code **kwargs}. */
    public static final int VARKEYWORDS = 0x08;

    /** The shape of {@code code} (any IR function: attributes missing take their defaults). */
    public static CodeShape of(Function code) {
        int cells = 0;
        while (cells < code.signature().params().size() && code.signature().params().get(cells).equals(Type.CELL)) {
            cells++;
        }
        int params = code.signature().params().size() - cells;
        List<String> names = new ArrayList<>();
        boolean classBody = code.attr("kind") instanceof Attr.Str k && k.value().equals("class");
        if (classBody) {
            for (int i = 0; i < params; i++) {
                names.add("__locals__" + (i == 0 ? "" : i));
            }
        } else if (code.attr("argnames") instanceof Attr.Array arr) {
            for (Attr a : arr.elements()) {
                names.add(((Attr.Str) a).value());
            }
        } else {
            for (int i = 0; i < params; i++) {
                names.add("a" + i);
            }
        }
        boolean varargs = code.attr("varargs") instanceof Attr.Bool b && b.value();
        boolean varkw = code.attr("varkeywords") instanceof Attr.Bool b && b.value();
        int kwonly = intAttr(code, "kwonlyargs");
        int posonly = intAttr(code, "posonlyargs");
        int argcount = params - kwonly - (varargs ? 1 : 0) - (varkw ? 1 : 0);
        String qualname = code.attr("qualname") instanceof Attr.Str q ? q.value() : code.name();
        String doc = code.attr("doc") instanceof Attr.Str d ? d.value() : null;
        return new CodeShape(coName(code), qualname, names, argcount, posonly, kwonly,
                (varargs ? VARARGS : 0) | (varkw ? VARKEYWORDS : 0), cells, doc);
    }

    private static int intAttr(Function f, String key) {
        return f.attr(key) instanceof Attr.Int i && i.fitsLong() ? i.value().intValue() : 0;
    }

    /** CPython's co_name: the last part of the qualname ({@code <module>} for module code). */
    public static String coName(Function f) {
        String q = f.attr("qualname") instanceof Attr.Str s ? s.value() : f.name();
        if (q.equals("__module__") || (f.attr("kind") instanceof Attr.Str k && k.value().equals("module"))) {
            return "<module>";
        }
        return q.substring(q.lastIndexOf('.') + 1);
    }
}
