/**
 * Building the Molt C runtime for a target: {@link dev.molt.runtime.RuntimeBuilder} compiles the bundled C sources
 * ({@link dev.molt.runtime.RuntimeSources}) with clang into {@code libmolt.a}, cached by a hash of the sources and
 * build configuration; {@link dev.molt.runtime.Toolchain} finds clang and llvm-ar and says how to install what is
 * missing. The C API itself is described in {@code docs/runtime.md} and {@code include/molt/molt.h}.
 */
package dev.molt.runtime;
