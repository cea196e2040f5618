package dev.molt.frontend.ast;

import java.util.List;

/**
 * Prints a tree exactly as CPython 3.12's {@code ast.dump(node)} does (no indentation, field
 * names always given), or as {@code ast.dump(node, include_attributes=True)}.
 *
 * <p>Following CPython 3.12 Lib/ast.py {@code dump}: an optional field ({@code expr?},
 * {@code identifier?}, ...) whose value is {@code None} is left out; empty lists are printed as
 * {@code []}; enum-like nodes print as {@code Load()}; constants print as their Python
 * {@code repr()}. With attributes, {@code lineno, col_offset, end_lineno, end_col_offset} follow
 * the fields of every node that has them.
 */
public final class AstDump {
    private final StringBuilder out;
    private final boolean includeAttributes;
    private final boolean[] firstStack = new boolean[256];
    private boolean[] first = firstStack;
    private int depth;

    private AstDump(StringBuilder out, boolean includeAttributes) {
        this.out = out;
        this.includeAttributes = includeAttributes;
    }

    /**
     * {@code ast.dump(node)}.
     *
     * @param node any node
     * @return the dump, one line, no trailing newline
     */
    public static String dump(Node node) {
        return dump(node, false);
    }

    /**
     * {@code ast.dump(node, include_attributes=includeAttributes)}.
     *
     * @param node any node
     * @param includeAttributes whether to print positions
     * @return the dump, one line, no trailing newline
     */
    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder(256);
        dumpTo(sb, node, includeAttributes);
        return sb.toString();
    }

    /**
     * Appends {@code ast.dump(node, include_attributes=includeAttributes)} to {@code sb}.
     *
     * @param sb where to append
     * @param node any node
     * @param includeAttributes whether to print positions
     */
    public static void dumpTo(StringBuilder sb, Node node, boolean includeAttributes) {
        new AstDump(sb, includeAttributes).node(node);
    }

    private void node(Node n) {
        AstFields.dump(n, this);
    }

    void open(String name) {
        out.append(name).append('(');
        depth++;
        if (depth >= first.length) {
            first = java.util.Arrays.copyOf(first, first.length * 2);
        }
        first[depth] = true;
    }

    void close() {
        depth--;
        out.append(')');
    }

    private void key(String name) {
        if (first[depth]) {
            first[depth] = false;
        } else {
            out.append(", ");
        }
        out.append(name).append('=');
    }

    void list(String name, List<?> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            element(values.get(i));
        }
        out.append(']');
    }

    private void element(Object v) {
        switch (v) {
            case null -> out.append("None");
            case Node n -> node(n);
            case String s -> out.append(PyRepr.strRepr(s));
            case Enum<?> e -> out.append(e.name()).append("()");
            case Integer i -> out.append(i.intValue());
            default -> throw new IllegalStateException("not an AST value: " + v.getClass());
        }
    }

    void integer(String name, int value) {
        key(name);
        out.append(value);
    }

    void string(String name, String value, boolean optional) {
        if (value == null && optional) {
            return;
        }
        key(name);
        out.append(value == null ? "None" : PyRepr.strRepr(value));
    }

    void constant(String name, ConstantValue value) {
        key(name);
        out.append(value.repr());
    }

    void enumValue(String name, Enum<?> value) {
        key(name);
        out.append(value.name()).append("()");
    }

    void node(String name, Node value, boolean optional) {
        if (value == null && optional) {
            return;
        }
        key(name);
        if (value == null) {
            out.append("None");
        } else {
            node(value);
        }
    }

    void attributes(Located n) {
        if (!includeAttributes) {
            return;
        }
        integer("lineno", n.lineno());
        integer("col_offset", n.colOffset());
        integer("end_lineno", n.endLineno());
        integer("end_col_offset", n.endColOffset());
    }
}
