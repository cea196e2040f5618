/**
 * The hand-written C runtime (sources under src/main/c) and the Java code that builds and caches it per target (DESIGN §5).
 */
module dev.molt.runtime {
}
