package dev.molt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code molt diff --verbose}'s diff, held against GNU {@code diff -u} (the oracle), and the first differing line. */
class UnifiedDiffTest {
    @TempDir
    Path dir;

    /** GNU diff's unified output of a vs b with labels. */
    private String gnuDiff(String a, String b) throws IOException, InterruptedException {
        Path fa = Files.writeString(dir.resolve("a"), a, StandardCharsets.UTF_8);
        Path fb = Files.writeString(dir.resolve("b"), b, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(List.of("diff", "-u", "--label", "python3", "--label", "molt", fa.toString(),
                fb.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\nb\\nc\\n|a\\nB\\nc\\n",
        "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\\n14\\n15\\n"
            + "|1\\n2\\nX\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\nY\\n14\\n15\\n",
        "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\\n14\\n15\\n16\\n17\\n18\\n19\\n20\\n"
            + "|1\\nX\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\\n14\\n15\\n16\\n17\\n18\\nY\\n20\\n",
        "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n|1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n",
        "x\\ny\\n|y\\n",
        "a\\nb|a\\nb\\n",
        "|a\\n",
    })
    void matchesGnuDiff(String a, String b) throws Exception {
        a = a == null ? "" : a.replace("\\n", "\n");
        b = b.replace("\\n", "\n");
        assertEquals(gnuDiff(a, b), UnifiedDiff.diff(a, b, "python3", "molt"));
    }

    @Test
    void firstDifferentLineIsOneBased() {
        assertEquals(0, UnifiedDiff.firstDifferentLine("a\nb\n", "a\nb\n"));
        assertEquals(2, UnifiedDiff.firstDifferentLine("a\nb\n", "a\nc\n"));
        assertEquals(3, UnifiedDiff.firstDifferentLine("a\nb\n", "a\nb\nc\n"));
        assertEquals(1, UnifiedDiff.firstDifferentLine("", "x\n"));
        assertEquals(2, UnifiedDiff.firstDifferentLine("a\nb", "a\nb\n"));
    }
}
