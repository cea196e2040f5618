package dev.molt.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.ir.text.IrParseException;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Mutated IR text never makes the parser or the verifier throw anything but {@link IrParseException}; whatever
 * parses round-trips through the printer, valid or not.
 */
class IrParserFuzzTest {
    private static final String ALPHABET = "v0123456789^@bb.,:=(){}[]\"\\-> \n;abcdefxyz_";

    @Property(tries = 1000)
    void mutatedTextParsesOrFailsCleanly(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(TextFormTest.LOOP);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                default -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        Module m;
        try {
            m = IrParser.parseModule(sb.toString());
        } catch (IrParseException e) {
            return;
        }
        Verifier.verify(m);
        String once = IrPrinter.print(m);
        assertEquals(once, IrPrinter.print(IrParser.parseModule(once)));
    }
}
