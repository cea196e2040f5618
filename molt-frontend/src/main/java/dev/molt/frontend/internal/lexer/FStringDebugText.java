package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.Token;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The text CPython 3.12 puts before the value of a self-documenting f-string field
 * ({@code f'{x = }'} gives {@code "x = "}), reproduced from the source since our tokens carry no
 * metadata. CPython's tokenizer ({@code update_fstring_expr}, {@code set_fstring_expr} in
 * {@code Parser/tokenizer.c}) records the source from just after the field's {@code {} up to the
 * first {@code !}, {@code :} or {@code }} at the field's top bracket level, and, if that text holds
 * a {@code #} anywhere (even inside a string), drops everything from each {@code #} to the end of
 * its line (keeping the line end).
 */
public final class FStringDebugText {
    private FStringDebugText() {}

    /**
     * The debug text of one replacement field.
     *
     * @param src the source the tokens came from
     * @param lbrace the field's LBRACE token
     * @param terminator the first token after {@code lbrace} at the field's top bracket level whose
     *     text starts with {@code !}, {@code :} or {@code }} (EXCLAMATION, NOTEQUAL, COLON,
     *     COLONEQUAL or RBRACE) — CPython's quirk: in {@code f'{a!=b=}'} it is the {@code !=}
     * @return the text, decoded from UTF-8
     */
    public static String of(SourceText src, Token lbrace, Token terminator) {
        byte[] b = src.bytes();
        int from = lbrace.endOffset();
        int to = Math.max(from, terminator.startOffset());
        boolean hash = false;
        for (int i = from; i < to; i++) {
            if (b[i] == '#') {
                hash = true;
                break;
            }
        }
        if (!hash) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            if (b[i] == '#') {
                while (i < to) {
                    if (b[i] == '\n') {
                        out.write('\n');
                        break;
                    }
                    i++;
                }
            } else {
                out.write(b[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
