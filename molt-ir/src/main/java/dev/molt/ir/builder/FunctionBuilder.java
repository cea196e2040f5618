package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.Signature;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes IR in a few readable lines, after Cranelift's {@code FunctionBuilder}:
 * <pre>{@code
 * FunctionBuilder b = FunctionBuilder.create(module, "add", Signature.pyFunction(2));
 * Value sum = b.py().add(b.param(0), b.param(1));
 * b.cf().ret(sum);
 * }</pre>
 * New ops go at the end of the current block ({@link #switchToBlock(Block)}). May-raise ops get the current
 * unwind edge ({@link #setUnwind(Block, Value...)}), else the function's default.
 *
 * <h2>SSA construction</h2>
 * A frontend may declare {@link Variable}s and call {@link #defVar}/{@link #useVar}; the builder then places
 * block parameters itself with Braun et al.'s algorithm ("Simple and Efficient Construction of Static Single
 * Assignment Form", CC 2013), removing trivial ones. Rules (as in Cranelift):
 * <ul>
 * <li>{@link #sealBlock(Block) seal} a block once every edge into it has been created; no edge may be added to
 *     a sealed block;</li>
 * <li>add a block's own parameters ({@link #appendBlockParam}) before any edge into it is made; the builder
 *     appends its SSA parameters after them;</li>
 * <li>a value read on an unwind edge or side exit is the variable's value at that op, not at the end of the
 *     block;</li>
 * <li>the function's default unwind block cannot read variables (its implicit edges carry no arguments): give
 *     raising ops an explicit unwind edge instead.</li>
 * </ul>
 * Edges made by this builder are tracked for SSA construction; edges added directly with
 * {@link Op#addSuccessor} are not.
 */
public final class FunctionBuilder {
    private final Function function;
    private final OpRegistry registry;
    private Block current;
    private Op anchor; // when non-null, new ops go before it (a pass editing existing code)
    private Block unwindTarget;
    private List<Value> unwindArgs = List.of();
    private boolean unwindToCaller;

    private final PyOps py = new PyOps(this);
    private final CfOps cf = new CfOps(this);
    private final I64Ops i64 = new I64Ops(this);
    private final F64Ops f64 = new F64Ops(this);
    private final BoolOps bool = new BoolOps(this);
    private final RtOps rt = new RtOps(this);

    // SSA construction state
    private int nextVar;
    private record Edge(BlockCall call, Block from, Map<Variable, Value> snapshot, boolean unwind) {}
    private final Map<Block, List<Edge>> preds = new IdentityHashMap<>();
    private final Map<Block, Map<Variable, Value>> currentDefs = new IdentityHashMap<>();
    private final Map<Block, Map<Variable, Value>> entryDefs = new IdentityHashMap<>();
    private final Map<Block, Map<Variable, BlockParam>> incomplete = new IdentityHashMap<>();
    private final Set<Block> sealed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<BlockParam> ssaParams = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Parameters whose operands are still being added (never checked for triviality until complete). */
    private final Set<BlockParam> filling = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** What each removed trivial parameter was replaced by (a later removal may remove the replacement too). */
    private final Map<BlockParam, Value> replacedBy = new IdentityHashMap<>();

    /** Wraps an existing function; the current block is its entry if it has one. */
    public FunctionBuilder(Function function, OpRegistry registry) {
        this.function = function;
        this.registry = registry;
        this.current = function.entry();
        if (current != null) sealed.add(current);
    }

    /**
     * Creates function {@code name} with an entry block whose parameters follow {@code sig}, adds it to
     * {@code module} (unless {@code null}), and positions the builder in the entry block (which is sealed: nothing
     * may branch to the entry).
     */
    public static FunctionBuilder create(Module module, String name, Signature sig) {
        return create(module, name, sig, OpRegistry.defaults());
    }

    /** As {@link #create(Module, String, Signature)}, looking op names up in {@code registry} (for custom ops). */
    public static FunctionBuilder create(Module module, String name, Signature sig, OpRegistry registry) {
        Function f = new Function(name, sig);
        Block entry = f.createBlock();
        for (Type t : sig.params()) entry.addParam(t);
        if (module != null) module.addFunction(f);
        return new FunctionBuilder(f, registry);
    }

    /** The function being built. */
    public Function function() {
        return function;
    }

    /** The registry used to look up op kinds by name. */
    public OpRegistry registry() {
        return registry;
    }

    /** The entry block. */
    public Block entryBlock() {
        return function.entry();
    }

    /** Entry parameter {@code i}: the function's parameter {@code i}. */
    public BlockParam param(int i) {
        return function.entry().param(i);
    }

    /** Creates a new block at the end of the layout. */
    public Block createBlock() {
        return function.createBlock();
    }

    /** Makes {@code b} the block new ops are appended to. */
    public void switchToBlock(Block b) {
        current = b;
        anchor = null;
    }

    /**
     * Makes new ops go right before {@code op} (in its block), for passes that rewrite existing IR:
     * {@code b.positionBefore(op); Value c = b.py().constInt(3);}. SSA variables are for building new code
     * and should not be mixed with this.
     */
    public void positionBefore(Op op) {
        if (op.block() == null) throw new IllegalArgumentException(op.name() + " is not in a block");
        current = op.block();
        anchor = op;
    }

    /** A builder over {@code op}'s function, positioned before {@code op}. */
    public static FunctionBuilder before(Op op) {
        FunctionBuilder b = new FunctionBuilder(op.block().function(), OpRegistry.defaults());
        b.positionBefore(op);
        return b;
    }

    /** The current block. */
    public Block currentBlock() {
        return current;
    }

    /** Whether the current block already ends with a terminator. */
    public boolean isTerminated() {
        return current != null && current.terminator() != null;
    }

    /**
     * Appends a parameter to {@code b}. @throws IllegalStateException if the builder has already given
     * {@code b} SSA parameters (add a block's own parameters first)
     */
    public BlockParam appendBlockParam(Block b, Type t) {
        for (BlockParam p : b.params())
            if (ssaParams.contains(p)) throw new IllegalStateException("append parameters of " + b + " before reading variables in it");
        return b.addParam(t);
    }

    /** Makes {@code b} the function's default unwind block and gives it its exception parameter; returns it. */
    public BlockParam setDefaultUnwind(Block b) {
        function.setDefaultUnwind(b);
        sealed.add(b);
        return b.params().isEmpty() ? b.addParam(Type.OBJ) : b.param(0);
    }

    // ---- unwind region ----

    /** Subsequent may-raise ops unwind to {@code target}, passing {@code args} after the exception. */
    public void setUnwind(Block target, Value... args) {
        unwindTarget = target;
        unwindArgs = List.of(args);
        unwindToCaller = false;
    }

    /** Subsequent may-raise ops use {@code unwind caller}. */
    public void setUnwindToCaller() {
        unwindTarget = null;
        unwindArgs = List.of();
        unwindToCaller = true;
    }

    /** Subsequent may-raise ops use the function's default unwind. */
    public void clearUnwind() {
        unwindTarget = null;
        unwindArgs = List.of();
        unwindToCaller = false;
    }

    /** The explicit unwind target for new may-raise ops, or {@code null}. */
    public Block unwindTarget() {
        return unwindTarget;
    }

    // ---- generic insertion ----

    /** Typed helpers for the {@code py} namespace. */
    public PyOps py() {
        return py;
    }

    /** Typed helpers for the {@code cf} namespace. */
    public CfOps cf() {
        return cf;
    }

    /** Typed helpers for the {@code i64} namespace. */
    public I64Ops i64() {
        return i64;
    }

    /** Typed helpers for the {@code f64} namespace. */
    public F64Ops f64() {
        return f64;
    }

    /** Typed helpers for the {@code bool} namespace. */
    public BoolOps bool() {
        return bool;
    }

    /** Typed helpers for the {@code rt} namespace. */
    public RtOps rt() {
        return rt;
    }

    /**
     * Appends op {@code name} (looked up in the registry) with the given operands and attributes; result types
     * are the op kind's fixed types. Returns the op.
     */
    public Op op(String name, List<Value> operands, Map<String, Attr> attrs) {
        OpDef d = registry.get(name);
        return op(d, operands, fixedResultCount(d), attrs);
    }

    /** Appends an op of kind {@code d} with {@code resultCount} results of the kind's fixed types. */
    public Op op(OpDef d, List<Value> operands, int resultCount, Map<String, Attr> attrs) {
        Op o = Op.create(d, operands, resultCount);
        attrs.forEach(o::setAttr);
        return insert(o);
    }

    /** Appends an op of kind {@code d} with explicit result types. */
    public Op op(OpDef d, List<Value> operands, List<Type> resultTypes, Map<String, Attr> attrs) {
        Op o = Op.create(d, operands, resultTypes);
        attrs.forEach(o::setAttr);
        return insert(o);
    }

    private static int fixedResultCount(OpDef d) {
        return d.results().size();
    }

    /**
     * Appends a detached op to the current block, applying the current unwind edge if it may raise, and records
     * its edges for SSA construction. Returns {@code op}.
     */
    public Op insert(Op op) {
        if (current == null) throw new IllegalStateException("no current block; call switchToBlock");
        if (anchor == null && current.terminator() != null)
            throw new IllegalStateException(current + " already ends with " + current.terminator().name());
        if (op.is(Trait.MAY_RAISE) && op.unwindKind() == Op.UnwindKind.DEFAULT) {
            if (unwindTarget != null) op.setUnwind(unwindTarget, unwindArgs);
            else if (unwindToCaller) op.setUnwindToCaller();
        }
        if (anchor != null) current.insertBefore(anchor, op);
        else current.append(op);
        Map<Variable, Value> snap = null;
        for (BlockCall bc : op.successors()) {
            if (!op.isTerminator()) snap = snap != null ? snap : snapshot();
            addEdge(new Edge(bc, current, op.isTerminator() ? null : snap, false));
        }
        if (op.unwind() != null) addEdge(new Edge(op.unwind(), current, snap != null ? snap : snapshot(), true));
        return op;
    }

    private Map<Variable, Value> snapshot() {
        return new HashMap<>(currentDefs.getOrDefault(current, Map.of()));
    }

    private void addEdge(Edge e) {
        Block t = e.call().target();
        if (sealed.contains(t))
            throw new IllegalStateException("edge to sealed block " + t + "; seal a block only after all edges into it exist");
        preds.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
    }

    // ---- SSA construction (Braun et al. 2013) ----

    /** Declares a new variable of type {@code t}. */
    public Variable declareVar(Type t) {
        return new Variable(nextVar++, t);
    }

    /** Assigns {@code v} to {@code var} at the current position. @throws IllegalArgumentException on a type mismatch */
    public void defVar(Variable var, Value v) {
        if (!v.type().equals(var.type()))
            throw new IllegalArgumentException(var + " has type " + var.type() + ", not " + v.type());
        currentDefs.computeIfAbsent(current, k -> new HashMap<>()).put(var, v);
    }

    /**
     * The value of {@code var} at the current position, adding block parameters where control flow merges.
     * @throws IllegalStateException if the variable is not defined on some path from the entry
     */
    public Value useVar(Variable var) {
        return resolve(readVar(var, current));
    }

    /** Declares that every edge into {@code b} now exists, completing its pending SSA parameters. */
    public void sealBlock(Block b) {
        if (!sealed.add(b)) return;
        Map<Variable, BlockParam> inc = incomplete.remove(b);
        if (inc == null) return;
        for (var e : new ArrayList<>(inc.entrySet())) {
            addArgs(e.getValue(), e.getKey(), b);
        }
        for (BlockParam p : new ArrayList<>(inc.values())) if (p.block() != null) tryRemoveTrivial(p);
    }

    /** Seals every block of the function. */
    public void sealAllBlocks() {
        for (Block b : function.blocks()) sealBlock(b);
    }

    private Value readVar(Variable var, Block b) {
        Value v = currentDefs.getOrDefault(b, Map.of()).get(var);
        return v != null ? resolve(v) : readEntry(var, b);
    }

    private Value readEntry(Variable var, Block b) {
        Value v = entryDefs.getOrDefault(b, Map.of()).get(var);
        if (v != null) return resolve(v);
        if (b == function.defaultUnwind())
            throw new IllegalStateException("the default unwind block " + b + " cannot read " + var + "; use an explicit unwind edge");
        List<Edge> es = preds.getOrDefault(b, List.of());
        if (!sealed.contains(b)) {
            BlockParam p = newSsaParam(b, var);
            incomplete.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(var, p);
            return p;
        }
        if (es.isEmpty()) throw new IllegalStateException(var + " is read in " + b + " but not defined on every path to it");
        if (es.size() == 1) {
            v = readOnEdge(var, es.get(0));
            entryDefs.computeIfAbsent(b, k -> new HashMap<>()).put(var, v);
            return v;
        }
        BlockParam p = newSsaParam(b, var);
        addArgs(p, var, b);
        return resolve(tryRemoveTrivial(p));
    }

    /** {@code v}, or what replaced it if it is a parameter removed as trivial (transitively). */
    private Value resolve(Value v) {
        while (v instanceof BlockParam bp && bp.block() == null && replacedBy.containsKey(bp)) v = replacedBy.get(bp);
        return v;
    }

    private BlockParam newSsaParam(Block b, Variable var) {
        BlockParam p = b.addParam(var.type());
        ssaParams.add(p);
        entryDefs.computeIfAbsent(b, k -> new HashMap<>()).put(var, p);
        return p;
    }

    private Value readOnEdge(Variable var, Edge e) {
        if (e.snapshot() == null) return readVar(var, e.from());
        Value v = e.snapshot().get(var);
        return v != null ? resolve(v) : readEntry(var, e.from());
    }

    private void addArgs(BlockParam p, Variable var, Block b) {
        filling.add(p);
        try {
            for (Edge e : preds.getOrDefault(b, List.of())) e.call().addArg(readOnEdge(var, e));
        } finally {
            filling.remove(p);
        }
    }

    private Value tryRemoveTrivial(BlockParam p) {
        Block b = p.block();
        Value same = null;
        for (Edge e : preds.getOrDefault(b, List.of())) {
            Value a = e.call().arg(p.index() - (e.unwind() ? 1 : 0));
            if (a == same || a == p) continue;
            if (same != null) return p;
            same = a;
        }
        if (same == null) return p; // only self-references: unreachable or a loop without entry
        List<dev.molt.ir.Op> users = p.users();
        int idx = p.index();
        for (Edge e : preds.getOrDefault(b, List.of())) e.call().removeArg(idx - (e.unwind() ? 1 : 0));
        p.replaceAllUsesWith(same);
        replacedBy.put(p, same); // the variable maps still hold p: every read resolves it (no O(maps) rewrite)
        b.removeParam(idx);
        ssaParams.remove(p);
        for (dev.molt.ir.Op u : users) {
            List<BlockCall> calls = new ArrayList<>(u.successors());
            if (u.unwind() != null) calls.add(u.unwind());
            for (BlockCall bc : calls)
                for (BlockParam q : List.copyOf(bc.target().params()))
                    if (q != p && q.block() != null && ssaParams.contains(q) && sealed.contains(q.block())
                            && !isIncomplete(q) && !filling.contains(q)) tryRemoveTrivial(q);
        }
        return resolve(same);
    }

    private boolean isIncomplete(BlockParam q) {
        Map<Variable, BlockParam> inc = incomplete.get(q.block());
        return inc != null && inc.containsValue(q);
    }
}
