/**
 * The C backend: Molt IR to readable C, compiled and linked by clang against the runtime (DESIGN §6).
 */
module dev.molt.backend.c {
    requires transitive dev.molt.ir;
    requires dev.molt.passes;
    requires transitive dev.molt.runtime;

    exports dev.molt.backend.c;
}
