package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * suggestions.c (molt/suggestions.h) against CPython 3.11: the candidate search {@code molt_suggest_best} (the
 * Levenshtein distance of Python/suggestions.c with its limits) on random names and candidate lists, compared with
 * what python3 prints for an AttributeError on an object whose {@code __dir__} gives those candidates; and the
 * generated name tables ({@code suggestions_tables.c}) against a fresh run of their generator.
 */
class SuggestionsTest {
    private static final Path GENERATOR = RuntimeHarness.MODULE_DIR.resolve("../tools/gen_suggestion_tables.py");

    /** What python3 suggests for each line "name\tcand\tcand...": the suggestion, or "-". */
    private static final String ORACLE = """
            import ctypes, io, sys
            for line in sys.stdin.read().split('\\n'):
                if not line:
                    continue
                name, *cands = line.split('\\t')
                class O:
                    def __dir__(self, c=cands):
                        return c
                try:
                    getattr(O(), name)
                    print('?')
                    continue
                except AttributeError as e:
                    buf, old = io.StringIO(), sys.stderr
                    sys.stderr = buf
                    ctypes.pythonapi.PyErr_Display(ctypes.py_object(type(e)), ctypes.py_object(e), ctypes.py_object(None))
                    sys.stderr = old
                last = buf.getvalue().rstrip('\\n').split('\\n')[-1]
                m = last.split(". Did you mean: '", 1)
                print(m[1][:-2] if len(m) == 2 else '-')
            """;

    /** Reads the same lines; the candidates arrive sorted (as dir() sorts them) and are searched as given. */
    private static final String DRIVER = """
            #include "molt/suggestions.h"
            #include <stdio.h>
            #include <string.h>
            static char line[1 << 16];
            static const char *cands[4096];
            int main(void) {
                while (fgets(line, sizeof line, stdin)) {
                    size_t n = strlen(line);
                    if (n && line[n - 1] == '\\n') line[--n] = 0;
                    if (!n) continue;
                    char *name = line, *p = strchr(line, '\\t');
                    size_t k = 0;
                    while (p) {
                        *p++ = 0;
                        cands[k++] = p;
                        p = strchr(p, '\\t');
                    }
                    ptrdiff_t i = molt_suggest_best(name, strlen(name), cands, k);
                    printf("%s\\n", i < 0 ? "-" : cands[i]);
                }
                return 0;
            }
            """;

    private static final String[] ALPHABET = {"a", "b", "c", "d", "e", "A", "B", "E", "_", "1", "x", "X", "é", "ß", "Σ"};

    private static String word(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        return sb.charAt(0) == '_' ? "v" + sb : sb.toString();
    }

    /** A name and a mutation of it (edits, case flips), so that many cases have a suggestion. */
    private static String near(Random r, String w) {
        StringBuilder sb = new StringBuilder(w);
        for (int e = 1 + r.nextInt(3); e > 0; e--) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> sb.insert(at, ALPHABET[r.nextInt(ALPHABET.length)]);
                case 1 -> { if (at < sb.length() && sb.length() > 1) sb.deleteCharAt(at); }
                case 2 -> { if (at < sb.length()) sb.setCharAt(at, Character.toUpperCase(sb.charAt(at))); }
                default -> { if (at < sb.length()) sb.setCharAt(at, Character.toLowerCase(sb.charAt(at))); }
            }
        }
        return sb.charAt(0) == '_' ? "v" + sb : sb.toString();
    }

    private static List<String> cases() {
        Random r = new Random(20261121);
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < 600; c++) {
            int max = c % 5 == 0 ? 60 : 12; // some names past MAX_STRING_SIZE (40 bytes)
            String name = word(r, max);
            TreeSet<String> cands = new TreeSet<>(Comparator.comparing((String s) -> s, SuggestionsTest::byCodePoint));
            int n = c % 97 == 0 ? 750 + r.nextInt(2) : r.nextInt(12); // MAX_CANDIDATE_ITEMS
            while (cands.size() < n) cands.add(r.nextBoolean() ? near(r, name) : word(r, max));
            if (c % 7 == 0) cands.add(name); // the name itself is never suggested
            lines.add(name + (cands.isEmpty() ? "" : "\t" + String.join("\t", cands)));
        }
        lines.add("abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz_ab\tabcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz_ac");
        lines.add("valeu\tvalue\tvalues");
        lines.add("Apend\tappend\tapend");
        return lines;
    }

    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    @Test
    void bestCandidateIsCPythons(@TempDir Path dir) throws IOException {
        RuntimeHarness.assumeClang();
        String input = String.join("\n", cases()) + "\n";
        Path py = dir.resolve("oracle.py");
        Files.writeString(py, ORACLE);
        var expected = ProcessRunner.run(List.of("python3", py.toString()), dir, Map.of("PYTHONIOENCODING", "utf-8"),
                input, 120);
        assertEquals(0, expected.exitCode(), expected.stderr());

        BuiltRuntime rt = RuntimeHarness.builder().build(Target.HOST);
        Path c = dir.resolve("suggest.c");
        Files.writeString(c, DRIVER);
        Path exe = dir.resolve("suggest");
        var cc = ProcessRunner.run(List.of(RuntimeHarness.TOOLCHAIN.clang().toString(), "-std=c11",
                "-I" + rt.includeDir(), c.toString(), rt.library().toString(), "-lm", "-o", exe.toString()), dir,
                Map.of(), "", 300);
        assertEquals(0, cc.exitCode(), cc.stderr());
        var actual = ProcessRunner.run(List.of(exe.toString()), dir, Map.of(), input, 60);
        assertEquals(0, actual.exitCode(), actual.stderr());

        List<String> want = expected.stdout().lines().toList(), got = actual.stdout().lines().toList();
        List<String> in = cases();
        assertEquals(in.size(), want.size(), "oracle answers");
        int suggested = 0;
        for (int i = 0; i < in.size(); i++) {
            assertEquals(want.get(i), got.get(i), "case " + i + ": " + in.get(i).replace('\t', ' '));
            if (!want.get(i).equals("-")) suggested++;
        }
        assertTrue(suggested > in.size() / 4, "too few cases with a suggestion: " + suggested);
    }

    @Test
    void tablesAreTheGeneratorsOutput() throws IOException {
        var version = ProcessRunner.run(List.of("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))"),
                RuntimeHarness.MODULE_DIR, Map.of(), "", 60);
        assumeTrue(version.stdout().strip().equals("True"), "needs CPython 3.11 as python3");
        var gen = ProcessRunner.run(List.of("python3", GENERATOR.toString()), RuntimeHarness.MODULE_DIR, Map.of(), "", 60);
        assertEquals(0, gen.exitCode(), gen.stderr());
        assertEquals(gen.stdout(), Files.readString(RuntimeHarness.C_DIR.resolve("suggestions_tables.c")),
                "suggestions_tables.c is stale: python3 tools/gen_suggestion_tables.py > molt-runtime/src/main/c/suggestions_tables.c");
    }

    private static void assertTrue(boolean b, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(b, message);
    }
}
