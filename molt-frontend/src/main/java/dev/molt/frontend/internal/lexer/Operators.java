package dev.molt.frontend.internal.lexer;

import dev.molt.frontend.TokenType;

/**
 * Operator lookup: CPython 3.12's generated {@code Parser/token.c} ({@code _PyToken_OneChar},
 * {@code _PyToken_TwoChars}, {@code _PyToken_ThreeChars}), from {@code Grammar/Tokens}.
 * Unknown spellings give {@link TokenType#OP}, as in CPython.
 */
final class Operators {
    private Operators() {}

    private static final TokenType[] ONE = new TokenType[128];

    static {
        java.util.Arrays.fill(ONE, TokenType.OP);
        for (TokenType t : TokenType.values()) {
            String op = t.operator();
            if (op != null && op.length() == 1) {
                ONE[op.charAt(0)] = t;
            }
        }
    }

    static TokenType oneChar(int c) {
        return c >= 0 && c < 128 ? ONE[c] : TokenType.OP;
    }

    static TokenType twoChars(int c1, int c2) {
        switch (c1) {
            case '!':
                if (c2 == '=') {
                    return TokenType.NOTEQUAL;
                }
                break;
            case '%':
                if (c2 == '=') {
                    return TokenType.PERCENTEQUAL;
                }
                break;
            case '&':
                if (c2 == '=') {
                    return TokenType.AMPEREQUAL;
                }
                break;
            case '*':
                if (c2 == '*') {
                    return TokenType.DOUBLESTAR;
                }
                if (c2 == '=') {
                    return TokenType.STAREQUAL;
                }
                break;
            case '+':
                if (c2 == '=') {
                    return TokenType.PLUSEQUAL;
                }
                break;
            case '-':
                if (c2 == '=') {
                    return TokenType.MINEQUAL;
                }
                if (c2 == '>') {
                    return TokenType.RARROW;
                }
                break;
            case '/':
                if (c2 == '/') {
                    return TokenType.DOUBLESLASH;
                }
                if (c2 == '=') {
                    return TokenType.SLASHEQUAL;
                }
                break;
            case ':':
                if (c2 == '=') {
                    return TokenType.COLONEQUAL;
                }
                break;
            case '<':
                if (c2 == '<') {
                    return TokenType.LEFTSHIFT;
                }
                if (c2 == '=') {
                    return TokenType.LESSEQUAL;
                }
                if (c2 == '>') {
                    return TokenType.NOTEQUAL; // "<>": the parser accepts it only under barry_as_FLUFL
                }
                break;
            case '=':
                if (c2 == '=') {
                    return TokenType.EQEQUAL;
                }
                break;
            case '>':
                if (c2 == '=') {
                    return TokenType.GREATEREQUAL;
                }
                if (c2 == '>') {
                    return TokenType.RIGHTSHIFT;
                }
                break;
            case '@':
                if (c2 == '=') {
                    return TokenType.ATEQUAL;
                }
                break;
            case '^':
                if (c2 == '=') {
                    return TokenType.CIRCUMFLEXEQUAL;
                }
                break;
            case '|':
                if (c2 == '=') {
                    return TokenType.VBAREQUAL;
                }
                break;
            default:
                break;
        }
        return TokenType.OP;
    }

    static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return TokenType.DOUBLESTAREQUAL;
            }
            if (c1 == '/' && c2 == '/') {
                return TokenType.DOUBLESLASHEQUAL;
            }
            if (c1 == '<' && c2 == '<') {
                return TokenType.LEFTSHIFTEQUAL;
            }
            if (c1 == '>' && c2 == '>') {
                return TokenType.RIGHTSHIFTEQUAL;
            }
        } else if (c1 == '.' && c2 == '.' && c3 == '.') {
            return TokenType.ELLIPSIS;
        }
        return TokenType.OP;
    }
}
