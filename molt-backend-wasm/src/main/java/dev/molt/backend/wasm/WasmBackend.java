package dev.molt.backend.wasm;

import dev.molt.backend.c.CBackend;
import dev.molt.backend.c.UnsupportedOpException;
import dev.molt.backend.wasm.internal.ProgramLowering;
import dev.molt.ir.Module;
import dev.molt.ir.verify.VerificationException;
import dev.molt.ir.verify.Verifier;

/**
 * Molt IR to a WebAssembly <em>relocatable object</em> (DESIGN §6, docs/wasm.md §5): the program's code as written by
 * this module's writer, with the tool-conventions linking metadata (Linking.md: {@code "linking"} version 2,
 * {@code "reloc.CODE"}, {@code "reloc.DATA"}), to be linked by {@code wasm-ld} with the runtime built for
 * wasm32-wasi ({@link WasmLinker}). The object defines {@code __main_void}, which wasi-libc's {@code _start} calls.
 *
 * <p>It accepts exactly what the C backend accepts ({@link CBackend#check}), with the same run-time behaviour: the
 * same runtime entries for every op, the same reference counting and error/unwind convention (docs/ir.md §2), the
 * same tracebacks. Output is deterministic: the same IR gives byte-identical objects.
 */
public final class WasmBackend {
    private WasmBackend() {
    }

    /**
     * The relocatable object of {@code module}.
     *
     * @param module a verified module with {@code @__module__() -> obj}
     * @return the object's bytes (a valid WebAssembly module importing {@code env.__linear_memory},
     *     {@code env.__stack_pointer} and runtime functions)
     * @throws UnsupportedOpException listing every op the backends cannot translate yet (before any code is made);
     *     ops the C backend supports but this one does not yet ({@code rt.call}) are reported the same way
     * @throws VerificationException if the module is not valid IR
     */
    public static byte[] emitObject(Module module) {
        Verifier.check(module);
        CBackend.check(module);
        try {
            return ProgramLowering.lower(module);
        } catch (UnsupportedOperationException e) {
            throw new UnsupportedOpException(java.util.List.of(new UnsupportedOpException.Problem("", "", null, 0, 0,
                    e.getMessage())));
        }
    }
}
