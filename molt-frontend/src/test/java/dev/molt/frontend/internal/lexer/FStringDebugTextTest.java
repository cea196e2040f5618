package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FStringDebugText} against CPython 3.12: each {@code f'{expr=}'} is evaluated by Python
 * with {@code x}, {@code a}, {@code b} bound to an object whose repr is {@code V}; the result must be
 * our debug text followed by the value's repr.
 */
class FStringDebugTextTest {
    /** Pairs: the f-string expression, the repr of its value. */
    private static final String[][] CASES = {
        {"f'{x=}'", "V"},
        {"f'{x = }'", "V"},
        {"f'{ x =  }'", "V"},
        {"f'{x=!s}'", "V"},
        {"f'{(x, a)=}'", "(V, V)"},
        {"f'''{x # comment\n=}'''", "V"},
        {"f'{\"#\"=}'", "'#'"},
        {"f'{a!=b=}'", "True"},
        {"f'{x[\"k\"]=}'", "V"},
        {"f'{é=}'", "V"},
    };

    private static final String SCRIPT = """
            import sys, json
            class V:
                def __repr__(self): return 'V'
                def __str__(self): return 'V'
                def __getitem__(self, k): return self
            env = {'x': V(), 'a': V(), 'b': V(), '\\u00e9': V()}
            print(json.dumps([eval(s, env) for s in json.load(sys.stdin)]))
            """;

    @Test
    void agreesWithCPython() {
        assumeTrue(PythonOracle.is312(), "self-documenting f-string text needs CPython 3.12");
        StringBuilder json = new StringBuilder("[");
        for (String[] c : CASES) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(c[0].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("é", "\\u00e9")).append('"');
        }
        json.append(']');
        String out = PythonOracle.run(SCRIPT, json.toString()).trim();
        StringBuilder ours = new StringBuilder("[");
        for (String[] c : CASES) {
            if (ours.length() > 1) {
                ours.append(", ");
            }
            String s = debugText(c[0]) + c[1];
            ours.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("é", "\\u00e9")).append('"');
        }
        ours.append(']');
        assertEquals(out, ours.toString());
    }

    /** The debug text of the first replacement field, found as a parser would. */
    private static String debugText(String fstring) {
        SourceText src = SourceText.of("t.py", fstring + "\n");
        List<Token> ts = Lexer.tokenize(src, false);
        int i = 0;
        while (ts.get(i).type() != TokenType.LBRACE) {
            i++;
        }
        Token lbrace = ts.get(i);
        int depth = 0;
        for (int j = i + 1; j < ts.size(); j++) {
            Token t = ts.get(j);
            String s = t.string();
            if (depth == 0 && !s.isEmpty() && "!:}".indexOf(s.charAt(0)) >= 0 && t.type() != TokenType.FSTRING_MIDDLE) {
                return FStringDebugText.of(src, lbrace, t);
            }
            switch (t.type()) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> depth--;
                default -> { }
            }
        }
        throw new AssertionError("no terminator in " + fstring);
    }
}
