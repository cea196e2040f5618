package dev.molt.passes;

/** The standard pipelines, as pipeline strings (registered as {@code O0} and {@code O2} in {@link PassRegistry#standard()}). */
public final class Pipelines {
    private Pipelines() {}

    /** {@code -O0}: no transformation. */
    public static final String O0 = "";

    /**
     * {@code -O2}: fold constants, then fold the branches that became constant and clean up the CFG, merge
     * identical pure ops, delete dead code; infer types and do float arithmetic unboxed; iterate for-loop ranges
     * without range objects; then merge and delete
     * again and once more fold for what that exposed (folding may make blocks unreachable, DCE may empty
     * forwarding blocks). Grows as passes arrive (inline, licm, ... DESIGN §4).
     */
    public static final String O2 = "const-fold,simplify-cfg,cse,dce,unbox-floats,range-iter,cse,dce,const-fold,simplify-cfg,dce";
}
