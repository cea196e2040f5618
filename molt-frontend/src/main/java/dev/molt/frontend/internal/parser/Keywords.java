package dev.molt.frontend.internal.parser;

/**
 * Python 3.12's keywords (CPython Lib/keyword.py {@code kwlist} and {@code softkwlist}), returned
 * as interned string literals so the parser compares them by identity.
 */
final class Keywords {
    private Keywords() {}

    /**
     * The interned keyword spelled {@code s}, or null if {@code s} is neither a hard nor a soft
     * keyword.
     */
    static String keyword(String s) {
        if (s.length() < 2 || s.length() > 8) {
            return s.equals("_") ? "_" : null;
        }
        return switch (s) {
            case "False" -> "False";
            case "None" -> "None";
            case "True" -> "True";
            case "and" -> "and";
            case "as" -> "as";
            case "assert" -> "assert";
            case "async" -> "async";
            case "await" -> "await";
            case "break" -> "break";
            case "class" -> "class";
            case "continue" -> "continue";
            case "def" -> "def";
            case "del" -> "del";
            case "elif" -> "elif";
            case "else" -> "else";
            case "except" -> "except";
            case "finally" -> "finally";
            case "for" -> "for";
            case "from" -> "from";
            case "global" -> "global";
            case "if" -> "if";
            case "import" -> "import";
            case "in" -> "in";
            case "is" -> "is";
            case "lambda" -> "lambda";
            case "nonlocal" -> "nonlocal";
            case "not" -> "not";
            case "or" -> "or";
            case "pass" -> "pass";
            case "raise" -> "raise";
            case "return" -> "return";
            case "try" -> "try";
            case "while" -> "while";
            case "with" -> "with";
            case "yield" -> "yield";
            case "match" -> "match";
            case "case" -> "case";
            case "type" -> "type";
            default -> null;
        };
    }

    /**
     * CPython's {@code SOFT_KEYWORD} token test as it behaves: Parser/pegen.c
     * {@code _PyPegen_soft_keyword_token} compares with {@code strncmp(keyword, name, len(name))},
     * so any prefix of a soft keyword ({@code m}, {@code ca}, {@code t}, ...) passes. It only
     * decides whether "Perhaps you forgot a comma?" is reported.
     */
    static boolean isSoftKeywordPrefix(String name) {
        return "match".startsWith(name) || "case".startsWith(name) || "type".startsWith(name)
                || "_".startsWith(name);
    }

    /** Whether {@code kw} (an interned keyword) is a soft keyword: match, case, type or _. */
    static boolean isSoft(String kw) {
        return kw == "match" || kw == "case" || kw == "type" || kw == "_";
    }
}
