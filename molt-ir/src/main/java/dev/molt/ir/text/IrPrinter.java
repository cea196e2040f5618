package dev.molt.ir.text;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Global;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.TypeConstraint;
import java.util.List;
import java.util.Map;

/**
 * Prints Molt IR in its text form (grammar in docs/ir.md). Output is deterministic: blocks are numbered by
 * layout position ({@code ^bb0} is the entry) and values in canonical order (each block's parameters, then its
 * ops' results), so {@code print(parse(print(m)))} equals {@code print(m)}.
 *
 * <p>Layout: two-space indented ops, one blank line between top-level declarations, a trailing newline.
 */
public final class IrPrinter {
    private IrPrinter() {}

    /** Prints a whole module. */
    public static String print(Module m) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        if (!m.name().isEmpty()) {
            sb.append("module @").append(m.name()).append('\n');
            first = false;
        }
        if (!m.globals().isEmpty()) {
            if (!first) sb.append('\n');
            for (Global g : m.globals()) sb.append("global @").append(g.name()).append(" : ").append(g.type()).append('\n');
            first = false;
        }
        for (Function f : m.functions()) {
            if (!first) sb.append('\n');
            printFunction(f, sb);
            first = false;
        }
        return sb.toString();
    }

    /** Prints one function. */
    public static String print(Function f) {
        StringBuilder sb = new StringBuilder();
        printFunction(f, sb);
        return sb.toString();
    }

    private static void printFunction(Function f, StringBuilder sb) {
        sb.append("func @").append(f.name()).append(f.signature());
        if (f.defaultUnwind() != null) sb.append(" unwind ").append(f.defaultUnwind());
        if (!f.attributes().isEmpty()) sb.append(" attributes ").append(attrDict(f.attributes()));
        sb.append(" {\n");
        for (Block b : f.blocks()) {
            sb.append(blockHeader(b)).append('\n');
            for (Op op : b.ops()) sb.append("  ").append(printOp(op)).append('\n');
        }
        sb.append("}\n");
    }

    /** Prints a block header line, e.g. {@code ^bb1(v3: obj, v4: i64):}. */
    public static String blockHeader(Block b) {
        StringBuilder sb = new StringBuilder().append(b);
        List<BlockParam> ps = b.params();
        if (!ps.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < ps.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(ps.get(i)).append(": ").append(ps.get(i).type());
            }
            sb.append(')');
        }
        return sb.append(':').toString();
    }

    /** Prints one op on one line without indentation, e.g. {@code v2 = py.add v0, v1}. */
    public static String printOp(Op op) {
        StringBuilder sb = new StringBuilder();
        List<OpResult> rs = op.results();
        for (int i = 0; i < rs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(rs.get(i));
        }
        if (!rs.isEmpty()) sb.append(" = ");
        sb.append(op.name());
        boolean any = false;
        for (var v : op.operands()) {
            sb.append(any ? ", " : " ").append(v);
            any = true;
        }
        for (BlockCall bc : op.successors()) {
            sb.append(any ? ", " : " ").append(bc);
            any = true;
        }
        if (!op.attributes().isEmpty()) sb.append(' ').append(attrDict(op.attributes()));
        switch (op.unwindKind()) {
            case BLOCK -> sb.append(" unwind ").append(op.unwind());
            case CALLER -> sb.append(" unwind caller");
            case DEFAULT -> { }
        }
        if (needsResultTypes(op)) {
            sb.append(" : ");
            for (int i = 0; i < rs.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(rs.get(i).type());
            }
        }
        return sb.toString();
    }

    /** Whether the text must spell the result types: some result's type does not follow from the op kind. */
    static boolean needsResultTypes(Op op) {
        for (OpResult r : op.results()) {
            TypeConstraint c = op.def().result(r.index());
            if (c == null || c.exactType() == null || !c.exactType().equals(r.type())) return true;
        }
        return false;
    }

    /** Prints an attribute dictionary, e.g. {@code {name = "x", value = 3}}. */
    public static String attrDict(Map<String, Attr> attrs) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (var e : attrs.entrySet()) {
            if (!first) sb.append(", ");
            sb.append(e.getKey()).append(" = ").append(e.getValue());
            first = false;
        }
        return sb.append('}').toString();
    }
}
