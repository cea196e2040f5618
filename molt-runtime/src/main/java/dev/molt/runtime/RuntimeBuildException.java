package dev.molt.runtime;

/** The runtime could not be built: a tool is missing, clang failed (the message holds its output), or I/O failed. */
public final class RuntimeBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and, where known, how to fix it */
    public RuntimeBuildException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause the underlying error
     */
    public RuntimeBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
