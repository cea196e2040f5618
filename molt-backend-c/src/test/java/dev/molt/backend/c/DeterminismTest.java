package dev.molt.backend.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same IR, same bytes: the C text and the executable are reproducible. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void sameModuleTwiceGivesIdenticalCAndExecutable() throws IOException {
        // Two independently parsed copies, so nothing is shared between the runs but the text.
        String c1 = CBackend.emit(Programs.ir("fib"));
        String c2 = CBackend.emit(Programs.ir("fib"));
        assertEquals(c1, c2);
        Path a = NativeLinker.create().link(Programs.ir("fib"), dir.resolve("a/fib"));
        Path b = NativeLinker.create().link(Programs.ir("fib"), dir.resolve("b/fib"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void debugBuildsAreReproducibleToo() throws IOException {
        NativeLinker l = NativeLinker.create().withOptLevel(OptLevel.DEBUG);
        Path a = l.link(Programs.ir("loop"), dir.resolve("a/loop"));
        Path b = l.link(Programs.ir("loop"), dir.resolve("b/loop"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        // and hold no path of this machine (the temporary build directory, the runtime cache)
        String bytes = new String(Files.readAllBytes(a), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!bytes.contains("molt-cc-") && !bytes.contains(".cache/molt"), "machine paths in the debug binary");
    }

    @Test
    void helloBinaryIsSmall() throws IOException {
        Path exe = NativeLinker.create().link(Programs.ir("hello"), dir.resolve("hello"));
        long size = Files.size(exe);
        System.out.println("[cback] stripped -O2 hello executable: " + size + " bytes");
        // Issue #4's budget for the stripped hello executable: the runtime's builtin and method tables are pruned to
        // the program's names and --gc-sections drops the rest (docs/performance.md, "Sizes").
        assertTrue(size <= 200_000, "hello is " + size + " bytes, over the 200 KB budget");
    }
}
