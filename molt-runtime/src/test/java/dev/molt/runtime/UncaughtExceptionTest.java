package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * molt_traceback_here / molt_exit_uncaught against CPython running the equivalent script: same stdout, same exit
 * status, same stderr except CPython's source-line and caret lines (indented four spaces), which the runtime
 * cannot print (it has no source).
 */
class UncaughtExceptionTest {
    static List<Arguments> programs() {
        return List.of(
                Arguments.of("traceback through two frames", """
                        def g():
                            return 1 // 0
                        def f():
                            return g()
                        print("before")
                        f()
                        """, """
                        static MoltValue g(void) {
                            MoltValue r = molt_floordiv(molt_from_smallint(1), molt_from_smallint(0));
                            if (r == MOLT_ERROR) molt_traceback_here(FILE_PY, 2, "g");
                            return r;
                        }
                        static MoltValue f(void) {
                            MoltValue r = g();
                            if (r == MOLT_ERROR) molt_traceback_here(FILE_PY, 4, "f");
                            return r;
                        }
                        static void body(void) {
                            MoltValue s = molt_str_from_cstr("before");
                            molt_print(&s, 1, MOLT_NONE, MOLT_NONE);
                            molt_decref(s);
                            if (f() == MOLT_ERROR) {
                                molt_traceback_here(FILE_PY, 6, "<module>");
                                molt_exit_uncaught();
                            }
                        }
                        """),
                Arguments.of("KeyError shows repr", """
                        print(1)
                        raise KeyError('k')
                        """, """
                        static void body(void) {
                            MoltValue one = molt_from_smallint(1);
                            molt_print(&one, 1, MOLT_NONE, MOLT_NONE);
                            MoltValue k = molt_str_from_cstr("k");
                            molt_err_set_object(&MoltExc_KeyError, k);
                            molt_decref(k);
                            molt_traceback_here(FILE_PY, 2, "<module>");
                            molt_exit_uncaught();
                        }
                        """),
                Arguments.of("SystemExit(3)", """
                        print("x", end="")
                        raise SystemExit(3)
                        """, """
                        static void body(void) {
                            MoltValue x = molt_str_from_cstr("x"), e = molt_str_from_cstr("");
                            molt_print(&x, 1, MOLT_NONE, e);
                            molt_decref(x);
                            molt_decref(e);
                            molt_err_set_object(&MoltExc_SystemExit, molt_from_smallint(3));
                            molt_traceback_here(FILE_PY, 2, "<module>");
                            molt_exit_uncaught();
                        }
                        """),
                Arguments.of("SystemExit('bye')", """
                        raise SystemExit('bye')
                        """, """
                        static void body(void) {
                            MoltValue m = molt_str_from_cstr("bye");
                            molt_err_set_object(&MoltExc_SystemExit, m);
                            molt_decref(m);
                            molt_exit_uncaught();
                        }
                        """),
                Arguments.of("SystemExit()", """
                        raise SystemExit
                        """, """
                        static void body(void) {
                            MoltValue args = molt_tuple_new(0);
                            molt_err_set_raised(molt_exc_new(&MoltExc_SystemExit, args));
                            molt_decref(args);
                            molt_exit_uncaught();
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void behavesLikeCPython(String name, String python, String cBody, @TempDir Path dir) throws IOException {
        RuntimeHarness.assumeClang();
        Path py = dir.resolve("t.py");
        Files.writeString(py, python);
        var expected = ProcessRunner.run(List.of("python3", py.toString()), dir, Map.of(), "", 60);

        BuiltRuntime rt = RuntimeHarness.builder().build(Target.HOST);
        Path c = dir.resolve("t.c");
        Files.writeString(c, "#include \"molt/molt.h\"\n#define FILE_PY \"" + py + "\"\n" + cBody
                + "int main(void) {\n    molt_runtime_init();\n    body();\n    molt_exit(0);\n}\n");
        Path exe = dir.resolve("t");
        var cc = ProcessRunner.run(List.of(RuntimeHarness.TOOLCHAIN.clang().toString(), "-std=c11",
                "-I" + rt.includeDir(), c.toString(), rt.library().toString(), "-lm", "-o", exe.toString()), dir,
                Map.of(), "", 300);
        assertEquals(0, cc.exitCode(), cc.stderr());
        var actual = ProcessRunner.run(List.of(exe.toString()), dir, Map.of(), "", 60);

        assertEquals(expected.stdout(), actual.stdout(), "stdout");
        assertEquals(withoutSourceLines(expected.stderr()), actual.stderr(), "stderr");
        assertEquals(expected.exitCode(), actual.exitCode(), "exit status");
    }

    private static String withoutSourceLines(String stderr) {
        return stderr.lines().filter(l -> !l.startsWith("    ")).map(l -> l + "\n").collect(Collectors.joining());
    }
}
