/**
 * AST-to-IR lowering: {@link dev.molt.frontend.lower.Lowering} turns a parsed, scope-analysed Python 3.12 module
 * into Molt IR ({@code dev.molt.ir}) at the {@code py.*} level, or reports what it cannot lower as
 * {@link dev.molt.frontend.lower.Diagnostic}s ({@code FILE:LINE:COL: error: unsupported: WHAT}). Conventions:
 * docs/ir.md §8 and docs/lowering.md.
 */
package dev.molt.frontend.lower;
