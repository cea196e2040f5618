package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuntimeSourcesTest {
    @Test
    void sourcesListNamesExactlyTheFilesOfSrcMainC() throws IOException {
        Path dir = RuntimeHarness.C_DIR;
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(dir)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".c") || p.endsWith(".h")).sorted().toList();
        }
        List<String> listed = RuntimeSources.fromDirectory(dir).paths().stream().sorted().toList();
        assertEquals(onDisk, listed, "src/main/c/sources.list is out of date");
    }

    @Test
    void bundledResourcesEqualTheSourceTree() {
        RuntimeSources bundled = RuntimeSources.bundled();
        RuntimeSources tree = RuntimeSources.fromDirectory(RuntimeHarness.C_DIR);
        assertEquals(tree.paths(), bundled.paths());
        for (String p : tree.paths()) {
            assertArrayEquals(tree.content(p), bundled.content(p), p);
        }
        assertEquals(tree.sha256(), bundled.sha256());
        assertTrue(bundled.translationUnits().contains("object.c"));
        assertTrue(bundled.paths().contains("include/molt/molt.h"));
        assertThrows(IllegalArgumentException.class, () -> bundled.content("nope.c"));
    }

    @Test
    void hashChangesWithAnyByte(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        RuntimeSources tree = RuntimeSources.fromDirectory(RuntimeHarness.C_DIR);
        tree.writeTo(tmp);
        Files.copy(RuntimeHarness.C_DIR.resolve("sources.list"), tmp.resolve("sources.list"));
        assertEquals(tree.sha256(), RuntimeSources.fromDirectory(tmp).sha256());
        Files.writeString(tmp.resolve("print.c"), Files.readString(tmp.resolve("print.c")) + "\n");
        assertTrue(!tree.sha256().equals(RuntimeSources.fromDirectory(tmp).sha256()));
    }
}
