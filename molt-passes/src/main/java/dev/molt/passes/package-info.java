/**
 * The pass infrastructure: {@link dev.molt.passes.Pass} ({@link dev.molt.passes.FunctionPass},
 * {@link dev.molt.passes.ModulePass}), {@link dev.molt.passes.Analysis} with a cache in
 * {@link dev.molt.passes.PassContext}, {@link dev.molt.passes.PassRegistry}, {@link dev.molt.passes.Pipeline}
 * and {@link dev.molt.passes.PassManager}. See docs/passes.md.
 */
package dev.molt.passes;
