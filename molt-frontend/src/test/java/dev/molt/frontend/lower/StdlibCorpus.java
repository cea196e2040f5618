package dev.molt.frontend.lower;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The {@code .py} files of the machine's CPython standard library, without {@code site-packages}, in path order. */
final class StdlibCorpus {
    private StdlibCorpus() {}

    static Path root() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        return Path.of(out);
    }

    static List<Path> files() throws IOException, InterruptedException {
        Path root = root();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                    .filter(f -> !root.relativize(f).toString().contains("site-packages"))
                    .sorted().toList();
        }
    }
}
