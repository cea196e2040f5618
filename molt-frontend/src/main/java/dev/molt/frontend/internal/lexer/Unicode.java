package dev.molt.frontend.internal.lexer;

/**
 * The Unicode character predicates the tokenizer needs, mapped onto {@code java.lang.Character}.
 *
 * <p>CPython uses its own Unicode 15 database ({@code Objects/unicodectype.c}); Java 21+ ships a
 * later version, so a handful of recently assigned code points may be classified differently.
 */
final class Unicode {
    private Unicode() {}

    /**
     * XID_Start or {@code _}, as CPython's {@code _PyUnicode_ScanIdentifier} tests the first code
     * point of an identifier (Python Language Reference §2.3).
     */
    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        if (!Character.isUnicodeIdentifierStart(cp)) {
            return false;
        }
        return !notXidStart(cp);
    }

    /** XID_Continue, as CPython tests the remaining code points of an identifier. */
    static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
            return false;
        }
        return !notXidContinue(cp);
    }

    /**
     * Code points that are ID_Start but not XID_Start (their NFKC forms are not identifiers);
     * from Unicode's DerivedCoreProperties.txt.
     */
    private static boolean notXidStart(int cp) {
        return cp == 0x037A || cp == 0x0E33 || cp == 0x0EB3 || cp == 0x309B || cp == 0x309C
                || cp == 0xFC5E || cp == 0xFC5F || cp == 0xFC60 || cp == 0xFC61 || cp == 0xFC62
                || cp == 0xFC63 || cp == 0xFDFA || cp == 0xFDFB || cp == 0xFE70 || cp == 0xFE72
                || cp == 0xFE74 || cp == 0xFE76 || cp == 0xFE78 || cp == 0xFE7A || cp == 0xFE7C
                || cp == 0xFE7E || cp == 0xFF9E || cp == 0xFF9F || cp == 0x2E2F;
    }

    /**
     * Code points that are ID_Continue but not XID_Continue, plus U+30FB and U+FF65 (katakana
     * middle dots), which Unicode 15.1 made identifier characters after CPython 3.12's Unicode 15.0.
     */
    private static boolean notXidContinue(int cp) {
        return cp == 0x30FB || cp == 0xFF65 || cp == 0x037A || cp == 0x309B || cp == 0x309C || cp == 0xFC5E || cp == 0xFC5F
                || cp == 0xFC60 || cp == 0xFC61 || cp == 0xFC62 || cp == 0xFC63 || cp == 0xFDFA
                || cp == 0xFDFB || cp == 0xFE70 || cp == 0xFE72 || cp == 0xFE74 || cp == 0xFE76
                || cp == 0xFE78 || cp == 0xFE7A || cp == 0xFE7C || cp == 0xFE7E || cp == 0x2E2F;
    }

    /**
     * Python's {@code str.isprintable()} for one code point ({@code Py_UNICODE_ISPRINTABLE}):
     * false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
     */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 128) {
            return cp > 0x20 && cp < 0x7F;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
