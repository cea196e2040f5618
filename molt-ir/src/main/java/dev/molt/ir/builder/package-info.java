/**
 * {@link dev.molt.ir.builder.FunctionBuilder}: makes IR with typed helpers per namespace and optional SSA
 * construction from variables (Braun et al. 2013).
 */
package dev.molt.ir.builder;
