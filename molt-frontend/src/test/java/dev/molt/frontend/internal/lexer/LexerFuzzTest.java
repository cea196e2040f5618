package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness: for any input the tokenizer ends with ENDMARKER or a {@link PySyntaxError} — never
 * another exception, never a hang — and its tokens are well-formed (positions ordered and inside
 * the text, strings equal to the text they span except where CPython's token text differs).
 */
class LexerFuzzTest {
    private static final String SNIPPET = """
            import os
            def f(a, *b, c=1, **d) -> int:
                '''doc'''
                x = [i ** 2 for i in range(10) if i % 2]  # comment
                y = f"{x!r:>{a}} {{}} {d['k']=}" + rb'\\x' + 0x1F + 1_0.5e-3j
                if (z := x) and y:
                    return {**d, 'k': (1,
                        2)} \\
                        @ z
                while True: break
            class C(B): ...
            """;

    @Property(tries = 600)
    void randomBytesOnlyRaiseSyntaxErrors(@ForAll("randomBytes") byte[] bytes) {
        checkWellFormed(bytes);
    }

    @Property(tries = 600)
    void mutatedPythonOnlyRaisesSyntaxErrors(@ForAll("mutatedPython") byte[] bytes) {
        checkWellFormed(bytes);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        byte[] chars = "\n\r\t\f \\'\"#{}()[]:=!0123456789.eEjJxXoObBrRfFuU_aé€".getBytes(StandardCharsets.UTF_8);
        java.util.List<Byte> list = new java.util.ArrayList<>();
        for (byte b : chars) {
            list.add(b);
        }
        Arbitrary<Byte> interesting = Arbitraries.of(list);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, interesting),
                        net.jqwik.api.Tuple.of(1, any))
                .array(byte[].class).ofMaxSize(80);
    }

    @Provide
    Arbitrary<byte[]> mutatedPython() {
        byte[] base = SNIPPET.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> pos = Arbitraries.integers().between(0, base.length);
        Arbitrary<String> insert = Arbitraries.of("", "'", "\"", "\"\"\"", "{", "}", "(", ")", "]", "\\", "\n", "\t",
                "  ", "#", "f'", "f\"{", "!", ":", "=", "0", "_", "é", "\u00a0", "$", "\r", "\0", "'''", "{{", "}}");
        return net.jqwik.api.Combinators.combine(pos, pos, insert, Arbitraries.integers().between(0, 6))
                .as((p, q, ins, del) -> {
                    int a = Math.min(p, q);
                    byte[] add = ins.getBytes(StandardCharsets.UTF_8);
                    int cut = Math.min(del, base.length - a);
                    byte[] out = new byte[base.length - cut + add.length];
                    System.arraycopy(base, 0, out, 0, a);
                    System.arraycopy(add, 0, out, a, add.length);
                    System.arraycopy(base, a + cut, out, a + add.length, base.length - a - cut);
                    return out;
                });
    }

    private static void checkWellFormed(byte[] bytes) {
        SourceFile file = new SourceFile("fuzz.py", bytes);
        for (boolean extra : new boolean[] {false, true}) {
            SourceText text;
            try {
                text = SourceText.decode(file);
            } catch (PySyntaxError e) {
                assertNotNull(e.msg());
                return;
            }
            List<Token> tokens;
            try {
                tokens = Lexer.tokenize(text, extra);
            } catch (PySyntaxError e) {
                assertNotNull(e.msg());
                assertTrue(e.lineno() >= 0);
                Lexer.Result r = Lexer.tokenizeUntilError(text, extra);
                if (r.firstUnknownOperator() == null || extra) {
                    assertEquals(e.getMessage(), r.error().getMessage());
                } else if (r.error() == null) {
                    assertEquals("invalid syntax", e.msg());
                }
                continue;
            }
            assertEquals(TokenType.ENDMARKER, tokens.get(tokens.size() - 1).type());
            int limit = text.length() + 1;
            int prevStart = 0;
            for (Token t : tokens) {
                assertTrue(t.startOffset() <= t.endOffset(), t::toString);
                assertTrue(t.endOffset() <= limit, t::toString);
                assertTrue(t.startOffset() >= prevStart, t::toString);
                prevStart = t.startOffset();
                assertTrue(t.lineno() <= t.endLineno(), t::toString);
                if (t.type() == TokenType.NAME || t.type() == TokenType.NUMBER || t.type() == TokenType.STRING
                        || t.type() == TokenType.COMMENT || t.type().operator() != null) {
                    String spanned = new String(text.bytes(), t.startOffset(), t.endOffset() - t.startOffset(),
                            StandardCharsets.UTF_8);
                    assertEquals(spanned, t.string(), t::toString);
                    assertEquals(text.lineStart(t.lineno()) + t.colOffset(), t.startOffset(), t::toString);
                    assertEquals(text.lineStart(t.endLineno()) + t.endColOffset(), t.endOffset(), t::toString);
                }
            }
        }
    }
}
