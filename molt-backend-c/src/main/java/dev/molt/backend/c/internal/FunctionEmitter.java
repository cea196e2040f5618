package dev.molt.backend.c.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one IR function as one C function.
 *
 * <p>Shape: every SSA value is a C local named by its canonical number ({@code v7}), declared at the top; every
 * block is a label ({@code bb2:}); block parameters are assigned on each incoming edge, through temporaries when
 * an argument is itself a parameter of the target (a parallel copy); a may-raise op is a runtime call followed by a
 * test of its error sentinel whose failure path records the traceback entry and either jumps to the unwind block
 * (exception in its parameter 0, docs/ir.md §2) or returns the error sentinel.
 */
final class FunctionEmitter {
    final ModuleEmitter mod;
    final Function f;
    final CodeWriter w;
    private final String file;      // the Python file, or null
    private final String pyName;    // co_name for tracebacks
    private final CallingConvention cc;
    private int line;               // the Python line of the op being emitted (0: unknown)
    private int tmp;

    FunctionEmitter(ModuleEmitter mod, Function f, CodeWriter w) {
        this.mod = mod;
        this.f = f;
        this.w = w;
        this.file = sourceOf(f);
        this.pyName = coName(f);
        this.cc = CallingConvention.of(f.signature());
        Attr first = f.attr("firstlineno");
        this.line = first instanceof Attr.Int i && i.fitsLong() ? i.value().intValue() : 0;
    }

    /** The function's {@code source} attribute, or null. */
    static String sourceOf(Function f) {
        return f.attr("source") instanceof Attr.Str s ? s.value() : null;
    }

    /** CPython's co_name: the last part of the qualname ({@code <module>} for module code). */
    static String coName(Function f) {
        String q = f.attr("qualname") instanceof Attr.Str s ? s.value() : f.name();
        if (q.equals("__module__") || (f.attr("kind") instanceof Attr.Str k && k.value().equals("module"))) {
            return "<module>";
        }
        return q.substring(q.lastIndexOf('.') + 1);
    }

    /** The Python line of {@code op} ({@code loc} attribute), or 0. */
    static int lineOf(Op op) {
        if (op.attr("loc") instanceof Attr.Array a && !a.elements().isEmpty()
                && a.elements().get(0) instanceof Attr.Int i && i.fitsLong()) {
            return i.value().intValue();
        }
        return 0;
    }

    /** The column of {@code op} ({@code loc} attribute), or 0. */
    static int colOf(Op op) {
        if (op.attr("loc") instanceof Attr.Array a && a.elements().size() > 1
                && a.elements().get(1) instanceof Attr.Int i && i.fitsLong()) {
            return i.value().intValue();
        }
        return 0;
    }

    void emit() {
        w.line("/* @" + CLiterals.comment(f.name(), 120) + " " + CLiterals.comment(f.signature().toString(), 200)
                + (file != null ? " from " + CLiterals.comment(file, 200) : "") + " */");
        w.line(cc.prototype(CNames.function(f.name()), paramNames()) + " {");
        declareLocals();
        for (Block b : f.blocks()) {
            if (!b.isEntry()) w.line(label(b) + ":;");
            for (Op op : b.ops()) {
                int l = lineOf(op);
                if (l > 0) line = l;
                if (file != null && line > 0) w.pin(file, line);
                emitOp(op);
            }
        }
        w.unpin(mod.cFileName());
        w.line("}");
    }

    private List<String> paramNames() {
        List<String> names = new ArrayList<>();
        for (BlockParam p : f.entry().params()) names.add(v(p));
        return names;
    }

    private void declareLocals() {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (Block b : f.blocks()) {
            if (!b.isEntry()) for (BlockParam p : b.params()) byType.computeIfAbsent(ctype(p.type()), k -> new ArrayList<>()).add(v(p));
            for (Op op : b.ops()) for (OpResult r : op.results()) byType.computeIfAbsent(ctype(r.type()), k -> new ArrayList<>()).add(v(r));
        }
        w.line("    int molt_cg_status = 0;");
        w.line("    (void)molt_cg_status;");
        for (var e : byType.entrySet()) {
            List<String> names = e.getValue();
            for (int i = 0; i < names.size(); i += 12) {
                w.line("    " + e.getKey() + " " + String.join(", ", names.subList(i, Math.min(names.size(), i + 12))) + ";");
            }
        }
    }

    private void emitOp(Op op) {
        String ns = op.name().substring(0, op.name().indexOf('.'));
        switch (ns) {
            case "py" -> PyOpEmitter.emit(this, op);
            default -> MachineOpEmitter.emit(this, op);
        }
    }

    // ---- helpers for the op emitters ----

    /** The C name of {@code val}. */
    String v(Value val) {
        return "v" + f.valueNumber(val);
    }

    /** The C names of the operands from index {@code from} on. */
    List<String> operands(Op op, int from) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < op.operands().size(); i++) out.add(v(op.operand(i)));
        return out;
    }

    String label(Block b) {
        return "bb" + f.blockNumber(b);
    }

    static String ctype(Type t) {
        return CallingConvention.ctype(t);
    }

    /** A fresh C identifier for a temporary. */
    String fresh(String base) {
        return base + (tmp++);
    }

    /** Writes one statement (indented). */
    void stmt(String s) {
        w.line("    " + s);
    }

    /** {@code result = call;} then the error test for a MoltValue result. */
    void callObj(Op op, String result, String call) {
        stmt(result + " = " + call + ";");
        onError(op, result + " == MOLT_ERROR", true);
    }

    /** {@code if (cond) { error path of op }} on one line, so the whole test maps to the op's Python line. */
    void onError(Op op, String cond, boolean traceback) {
        w.line("    if (MOLT_UNLIKELY(" + cond + ")) { " + String.join(" ", errorPath(op, traceback)) + " }");
    }

    /** The error path of {@code op} as statements on their own line (after an op that always raises). */
    void raiseAlways(Op op, boolean traceback) {
        w.line("    " + String.join(" ", errorPath(op, traceback)));
    }

    /** The statements of {@code op}'s error path: traceback entry, then the unwind edge or return to the caller. */
    private List<String> errorPath(Op op, boolean traceback) {
        List<String> out = new ArrayList<>();
        if (traceback) {
            out.add("molt_traceback_here(" + CLiterals.string(file != null ? file : "<unknown>") + ", " + line
                    + ", " + CLiterals.string(pyName) + ");");
        }
        BlockCall target = op.unwindKind() == Op.UnwindKind.BLOCK ? op.unwind() : null;
        Block defaultUnwind = op.unwindKind() == Op.UnwindKind.DEFAULT ? f.defaultUnwind() : null;
        if (target != null) {
            List<String> src = new ArrayList<>();
            src.add("molt_err_fetch()");
            for (Value a : target.args()) src.add(v(a));
            out.addAll(assign(target.target(), src, target.args()));
            out.add("goto " + label(target.target()) + ";");
        } else if (defaultUnwind != null) {
            out.add(v(defaultUnwind.param(0)) + " = molt_err_fetch();");
            out.add("goto " + label(defaultUnwind) + ";");
        } else {
            out.add(cc.errorReturn());
        }
        return out;
    }

    /** Jumps along {@code edge} (a successor), assigning its arguments to the target's parameters. */
    void edge(BlockCall edge, String indent) {
        List<String> src = new ArrayList<>();
        for (Value a : edge.args()) src.add(v(a));
        for (String s : assign(edge.target(), src, edge.args())) w.line(indent + s);
        w.line(indent + "goto " + label(edge.target()) + ";");
    }

    /**
     * The statements assigning {@code src} (C expressions) to the parameters of {@code target}, the last
     * {@code values.size()} of which come from the IR values {@code values}. A parallel copy: when one of those
     * values is itself a parameter of the target, every source is read into a temporary first.
     */
    private List<String> assign(Block target, List<String> src, List<Value> values) {
        List<String> out = new ArrayList<>();
        List<BlockParam> dst = target.params();
        boolean overlap = false;
        for (Value val : values) if (val instanceof BlockParam p && p.block() == target) overlap = true;
        if (!overlap || src.size() < 2) {
            for (int i = 0; i < src.size(); i++) {
                if (!src.get(i).equals(v(dst.get(i)))) out.add(v(dst.get(i)) + " = " + src.get(i) + ";");
            }
            return out;
        }
        List<String> temps = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            String t = fresh("t");
            temps.add(t);
            out.add(ctype(dst.get(i).type()) + " " + t + " = " + src.get(i) + ";");
        }
        for (int i = 0; i < src.size(); i++) out.add(v(dst.get(i)) + " = " + temps.get(i) + ";");
        return out;
    }

    /** Returns {@code vals} from the function. */
    void ret(List<String> vals) {
        for (String s : cc.returnStatements(vals)) stmt(s);
    }

    /** Whether {@code val} is a parameter of the function (a closure cell passed in, for py.cell.get). */
    boolean isFunctionParam(Value val) {
        return val instanceof BlockParam p && p.block().isEntry();
    }
}
