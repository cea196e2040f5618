/** Standard analyses: CFG, dominators, natural loops, liveness, call graph; keys in {@link dev.molt.passes.analysis.Analyses}. */
package dev.molt.passes.analysis;
