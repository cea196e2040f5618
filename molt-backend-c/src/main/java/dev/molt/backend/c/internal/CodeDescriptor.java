package dev.molt.backend.c.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The static {@code MoltCode} (call.h) of a function made into a Python function object by {@code py.make_function},
 * and its fast entry {@code MoltValue f(MoltValue *frame)}, which unpacks the runtime's frame (parameters in
 * co_varnames order, then the closure cells) into the IR function's parameters (cells first, docs/ir.md §8).
 *
 * <p>The shape comes from the function attributes the lowering sets: {@code argnames}, {@code posonlyargs},
 * {@code kwonlyargs}, {@code varargs}, {@code varkeywords}; without them every obj parameter is an ordinary
 * positional parameter named {@code a0, a1, ...}.
 */
final class CodeDescriptor {
    private CodeDescriptor() {}

    /** Why {@code code} cannot be a Python function object, or null if it can. */
    static String problem(Function code) {
        if (!CallingConvention.of(code.signature()).objResult()) return "its result is not a single obj";
        int cells = cellCount(code);
        for (int i = cells; i < code.signature().params().size(); i++) {
            if (!code.signature().params().get(i).equals(Type.OBJ)) return "parameter " + i + " is not obj";
        }
        int params = code.signature().params().size() - cells;
        if (!isClassBody(code) && code.attr("argnames") instanceof Attr.Array names && names.elements().size() != params) {
            return "argnames lists " + names.elements().size() + " names for " + params + " parameters";
        }
        return null;
    }

    /** A class body ({@code kind = "class"}): its one parameter is the namespace, not a Python parameter. */
    static boolean isClassBody(Function code) {
        return code.attr("kind") instanceof Attr.Str k && k.value().equals("class");
    }

    static int cellCount(Function code) {
        int n = 0;
        while (n < code.signature().params().size() && code.signature().params().get(n).equals(Type.CELL)) n++;
        return n;
    }

    private static int intAttr(Function f, String key) {
        return f.attr(key) instanceof Attr.Int i && i.fitsLong() ? i.value().intValue() : 0;
    }

    private static boolean boolAttr(Function f, String key) {
        return f.attr(key) instanceof Attr.Bool b && b.value();
    }

    /** Writes the varnames array, the fast entry and the {@code MoltCode} named {@link CNames#code}. */
    static void emit(CodeWriter w, Function code) {
        int cells = cellCount(code);
        int params = code.signature().params().size() - cells;
        List<String> names = new ArrayList<>();
        if (isClassBody(code)) {
            for (int i = 0; i < params; i++) names.add("__locals__" + (i == 0 ? "" : i)); // the namespace (py.make_class)
        } else if (code.attr("argnames") instanceof Attr.Array arr) {
            for (Attr a : arr.elements()) names.add(((Attr.Str) a).value());
        } else {
            for (int i = 0; i < params; i++) names.add("a" + i);
        }
        boolean varargs = boolAttr(code, "varargs"), varkw = boolAttr(code, "varkeywords");
        int kwonly = intAttr(code, "kwonlyargs"), posonly = intAttr(code, "posonlyargs");
        int argcount = params - kwonly - (varargs ? 1 : 0) - (varkw ? 1 : 0);
        String mangled = CNames.mangle(code.name());
        String varnames = "molt_varnames_" + mangled;
        List<String> quoted = names.stream().map(CLiterals::string).toList();
        w.line("static const char *const " + varnames + "[] = {" + (quoted.isEmpty() ? "NULL" : String.join(", ", quoted)) + "};");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < cells; i++) args.add("frame[" + (params + i) + "]");
        for (int i = 0; i < params; i++) args.add("frame[" + i + "]");
        w.line("static MoltValue " + CNames.fastEntry(code.name()) + "(MoltValue *frame) {");
        if (args.isEmpty()) w.line("    (void)frame;");
        w.line("    return " + CNames.function(code.name()) + "(" + String.join(", ", args) + ");");
        w.line("}");
        String qualname = code.attr("qualname") instanceof Attr.Str q ? q.value() : code.name();
        w.line("static const MoltCode " + CNames.code(code.name()) + " = {");
        w.line("    .name = " + CLiterals.string(FunctionEmitter.coName(code)) + ",");
        w.line("    .qualname = " + CLiterals.string(qualname) + ",");
        w.line("    .argcount = " + argcount + ", .posonlyargcount = " + posonly + ", .kwonlyargcount = " + kwonly + ",");
        w.line("    .flags = " + (varargs ? "MOLT_CO_VARARGS" : "0") + (varkw ? " | MOLT_CO_VARKEYWORDS" : "") + ",");
        w.line("    .nfree = " + cells + ",");
        w.line("    .varnames = " + varnames + ",");
        w.line("    .fast = " + CNames.fastEntry(code.name()) + ",");
        if (code.attr("doc") instanceof Attr.Str doc) w.line("    .doc = " + CLiterals.string(doc.value()) + ",");
        w.line("};");
    }
}
