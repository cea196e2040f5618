/**
 * Passes over Molt IR: the pass manager, analyses and transforms (DESIGN §4).
 */
module dev.molt.passes {
    requires transitive dev.molt.ir;

}
