package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The constructor table of {@link RuntimeTables#pruned}: kept per builtin name, or whole on reflection. */
class RuntimeTablesTest {
    private static final RuntimeTables TABLES = RuntimeTables.bundled();

    private static String ctorTable(String pruned) {
        return pruned.lines().filter(l -> l.startsWith("MOLT_CTOR_TABLE")).findFirst().orElseThrow();
    }

    @Test
    void constructorsAreTheBuiltinTypesOfBuiltinDefs() {
        List<String> ctors = TABLES.constructors();
        assertTrue(ctors.containsAll(List.of("int", "float", "str", "bool", "list", "tuple", "dict", "set",
                "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "type", "object")),
                ctors.toString());
        assertTrue(TABLES.builtins().containsAll(ctors), "every constructor is also a builtin name");
    }

    @Test
    void keepsOnlyTheConstructorsOfNamedTypes() {
        String t = ctorTable(TABLES.pruned(Set.of("print", "int", "x"), true));
        assertTrue(t.contains("MOLT_C__int,"), t);
        assertFalse(t.contains("MOLT_C__float"), t);
        assertFalse(t.contains("MOLT_C__range"), t);
        assertEquals("MOLT_CTOR_TABLE = {0, };", ctorTable(TABLES.pruned(Set.of("print"), true)));
    }

    @Test
    void keepsEveryConstructorWhenATypeCanBeReachedByReflection() {
        for (String name : List.of("type", "__class__", "__mro__", "__bases__", "__base__", "mro")) {
            String t = ctorTable(TABLES.pruned(Set.of("print", name), true));
            for (String c : TABLES.constructors()) assertTrue(t.contains("MOLT_C__" + c + ","), name + ": " + c);
        }
        String dynamic = ctorTable(TABLES.pruned(Set.of("print"), false));
        for (String c : TABLES.constructors()) assertTrue(dynamic.contains("MOLT_C__" + c + ","), c);
    }
}
