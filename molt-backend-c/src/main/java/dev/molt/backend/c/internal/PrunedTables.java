package dev.molt.backend.c.internal;

import dev.molt.ir.Module;
import dev.molt.passes.analysis.AttributeNames;
import dev.molt.runtime.RuntimeTables;

/** The C text of the runtime tables pruned to a module's names (behind {@code CBackend.runtimeTables}). */
public final class PrunedTables {
    private static final class Holder {
        static final RuntimeTables TABLES = RuntimeTables.bundled();
    }

    private PrunedTables() {
    }

    /** {@link RuntimeTables#pruned} for the {@link AttributeNames} of {@code module}. */
    public static String of(Module module) {
        AttributeNames names = AttributeNames.of(module);
        return Holder.TABLES.pruned(names.identifiers(), names.attributeNamesKnown());
    }
}
