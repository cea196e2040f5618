package dev.molt.frontend.internal.lexer;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code \N{...}} names that {@link Character#codePointOf} does not know but CPython 3.12's
 * {@code unicodedata} does ({@code Modules/unicodedata.c _getcode}): the algorithmic names
 * {@code CJK UNIFIED IDEOGRAPH-XXXX} and {@code HANGUL SYLLABLE ...}, and the aliases of
 * Unicode's NameAliases.txt for control and format characters (generated from CPython's
 * {@code unicodedata.lookup}).
 */
final class UnicodeNames {
    private UnicodeNames() {}

    private static final Map<String, Integer> ALIASES = Map.ofEntries(
        Map.entry("ACK", 0x0006),
        Map.entry("ACKNOWLEDGE", 0x0006),
        Map.entry("ALERT", 0x0007),
        Map.entry("ALM", 0x061C),
        Map.entry("APC", 0x009F),
        Map.entry("APPLICATION PROGRAM COMMAND", 0x009F),
        Map.entry("BACKSPACE", 0x0008),
        Map.entry("BEL", 0x0007),
        Map.entry("BOM", 0xFEFF),
        Map.entry("BPH", 0x0082),
        Map.entry("BREAK PERMITTED HERE", 0x0082),
        Map.entry("BS", 0x0008),
        Map.entry("BYTE ORDER MARK", 0xFEFF),
        Map.entry("CAN", 0x0018),
        Map.entry("CANCEL", 0x0018),
        Map.entry("CANCEL CHARACTER", 0x0094),
        Map.entry("CARRIAGE RETURN", 0x000D),
        Map.entry("CCH", 0x0094),
        Map.entry("CGJ", 0x034F),
        Map.entry("CHARACTER TABULATION", 0x0009),
        Map.entry("CHARACTER TABULATION SET", 0x0088),
        Map.entry("CHARACTER TABULATION WITH JUSTIFICATION", 0x0089),
        Map.entry("CONTROL SEQUENCE INTRODUCER", 0x009B),
        Map.entry("CR", 0x000D),
        Map.entry("CSI", 0x009B),
        Map.entry("DATA LINK ESCAPE", 0x0010),
        Map.entry("DC1", 0x0011),
        Map.entry("DC2", 0x0012),
        Map.entry("DC3", 0x0013),
        Map.entry("DC4", 0x0014),
        Map.entry("DCS", 0x0090),
        Map.entry("DEL", 0x007F),
        Map.entry("DELETE", 0x007F),
        Map.entry("DEVICE CONTROL FOUR", 0x0014),
        Map.entry("DEVICE CONTROL ONE", 0x0011),
        Map.entry("DEVICE CONTROL STRING", 0x0090),
        Map.entry("DEVICE CONTROL THREE", 0x0013),
        Map.entry("DEVICE CONTROL TWO", 0x0012),
        Map.entry("DLE", 0x0010),
        Map.entry("END OF GUARDED AREA", 0x0097),
        Map.entry("END OF LINE", 0x000A),
        Map.entry("END OF MEDIUM", 0x0019),
        Map.entry("END OF PROTECTED AREA", 0x0097),
        Map.entry("END OF SELECTED AREA", 0x0087),
        Map.entry("END OF TEXT", 0x0003),
        Map.entry("END OF TRANSMISSION", 0x0004),
        Map.entry("END OF TRANSMISSION BLOCK", 0x0017),
        Map.entry("ENQ", 0x0005),
        Map.entry("ENQUIRY", 0x0005),
        Map.entry("EOL", 0x000A),
        Map.entry("EOM", 0x0019),
        Map.entry("EOT", 0x0004),
        Map.entry("EPA", 0x0097),
        Map.entry("ESA", 0x0087),
        Map.entry("ESC", 0x001B),
        Map.entry("ESCAPE", 0x001B),
        Map.entry("ETB", 0x0017),
        Map.entry("ETX", 0x0003),
        Map.entry("FF", 0x000C),
        Map.entry("FILE SEPARATOR", 0x001C),
        Map.entry("FORM FEED", 0x000C),
        Map.entry("FS", 0x001C),
        Map.entry("FSI", 0x2068),
        Map.entry("GROUP SEPARATOR", 0x001D),
        Map.entry("GS", 0x001D),
        Map.entry("HIGH OCTET PRESET", 0x0081),
        Map.entry("HOP", 0x0081),
        Map.entry("HORIZONTAL TABULATION", 0x0009),
        Map.entry("HORIZONTAL TABULATION SET", 0x0088),
        Map.entry("HORIZONTAL TABULATION WITH JUSTIFICATION", 0x0089),
        Map.entry("HT", 0x0009),
        Map.entry("HTJ", 0x0089),
        Map.entry("HTS", 0x0088),
        Map.entry("IND", 0x0084),
        Map.entry("INDEX", 0x0084),
        Map.entry("INFORMATION SEPARATOR FOUR", 0x001C),
        Map.entry("INFORMATION SEPARATOR ONE", 0x001F),
        Map.entry("INFORMATION SEPARATOR THREE", 0x001D),
        Map.entry("INFORMATION SEPARATOR TWO", 0x001E),
        Map.entry("LF", 0x000A),
        Map.entry("LINE FEED", 0x000A),
        Map.entry("LINE TABULATION", 0x000B),
        Map.entry("LINE TABULATION SET", 0x008A),
        Map.entry("LOCKING-SHIFT ONE", 0x000E),
        Map.entry("LOCKING-SHIFT ZERO", 0x000F),
        Map.entry("LRE", 0x202A),
        Map.entry("LRI", 0x2066),
        Map.entry("LRM", 0x200E),
        Map.entry("LRO", 0x202D),
        Map.entry("MESSAGE WAITING", 0x0095),
        Map.entry("MMSP", 0x205F),
        Map.entry("MW", 0x0095),
        Map.entry("NAK", 0x0015),
        Map.entry("NBH", 0x0083),
        Map.entry("NBSP", 0x00A0),
        Map.entry("NEGATIVE ACKNOWLEDGE", 0x0015),
        Map.entry("NEL", 0x0085),
        Map.entry("NEW LINE", 0x000A),
        Map.entry("NEXT LINE", 0x0085),
        Map.entry("NL", 0x000A),
        Map.entry("NNBSP", 0x202F),
        Map.entry("NO BREAK HERE", 0x0083),
        Map.entry("NUL", 0x0000),
        Map.entry("NULL", 0x0000),
        Map.entry("OPERATING SYSTEM COMMAND", 0x009D),
        Map.entry("OSC", 0x009D),
        Map.entry("PAD", 0x0080),
        Map.entry("PADDING CHARACTER", 0x0080),
        Map.entry("PARTIAL LINE BACKWARD", 0x008C),
        Map.entry("PARTIAL LINE DOWN", 0x008B),
        Map.entry("PARTIAL LINE FORWARD", 0x008B),
        Map.entry("PARTIAL LINE UP", 0x008C),
        Map.entry("PDF", 0x202C),
        Map.entry("PDI", 0x2069),
        Map.entry("PLD", 0x008B),
        Map.entry("PLU", 0x008C),
        Map.entry("PM", 0x009E),
        Map.entry("PRIVACY MESSAGE", 0x009E),
        Map.entry("PRIVATE USE ONE", 0x0091),
        Map.entry("PRIVATE USE TWO", 0x0092),
        Map.entry("PRIVATE USE-1", 0x0091),
        Map.entry("PRIVATE USE-2", 0x0092),
        Map.entry("PU1", 0x0091),
        Map.entry("PU2", 0x0092),
        Map.entry("RECORD SEPARATOR", 0x001E),
        Map.entry("REVERSE INDEX", 0x008D),
        Map.entry("REVERSE LINE FEED", 0x008D),
        Map.entry("RI", 0x008D),
        Map.entry("RLE", 0x202B),
        Map.entry("RLI", 0x2067),
        Map.entry("RLM", 0x200F),
        Map.entry("RLO", 0x202E),
        Map.entry("RS", 0x001E),
        Map.entry("SCI", 0x009A),
        Map.entry("SET TRANSMIT STATE", 0x0093),
        Map.entry("SGC", 0x0099),
        Map.entry("SHIFT IN", 0x000F),
        Map.entry("SHIFT OUT", 0x000E),
        Map.entry("SHY", 0x00AD),
        Map.entry("SI", 0x000F),
        Map.entry("SINGLE CHARACTER INTRODUCER", 0x009A),
        Map.entry("SINGLE GRAPHIC CHARACTER INTRODUCER", 0x0099),
        Map.entry("SINGLE SHIFT THREE", 0x008F),
        Map.entry("SINGLE SHIFT TWO", 0x008E),
        Map.entry("SINGLE-SHIFT-2", 0x008E),
        Map.entry("SINGLE-SHIFT-3", 0x008F),
        Map.entry("SO", 0x000E),
        Map.entry("SOH", 0x0001),
        Map.entry("SOS", 0x0098),
        Map.entry("SP", 0x0020),
        Map.entry("SPA", 0x0096),
        Map.entry("SS2", 0x008E),
        Map.entry("SS3", 0x008F),
        Map.entry("SSA", 0x0086),
        Map.entry("ST", 0x009C),
        Map.entry("START OF GUARDED AREA", 0x0096),
        Map.entry("START OF HEADING", 0x0001),
        Map.entry("START OF PROTECTED AREA", 0x0096),
        Map.entry("START OF SELECTED AREA", 0x0086),
        Map.entry("START OF STRING", 0x0098),
        Map.entry("START OF TEXT", 0x0002),
        Map.entry("STRING TERMINATOR", 0x009C),
        Map.entry("STS", 0x0093),
        Map.entry("STX", 0x0002),
        Map.entry("SUB", 0x001A),
        Map.entry("SUBSTITUTE", 0x001A),
        Map.entry("SYN", 0x0016),
        Map.entry("SYNCHRONOUS IDLE", 0x0016),
        Map.entry("TAB", 0x0009),
        Map.entry("UNIT SEPARATOR", 0x001F),
        Map.entry("US", 0x001F),
        Map.entry("VERTICAL TABULATION", 0x000B),
        Map.entry("VERTICAL TABULATION SET", 0x008A),
        Map.entry("VS1", 0xFE00),
        Map.entry("VS10", 0xFE09),
        Map.entry("VS11", 0xFE0A),
        Map.entry("VS12", 0xFE0B),
        Map.entry("VS13", 0xFE0C),
        Map.entry("VS14", 0xFE0D),
        Map.entry("VS15", 0xFE0E),
        Map.entry("VS16", 0xFE0F),
        Map.entry("VS2", 0xFE01),
        Map.entry("VS3", 0xFE02),
        Map.entry("VS4", 0xFE03),
        Map.entry("VS5", 0xFE04),
        Map.entry("VS6", 0xFE05),
        Map.entry("VS7", 0xFE06),
        Map.entry("VS8", 0xFE07),
        Map.entry("VS9", 0xFE08),
        Map.entry("VT", 0x000B),
        Map.entry("VTS", 0x008A),
        Map.entry("WJ", 0x2060),
        Map.entry("ZWJ", 0x200D),
        Map.entry("ZWNBSP", 0xFEFF),
        Map.entry("ZWNJ", 0x200C),
        Map.entry("ZWSP", 0x200B));

    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /**
     * Looks up an algorithmic name or an alias.
     *
     * @param name the name as written in {@code \N{...}} (aliases in any case; the algorithmic
     *     {@code CJK UNIFIED IDEOGRAPH-} and {@code HANGUL SYLLABLE } prefixes in upper case)
     * @return the code point, or -1
     */
    static int lookupAlgorithmicOrAlias(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = ALIASES.get(upper);
        if (alias != null) {
            return alias;
        }
        // CPython's _getcode matches the two algorithmic prefixes case-sensitively.
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = name.substring(22);
            if (hex.length() != 4 && hex.length() != 5) {
                return -1;
            }
            int v = 0;
            for (int i = 0; i < hex.length(); i++) {
                char c = hex.charAt(i);
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) {
                    return -1;
                }
                v = v * 16 + d;
            }
            return isUnifiedIdeograph(v) ? v : -1;
        }
        if (name.startsWith("HANGUL SYLLABLE ")) {
            String rest = name.substring(16); // jamo names compare case-sensitively, as in CPython
            int[] pos = {0};
            int l = longest(rest, pos, JAMO_L);
            int v = longest(rest, pos, JAMO_V);
            int t = longest(rest, pos, JAMO_T);
            if (l < 0 || v < 0 || t < 0 || pos[0] != rest.length()) {
                return -1;
            }
            return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
        }
        return -1;
    }

    /** CPython's {@code find_syllable}: the longest jamo name at pos[0]. */
    private static int longest(String s, int[] pos, String[] names) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.length() > bestLen && s.startsWith(n, pos[0])) {
                best = i;
                bestLen = n.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLen;
        }
        return best;
    }

    /** CPython 3.12's {@code is_unified_ideograph} (Unicode 15.0). */
    private static boolean isUnifiedIdeograph(int code) {
        return (0x3400 <= code && code <= 0x4DBF) || (0x4E00 <= code && code <= 0x9FFF)
                || (0x20000 <= code && code <= 0x2A6DF) || (0x2A700 <= code && code <= 0x2B739)
                || (0x2B740 <= code && code <= 0x2B81D) || (0x2B820 <= code && code <= 0x2CEA1)
                || (0x2CEB0 <= code && code <= 0x2EBE0) || (0x30000 <= code && code <= 0x3134A)
                || (0x31350 <= code && code <= 0x323AF);
    }
}
