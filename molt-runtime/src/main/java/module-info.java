/**
 * The hand-written C runtime (sources under src/main/c, shipped as resources) and the Java code that builds and
 * caches it per target (DESIGN §5): {@link dev.molt.runtime.RuntimeBuilder}.
 */
module dev.molt.runtime {
    exports dev.molt.runtime;
}
