package dev.molt.backend.c;

/**
 * An internal error of the C backend: the generated C did not compile or link, or clang could not be run. The
 * message holds the command and clang's full output. Users never see a C compiler error as such (DESIGN §7): if
 * this escapes, it is a bug in Molt.
 */
public final class CBackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, with clang's output */
    public CBackendException(String message) {
        super(message);
    }

    /** @param message what failed @param cause the underlying failure */
    public CBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
