package dev.molt.backend.c.internal;

/**
 * C identifiers for IR symbols. A symbol may hold any of {@code [A-Za-z0-9_.$]} (docs/ir.md §3); the mangling is
 * injective: letters and digits stay, {@code _} becomes {@code __}, every other character {@code _XX_} with its
 * code point in lower-case hex. So {@code @C.m} is {@code molt_fn_C_2e_m} and never collides with {@code @C_m}
 * ({@code molt_fn_C__m}).
 */
public final class CNames {
    private CNames() {}

    /** The mangled form of {@code symbol} (without the {@code @}). */
    public static String mangle(String symbol) {
        StringBuilder sb = new StringBuilder(symbol.length() + 8);
        symbol.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) sb.appendCodePoint(c);
            else if (c == '_') sb.append("__");
            else sb.append('_').append(Integer.toHexString(c)).append('_');
        });
        return sb.toString();
    }

    /** The C function implementing IR function {@code name}. */
    public static String function(String name) {
        return "molt_fn_" + mangle(name);
    }

    /** The fast entry (call.h {@code molt_fastfunc}) of IR function {@code name}. */
    public static String fastEntry(String name) {
        return "molt_fast_" + mangle(name);
    }

    /** The static code descriptor ({@code MoltCode}) of IR function {@code name}. */
    public static String code(String name) {
        return "molt_code_" + mangle(name);
    }

    /** The slot holding Python module global {@code name} ({@code py.load_global}). */
    public static String pyGlobal(String name) {
        return "molt_g_" + mangle(name);
    }

    /** The cache of the builtin that a load of Python global {@code name} falls back to (0 until first used). */
    public static String builtinCache(String name) {
        return "molt_b_" + mangle(name);
    }

    /** The C variable of IR {@code global} slot {@code name} ({@code rt.global.*}). */
    public static String irGlobal(String name) {
        return "molt_s_" + mangle(name);
    }
}
