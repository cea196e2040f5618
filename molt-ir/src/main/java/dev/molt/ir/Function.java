package dev.molt.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A function: a name, a {@link Signature}, blocks in layout order (the first is the entry block, whose
 * parameters are the function's parameters), an optional default unwind block and attributes.
 *
 * <p>Text form: {@code func @name(obj) -> obj [unwind ^bbN] [attributes {...}] { blocks }}.
 *
 * <p>The default unwind block is where may-raise ops without an explicit unwind edge go when they raise; it
 * takes exactly one parameter, the exception ({@code obj}). Without one, such ops propagate to the caller.
 */
public final class Function {
    private final String name;
    private Signature signature;
    private final List<Block> blocks = new ArrayList<>();
    private Block defaultUnwind;
    private final SortedMap<String, Attr> attributes = new TreeMap<>();
    private Module module;
    private int modCount;
    private Names names;

    /** Creates an empty function (no blocks). */
    public Function(String name, Signature signature) {
        this.name = Objects.requireNonNull(name);
        this.signature = Objects.requireNonNull(signature);
    }

    /** The symbol name, without {@code @}. */
    public String name() {
        return name;
    }

    /** The signature. */
    public Signature signature() {
        return signature;
    }

    /** Changes the signature (the entry block's parameters must be changed to match). */
    public void setSignature(Signature s) {
        signature = Objects.requireNonNull(s);
    }

    /** The module this function is in, or {@code null}. */
    public Module module() {
        return module;
    }

    void setModule(Module m) {
        module = m;
    }

    /** The blocks in layout order (read-only view). */
    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The entry block (the first), or {@code null} if there are no blocks. */
    public Block entry() {
        return blocks.isEmpty() ? null : blocks.get(0);
    }

    /** Appends a new empty block and returns it. */
    public Block createBlock() {
        Block b = new Block(this);
        blocks.add(b);
        touch();
        return b;
    }

    /** Creates a new empty block placed right after {@code after} in the layout. */
    public Block createBlockAfter(Block after) {
        Block b = new Block(this);
        blocks.add(blocks.indexOf(after) + 1, b);
        touch();
        return b;
    }

    /**
     * Removes {@code b}: its ops drop their uses of other values and the block is detached. The caller must
     * first remove edges into it and uses of values it defines.
     */
    public void removeBlock(Block b) {
        if (!blocks.remove(b)) throw new IllegalArgumentException(b + " is not in @" + name);
        for (Op op : b.ops()) op.dropAllReferences();
        if (defaultUnwind == b) defaultUnwind = null;
        b.detach();
        touch();
    }

    /** Moves {@code b} (already in this function) to layout position {@code index}. */
    public void moveBlock(Block b, int index) {
        if (!blocks.remove(b)) throw new IllegalArgumentException(b + " is not in @" + name);
        blocks.add(index, b);
        touch();
    }

    /** The default unwind block, or {@code null} (raising ops then propagate to the caller). */
    public Block defaultUnwind() {
        return defaultUnwind;
    }

    /** Sets the default unwind block ({@code null} to propagate to the caller). */
    public void setDefaultUnwind(Block b) {
        defaultUnwind = b;
        touch();
    }

    /** The attributes, sorted by name (read-only view). */
    public Map<String, Attr> attributes() {
        return Collections.unmodifiableSortedMap(attributes);
    }

    /** Attribute {@code key}, or {@code null}. */
    public Attr attr(String key) {
        return attributes.get(key);
    }

    /** Sets (or with {@code null} removes) attribute {@code key}. */
    public void setAttr(String key, Attr value) {
        if (value == null) attributes.remove(key);
        else attributes.put(key, value);
    }

    /** All ops of all blocks, in layout order (a snapshot). */
    public List<Op> ops() {
        List<Op> out = new ArrayList<>();
        for (Block b : blocks) out.addAll(b.ops());
        return out;
    }

    /** A counter that changes whenever blocks, parameters or ops are added, removed or moved. */
    public int modCount() {
        return modCount;
    }

    void touch() {
        modCount++;
    }

    /** The canonical numbering of values and blocks for the current state of the function. */
    Names names() {
        if (names == null || names.modCount != modCount) names = new Names(this, modCount);
        return names;
    }

    /** The canonical number of {@code v} ({@code v7} -> 7), or -1 if it is not defined in this function. */
    public int valueNumber(Value v) {
        return names().valueNumber(v);
    }

    /** The canonical number of {@code b} ({@code ^bb2} -> 2), or -1 if it is not in this function. */
    public int blockNumber(Block b) {
        return names().blockNumber(b);
    }

    @Override
    public String toString() {
        return dev.molt.ir.text.IrPrinter.print(this);
    }

    /** Canonical numbering: blocks by layout position; values by (block, params then op results). */
    static final class Names {
        final int modCount;
        private final Map<Value, Integer> values = new IdentityHashMap<>();
        private final Map<Block, Integer> blockIds = new IdentityHashMap<>();

        Names(Function f, int modCount) {
            this.modCount = modCount;
            int v = 0;
            for (int i = 0; i < f.blocks.size(); i++) {
                Block b = f.blocks.get(i);
                blockIds.put(b, i);
                for (BlockParam p : b.params()) values.put(p, v++);
                for (Op op : b.ops()) for (OpResult r : op.results()) values.put(r, v++);
            }
        }

        int valueNumber(Value v) {
            return values.getOrDefault(v, -1);
        }

        int blockNumber(Block b) {
            return blockIds.getOrDefault(b, -1);
        }
    }
}
