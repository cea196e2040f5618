package dev.molt.ir.text.internal;

/**
 * One token of IR text.
 *
 * @param kind the kind
 * @param text the token's text: for {@link Kind#SYMBOL} and {@link Kind#BLOCK} without the sigil, for
 *     {@link Kind#STRING} and {@link Kind#BYTES} the decoded contents (bytes as chars 0..255)
 * @param line 1-based line
 * @param col 1-based column
 */
public record Token(Kind kind, String text, int line, int col) {
    /** Token kinds. */
    public enum Kind { IDENT, SYMBOL, BLOCK, INT, FLOAT, STRING, BYTES, PUNCT, EOF }

    /** Whether this is punctuation {@code p} ({@code "->"} included). */
    public boolean is(String p) {
        return kind == Kind.PUNCT && text.equals(p);
    }

    /** Whether this is identifier {@code id}. */
    public boolean isIdent(String id) {
        return kind == Kind.IDENT && text.equals(id);
    }

    /** Whether this is a value name {@code v<digits>}. */
    public boolean isValue() {
        return kind == Kind.IDENT && text.length() > 1 && text.charAt(0) == 'v' && text.chars().skip(1).allMatch(Character::isDigit);
    }

    /** A short description for error messages. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of input";
            case SYMBOL -> "'@" + text + "'";
            case BLOCK -> "'^" + text + "'";
            case STRING -> "string";
            case BYTES -> "bytes";
            default -> "'" + text + "'";
        };
    }
}
