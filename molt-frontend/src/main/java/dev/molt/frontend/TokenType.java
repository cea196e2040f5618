package dev.molt.frontend;

/**
 * Token kinds, named as in CPython 3.12's {@code Lib/token.py} (and {@code Grammar/Tokens}).
 * Operators carry their exact kind ({@link #LPAR}, {@link #PLUSEQUAL}, ...), as CPython's C
 * tokenizer gives them to the parser.
 */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="), EXCLAMATION("!"),
    /** Not produced by the tokenizer; CPython's generic operator kind, kept for completeness. */
    OP,
    TYPE_IGNORE, TYPE_COMMENT, SOFT_KEYWORD,
    /** The opening of an f-string: its prefix and quote, such as {@code f"} or {@code rf'''}. */
    FSTRING_START,
    /** Literal text between replacement fields of an f-string. */
    FSTRING_MIDDLE,
    /** The closing quote of an f-string. */
    FSTRING_END,
    COMMENT, NL, ERRORTOKEN, ENCODING;

    private final String operator;

    TokenType() {
        this(null);
    }

    TokenType(String operator) {
        this.operator = operator;
    }

    /** The operator's spelling, such as {@code "+="}, or {@code null} for a non-operator kind. */
    public String operator() {
        return operator;
    }
}
