/**
 * The WebAssembly binary writer: {@link dev.molt.backend.wasm.WasmModule} with its index-space handles,
 * {@link dev.molt.backend.wasm.InstructionWriter} for function bodies and {@link dev.molt.backend.wasm.ByteSink}
 * for the primitive encodings, following the WebAssembly Core Specification 2.0 binary format (§5).
 */
package dev.molt.backend.wasm;
