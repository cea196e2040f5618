/**
 * The WebAssembly backend: a binary writer following the WebAssembly Core Specification and the lowering of Molt IR to it (DESIGN §6).
 */
module dev.molt.backend.wasm {
    requires transitive dev.molt.ir;
    requires dev.molt.passes;
    requires transitive dev.molt.runtime;
    requires transitive dev.molt.backend.c;

    exports dev.molt.backend.wasm;
}
