package dev.molt.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One edge out of an op: a target block and the block arguments passed to its parameters
 * ({@code ^bb3(v1, v2)}). For an unwind edge the target's parameter 0 receives the exception, so the arguments
 * fill parameters 1.. of the target.
 *
 * <p>Changing arguments through this class keeps the users of the values up to date.
 */
public final class BlockCall {
    private final Op owner;
    private Block target;
    private final List<Value> args;

    BlockCall(Op owner, Block target, List<Value> args) {
        this.owner = owner;
        this.target = Objects.requireNonNull(target, "target");
        this.args = new ArrayList<>(args);
        for (Value v : this.args) owner.use(Objects.requireNonNull(v, "block argument"));
    }

    /** The op this edge leaves from. */
    public Op owner() {
        return owner;
    }

    /** The target block. */
    public Block target() {
        return target;
    }

    /** Retargets the edge (arguments unchanged). */
    public void setTarget(Block b) {
        target = Objects.requireNonNull(b);
        owner.touch();
    }

    /** The block arguments (read-only view). */
    public List<Value> args() {
        return Collections.unmodifiableList(args);
    }

    /** Block argument {@code i}. */
    public Value arg(int i) {
        return args.get(i);
    }

    /** Replaces block argument {@code i}. */
    public void setArg(int i, Value v) {
        owner.unuse(args.get(i));
        args.set(i, Objects.requireNonNull(v));
        owner.use(v);
    }

    /** Appends a block argument. */
    public void addArg(Value v) {
        args.add(Objects.requireNonNull(v));
        owner.use(v);
    }

    /** Removes block argument {@code i}. */
    public void removeArg(int i) {
        owner.unuse(args.remove(i));
    }

    /** Replaces all arguments. */
    public void setArgs(List<Value> vs) {
        for (Value v : args) owner.unuse(v);
        args.clear();
        for (Value v : vs) addArg(v);
    }

    boolean replace(Value from, Value to) {
        boolean any = false;
        for (int i = 0; i < args.size(); i++)
            if (args.get(i) == from) {
                setArg(i, to);
                any = true;
            }
        return any;
    }

    void dropUses() {
        for (Value v : args) owner.unuse(v);
        args.clear();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("^").append(target.label());
        if (!args.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(args.get(i));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
