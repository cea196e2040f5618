package dev.molt.runtime;

import java.nio.file.Path;

/**
 * A runtime built for one target.
 *
 * @param target the target it was built for
 * @param library the static library ({@code libmolt.a}); link it after the generated objects, with {@code -lm} on hosts
 * @param includeDir the directory to pass as {@code -I} so generated C can {@code #include "molt/molt.h"}
 * @param key the cache key: hex SHA-256 of the sources, flags, target and clang version
 */
public record BuiltRuntime(Target target, Path library, Path includeDir, String key) {}
