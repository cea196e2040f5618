package dev.molt.frontend.internal.lower;

import dev.molt.ir.AttrKind;
import dev.molt.ir.OpDef;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;

/**
 * The few ops the lowering needs beyond molt-ir's standard set, registered through the public registry API
 * (docs/ir.md §4). Each mirrors one CPython 3.12 bytecode.
 */
public final class LoweringOps {
    private static final OpRegistry REGISTRY = register(OpRegistry.standard()).freeze();

    private LoweringOps() {}

    /**
     * Adds the lowering's ops to {@code r}.
     *
     * @param r a mutable registry
     * @return {@code r}
     */
    public static OpRegistry register(OpRegistry r) {
        r.register(OpDef.builder("py.builtin").results(Type.OBJ).attr("name", AttrKind.STR).traits(Trait.PURE)
                .doc("The builtin `name` itself, not shadowable by globals (LOAD_ASSERTION_ERROR, and "
                        + "StopAsyncIteration for async for).").build());
        r.register(OpDef.builder("py.delete_name").operands(Type.OBJ).attr("name", AttrKind.STR)
                .traits(Trait.MAY_RAISE).doc("`del name` in a class body: removes name from the namespace mapping "
                        + "operand; NameError if absent (DELETE_NAME).").build());
        r.register(OpDef.builder("py.reraise").traits(Trait.MAY_RAISE, Trait.TERMINATOR)
                .doc("Bare `raise` outside any lexically enclosing handler: re-raises the exception being handled "
                        + "(sys.exception()), RuntimeError 'No active exception to reraise' if none (RERAISE).")
                .build());
        return r;
    }

    /** A frozen registry: molt-ir's standard ops plus the lowering's. */
    public static OpRegistry registry() {
        return REGISTRY;
    }
}
