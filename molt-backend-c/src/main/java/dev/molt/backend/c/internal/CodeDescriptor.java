package dev.molt.backend.c.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Type;
import dev.molt.passes.analysis.CodeShape;
import java.util.ArrayList;
import java.util.List;

/**
 * The static {@code MoltCode} (call.h) of a function made into a Python function object by {@code py.make_function},
 * and its fast entry {@code MoltValue f(MoltValue *frame)}, which unpacks the runtime's frame (parameters in
 * co_varnames order, then the closure cells) into the IR function's parameters (cells first, docs/ir.md §8).
 *
 * <p>The shape is {@link CodeShape}'s reading of the function attributes the lowering sets.
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

    /** Writes the varnames array, the fast entry and the {@code MoltCode} named {@link CNames#code}. */
    static void emit(CodeWriter w, Function code) {
        CodeShape shape = CodeShape.of(code);
        int cells = shape.cells();
        int params = code.signature().params().size() - cells;
        String mangled = CNames.mangle(code.name());
        String varnames = "molt_varnames_" + mangled;
        List<String> quoted = shape.varnames().stream().map(CLiterals::string).toList();
        w.line("static const char *const " + varnames + "[] = {" + (quoted.isEmpty() ? "NULL" : String.join(", ", quoted)) + "};");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < cells; i++) args.add("frame[" + (params + i) + "]");
        for (int i = 0; i < params; i++) args.add("frame[" + i + "]");
        w.line("static MoltValue " + CNames.fastEntry(code.name()) + "(MoltValue *frame) {");
        if (args.isEmpty()) w.line("    (void)frame;");
        w.line("    return " + CNames.function(code.name()) + "(" + String.join(", ", args) + ");");
        w.line("}");
        boolean varargs = (shape.flags() & CodeShape.VARARGS) != 0, varkw = (shape.flags() & CodeShape.VARKEYWORDS) != 0;
        w.line("static const MoltCode " + CNames.code(code.name()) + " = {");
        w.line("    .name = " + CLiterals.string(shape.coName()) + ",");
        w.line("    .qualname = " + CLiterals.string(shape.qualname()) + ",");
        w.line("    .argcount = " + shape.argcount() + ", .posonlyargcount = " + shape.posonly() + ", .kwonlyargcount = "
                + shape.kwonly() + ",");
        w.line("    .flags = " + (varargs ? "MOLT_CO_VARARGS" : "0") + (varkw ? " | MOLT_CO_VARKEYWORDS" : "") + ",");
        w.line("    .nfree = " + cells + ",");
        w.line("    .varnames = " + varnames + ",");
        w.line("    .fast = " + CNames.fastEntry(code.name()) + ",");
        if (shape.doc() != null) w.line("    .doc = " + CLiterals.string(shape.doc()) + ",");
        w.line("};");
    }
}
