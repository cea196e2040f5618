/**
 * Molt's SSA intermediate representation: functions of blocks with block parameters, typed values, an extensible op registry, a builder, the text form and the verifier (DESIGN §3).
 */
module dev.molt.ir {
    requires transitive org.eclipse.collections.api;
    requires org.eclipse.collections.impl;

    exports dev.molt.ir;
    exports dev.molt.ir.builder;
    exports dev.molt.ir.cfg;
    exports dev.molt.ir.text;
    exports dev.molt.ir.verify;
}
