package dev.molt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.runtime.Toolchain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code molt doctor} with faked tools (a missing clang, nothing on PATH) and on the real machine: the text layout,
 * the JSON (parsed by python3's {@code json} module) and the exit status.
 */
class DoctorCommandTest {
    @TempDir
    Path dir;

    private record Out(int status, String text) {}

    private static Out doctor(Doctor d, String... args) {
        DoctorCommand cmd = new DoctorCommand();
        cmd.doctor = d;
        StringWriter out = new StringWriter();
        int status = new CommandLine(cmd).setOut(new PrintWriter(out)).execute(args);
        return new Out(status, out.toString());
    }

    /** python3 reads {@code json} from standard input and runs {@code script} on it as {@code d}; its output. */
    private static String python(String json, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("python3", "-c", "import json,sys\nd=json.load(sys.stdin)\n" + script))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "python3 could not read: " + json);
        return out;
    }

    private Doctor noClangNothingOnPath() {
        return new Doctor(new Toolchain(null, Path.of("/usr/bin/ar"), null), name -> Optional.empty(), dir, true);
    }

    @Test
    void missingClangMeansNoNativeBuildsAndNamesTheInstallCommand() {
        Out r = doctor(noClangNothingOnPath());
        assertEquals(1, r.status(), r.text());
        List<String> lines = r.text().lines().toList();
        assertTrue(lines.get(0).matches("jdk +ok +" + Runtime.version().feature() + ".*"), lines.get(0));
        assertTrue(r.text().contains("\nclang          missing  not found"), r.text());
        assertTrue(r.text().contains("-> sudo apt-get install -y clang lld\n"), r.text());
        assertTrue(r.text().contains("\narchiver       ok       ar (/usr/bin/ar)\n"), r.text());
        assertTrue(r.text().contains("-> sudo apt-get install -y wabt\n"), r.text());
        assertTrue(r.text().contains("-> sudo apt-get install -y python3\n"), r.text());
        assertTrue(r.text().contains("\nruntime        missing"), r.text());
        assertEquals("native builds: NOT usable (see above)", lines.get(lines.size() - 1));
    }

    @Test
    void jsonIsOneObjectPython3Parses() throws Exception {
        Out r = doctor(noClangNothingOnPath(), "--json");
        assertEquals(1, r.status());
        assertEquals(1, r.text().lines().count(), r.text());
        String got = python(r.text(), "print(d['nativeBuilds'])\n"
                + "for c in d['checks']: print(c['name'], c['status'], c['fix'])\n");
        assertEquals(String.join("\n",
                "False",
                "jdk ok ",
                "clang missing sudo apt-get install -y clang lld",
                "archiver ok ",
                "wasm-ld missing sudo apt-get install -y lld",
                "wasi-libc missing sudo apt-get install -y wasi-libc",
                "node missing sudo apt-get install -y nodejs",
                "wasm-validate missing sudo apt-get install -y wabt",
                "python3 missing sudo apt-get install -y python3",
                "cache ok ",
                "runtime missing install what is missing above",
                "wasm-runtime missing install what is missing above") + "\n", got);
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControls() throws Exception {
        String s = "a\"b\\c\nd\te\u0001";
        String got = python("{\"s\":" + DoctorCheck.json(s) + "}", "sys.stdout.write(repr(d['s']))");
        assertEquals("'a\"b\\\\c\\nd\\te\\x01'", got);
    }

    @Test
    void unwritableCacheFailsTheRuntimeCheck() {
        Path cache = Path.of("/proc/molt-doctor-cannot-write-here");
        Toolchain tc = new Toolchain(Path.of("/usr/bin/clang"), Path.of("/usr/bin/ar"), null);
        Out r = doctor(new Doctor(tc, name -> Optional.empty(), cache, false));
        assertTrue(r.text().contains("\ncache          failed   " + cache + " is not writable"), r.text());
        assertTrue(r.text().contains("\nruntime        failed"), r.text());
        assertEquals(1, r.status());
    }

    @Test
    void thisMachineHasWhatTheTestsNeed() throws Exception {
        // The build and run tests of this module need clang, an archiver and python3, so here they must be ok.
        Out r = doctor(null, "--json");
        String got = python(r.text(), "print(d['nativeBuilds'], d['wasmBuilds'])\n"
                + "for c in d['checks']:\n"
                + "    if c['name'] in ('clang', 'archiver', 'python3', 'runtime', 'jdk', 'node', 'wasm-runtime'):\n"
                + "        print(c['name'], c['status'])\n");
        assertEquals("True True\njdk ok\nclang ok\narchiver ok\nnode ok\npython3 ok\nruntime ok\nwasm-runtime ok\n",
                got, r.text());
        assertEquals(0, r.status());
    }
}
