package dev.molt.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code python3} oracle: runs a short script and returns what it printed. */
final class CPython {
    private CPython() {}

    /**
     * Runs {@code python3 -c script args...} with UTF-8 I/O.
     *
     * @return its standard output
     * @throws AssertionError if python3 is missing, fails or takes over 60 s
     */
    static String run(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", "-X", "utf8", "-c", script));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + cmd);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run python3 (the test oracle): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * {@code ast.dump(ast.parse(src), include_attributes=attributes)} of the file, plus a newline,
     * as CPython 3.12 prints it: on 3.11, FunctionDef, AsyncFunctionDef and ClassDef are given
     * 3.12's last field {@code type_params=[]} (PEP 695), the only 3.12 change to the dump of
     * code without f-strings.
     */
    static String astDump(java.nio.file.Path file, boolean attributes) {
        return run("import ast,sys\n"
                + "for c in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):\n"
                + "    if 'type_params' not in c._fields:\n"
                + "        c._fields += ('type_params',)\n"
                + "        c.type_params = []\n"
                + "src=open(sys.argv[1],'rb').read()\n"
                + "print(ast.dump(ast.parse(src), include_attributes=sys.argv[2]=='1'))\n",
                file.toString(), attributes ? "1" : "0");
    }

    /** CPython's report of the syntax error in the file, as the traceback module formats it. */
    static String syntaxError(java.nio.file.Path file, String name) {
        return run("import ast,sys,traceback\n"
                + "src=open(sys.argv[1],'rb').read()\n"
                + "try:\n"
                + "    ast.parse(src, sys.argv[2])\n"
                + "except SyntaxError as e:\n"
                + "    sys.stdout.write(''.join(traceback.format_exception_only(e)))\n"
                + "else:\n"
                + "    sys.exit('no syntax error')\n",
                file.toString(), name);
    }
}
