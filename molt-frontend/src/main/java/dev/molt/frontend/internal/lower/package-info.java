/**
 * The AST-to-IR lowering behind {@link dev.molt.frontend.lower.Lowering}: one {@code FnLowerer} per Python code
 * object (module, class body, function, lambda, comprehension) building SSA directly with molt-ir's
 * {@code FunctionBuilder} (docs/ir.md §5, §8), with statements, expressions, exception regions, patterns and
 * definitions in their own classes. See docs/lowering.md.
 */
package dev.molt.frontend.internal.lower;
