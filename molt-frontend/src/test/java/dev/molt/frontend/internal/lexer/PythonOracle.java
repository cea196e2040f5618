package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.testing.Oracles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs CPython once per batch of sources and collects, per source, what
 * {@code python -m tokenize -e} prints and what {@code compile()} raises.
 *
 * <p>The oracle is {@code -Dmolt.python.oracle=EXE} if given; else CPython 3.12 when one is
 * installed ({@link Oracles#python312()}), since the tokenizer reproduces 3.12; otherwise {@code python3}
 * (3.11 here), whose pure-Python {@code tokenize} differs on f-strings and a few details the tests
 * that use it must skip.
 */
final class PythonOracle {
    /** One source's answers. */
    record Answer(String tokens, String error) {}

    private static final String SCRIPT = """
            import sys, tokenize, os, warnings
            warnings.simplefilter('ignore')
            out = sys.argv[1]
            for i, fn in enumerate(sys.argv[2:]):
                lines = []
                try:
                    with open(fn, 'rb') as fh:
                        for tok in tokenize.tokenize(fh.readline):
                            r = '%d,%d-%d,%d:' % (tok.start + tok.end)
                            lines.append('%-20s%-15s%-15r' % (r, tokenize.tok_name[tok.exact_type], tok.string))
                    toks = '\\n'.join(lines) + '\\n'
                except SyntaxError as e:
                    toks = 'TOKENIZE-ERROR %s|%s|%s\\n' % (e.msg, e.lineno, e.offset)
                except tokenize.TokenError as e:
                    toks = 'TOKENIZE-ERROR %s|%s|%s\\n' % (e.args[0], e.args[1][0], e.args[1][1])
                except BaseException as e:
                    toks = 'TOKENIZE-ERROR %s: %s\\n' % (type(e).__name__, e)
                with open(fn, 'rb') as fh:
                    data = fh.read()
                try:
                    compile(data, 'x.py', 'exec', dont_inherit=True)
                    err = 'OK'
                except SyntaxError as e:
                    text = e.text
                    if text is not None:
                        text = text.rstrip('\\r\\n')
                    err = '%s|%s|%s|%s|%s|%s|%r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, text)
                except BaseException as e:
                    err = 'OTHER %s: %s' % (type(e).__name__, e)
                with open(os.path.join(out, '%d.tok' % i), 'w', encoding='utf-8') as f:
                    f.write(toks)
                with open(os.path.join(out, '%d.err' % i), 'w', encoding='utf-8') as f:
                    f.write(err)
            """;

    private static String executable;
    private static boolean is312;

    private PythonOracle() {}

    /** The Python used: 3.12 if installed, else python3. */
    static synchronized String python() {
        if (executable == null) {
            String forced = System.getProperty("molt.python.oracle");
            if (forced != null && !forced.isBlank()) {
                executable = forced;
                is312 = Oracles.version(forced).equals("3.12");
                return executable;
            }
            String python312 = Oracles.python312();
            if (python312 != null) {
                executable = python312;
                is312 = true;
                return executable;
            }
            executable = "python3";
            is312 = Oracles.version("python3").equals("3.12");
        }
        return executable;
    }

    /** True if the oracle is CPython 3.12. */
    static boolean is312() {
        python();
        return is312;
    }

    /** Asks about in-memory sources (written to a temporary folder). */
    static List<Answer> askSources(List<byte[]> sources) {
        try {
            Path dir = Files.createTempDirectory("molt-tok-src");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Path f = dir.resolve("s" + i + ".py");
                Files.write(f, sources.get(i));
                files.add(f);
            }
            return askFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks about files, one Python process per call. */
    static List<Answer> askFiles(List<Path> files) {
        try {
            Path out = Files.createTempDirectory("molt-tok-oracle");
            List<String> cmd = new ArrayList<>();
            cmd.add(python());
            cmd.add("-c");
            cmd.add(SCRIPT);
            cmd.add(out.toString());
            for (Path f : files) {
                cmd.add(f.toAbsolutePath().toString());
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("python oracle failed: " + log);
            }
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                answers.add(new Answer(
                        Files.readString(out.resolve(i + ".tok"), StandardCharsets.UTF_8),
                        Files.readString(out.resolve(i + ".err"), StandardCharsets.UTF_8)));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a Python script with the oracle Python, feeding {@code stdin}; returns its stdout.
     *
     * @param script the program, passed with {@code -c}
     * @param stdin UTF-8 text for its standard input
     * @return standard output, decoded as UTF-8
     */
    static String run(String script, String stdin) {
        try {
            Process p = new ProcessBuilder(python(), "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("python failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Python's {@code repr} of an optional str, as the oracle prints {@code SyntaxError.text}. */
    static String reprOrNone(String s) {
        return s == null ? "None" : TokenFormatter.repr(s);
    }
}
