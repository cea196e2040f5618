package dev.molt.frontend.ast;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Copies of node lists for the AST records. */
final class AstLists {
    private AstLists() {}

    /**
     * An unmodifiable copy of {@code list}. Unlike {@link List#copyOf}, {@code null} elements are
     * kept: {@code Dict.keys} holds {@code null} for a {@code **mapping} entry, as CPython's does.
     *
     * @param list the elements, not {@code null}
     * @return an unmodifiable list with the same elements
     */
    static <T> List<T> copyOf(List<T> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        T[] elements = (T[]) list.toArray();
        return Collections.unmodifiableList(Arrays.asList(elements));
    }
}
