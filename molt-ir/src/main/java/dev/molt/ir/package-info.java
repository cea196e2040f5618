/**
 * Molt IR, the model: {@link dev.molt.ir.Module}, {@link dev.molt.ir.Function}, {@link dev.molt.ir.Block} with
 * block parameters (no phis), {@link dev.molt.ir.Op}, SSA {@link dev.molt.ir.Value}s with use lists,
 * {@link dev.molt.ir.Type}s, and the extensible {@link dev.molt.ir.OpRegistry} of {@link dev.molt.ir.OpDef}s.
 *
 * <p>Design follows Cranelift's IR (block parameters, text form as the entity spelling) and MLIR (op
 * namespaces, traits, attribute dictionaries, generic op syntax). Exceptions are explicit edges: see
 * {@link dev.molt.ir.Op} for the unwind convention. docs/ir.md is the reference.
 */
package dev.molt.ir;
