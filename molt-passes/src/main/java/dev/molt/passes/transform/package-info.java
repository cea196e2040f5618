/** Molt's standard transforms: {@code const-fold}, {@code cse}, {@code dce}, {@code simplify-cfg}, and the {@code verify} pass. */
package dev.molt.passes.transform;
