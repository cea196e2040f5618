/**
 * Implementation of the binary writer: one encoder per section of WebAssembly Core Spec 2.0 §5.5, used by
 * {@link dev.molt.backend.wasm.WasmModule}. Not exported.
 */
package dev.molt.backend.wasm.internal;
