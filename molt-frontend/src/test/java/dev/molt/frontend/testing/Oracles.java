package dev.molt.frontend.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the tests of molt-frontend find CPython 3.12, the version the frontend reproduces (the
 * machine's {@code python3} is 3.11). One lookup for every test that needs 3.12, so they all agree.
 *
 * <p>Candidates, in order; the first that runs and reports version 3.12 wins:
 * <ol>
 *   <li>the system property {@code -Dmolt.python312=EXE};</li>
 *   <li>the environment variable {@code MOLT_PYTHON312};</li>
 *   <li>pyenv installs {@code $PYENV_ROOT/versions/3.12*}{@code /bin/python3.12} ({@code PYENV_ROOT}
 *       defaulting to {@code ~/.pyenv}), newest first;</li>
 *   <li>{@code python3.12} on the PATH.</li>
 * </ol>
 * The answer is computed once per JVM.
 */
public final class Oracles {
    private Oracles() {}

    private static volatile String python312;
    private static volatile boolean searched;

    /**
     * A CPython 3.12 interpreter.
     *
     * @return its command (a path or a name on the PATH), or {@code null} if none works
     */
    public static String python312() {
        if (!searched) {
            synchronized (Oracles.class) {
                if (!searched) {
                    python312 = find();
                    searched = true;
                }
            }
        }
        return python312;
    }

    /**
     * The candidates {@link #python312()} tries, in order (not yet checked to work).
     *
     * @return commands, without nulls or blanks
     */
    public static List<String> candidates() {
        List<String> out = new ArrayList<>();
        addIfSet(out, System.getProperty("molt.python312"));
        addIfSet(out, System.getenv("MOLT_PYTHON312"));
        String root = System.getenv("PYENV_ROOT");
        Path versions = (root == null || root.isBlank() ? Path.of(System.getProperty("user.home"), ".pyenv") : Path.of(root))
                .resolve("versions");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                dirs.filter(d -> d.getFileName().toString().startsWith("3.12"))
                        .sorted(Comparator.comparing(Oracles::versionKey).reversed())
                        .map(d -> d.resolve("bin").resolve("python3.12"))
                        .filter(Files::isExecutable)
                        .forEach(p -> out.add(p.toString()));
            } catch (IOException e) {
                // no pyenv versions
            }
        }
        out.add("python3.12");
        return out;
    }

    /**
     * The {@code major.minor} version {@code exe} reports, or {@code ""} if it does not run.
     *
     * @param exe an interpreter command
     * @return such as {@code "3.12"}
     */
    public static String version(String exe) {
        try {
            Process p = new ProcessBuilder(exe, "-c", "import sys;print('%d.%d' % sys.version_info[:2])")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return "";
            }
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String find() {
        for (String c : candidates()) {
            if (version(c).equals("3.12")) {
                return c;
            }
        }
        return null;
    }

    private static void addIfSet(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    /** "3.12.10" sorts after "3.12.9": compare numeric parts. */
    private static String versionKey(Path dir) {
        StringBuilder sb = new StringBuilder();
        for (String part : dir.getFileName().toString().split("[.]")) {
            sb.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part).append('.');
        }
        return sb.toString();
    }
}
