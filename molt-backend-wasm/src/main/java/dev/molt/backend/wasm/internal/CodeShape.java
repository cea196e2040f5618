package dev.molt.backend.wasm.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter shape of a function made into a Python function object (call.h {@code MoltCode}), read from the
 * attributes the lowering sets ({@code argnames}, {@code posonlyargs}, {@code kwonlyargs}, {@code varargs},
 * {@code varkeywords}, {@code qualname}, {@code doc}) — same rule as backend-c CodeDescriptor.
 */
record CodeShape(String coName, String qualname, List<String> varnames, int argcount, int posonly, int kwonly,
                 int flags, int cells, String doc) {
    static CodeShape of(Function code) {
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
                (varargs ? 0x04 : 0) | (varkw ? 0x08 : 0), cells, doc);
    }

    private static int intAttr(Function f, String key) {
        return f.attr(key) instanceof Attr.Int i && i.fitsLong() ? i.value().intValue() : 0;
    }

    /** CPython's co_name: the last part of the qualname ({@code <module>} for module code). */
    static String coName(Function f) {
        String q = f.attr("qualname") instanceof Attr.Str s ? s.value() : f.name();
        if (q.equals("__module__") || (f.attr("kind") instanceof Attr.Str k && k.value().equals("module"))) {
            return "<module>";
        }
        return q.substring(q.lastIndexOf('.') + 1);
    }
}
