package dev.molt.frontend.internal.parser;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One long-lived {@code python3 tools/ast_oracle.py} process: a path (or inline source) in, one
 * line out: {@code OK <ast.dump(..., include_attributes=True)>} or {@code ERR <kind>: <msg> ...}.
 * Also the dump normalisation both sides of a comparison go through.
 */
public final class AstOracle implements AutoCloseable {
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    /** Starts {@code python3 tools/ast_oracle.py} (found in this or a parent directory). */
    public AstOracle() {
        this("python3");
    }

    /**
     * Starts {@code tools/ast_oracle.py} under another interpreter, such as a {@code python3.12}
     * for checking 3.12-only behaviour by hand.
     *
     * @param python the interpreter command
     */
    public AstOracle(String python) {
        Path script = findScript();
        try {
            process = new ProcessBuilder(python, script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static Path findScript() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path p = dir.resolve("tools/ast_oracle.py");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("tools/ast_oracle.py not found above " + Path.of("").toAbsolutePath());
    }

    /** The standard library folder, {@code sysconfig.get_paths()['stdlib']} of python3. */
    public static Path stdlib() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c",
                "import sysconfig;print(sysconfig.get_paths()['stdlib'])").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Path.of(out);
    }

    /** Every {@code .py} file of the standard library, sorted, except under {@code site-packages}. */
    public static List<Path> stdlibFiles() throws IOException, InterruptedException {
        Path root = stdlib();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".py"))
                    .filter(f -> !root.relativize(f).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** The oracle's answer for a file. */
    public String dumpFile(Path file) {
        return ask(file.toAbsolutePath().toString());
    }

    /** The oracle's answer for inline source. */
    public String dumpSource(String source) {
        StringBuilder sb = new StringBuilder("SRC:");
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return ask(sb.toString());
    }

    private String ask(String line) {
        try {
            in.write(line);
            in.write('\n');
            in.flush();
            String answer = out.readLine();
            if (answer == null) {
                throw new IllegalStateException("ast_oracle.py exited");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
            process.waitFor();
        } catch (IOException | InterruptedException e) {
            process.destroy();
        }
    }

    /**
     * Removes the position attributes of every node nested inside a {@code JoinedStr} (keeping the
     * JoinedStr's own): CPython 3.11 gives those nodes the position of the whole f-string, or
     * positions relative to a re-parse of the field, where 3.12 gives the real ones (PEP 701), so
     * they cannot be compared with a 3.11 oracle. Quoted constants are skipped while scanning.
     */
    public static String stripJoinedStrInnerPositions(String dump) {
        if (!dump.contains("JoinedStr(")) {
            return dump;
        }
        StringBuilder sb = new StringBuilder(dump.length());
        int depth = 0;
        int joinedDepth = -1;
        int n = dump.length();
        for (int i = 0; i < n; ) {
            char c = dump.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n && dump.charAt(j) != c) {
                    j += dump.charAt(j) == '\\' ? 2 : 1;
                }
                sb.append(dump, i, Math.min(n, j + 1));
                i = j + 1;
                continue;
            }
            if (c == '(') {
                depth++;
                if (joinedDepth < 0 && i >= 9 && dump.startsWith("JoinedStr", i - 9)) {
                    joinedDepth = depth;
                }
            } else if (c == ')') {
                if (depth == joinedDepth) {
                    joinedDepth = -1;
                }
                depth--;
            } else if (joinedDepth >= 0 && depth > joinedDepth && dump.startsWith("lineno=", i)
                    && (dump.charAt(i - 1) == '(' || dump.startsWith(", ", i - 2))) {
                int j = skipAttributes(dump, i);
                if (dump.charAt(i - 1) != '(') {
                    sb.setLength(sb.length() - 2);
                }
                i = j;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static int skipAttributes(String s, int i) {
        String[] keys = {"lineno=", ", col_offset=", ", end_lineno=", ", end_col_offset="};
        for (String k : keys) {
            if (!s.startsWith(k, i)) {
                return i;
            }
            i += k.length();
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
        }
        return i;
    }
}
