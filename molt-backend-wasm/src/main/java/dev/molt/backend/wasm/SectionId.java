package dev.molt.backend.wasm;

/**
 * Section ids of the module binary format (WebAssembly Core Spec 2.0 §5.5.2). Sections other than custom ones
 * appear at most once, in the order of {@link #order()}.
 */
public enum SectionId {
    /** §5.5.3. */
    CUSTOM(0, 99),
    /** §5.5.4. */
    TYPE(1, 1),
    /** §5.5.5. */
    IMPORT(2, 2),
    /** §5.5.6. */
    FUNCTION(3, 3),
    /** §5.5.7. */
    TABLE(4, 4),
    /** §5.5.8. */
    MEMORY(5, 5),
    /** §5.5.9. */
    GLOBAL(6, 6),
    /** §5.5.10. */
    EXPORT(7, 7),
    /** §5.5.11. */
    START(8, 8),
    /** §5.5.12. */
    ELEMENT(9, 9),
    /** §5.5.15: comes before the code section although its id is larger. */
    DATA_COUNT(12, 10),
    /** §5.5.13. */
    CODE(10, 11),
    /** §5.5.14. */
    DATA(11, 12);

    private final int id;
    private final int order;

    SectionId(int id, int order) {
        this.id = id;
        this.order = order;
    }

    /** The one-byte id. */
    public int id() {
        return id;
    }

    /** The position of this section in a module (§5.5.16); custom sections may appear anywhere. */
    public int order() {
        return order;
    }
}
