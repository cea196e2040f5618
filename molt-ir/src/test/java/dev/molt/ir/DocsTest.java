package dev.molt.ir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/ir.md documents every standard op and type (one table row per op). */
class DocsTest {
    @Test
    void everyStandardOpAndTypeIsDocumented() throws Exception {
        Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "ir.md");
        String text = Files.readString(doc);
        List<String> missing = new ArrayList<>();
        for (OpDef d : OpRegistry.standard().ops()) if (!text.contains("| `" + d.name() + "` |")) missing.add(d.name());
        for (String t : OpRegistry.standard().types().keySet()) if (!text.contains("| `" + t + "` |")) missing.add("type " + t);
        assertTrue(missing.isEmpty(), "not in docs/ir.md: " + missing);
    }
}
