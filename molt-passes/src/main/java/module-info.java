/**
 * Passes over Molt IR: the pass manager, analyses and transforms (DESIGN §4).
 */
module dev.molt.passes {
    requires transitive dev.molt.ir;

    exports dev.molt.passes;
    exports dev.molt.passes.analysis;
    exports dev.molt.passes.transform;
}
