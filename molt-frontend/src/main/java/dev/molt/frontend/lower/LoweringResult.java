package dev.molt.frontend.lower;

import dev.molt.ir.Module;
import java.util.List;

/**
 * What {@link Lowering#lowerCollecting} produces.
 *
 * @param module the IR; a Python function whose body used an unsupported construct is left out, and the code that
 *     would create it gets a {@code None} in its place, so the module is only meaningful when
 *     {@code diagnostics} is empty
 * @param diagnostics every unsupported construct found (one per code object at most)
 * @param imports the static module graph: every module named by an {@code import} or {@code from ... import}
 *     anywhere in the file, as written ({@code "os.path"}, relative ones with their leading dots, {@code "..pkg"}),
 *     in first-seen order without duplicates
 * @param codeObjects how many Python code objects (module, class bodies, functions, lambdas, comprehensions) were
 *     attempted
 * @param codeObjectsLowered how many of those lowered without a diagnostic
 * @param functions how many of the code objects are functions ({@code def}, {@code async def}, {@code lambda},
 *     comprehensions and the hidden PEP 695 functions: everything but the module and class bodies)
 * @param functionsLowered how many of those lowered without a diagnostic
 */
public record LoweringResult(Module module, List<Diagnostic> diagnostics, List<String> imports, int codeObjects,
        int codeObjectsLowered, int functions, int functionsLowered) {
    /** Copies the lists. */
    public LoweringResult {
        diagnostics = List.copyOf(diagnostics);
        imports = List.copyOf(imports);
    }
}
