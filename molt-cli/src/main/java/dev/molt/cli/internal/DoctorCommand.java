package dev.molt.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code molt doctor [--json]}: checks the tools Molt uses ({@link Doctor}) and prints one line per check
 * ({@code NAME  ok|missing|failed  DETAIL}, then {@code -> FIX} for what is not ok) and a verdict; with {@code --json},
 * one JSON object {@code {"checks":[{"name","status","detail","fix"}...],"nativeBuilds":true|false}} instead.
 * Exit status 0 when native builds are usable (clang, an archiver and the host runtime build), else 1. The line (JSON
 * field {@code wasmBuilds}) before the last says whether {@code --target wasm} works (wasm-ld, wasi-libc, node ≥ 20,
 * the wasm32-wasi runtime).
 */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check the tools Molt uses (JDK, clang, archiver, wasm-ld, wasi-libc, node, wasm-validate, "
                + "python3, the cache, the runtime build) and say how to install what is missing.",
        footer = {"", "Exit status: 0 if native builds work (clang, an archiver and the runtime build); 1 otherwise."})
public final class DoctorCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The checks to run; replaced in tests. */
    Doctor doctor;

    /** Used by picocli only. */
    public DoctorCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DoctorCheck> checks = (doctor != null ? doctor : Doctor.forThisProcess()).checks();
        boolean usable = Doctor.nativeUsable(checks);
        if (json) {
            out.println("{\"checks\":[" + checks.stream().map(DoctorCheck::toJson).collect(Collectors.joining(","))
                    + "],\"nativeBuilds\":" + usable + ",\"wasmBuilds\":" + Doctor.wasmUsable(checks) + "}");
        } else {
            int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(0);
            for (DoctorCheck c : checks) {
                out.println(String.format("%-" + width + "s  %-7s  %s", c.name(), c.status(), c.detail()));
                if (!c.isOk() && !c.fix().isEmpty()) out.println(" ".repeat(width + 11) + "-> " + c.fix());
            }
            out.println(Doctor.wasmUsable(checks) ? "wasm builds: usable (--target wasm)"
                    : "wasm builds: NOT usable (see above)");
            out.println(usable ? "native builds: usable" : "native builds: NOT usable (see above)");
        }
        out.flush();
        return usable ? ExitStatus.OK : 1;
    }
}
