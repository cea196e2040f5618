package dev.molt.ir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An instance of an op kind ({@link OpDef}) in a block: operands, results, attributes, successor edges and an
 * optional unwind edge. The text form is
 * {@code v3 = py.getattr v1 {name = "x"} unwind ^bb4(v1)}; {@code toString()} returns it.
 *
 * <h2>Unwinding</h2>
 * An op whose kind has {@link Trait#MAY_RAISE} leaves through its unwind edge when it raises. The edge is one of:
 * <ul>
 * <li>{@link UnwindKind#DEFAULT} (nothing spelled): the function's default unwind block if it has one, else the
 *     caller;</li>
 * <li>{@link UnwindKind#BLOCK} ({@code unwind ^bbN(args)}): the block receives the exception as parameter 0 and
 *     {@code args} as parameters 1..;</li>
 * <li>{@link UnwindKind#CALLER} ({@code unwind caller}): propagate to the caller even if the function has a
 *     default unwind block (used inside that block).</li>
 * </ul>
 * The op's own results are not defined on its unwind edge or side exits.
 */
public final class Op {
    /** Where a may-raise op goes when it raises. */
    public enum UnwindKind { DEFAULT, BLOCK, CALLER }

    private final OpDef def;
    private final List<Value> operands;
    private final List<OpResult> results;
    private final SortedMap<String, Attr> attributes = new TreeMap<>();
    private final List<BlockCall> successors = new ArrayList<>(0);
    private BlockCall unwind;
    private UnwindKind unwindKind = UnwindKind.DEFAULT;
    private Block block;
    Op prev; // intrusive list links, maintained by Block
    Op next;

    private Op(OpDef def, List<Value> operands, List<Type> resultTypes) {
        this.def = Objects.requireNonNull(def, "def");
        this.operands = new ArrayList<>(operands.size());
        for (Value v : operands) {
            this.operands.add(Objects.requireNonNull(v, "operand"));
            v.addUser(this);
        }
        List<OpResult> rs = new ArrayList<>(resultTypes.size());
        for (int i = 0; i < resultTypes.size(); i++) rs.add(new OpResult(this, i, resultTypes.get(i)));
        this.results = List.copyOf(rs);
    }

    /**
     * Creates a detached op. Nothing is checked here; the {@link dev.molt.ir.verify.Verifier} checks the op
     * against its definition.
     *
     * @param def the op kind
     * @param operands the operands
     * @param resultTypes one type per result
     */
    public static Op create(OpDef def, List<Value> operands, List<Type> resultTypes) {
        return new Op(def, operands, resultTypes);
    }

    /** Creates a detached op whose result types are the exact types its definition gives ({@code resultCount} results). */
    public static Op create(OpDef def, List<Value> operands, int resultCount) {
        List<Type> types = new ArrayList<>(resultCount);
        for (int i = 0; i < resultCount; i++) {
            TypeConstraint c = def.result(i);
            if (c == null || c.exactType() == null)
                throw new IllegalArgumentException(def.name() + ": result " + i + " has no fixed type; pass result types");
            types.add(c.exactType());
        }
        return new Op(def, operands, types);
    }

    /** The op kind. */
    public OpDef def() {
        return def;
    }

    /** The op name, e.g. {@code py.add}. */
    public String name() {
        return def.name();
    }

    /** Whether this op's name is {@code opName}. */
    public boolean is(String opName) {
        return def.name().equals(opName);
    }

    /** Whether this op's kind has trait {@code t}. */
    public boolean is(Trait t) {
        return def.is(t);
    }

    /** The operands (read-only view; block arguments are not operands). */
    public List<Value> operands() {
        return Collections.unmodifiableList(operands);
    }

    /** Operand {@code i}. */
    public Value operand(int i) {
        return operands.get(i);
    }

    /** Replaces operand {@code i}. */
    public void setOperand(int i, Value v) {
        unuse(operands.get(i));
        operands.set(i, Objects.requireNonNull(v));
        use(v);
    }

    /** Replaces all operands. */
    public void setOperands(List<Value> vs) {
        for (Value v : operands) unuse(v);
        operands.clear();
        for (Value v : vs) {
            operands.add(Objects.requireNonNull(v));
            use(v);
        }
    }

    /** The results. */
    public List<OpResult> results() {
        return results;
    }

    /** The single result. @throws IllegalStateException if the op does not have exactly one */
    public OpResult result() {
        if (results.size() != 1) throw new IllegalStateException(name() + " has " + results.size() + " results");
        return results.get(0);
    }

    /** Result {@code i}. */
    public OpResult result(int i) {
        return results.get(i);
    }

    /** The attributes, sorted by name (read-only view). */
    public Map<String, Attr> attributes() {
        return Collections.unmodifiableSortedMap(attributes);
    }

    /** Attribute {@code key}, or {@code null}. */
    public Attr attr(String key) {
        return attributes.get(key);
    }

    /** String attribute {@code key}. @throws IllegalStateException if absent or not a string */
    public String strAttr(String key) {
        if (attributes.get(key) instanceof Attr.Str s) return s.value();
        throw new IllegalStateException(name() + ": no string attribute " + key);
    }

    /** Integer attribute {@code key}. @throws IllegalStateException if absent or not an integer */
    public BigInteger intAttr(String key) {
        if (attributes.get(key) instanceof Attr.Int i) return i.value();
        throw new IllegalStateException(name() + ": no integer attribute " + key);
    }

    /** Sets (or, with {@code null}, removes) attribute {@code key}; returns {@code this}. */
    public Op setAttr(String key, Attr value) {
        if (value == null) attributes.remove(key);
        else attributes.put(key, value);
        return this;
    }

    /** The successor edges (read-only view): normal edges of a terminator, or side exits. */
    public List<BlockCall> successors() {
        return Collections.unmodifiableList(successors);
    }

    /** Successor edge {@code i}. */
    public BlockCall successor(int i) {
        return successors.get(i);
    }

    /** Appends a successor edge and returns it. */
    public BlockCall addSuccessor(Block target, List<Value> args) {
        BlockCall bc = new BlockCall(this, target, args);
        successors.add(bc);
        touch();
        return bc;
    }

    /** Removes successor edge {@code i}. */
    public void removeSuccessor(int i) {
        successors.remove(i).dropUses();
        touch();
    }

    /** How this op unwinds. */
    public UnwindKind unwindKind() {
        return unwindKind;
    }

    /** The explicit unwind edge, or {@code null} unless {@link #unwindKind()} is {@link UnwindKind#BLOCK}. */
    public BlockCall unwind() {
        return unwind;
    }

    /** Sets an explicit unwind edge to {@code target} passing {@code args} as its parameters 1..; returns it. */
    public BlockCall setUnwind(Block target, List<Value> args) {
        clearUnwind();
        unwind = new BlockCall(this, target, args);
        unwindKind = UnwindKind.BLOCK;
        touch();
        return unwind;
    }

    /** Makes the op unwind straight to the caller ({@code unwind caller}). */
    public void setUnwindToCaller() {
        clearUnwind();
        unwindKind = UnwindKind.CALLER;
    }

    /**
     * Gives this op the unwind edge {@code other} has: the same kind and, for an explicit edge, the same target and
     * arguments (for a pass that replaces {@code other} by this op, or puts this op where {@code other}'s handler
     * applies).
     */
    public void setUnwindLike(Op other) {
        switch (other.unwindKind) {
            case BLOCK -> setUnwind(other.unwind.target(), other.unwind.args());
            case CALLER -> setUnwindToCaller();
            case DEFAULT -> clearUnwind();
        }
    }

    /** Whether this op and {@code other} unwind alike: same kind and, for explicit edges, same target and arguments. */
    public boolean unwindsLike(Op other) {
        if (unwindKind != other.unwindKind) return false;
        return unwindKind != UnwindKind.BLOCK
                || (unwind.target() == other.unwind.target() && unwind.args().equals(other.unwind.args()));
    }

    /** Resets the op to the function's default unwind. */
    public void clearUnwind() {
        if (unwind != null) unwind.dropUses();
        unwind = null;
        unwindKind = UnwindKind.DEFAULT;
        touch();
    }

    /**
     * The block this op goes to when it raises: the explicit unwind target, or the function's default unwind
     * block; {@code null} when it propagates to the caller or the op cannot raise.
     */
    public Block unwindTarget() {
        if (!def.is(Trait.MAY_RAISE) && unwind == null) return null;
        return switch (unwindKind) {
            case BLOCK -> unwind.target();
            case CALLER -> null;
            case DEFAULT -> {
                Function f = block == null ? null : block.function();
                yield f == null ? null : f.defaultUnwind();
            }
        };
    }

    /** The next op in the block, or {@code null} if this is the last (or detached). */
    public Op next() {
        return next;
    }

    /** The previous op in the block, or {@code null} if this is the first (or detached). */
    public Op prev() {
        return prev;
    }

    /** The block containing this op, or {@code null} if detached. */
    public Block block() {
        return block;
    }

    void setBlock(Block b) {
        block = b;
    }

    /** Whether this op is the last op of its block and a terminator. */
    public boolean isTerminator() {
        return def.is(Trait.TERMINATOR);
    }

    /** Replaces every use of {@code from} in this op's operands and block arguments by {@code to}. */
    public void replaceUses(Value from, Value to) {
        for (int i = 0; i < operands.size(); i++) if (operands.get(i) == from) setOperand(i, to);
        for (BlockCall bc : successors) bc.replace(from, to);
        if (unwind != null) unwind.replace(from, to);
    }

    /** Removes this op from its block and drops its uses of other values. @throws IllegalStateException if a result is still used */
    public void erase() {
        for (OpResult r : results)
            if (r.hasUses()) throw new IllegalStateException("erase " + name() + ": result " + r + " still has uses");
        dropAllReferences();
        if (block != null) block.remove(this);
    }

    /** Drops this op's uses of other values (operands and block arguments); the op stays where it is. */
    public void dropAllReferences() {
        for (Value v : operands) v.removeUser(this);
        operands.clear();
        for (BlockCall bc : successors) bc.dropUses();
        if (unwind != null) unwind.dropUses();
    }

    void use(Value v) {
        v.addUser(this);
    }

    void unuse(Value v) {
        v.removeUser(this);
    }

    void touch() {
        if (block != null && block.function() != null) block.function().touch();
    }

    @Override
    public String toString() {
        return dev.molt.ir.text.IrPrinter.printOp(this);
    }
}
