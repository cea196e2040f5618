package dev.molt.cli.internal;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Tokenizer;
import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.ast.Module;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt parse [--attributes] [--tokens] FILE...}: prints each file's AST as CPython 3.12's
 * {@code ast.dump(ast.parse(src))} does, or its tokens.
 *
 * <p>Output per file: a header line {@code ==> FILE <==} on standard output, then the dump on one
 * line (or the tokens one per line). A syntax error prints CPython's report
 * ({@link PySyntaxError#format()}) to standard error and the command goes on with the next file;
 * an unreadable file prints {@code molt: error: cannot read FILE: reason}. Either makes the exit
 * status 2.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Parse Python 3.12 files and print the AST exactly as CPython's "
                + "ast.dump(ast.parse(source)) prints it.",
        footer = {"", "Exit status: 0 if every file parsed; 2 if any could not be read or has a syntax error."})
public final class ParseCommand implements Callable<Integer> {
    @Option(names = "--attributes",
            description = "Include positions, as ast.dump(..., include_attributes=True): "
                    + "lineno, col_offset, end_lineno, end_col_offset (columns in UTF-8 bytes).")
    boolean attributes;

    @Option(names = "--tokens",
            description = "Print the tokens instead of the AST, one per line, as "
                    + "'python3.12 -m tokenize -e' does (ENCODING first; comments and NL included).")
    boolean tokens;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Python source files.")
    List<String> files;

    @Spec
    CommandSpec spec;

    /** Used by picocli only. */
    public ParseCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = ExitStatus.OK;
        StringBuilder sb = new StringBuilder(1 << 16);
        for (String file : files) {
            out.println("==> " + file + " <==");
            SourceFile source;
            try {
                source = new SourceFile(file, Files.readAllBytes(Path.of(file)));
            } catch (IOException e) {
                out.flush();
                err.println("molt: error: cannot read " + file + ": " + IoErrors.reason(e));
                status = ExitStatus.USER_ERROR;
                continue;
            } catch (InvalidPathException e) {
                out.flush();
                err.println("molt: error: cannot read " + file + ": " + e.getReason());
                status = ExitStatus.USER_ERROR;
                continue;
            }
            try {
                sb.setLength(0);
                if (tokens) {
                    sb.append(Tokenizer.dump(source));
                } else {
                    Module module = PythonParser.parse(source);
                    AstDump.dumpTo(sb, module, attributes);
                    sb.append('\n');
                }
                out.append(sb);
            } catch (PySyntaxError e) {
                out.flush();
                err.print(e.format());
                err.flush();
                status = ExitStatus.USER_ERROR;
            }
        }
        out.flush();
        return status;
    }
}
