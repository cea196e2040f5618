package dev.molt.backend.wasm;

import java.util.ArrayList;
import java.util.List;

/**
 * A function defined in a {@link WasmModule}: its index, type, locals and instructions (WebAssembly Core Spec 2.0
 * §2.5.3, encoded as §5.5.13). Parameters are locals {@code 0..n-1} ({@link #param}); {@link #addLocal} declares
 * more after them. The encoder groups consecutive locals of equal type into one {@code (count, type)} entry and
 * appends the function's closing {@code end}.
 */
public final class FunctionBody {
    private final WasmModule module;
    private final FuncIndex index;
    private final FuncType type;
    private final List<ValType> locals = new ArrayList<>();
    private final InstructionWriter code;

    FunctionBody(WasmModule module, FuncIndex index, FuncType type, boolean relocatable) {
        this.module = module;
        this.index = index;
        this.type = type;
        this.code = new InstructionWriter(relocatable);
    }

    /** This function's index in the module's function index space. */
    public FuncIndex index() {
        return index;
    }

    /** This function's type. */
    public FuncType type() {
        return type;
    }

    /**
     * The local holding parameter {@code i}.
     *
     * @throws IndexOutOfBoundsException if there is no such parameter
     */
    public LocalIndex param(int i) {
        if (i < 0 || i >= type.params().size()) {
            throw new IndexOutOfBoundsException("no parameter " + i + " in " + type);
        }
        return new LocalIndex(i);
    }

    /** Names parameter {@code i} in the name section. */
    public FunctionBody nameParam(int i, String name) {
        module.names().nameLocal(index.index(), param(i).index(), name);
        return this;
    }

    /** Declares a new local of type {@code t}, initialised to zero (or null), and returns its index. */
    public LocalIndex addLocal(ValType t) {
        locals.add(t);
        return new LocalIndex(type.params().size() + locals.size() - 1);
    }

    /** Declares a new local with a name for the name section. */
    public LocalIndex addLocal(ValType t, String name) {
        LocalIndex l = addLocal(t);
        module.names().nameLocal(index.index(), l.index(), name);
        return l;
    }

    /** The type of a local (parameter or declared). */
    public ValType localType(LocalIndex l) {
        int n = type.params().size();
        return l.index() < n ? type.params().get(l.index()) : locals.get(l.index() - n);
    }

    /** The instruction writer of the body. */
    public InstructionWriter code() {
        return code;
    }

    /** Encodes locals, instructions and the closing {@code end} (§5.5.13, without the size prefix). */
    byte[] encode() {
        if (code.depth() != 0) {
            throw new IllegalStateException("function " + index.index() + " has " + code.depth() + " unclosed block(s)");
        }
        ByteSink s = new ByteSink();
        s.bytes(encodeLocals());
        s.bytes(code.toByteArray());
        s.u8(0x0B);
        return s.toByteArray();
    }

    /** The code's relocations, offsets relative to the start of {@link #encode()}'s bytes. */
    List<dev.molt.backend.wasm.internal.Reloc> relocations() {
        int shift = encodeLocals().length;
        return code.relocations().stream().map(r -> r.shift(shift)).toList();
    }

    private byte[] encodeLocals() {
        ByteSink s = new ByteSink();
        List<int[]> groups = new ArrayList<>();
        for (ValType t : locals) {
            if (!groups.isEmpty() && groups.get(groups.size() - 1)[1] == t.code()) {
                groups.get(groups.size() - 1)[0]++;
            } else {
                groups.add(new int[] {1, t.code()});
            }
        }
        s.vec(groups, (o, g) -> o.u32Leb(g[0]).u8(g[1]));
        return s.toByteArray();
    }

    boolean usesDataIndex() {
        return code.usesDataIndex();
    }
}
