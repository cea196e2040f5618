package dev.molt.runtime;

import java.nio.file.Path;
import java.util.List;

/**
 * A runtime built for one target.
 *
 * @param target the target it was built for
 * @param library the static library ({@code libmolt.a})
 * @param includeDir the directory to pass as {@code -I} so generated C can {@code #include "molt/molt.h"}
 * @param key the build key ({@link RuntimeBuilder#buildKey(Target)})
 */
public record BuiltRuntime(Target target, Path library, Path includeDir, String key) {
    /**
     * What to put on the clang link line after the program's own objects: the library and the C libraries it needs.
     * For wasm32-wasi the default libraries are replaced by {@code -lc -lm}: the runtime needs nothing from
     * compiler-rt, whose wasm32 builtins Debian ships separately ({@code libclang-rt-14-dev-wasm32}).
     */
    public List<String> linkArguments() {
        return switch (target) {
            case HOST -> List.of(library.toString(), "-lm");
            case WASM32_WASI -> List.of(library.toString(), "-nodefaultlibs", "-lc", "-lm");
        };
    }
}
