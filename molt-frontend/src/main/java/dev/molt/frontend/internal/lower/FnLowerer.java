package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.scope.Scope;
import dev.molt.frontend.scope.ScopeType;
import dev.molt.frontend.scope.Symbol;
import dev.molt.frontend.scope.SymbolScope;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.builder.Variable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of lowering one Python code object into one Molt function: the builder, where each name lives (SSA
 * variable, cell, namespace, global), the stack of active exits (loops, finally bodies, except handlers, with
 * blocks) that {@code return}/{@code break}/{@code continue} must run, and op emission with source positions.
 */
final class FnLowerer {
    /** What kind of code object this is. */
    enum Kind { MODULE, CLASS, FUNCTION }

    final ModuleLowerer m;
    final Scope scope;
    final Kind kind;
    final FunctionBuilder b;
    final Function fn;
    final String qualname;
    /** The innermost enclosing class name, for private-name mangling, or null. */
    final String privateName;

    final Map<String, Variable> vars = new HashMap<>();
    final Map<String, Value> cells = new HashMap<>();
    /** Parameters never deleted and never unbound: read without py.check_bound. */
    final Set<String> alwaysBound = new HashSet<>();
    /** The class namespace mapping (class bodies only). */
    Value ns;
    /** The source position stamped on raising ops: {line, col}. */
    int line;
    int col;

    final ExprLowerer expr;
    final StmtLowerer stmt;
    final TryLowerer tries;
    final DefLowerer defs;
    final MatchLowerer match;

    /** Active exits, innermost last. */
    List<Exit> exits = new ArrayList<>();

    /** What leaving a region through return/break/continue must do. */
    sealed interface Exit {}

    /** A loop: break goes to {@code breakTo}, continue to {@code continueTo}. */
    record LoopExit(Block continueTo, Block breakTo) implements Exit {}

    /** A finally body to run; {@code outer} is the unwind target outside the try. */
    record FinallyExit(List<Stmt> body, Block outer) implements Exit {}

    /** An except handler (or exceptional finally): exc_pop {@code prev}, clear {@code name} if set. */
    record HandlerExit(Value exc, Value prev, String name, Block outer) implements Exit {}

    /** A with block: call {@code exit(None, None, None)} (awaited for async with). */
    record WithExit(Value exit, boolean async, Block outer) implements Exit {}

    FnLowerer(ModuleLowerer m, Scope scope, Kind kind, FunctionBuilder b, String qualname, String privateName) {
        this.m = m;
        this.scope = scope;
        this.kind = kind;
        this.fn = b.function();
        this.b = b;
        this.qualname = qualname;
        this.privateName = privateName;
        this.expr = new ExprLowerer(this);
        this.stmt = new StmtLowerer(this);
        this.tries = new TryLowerer(this);
        this.defs = new DefLowerer(this);
        this.match = new MatchLowerer(this);
    }

    /**
     * Sorted free-variable names: CPython's {@code co_freevars} order (scope FREE or flag DEF_FREE_CLASS, a class
     * name a method reads from an enclosing function, as {@code compiler_enter_scope} collects them). For a class body, {@code __class__} is
     * among them when a method needs it (the enclosing code makes that cell and fills it after {@code py.make_class}).
     */
    static List<String> freeVars(Scope s) {
        List<String> out = new ArrayList<>(s.frees());
        for (Symbol sym : s.symbols()) if (sym.isFreeClass() && !out.contains(sym.name())) out.add(sym.name());
        if (s.type() == ScopeType.CLASS && s.needsClassClosure() && !out.contains("__class__")) out.add("__class__");
        Collections.sort(out);
        return out;
    }

    /**
     * Binds the entry parameters (docs/ir.md §8: free-variable cells first, then the namespace of a class body or a
     * function's parameters), makes the cells of cell variables, and starts every other local unbound.
     *
     * @param deleted names some {@code del} or {@code except ... as} may unbind
     */
    void prologue(Set<String> deleted) {
        int i = 0;
        for (String free : freeVars(scope)) cells.put(free, b.param(i++));
        if (kind == Kind.CLASS) ns = b.param(i++);
        if (kind != Kind.FUNCTION) {
            for (String c : scope.cells()) {
                if (cells.containsKey(c)) continue;
                if (c.equals("__classdict__") && ns != null) cells.put(c, op("py.cell.new", ns));
                else throw new Unsupported("class cell '" + c + "'", scope.lineno(), scope.colOffset());
            }
            if (kind == Kind.CLASS && scope.needsClassdict() && !cells.containsKey("__classdict__"))
                cells.put("__classdict__", op("py.cell.new", ns));
            return;
        }
        for (String p : scope.parameters()) {
            Value v = b.param(i++);
            if (where(p) == SymbolScope.CELL) {
                cells.put(p, op("py.cell.new", v));
            } else {
                b.defVar(var(p), v);
                if (!deleted.contains(p)) alwaysBound.add(p);
            }
        }
        for (Symbol s : scope.symbols()) {
            if (s.isParameter() && scope.parameters().contains(s.name())) continue;
            if (s.scope() == SymbolScope.CELL && !cells.containsKey(s.name())) cells.put(s.name(), op("py.cell.new"));
            else if (s.scope() == SymbolScope.LOCAL) b.defVar(var(s.name()), unbound());
        }
    }

    /** Ends the code with {@code return None} if control reaches the end, seals every block, drops empty dead ones. */
    void finish() {
        if (!dead()) b.cf().ret(none());
        b.sealAllBlocks();
        for (Block blk : List.copyOf(fn.blocks()))
            if (blk.terminator() == null && blk.size() == 0 && blk != fn.entry()) fn.removeBlock(blk);
    }

    // ---- positions and emission ----

    void at(Located node) {
        line = node.lineno();
        col = node.colOffset();
    }

    Op emit(String name, List<Value> operands, Map<String, Attr> attrs) {
        Op op = b.op(name, operands, attrs);
        return stamp(op);
    }

    Op emitN(String name, List<Value> operands, int results, Map<String, Attr> attrs) {
        OpDef d = m.ops.get(name);
        return stamp(b.op(d, operands, results, attrs));
    }

    private Op stamp(Op op) {
        if (op.is(Trait.MAY_RAISE) && line > 0) op.setAttr("loc", new Attr.Array(List.of(Attr.of(line), Attr.of(col))));
        return op;
    }

    Value op(String name, Value... operands) {
        return emit(name, List.of(operands), Map.of()).result();
    }

    Value op(String name, Map<String, Attr> attrs, Value... operands) {
        return emit(name, List.of(operands), attrs).result();
    }

    void op0(String name, Value... operands) {
        emit(name, List.of(operands), Map.of());
    }

    void op0(String name, Map<String, Attr> attrs, Value... operands) {
        emit(name, List.of(operands), attrs);
    }

    static Map<String, Attr> named(String name) {
        return Map.of("name", Attr.of(name));
    }

    Value none() {
        return op("py.const.none");
    }

    Value str(String s) {
        return op("py.const.str", Map.of("value", Attr.of(s)));
    }

    Value truthy(Value v) {
        return op("py.truthy", v);
    }

    // ---- reachability ----

    /** Whether the current position is unreachable (after a terminator). */
    boolean dead() {
        return b.currentBlock() == null || b.isTerminated();
    }

    private final Set<Block> reached = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void br(Block target, Value... args) {
        if (dead()) return;
        b.cf().br(target, args);
        reached.add(target);
    }

    void condBr(Value cond, Block t, Block f) {
        b.cf().condBr(cond, t, f);
        reached.add(t);
        reached.add(f);
    }

    boolean reached(Block blk) {
        return reached.contains(blk);
    }

    void markReached(Block blk) {
        reached.add(blk);
    }

    /**
     * Continues in {@code blk} if some edge reaches it; otherwise removes it and leaves the position dead.
     *
     * @return whether {@code blk} is reachable
     */
    boolean enter(Block blk) {
        if (!reached.contains(blk)) {
            fn.removeBlock(blk);
            b.switchToBlock(null);
            return false;
        }
        b.sealBlock(blk);
        b.switchToBlock(blk);
        return true;
    }

    /** A region mark: the current block and its last op, and the block count. */
    record Mark(Block block, Op last, int blocks) {}

    Mark mark() {
        Block cur = b.currentBlock();
        return new Mark(cur, cur == null ? null : cur.last(), fn.blocks().size());
    }

    /** Whether an op emitted since {@code mark} unwinds to {@code handler}. */
    boolean unwindsTo(Mark mark, Block handler) {
        if (mark.block() != null) {
            Op o = mark.last() == null ? mark.block().first() : mark.last().next();
            for (; o != null; o = o.next()) if (o.unwindTarget() == handler) return true;
        }
        List<Block> bs = fn.blocks();
        for (int i = mark.blocks(); i < bs.size(); i++)
            for (Op o = bs.get(i).first(); o != null; o = o.next()) if (o.unwindTarget() == handler) return true;
        return false;
    }

    // ---- unwind state ----

    /** The current explicit unwind target, or null for the function's default. */
    Block unwind() {
        return b.unwindTarget();
    }

    void setUnwind(Block target) {
        if (target == null) b.clearUnwind();
        else b.setUnwind(target);
    }

    // ---- statements ----

    void lowerBody(List<Stmt> body) {
        for (Stmt s : body) {
            if (dead()) return;
            stmt.lower(s);
        }
    }

    /**
     * Runs the cleanups of exits {@code exits[depth..]} from the innermost out (inlining finally bodies), as
     * return/break/continue must. Stops early if a cleanup itself leaves (a return inside finally).
     */
    void runExits(int depth) {
        List<Exit> saved = exits;
        Block savedUnwind = unwind();
        try {
            for (int i = saved.size() - 1; i >= depth && !dead(); i--) {
                exits = new ArrayList<>(saved.subList(0, i));
                Exit e = saved.get(i);
                switch (e) {
                    case LoopExit l -> { }
                    case FinallyExit f -> {
                        setUnwind(f.outer());
                        lowerBody(f.body());
                    }
                    case HandlerExit h -> {
                        setUnwind(h.outer());
                        if (h.name() != null) clearHandlerName(h.name());
                        op0("py.exc_pop", h.prev());
                    }
                    case WithExit w -> {
                        setUnwind(w.outer());
                        Value r = op("py.with_exit", w.exit(), none());
                        if (w.async()) op("py.await", r);
                    }
                }
            }
        } finally {
            exits = saved;
            setUnwind(savedUnwind);
        }
    }

    /** {@code name = None; del name} at the end of {@code except E as name:} (PEP 3110). */
    void clearHandlerName(String name) {
        names().store(name, none());
        names().delete(name, true);
    }

    /** The exception of the innermost lexically enclosing handler, or null. */
    Value handledException() {
        for (int i = exits.size() - 1; i >= 0; i--) if (exits.get(i) instanceof HandlerExit h) return h.exc();
        return null;
    }

    // ---- names ----

    private Names names;

    Names names() {
        if (names == null) names = new Names(this);
        return names;
    }

    Symbol symbol(String mangled) {
        return scope.find(mangled).orElse(null);
    }

    SymbolScope where(String mangled) {
        Symbol s = symbol(mangled);
        return s == null ? SymbolScope.GLOBAL_IMPLICIT : s.scope();
    }

    Value unbound() {
        return op("py.const.unbound");
    }

    Variable var(String name) {
        return vars.computeIfAbsent(name, k -> b.declareVar(Type.OBJ));
    }
}
