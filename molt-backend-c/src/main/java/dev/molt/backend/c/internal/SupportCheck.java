package dev.molt.backend.c.internal;

import dev.molt.backend.c.UnsupportedOpException;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.List;

/** Finds everything the backend cannot translate, before any C is generated. */
public final class SupportCheck {
    private SupportCheck() {}

    /** Every unsupported op or shape in {@code m}, in module order. */
    public static List<UnsupportedOpException.Problem> problems(Module m) {
        List<UnsupportedOpException.Problem> out = new ArrayList<>();
        Function top = m.function("__module__");
        if (top == null) {
            out.add(new UnsupportedOpException.Problem("", "__module__", null, 0, 0,
                    "module without @__module__ (the program entry)"));
        } else if (!top.signature().params().isEmpty() || !CallingConvention.of(top.signature()).objResult()) {
            out.add(new UnsupportedOpException.Problem("", "__module__", FunctionEmitter.sourceOf(top), 0, 0,
                    "@__module__ must have signature () -> obj, not " + top.signature()));
        }
        for (Function f : m.functions()) {
            String file = FunctionEmitter.sourceOf(f);
            for (Type t : f.signature().params()) typeProblem(out, f, null, file, t);
            for (Type t : f.signature().results()) typeProblem(out, f, null, file, t);
            for (Block b : f.blocks()) {
                for (BlockParam p : b.params()) typeProblem(out, f, null, file, p.type());
                for (Op op : b.ops()) {
                    String why = reason(m, op);
                    if (why != null) out.add(problem(f, op, file, why));
                    for (OpResult r : op.results()) typeProblem(out, f, op, file, r.type());
                }
            }
        }
        return out;
    }

    private static UnsupportedOpException.Problem problem(Function f, Op op, String file, String why) {
        return new UnsupportedOpException.Problem(op == null ? "" : op.name(), f.name(), file,
                op == null ? 0 : FunctionEmitter.lineOf(op), op == null ? 0 : FunctionEmitter.colOf(op), why);
    }

    private static void typeProblem(List<UnsupportedOpException.Problem> out, Function f, Op op, String file, Type t) {
        if (CallingConvention.ctype(t) == null) out.add(problem(f, op, file, "values of type " + t));
    }

    private static boolean tupleOk(Attr.Array a) {
        for (Attr e : a.elements()) {
            if (e instanceof Attr.Array inner ? !tupleOk(inner)
                    : !(e instanceof Attr.Int || e instanceof Attr.Float || e instanceof Attr.Str || e instanceof Attr.Bool)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builtin types whose instances have their own layout in the runtime, so a class cannot derive from them yet
     * (docs/runtime.md, "Classes"): object and the exception types are the bases the runtime takes.
     */
    private static final java.util.Set<String> LAYOUT_TYPES = java.util.Set.of("int", "float", "complex", "str", "bytes",
            "bytearray", "list", "tuple", "dict", "set", "frozenset", "type", "property", "staticmethod", "classmethod",
            "super", "range", "slice", "bool", "memoryview");

    /**
     * The first base of a py.make_class that names one of {@link #LAYOUT_TYPES} — a {@code py.builtin}, or a global
     * (or class-body name) load of a builtin the module never binds — or null. Bases computed any other way are
     * checked by the runtime when the class is made.
     */
    private static String builtinBase(Module m, Value bases) {
        if (!(bases instanceof OpResult r) || !r.op().is("py.build_tuple")) return null;
        for (Value b : r.op().operands()) {
            if (!(b instanceof OpResult br)) continue;
            Op d = br.op();
            boolean byName = d.is("py.load_global") || d.is("py.load_name");
            if (!(byName || d.is("py.builtin"))) continue;
            String name = d.strAttr("name");
            if (LAYOUT_TYPES.contains(name) && !(byName && boundInModule(m, name))) return name;
        }
        return null;
    }

    /** Whether some op of {@code m} stores or deletes the global (or class/module namespace) name {@code name}. */
    private static boolean boundInModule(Module m, String name) {
        for (Function f : m.functions()) {
            for (Op o : f.ops()) {
                if ((o.is("py.store_global") || o.is("py.store_name") || o.is("py.delete_global")
                        || o.is("py.delete_name")) && name.equals(o.strAttr("name"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String reason(Module m, Op op) {
        String n = op.name();
        if (!PyOpEmitter.handles(n) && !MachineOpEmitter.handles(n)) return "op " + n;
        switch (n) {
            case "py.call_direct" -> {
                Function callee = m.function(((Attr.Symbol) op.attr("callee")).name());
                if (callee == null) return "py.call_direct to @" + ((Attr.Symbol) op.attr("callee")).name() + ", which is not in the module";
            }
            case "py.make_function" -> {
                Function code = m.function(((Attr.Symbol) op.attr("code")).name());
                if (code == null) return "py.make_function of a function not in the module";
                String why = CodeDescriptor.problem(code);
                if (why != null) return "py.make_function of @" + code.name() + ": " + why;
            }
            case "py.const.tuple" -> {
                if (!tupleOk((Attr.Array) op.attr("value"))) return "py.const.tuple with bytes elements";
            }
            case "py.make_class" -> {
                String base = builtinBase(m, op.operand(1));
                if (base != null) return "subclassing the builtin type '" + base + "' (class " + op.strAttr("name") + ")";
            }
            case "rt.call" -> {
                String callee = ((Attr.Symbol) op.attr("callee")).name();
                if (!callee.matches("[A-Za-z_][A-Za-z0-9_]*")) return "rt.call of @" + callee + " (not a C identifier)";
                if (op.results().size() > 1) return "rt.call with more than one result";
            }
            case "rt.global.load", "rt.global.store" -> {
                if (m.global(((Attr.Symbol) op.attr("global")).name()) == null) return n + " of an undeclared global";
            }
            default -> { }
        }
        for (Value v : op.operands()) if (CallingConvention.ctype(v.type()) == null) return n + " on values of type " + v.type();
        return null;
    }
}
