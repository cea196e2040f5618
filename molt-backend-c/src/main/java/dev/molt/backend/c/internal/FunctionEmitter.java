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
import dev.molt.passes.analysis.CodeShape;
import dev.molt.passes.analysis.OwnedValues;
import dev.molt.passes.analysis.RefcountLiveness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits one IR function as one C function.
 *
 * <p>Shape: every SSA value is a C local named by its canonical number ({@code v7}), declared at the top; every
 * block is a label ({@code bb2:}); block parameters are assigned on each incoming edge, through temporaries when
 * an argument is itself a parameter of the target (a parallel copy); a may-raise op is a runtime call followed by a
 * test of its error sentinel whose failure path records the traceback entry and either jumps to the unwind block
 * (exception in its parameter 0, docs/ir.md §2) or returns the error sentinel. Owned references are released
 * where they die ({@link RefcountLiveness}; docs/backend-c.md, "Reference counts").
 */
final class FunctionEmitter {
    final ModuleEmitter mod;
    final Function f;
    final CodeWriter w;
    private final String file;      // the Python file, or null
    private final String pyName;    // co_name for tracebacks
    private final CallingConvention cc;
    private final RefcountLiveness live;    // null: the function counts references itself (it holds rt.incref/rt.decref)
    private int line;               // the Python line of the op being emitted (0: unknown)
    private int tmp;

    FunctionEmitter(ModuleEmitter mod, Function f, CodeWriter w) {
        this.mod = mod;
        this.f = f;
        this.w = w;
        this.file = sourceOf(f);
        this.pyName = CodeShape.coName(f);
        this.cc = CallingConvention.of(f.signature());
        this.live = f.ops().stream().anyMatch(o -> o.is("rt.incref") || o.is("rt.decref")) ? null : RefcountLiveness.of(f);
        Attr first = f.attr("firstlineno");
        this.line = first instanceof Attr.Int i && i.fitsLong() ? i.value().intValue() : 0;
    }

    /** The function's {@code source} attribute, or null. */
    static String sourceOf(Function f) {
        return f.attr("source") instanceof Attr.Str s ? s.value() : null;
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
                if (!op.isTerminator()) dropAfter(op);
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
            out.add("molt_traceback_frame(" + CLiterals.string(file != null ? file : "<unknown>") + ", " + line
                    + ", " + CLiterals.string(pyName) + ", &" + FrameNames.of(f) + ");");
        }
        Block target = RefcountLiveness.errorTarget(f, op);
        if (target != null) {
            List<String> src = new ArrayList<>();
            src.add("molt_err_fetch()");
            List<Value> args = op.unwind() != null ? op.unwind().args() : List.of();
            Set<Value> dying = dropSet(op, target);
            for (Value a : args) src.add(move(a, dying));
            out.addAll(transfer(target, src, args, decrefs(dying)));
            out.add("goto " + label(target) + ";");
        } else {
            out.addAll(drops(op, null));
            out.add(cc.errorReturn());
        }
        return out;
    }

    /** Jumps along {@code edge} (a successor), assigning its arguments to the target's parameters. */
    void edge(BlockCall edge, String indent) {
        List<String> src = new ArrayList<>();
        Set<Value> dying = dropSet(edge.owner(), edge.target());
        for (Value a : edge.args()) src.add(move(a, dying));
        for (String s : transfer(edge.target(), src, edge.args(), decrefs(dying))) w.line(indent + s);
        w.line(indent + "goto " + label(edge.target()) + ";");
    }

    /**
     * The statements assigning {@code src} (C expressions) to the parameters of {@code target}, the last
     * {@code values.size()} of which come from the IR values {@code values}, and running {@code drops}. A parallel
     * copy: when one of those values is itself a parameter of the target, or values are released on the edge, every
     * source is read into a temporary first.
     */
    private List<String> transfer(Block target, List<String> src, List<Value> values, List<String> drops) {
        List<String> out = new ArrayList<>();
        List<BlockParam> dst = target.params();
        boolean overlap = false;
        for (Value val : values) if (val instanceof BlockParam p && p.block() == target) overlap = true;
        if (!drops.isEmpty() && !src.isEmpty()) {
            // Take the new references first, release the dead values (one may be a parameter of the target, so
            // before the parameters are overwritten), then assign.
            List<String> temps = new ArrayList<>();
            for (int i = 0; i < src.size(); i++) {
                String t = fresh("t");
                temps.add(t);
                out.add(ctype(dst.get(i).type()) + " " + t + " = " + src.get(i) + ";");
            }
            out.addAll(drops);
            for (int i = 0; i < src.size(); i++) out.add(v(dst.get(i)) + " = " + temps.get(i) + ";");
            return out;
        }
        out.addAll(drops);
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

    /** Returns the operands of {@code op} (a cf.return) from the function, as new references. */
    void ret(Op op) {
        List<String> vals = new ArrayList<>();
        Set<Value> dying = dropSet(op, null);
        for (Value val : op.operands()) {
            String m = move(val, dying);
            if (!m.equals(v(val))) stmt("(void)" + m + ";");
            vals.add(v(val));
        }
        for (String d : decrefs(dying)) stmt(d);
        for (String s : cc.returnStatements(vals)) stmt(s);
    }

    // ---- reference counts (docs/backend-c.md; ownership: OwnedValues, shared with backend-wasm) ----

    /** The C expression giving a new reference to {@code val} (for a block argument). */
    String ref(Value val) {
        return live != null && RefcountLiveness.counted(val) ? "molt_incref(" + v(val) + ")" : v(val);
    }

    /** The C expression for an op result that aliases the borrowed {@code val}: a new reference to it. */
    String aliasRef(String val) {
        return live != null ? "molt_incref(" + val + ")" : val;
    }

    /** Whether the function counts references automatically (no explicit rt.incref/rt.decref in it). */
    boolean autoRefcount() {
        return live != null;
    }

    /**
     * The decrefs for leaving {@code op} towards {@code target} (null: the caller): every owned value live before the
     * op that the target does not need. The op's results do not exist on such an edge.
     */
    private List<String> drops(Op op, Block target) {
        return decrefs(dropSet(op, target));
    }

    /** The values {@link #drops} releases (mutable: {@link #move} takes references out of it). */
    private Set<Value> dropSet(Op op, Block target) {
        if (live == null) return new HashSet<>();
        Set<Value> held = new HashSet<>(live.before(op));
        op.results().forEach(held::remove);
        if (target != null) held.removeAll(live.neededAcross(target));
        held.removeIf(val -> !OwnedValues.owned(val));
        return held;
    }

    /**
     * The C expression that hands a new reference to {@code val} across an edge: the value's own reference when it
     * dies on the edge anyway (moved: taken out of {@code dying}), else {@code molt_incref(val)}.
     */
    private String move(Value val, Set<Value> dying) {
        if (dying.remove(val)) return v(val);
        return ref(val);
    }

    /** After {@code op} falls through: release its operands, results and other values that die here. */
    private void dropAfter(Op op) {
        if (live == null) return;
        Set<Value> dead = new HashSet<>(live.before(op));
        for (Value r : op.results()) if (RefcountLiveness.counted(r)) dead.add(r);
        dead.removeAll(live.afterFallthrough(op));
        for (String d : decrefs(dead)) stmt(d);
    }

    private List<String> decrefs(Set<Value> vals) {
        List<Value> sorted = new ArrayList<>();
        for (Value val : vals) if (OwnedValues.owned(val)) sorted.add(val);
        sorted.sort(Comparator.comparingInt(f::valueNumber));
        List<String> out = new ArrayList<>();
        for (Value val : sorted) out.add("molt_decref(" + v(val) + ");");
        return out;
    }
}
