package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Decoding (BOM, PEP 263, UTF-8 validation, line ends) and the line table of {@link SourceText}. */
class SourceTextTest {

    /** Sources given as bytes: CPython must agree on accepting them, their tokens, or the error. */
    private static final byte[][] SOURCES = {
        bytes("# -*- coding: latin-1 -*-\nx = '", 0xE9, "'\n"),
        bytes("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = '", 0xFC, "'\n"),
        bytes("# coding=cp1252\nx = '", 0x80, "'\n"),
        bytes("# coding: utf8\nx = 'é'\n"),
        bytes("", 0xEF, 0xBB, 0xBF, "x = 'é'\n"),
        bytes("", 0xEF, 0xBB, 0xBF, "# coding: utf-8\nx = 1\n"),
        bytes("x = 1\n# coding: latin-1\ny = 'é'\n"),
        bytes("\n# coding: latin-1\ny = '", 0xE9, "'\n"),
        bytes("#!python\n#coding:latin-1\ny = '", 0xE9, "'\n"),
        bytes("x = 1\r\ny = 2\rz = 3\n"),
        bytes("x = '''a\r\nb'''\r\n"),
    };

    /** Sources CPython rejects while decoding: kind and message must match. */
    private static final byte[][] BAD = {
        bytes("# coding: foo\nx\n"),
        bytes("", 0xEF, 0xBB, 0xBF, "# coding: latin-1\nx\n"),
        bytes("x = 1\ny = 2\nab", 0xFF, "\n"),
        bytes("", 0xFF, "\n"),
        bytes("x", 0xED, 0xA0, 0x80, "\n"),
        bytes("", 0xC0, 0x80, "\n"),
        bytes("x=1\n", 0xF5, "\n"),
    };

    @TestFactory
    Stream<DynamicTest> decodingAgreesWithCPython() {
        List<byte[]> all = new ArrayList<>(List.of(SOURCES));
        all.addAll(List.of(BAD));
        List<PythonOracle.Answer> answers = PythonOracle.askSources(all);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            byte[] src = all.get(i);
            PythonOracle.Answer a = answers.get(i);
            boolean bad = i >= SOURCES.length;
            String name = TokenFormatter.repr(new String(src, StandardCharsets.ISO_8859_1));
            tests.add(DynamicTest.dynamicTest(name, () -> {
                SourceFile file = new SourceFile("x.py", src);
                if (!bad) {
                    assertEquals("OK", a.error());
                    String ours = Tokenizer.dump(file);
                    if (new String(src, StandardCharsets.ISO_8859_1).indexOf('\r') < 0) {
                        assertEquals(a.tokens(), ours);
                    }
                    // With CR line ends the tokenize module keeps '\r' in its tokens; ours are
                    // positioned in the normalized text the parser sees, so only success is compared.
                } else {
                    String[] expected = a.error().split("\\|");
                    try {
                        Tokenizer.tokenize(file);
                        throw new AssertionError("expected " + a.error());
                    } catch (PySyntaxError e) {
                        assertEquals(expected[0], e.kind());
                        assertEquals(expected[1], e.msg());
                        if (!expected[2].equals("0") && !expected[2].equals("None")) {
                            assertEquals(Integer.parseInt(expected[2]), e.lineno());
                        }
                    }
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void lineTableAndColumns() {
        SourceText t = SourceText.of("t.py", "ab\r\né = 1\rx");
        assertEquals("ab\né = 1\nx", t.toString());
        assertEquals(3, t.lineCount());
        assertTrue(t.hasImplicitNewline());
        assertFalse(t.isAscii());
        assertEquals(0, t.lineStart(1));
        assertEquals(3, t.lineStart(2));
        assertEquals(10, t.lineStart(3));
        assertEquals("é = 1", t.line(2));
        assertEquals("x", t.line(3));
        assertEquals("", t.line(4));
        assertEquals(6, t.lineLength(2));
        assertEquals(1, t.byteColToCharCol(2, 2)); // after 'é' (2 bytes)
        assertEquals(5, t.byteColToCharCol(2, 6));
        assertEquals(7, t.byteColToCharCol(2, 8)); // past the end: one per missing byte
        assertEquals(2, t.lineOf(3));
        assertEquals(1, t.lineOf(2)); // the '\n' belongs to the line it ends
        assertEquals(3, t.offsetToCharCol(3 + 4)); // "é =" is 4 bytes, 3 code points
        assertEquals(11, t.length());
        assertEquals('\n', t.bytes()[11]);
    }

    @Test
    void emptySource() {
        SourceText t = SourceText.of("e.py", "");
        assertEquals(0, t.lineCount());
        assertEquals(0, t.length());
        assertFalse(t.hasImplicitNewline());
        assertEquals(1, Lexer.tokenize(t, false).size());
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }
}
