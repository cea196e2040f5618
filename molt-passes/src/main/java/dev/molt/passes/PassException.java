package dev.molt.passes;

/** A pipeline that cannot be built (unknown pass name) or a pass that left invalid IR under verify-each. */
public final class PassException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a complete, user-facing message. */
    public PassException(String message) {
        super(message);
    }
}
