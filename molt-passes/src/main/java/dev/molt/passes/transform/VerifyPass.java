package dev.molt.passes.transform;

import dev.molt.ir.Function;
import dev.molt.ir.verify.VerifyError;
import dev.molt.ir.verify.Verifier;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.PassException;
import java.util.List;

/** {@code verify}: runs the {@link Verifier}; requires nothing, changes nothing, throws {@link PassException} listing every error. */
public final class VerifyPass implements FunctionPass {
    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String description() {
        return "check IR invariants (dominance, types, terminators, edges)";
    }

    @Override
    public boolean run(Function f, PassContext ctx) {
        List<VerifyError> errs = Verifier.verify(f);
        if (!errs.isEmpty()) throw new PassException(String.join("\n", errs.stream().map(VerifyError::toString).toList()));
        return false;
    }
}
