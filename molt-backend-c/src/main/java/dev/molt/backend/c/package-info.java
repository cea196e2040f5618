/**
 * The C backend (DESIGN §6): {@link dev.molt.backend.c.CBackend} turns a Molt IR module into one readable,
 * deterministic C11 file with {@code #line} directives back to the Python source, and
 * {@link dev.molt.backend.c.NativeLinker} compiles it with clang and links it statically against the cached runtime
 * ({@code libmolt.a}) into an executable. The C shape, calling convention and reference-counting contract are in
 * {@code docs/backend-c.md}.
 */
package dev.molt.backend.c;
