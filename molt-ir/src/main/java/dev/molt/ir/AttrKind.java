package dev.molt.ir;

/** The kinds of {@link Attr}, used by attribute schemas of {@link OpDef}. {@link #ANY} accepts every kind. */
public enum AttrKind {
    /** {@link Attr.Int}. */
    INT,
    /** {@link Attr.Float}. */
    FLOAT,
    /** {@link Attr.Str}. */
    STR,
    /** {@link Attr.Bytes}. */
    BYTES,
    /** {@link Attr.Bool}. */
    BOOL,
    /** {@link Attr.Symbol}. */
    SYMBOL,
    /** {@link Attr.Array}. */
    ARRAY,
    /** Any kind (schemas only). */
    ANY;

    /** Returns whether an attribute of kind {@code k} satisfies this schema kind. */
    public boolean accepts(AttrKind k) {
        return this == ANY || this == k;
    }

    /** Returns the lower-case spelling used in docs. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
