package dev.molt.runtime;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiles the C runtime with clang into a static library per {@link Target}, cached on disk.
 *
 * <p>Cache layout (root: {@code $MOLT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/molt}, else {@code ~/.cache/molt}):
 * <pre>
 *   ROOT/&lt;key&gt;/src/...              the sources, extracted (include/ holds molt/molt.h)
 *   ROOT/&lt;key&gt;/&lt;target&gt;/libmolt.a
 * </pre>
 * {@code <key>} is the first 16 hex digits of {@link #buildKey(Target)}: a hash of the sources
 * ({@link RuntimeSources#sha256()}), the target, the flags and {@code clang --version}. Every configuration thus has
 * its own directory, and a present {@code libmolt.a} is always complete: builds go to a private temporary directory
 * and are moved into place atomically, so concurrent builders never see half a library or another configuration's.
 *
 * <p>Flags are deterministic: {@code -std=c11 -O2}, {@code -ffile-prefix-map} maps the extracted source directory to
 * {@code molt-runtime}, {@code -fno-ident}, and objects are archived in sorted order with {@code llvm-ar rcsD}.
 * {@code -ffunction-sections -fdata-sections} let the linker drop unused runtime code ({@code --gc-sections}).
 *
 * <p>Instances are immutable; the {@code with*} methods return modified copies.
 */
public final class RuntimeBuilder {
    private final RuntimeSources sources;
    private final Toolchain toolchain;
    private final Path cacheRoot;
    private final List<String> extraFlags;

    private RuntimeBuilder(RuntimeSources sources, Toolchain toolchain, Path cacheRoot, List<String> extraFlags) {
        this.sources = sources;
        this.toolchain = toolchain;
        this.cacheRoot = cacheRoot;
        this.extraFlags = List.copyOf(extraFlags);
    }

    /** A builder for the bundled sources, the detected toolchain and the default cache root. */
    public static RuntimeBuilder create() {
        return new RuntimeBuilder(RuntimeSources.bundled(), Toolchain.detect(), defaultCacheRoot(), List.of());
    }

    /** {@code $MOLT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/molt}, else {@code ~/.cache/molt}. */
    public static Path defaultCacheRoot() {
        String env = System.getenv("MOLT_CACHE_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "molt");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "molt");
    }

    /** A copy that caches below {@code root}. */
    public RuntimeBuilder withCacheRoot(Path root) {
        return new RuntimeBuilder(sources, toolchain, root, extraFlags);
    }

    /** A copy that uses {@code tc}. */
    public RuntimeBuilder withToolchain(Toolchain tc) {
        return new RuntimeBuilder(sources, tc, cacheRoot, extraFlags);
    }

    /** A copy that builds {@code src} instead of the bundled sources. */
    public RuntimeBuilder withSources(RuntimeSources src) {
        return new RuntimeBuilder(src, toolchain, cacheRoot, extraFlags);
    }

    /** A copy that appends {@code flags} to every clang command (e.g. {@code -g}, sanitizers); part of the key. */
    public RuntimeBuilder withExtraFlags(List<String> flags) {
        return new RuntimeBuilder(sources, toolchain, cacheRoot, flags);
    }

    /** The toolchain this builder uses. */
    public Toolchain toolchain() {
        return toolchain;
    }

    /** The directory holding this builder's sources-hash folders. */
    public Path cacheRoot() {
        return cacheRoot;
    }

    /** The clang flags used to compile one runtime translation unit for {@code target}, given the source dir. */
    public List<String> compileFlags(Target target, Path srcDir) {
        List<String> f = new ArrayList<>(targetFlags(target));
        f.addAll(List.of("-std=c11", "-O2", "-Wall", "-Wextra", "-ffunction-sections", "-fdata-sections",
                "-fno-ident", "-ffile-prefix-map=" + srcDir + "=molt-runtime", "-I" + srcDir.resolve("include")));
        if (target == Target.HOST) {
            // -fPIC: the objects also link into position-independent code (sanitizer builds, shared objects).
            // No unwind tables: C needs none (no exceptions cross it), and they are a tenth of an executable
            // (docs/backend-c.md, "Size").
            f.addAll(List.of("-fPIC", "-fno-asynchronous-unwind-tables", "-fno-unwind-tables"));
        }
        f.addAll(extraFlags);
        return f;
    }

    /**
     * The clang flags that select {@code target} ({@code --target}, {@code --sysroot}); generated code compiled and
     * linked for that target needs the same. Empty for {@link Target#HOST}.
     */
    public List<String> targetFlags(Target target) {
        List<String> f = new ArrayList<>();
        target.triple().ifPresent(t -> f.add("--target=" + t));
        if (target == Target.WASM32_WASI && toolchain.wasiSysroot() != null) {
            f.add("--sysroot=" + toolchain.wasiSysroot());
        }
        return f;
    }

    /**
     * The build key: hex SHA-256 of the sources, the target, {@code clang --version} and the compile flags (with the
     * source directory abstracted). Runs {@code clang --version}.
     */
    public String buildKey(Target target) {
        MessageDigest md = RuntimeSources.sha256Digest();
        StringBuilder sb = new StringBuilder();
        sb.append(sources.sha256()).append('\n').append(target.id()).append('\n').append(toolchain.clangVersion());
        for (String f : compileFlags(target, Path.of("SRC"))) {
            sb.append('\n').append(f);
        }
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Build (or reuse from the cache) the runtime for {@code target}.
     *
     * @return the library and include directory
     * @throws RuntimeBuildException if a tool is missing (the message says how to install it), clang or the archiver
     *     fails (the message holds their output), or the cache cannot be written
     */
    public BuiltRuntime build(Target target) {
        toolchain.requireFor(target);
        String key = buildKey(target);
        Path base = cacheRoot.resolve(key.substring(0, 16));
        try {
            Files.createDirectories(base);
            Path srcDir = extractSources(base);
            Path outDir = base.resolve(target.id());
            Path lib = outDir.resolve("libmolt.a");
            if (Files.isRegularFile(lib)) {
                return new BuiltRuntime(target, lib, srcDir.resolve("include"), key);
            }
            Files.createDirectories(outDir);
            Path work = Files.createTempDirectory(base, target.id() + ".build-");
            try {
                moveAtomically(compileAndArchive(target, srcDir, work), lib);
            } finally {
                deleteTree(work);
            }
            return new BuiltRuntime(target, lib, srcDir.resolve("include"), key);
        } catch (IOException | UncheckedIOException e) {
            throw new RuntimeBuildException("cannot write the runtime cache below " + base + ": " + e.getMessage(), e);
        }
    }

    private Path extractSources(Path base) throws IOException {
        Path srcDir = base.resolve("src");
        if (Files.isRegularFile(srcDir.resolve("sources.list.done"))) {
            return srcDir;
        }
        Path tmp = Files.createTempDirectory(base, "src.tmp-");
        sources.writeTo(tmp);
        Files.writeString(tmp.resolve("sources.list"), String.join("\n", sources.paths()) + "\n");
        Files.writeString(tmp.resolve("sources.list.done"), sources.sha256() + "\n");
        try {
            Files.move(tmp, srcDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            // Typically "directory not empty": another builder won the race, and its copy is identical
            // (content-addressed). Anything else is reported below if no complete copy is there.
            deleteTree(tmp);
            if (!Files.isRegularFile(srcDir.resolve("sources.list.done"))) {
                throw e;
            }
        }
        if (!Files.isRegularFile(srcDir.resolve("sources.list.done"))) {
            throw new IOException("incomplete runtime sources in " + srcDir + "; delete it and retry");
        }
        return srcDir;
    }

    private Path compileAndArchive(Target target, Path srcDir, Path work) {
        List<String> cmd = new ArrayList<>();
        cmd.add(toolchain.clang().toString());
        cmd.add("-c");
        cmd.addAll(compileFlags(target, srcDir));
        for (String tu : sources.translationUnits()) {
            cmd.add(srcDir.resolve(tu).toString());
        }
        var cc = ProcessRunner.run(cmd, work, Map.of(), "", 900);
        if (cc.exitCode() != 0) {
            throw new RuntimeBuildException("clang failed building the Molt runtime for " + target.id() + " (exit "
                    + cc.exitCode() + "):\n" + cc.stderr() + "\ncommand: " + String.join(" ", cmd));
        }
        List<String> objects = new ArrayList<>();
        for (String tu : sources.translationUnits()) {
            String name = Path.of(tu).getFileName().toString();
            objects.add(name.substring(0, name.length() - 2) + ".o");
        }
        objects.sort(Comparator.naturalOrder());
        List<String> ar = new ArrayList<>(List.of(toolchain.ar().toString(), "rcsD", "libmolt.a"));
        ar.addAll(objects);
        var arr = ProcessRunner.run(ar, work, Map.of(), "", 300);
        if (arr.exitCode() != 0) {
            throw new RuntimeBuildException("the archiver failed building the Molt runtime (exit " + arr.exitCode()
                    + "):\n" + arr.stderr() + "\ncommand: " + String.join(" ", ar));
        }
        return work.resolve("libmolt.a");
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary directory is harmless
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
