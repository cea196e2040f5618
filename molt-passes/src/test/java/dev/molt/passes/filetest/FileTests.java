package dev.molt.passes.filetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.ir.Module;
import dev.molt.ir.text.IrParseException;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.ir.verify.VerifyError;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden IR test {@code tests/ir/<suite>/*.ir} of the repository (see {@link MirFile} for the
 * directives).
 * Every file is also checked to round-trip (print, parse, print gives the same text). With
 * {@code -Dmolt.bless=true} the expectations of each file are rewritten from the actual output instead.
 */
class FileTests {
    static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..", "tests", "ir").normalize();
    static final boolean BLESS = Boolean.getBoolean("molt.bless");

    @TestFactory
    Stream<DynamicTest> filetests() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
        }
        if (files.isEmpty()) fail("no filetests under " + ROOT.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), p.toUri(), () -> run(p)));
    }

    private static void run(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MirFile t = MirFile.parse(ROOT.relativize(file).toString(), text);
        Module m;
        try {
            m = IrParser.parseModule(text);
        } catch (IrParseException e) {
            finishErrors(file, t, List.of(e.getMessage()));
            return;
        }
        String printed = IrPrinter.print(m);
        assertEquals(printed, IrPrinter.print(IrParser.parseModule(printed)), "print -> parse -> print");
        List<VerifyError> errs = Verifier.verify(m);
        if (!errs.isEmpty() || !t.errors().isEmpty()) {
            finishErrors(file, t, errs.stream().map(VerifyError::toString).toList());
            return;
        }
        if (t.verifyOnly() && t.pipeline() == null) return;
        String output = printed;
        if (t.pipeline() != null) {
            PassManager.parse(t.pipeline(), PassRegistry.standard()).verifyEach(true).run(m);
            output = IrPrinter.print(m);
            assertEquals(output, IrPrinter.print(IrParser.parseModule(output)), "print -> parse -> print after the pipeline");
        }
        if (BLESS) {
            write(file, t.bless(output, null));
            return;
        }
        if (t.checks().isEmpty()) fail("no ; check: lines (run with -Dmolt.bless=true to generate them); output:\n" + output);
        String failure = t.match(output);
        if (failure != null) fail(failure + "\n--- output ---\n" + output);
    }

    private static void finishErrors(Path file, MirFile t, List<String> actual) {
        if (BLESS) {
            write(file, t.bless("", actual));
            return;
        }
        if (t.errors().isEmpty()) fail("unexpected errors:\n" + String.join("\n", actual));
        if (actual.size() != t.errors().size())
            fail("expected " + t.errors().size() + " errors, got " + actual.size() + ":\n" + String.join("\n", actual));
        for (int i = 0; i < actual.size(); i++)
            if (!actual.get(i).contains(t.errors().get(i)))
                fail("error " + (i + 1) + " is\n  " + actual.get(i) + "\nexpected it to contain\n  " + t.errors().get(i));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
