package dev.molt.backend.wasm;

/** Linking a WebAssembly object failed: an internal error of Molt (the message holds the linker's command and output). */
public final class WasmLinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, with the command and its output */
    public WasmLinkException(String message) {
        super(message);
    }

    /** @param message what failed @param cause the I/O or interruption behind it */
    public WasmLinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
