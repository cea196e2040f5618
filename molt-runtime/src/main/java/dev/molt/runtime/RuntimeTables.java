package dev.molt.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime's name-indexed tables that a program can prune: the methods of the builtin types
 * ({@code molt/method_defs.h}: {@code str.split}, {@code list.append}, ...) and the builtins
 * ({@code molt/builtin_defs.h}: {@code print}, {@code len}, {@code int}, ...), with the C text of tables holding
 * only what a program can name.
 *
 * <p>The runtime defines every table as a weak symbol holding all entries. A program links strong tables with
 * only the entries whose names it contains: the weak tables are then unreferenced and {@code --gc-sections} drops
 * every method, builtin and type (with the Unicode tables, formatting code, ... behind them) that nothing else
 * reaches. An entry the program cannot name cannot be looked up, so behaviour is unchanged. Builtins are only
 * ever found by the names of global loads, so their table can always be pruned; a program that computes
 * attribute names ({@code getattr(o, name)}) keeps the full method tables.
 */
public final class RuntimeTables {
    private static final Pattern METHOD = Pattern.compile("(?m)^#define MOLT_M_([a-z]+)__(\\w+) ");
    private static final Pattern BUILTIN = Pattern.compile("(?m)^#define MOLT_B__(\\w+) ");
    private static final Pattern CTOR = Pattern.compile("(?m)^#define MOLT_C__(\\w+) ");
    /**
     * Names through which a program can obtain a builtin type object without naming it: {@code type(x)},
     * {@code x.__class__}, the MRO and bases of a class, {@code __objclass__} of a method descriptor,
     * {@code super}'s {@code __thisclass__}/{@code __self_class__}. A program containing any keeps every constructor.
     */
    private static final Set<String> REFLECTIVE = Set.of("type", "__class__", "__mro__", "mro", "__bases__",
            "__base__", "__objclass__", "__thisclass__", "__self_class__", "__subclasses__");

    private final Map<String, List<String>> methods;
    private final List<String> builtins;
    private final List<String> constructors;

    private RuntimeTables(Map<String, List<String>> methods, List<String> builtins, List<String> constructors) {
        this.methods = methods;
        this.builtins = builtins;
        this.constructors = constructors;
    }

    /** The tables of the runtime bundled with this module. */
    public static RuntimeTables bundled() {
        RuntimeSources src = RuntimeSources.bundled();
        return parse(new String(src.content("include/molt/method_defs.h"), StandardCharsets.UTF_8),
                new String(src.content("include/molt/builtin_defs.h"), StandardCharsets.UTF_8));
    }

    /**
     * Reads the {@code #define MOLT_M_<type>__<name>} lines of a {@code method_defs.h} text and the
     * {@code #define MOLT_B__<name>} (builtin) and {@code #define MOLT_C__<name>} (constructor) lines of a
     * {@code builtin_defs.h} text.
     *
     * @throws IllegalArgumentException if either declares nothing
     */
    public static RuntimeTables parse(String methodDefsHeader, String builtinDefsHeader) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        Matcher d = METHOD.matcher(methodDefsHeader);
        while (d.find()) m.computeIfAbsent(d.group(1), k -> new ArrayList<>()).add(d.group(2));
        List<String> b = new ArrayList<>();
        Matcher bd = BUILTIN.matcher(builtinDefsHeader);
        while (bd.find()) b.add(bd.group(1));
        List<String> c = new ArrayList<>();
        Matcher cd = CTOR.matcher(builtinDefsHeader);
        while (cd.find()) c.add(cd.group(1));
        if (m.isEmpty() || b.isEmpty()) throw new IllegalArgumentException("no MOLT_M_/MOLT_B__ definitions in the headers");
        m.replaceAll((k, v) -> List.copyOf(v));
        return new RuntimeTables(Collections.unmodifiableMap(m), List.copyOf(b), List.copyOf(c));
    }

    /** Type name (as in {@code molt_methods_<type>}) to its method names, in table order. */
    public Map<String, List<String>> methods() {
        return methods;
    }

    /** The builtin names of {@code molt_builtin_table}, in table order (the exception classes are not in it). */
    public List<String> builtins() {
        return builtins;
    }

    /**
     * The builtin names of the types whose constructors {@code molt_ctor_table} holds, in table order (empty for a
     * {@code builtin_defs.h} without {@code MOLT_C__} lines).
     */
    public List<String> constructors() {
        return constructors;
    }

    /**
     * C definitions of the builtin table, of the constructor table and, unless {@code methodNamesKnown} is false, of every method table,
     * each holding only the entries whose name is in {@code names} (every identifier of the program; the constructor
     * table holds every constructor when {@code names} has a reflective name such as {@code type} or
     * {@code __class__}, or when {@code methodNamesKnown} is false, as then any attribute can be read). The text
     * includes the two headers; it compiles as its own translation unit or appended to one that includes
     * {@code molt/molt.h}. Deterministic: tables and entries keep the headers' order.
     *
     * @param names the names the program may look up
     * @param methodNamesKnown false when the program may compute attribute names (then the runtime's full method
     *     tables stay)
     */
    public String pruned(Collection<String> names, boolean methodNamesKnown) {
        Set<String> wanted = Set.copyOf(names);
        StringBuilder c = new StringBuilder();
        c.append("/* Runtime tables pruned to the names this program contains (molt/builtin_defs.h, molt/method_defs.h). */\n");
        c.append("#include \"molt/builtin_defs.h\"\n");
        c.append("MOLT_BUILTIN_TABLE = {");
        for (String n : builtins) {
            if (wanted.contains(n)) c.append("MOLT_B__").append(n).append(", ");
        }
        c.append("MOLT_BUILTIN_END};\n");
        if (!constructors.isEmpty()) {
            boolean all = !methodNamesKnown || REFLECTIVE.stream().anyMatch(wanted::contains);
            c.append("MOLT_CTOR_TABLE = {0, ");
            for (String n : constructors) {
                if (all || wanted.contains(n)) c.append("MOLT_C__").append(n).append(", ");
            }
            c.append("};\n");
        }
        if (!methodNamesKnown) return c.toString();
        c.append("#include \"molt/method_defs.h\"\n");
        for (Map.Entry<String, List<String>> e : methods.entrySet()) {
            c.append("MOLT_METHOD_TABLE(").append(e.getKey()).append(") = {");
            for (String n : e.getValue()) {
                if (wanted.contains(n)) c.append("MOLT_M_").append(e.getKey()).append("__").append(n).append(", ");
            }
            c.append("MOLT_METHOD_END};\n");
        }
        return c.toString();
    }
}
