package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;

/**
 * Numeric literals: CPython 3.12's "Number" block of {@code tok_get_normal_mode} with
 * {@code tok_decimal_tail} and {@code verify_end_of_number} (Python Language Reference §2.4.5–2.4.7:
 * integers with {@code 0x}/{@code 0o}/{@code 0b} prefixes and single underscores, floats with
 * fractions and exponents, imaginary {@code j} suffixes), with CPython's error messages.
 */
abstract class NumberLexer extends LexerCursor {
    NumberLexer(SourceText src, boolean extraTokens) {
        super(src, extraTokens);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Number scanning, CPython's "Number" block; {@code c} is the first digit. */
    final Token number(int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw error("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw error("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw error("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw error("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw error("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw error("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero && !extra) {
                    backup(c);
                    throw errorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", start + 1 - lineStart, zerosEnd - lineStart);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c);
            }
            return afterFraction(c);
        }
        backup(c);
        return make(TokenType.NUMBER, start, cur);
    }

    /** The fraction of a number; {@code c} is the character after the '.'. */
    final Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return afterFraction(c);
    }

    final Token afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, start, cur);
    }

    final Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(TokenType.NUMBER, start, cur);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, start, cur);
    }

    final Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(TokenType.NUMBER, start, cur);
    }

    /** CPython's {@code tok_decimal_tail}: digits with single underscores; returns the next char. */
    final int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * CPython's {@code verify_end_of_number}: a number directly followed by a keyword that may
     * follow a number in valid code ({@code 1if x else y}) is accepted (CPython warns); followed by
     * another identifier character it is an error.
     */
    final void verifyEndOfNumber(int c, String kind) {
        if (extra) {
            return;
        }
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = peekAt(cur);
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            return; // CPython: SyntaxWarning "invalid %s literal"
        }
        if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw error("invalid " + kind + " literal");
        }
    }

    final boolean lookahead(String test) {
        int i = cur;
        for (int k = 0; k < test.length(); k++, i++) {
            if (peekAt(i) != test.charAt(k)) {
                return false;
            }
        }
        return !isPotentialIdentifierChar(peekAt(i));
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }
}
