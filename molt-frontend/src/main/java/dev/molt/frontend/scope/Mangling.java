package dev.molt.frontend.scope;

/** Private name mangling, CPython 3.12 {@code _Py_Mangle} (Python Language Reference §6.2.1). */
final class Mangling {
    private Mangling() {}

    /**
     * Mangles {@code ident} inside class {@code privateName}: {@code __spam} becomes {@code _Class__spam}.
     * Names that do not start with two underscores, end with two underscores, or contain a dot are kept, as
     * is everything when the class name is only underscores or there is no class.
     *
     * @param privateName the innermost enclosing class name, or {@code null}
     * @param ident the identifier
     * @return the mangled identifier
     */
    static String mangle(String privateName, String ident) {
        if (privateName == null || ident.length() < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') {
            return ident;
        }
        if (ident.endsWith("__") || ident.indexOf('.') >= 0) {
            return ident;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(i) + ident;
    }
}
