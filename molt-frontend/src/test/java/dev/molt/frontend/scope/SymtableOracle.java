package dev.molt.frontend.scope;

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
import java.util.Map;

/** A running {@code python3 tools/symtable_oracle.py --ast}: one request line in, one JSON answer line out. */
final class SymtableOracle implements AutoCloseable {
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    /** One answer of the oracle. */
    record Answer(String path, boolean ok, List<Object> table, Map<String, Object> error, Object ast) {
        @SuppressWarnings("unchecked")
        static Answer of(String line) {
            Map<String, Object> m = (Map<String, Object>) MiniJson.parse(line);
            return new Answer((String) m.get("path"), Boolean.TRUE.equals(m.get("ok")), (List<Object>) m.get("table"),
                    (Map<String, Object>) m.get("error"), m.get("ast"));
        }
    }

    /** The oracle under {@code python3} (CPython 3.11 on this machine). */
    SymtableOracle() {
        this("python3");
    }

    /**
     * The oracle under another interpreter.
     *
     * @param python the command, such as {@code python3.12}
     */
    SymtableOracle(String python) {
        try {
            ProcessBuilder pb = new ProcessBuilder(python, script().toString(), "--ast");
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 20);
    }

    /** {@code tools/symtable_oracle.py}, found from the working directory upwards. */
    static Path script() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("tools").resolve("symtable_oracle.py");
            if (Files.isRegularFile(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("tools/symtable_oracle.py not found above " + Path.of("").toAbsolutePath());
    }

    /** Asks about a snippet. */
    synchronized Answer ask(String name, String source) {
        send("{\"name\": " + MiniJson.quote(name) + ", \"source\": " + MiniJson.quote(source) + "}");
        return Answer.of(receive());
    }

    /** Sends one request line without waiting (for streaming many files). */
    void send(String line) {
        try {
            in.write(line);
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signals that no more requests come. */
    void finish() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next answer line. */
    String receive() {
        try {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("symtable oracle ended early");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // already closed
        }
        process.destroy();
    }
}
