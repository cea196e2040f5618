package dev.molt.runtime;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The external tools the runtime build needs: clang (C11 compiler, also the cross compiler), an archiver
 * ({@code llvm-ar}; GNU {@code ar} on hosts only) and, for {@link Target#WASM32_WASI}, a wasi-libc sysroot.
 *
 * <p>Lookup: {@code $MOLT_CLANG} / {@code $MOLT_AR} / {@code $WASI_SYSROOT} when set, otherwise {@code clang},
 * {@code clang-19} ... {@code clang-14} and {@code llvm-ar}, {@code llvm-ar-19} ... on {@code PATH}, and Debian's
 * sysroot ({@code /usr} with {@code /usr/include/wasm32-wasi}) or {@code /usr/share/wasi-sysroot}.
 *
 * @param clang the clang executable, or null if not found
 * @param ar the archiver, or null if not found
 * @param wasiSysroot the wasi-libc sysroot, or null if not found
 */
public record Toolchain(Path clang, Path ar, Path wasiSysroot) {
    private static final List<String> VERSIONS = List.of("", "-19", "-18", "-17", "-16", "-15", "-14");

    /** Find the tools as described in the class comment. Never throws; missing tools are null. */
    public static Toolchain detect() {
        Path clang = fromEnv("MOLT_CLANG").orElseGet(() -> firstOnPath("clang").orElse(null));
        Path ar = fromEnv("MOLT_AR").orElseGet(() -> firstOnPath("llvm-ar").orElseGet(() -> onPath("ar").orElse(null)));
        Path sysroot = fromEnv("WASI_SYSROOT").orElseGet(Toolchain::defaultSysroot);
        return new Toolchain(clang, ar, sysroot);
    }

    /**
     * What is missing to build for {@code target}: one sentence per problem, each naming the tool and the Debian/Ubuntu
     * command that installs it. Empty when everything is there.
     */
    public List<String> problems(Target target) {
        List<String> out = new ArrayList<>();
        if (clang == null) {
            out.add("clang not found (looked for $MOLT_CLANG, clang, clang-19 ... clang-14 on PATH); "
                    + "install it with: sudo apt-get install clang lld");
        }
        if (ar == null) {
            out.add("llvm-ar not found (looked for $MOLT_AR, llvm-ar, llvm-ar-NN, ar on PATH); "
                    + "install it with: sudo apt-get install llvm");
        } else if (target == Target.WASM32_WASI && !ar.getFileName().toString().startsWith("llvm-ar")
                && System.getenv("MOLT_AR") == null) {
            out.add("the wasm32-wasi runtime needs llvm-ar (GNU ar cannot index WebAssembly objects); "
                    + "install it with: sudo apt-get install llvm");
        }
        if (target == Target.WASM32_WASI && wasiSysroot == null) {
            out.add("wasi-libc sysroot not found (looked for $WASI_SYSROOT, /usr/include/wasm32-wasi, "
                    + "/usr/share/wasi-sysroot); install it with: sudo apt-get install wasi-libc");
        }
        return out;
    }

    /** Throws {@link RuntimeBuildException} listing {@link #problems(Target)} unless there are none. */
    public void requireFor(Target target) {
        List<String> p = problems(target);
        if (!p.isEmpty()) {
            throw new RuntimeBuildException("cannot build the Molt runtime for " + target.id() + ":\n  - "
                    + String.join("\n  - ", p));
        }
    }

    /** The first line of {@code clang --version}, or "unknown" if clang is missing or fails. */
    public String clangVersion() {
        if (clang == null) {
            return "unknown";
        }
        try {
            var r = ProcessRunner.run(List.of(clang.toString(), "--version"), null, Map.of(), "", 30);
            String first = r.stdout().lines().findFirst().orElse("unknown");
            return r.exitCode() == 0 ? first : "unknown";
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<Path> fromEnv(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    private static Optional<Path> firstOnPath(String base) {
        for (String suffix : VERSIONS) {
            Optional<Path> p = onPath(base + suffix);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Path defaultSysroot() {
        if (Files.isDirectory(Path.of("/usr/include/wasm32-wasi"))) {
            return Path.of("/usr");
        }
        Path share = Path.of("/usr/share/wasi-sysroot");
        return Files.isDirectory(share) ? share : null;
    }
}
