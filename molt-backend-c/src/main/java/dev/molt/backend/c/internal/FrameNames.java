package dev.molt.backend.c.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The static names the runtime searches for CPython 3.11's "Did you mean" on an uncaught NameError
 * (molt/suggestions.h {@code MoltFrameNames}): one table of the module's globals, {@code {name, &slot}}, and per
 * function its {@code co_varnames} (the lowering's {@code varnames} attribute) with a pointer to that table. The
 * error path of every may-raise op passes the function's {@code MoltFrameNames} to {@code molt_traceback_frame};
 * nothing runs when no exception is raised.
 *
 * <p>Globals are listed in the order CPython's globals dict would first hold them, approximated statically: the
 * names stored by {@code @__module__} in op order, then those stored only by other functions ({@code global x}),
 * in function and op order. Only the runtime's test of each slot (bound or not) happens when the traceback is
 * printed.
 */
final class FrameNames {
    private FrameNames() {}

    /** The C name of the module's {@code MoltGlobalName} table. */
    static final String GLOBALS = "molt_global_names";

    /** The C name of {@code f}'s {@code MoltFrameNames}. */
    static String of(Function f) {
        return "molt_frame_" + CNames.mangle(f.name());
    }

    /** The module globals a program can bind, in (approximate) dict insertion order. */
    static List<String> globalOrder(Module module) {
        Set<String> out = new LinkedHashSet<>();
        List<Function> fs = new ArrayList<>(module.functions());
        fs.sort((a, b) -> Boolean.compare(!a.name().equals("__module__"), !b.name().equals("__module__")));
        for (Function f : fs) {
            for (Block b : f.blocks()) {
                for (Op op : b.ops()) {
                    if (op.is("py.store_global")) out.add(op.strAttr("name"));
                }
            }
        }
        return List.copyOf(out);
    }

    /** {@code f}'s co_varnames ({@code varnames} attribute; empty for module and class bodies). */
    static List<String> varnames(Function f) {
        List<String> out = new ArrayList<>();
        if (f.attr("varnames") instanceof Attr.Array a) {
            for (Attr e : a.elements()) out.add(((Attr.Str) e).value());
        }
        return out;
    }

    /** Writes the globals table and every function's {@code MoltFrameNames} (after the global slots). */
    static void emit(CodeWriter w, Module module) {
        w.line("/* ---- names for \"Did you mean\" (molt/suggestions.h) ---- */");
        List<String> globals = globalOrder(module);
        List<String> entries = new ArrayList<>();
        for (String g : globals) entries.add("{" + CLiterals.string(g) + ", &" + CNames.pyGlobal(g) + "}");
        w.line("static const MoltGlobalName " + GLOBALS + "[] = {" + (entries.isEmpty() ? "{NULL, NULL}"
                : String.join(", ", entries)) + "};");
        for (Function f : module.functions()) {
            List<String> vn = varnames(f);
            String arr = "NULL";
            if (!vn.isEmpty()) {
                arr = of(f) + "_varnames";
                w.line("static const char *const " + arr + "[] = {"
                        + String.join(", ", vn.stream().map(CLiterals::string).toList()) + "};");
            }
            w.line("static const MoltFrameNames " + of(f) + " = {" + arr + ", " + vn.size() + ", " + globals.size()
                    + ", " + GLOBALS + "};");
        }
        w.blank();
    }
}
