package dev.molt.cli.internal;

import dev.molt.cli.Compiler;
import dev.molt.runtime.Target;
import dev.molt.runtime.Toolchain;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Makes sure the toolchain that {@code molt build} and {@code molt run} need is there, before a build: for native
 * output clang and an archiver for the runtime (docs/runtime.md); for {@code --target wasm} also llvm-ar, the
 * wasi-libc sysroot and {@code wasm-ld} (docs/wasm.md), and {@code node} when the program is to be run. The one place
 * Molt installs packages.
 *
 * <p>When something is missing: as root on Debian/Ubuntu ({@code /etc/debian_version} and {@code apt-get} on
 * {@code PATH}), unless {@code MOLT_NO_INSTALL=1}, it says so on standard error and runs
 * {@code apt-get update} and {@code apt-get install -y clang lld} (plus {@code llvm} when no archiver is found), with
 * their output on standard error; otherwise it prints the missing tools and the exact command to run, and the
 * command exits with status 2. Commands that need no C compiler ({@code parse}, {@code ir}, {@code build --emit
 * c|ir}) never get here.
 */
final class ToolchainSetup {
    private final boolean root;
    private final boolean debian;
    private final boolean installAllowed;
    private final Supplier<Toolchain> detect;
    private final Function<List<String>, Integer> runner;
    private final Predicate<String> onPath;

    ToolchainSetup(boolean root, boolean debian, boolean installAllowed, Supplier<Toolchain> detect,
            Function<List<String>, Integer> runner) {
        this(root, debian, installAllowed, detect, runner, ToolchainSetup::isOnPath);
    }

    ToolchainSetup(boolean root, boolean debian, boolean installAllowed, Supplier<Toolchain> detect,
            Function<List<String>, Integer> runner, Predicate<String> onPath) {
        this.root = root;
        this.debian = debian;
        this.installAllowed = installAllowed;
        this.detect = detect;
        this.runner = runner;
        this.onPath = onPath;
    }

    /** The setup of this process: real uid, distribution, {@code MOLT_NO_INSTALL}, {@code Toolchain.detect()}. */
    static ToolchainSetup forThisProcess(PrintWriter err) {
        return new ToolchainSetup(isRoot(), Files.isRegularFile(Path.of("/etc/debian_version")) && hasAptGet(),
                !"1".equals(System.getenv("MOLT_NO_INSTALL")), Toolchain::detect, cmd -> runTo(cmd, err));
    }

    /**
     * Checks the host toolchain, installing it if allowed (see the class comment).
     *
     * @param err standard error, for what is done or what to do
     * @return true if the toolchain is complete (now); false after printing what to install (status 2)
     */
    boolean ensure(PrintWriter err) {
        return ensure(err, Compiler.Target.NATIVE, false);
    }

    /**
     * Checks the toolchain for {@code target} (and {@code node} if {@code run} and the target is wasm), installing
     * what is missing if allowed (see the class comment).
     *
     * @return true if the toolchain is complete (now); false after printing what to install (status 2)
     */
    boolean ensure(PrintWriter err, Compiler.Target target, boolean run) {
        boolean wasm = target == Compiler.Target.WASM;
        boolean node = wasm && run;
        Toolchain tc = detect.get();
        List<String> problems = problems(tc, wasm, node);
        if (problems.isEmpty()) return true;
        List<String> packages = packages(tc, wasm, node);
        String install = "apt-get install -y " + String.join(" ", packages);
        if (!(root && debian && installAllowed)) {
            for (String p : problems) err.println("molt: error: " + p);
            String why = !debian
                    ? "install clang (14 or newer) and an archiver (llvm-ar or ar) with your package manager"
                    : root ? "run: apt-get update && " + install + "   (MOLT_NO_INSTALL=1 stopped molt from doing it)"
                    : "run: sudo apt-get update && sudo " + install;
            err.println("molt: to build " + (wasm ? "WebAssembly modules" : "native executables") + ", " + why);
            err.flush();
            return false;
        }
        err.println("molt: " + String.join("; ", problems.stream().map(p -> p.replaceAll(";.*", "")).toList()));
        err.println("molt: installing the toolchain with: apt-get update && " + install);
        err.flush();
        List<String> update = List.of("apt-get", "update");
        List<String> get = new ArrayList<>(List.of("apt-get", "install", "-y"));
        get.addAll(packages);
        if (runner.apply(update) != 0 || runner.apply(get) != 0) {
            err.println("molt: error: installing " + String.join(" ", packages) + " failed (apt-get's output above)");
            err.flush();
            return false;
        }
        List<String> left = problems(detect.get(), wasm, node);
        if (!left.isEmpty()) {
            for (String p : left) err.println("molt: error: " + p);
            err.flush();
            return false;
        }
        err.println("molt: toolchain installed");
        err.flush();
        return true;
    }

    /** The Debian packages that provide what {@code tc} lacks for native builds. */
    static List<String> packages(Toolchain tc) {
        return packages(tc, false, false, name -> true);
    }

    private List<String> packages(Toolchain tc, boolean wasm, boolean node) {
        return packages(tc, wasm, node, onPath);
    }

    /** The Debian packages that provide what is missing ({@code onPath}: whether a command is on PATH). */
    static List<String> packages(Toolchain tc, boolean wasm, boolean node, Predicate<String> onPath) {
        Set<String> p = new LinkedHashSet<>();
        List<String> wasmProblems = wasm ? tc.problems(Target.WASM32_WASI) : List.of();
        if (tc.clang() == null) {
            p.add("clang");
            p.add("lld");
        }
        if (tc.ar() == null || wasmProblems.stream().anyMatch(s -> s.startsWith("the wasm32"))) p.add("llvm");
        if (wasm && !onPath.test("wasm-ld")) p.add("lld");
        if (wasmProblems.stream().anyMatch(s -> s.startsWith("wasi-libc"))) p.add("wasi-libc");
        if (node && !onPath.test("node")) p.add("nodejs");
        return List.copyOf(p);
    }

    private List<String> problems(Toolchain tc, boolean wasm, boolean node) {
        List<String> out = new ArrayList<>(tc.problems(wasm ? Target.WASM32_WASI : Target.HOST));
        if (wasm && !onPath.test("wasm-ld")) out.add("wasm-ld not found on PATH; install it with: sudo apt-get install lld");
        if (node && !onPath.test("node")) {
            out.add("node not found on PATH (runs WebAssembly output under node:wasi); "
                    + "install it with: sudo apt-get install nodejs");
        }
        return out;
    }

    private static boolean isOnPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, command))) return true;
        }
        return false;
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) return line.substring(4).trim().split("\\s+")[0].equals("0");
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back to the user name
        }
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean hasAptGet() {
        return isOnPath("apt-get");
    }

    /** Runs {@code cmd} with its standard output and error copied to {@code err}; its exit status. */
    private static int runTo(List<String> cmd, PrintWriter err) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            try (InputStream in = p.getInputStream()) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    err.print(new String(buf, 0, n, StandardCharsets.UTF_8));
                    err.flush();
                }
            }
            return p.waitFor();
        } catch (IOException e) {
            err.println("molt: error: cannot run " + cmd.get(0) + ": " + IoErrors.reason(e));
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
