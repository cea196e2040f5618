package dev.molt.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A compilation target of the runtime.
 *
 * @see <a href="https://clang.llvm.org/docs/CrossCompilation.html">clang cross compilation (target triples)</a>
 */
public enum Target {
    /** The machine the compiler runs on (clang's default target). */
    HOST("host", null),
    /** WebAssembly with WASI preview 1, against Debian's {@code wasi-libc} sysroot. */
    WASM32_WASI("wasm32-wasi", "wasm32-wasi");

    private final String id;
    private final String triple;

    Target(String id, String triple) {
        this.id = id;
        this.triple = triple;
    }

    /** The short name used in cache paths and on the command line ({@code host}, {@code wasm32-wasi}). */
    public String id() {
        return id;
    }

    /** The clang target triple, or empty for {@link #HOST}. */
    public Optional<String> triple() {
        return Optional.ofNullable(triple);
    }

    /** The target by {@link #id()}; throws {@link IllegalArgumentException} naming the known ids otherwise. */
    public static Target byId(String id) {
        for (Target t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown target '" + id + "' (known: "
                + List.of(values()).stream().map(Target::id).toList() + ")");
    }
}
