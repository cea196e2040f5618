package dev.molt.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.internal.lexer.Lexer;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser-facing contract of {@link Tokenizer}. Expected values follow CPython 3.12's C
 * tokenizer ({@code Parser/tokenizer.c}: token kinds, UTF-8 byte columns, the FSTRING_MIDDLE text of
 * {@code {{}); listings and error details are checked against CPython itself in
 * {@code internal.lexer.LexerOracleTest}.
 */
class TokenizerTest {

    private static List<Token> tokens(String src) {
        return Tokenizer.tokenize(SourceFile.of("t.py", src));
    }

    private static String kinds(List<Token> ts) {
        StringBuilder sb = new StringBuilder();
        for (Token t : ts) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.type());
        }
        return sb.toString();
    }

    @Test
    void parserModeHasNoCommentsOrBlankLines() {
        List<Token> ts = tokens("# c\n\nif x:  # c\n    y = 1\n\n# end\n");
        assertEquals("NAME NAME COLON NEWLINE INDENT NAME EQUAL NUMBER NEWLINE DEDENT ENDMARKER", kinds(ts));
        Token indent = ts.get(4);
        assertEquals("", indent.string());
        assertEquals(4, indent.lineno());
        assertEquals("\n", ts.get(3).string());
    }

    @Test
    void extraModeAddsCommentsAndNl() {
        List<Token> ts = Tokenizer.tokenize(SourceFile.of("t.py", "# c\nx\n"), true);
        assertEquals("COMMENT NL NAME NEWLINE ENDMARKER", kinds(ts));
    }

    @Test
    void implicitNewlineAtEnd() {
        List<Token> ts = tokens("x");
        assertEquals("NAME NEWLINE ENDMARKER", kinds(ts));
        Token nl = ts.get(1);
        assertEquals("", nl.string());
        assertEquals(1, nl.lineno());
        assertEquals(1, nl.colOffset());
        assertEquals(2, nl.endColOffset());
        assertEquals(2, ts.get(2).lineno());
    }

    @Test
    void columnsAreUtf8Bytes() {
        List<Token> ts = tokens("é = 'ü'\n");
        Token name = ts.get(0);
        assertEquals("é", name.string());
        assertEquals(0, name.colOffset());
        assertEquals(2, name.endColOffset());
        Token eq = ts.get(1);
        assertEquals(3, eq.colOffset());
        Token str = ts.get(2);
        assertEquals("'ü'", str.string());
        assertEquals(5, str.colOffset());
        assertEquals(9, str.endColOffset());
        assertEquals(5, str.startOffset());
        assertEquals(9, str.endOffset());
    }

    @Test
    void offsetsCountFromStartOfNormalizedText() {
        List<Token> ts = tokens("a\r\nbb = '''x\r\ny'''\n");
        Token b = ts.get(2);
        assertEquals(2, b.lineno());
        assertEquals(2, b.startOffset());
        Token s = ts.get(4);
        assertEquals("'''x\ny'''", s.string());
        assertEquals(2, s.lineno());
        assertEquals(3, s.endLineno());
        assertEquals(4, s.endColOffset());
        assertEquals(7, s.startOffset());
        assertEquals(16, s.endOffset());
    }

    @Test
    void operatorsHaveExactKinds() {
        assertEquals("NAME COLONEQUAL NUMBER RARROW ELLIPSIS DOUBLESTAREQUAL DOUBLESLASHEQUAL LEFTSHIFTEQUAL "
                        + "RIGHTSHIFTEQUAL ATEQUAL NOTEQUAL NOTEQUAL EXCLAMATION TILDE NEWLINE ENDMARKER",
                kinds(tokens("a := 1 -> ... **= //= <<= >>= @= != <> ! ~\n")));
        assertEquals("<>", tokens("a <> b\n").get(1).string());
    }

    @Test
    void fstringTokens() {
        List<Token> ts = tokens("f'a{{b}}c{x!r:>{w}}'\n");
        assertEquals("FSTRING_START FSTRING_MIDDLE FSTRING_MIDDLE FSTRING_MIDDLE LBRACE NAME EXCLAMATION NAME COLON "
                + "FSTRING_MIDDLE LBRACE NAME RBRACE FSTRING_MIDDLE RBRACE FSTRING_END NEWLINE ENDMARKER", kinds(ts));
        // "{{" leaves one brace in the text; the token still spans both (tokenizer.c: p_end = cur - 1).
        Token m1 = ts.get(1);
        assertEquals("a{", m1.string());
        assertEquals(2, m1.colOffset());
        assertEquals(5, m1.endColOffset());
        assertEquals("b}", ts.get(2).string());
        assertEquals("c", ts.get(3).string());
        assertEquals(">", ts.get(9).string());
        // After a nested field the format spec resumes: CPython emits an empty FSTRING_MIDDLE.
        assertEquals("", ts.get(13).string());
    }

    @Test
    void errorsCarryCPythonLocation() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> tokens("x = 'abc\n"));
        assertEquals("SyntaxError", e.kind());
        assertEquals("unterminated string literal (detected at line 1)", e.msg());
        assertEquals(1, e.lineno());
        assertEquals(5, e.offset());
        assertEquals("x = 'abc", e.text());
        assertTrue(e.format().contains("    x = 'abc\n        ^\n"));
    }

    @Test
    void nullBytesAsWhenRunningAFile() {
        // CPython 3.12 running a file containing NUL: line 2, text up to the NUL.
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> tokens("x = 1\ny = '\0'\n"));
        assertEquals("source code cannot contain null bytes", e.msg());
        assertEquals(2, e.lineno());
        assertEquals("y = '", e.text());
    }

    @Test
    void tokenizeUntilErrorKeepsTokensAndClassifiesTheError() {
        Lexer.Result r = Lexer.tokenizeUntilError(SourceText.of("t.py", "x = (1,\ny = 2\n"), false);
        assertEquals("'(' was never closed", r.error().msg());
        assertTrue(r.deferred());
        assertEquals("NAME EQUAL LPAR NUMBER COMMA NAME EQUAL NUMBER", kinds(r.tokens()));

        Lexer.Result s = Lexer.tokenizeUntilError(SourceText.of("t.py", "x = 1\ny = 'a\n"), false);
        assertFalse(s.deferred());
        assertEquals("NAME EQUAL NUMBER NEWLINE NAME EQUAL", kinds(s.tokens()));

        Lexer.Result ok = Lexer.tokenizeUntilError(SourceText.of("t.py", "x\n"), false);
        assertNull(ok.error());
        assertEquals(3, ok.tokens().size());
    }

    @Test
    void formatMatchesDump() {
        SourceFile f = SourceFile.of("t.py", "def f():\n    return 'é'  # c\n");
        assertEquals(Tokenizer.dump(f), Tokenizer.format(Tokenizer.tokenize(f, true), f));
        assertTrue(Tokenizer.dump(f).startsWith("0,0-0,0:            ENCODING       'utf-8'        \n"));
    }
}
