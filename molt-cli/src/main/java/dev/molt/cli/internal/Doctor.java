package dev.molt.cli.internal;

import dev.molt.backend.wasm.WasiRunner;
import dev.molt.runtime.BuiltRuntime;
import dev.molt.runtime.RuntimeBuildException;
import dev.molt.runtime.RuntimeBuilder;
import dev.molt.runtime.Target;
import dev.molt.runtime.Toolchain;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks behind {@code molt doctor}: each tool Molt uses (DESIGN §5, §6; docs/cli.md), found the way the
 * compiler finds it ({@link Toolchain#detect()} for clang, the archiver and the wasi-libc sysroot; {@code PATH} for the
 * others), with its version. What is looked up is injectable so tests can fake a missing tool.
 */
final class Doctor {
    private final Toolchain toolchain;
    private final Function<String, Optional<Path>> which;
    private final Path cacheRoot;
    private final boolean buildRuntime;

    /**
     * @param toolchain clang, archiver and sysroot as the runtime builder would use them
     * @param which finds a program by name on {@code PATH}
     * @param cacheRoot the runtime cache root ({@link RuntimeBuilder#defaultCacheRoot()})
     * @param buildRuntime whether to build (or find cached) the host runtime when clang and the archiver are there
     */
    Doctor(Toolchain toolchain, Function<String, Optional<Path>> which, Path cacheRoot, boolean buildRuntime) {
        this.toolchain = toolchain;
        this.which = which;
        this.cacheRoot = cacheRoot;
        this.buildRuntime = buildRuntime;
    }

    /** This machine: {@link Toolchain#detect()}, {@code PATH}, the default cache root, building the runtime. */
    static Doctor forThisProcess() {
        return new Doctor(Toolchain.detect(), Doctor::onPath, RuntimeBuilder.defaultCacheRoot(), true);
    }

    /** Every check, in the order {@code molt doctor} prints them. */
    List<DoctorCheck> checks() {
        List<DoctorCheck> out = new ArrayList<>();
        out.add(DoctorCheck.ok("jdk", Runtime.version() + " (" + System.getProperty("java.home") + ")"));
        out.add(toolchain.clang() == null
                ? DoctorCheck.missing("clang", "not found ($MOLT_CLANG, clang, clang-19 ... clang-14 on PATH)",
                        "sudo apt-get install -y clang lld")
                : DoctorCheck.ok("clang", toolchain.clangVersion() + " (" + toolchain.clang() + ")"));
        out.add(toolchain.ar() == null
                ? DoctorCheck.missing("archiver", "not found ($MOLT_AR, llvm-ar, ar on PATH)",
                        "sudo apt-get install -y llvm")
                : DoctorCheck.ok("archiver", toolchain.ar().getFileName() + " (" + toolchain.ar() + ")"));
        Optional<Path> wasmLd = firstOf("wasm-ld", "wasm-ld-19", "wasm-ld-18", "wasm-ld-17", "wasm-ld-16",
                "wasm-ld-15", "wasm-ld-14");
        out.add(wasmLd.map(p -> DoctorCheck.ok("wasm-ld", p.toString()))
                .orElse(DoctorCheck.missing("wasm-ld", "not found on PATH", "sudo apt-get install -y lld")));
        out.add(toolchain.wasiSysroot() == null
                ? DoctorCheck.missing("wasi-libc", "no sysroot ($WASI_SYSROOT, /usr/include/wasm32-wasi, "
                        + "/usr/share/wasi-sysroot)", "sudo apt-get install -y wasi-libc")
                : DoctorCheck.ok("wasi-libc", "sysroot " + toolchain.wasiSysroot()));
        out.add(node());
        out.add(which.apply("wasm-validate").map(p -> DoctorCheck.ok("wasm-validate", version(p, "--version") + " ("
                        + p + ")"))
                .orElse(DoctorCheck.missing("wasm-validate", "not found on PATH", "sudo apt-get install -y wabt")));
        out.add(which.apply("python3").map(p -> DoctorCheck.ok("python3", version(p, "--version") + " (" + p
                        + "; the oracle of molt diff)"))
                .orElse(DoctorCheck.missing("python3", "not found on PATH (molt diff compares with it)",
                        "sudo apt-get install -y python3")));
        DoctorCheck cache = cache();
        out.add(cache);
        out.add(runtime(cache.isOk()));
        out.add(wasmRuntime(cache.isOk()));
        return out;
    }

    /** True when WebAssembly builds and runs work: wasm-ld, wasi-libc, node and the wasm32-wasi runtime all ok. */
    static boolean wasmUsable(List<DoctorCheck> checks) {
        return checks.stream().filter(c -> List.of("clang", "archiver", "wasm-ld", "wasi-libc", "node", "wasm-runtime")
                .contains(c.name())).allMatch(DoctorCheck::isOk);
    }

    /** True when native builds work: clang, an archiver and the host runtime all ok. */
    static boolean nativeUsable(List<DoctorCheck> checks) {
        return checks.stream().filter(c -> List.of("clang", "archiver", "runtime").contains(c.name()))
                .allMatch(DoctorCheck::isOk);
    }

    private DoctorCheck node() {
        Optional<Path> node = which.apply("node");
        if (node.isEmpty()) {
            return DoctorCheck.missing("node", "not found on PATH (runs WebAssembly output under node:wasi)",
                    "sudo apt-get install -y nodejs");
        }
        String v = version(node.get(), "--version");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("v?(\\d+)\\.").matcher(v);
        if (m.lookingAt() && Integer.parseInt(m.group(1)) < WasiRunner.MIN_NODE_MAJOR) {
            return DoctorCheck.failed("node", v + " (" + node.get() + "), but the WebAssembly runner needs node:wasi of "
                    + "Node.js " + WasiRunner.MIN_NODE_MAJOR + " or newer",
                    "install Node.js " + WasiRunner.MIN_NODE_MAJOR + " or newer (e.g. from https://nodejs.org)");
        }
        ChildProcess.Result r = ChildProcess.tryRun(List.of(node.get().toString(), "-e", "require('node:wasi')"), 30);
        if (r == null || r.status() != 0) {
            return DoctorCheck.failed("node", v + " (" + node.get() + "), but node:wasi does not load",
                    "install Node.js " + WasiRunner.MIN_NODE_MAJOR + " or newer (e.g. from https://nodejs.org)");
        }
        return DoctorCheck.ok("node", v + " (" + node.get() + "; node:wasi loads)");
    }

    private DoctorCheck cache() {
        try {
            Files.createDirectories(cacheRoot);
            Path probe = Files.createTempFile(cacheRoot, ".doctor-", ".tmp");
            Files.delete(probe);
            return DoctorCheck.ok("cache", cacheRoot + " (writable)");
        } catch (IOException | UnsupportedOperationException e) {
            String why = e instanceof IOException io ? IoErrors.reason(io) : e.toString();
            return DoctorCheck.failed("cache", cacheRoot + " is not writable: " + why,
                    "set MOLT_CACHE_DIR to a writable directory");
        }
    }

    private DoctorCheck runtime(boolean cacheOk) {
        if (toolchain.clang() == null || toolchain.ar() == null) {
            return DoctorCheck.missing("runtime", "not built: needs clang and an archiver (above)",
                    "install what is missing above");
        }
        if (!cacheOk) {
            return DoctorCheck.failed("runtime", "not built: the cache is not writable (above)",
                    "set MOLT_CACHE_DIR to a writable directory");
        }
        if (!buildRuntime) return DoctorCheck.ok("runtime", "not checked");
        try {
            BuiltRuntime rt = RuntimeBuilder.create().withToolchain(toolchain).withCacheRoot(cacheRoot)
                    .build(Target.HOST);
            return DoctorCheck.ok("runtime", "host runtime builds (" + rt.library() + ")");
        } catch (RuntimeBuildException e) {
            return DoctorCheck.failed("runtime", "the host runtime does not build: "
                    + e.getMessage().lines().findFirst().orElse(""), "report it: this is a defect of Molt");
        }
    }

    private DoctorCheck wasmRuntime(boolean cacheOk) {
        if (toolchain.clang() == null || toolchain.ar() == null || toolchain.wasiSysroot() == null) {
            return DoctorCheck.missing("wasm-runtime", "not built: needs clang, an archiver and wasi-libc (above)",
                    "install what is missing above");
        }
        if (!cacheOk) {
            return DoctorCheck.failed("wasm-runtime", "not built: the cache is not writable (above)",
                    "set MOLT_CACHE_DIR to a writable directory");
        }
        if (!buildRuntime) return DoctorCheck.ok("wasm-runtime", "not checked");
        try {
            BuiltRuntime rt = RuntimeBuilder.create().withToolchain(toolchain).withCacheRoot(cacheRoot)
                    .build(Target.WASM32_WASI);
            return DoctorCheck.ok("wasm-runtime", "wasm32-wasi runtime builds (" + rt.library() + ")");
        } catch (RuntimeBuildException e) {
            return DoctorCheck.failed("wasm-runtime", "the wasm32-wasi runtime does not build: "
                    + e.getMessage().lines().findFirst().orElse(""), "report it: this is a defect of Molt");
        }
    }

    private Optional<Path> firstOf(String... names) {
        for (String n : names) {
            Optional<Path> p = which.apply(n);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** The first line of {@code tool flag}'s output (standard output, else error), or "version unknown". */
    private static String version(Path tool, String flag) {
        ChildProcess.Result r = ChildProcess.tryRun(List.of(tool.toString(), flag), 30);
        if (r == null || r.status() != 0) return "version unknown";
        String text = r.outText().isBlank() ? r.errText() : r.outText();
        return text.lines().findFirst().orElse("version unknown").strip();
    }

    /** The first executable {@code name} in a {@code PATH} directory. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String d : path.split(File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
