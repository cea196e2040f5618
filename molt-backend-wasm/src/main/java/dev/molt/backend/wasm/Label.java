package dev.molt.backend.wasm;

/**
 * A branch target: the structured control instruction ({@code block}, {@code loop}, {@code if}) that opened it.
 * {@link InstructionWriter} turns a label into the relative label index (WebAssembly Core Spec 2.0 §2.5.2:
 * 0 is the innermost enclosing construct) at the branch, so callers never count depths.
 * A branch to a {@code block} or {@code if} goes past its {@code end}; a branch to a {@code loop} goes back to its start.
 */
public final class Label {
    final InstructionWriter owner;
    final int depth;
    final boolean loop;
    boolean open = true;

    Label(InstructionWriter owner, int depth, boolean loop) {
        this.owner = owner;
        this.depth = depth;
        this.loop = loop;
    }

    /** Whether the label belongs to a {@code loop} (branches go backward). */
    public boolean isLoop() {
        return loop;
    }

    /** Whether the construct is still open (its {@code end} not yet written). */
    public boolean isOpen() {
        return open;
    }

    @Override
    public String toString() {
        return (loop ? "loop@" : "block@") + depth;
    }
}
