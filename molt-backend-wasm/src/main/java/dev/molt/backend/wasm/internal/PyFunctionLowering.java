package dev.molt.backend.wasm.internal;

import static dev.molt.backend.wasm.internal.ProgramLowering.ERROR;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.FuncIndex;
import dev.molt.backend.wasm.FuncType;
import dev.molt.backend.wasm.FunctionBody;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.LocalIndex;
import dev.molt.backend.wasm.MemArg;
import dev.molt.backend.wasm.ValType;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.passes.analysis.CodeShape;
import dev.molt.passes.analysis.OwnedValues;
import dev.molt.passes.analysis.RefcountLiveness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers one py-level IR function to a WASM function of a relocatable object, with the C backend's semantics
 * (backend-c FunctionEmitter/PyOpEmitter, docs/backend-c.md): every SSA value is a local ({@code obj}/{@code cell}
 * → i64 NaN-boxed word, {@code i64} → i64, {@code f64} → f64, {@code bool}/{@code ptr} → i32); a py op is a call
 * of its runtime entry followed by a test of the error sentinel ({@code MOLT_ERROR} or a negative status) whose
 * failure path adds the traceback entry and goes to the op's unwind block (the exception from
 * {@code molt_err_fetch} in its parameter 0, docs/ir.md §2) or returns the error sentinel; references are released
 * where values die ({@link RefcountLiveness}; operands borrowed, obj results new). Arrays the runtime reads (call
 * arguments, build_* items, unpack results) live in a per-call frame on the C shadow stack ({@code __stack_pointer}),
 * restored before every return. Control flow comes from {@link Stackifier}, with unwind edges as edges.
 *
 * <p>Calling convention of the generated functions: {@code (...) -> obj} returns the i64 word ({@code MOLT_ERROR}
 * on error); any other result list returns {@code (i32 status, results...)} (multi-value; status -1 on error).
 */
final class PyFunctionLowering implements Stackifier.BlockCode {
    private final ProgramLowering p;
    private final Function f;
    private final FunctionBody body;
    private final InstructionWriter w;
    private final RefcountLiveness live; // null: the function counts references itself (rt.incref/rt.decref)
    private final boolean objResult;
    private final Map<Value, LocalIndex> locals = new IdentityHashMap<>();
    private final Map<Op, Integer> lines = new IdentityHashMap<>();
    private final int fileStr;
    private final int nameStr;
    private final int frameNames;
    private LocalIndex fp;
    private int frameSize;
    private LocalIndex status;
    private Stackifier s;

    private PyFunctionLowering(ProgramLowering p, Function f, FunctionBody body) {
        this.p = p;
        this.f = f;
        this.body = body;
        this.w = body.code();
        this.live = f.ops().stream().anyMatch(o -> o.is("rt.incref") || o.is("rt.decref")) ? null : RefcountLiveness.of(f);
        this.objResult = isObjResult(f.signature());
        this.fileStr = p.cString(f.attr("source") instanceof Attr.Str src ? src.value() : "<unknown>");
        this.nameStr = p.cString(CodeShape.coName(f));
        this.frameNames = p.frameNames(f);
    }

    static boolean isObjResult(Signature sig) {
        return sig.results().size() == 1 && sig.results().get(0).equals(Type.OBJ);
    }

    /** The WASM type of an IR type. */
    static ValType valType(Type t) {
        return switch (t.name()) {
            case "obj", "cell", "i64" -> ValType.I64;
            case "f64" -> ValType.F64;
            case "bool", "ptr" -> ValType.I32;
            default -> throw new UnsupportedOperationException("wasm lowering: values of type " + t);
        };
    }

    /** The WASM type of a function with IR signature {@code sig} (see the class comment). */
    static FuncType funcType(Signature sig) {
        List<ValType> params = sig.params().stream().map(PyFunctionLowering::valType).toList();
        List<ValType> results = new ArrayList<>();
        if (isObjResult(sig)) {
            results.add(ValType.I64);
        } else {
            results.add(ValType.I32);
            sig.results().forEach(t -> results.add(valType(t)));
        }
        return FuncType.of(params, results);
    }

    static void lower(ProgramLowering p, Function f, FunctionBody body) {
        new PyFunctionLowering(p, f, body).lower();
    }

    private void lower() {
        for (int i = 0; i < f.entry().params().size(); i++) {
            locals.put(f.entry().param(i), body.param(i));
        }
        int line = f.attr("firstlineno") instanceof Attr.Int i && i.fitsLong() ? i.value().intValue() : 0;
        int maxSlots = 0;
        for (Block b : f.blocks()) {
            for (Op op : b.ops()) {
                int l = lineOf(op);
                if (l > 0) {
                    line = l;
                }
                lines.put(op, line);
                maxSlots = Math.max(maxSlots, frameSlots(op));
            }
        }
        status = body.addLocal(ValType.I32);
        frameSize = (maxSlots * 8 + 15) / 16 * 16;
        if (frameSize > 0) {
            fp = body.addLocal(ValType.I32);
            w.globalGet(p.stackPointer).i32Const(frameSize).i32Sub().localTee(fp).globalSet(p.stackPointer);
        }
        Stackifier.emit(f, w, this);
        w.unreachable();
    }

    private static int lineOf(Op op) {
        if (op.attr("loc") instanceof Attr.Array a && !a.elements().isEmpty()
                && a.elements().get(0) instanceof Attr.Int i && i.fitsLong()) {
            return i.value().intValue();
        }
        return 0;
    }

    /** How many 8-byte frame slots {@code op} needs for an array it passes to the runtime. */
    private static int frameSlots(Op op) {
        return switch (op.name()) {
            case "py.build_tuple", "py.build_list", "py.build_set", "py.build_dict", "py.build_string" -> op.operands().size();
            case "py.call", "py.range_iter" -> op.operands().size() - 1;
            case "py.unpack_sequence", "py.unpack_ex" -> op.results().size();
            case "py.unbox.i64", "py.unbox.f64", "py.getattr.f64" -> 1;
            case "py.make_function" -> op.operands().size() - 2;
            default -> 0;
        };
    }

    @Override
    public void emit(Block b, Stackifier st) {
        this.s = st;
        for (Op op : b.ops()) {
            PyOps.emit(this, op);
            if (!op.isTerminator()) {
                dropAfter(op);
            }
        }
    }

    // ---- values ----

    InstructionWriter w() {
        return w;
    }

    ProgramLowering program() {
        return p;
    }

    Function function() {
        return f;
    }

    LocalIndex local(Value v) {
        return locals.computeIfAbsent(v, k -> body.addLocal(valType(k.type())));
    }

    void get(Value v) {
        w.localGet(local(v));
    }

    void set(Value v) {
        w.localSet(local(v));
    }

    LocalIndex statusLocal() {
        return status;
    }

    private LocalIndex scratch64;

    /** An i64 scratch local of this function (one, reused: its value never lives across an op). */
    LocalIndex scratch64() {
        if (scratch64 == null) {
            scratch64 = body.addLocal(ValType.I64);
        }
        return scratch64;
    }

    /** Pushes the address of the frame (an array of {@code n} values written by {@link #storeArray}), or NULL. */
    void storeArray(List<Value> vals) {
        for (int i = 0; i < vals.size(); i++) {
            w.localGet(fp);
            get(vals.get(i));
            w.i64Store(MemArg.natural(8, 8 * i));
        }
        if (vals.isEmpty()) {
            w.i32Const(0);
        } else {
            w.localGet(fp);
        }
    }

    /** Pushes the frame address (scratch for out-parameters). */
    void frame() {
        w.localGet(fp);
    }

    // ---- errors ----

    /** {@code call fn} (arguments pushed by {@code args}) into obj result {@code r}, then the MOLT_ERROR test. */
    void callObj(Op op, Value r, Runnable args, FuncIndex fn) {
        computeObj(op, r, () -> {
            args.run();
            w.call(fn);
        });
    }

    /** {@code word} pushes an obj result word (MOLT_ERROR on error) into {@code r}, then the MOLT_ERROR test. */
    void computeObj(Op op, Value r, Runnable word) {
        word.run();
        set(r);
        get(r);
        w.i64Const(ERROR).i64Eq();
        onError(op, true);
    }

    /** {@code call fn} returning an int status (0 / -1), then the negative test. */
    void status(Op op, Runnable args, FuncIndex fn) {
        args.run();
        w.call(fn);
        w.i32Const(0).i32LtS();
        onError(op, true);
    }

    /** Pops an i32 condition: when true, the error path of {@code op}. */
    void onError(Op op, boolean traceback) {
        w.if_(BlockType.EMPTY);
        errorPath(op, traceback);
        w.end();
    }

    /** The error path of {@code op}: traceback entry, then the unwind edge or return to the caller. */
    void errorPath(Op op, boolean traceback) {
        if (traceback) {
            p.address(w, fileStr);
            w.i32Const(lines.getOrDefault(op, 0));
            p.address(w, nameStr);
            p.address(w, frameNames);
            w.call(p.rt.get("molt_traceback_frame"));
        }
        Block target = RefcountLiveness.errorTarget(f, op);
        if (target != null) {
            List<Value> args = op.unwind() != null ? op.unwind().args() : List.of();
            Set<Value> dying = dropSet(op, target);
            List<Runnable> src = new ArrayList<>();
            src.add(() -> w.call(p.rt.get("molt_err_fetch")));
            for (Value a : args) {
                src.add(move(a, dying));
            }
            transfer(target, src, sortedOwned(dying));
            s.branch(op.block(), target);
        } else {
            decrefs(sortedOwned(dropSet(op, null)));
            errorReturn();
        }
    }

    private void restoreStack() {
        if (frameSize > 0) {
            w.localGet(fp).i32Const(frameSize).i32Add().globalSet(p.stackPointer);
        }
    }

    private void errorReturn() {
        restoreStack();
        if (objResult) {
            w.i64Const(ERROR);
        } else {
            w.i32Const(-1);
            for (Type t : f.signature().results()) {
                zero(valType(t));
            }
        }
        w.return_();
    }

    private void zero(ValType t) {
        if (t == ValType.I64) {
            w.i64Const(0);
        } else if (t == ValType.F64) {
            w.f64Const(0);
        } else {
            w.i32Const(0);
        }
    }

    // ---- edges ----

    /** Jumps along {@code edge}, handing its arguments to the target's parameters. */
    void edge(BlockCall edge) {
        Set<Value> dying = dropSet(edge.owner(), edge.target());
        List<Runnable> src = new ArrayList<>();
        for (Value a : edge.args()) {
            src.add(move(a, dying));
        }
        transfer(edge.target(), src, sortedOwned(dying));
        s.branch(edge.owner().block(), edge.target());
    }

    /**
     * A parallel copy into {@code target}'s parameters: push every source (taking new references), release the
     * dead values (one may be a parameter of the target, so before they are overwritten), then pop into the
     * parameters in reverse.
     */
    private void transfer(Block target, List<Runnable> src, List<Value> drops) {
        for (Runnable r : src) {
            r.run();
        }
        decrefs(drops);
        for (int i = src.size() - 1; i >= 0; i--) {
            set(target.params().get(i));
        }
    }

    /** {@code cf.return}: the operands as new references. */
    void ret(Op op) {
        Set<Value> dying = dropSet(op, null);
        for (Value v : op.operands()) {
            if (!dying.remove(v) && live != null && RefcountLiveness.counted(v)) {
                get(v);
                w.call(p.incref).drop();
            }
        }
        decrefs(sortedOwned(dying));
        restoreStack();
        if (!objResult) {
            w.i32Const(0);
        }
        for (Value v : op.operands()) {
            get(v);
        }
        w.return_();
    }

    // ---- reference counts (ownership: OwnedValues, shared with backend-c FunctionEmitter) ----

    /** Whether references are counted automatically here. */
    boolean autoRefcount() {
        return live != null;
    }

    /** Pushes a new reference to {@code val} (for a block argument or alias). */
    void ref(Value val) {
        get(val);
        if (live != null && RefcountLiveness.counted(val)) {
            w.call(p.incref);
        }
    }

    private Set<Value> dropSet(Op op, Block target) {
        if (live == null) {
            return new HashSet<>();
        }
        Set<Value> held = new HashSet<>(live.before(op));
        op.results().forEach(held::remove);
        if (target != null) {
            held.removeAll(live.neededAcross(target));
        }
        held.removeIf(v -> !OwnedValues.owned(v));
        return held;
    }

    private Runnable move(Value val, Set<Value> dying) {
        if (dying.remove(val)) {
            return () -> get(val);
        }
        return () -> ref(val);
    }

    private void dropAfter(Op op) {
        if (live == null) {
            return;
        }
        Set<Value> dead = new HashSet<>(live.before(op));
        for (Value r : op.results()) {
            if (RefcountLiveness.counted(r)) {
                dead.add(r);
            }
        }
        dead.removeAll(live.afterFallthrough(op));
        decrefs(sortedOwned(dead));
    }

    private List<Value> sortedOwned(Set<Value> vals) {
        List<Value> sorted = new ArrayList<>();
        for (Value v : vals) {
            if (OwnedValues.owned(v)) {
                sorted.add(v);
            }
        }
        sorted.sort(Comparator.comparingInt(f::valueNumber));
        return sorted;
    }

    private void decrefs(List<Value> vals) {
        for (Value v : vals) {
            get(v);
            w.call(p.decref);
        }
    }
}
