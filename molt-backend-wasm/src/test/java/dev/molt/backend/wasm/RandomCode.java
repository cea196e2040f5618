package dev.molt.backend.wasm;

import dev.molt.backend.wasm.NumericOpTable.NumericOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random well-typed function bodies. It keeps, like the validation algorithm of WebAssembly Core Spec
 * 2.0 Appendix §7.3, a stack of control frames with their label types, and only emits an instruction whose
 * operands it has just produced: expressions of a wanted type are built bottom-up (constants, locals, globals,
 * loads, numeric ops, calls, select, nested block/loop/if with results, br_if carrying a value to an enclosing
 * label), and statements consume what they produce (drop, local.set, global.set, stores, if/else, loops with a
 * backward br_if, br_table over empty labels, an unconditional br ending a block).
 */
final class RandomCode {
    static final List<ValType> NUMS = List.of(ValType.I32, ValType.I64, ValType.F32, ValType.F64);

    private final Random rnd;
    private final WasmModule module;
    private final List<FunctionBody> callees;
    private final List<GlobalIndex> globals;
    private final List<ValType> globalTypes;
    private FunctionBody fn;
    private InstructionWriter w;
    private List<LocalIndex> locals;
    private final List<Label> labels = new ArrayList<>();
    private final List<ValType> labelTypes = new ArrayList<>(); // null = no label value
    private int budget;

    RandomCode(Random rnd, WasmModule module, List<FunctionBody> callees, List<GlobalIndex> globals,
            List<ValType> globalTypes) {
        this.rnd = rnd;
        this.module = module;
        this.callees = callees;
        this.globals = globals;
        this.globalTypes = globalTypes;
    }

    static ValType anyNum(Random rnd) {
        return NUMS.get(rnd.nextInt(NUMS.size()));
    }

    /** Fills the body of {@code f}: a few statements, then a value of its result type if it has one. */
    void fill(FunctionBody f, int size) {
        fn = f;
        w = f.code();
        budget = size;
        locals = new ArrayList<>();
        for (int i = 0; i < f.type().params().size(); i++) {
            locals.add(f.param(i));
        }
        int extra = rnd.nextInt(4);
        for (int i = 0; i < extra; i++) {
            locals.add(f.addLocal(anyNum(rnd)));
        }
        stmts(3);
        if (!f.type().results().isEmpty()) {
            expr(f.type().results().get(0), 4);
        }
    }

    private void stmts(int depth) {
        int n = rnd.nextInt(3);
        for (int i = 0; i < n && budget > 0; i++) {
            stmt(depth);
        }
    }

    private void stmt(int depth) {
        budget--;
        int choice = rnd.nextInt(depth <= 0 ? 4 : 10);
        switch (choice) {
            case 0 -> {
                expr(anyNum(rnd), depth - 1);
                w.drop();
            }
            case 1 -> {
                if (locals.isEmpty()) {
                    w.nop();
                    return;
                }
                LocalIndex l = locals.get(rnd.nextInt(locals.size()));
                expr(fn.localType(l), depth - 1);
                w.localSet(l);
            }
            case 2 -> {
                int g = rnd.nextInt(globals.size());
                expr(globalTypes.get(g), depth - 1);
                w.globalSet(globals.get(g));
            }
            case 3 -> store(depth);
            case 4 -> {
                expr(ValType.I32, depth - 1);
                Label l = open(w.if_(BlockType.EMPTY), null);
                stmts(depth - 1);
                if (rnd.nextBoolean()) {
                    w.else_();
                    stmts(depth - 1);
                }
                close(l);
            }
            case 5 -> {
                Label loop = open(w.loop(BlockType.EMPTY), null);
                stmts(depth - 1);
                expr(ValType.I32, depth - 1);
                w.brIf(loop);
                close(loop);
            }
            case 6 -> {
                Label outer = open(w.block(BlockType.EMPTY), null);
                Label inner = open(w.block(BlockType.EMPTY), null);
                expr(ValType.I32, depth - 1);
                List<Label> targets = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    targets.add(rnd.nextBoolean() ? outer : inner);
                }
                w.brTable(targets, rnd.nextBoolean() ? outer : inner);
                close(inner);
                stmts(depth - 1);
                close(outer);
            }
            case 7 -> {
                Label b = open(w.block(BlockType.EMPTY), null);
                stmts(depth - 1);
                if (rnd.nextBoolean()) {
                    w.br(b);
                } else {
                    expr(ValType.I32, depth - 1);
                    w.brIf(b);
                }
                close(b);
            }
            case 8 -> {
                List<Integer> voidLabels = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    if (labelTypes.get(i) == null) {
                        voidLabels.add(i);
                    }
                }
                if (voidLabels.isEmpty()) {
                    w.nop();
                } else {
                    expr(ValType.I32, depth - 1);
                    w.brIf(labels.get(voidLabels.get(rnd.nextInt(voidLabels.size()))));
                }
            }
            default -> {
                expr(ValType.I32, depth - 1);
                w.i32Const(rnd.nextInt(256)).i32Const(rnd.nextInt(16));
                switch (rnd.nextInt(2)) {
                    case 0 -> w.memoryFill();
                    default -> w.memoryCopy();
                }
            }
        }
    }

    private void store(int depth) {
        ValType t = anyNum(rnd);
        expr(ValType.I32, depth - 1);
        expr(t, depth - 1);
        MemArg m = memArg(t == ValType.I32 || t == ValType.F32 ? 4 : 8);
        switch (t) {
            case I32 -> {
                switch (rnd.nextInt(3)) {
                    case 0 -> w.i32Store(m);
                    case 1 -> w.i32Store8(memArg(1));
                    default -> w.i32Store16(memArg(2));
                }
            }
            case I64 -> {
                switch (rnd.nextInt(4)) {
                    case 0 -> w.i64Store(m);
                    case 1 -> w.i64Store8(memArg(1));
                    case 2 -> w.i64Store16(memArg(2));
                    default -> w.i64Store32(memArg(4));
                }
            }
            case F32 -> w.f32Store(m);
            default -> w.f64Store(m);
        }
    }

    private MemArg memArg(int bytes) {
        int maxAlign = Integer.numberOfTrailingZeros(bytes);
        return new MemArg(rnd.nextInt(maxAlign + 1), rnd.nextInt(3) == 0 ? rnd.nextInt(1 << 20) : rnd.nextInt(64));
    }

    private Label open(Label l, ValType type) {
        labels.add(l);
        labelTypes.add(type);
        return l;
    }

    private void close(Label l) {
        if (labels.get(labels.size() - 1) != l) {
            throw new AssertionError("labels out of order");
        }
        labels.remove(labels.size() - 1);
        labelTypes.remove(labelTypes.size() - 1);
        w.end();
    }

    /** Emits code that leaves exactly one value of type {@code t} on the stack. */
    void expr(ValType t, int depth) {
        budget--;
        int choice = depth <= 0 || budget <= 0 ? rnd.nextInt(3) : rnd.nextInt(13);
        switch (choice) {
            case 0, 1 -> constant(t);
            case 2 -> {
                List<LocalIndex> ofType = locals.stream().filter(l -> fn.localType(l) == t).toList();
                if (ofType.isEmpty()) {
                    constant(t);
                } else {
                    w.localGet(ofType.get(rnd.nextInt(ofType.size())));
                }
            }
            case 3, 4, 5 -> {
                List<NumericOp> ops = NumericOpTable.OPS.stream().filter(o -> o.result() == t).toList();
                NumericOp op = ops.get(rnd.nextInt(ops.size()));
                for (ValType in : op.operands()) {
                    expr(in, depth - 1);
                }
                op.emit(w);
            }
            case 6 -> load(t, depth);
            case 7 -> {
                Label b = open(w.block(BlockType.of(t)), t);
                stmts(depth - 1);
                if (rnd.nextBoolean()) {
                    expr(t, depth - 1);
                    expr(ValType.I32, depth - 1);
                    w.brIf(b).drop();
                }
                expr(t, depth - 1);
                if (rnd.nextInt(4) == 0) {
                    w.br(b);
                }
                close(b);
            }
            case 8 -> {
                expr(ValType.I32, depth - 1);
                Label l = open(w.if_(BlockType.of(t)), t);
                expr(t, depth - 1);
                w.else_();
                expr(t, depth - 1);
                close(l);
            }
            case 9 -> {
                Label l = open(w.loop(BlockType.of(t)), null);
                stmts(depth - 1);
                expr(ValType.I32, depth - 1);
                w.brIf(l);
                expr(t, depth - 1);
                close(l);
            }
            case 10 -> {
                expr(t, depth - 1);
                expr(t, depth - 1);
                expr(ValType.I32, depth - 1);
                w.select();
            }
            case 11 -> {
                List<Integer> matching = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    if (labelTypes.get(i) == t) {
                        matching.add(i);
                    }
                }
                if (matching.isEmpty()) {
                    constant(t);
                } else {
                    expr(t, depth - 1);
                    expr(ValType.I32, depth - 1);
                    w.brIf(labels.get(matching.get(rnd.nextInt(matching.size()))));
                }
            }
            default -> {
                List<FunctionBody> ofType = callees.stream()
                        .filter(c -> c.type().results().equals(List.of(t))).toList();
                if (ofType.isEmpty()) {
                    constant(t);
                } else {
                    FunctionBody c = ofType.get(rnd.nextInt(ofType.size()));
                    for (ValType p : c.type().params()) {
                        expr(p, depth - 1);
                    }
                    w.call(c.index());
                }
            }
        }
    }

    private void load(ValType t, int depth) {
        expr(ValType.I32, depth - 1);
        switch (t) {
            case I32 -> {
                switch (rnd.nextInt(5)) {
                    case 0 -> w.i32Load(memArg(4));
                    case 1 -> w.i32Load8S(memArg(1));
                    case 2 -> w.i32Load8U(memArg(1));
                    case 3 -> w.i32Load16S(memArg(2));
                    default -> w.i32Load16U(memArg(2));
                }
            }
            case I64 -> {
                switch (rnd.nextInt(7)) {
                    case 0 -> w.i64Load(memArg(8));
                    case 1 -> w.i64Load8S(memArg(1));
                    case 2 -> w.i64Load8U(memArg(1));
                    case 3 -> w.i64Load16S(memArg(2));
                    case 4 -> w.i64Load16U(memArg(2));
                    case 5 -> w.i64Load32S(memArg(4));
                    default -> w.i64Load32U(memArg(4));
                }
            }
            case F32 -> w.f32Load(memArg(4));
            default -> w.f64Load(memArg(8));
        }
    }

    private void constant(ValType t) {
        switch (t) {
            case I32 -> w.i32Const(rnd.nextInt());
            case I64 -> w.i64Const(rnd.nextLong() >> rnd.nextInt(64));
            case F32 -> w.f32Const(Float.intBitsToFloat(rnd.nextInt()));
            default -> w.f64Const(Double.longBitsToDouble(rnd.nextLong()));
        }
    }

    /** A random module: memory, globals, and {@code count} functions that may call earlier ones. */
    static byte[] module(Random rnd, int count, int size) {
        WasmModule m = new WasmModule();
        FuncIndex imported = m.importFunction("env", "f", FuncType.of(List.of(ValType.I64), List.of(ValType.F64)));
        m.addMemory(Limits.atLeast(1));
        List<GlobalIndex> globals = new ArrayList<>();
        List<ValType> globalTypes = new ArrayList<>();
        for (ValType t : NUMS) {
            globals.add(m.addGlobal(t, true, switch (t) {
                case I32 -> ConstExpr.i32(rnd.nextInt());
                case I64 -> ConstExpr.i64(rnd.nextLong());
                case F32 -> ConstExpr.f32(rnd.nextFloat());
                default -> ConstExpr.f64(rnd.nextDouble());
            }));
            globalTypes.add(t);
        }
        List<FunctionBody> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<ValType> params = new ArrayList<>();
            for (int p = rnd.nextInt(4); p > 0; p--) {
                params.add(anyNum(rnd));
            }
            List<ValType> results = rnd.nextInt(4) == 0 ? List.of() : List.of(anyNum(rnd));
            FunctionBody f = m.addFunction("f" + i, FuncType.of(params, results));
            new RandomCode(rnd, m, done, globals, globalTypes).fill(f, size);
            if (i == 0) {
                f.code().i64Const(1).call(imported).drop();
            }
            m.exportFunction("f" + i, f.index());
            done.add(f);
        }
        return m.finish();
    }
}
